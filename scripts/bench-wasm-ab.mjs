#!/usr/bin/env node
// A/B of Wasm builds' URL checks: each build loaded in this one Node process with the default
// pack, timed in interleaved rounds (best of N, so a busy machine slows neither side), and its
// verdicts (both languages) hashed, so that a speed change can be shown to change no answer.
//
//   cp -r target/wasm-pkg /tmp/before    # a build to compare with (scripts/build.sh writes it)
//   node scripts/bench-wasm-ab.mjs /tmp/before target/wasm-pkg [--rounds 40]
//
// Run it both ways round too (B before A): the second build loaded tends to time a little
// faster. The sets are those of scripts/bench-url-peers.mjs (scripts/url-sets.mjs).

import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { lookalikes, top500, legitUrls } from './url-sets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 20;
const dirs = args.filter((a, i) => !a.startsWith('--') && (roundsAt < 0 || i !== roundsAt + 1));
if (dirs.length === 0 || !(rounds > 0)) {
  console.error('usage: node scripts/bench-wasm-ab.mjs PKG_DIR [PKG_DIR …] [--rounds N]');
  process.exit(1);
}
const pack = new Uint8Array(readFileSync(join(root, 'target/packs/default.wpk')));
const engines = [];
for (const d of dirs) {
  const dir = resolve(d);
  const m = await import(join(dir, 'waspada.js'));
  await m.default({ module_or_path: readFileSync(join(dir, 'waspada_bg.wasm')) });
  engines.push(new m.Engine(pack));
}

const sets = { lookalikes: lookalikes(), top500: top500(), 'legit-urls': legitUrls() };
console.log(`| set | ${dirs.join(' | ')} |`);
console.log(`|---|${dirs.map(() => '---:').join('|')}|`);
for (const [name, items] of Object.entries(sets)) {
  if (!items.length) continue;
  const urls = items.map((it) => it.url);
  const digests = engines.map((e) => {
    const h = createHash('sha256');
    for (const lang of ['en', 'id']) for (const u of urls) h.update(JSON.stringify(e.checkUrl(u, lang)));
    return h.digest('hex').slice(0, 10);
  });
  const reps = urls.length > 1000 ? 1 : 10;
  const best = engines.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    engines.forEach((e, i) => {
      const t = performance.now();
      for (let k = 0; k < reps; k++) for (const u of urls) e.checkUrl(u, 'en');
      best[i] = Math.min(best[i], ((performance.now() - t) * 1000) / (reps * urls.length));
    });
  }
  console.log(`| ${name} (${urls.length}) | ${best.map((b, i) => `${b.toFixed(2)} µs [${digests[i]}]`).join(' | ')} |`);
}
