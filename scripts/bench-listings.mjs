#!/usr/bin/env node
// Browser benchmark of the marketplace-listing content script (issue 5): the built extension
// (dist/chrome) in Debian's Chromium on the loopback fixture pages (tests/e2e/pages/market/).
//
//   node scripts/bench-listings.mjs [--cards 500] [--runs 3] [--repeat 5] [--grids-only]
//
// Measures, per run:
//   - main-thread time of content/listings/ per 20 cards: the sum of its own performance measures
//     (finding cards, reading them, drawing markers), which it records only on pages whose <html>
//     carries data-waspada-bench (set here by an init script), divided by the cards judged;
//   - the same on every static grid fixture, each freshly loaded in its own tab (a new renderer
//     process per site, so first-run costs — parsing, JIT, style of the first marker — count),
//     --repeat times; the median and the minimum are reported (on a shared machine the
//     minimum is the figure least disturbed by other processes);
//   - long tasks (≥ 50 ms, PerformanceObserver 'longtask') while scrolling an OLX-shaped feed that
//     appends 20 cards per scroll up to --cards. Long tasks cannot be attributed to a script, so
//     every long task on the page counts, the feed's own rendering included; long animation
//     frames (LoAF) can: "extension script time in long frames" is the longest time the
//     extension's own scripts took inside any long frame (≥ 50 ms would be a long task of ours).
// Targets (issue 5): ≤ 2 ms per 20 cards; no long task ≥ 50 ms. Nothing leaves the machine.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/server.mjs';
import { MARKET } from '../tests/e2e/sites.mjs';
import { requireDist, chromiumArgs } from '../tests/e2e/helpers.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const CARDS = arg('cards', 500);
const RUNS = arg('runs', 3);
const GRIDS_ONLY = process.argv.includes('--grids-only');
const REPEAT = arg('repeat', 5);
const PAGES = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'tests', 'e2e', 'pages');
// The static grids: every fixture with cards and no scroll feed.
const GRIDS = Object.entries(MARKET).filter(([name, s]) => s.cards > 0 && !s.page && name !== 'olxFeed');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const INIT = () => {
  // Init scripts run before <html> exists: set the attribute as soon as it does.
  const set = () => document.documentElement?.setAttribute('data-waspada-bench', '');
  if (document.documentElement) set();
  else new MutationObserver((_, o) => { if (document.documentElement) { set(); o.disconnect(); } }).observe(document, { childList: true });
  globalThis.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) globalThis.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  // Long animation frames say which scripts ran in a long frame: ours or the page's.
  globalThis.__loaf = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.duration < 50) continue;
        globalThis.__loaf.push({ duration: Math.round(e.duration), blocking: Math.round(e.blockingDuration ?? 0),
          scripts: (e.scripts ?? []).map((x) => ({ url: String(x.sourceURL || x.invoker || '').slice(-60), ms: Math.round(x.duration),
            ext: /^(chrome|moz)-extension:/.test(String(x.sourceURL ?? '')) })) });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // no Long Animation Frames API
  }
};

function readStats() {
  let ms = 0;
  let slices = 0;
  let longestSlice = 0;
  for (const m of performance.getEntriesByType('measure')) {
    if (!m.name.startsWith('waspada-listings:')) continue;
    ms += m.duration;
    slices++;
    longestSlice = Math.max(longestSlice, m.duration);
  }
  let judged = 0;
  for (const m of performance.getEntriesByType('mark')) {
    const j = /^waspada-listings:judged:(\d+)$/.exec(m.name);
    if (j) judged += Number(j[1]);
  }
  const byName = {};
  for (const m of performance.getEntriesByType('measure')) {
    if (!m.name.startsWith('waspada-listings:')) continue;
    const k = m.name.slice('waspada-listings:'.length);
    byName[k] ??= { n: 0, ms: 0, max: 0 };
    byName[k].n++;
    byName[k].ms += m.duration;
    byName[k].max = Math.max(byName[k].max, m.duration);
  }
  const long = globalThis.__longTasks ?? [];
  return {
    ms, slices, longestSlice, judged,
    cards: document.querySelectorAll('[data-fixture]').length,
    markers: document.querySelectorAll('waspada-alert[scope="listing"]').length,
    longTasks: long.length, longestTask: long.reduce((a, b) => Math.max(a, b), 0),
    byName, loaf: globalThis.__loaf ?? [],
  };
}

/** Scrolls the feed until every card is in the page (and judged, when the extension runs). */
async function feedRun(context, { judging = true } = {}) {
  const page = await context.newPage();
  await page.goto(`${MARKET.olxFeed.url}?total=${CARDS}`, { waitUntil: 'load' });
  await sleep(800);
  const t0 = Date.now();
  for (let s = 0; s < 400; s++) {
    await page.mouse.wheel(0, 1200); // a brisk reader's scroll
    await sleep(60);
    if (s % 10 === 9) {
      const st = await page.evaluate(readStats);
      if (st.cards >= CARDS && (!judging || st.judged >= CARDS)) break;
    }
  }
  await sleep(1000);
  const st = await page.evaluate(readStats);
  st.seconds = (Date.now() - t0) / 1000;
  await page.close();
  return st;
}

async function main() {
  const dir = requireDist('chrome');
  const server = await startServer();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'waspada-bench-listings-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(dir, server.port),
  });
  await context.addInitScript(INIT);
  try {
    let sw = context.serviceWorkers()[0];
    sw ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    // Pages of HSTS-preloaded hosts (facebook.com) are answered here, as in the e2e tests.
    for (const [, site] of GRIDS.filter(([, x]) => x.fulfill)) {
      await context.route(site.url, (route) => route.fulfill({ path: path.join(PAGES, site.file), contentType: 'text/html; charset=utf-8' }));
    }
    const per20 = (r) => (r.judged ? (r.ms / r.judged) * 20 : NaN);
    const steps = (r) => Object.entries(r.byName).map(([k, v]) => `${k} ${v.n}× ${v.ms.toFixed(1)} ms (max ${v.max.toFixed(1)})`).join(', ');
    // Each static grid freshly loaded. Waiting for the engine (service worker) is not
    // main-thread time of the page, so a cold engine does not count against the first grid.
    const runs = new Map(GRIDS.map(([name]) => [name, []]));
    for (let rep = 0; rep < REPEAT; rep++) {
      for (const [name, site] of GRIDS) {
        const tab = await context.newPage();
        await tab.goto(site.url, { waitUntil: 'load' });
        for (let i = 0; i < 40; i++) {
          await sleep(250);
          const st = await tab.evaluate(readStats);
          if (st.judged >= st.cards && st.markers >= site.scams) break;
        }
        await sleep(600); // the last markers are drawn in slices
        runs.get(name).push(await tab.evaluate(readStats));
        await tab.close();
      }
    }
    console.log(`static grids, each freshly loaded ${REPEAT}×: ms per 20 cards, median (min)`);
    const medians = [];
    for (const [name, rs] of runs) {
      const sorted = [...rs].sort((a, b) => per20(a) - per20(b));
      const med = sorted[Math.floor((sorted.length - 1) / 2)];
      medians.push(per20(med));
      const g = med;
      console.log(`  ${name.padEnd(16)} judged ${String(g.judged).padStart(2)}/${g.cards} cards, ${g.markers} markers; ${per20(g).toFixed(2)} (${per20(sorted[0]).toFixed(2)}) ms per 20 cards; ` +
        `longest slice ${g.longestSlice.toFixed(2)} ms; long tasks in any run: ${rs.reduce((a, r) => a + r.longTasks, 0)}`);
      console.log(`    by step (median run): ${steps(g)}`);
    }
    const worstGrid = Math.max(...medians);
    console.log(`worst grid (median): ${worstGrid.toFixed(3)} ms per 20 cards (target ≤ 2)`);
    if (GRIDS_ONLY) return;
    const results = [];
    for (let run = 1; run <= RUNS; run++) results.push(await feedRun(context));
    console.log(`feed of ${CARDS} cards (OLX shape), ${RUNS} runs:`);
    for (const r of results) {
      console.log(`  judged ${r.judged}/${r.cards} cards, ${r.markers} markers; content script ${r.ms.toFixed(1)} ms in ${r.slices} slices ` +
        `(longest ${r.longestSlice.toFixed(2)} ms) = ${per20(r).toFixed(3)} ms per 20 cards; long tasks ≥50 ms: ${r.longTasks}` +
        `${r.longTasks ? ` (longest ${r.longestTask.toFixed(0)} ms)` : ''}; scrolled in ${r.seconds.toFixed(1)} s`);
      console.log(`    by step: ${steps(r)}`);
      for (const f of r.loaf) console.log(`    long frame ${f.duration} ms (blocking ${f.blocking}): ${f.scripts.map((x) => `${x.url || '?'} ${x.ms} ms`).join('; ') || 'no script attributed'}`);
    }
    // The same scroll without the extension: long tasks that happen anyway are the page's own.
    const plainProfile = mkdtempSync(path.join(os.tmpdir(), 'waspada-bench-plain-'));
    const plain = await chromium.launchPersistentContext(plainProfile, {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 },
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-features=HttpsUpgrades', `--host-resolver-rules=MAP * 127.0.0.1:${server.port}`],
    });
    await plain.addInitScript(INIT);
    const base = [];
    for (let run = 1; run <= RUNS; run++) base.push(await feedRun(plain, { judging: false }));
    await plain.close();
    rmSync(plainProfile, { recursive: true, force: true });
    console.log(`baseline without the extension: long tasks ≥50 ms per run: ${base.map((b) => `${b.longTasks}${b.longTasks ? ` (longest ${b.longestTask.toFixed(0)} ms)` : ''}`).join(', ')}`);
    const worst = Math.max(...results.map(per20), worstGrid);
    const longTasks = results.reduce((a, r) => a + r.longTasks, 0);
    const extInLong = Math.max(0, ...results.flatMap((r) => r.loaf.map((f) => f.scripts.filter((x) => x.ext).reduce((a, x) => a + x.ms, 0))));
    console.log(`extension script time in long frames while scrolling: at most ${extInLong} ms (a long task of ours would be ≥ 50)`);
    console.log(`worst: ${worst.toFixed(3)} ms per 20 cards (target ≤ 2), ${longTasks} long tasks while scrolling (target 0)`);
  } finally {
    await context.close().catch(() => {});
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
