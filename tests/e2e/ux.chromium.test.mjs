// End-to-end, Chromium: what a person does with a warning. Go back, proceed, trust a site (and
// the allow list surviving a service-worker stop, an extension reload and a browser restart on the
// same profile), report (evidence on the clipboard, the official channel in a new tab), family mode,
// the PIN lock, and axe-core on every surface. Runs in its own profile, so the choices made here
// never leak into chromium.test.mjs.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { SITES } from './sites.mjs';
import { COMMENT_SITES } from './comment-sites.mjs';
import {
  requireDist, resultsPath, publishScreenshot, inspectPage, pageWarning, pollFor, sleep, summarize, axeSource, runAxe,
  commentState, runAxeAll, QUIET_MS } from './helpers.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PIN = '4826';

// The suite as a whole runs longer than run.mjs's per-test limit (it restarts the browser twice).
describe('Waspada in Chromium: actions on warnings, settings, comment shield', { timeout: 360_000 }, () => {
  let dir, server, context, worker, extId, profile;

  async function launch() {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      locale: 'id-ID',
      ignoreHTTPSErrors: true, // the comment-site fixtures are served over TLS with a throwaway certificate
      args: [
        '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
        // tabs the extension opens itself are not covered by ignoreHTTPSErrors
        '--ignore-certificate-errors',
        `--disable-extensions-except=${dir}`, `--load-extension=${dir}`,
        `--host-resolver-rules=MAP * 127.0.0.1:${server.port}`,
      ],
    });
    worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    extId = new URL(worker.url()).host;
  }

  before(async () => {
    dir = requireDist('chrome');
    server = await startServer();
    profile = mkdtempSync(path.join(os.tmpdir(), 'waspada-e2e-ux-chromium-'));
    await launch();
    await worker.evaluate(() => chrome.storage.local.set({ lang: 'id' }));
  });

  after(async () => {
    await context?.close().catch(() => {});
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const extUrl = (p) => `chrome-extension://${extId}/${p}`;

  async function visit(url, { expect = true } = {}) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    if (!expect) return { page, info: null };
    const info = (await pollFor(async () => {
      const i = await page.evaluate(inspectPage);
      return pageWarning(i) ? i : null;
    })) ?? (await page.evaluate(inspectPage).catch(() => null));
    return { page, info };
  }

  /** Watch `page` for QUIET_MS after a reload and return what it shows. */
  async function quietAfterReload(page) {
    await page.reload({ waitUntil: 'load' });
    await sleep(QUIET_MS + 1500);
    return page.evaluate(inspectPage);
  }

  const shadow = (page, selector) => page.locator(`waspada-alert[scope="page"] ${selector}`);

  // Extension storage, read and written from an extension page (the worker's handle dies whenever
  // the worker is stopped, and Playwright does not attach to the restarted one).
  let extPage = null;
  async function ext(fn, arg) {
    if (!extPage || extPage.isClosed()) {
      extPage = await context.newPage();
      await extPage.goto(extUrl('safe/safe.html'));
    }
    return extPage.evaluate(fn, arg);
  }
  const storage = (keys = null) => ext((k) => chrome.storage.local.get(k), keys);
  const setStorage = (items) => ext((v) => chrome.storage.local.set(v), items);

  async function openOptions() {
    const page = await context.newPage();
    await page.goto(extUrl('options/options.html'));
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  }

  test('interstitial: "Kembali ke tempat aman" goes back to the page before', async () => {
    const page = await context.newPage();
    try {
      await page.goto(SITES.newsWeather.url, { waitUntil: 'load' });
      await page.goto(SITES.phishing.url, { waitUntil: 'load' });
      await pollFor(async () => pageWarning(await page.evaluate(inspectPage)));
      const back = shadow(page, '#waspada-back');
      assert.equal(await back.count(), 1, 'the interstitial has #waspada-back');
      assert.equal(await page.evaluate(() => document.querySelector('waspada-alert').shadowRoot.activeElement?.id),
        'waspada-back', 'the safe way out has the keyboard focus');
      await back.click();
      await page.waitForURL(SITES.newsWeather.url, { timeout: 5000 });
      assert.equal(page.url(), SITES.newsWeather.url);
    } finally {
      await page.close();
    }
  });

  test('interstitial: focus stays inside it (Tab and Shift+Tab wrap)', async () => {
    const { page, info } = await visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
      const where = () => page.evaluate(() => {
        const host = document.querySelector('waspada-alert');
        return { inside: document.activeElement === host, id: host.shadowRoot.activeElement?.id ?? '' };
      });
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        assert.equal((await where()).inside, true, `focus left the interstitial after ${i + 1} Tab presses`);
      }
      await page.keyboard.press('Shift+Tab');
      assert.equal((await where()).inside, true, 'Shift+Tab stays inside');
    } finally {
      await page.close();
    }
  });

  test('report: one click copies the evidence and opens aduankonten.id in a new tab; nothing is sent', async () => {
    const { page, info } = await visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
      const channels = await page.evaluate(() => [...document.querySelector('waspada-alert').shadowRoot
        .querySelectorAll('button.report')].map((b) => b.dataset.channel));
      assert.ok(channels.includes('aduankonten'), `a phishing page is reported at aduankonten.id: ${channels}`);
      assert.ok(channels.includes('iasc'), `money already sent → IASC: ${channels}`);
      const text = await page.evaluate(() => document.querySelector('waspada-alert').shadowRoot
        .querySelector('#waspada-report-text').value);
      assert.ok(text.includes(SITES.phishing.url), `the report text has the URL: ${text}`);
      assert.match(text, /Alasan:\n- /, 'the report text lists the reasons');
      const before = server.requests.length;
      const [tab] = await Promise.all([
        context.waitForEvent('page', { timeout: 5000 }),
        shadow(page, 'button.report[data-channel="aduankonten"]').click(),
      ]);
      await tab.waitForURL(/^https:\/\/aduankonten\.id\//, { timeout: 5000 }).catch(() => {});
      const why = tab.url().startsWith('chrome-error') ? await tab.evaluate(() => document.body.innerText).catch(() => '') : '';
      assert.equal(new URL(tab.url()).host, 'aduankonten.id', `opened ${tab.url()} ${why}`);
      const status = await shadow(page, '#waspada-report-status').textContent();
      assert.match(status, /disalin/, `the user is told the evidence was copied: "${status}"`);
      // Only the channel page itself was requested (from the loopback server): no report was posted.
      const after = server.requests.slice(before).filter((r) => r.host !== 'aduankonten.id' && r.path !== '/favicon.ico');
      assert.deepEqual(after.filter((r) => r.method !== 'GET'), [], 'nothing was posted anywhere');
      // The clipboard holds the report text (read in the channel's tab: https, a secure context).
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://aduankonten.id' });
      await tab.bringToFront();
      const clip = await tab.evaluate(() => navigator.clipboard.readText()).catch((e) => `unreadable: ${e.message}`);
      assert.equal(clip, text, 'the clipboard holds the report text');
      await tab.close();
    } finally {
      await page.close();
    }
  });

  test('banner: "Situs ini aman" trusts the site; it stays trusted after a service-worker stop and a browser restart', async () => {
    const site = SITES.judol;
    const { page, info } = await visit(site.url);
    try {
      const w = pageWarning(info);
      assert.ok(w, summarize(info));
      await (w.level === 'warning' ? shadow(page, '#waspada-why').click() : Promise.resolve());
      await shadow(page, '#waspada-trust').click();
      assert.equal(await shadow(page, '#waspada-trust-confirm').isVisible(), true, 'trusting asks to confirm first');
      await shadow(page, '#waspada-trust-yes').click();
      await pollFor(async () => ((await page.evaluate(inspectPage)).alerts.length === 0 ? true : null), { timeout: 3000 });
      assert.equal((await page.evaluate(inspectPage)).alerts.length, 0, 'the warning is gone');
      const host = new URL(site.url).hostname.replace(/^www\./, '');
      assert.deepEqual((await storage('trusted')).trusted, [host], 'the site is in the allow list');
      assert.equal((await quietAfterReload(page)).alerts.length, 0, 'no warning on reload');

      // 1. the service worker is stopped (as after 30 s idle) and wakes again for the next page
      const stopped = worker;
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      assert.equal((await quietAfterReload(page)).alerts.length, 0, 'still trusted after the worker restarted');
      assert.equal((await storage('trusted')).trusted.length, 1);
      // a new worker answered that page: the popup, asking it for the tab's verdict, gets one
      const tabId = await ext(async (u) => {
        for (const tab of await chrome.tabs.query({})) {
          const pong = await chrome.tabs.sendMessage(tab.id, { type: 'ping' }).catch(() => null);
          if (pong?.url === u) return tab.id;
        }
        return null;
      }, site.url);
      const popup = await context.newPage();
      await popup.goto(extUrl(`popup/popup.html?tab=${tabId}`));
      const level = await pollFor(async () => {
        const l = await popup.evaluate(() => document.getElementById('status').dataset.level);
        if (l === 'none') await popup.reload();
        return l !== 'none' ? l : null;
      });
      assert.equal(level, w.level, 'the restarted worker knows the verdict');
      assert.equal(await popup.locator('#trusted-note').isVisible(), true, 'and that the site is trusted');
      await popup.close();
      assert.ok(stopped, 'the worker was stopped and a new one answered');
    } finally {
      await page.close().catch(() => {});
    }
    // 2. the browser restarts on the same profile
    await context.close();
    await launch();
    const third = await visit(site.url, { expect: false });
    try {
      await sleep(QUIET_MS + 2000);
      assert.equal((await third.page.evaluate(inspectPage)).alerts.length, 0, 'still trusted after a browser restart');
    } finally {
      await third.page.close();
    }
    // the options page lists it, and removing it brings the warning back
    const options = await openOptions();
    try {
      const host = new URL(site.url).hostname.replace(/^www\./, '');
      const row = options.locator(`#trusted-list li[data-site="${host}"]`);
      assert.equal(await row.count(), 1, 'Options lists the trusted site');
      await row.locator('button.remove').click();
      await pollFor(async () => ((await options.locator('#trusted-list li').count()) === 0 ? true : null), { timeout: 3000 });
    } finally {
      await options.close();
    }
    const back = await visit(site.url);
    try {
      assert.ok(pageWarning(back.info), `removed from the allow list → warned again: ${summarize(back.info)}`);
    } finally {
      await back.page.close();
    }
  });

  test('settings survive a schema migration (v1 → v2 at worker start) and damaged stored data (per field)', async () => {
    // Schema 1 data (a `dismiss:<host>` key), one damaged field and two good ones.
    await ext(() => chrome.storage.local.clear());
    await setStorage(({
      lang: 'id', 'dismiss:www.toko-contoh.com': 1700000000000,
      family: 'not an object', trusted: ['bank-saya.co.id', 42, 'javascript:alert(1)'],
    }));
    // What an update does to storage.local is nothing: it is kept. What runs after it is our
    // migration, at every worker start; a browser restart on the same profile starts it afresh.
    // (chrome.runtime.reload() would unload an extension loaded with --load-extension for good.)
    extPage = null;
    await context.close().catch(() => {});
    await launch();
    const s = await pollFor(async () => {
      const v = await storage(null);
      return v.schema === 2 ? v : null;
    }, { timeout: 5000 });
    assert.ok(s, 'migrated to schema 2');
    assert.equal(s.lang, 'id', 'the language is kept');
    assert.deepEqual(s.dismissed, { 'toko-contoh.com': 1700000000000 }, 'closed banners are carried over');
    assert.ok(!('dismiss:www.toko-contoh.com' in s), 'the old key is gone');
    const options = await openOptions();
    try {
      assert.deepEqual(await options.locator('#trusted-list li').evaluateAll((els) => els.map((e) => e.dataset.site)),
        ['bank-saya.co.id'], 'the readable trusted entry is kept, the bad ones dropped');
      assert.equal(await options.locator('#family-name').inputValue(), '', 'the damaged family field falls back to empty');
      assert.equal(await options.locator('input[name=lang][value=id]').isChecked(), true);
    } finally {
      await options.close();
    }
    await setStorage({ trusted: [] });
  });

  test('family mode: the trusted contact is named on the interstitial and the banner, larger text', async () => {
    const options = await openOptions();
    try {
      await options.fill('#family-name', 'Budi');
      await options.fill('#family-phone', '0812 3456 7890');
      await options.check('#large-text');
      await options.click('#family-save');
      await options.waitForFunction(() => document.getElementById('saved').textContent.length > 0);
    } finally {
      await options.close();
    }
    const { family } = await storage('family');
    assert.deepEqual(family, { name: 'Budi', phone: '0812 3456 7890', largeText: true });
    const { page, info } = await visit(SITES.phishing.url);
    try {
      const w = pageWarning(info);
      assert.match(w.text, /Sebelum transfer uang, telepon Budi: 0812 3456 7890/, w.text);
      const href = await shadow(page, '#waspada-family a').getAttribute('href');
      assert.equal(href, 'tel:081234567890');
      assert.equal(await shadow(page, '.content.large').count(), 1, 'larger text is applied');
    } finally {
      await page.close();
    }
    const banner = await visit(SITES.jobScam.url);
    try {
      const w = pageWarning(banner.info);
      assert.ok(w, summarize(banner.info));
      assert.match(w.text, /telepon Budi/, `the family line shows on the ${w.level} screen too: ${w.text}`);
    } finally {
      await banner.page.close();
    }
    await setStorage({ family: { name: 'Budi', phone: '0812 3456 7890', largeText: false } });
  });

  test('PIN lock: options are locked, a wrong PIN is refused, trust from a warning needs the PIN', async () => {
    const options = await openOptions();
    try {
      await options.fill('#pin-new', PIN);
      await options.fill('#pin-confirm', PIN);
      await options.click('#pin-set');
      await options.waitForSelector('body[data-locked="true"]');
      const { pin } = await storage('pin');
      assert.match(pin.hash, /^[0-9a-f]{64}$/, 'a SHA-256 sized hash is stored');
      assert.match(pin.salt, /^[0-9a-f]{32}$/, 'with a random salt');
      assert.ok(!JSON.stringify(await storage(null)).includes(PIN), 'the PIN itself is stored nowhere');
      await options.reload();
      await options.waitForSelector('body[data-ready="true"]');
      assert.equal(await options.locator('#lock-panel').isVisible(), true, 'the lock panel shows');
      assert.equal(await options.locator('#family-name').isDisabled(), true, 'settings cannot be edited while locked');
      assert.equal(await options.locator('input[name=lang][value=en]').isDisabled(), true);
      await options.fill('#pin-unlock', '0000');
      await options.click('#unlock');
      await options.waitForFunction(() => document.getElementById('pin-status').textContent.length > 0);
      assert.match(await options.locator('#pin-status').textContent(), /PIN salah/);
      assert.equal(await options.locator('#family-name').isDisabled(), true, 'still locked after a wrong PIN');
      const shot = resultsPath('chromium-options-locked-id.png');
      await options.screenshot({ path: shot, fullPage: true });
      publishScreenshot(shot, 'options-locked-id.png');
      await options.fill('#pin-unlock', PIN);
      await options.click('#unlock');
      await options.waitForSelector('body[data-locked="false"]');
      assert.equal(await options.locator('#family-name').isDisabled(), false, 'the right PIN unlocks');
    } finally {
      await options.close();
    }
    // trusting the phishing page now needs the PIN
    const { page, info } = await visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
      await shadow(page, '#waspada-trust').click();
      assert.equal(await shadow(page, '#waspada-pin').count(), 1, 'the PIN is asked for');
      await shadow(page, '#waspada-pin').fill('1111');
      await shadow(page, '#waspada-trust-yes').click();
      await page.waitForFunction(() => document.querySelector('waspada-alert')?.shadowRoot
        .querySelector('#waspada-trust-status')?.textContent.length > 0);
      assert.match(await shadow(page, '#waspada-trust-status').textContent(), /PIN salah/);
      assert.deepEqual((await storage('trusted')).trusted, [], 'a wrong PIN trusts nothing');
      assert.equal(pageWarning(await page.evaluate(inspectPage))?.level, 'danger', 'the warning stays');
      await shadow(page, '#waspada-pin').fill(PIN);
      await shadow(page, '#waspada-trust-yes').click();
      await pollFor(async () => ((await page.evaluate(inspectPage)).alerts.length === 0 ? true : null), { timeout: 5000 });
      assert.deepEqual((await storage('trusted')).trusted, ['klikbca-verifikasi.com'], 'the right PIN trusts the site');
    } finally {
      await page.close();
    }
    await setStorage({ trusted: [], pin: null });
  });


  for (const [name, site] of Object.entries(COMMENT_SITES)) {
    test(`comment shield on ${name}: judol comments collapsed, others untouched, reveal works, later comments shielded`, async () => {
      const page = await context.newPage();
      try {
        await page.goto(site.url, { waitUntil: 'load' });
        const fixture = await page.evaluate(() => window.FIXTURE);
        const done = (st, ids) => ids.every((id) => st.comments[id]?.label);
        let st = await pollFor(async () => {
          const v = await page.evaluate(commentState);
          return done(v, fixture.gambling) ? v : null;
        }) ?? (await page.evaluate(commentState));
        for (const id of fixture.gambling) {
          assert.ok(st.comments[id].hidden, `${name} ${id} (judol) is collapsed: ${JSON.stringify(st)}`);
          assert.equal(st.comments[id].label.startsWith('Promosi judi online disembunyikan'), true, st.comments[id].label);
          assert.equal(st.comments[id].level, 'warning');
        }
        for (const id of fixture.normal) {
          assert.deepEqual(st.comments[id], { hidden: false, level: null, label: null, expanded: null },
            `${name} ${id} (normal) is untouched`);
        }
        // reveal, and hide again
        const first = fixture.gambling[0];
        const button = page.locator(`waspada-alert[scope="comment"]:has(+ [data-fixture="${first}"]) button`);
        await button.click();
        st = await page.evaluate(commentState);
        assert.equal(st.comments[first].hidden, false, 'revealed');
        assert.equal(st.comments[first].expanded, 'true');
        await button.click();
        st = await page.evaluate(commentState);
        assert.equal(st.comments[first].hidden, true, 'hidden again');
        // comments that load later
        await page.evaluate(() => window.loadMore());
        st = await pollFor(async () => {
          const v = await page.evaluate(commentState);
          return done(v, fixture.more.gambling) ? v : null;
        }) ?? (await page.evaluate(commentState));
        for (const id of fixture.more.gambling) assert.ok(st.comments[id]?.hidden, `${name} ${id} (loaded later) is collapsed`);
        for (const id of fixture.more.normal) assert.equal(st.comments[id]?.hidden, false, `${name} ${id} (loaded later) is untouched`);
        // the page itself is not warned for its comments
        await sleep(QUIET_MS);
        assert.equal((await page.evaluate(commentState)).pageAlerts, 0, 'no page-level warning for comments');
      } finally {
        await page.close();
      }
    });
  }


  test('accessibility (axe-core, WCAG 2.2 A/AA, every impact): interstitial, banner, popup, options, comment label; 360 px', async () => {
    const axe = axeSource();
    const problems = [];
    await setStorage({ family: { name: 'Budi', phone: '0812 3456 7890', largeText: false }, trusted: [], pin: null });
    // the interstitial with its trust confirmation open (so the PIN-less form is checked too)
    {
      const { page, info } = await visit(SITES.phishing.url);
      try {
        assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
        await shadow(page, '#waspada-trust').click();
        await page.evaluate(() => { document.querySelector('waspada-alert').shadowRoot.querySelector('details').open = true; });
        await page.evaluate(axe);
        problems.push(...(await page.evaluate(runAxeAll, ['waspada-alert[scope="page"]', '*'])).map((f) => `interstitial: ${f}`));
      } finally {
        await page.close();
      }
    }
    // the banner with "Kenapa?" open
    {
      const { page, info } = await visit(SITES.jobScam.url);
      try {
        const w = pageWarning(info);
        assert.ok(w, summarize(info));
        if (w.level === 'warning') await shadow(page, '#waspada-why').click();
        await page.evaluate(axe);
        problems.push(...(await page.evaluate(runAxeAll, ['waspada-alert[scope="page"]', '*'])).map((f) => `${w.level} ${SITES.jobScam.url}: ${f}`));
      } finally {
        await page.close();
      }
    }
    // the popup for a danger tab (verdict, reasons, family line, report buttons), at 360 px
    {
      const page = await context.newPage();
      await page.goto(SITES.phishing.url, { waitUntil: 'load' });
      const tabId = await ext(async (u) => {
        for (const tab of await chrome.tabs.query({})) {
          const pong = await chrome.tabs.sendMessage(tab.id, { type: 'ping' }).catch(() => null);
          if (pong?.url === u) return tab.id;
        }
        return null;
      }, SITES.phishing.url);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 360, height: 900 });
      await popup.goto(extUrl(`popup/popup.html?tab=${tabId}`));
      await pollFor(async () => {
        const l = await popup.evaluate(() => document.getElementById('status').dataset.level);
        if (l === 'none') await popup.reload();
        return l !== 'none' ? l : null;
      });
      assert.equal(await popup.locator('#report:not([hidden]) button.report[data-channel="aduankonten"]').count(), 1,
        'the popup offers reporting for a danger tab');
      assert.match(await popup.locator('#family-line').textContent(), /telepon Budi/);
      await popup.fill('#check-input', 'Selamat! Anda pemenang undian Rp100 juta. Hubungi 0812-9988-7766 dan transfer biaya admin Rp500.000 ke rekening BRI 1234567890 a.n. Panitia.');
      await popup.click('#check-button');
      await popup.waitForSelector('#check-result[data-level]:not([data-level="none"])');
      const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `the popup fits 360 px (overflow ${overflow} px)`);
      await popup.evaluate(axe);
      problems.push(...(await popup.evaluate(runAxeAll, null)).map((f) => `popup: ${f}`));
      await popup.close();
      await page.close();
    }
    // options (with a trusted site), unlocked and locked, at 360 px
    {
      await setStorage({ trusted: ['toko-contoh.com'] });
      const options = await openOptions();
      try {
        await options.setViewportSize({ width: 360, height: 800 });
        const overflow = await options.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        assert.ok(overflow <= 0, `Options fits 360 px (overflow ${overflow} px)`);
        await options.evaluate(axe);
        problems.push(...(await options.evaluate(runAxeAll, null)).map((f) => `options: ${f}`));
        await options.fill('#pin-new', PIN);
        await options.fill('#pin-confirm', PIN);
        await options.click('#pin-set');
        await options.waitForSelector('body[data-locked="true"]');
        await options.fill('#pin-unlock', '0000');
        await options.click('#unlock');
        await options.waitForFunction(() => document.getElementById('pin-status').textContent.length > 0);
        problems.push(...(await options.evaluate(runAxeAll, null)).map((f) => `options (locked): ${f}`));
      } finally {
        await options.close();
      }
      await setStorage({ trusted: [], pin: null });
    }
    // a collapsed comment's label
    {
      const page = await context.newPage();
      try {
        await page.goto(COMMENT_SITES.youtube.url, { waitUntil: 'load' });
        await page.waitForSelector('waspada-alert[scope="comment"]', { timeout: 10_000 });
        await page.evaluate(axe);
        problems.push(...(await page.evaluate(runAxeAll, ['waspada-alert[scope="comment"]', '*'])).map((f) => `comment label: ${f}`));
      } finally {
        await page.close();
      }
    }
    assert.deepEqual(problems, [], `axe-core found:\n  ${problems.join('\n  ')}`);
  });


  test('screenshots of every surface in Bahasa Indonesia and English (docs/screenshots with npm run screenshots)', async () => {
    const tabIdOf = (u) => ext(async (url) => {
      for (const tab of await chrome.tabs.query({})) {
        const pong = await chrome.tabs.sendMessage(tab.id, { type: 'ping' }).catch(() => null);
        if (pong?.url === url) return tab.id;
      }
      return null;
    }, u);
    const shoot = async (page, name, options = {}) => {
      const file = resultsPath(`chromium-${name}.png`);
      await page.screenshot({ path: file, ...options });
      publishScreenshot(file, `${name}.png`);
    };
    for (const lang of ['id', 'en']) {
      await setStorage({ lang, family: { name: 'Budi', phone: '0812 3456 7890', largeText: false }, trusted: [], pin: null,
        dismissed: {} });
      const call = lang === 'id' ? /Sebelum transfer uang, telepon Budi/ : /Before you transfer any money, call Budi/;
      // interstitial
      const danger = await visit(SITES.phishing.url);
      try {
        assert.match(pageWarning(danger.info)?.text ?? '', call, 'the interstitial speaks the chosen language');
        await shoot(danger.page, `interstitial-${lang}`);
        await danger.page.evaluate(() => document.querySelector('waspada-alert').shadowRoot.querySelector('.overlay')
          .scrollTo(0, 10_000));
        await shoot(danger.page, `interstitial-end-${lang}`);
      } finally {
        await danger.page.close();
      }
      // banner, with its reasons open
      const warning = await visit(SITES.jobScam.url);
      try {
        assert.match(pageWarning(warning.info)?.text ?? '', call);
        if (pageWarning(warning.info)?.level === 'warning') await shadow(warning.page, '#waspada-why').click();
        await shoot(warning.page, `banner-${lang}`);
      } finally {
        await warning.page.close();
      }
      // popup of the danger tab, 360 px wide
      const tab = await context.newPage();
      await tab.goto(SITES.phishing.url, { waitUntil: 'load' });
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 360, height: 640 });
      await popup.goto(extUrl(`popup/popup.html?tab=${await pollFor(() => tabIdOf(SITES.phishing.url))}`));
      await pollFor(async () => {
        const l = await popup.evaluate(() => document.getElementById('status').dataset.level);
        if (l === 'none') await popup.reload();
        return l !== 'none' ? l : null;
      });
      await shoot(popup, `popup-${lang}`, { fullPage: true });
      await popup.close();
      await tab.close();
      // options with family mode and a trusted site
      await setStorage({ trusted: ['tokobuku-contoh.co.id'] });
      const options = await openOptions();
      await options.setViewportSize({ width: 720, height: 900 });
      await shoot(options, `options-${lang}`, { fullPage: true });
      await options.close();
      // the comment shield: one collapsed comment revealed, one still hidden
      const comments = await context.newPage();
      await comments.goto(COMMENT_SITES.youtube.url, { waitUntil: 'load' });
      await comments.waitForSelector('waspada-alert[scope="comment"]', { timeout: 10_000 });
      const label = await comments.evaluate(() => document.querySelector('waspada-alert[scope="comment"]').shadowRoot
        .querySelector('.label').textContent);
      assert.match(label, lang === 'id' ? /Promosi judi online disembunyikan/ : /Online gambling promotion hidden/);
      await comments.evaluate(() => document.querySelector('#comments').scrollIntoView());
      await shoot(comments, `comments-${lang}`);
      await comments.close();
    }
    await setStorage({ lang: 'id', trusted: [], dismissed: {} });
  });

  test('interstitial: "Saya mengerti risikonya, lanjutkan" lifts it for this session', async () => {
    const { page, info } = await visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
      await shadow(page, '#waspada-proceed').click();
      await sleep(300);
      assert.equal((await page.evaluate(inspectPage)).alerts.length, 0);
      assert.equal((await quietAfterReload(page)).alerts.length, 0, 'not shown again this session');
    } finally {
      await page.close();
    }
  });
});
