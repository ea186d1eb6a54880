// End-to-end, marketplace listings (issue 5): the built extension (dist/chrome) in Debian's
// Chromium on the fixture pages of pages/market/ (sites.mjs MARKET), served on loopback under the
// marketplaces' real host names (--host-resolver-rules). Checks that only the scam cards get a
// <waspada-alert scope="listing">, that cards appended by infinite scroll are judged, that the
// marker's panel opens without following the card's link, that a scam listing page gets the page
// warning and that an official-store or ordinary shop listing stays quiet, and that the toolbar
// badge and the popup tell the page's risky listings.
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
import { MARKET, SITES } from './sites.mjs';
import { requireDist, resultsPath, publishScreenshot, inspectPage, pageWarning, pollFor, sleep, summarize, axeSource, runAxe, runAxeAll, QUIET_MS, chromiumArgs, tabIdOf } from './helpers.mjs';

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
    text: el.shadowRoot?.querySelector('.badge')?.textContent ?? null,
  }));
  return { judged, singles, markers, cards: document.querySelectorAll('[data-fixture]').length, scams: document.querySelectorAll('[data-fixture="scam"]').length };
}

describe('Waspada marketplace listings in Chromium (dist/chrome)', () => {
  let dir, server, context, profile, worker;
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
    worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
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
    // In the language chosen in Options (id), whatever the browser's own: the words come with the verdicts.
    for (const m of state.markers) assert.equal(m.text, m.level === 'danger' ? 'Awas penipuan' : 'Hati-hati', `${name}: ${JSON.stringify(m)}`);
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

  test('the listing scripts run on marketplaces and shops only, not on every page', async () => {
    // Asked in our content scripts' own world, where the listing scripts set their flag.
    const listingScriptsIn = (tabId) => worker.evaluate(async (id) => {
      const [r] = await chrome.scripting.executeScript({ target: { tabId: id }, func: () => Boolean(globalThis.__waspadaListingsStarted) });
      return r?.result;
    }, tabId);
    const genericIn = (tabId) => worker.evaluate(async (id) => {
      const [r] = await chrome.scripting.executeScript({ target: { tabId: id }, func: () => Boolean(globalThis.WaspadaListingGeneric) });
      return r?.result;
    }, tabId);
    // [url, listing scripts expected, generic adapter expected, what]: a marketplace, where every
    // host has its own adapter, is spared the generic one (never evaluated there).
    const cases = [
      [SITES.newsWeather.url, false, false, 'a news page'],
      [MARKET.tokopediaGrid.url, true, false, 'a marketplace with an adapter (manifest)'],
      [MARKET.genericGrid.url, true, true, 'a shop with schema.org product data (loaded on demand)'],
    ];
    for (const [url, expected, generic, what] of cases) {
      const page = await context.newPage();
      try {
        await page.goto(url, { waitUntil: 'load' });
        const tabId = await tabIdOf(worker, url);
        // A shop's scripts arrive within the verdict timeout; a page that is no shop must still
        // be without them once the page has been scanned and left quiet for a while.
        if (expected) assert.ok(await pollFor(() => listingScriptsIn(tabId)), `${what}: the listing scripts never started`);
        else {
          await sleep(QUIET_MS);
          assert.equal(await listingScriptsIn(tabId), false, `${what}: the listing scripts should not run here`);
        }
        assert.equal(await genericIn(tabId), generic, `${what}: the generic adapter ${generic ? 'is missing' : 'should not be loaded'}`);
      } finally {
        await page.close();
      }
    }
  });

  test('a marketplace product page with schema.org data gets its listing scripts once, from the manifest', async () => {
    // Real marketplace product pages carry JSON-LD too, so the loader asks for the scripts there
    // as well; the background must see they already run and inject nothing.
    const url = 'http://www.tokopedia.com/toko-contoh/produk-dengan-json-ld';
    await context.route(url, (route) => route.fulfill({ path: path.join(PAGES, MARKET.genericProduct.file), contentType: 'text/html; charset=utf-8' }));
    await worker.evaluate(() => {
      globalThis.__listingInjections = 0;
      const inject = chrome.scripting.executeScript.bind(chrome.scripting);
      chrome.scripting.executeScript = (options) => {
        if (options.files?.some((f) => f.endsWith('content/listings/observe.js'))) globalThis.__listingInjections++;
        return inject(options);
      };
    });
    const page = await context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      const tabId = await tabIdOf(worker, url);
      const running = await pollFor(() => worker.evaluate(async (id) => {
        const [r] = await chrome.scripting.executeScript({ target: { tabId: id }, func: () => Boolean(globalThis.__waspadaListingsStarted) });
        return r?.result;
      }, tabId));
      assert.ok(running, 'the manifest\'s listing scripts run on the marketplace');
      await sleep(QUIET_MS); // the page has been scanned (the loader checks again then)
      assert.equal(await worker.evaluate(() => globalThis.__listingInjections), 0, 'no second copy was injected');
    } finally {
      await page.close();
      await context.unroute(url);
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
  // ---- the toolbar badge and the popup ---------------------------------------------------------

  /** In the popup: its listings section. */
  function readPopupListings() {
    const section = document.getElementById('listings');
    return {
      pageLevel: document.getElementById('status').dataset.level,
      hidden: section.hidden,
      level: section.dataset.level ?? null,
      risky: section.dataset.risky === undefined ? null : Number(section.dataset.risky),
      summary: document.getElementById('listings-summary').textContent,
      items: [...section.querySelectorAll('li.listing')].map((li) => ({
        level: li.dataset.level,
        title: li.querySelector('.listing-title')?.textContent ?? '',
        rules: [...li.querySelectorAll('li.reason')].map((r) => r.dataset.rule),
        text: li.textContent,
      })),
    };
  }

  /** The popup opened as a page for `tabId`, reopened until its listings section is filled. */
  async function popupListings(tabId, lang = 'id') {
    await worker.evaluate((l) => chrome.storage.local.set({ lang: l }), lang);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 640 });
    const url = `${worker.url().split('/').slice(0, 3).join('/')}/popup/popup.html?tab=${tabId}`;
    await popup.goto(url);
    const view = await pollFor(async () => {
      const v = await popup.evaluate(readPopupListings);
      if (!v.hidden) return v;
      await popup.reload();
      return null;
    }, { timeout: 10_000, interval: 500 });
    return { popup, view: view ?? (await popup.evaluate(readPopupListings)) };
  }

  const badgeOf = (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  test('popup and badge: a grid\'s risky listings are listed with their reasons, the badge shows their level', async () => {
    const site = MARKET.tokopediaGrid;
    const { page, state } = await openGrid(site);
    try {
      const scamTitles = await page.evaluate(() => [...document.querySelectorAll('[data-fixture="scam"] [data-testid="spnSRPProdName"]')].map((e) => e.textContent));
      const top = state.markers.some((m) => m.level === 'danger') ? 'danger' : 'warning';
      const tabId = await tabIdOf(worker, site.url);
      const badge = await pollFor(async () => ((await badgeOf(tabId)) === (top === 'danger' ? '!!' : '!') ? true : null), { timeout: 5000 });
      assert.ok(badge, `badge at the highest listing level (${top}), got "${await badgeOf(tabId)}"`);
      for (const lang of ['id', 'en']) {
        if (lang === 'en') {
          // Reasons are worded when judged: judge the page again in English. A reload is a new
          // load of the same URL, so the popup's count starts afresh (not 2 × 27 cards).
          await worker.evaluate(() => chrome.storage.local.set({ lang: 'en' }));
          await page.reload({ waitUntil: 'load' });
          await pollFor(async () => {
            const s = await page.evaluate(readListings);
            return s.judged >= s.cards && s.markers.length >= site.scams ? s : null;
          }, { timeout: 15_000 });
          await sleep(500);
        }
        const { popup, view } = await popupListings(tabId, lang);
        try {
          assert.equal(view.hidden, false, 'the popup shows the listings section');
          assert.equal(view.risky, site.scams, `the popup counts the risky listings: ${view.summary}`);
          assert.equal(view.level, top);
          if (lang === 'id' && ['safe', 'caution'].includes(view.pageLevel)) {
            // The listings raised the badge, so its tooltip speaks of a listing, not of the page.
            const title = await worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
            assert.match(title, /^Waspada: ada iklan yang/, `badge tooltip: ${title}`);
          }
          assert.match(view.summary, lang === 'id' ? new RegExp(`^${site.scams} iklan tampak berisiko \\(dari ${site.cards} yang diperiksa\\)`) : new RegExp(`^${site.scams} listings look risky \\(of ${site.cards} checked\\)`));
          assert.deepEqual(view.items.map((i) => i.title).sort(), [...scamTitles].sort(), 'the popup names the risky listings');
          for (const item of view.items) assert.ok(item.rules.length > 0 && item.rules.every(Boolean), `reasons for ${item.title}`);
          // WCAG 2.x A/AA, every impact, on the popup with its listings section shown.
          await popup.evaluate(axeSource());
          assert.deepEqual(await popup.evaluate(runAxeAll, null), [], 'accessibility of the popup with listings');
          const shot = resultsPath(`market-popup-listings-${lang}.png`);
          await popup.screenshot({ path: shot, fullPage: true });
          publishScreenshot(shot, `popup-listings-${lang}.png`);
        } finally {
          await popup.close();
        }
      }
    } finally {
      await worker.evaluate(() => chrome.storage.local.set({ lang: 'id' }));
      await page.close();
    }
  });

  test('popup: a quiet listing page says its listing was checked; no badge from listings', async () => {
    const site = MARKET.tokopediaOfficial;
    const page = await context.newPage();
    try {
      await page.goto(site.url, { waitUntil: 'load' });
      assert.ok(await pollFor(async () => ((await page.evaluate(readListings)).singles.length ? true : null), { timeout: 15_000 }), 'the listing was judged');
      const tabId = await tabIdOf(worker, site.url);
      const { popup, view } = await popupListings(tabId);
      try {
        assert.equal(view.hidden, false);
        assert.equal(view.risky, 0, view.summary);
        assert.deepEqual(view.items, []);
        assert.match(view.summary, /Iklan ini sudah diperiksa/);
      } finally {
        await popup.close();
      }
      assert.notEqual(await badgeOf(tabId), '!!', 'no danger badge on an official-store listing');
    } finally {
      await page.close();
    }
  });
  test('feed: after the service worker restarts, appended cards are still judged against the page\'s earlier cards', async () => {
    const site = MARKET.olxFeed;
    const page = await context.newPage();
    const counts = () => page.evaluate(() => ({
      batches: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('waspada-listings:judged:')).length,
      sends: performance.getEntriesByType('measure').filter((m) => m.name === 'waspada-listings:send').length,
    }));
    try {
      await page.goto(site.url, { waitUntil: 'load' });
      for (let i = 0; i < 3; i++) {
        await page.mouse.wheel(0, 2500);
        await sleep(250);
      }
      const early = await pollFor(async () => {
        const s = await page.evaluate(readListings);
        return s.judged >= 40 && s.judged >= s.cards ? s : null;
      }, { timeout: 15_000 });
      assert.ok(early, 'the first cards were judged');
      assert.deepEqual(await counts().then((c) => c.sends === c.batches), true, 'no batch was sent twice before the restart');
      // The worker forgets the page's earlier cards when it stops: the next batch must bring them.
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      for (let i = 0; i < 12; i++) {
        await page.mouse.wheel(0, 2500);
        await sleep(250);
      }
      const final = await pollFor(async () => {
        const s = await page.evaluate(readListings);
        return s.cards >= site.cards && s.judged >= s.cards && s.markers.length >= site.scams ? s : null;
      }, { timeout: 20_000 }) ?? (await page.evaluate(readListings));
      checkMarkers('olxFeed (restart)', site, final);
      const c = await counts();
      assert.ok(c.sends > c.batches, `a batch was sent again with the earlier cards (${c.sends} sends, ${c.batches} batches)`);
    } finally {
      await page.close();
      worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
        ?? await context.waitForEvent('serviceworker', { timeout: 15_000 });
    }
  });
});
