// End-to-end, marketplace listings (issue 5): the built extension (dist/chrome) in Debian's
// Chromium on the fixture pages of pages/market/ (sites.mjs MARKET), served on loopback under the
// marketplaces' real host names (--host-resolver-rules). Checks that only the scam cards get a
// <waspada-alert scope="listing">, that cards appended by infinite scroll are judged, that the
// marker's panel opens without following the card's link, that a scam listing page gets the page
// warning and that an official-store or ordinary shop listing stays quiet.
//
// How a test knows the cards were judged: the page is opened with data-waspada-bench on <html>
// (an init script), which makes content/listings/observe.js leave performance marks
// ("waspada-listings:judged:N" per answered batch, "waspada-listings:single:LEVEL" for a listing
// page). Without that attribute it records nothing.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { MARKET } from './sites.mjs';
import { requireDist, resultsPath, publishScreenshot, inspectPage, pageWarning, pollFor, sleep, summarize, axeSource, runAxe, QUIET_MS, chromiumArgs } from './helpers.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PAGES = path.join(path.dirname(new URL(import.meta.url).pathname), 'pages');

/** In the page: how many listings were judged, what is marked, and where. */
function readListings() {
  let judged = 0;
  const singles = [];
  for (const m of performance.getEntriesByType('mark')) {
    const j = /^waspada-listings:judged:(\d+)$/.exec(m.name);
    if (j) judged += Number(j[1]);
    const s = /^waspada-listings:single:(\w+)$/.exec(m.name);
    if (s) singles.push(s[1]);
  }
  const markers = [...document.querySelectorAll('waspada-alert[scope="listing"]')].map((el) => ({
    level: el.getAttribute('level'),
    fixture: el.parentElement?.closest('[data-fixture]')?.dataset.fixture ?? null,
    index: el.parentElement?.closest('[data-index]')?.dataset.index ?? null,
    rules: [...(el.shadowRoot?.querySelectorAll('li.reason') ?? [])].map((li) => li.dataset.rule),
  }));
  return { judged, singles, markers, cards: document.querySelectorAll('[data-fixture]').length, scams: document.querySelectorAll('[data-fixture="scam"]').length };
}

describe('Waspada marketplace listings in Chromium (dist/chrome)', () => {
  let dir, server, context, profile;
  const accuracy = []; // one row per page, printed at the end

  before(async () => {
    dir = requireDist('chrome');
    server = await startServer();
    profile = mkdtempSync(path.join(os.tmpdir(), 'waspada-e2e-market-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      locale: 'id-ID',
      args: chromiumArgs(dir, server.port),
    });
    let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    await worker.evaluate(() => chrome.storage.local.set({ lang: 'id' }));
    // Pages of HSTS-preloaded hosts (https only) are answered by the test itself, never fetched.
    for (const site of Object.values(MARKET).filter((x) => x.fulfill)) {
      await context.route(site.url, (route) => route.fulfill({ path: path.join(PAGES, site.file), contentType: 'text/html; charset=utf-8' }));
    }
    await context.addInitScript(() => {
      // Init scripts run before <html> exists: set the attribute as soon as it does.
      const set = () => document.documentElement?.setAttribute('data-waspada-bench', '');
      if (document.documentElement) set();
      else new MutationObserver((_, o) => { if (document.documentElement) { set(); o.disconnect(); } }).observe(document, { childList: true });
    });
  });

  after(async () => {
    if (accuracy.length) {
      console.log('\nlistings accuracy on the fixtures (cards judged, scam cards, marked scams, marked benign):');
      for (const r of accuracy) console.log(`  ${r.name.padEnd(18)} judged ${String(r.judged).padStart(3)}  scams ${r.scams}  marked ${r.tp}  false markers ${r.fp}`);
    }
    await context?.close().catch(() => {});
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** Opens a grid and waits until every card was judged and its markers are drawn. */
  async function openGrid(site) {
    const page = await context.newPage();
    await page.goto(site.url, { waitUntil: 'load' });
    const state = await pollFor(async () => {
      const s = await page.evaluate(readListings);
      return s.judged >= s.cards && s.markers.length >= s.scams ? s : null;
    }, { timeout: 15_000 });
    await sleep(500); // markers are drawn in slices after the answer: let the last ones land
    return { page, state: state ? await page.evaluate(readListings) : await page.evaluate(readListings) };
  }

  function checkMarkers(name, site, state) {
    const tp = state.markers.filter((m) => m.fixture === 'scam').length;
    const fp = state.markers.filter((m) => m.fixture !== 'scam');
    accuracy.push({ name, judged: state.judged, scams: state.scams, tp, fp: fp.length });
    assert.equal(state.scams, site.scams, `${name}: the fixture has ${site.scams} scam cards`);
    assert.ok(state.judged >= state.cards, `${name}: judged ${state.judged} of ${state.cards} cards`);
    assert.deepEqual(fp, [], `${name}: markers on benign cards`);
    assert.equal(tp, site.scams, `${name}: every scam card is marked (${JSON.stringify(state.markers)})`);
  }

  for (const [name, site] of Object.entries(MARKET)) {
    if (!site.scams || name === 'olxFeed') continue;
    test(`grid: only the scam cards are marked — ${site.what}`, async () => {
      const { page, state } = await openGrid(site);
      try {
        checkMarkers(name, site, state);
        if (name === 'tokopediaGrid') {
          // The marker's panel opens in place and the card's link is not followed.
          const url = page.url();
          const badge = page.locator('waspada-alert[scope="listing"] .badge').first();
          // The first marked card near the top of the viewport: both scam cards and their
          // neighbours in view, then the panel opened below the badge.
          await page.evaluate(() => scrollBy(0, document.querySelector('waspada-alert[scope="listing"]').getBoundingClientRect().top - 90));
          await sleep(200);
          const grid = resultsPath('market-tokopedia-grid.png');
          await page.screenshot({ path: grid });
          publishScreenshot(grid, 'listing-markers.png');
          await badge.click();
          const open = await pollFor(() => page.evaluate(() => {
            const root = document.querySelector('waspada-alert[scope="listing"]')?.shadowRoot;
            const panel = root?.querySelector('.panel');
            return panel && (panel.matches(':popover-open') || panel.classList.contains('open')) ? panel.textContent : null;
          }), { timeout: 3000 });
          assert.ok(open, 'the panel opens');
          assert.match(open, /Bayar hanya lewat aplikasi/, 'the panel says what to do');
          assert.equal(page.url(), url, 'clicking the marker does not follow the card link');
          // WCAG 2 A/AA (serious or critical) inside the marker with its panel open.
          await page.evaluate(axeSource());
          const problems = await page.evaluate(runAxe, ['waspada-alert[scope="listing"]', '*']);
          assert.deepEqual(problems, [], 'accessibility of the listing marker');
          const shot = resultsPath('market-tokopedia-panel.png');
          await page.screenshot({ path: shot });
          publishScreenshot(shot, 'listing-marker-panel.png');
        }
      } finally {
        await page.close();
      }
    });
  }

  test(`feed: cards appended on scroll are judged — ${MARKET.olxFeed.what}`, async () => {
    const site = MARKET.olxFeed;
    const page = await context.newPage();
    try {
      await page.goto(site.url, { waitUntil: 'load' });
      for (let i = 0; i < 12; i++) {
        await page.mouse.wheel(0, 2500);
        await sleep(250);
      }
      const state = await pollFor(async () => {
        const s = await page.evaluate(readListings);
        return s.cards >= site.cards && s.judged >= s.cards && s.markers.length >= site.scams ? s : null;
      }, { timeout: 15_000 }) ?? (await page.evaluate(readListings));
      await sleep(500);
      const final = await page.evaluate(readListings);
      assert.equal(final.cards, site.cards, 'the feed grew to all its cards');
      checkMarkers('olxFeed', site, final);
      const marked = final.markers.map((m) => Number(m.index)).sort((a, b) => a - b);
      assert.deepEqual(marked, [5, 27, 61], `appended scam cards are marked (${JSON.stringify(state.markers)})`);
    } finally {
      await page.close();
    }
  });

  test('single-page-app navigation: old markers go, the new route\'s cards are judged again', async () => {
    const site = MARKET.tokopediaGrid;
    const { page, state } = await openGrid(site);
    try {
      assert.equal(state.markers.length, site.scams);
      // What a single-page app does on a new search: push a route and reuse the card elements.
      await page.evaluate(() => {
        history.pushState({}, '', '/search?q=ps5+slim');
        document.querySelectorAll('[data-testid="divProductWrapper"]').forEach((card, i) => {
          const scam = i === 4;
          card.dataset.fixture = scam ? 'scam' : 'ok';
          card.querySelector('[data-testid="spnSRPProdName"]').textContent = scam
            ? 'PS5 Slim Digital BNIB barang sitaan bea cukai' : 'Sony PlayStation 5 Slim Digital Edition Garansi Resmi';
          card.querySelector('[data-testid="spnSRPProdPrice"]').textContent = scam ? 'Rp1.500.000' : `Rp7.${400 + i * 7}.000`;
        });
      });
      const after = await pollFor(async () => {
        const s = await page.evaluate(readListings);
        return s.judged >= 2 * s.cards && s.markers.length === 1 ? s : null;
      }, { timeout: 15_000 }) ?? (await page.evaluate(readListings));
      assert.deepEqual(after.markers.map((m) => m.fixture), ['scam'], `after navigation: ${JSON.stringify(after.markers)}`);
    } finally {
      await page.close();
    }
  });

  for (const [name, site] of Object.entries(MARKET)) {
    if (!site.page) continue;
    test(`listing page: ${site.page === 'quiet' ? 'stays quiet' : 'gets the page warning'} — ${site.what}`, async () => {
      const page = await context.newPage();
      try {
        await page.goto(site.url, { waitUntil: 'load' });
        const judged = await pollFor(async () => {
          const s = await page.evaluate(readListings);
          return s.singles.length ? s : null;
        }, { timeout: 15_000 });
        assert.ok(judged, `${name}: the listing was judged`);
        if (site.cards) {
          // The page's other cards ("related", "today's picks") are judged as a grid: none marked.
          const s = await pollFor(async () => {
            const x = await page.evaluate(readListings);
            return x.judged >= x.cards ? x : null;
          }, { timeout: 15_000 }) ?? (await page.evaluate(readListings));
          assert.ok(s.judged >= s.cards, `${name}: judged ${s.judged} of ${s.cards} related cards`);
          await sleep(300);
          assert.deepEqual((await page.evaluate(readListings)).markers, [], `${name}: markers on ordinary related cards`);
        }
        if (site.page === 'quiet') {
          await sleep(QUIET_MS);
          const info = await page.evaluate(inspectPage);
          assert.equal(info.alerts.length, 0, `${name}: ${summarize(info)} (listing verdict ${judged.singles})`);
          accuracy.push({ name, judged: 1, scams: 0, tp: 0, fp: info.alerts.length });
        } else {
          const info = await pollFor(async () => {
            const i = await page.evaluate(inspectPage);
            return pageWarning(i) ? i : null;
          });
          const w = info && pageWarning(info);
          assert.ok(w && ['warning', 'danger'].includes(w.level), `${name}: expected a page warning, got ${summarize(info)}`);
          accuracy.push({ name, judged: 1, scams: 1, tp: 1, fp: 0 });
          const shot = resultsPath(`market-${name}.png`);
          await page.screenshot({ path: shot });
        }
      } finally {
        await page.close();
      }
    });
  }
});
