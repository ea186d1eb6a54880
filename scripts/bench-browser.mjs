#!/usr/bin/env node
// The extension's cost in a real browser: Debian's Chromium with dist/chrome loaded, pages served on
// loopback under real-looking host names. Run after scripts/build.sh:
//
//   node scripts/bench-browser.mjs [--pages N]      (N benign corpus pages; default all 65;
//                                                   WASPADA_DIST=dir measures dir/chrome instead of dist/chrome)
//
// Measures, from Chromium's own trace (CDP Tracing, devtools.timeline):
//   - service-worker cold start: the worker is stopped, then a scam page is opened; time from the
//     navigation to the warning on screen (worker start + Wasm compile + pack load + scan);
//   - per benign page of ../shared/data/pages/benign: main-thread time spent in the extension's
//     content scripts, and time from navigation to the verdict being stored;
//   - a 20 MB text page and a 100,000-element page: content-script time, the longest task the
//     extension ran, long tasks (>= 50 ms) it caused, and time to verdict.
// Writes a Markdown table to stdout and everything to target/bench-browser.json.
// The 500-card feed is measured by scripts/bench-listings.mjs.
import http from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../tests/e2e/helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.WASPADA_DIST ? path.resolve(process.env.WASPADA_DIST, 'chrome') : path.join(ROOT, 'dist', 'chrome');
const DATA = process.env.WASPADA_DATA || path.join(ROOT, '..', 'shared', 'data');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LONG_TASK_MS = 50;
const pagesArg = process.argv.indexOf('--pages');
const MAX_PAGES = pagesArg > 0 ? Number(process.argv[pagesArg + 1]) : Infinity;

// ---- pages, served from memory on 127.0.0.1 ------------------------------------------------------
const benignDir = path.join(DATA, 'pages', 'benign');
const benign = readdirSync(benignDir).filter((f) => f.endsWith('.html')).sort().slice(0, MAX_PAGES);
const SCAM_PAGE = `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Login KlikBCA</title></head>
<body><h1>KlikBCA Individual</h1><p>Nasabah Yth, tarif transfer antar bank berubah menjadi Rp150.000/bulan.
Isi formulir di bawah dalam 24 jam agar tetap memakai tarif lama.</p>
<form action="/kirim" method="post"><input name="user" placeholder="User ID"><input name="pin" type="password" placeholder="PIN">
<input name="otp" placeholder="Kode OTP"><button>Kirim</button></form></body></html>`;

function bigTextPage(bytes) {
  const lines = [
    'Pemerintah kota mengumumkan jadwal perbaikan jalan di kawasan Cibaduyut mulai pekan depan.',
    'Harga cabai rawit di pasar tradisional naik menjadi Rp80.000 per kilogram menjelang Natal.',
    'Halo Bu, besok jadi arisan di rumah Bu RT jam 4 sore ya, jangan lupa bawa kue lapis.',
    'Timnas Indonesia menang 2-1 atas Vietnam dalam laga persahabatan di Stadion Gelora Bung Karno.',
    'The city council approved the new budget for public transport after a long debate on Tuesday.',
  ];
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `<p>${lines[i % lines.length]}</p>\n`;
    parts.push(p);
    size += p.length;
  }
  return `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Arsip besar</title></head><body>${parts.join('')}</body></html>`;
}

function bigDomPage(elements) {
  const rows = [];
  for (let i = 0; i < elements / 4; i++) rows.push(`<div class="r"><span>Baris ${i}</span><b>${i * 7}</b><i>ok</i></div>`);
  return `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Tabel besar</title></head><body>${rows.join('\n')}</body></html>`;
}

function startServer() {
  const routes = new Map();
  // Neutral paths: a file name such as yahoo-4.html in the URL would itself be a signal.
benign.forEach((f, i) => routes.set(`/article/${i}`, () => readFileSync(path.join(benignDir, f))));
  routes.set('/login', () => SCAM_PAGE);
  let bigText; let bigDom;
  routes.set('/big-text', () => (bigText ??= bigTextPage(20 * 1024 * 1024)));
  routes.set('/big-dom', () => (bigDom ??= bigDomPage(100_000)));
  const server = http.createServer((req, res) => {
    const route = routes.get(new URL(req.url, 'http://x').pathname);
    if (!route) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(route());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---- trace analysis -------------------------------------------------------------------------------
const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'].join(',');

async function traced(cdp, run) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  const result = await run();
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return { result, events };
}

/** Main-thread intervals of the page's renderer spent in the extension's scripts, and its long tasks. */
function extensionCost(events, extId) {
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e) => mainThreads.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && typeof e.dur === 'number';
  const scriptUrl = (e) => e.args?.data?.url || e.args?.data?.scriptName || e.args?.data?.stackTrace?.[0]?.url || '';
  const ours = events
    .filter((e) => onMain(e) && ['FunctionCall', 'EvaluateScript', 'v8.compile', 'TimerFire', 'FireAnimationFrame'].includes(e.name))
    .filter((e) => scriptUrl(e).startsWith(`chrome-extension://${extId}/`))
    .map((e) => [e.ts, e.ts + e.dur])
    .sort((a, b) => a[0] - b[0]);
  // union of intervals: nested events (a call inside a script's evaluation) count once
  const merged = [];
  for (const [s, t] of ours) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], t);
    else merged.push([s, t]);
  }
  const tasks = events.filter((e) => onMain(e) && e.name === 'RunTask');
  let longest = 0;
  let longTasks = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur;
    const inside = merged.reduce((sum, [s, t]) => sum + Math.max(0, Math.min(t, end) - Math.max(s, task.ts)), 0);
    if (inside > 0) {
      longest = Math.max(longest, inside / 1000);
      if (task.dur / 1000 >= LONG_TASK_MS && inside / 1000 >= LONG_TASK_MS / 2) longTasks++;
    }
  }
  const total = merged.reduce((sum, [s, t]) => sum + (t - s), 0) / 1000;
  return { scriptMs: round(total), longestMs: round(longest), longTasks };
}

const round = (x) => Math.round(x * 100) / 100;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
};

// ---- the run --------------------------------------------------------------------------------------
const server = await startServer();
const port = server.address().port;
const profile = mkdtempSync(path.join(os.tmpdir(), 'waspada-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: chromiumArgs(DIST, port),
});
const report = { date: new Date().toISOString(), machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? '?'}`, chromium: context.browser()?.version() ?? 'Debian chromium' };
try {
  let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extId = new URL(worker.url()).host;
  // An extension page to read the stored verdicts from, whether or not the worker is running.
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extId}/popup/popup.html`);
  const verdictFor = async (url, since) => {
    const all = await probe.evaluate(() => chrome.storage.session.get(null));
    return Object.values(all).find((v) => v && v.url === url && v.scannedAt >= since) ?? null;
  };
  const waitVerdict = async (url, since, timeout = 30_000) => {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      const v = await verdictFor(url, since);
      if (v) return v;
      await new Promise((r) => setTimeout(r, 20));
    }
    return null;
  };

  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);

  // 1. Service-worker cold start to the first verdict, 5 times.
  const cold = [];
  for (let i = 0; i < 5; i++) {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 300));
    const url = `http://klikbca-verifikasi.com/login?run=${i}`;
    const start = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    const v = await waitVerdict(url, start);
    cold.push(v ? v.scannedAt - start : NaN);
  }
  report.coldStart = { runsMs: cold, medianMs: median(cold) };

  // 2. The benign corpus: content-script time and time to verdict per page.
  const perPage = [];
  for (const [i, f] of benign.entries()) {
    const url = `http://news.example-benign.org/article/${i}`;
    const start = Date.now();
    const { result: verdict, events } = await traced(cdp, async () => {
      await page.goto(url, { waitUntil: 'load' });
      return waitVerdict(url, start, 15_000);
    });
    const cost = extensionCost(events, extId);
    perPage.push({ page: f, ...cost, verdictMs: verdict ? verdict.scannedAt - start : null, level: verdict?.verdict?.level ?? null });
  }
  const scripts = perPage.map((p) => p.scriptMs);
  const verdicts = perPage.map((p) => p.verdictMs).filter((x) => x != null);
  report.benign = {
    pages: perPage.length,
    scriptMsMedian: round(median(scripts)),
    scriptMsP95: round(pct(scripts, 0.95)),
    scriptMsMax: round(Math.max(...scripts)),
    longestTaskMs: round(Math.max(...perPage.map((p) => p.longestMs))),
    longTasks: perPage.reduce((n, p) => n + p.longTasks, 0),
    verdictMsMedian: median(verdicts),
    verdictMsP95: pct(verdicts, 0.95),
    noVerdict: perPage.filter((p) => p.verdictMs == null).map((p) => p.page),
    flagged: perPage.filter((p) => p.level === 'warning' || p.level === 'danger').map((p) => p.page),
    perPage,
  };

  // 3. Hostile sizes.
  report.large = {};
  for (const [name, pathname] of [['20 MB of text', '/big-text'], ['100,000 elements', '/big-dom']]) {
    const url = `http://arsip.example-benign.org${pathname}`;
    const start = Date.now();
    const { result: verdict, events } = await traced(cdp, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      return waitVerdict(url, start, 60_000);
    });
    report.large[name] = { ...extensionCost(events, extId), verdictMs: verdict ? verdict.scannedAt - start : null };
  }
} finally {
  await context.close().catch(() => {});
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

mkdirSync(path.join(ROOT, 'target'), { recursive: true });
writeFileSync(path.join(ROOT, 'target', 'bench-browser.json'), JSON.stringify(report, null, 2));
const b = report.benign;
console.log(`Browser benchmark, ${report.date.slice(0, 10)}, ${report.machine}, dist/chrome in Debian's Chromium\n`);
console.log('| what | figure |\n|---|---|');
console.log(`| service-worker cold start → warning on a phishing page | median ${report.coldStart.medianMs} ms (runs: ${report.coldStart.runsMs.join(', ')}) |`);
console.log(`| benign corpus (${b.pages} pages): content-script main-thread time | median ${b.scriptMsMedian} ms, p95 ${b.scriptMsP95} ms, max ${b.scriptMsMax} ms |`);
console.log(`| benign corpus: longest extension task; long tasks (≥ ${LONG_TASK_MS} ms) caused | ${b.longestTaskMs} ms; ${b.longTasks} |`);
console.log(`| benign corpus: navigation → verdict | median ${b.verdictMsMedian} ms, p95 ${b.verdictMsP95} ms${b.noVerdict.length ? ` (no verdict: ${b.noVerdict.join(', ')})` : ''} |`);
console.log(`| benign corpus: pages warned | ${b.flagged.length} |`);
for (const [name, r] of Object.entries(report.large)) {
  console.log(`| ${name}: content-script time; longest task; long tasks; → verdict | ${r.scriptMs} ms; ${r.longestMs} ms; ${r.longTasks}; ${r.verdictMs ?? 'none'} ms |`);
}
