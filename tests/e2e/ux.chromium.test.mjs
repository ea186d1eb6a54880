// End-to-end, Chromium: what a person does with a warning. Go back, proceed, trust a site (and
// the allow list surviving a service-worker stop and a browser restart on the same profile),
// report (evidence on the clipboard, the official channel in a new tab), family mode, the PIN
// lock, settings migration. Runs in its own profile (ux-session.mjs), so the choices made here
// never leak into chromium.test.mjs.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SITES } from './sites.mjs';
import { uxSession } from './ux-session.mjs';
import { COMMENT_SITES } from './comment-sites.mjs';
import { resultsPath, inspectPage, pageWarning, pollFor, sleep, summarize, commentState, QUIET_MS } from './helpers.mjs';

const PIN = '4826';

describe('Waspada in Chromium: actions on warnings and settings', { timeout: 300_000 }, () => {
  const s = uxSession();
  before(() => s.start());
  after(() => s.stop());

  test('interstitial: "Kembali ke tempat aman" goes back to the page before', async () => {
    const page = await s.context.newPage();
    try {
      await page.goto(SITES.newsWeather.url, { waitUntil: 'load' });
      await page.goto(SITES.phishing.url, { waitUntil: 'load' });
      await pollFor(async () => pageWarning(await page.evaluate(inspectPage)));
      const back = s.shadow(page, '#waspada-back');
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
    const { page, info } = await s.visit(SITES.phishing.url);
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
    const { page, info } = await s.visit(SITES.phishing.url);
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
      const before = s.server.requests.length;
      const [tab] = await Promise.all([
        s.context.waitForEvent('page', { timeout: 5000 }),
        s.shadow(page, 'button.report[data-channel="aduankonten"]').click(),
      ]);
      await tab.waitForURL(/^https:\/\/aduankonten\.id\//, { timeout: 5000 }).catch(() => {});
      const why = tab.url().startsWith('chrome-error') ? await tab.evaluate(() => document.body.innerText).catch(() => '') : '';
      assert.equal(new URL(tab.url()).host, 'aduankonten.id', `opened ${tab.url()} ${why}`);
      const status = await s.shadow(page, '#waspada-report-status').textContent();
      assert.match(status, /disalin/, `the user is told the evidence was copied: "${status}"`);
      // Only the channel page itself was requested (from the loopback server): no report was posted.
      // Chromium's own account-cookie check (a POST to accounts.google.com/ListAccounts from the
      // browser process, now and then when a tab opens, even with background networking off)
      // is the browser's, not the extension's: the extension has no code that reaches Google.
      const browserOwn = (r) => r.host === 'accounts.google.com' && r.path === '/ListAccounts';
      const after = s.server.requests.slice(before)
        .filter((r) => r.host !== 'aduankonten.id' && r.path !== '/favicon.ico' && !browserOwn(r));
      assert.deepEqual(after.filter((r) => r.method !== 'GET'), [], 'nothing was posted anywhere');
      // The clipboard holds the report text (read in the channel's tab: https, a secure context).
      await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://aduankonten.id' });
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
    const { page, info } = await s.visit(site.url);
    try {
      const w = pageWarning(info);
      assert.ok(w, summarize(info));
      await (w.level === 'warning' ? s.shadow(page, '#waspada-why').click() : Promise.resolve());
      await s.shadow(page, '#waspada-trust').click();
      assert.equal(await s.shadow(page, '#waspada-trust-confirm').isVisible(), true, 'trusting asks to confirm first');
      await s.shadow(page, '#waspada-trust-yes').click();
      await pollFor(async () => ((await page.evaluate(inspectPage)).alerts.length === 0 ? true : null), { timeout: 3000 });
      assert.equal((await page.evaluate(inspectPage)).alerts.length, 0, 'the warning is gone');
      const host = new URL(site.url).hostname.replace(/^www\./, '');
      assert.deepEqual((await s.storage('trusted')).trusted, [host], 'the site is in the allow list');
      assert.equal((await s.quietAfterReload(page)).alerts.length, 0, 'no warning on reload');

      // 1. the service worker is stopped (as after 30 s idle) and wakes again for the next page
      const stopped = s.worker;
      const cdp = await s.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      assert.equal((await s.quietAfterReload(page)).alerts.length, 0, 'still trusted after the worker restarted');
      assert.equal((await s.storage('trusted')).trusted.length, 1);
      // a new worker answered that page: the popup, asking it for the tab's verdict, gets one
      const { popup, level } = await s.openPopup(await s.tabIdOf(site.url));
      assert.equal(level, w.level, 'the restarted worker knows the verdict');
      assert.equal(await popup.locator('#trusted-note').isVisible(), true, 'and that the site is trusted');
      await popup.close();
      assert.ok(stopped, 'the worker was stopped and a new one answered');
    } finally {
      await page.close().catch(() => {});
    }
    // 2. the browser restarts on the same profile
    await s.relaunch();
    const third = await s.visit(site.url, { expect: false });
    try {
      await sleep(QUIET_MS + 2000);
      assert.equal((await third.page.evaluate(inspectPage)).alerts.length, 0, 'still trusted after a browser restart');
    } finally {
      await third.page.close();
    }
    // the options page lists it, and removing it brings the warning back
    const options = await s.openOptions();
    try {
      const host = new URL(site.url).hostname.replace(/^www\./, '');
      const row = options.locator(`#trusted-list li[data-site="${host}"]`);
      assert.equal(await row.count(), 1, 'Options lists the trusted site');
      await row.locator('button.remove').click();
      await pollFor(async () => ((await options.locator('#trusted-list li').count()) === 0 ? true : null), { timeout: 3000 });
    } finally {
      await options.close();
    }
    const back = await s.visit(site.url);
    try {
      assert.ok(pageWarning(back.info), `removed from the allow list → warned again: ${summarize(back.info)}`);
    } finally {
      await back.page.close();
    }
  });

  test('settings survive a schema migration (v1 → v2 at worker start) and damaged stored data (per field)', async () => {
    // Schema 1 data (a `dismiss:<host>` key), one damaged field and two good ones.
    await s.ext(() => chrome.storage.local.clear());
    await s.setStorage(({
      lang: 'id', 'dismiss:www.toko-contoh.com': 1700000000000,
      family: 'not an object', trusted: ['bank-saya.co.id', 42, 'javascript:alert(1)'],
    }));
    // What an update does to storage.local is nothing: it is kept. What runs after it is our
    // migration, at every worker start; a browser restart on the same profile starts it afresh.
    // (chrome.runtime.reload() would unload an extension loaded with --load-extension for good.)
    await s.relaunch();
    const stored = await pollFor(async () => {
      const v = await s.storage(null);
      return v.schema === 2 ? v : null;
    }, { timeout: 5000 });
    assert.ok(stored, 'migrated to schema 2');
    assert.equal(stored.lang, 'id', 'the language is kept');
    assert.deepEqual(stored.dismissed, { 'toko-contoh.com': 1700000000000 }, 'closed banners are carried over');
    assert.ok(!('dismiss:www.toko-contoh.com' in stored), 'the old key is gone');
    const options = await s.openOptions();
    try {
      assert.deepEqual(await options.locator('#trusted-list li').evaluateAll((els) => els.map((e) => e.dataset.site)),
        ['bank-saya.co.id'], 'the readable trusted entry is kept, the bad ones dropped');
      assert.equal(await options.locator('#family-name').inputValue(), '', 'the damaged family field falls back to empty');
      assert.equal(await options.locator('input[name=lang][value=id]').isChecked(), true);
    } finally {
      await options.close();
    }
    await s.setStorage({ trusted: [] });
  });

  test('family mode: the trusted contact is named on the interstitial and the banner, larger text', async () => {
    const options = await s.openOptions();
    try {
      await options.fill('#family-name', 'Budi');
      await options.fill('#family-phone', '0812 3456 7890');
      await options.check('#large-text');
      await options.click('#family-save');
      await options.waitForFunction(() => document.getElementById('saved').textContent.length > 0);
    } finally {
      await options.close();
    }
    const { family } = await s.storage('family');
    assert.deepEqual(family, { name: 'Budi', phone: '0812 3456 7890', largeText: true });
    const { page, info } = await s.visit(SITES.phishing.url);
    try {
      const w = pageWarning(info);
      assert.match(w.text, /Sebelum transfer uang, telepon Budi: 0812 3456 7890/, w.text);
      const href = await s.shadow(page, '#waspada-family a').getAttribute('href');
      assert.equal(href, 'tel:081234567890');
      assert.equal(await s.shadow(page, '.content.large').count(), 1, 'larger text is applied');
    } finally {
      await page.close();
    }
    const banner = await s.visit(SITES.jobScam.url);
    try {
      const w = pageWarning(banner.info);
      assert.ok(w, summarize(banner.info));
      assert.match(w.text, /telepon Budi/, `the family line shows on the ${w.level} screen too: ${w.text}`);
    } finally {
      await banner.page.close();
    }
    await s.setStorage({ family: { name: 'Budi', phone: '0812 3456 7890', largeText: false } });
  });

  test('PIN lock: options are locked, a wrong PIN is refused, trust from a warning needs the PIN', async () => {
    const options = await s.openOptions();
    try {
      await options.fill('#pin-new', PIN);
      await options.fill('#pin-confirm', PIN);
      await options.click('#pin-set');
      await options.waitForSelector('body[data-locked="true"]');
      const { pin } = await s.storage('pin');
      assert.match(pin.hash, /^[0-9a-f]{64}$/, 'a SHA-256 sized hash is stored');
      assert.match(pin.salt, /^[0-9a-f]{32}$/, 'with a random salt');
      assert.ok(!JSON.stringify(await s.storage(null)).includes(PIN), 'the PIN itself is stored nowhere');
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
      await options.screenshot({ path: resultsPath('chromium-options-locked-wrong-pin-id.png'), fullPage: true });
      await options.fill('#pin-unlock', PIN);
      await options.click('#unlock');
      await options.waitForSelector('body[data-locked="false"]');
      assert.equal(await options.locator('#family-name').isDisabled(), false, 'the right PIN unlocks');
    } finally {
      await options.close();
    }
    // trusting the phishing page now needs the PIN
    const { page, info } = await s.visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
      await s.shadow(page, '#waspada-trust').click();
      assert.equal(await s.shadow(page, '#waspada-pin').count(), 1, 'the PIN is asked for');
      await s.shadow(page, '#waspada-pin').fill('1111');
      await s.shadow(page, '#waspada-trust-yes').click();
      await page.waitForFunction(() => document.querySelector('waspada-alert')?.shadowRoot
        .querySelector('#waspada-trust-status')?.textContent.length > 0);
      assert.match(await s.shadow(page, '#waspada-trust-status').textContent(), /PIN salah/);
      assert.deepEqual((await s.storage('trusted')).trusted, [], 'a wrong PIN trusts nothing');
      assert.equal(pageWarning(await page.evaluate(inspectPage))?.level, 'danger', 'the warning stays');
      await s.shadow(page, '#waspada-pin').fill(PIN);
      await s.shadow(page, '#waspada-trust-yes').click();
      await pollFor(async () => ((await page.evaluate(inspectPage)).alerts.length === 0 ? true : null), { timeout: 5000 });
      assert.deepEqual((await s.storage('trusted')).trusted, ['klikbca-verifikasi.com'], 'the right PIN trusts the site');
    } finally {
      await page.close();
    }
    await s.setStorage({ trusted: [], pin: null });
  });


  // What a parent who locked the settings expects on the page: nothing done there changes Waspada
  // for next time without the PIN. Trust asks for it (above); closing a banner lasts until the
  // next visit, and the button says so; reading one hidden comment changes nothing, is not
  // remembered, and so stays open to everyone (a misjudged comment can still be read).
  test('under the PIN lock: a closed banner comes back on the next visit, a hidden comment can be read once', async () => {
    await s.setStorage({ pin: await s.ext(async (p) => (await import(chrome.runtime.getURL('shared/settings.js'))).hashPin(p), PIN),
      dismissed: {} });
    const banner = await s.visit(SITES.jobScam.url);
    try {
      assert.equal(pageWarning(banner.info)?.level, 'warning', summarize(banner.info));
      const close = s.shadow(banner.page, '#waspada-close');
      assert.match(await close.getAttribute('aria-label'), /untuk sekarang/, 'the close button says it closes for now');
      await close.click();
      assert.equal((await banner.page.evaluate(inspectPage)).alerts.length, 0, 'closed');
      assert.deepEqual((await s.storage('dismissed')).dismissed, {}, 'not remembered');
      await banner.page.reload({ waitUntil: 'load' });
      const again = await pollFor(async () => pageWarning(await banner.page.evaluate(inspectPage)));
      assert.equal(again?.level, 'warning', 'the banner is back on the next visit');
    } finally {
      await banner.page.close();
    }
    const comments = await s.visit(COMMENT_SITES.instagram.url, { expect: false });
    try {
      const first = (await comments.page.evaluate(() => window.FIXTURE)).gambling[0];
      const label = comments.page.locator(`waspada-alert[scope="comment"]:has(+ [data-fixture="${first}"])`);
      await label.locator('button.reveal').click({ timeout: 10_000 });
      assert.equal((await comments.page.evaluate(commentState)).comments[first].hidden, false, 'shown without a PIN');
      const before = await s.storage(null);
      await comments.page.reload({ waitUntil: 'load' });
      const st = await pollFor(async () => {
        const v = await comments.page.evaluate(commentState);
        return v.comments[first]?.label ? v : null;
      });
      assert.equal(st?.comments[first].hidden, true, 'hidden again after a reload');
      assert.deepEqual(await s.storage(null), before, 'nothing stored by reading it');
    } finally {
      await comments.page.close();
    }
    await s.setStorage({ pin: null, dismissed: {} });
  });

  test('popup: report buttons for the tab (copy + channel tab) and for a checked message (its phone number → aduannomor.id)', async () => {
    const page = await s.context.newPage();
    await page.goto(SITES.phishing.url, { waitUntil: 'load' });
    const tabId = await s.tabIdOf(SITES.phishing.url);
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `chrome-extension://${s.extId}` }).catch(() => {});
    const { popup } = await s.openPopup(tabId);
    try {
      const [tab] = await Promise.all([
        s.context.waitForEvent('page', { timeout: 5000 }),
        popup.click('#report button.report[data-channel="aduankonten"]'),
      ]);
      await tab.waitForURL(/^https:\/\/aduankonten\.id\//, { timeout: 5000 });
      await popup.waitForFunction(() => document.getElementById('report-status').textContent.length > 0);
      const copied = await popup.evaluate(() => document.getElementById('report-list').dataset.copied);
      assert.ok(copied.includes(SITES.phishing.url), `the popup copied a report with the tab's URL: ${copied}`);
      await tab.close();
      await popup.fill('#check-input', 'Selamat! Anda pemenang undian Rp100 juta. Hubungi 0812-9988-7766 dan transfer biaya admin Rp500.000 ke rekening BRI 1234567890 a.n. Panitia.');
      await popup.click('#check-button');
      await popup.waitForSelector('#check-result[data-level]:not([data-level="none"])');
      const level = await popup.evaluate(() => document.getElementById('check-result').dataset.level);
      const channels = await popup.evaluate(() => [...document.querySelectorAll('#check-report-list button.report')]
        .map((b) => b.dataset.channel));
      if (level === 'warning' || level === 'danger') {
        assert.ok(channels.includes('aduannomor'), `a message with a phone number → aduannomor.id: ${channels}`);
        assert.ok(channels.includes('cekrekening'), `a message with a bank account → cekrekening.id: ${channels}`);
      } else {
        assert.deepEqual(channels, [], 'nothing to report for a message that is not flagged');
      }
    } finally {
      await popup.close();
      await page.close();
    }
  });

  test('interstitial: "Saya mengerti risikonya, lanjutkan" lifts it for this session', async () => {
    const { page, info } = await s.visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
      await s.shadow(page, '#waspada-proceed').click();
      await sleep(300);
      assert.equal((await page.evaluate(inspectPage)).alerts.length, 0);
      assert.equal((await s.quietAfterReload(page)).alerts.length, 0, 'not shown again this session');
    } finally {
      await page.close();
    }
  });
});
