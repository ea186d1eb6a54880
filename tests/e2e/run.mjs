#!/usr/bin/env node
// Run the browser suites one after the other: node tests/e2e/run.mjs [chromium] [firefox] [ux-chromium] [ux-firefox]
// ("chromium" and "firefox" include their ux files: warnings' actions, settings, comment shield,
// accessibility and screenshots; ux-chromium and ux-firefox run only those)
// Exits non-zero when a test fails, when dist/ is missing, or when the whole run exceeds its budget.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.mjs';

const SUITES = {
  chromium: ['chromium.test.mjs', 'ux.chromium.test.mjs', 'surfaces.chromium.test.mjs', 'ux-managed.chromium.test.mjs', 'ngo.chromium.test.mjs'],
  market: ['market.test.mjs'],
  firefox: ['firefox.test.mjs', 'ux.firefox.test.mjs', 'ux-surfaces.firefox.test.mjs', 'ux-comments.firefox.test.mjs', 'ux-managed.firefox.test.mjs', 'ux-phone.firefox.test.mjs', 'ngo.firefox.test.mjs'],
  'ux-chromium': ['ux.chromium.test.mjs', 'surfaces.chromium.test.mjs', 'ux-managed.chromium.test.mjs', 'ngo.chromium.test.mjs'],
  'ux-firefox': ['ux.firefox.test.mjs', 'ux-surfaces.firefox.test.mjs', 'ux-comments.firefox.test.mjs', 'ux-managed.firefox.test.mjs', 'ux-phone.firefox.test.mjs', 'ngo.firefox.test.mjs'],
};
const TARGET = { chromium: 'chrome', market: 'chrome', firefox: 'firefox', 'ux-chromium': 'chrome', 'ux-firefox': 'firefox' };
// One test or hook, and (node's test runner applies it there too) one whole test file: a ux file
// runs 50–70 s on two loaded cores, so 90 s failed whole files whose every test had passed.
const TEST_TIMEOUT_MS = 240_000;
const RUN_TIMEOUT_MS = 20 * 60_000;     // the whole run, as a last resort against a hung browser

const picked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const p of picked) {
  if (!SUITES[p]) {
    console.error(`e2e: unknown suite "${p}" (known: ${Object.keys(SUITES).join(', ')})`);
    process.exit(2);
  }
}
const names = picked.length ? picked : ['chromium', 'market', 'firefox'];

const dist = process.env.WASPADA_DIST ? path.resolve(process.env.WASPADA_DIST) : path.join(ROOT, 'dist');
const missing = names
  .map((n) => TARGET[n])
  .filter((t) => !existsSync(path.join(dist, t, 'manifest.json')));
if (missing.length) {
  console.error(`e2e: ${missing.map((t) => `${dist}/${t}/manifest.json`).join(', ')} missing. ` +
    'Build first (scripts/build.sh), then run the e2e tests.');
  process.exit(1);
}
for (const exe of [process.env.CHROMIUM_PATH || '/usr/bin/chromium', process.env.FIREFOX_PATH || '/usr/bin/firefox-esr']) {
  if (!existsSync(exe)) {
    console.error(`e2e: ${exe} missing: run scripts/install-browsers.sh`);
    process.exit(1);
  }
}

const files = [...new Set(names.flatMap((n) => SUITES[n]))]
  .map((f) => path.join(ROOT, 'tests', 'e2e', f))
  .filter((f) => existsSync(f));
const args = ['--test', '--test-concurrency=1', `--test-timeout=${TEST_TIMEOUT_MS}`, '--test-reporter=spec', ...files];
const started = Date.now();
const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
const killer = setTimeout(() => {
  console.error(`e2e: run exceeded ${RUN_TIMEOUT_MS / 1000} s, stopping it`);
  child.kill('SIGTERM');
  setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
}, RUN_TIMEOUT_MS);
child.on('exit', (code, signal) => {
  clearTimeout(killer);
  console.log(`e2e: ${names.join(' + ')} finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(code ?? (signal ? 1 : 0));
});
