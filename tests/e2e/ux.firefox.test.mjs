// End-to-end, Firefox ESR: what a person does with a warning. Go back, report, trust, proceed,
// family mode (the trusted contact on the danger and warning screens, larger text), the PIN lock
// of Options, and what a lock changes on the page itself (trust needs the PIN, closing a banner is
// not remembered, a hidden comment can still be read). The session (ux-firefox-session.mjs) is
// Debian's Firefox with puppeteer-core; the popup, the comment shield on every site, axe-core and
// 360 px are in ux-surfaces.firefox.test.mjs.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SITES } from './sites.mjs';
import { COMMENT_SITES } from './comment-sites.mjs';
import { firefoxSession } from './ux-firefox-session.mjs';
import { inspectPage, pageWarning, pollFor, sleep, summarize, commentState, QUIET_MS } from './helpers.mjs';

const PIN = '4826';
const FAMILY = { name: 'Budi', phone: '0812 3456 7890' };

describe('Waspada in Firefox ESR: actions on warnings and settings', { timeout: 300_000 }, () => {
  const s = firefoxSession();
  before(() => s.start());
  after(() => s.stop());

  test('interstitial: "Kembali ke tempat aman" goes back', async () => {
    const page = await s.browser.newPage();
    try {
      await page.goto(SITES.newsWeather.url, { waitUntil: 'load' });
      await page.goto(SITES.phishing.url, { waitUntil: 'load' });
      const info = await pollFor(async () => {
        const i = await page.evaluate(inspectPage);
        return pageWarning(i) ? i : null;
      });
      assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
      await Promise.all([page.waitForNavigation({ timeout: 5000 }).catch(() => {}), s.clickIn(page, '#waspada-back')]);
      await pollFor(async () => (page.url() === SITES.newsWeather.url ? true : null), { timeout: 5000 });
      assert.equal(page.url(), SITES.newsWeather.url);
    } finally {
      await page.close();
    }
  });

  test('interstitial by keyboard: the focus starts on the way out, Tab and Shift+Tab stay inside, Escape does not close it', async () => {
    const { page, info } = await s.visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
      const where = () => page.evaluate(() => {
        const host = document.querySelector('waspada-alert');
        return { inside: document.activeElement === host, id: host.shadowRoot.activeElement?.id ?? '' };
      });
      assert.deepEqual(await where(), { inside: true, id: 'waspada-back' }, '"Kembali ke tempat aman" has the focus');
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        assert.equal((await where()).inside, true, `focus left the interstitial after ${i + 1} Tab presses`);
      }
      await page.keyboard.down('Shift');
      for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      assert.equal((await where()).inside, true, 'Shift+Tab stays inside');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await sleep(300);
      const after = await page.evaluate(inspectPage);
      assert.equal(pageWarning(after)?.level, 'danger', 'still shown after Escape twice');
      assert.equal(after.pageBlocked, true, 'and the page behind still cannot be used');
    } finally {
      await page.close();
    }
  });

  test('report: one click opens aduankonten.id in a new tab and says the evidence was copied', async () => {
    const { page, info } = await s.visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
      const opened = s.browser.waitForTarget((t) => t.url().startsWith('https://aduankonten.id'), { timeout: 8000 });
      await s.clickIn(page, 'button.report[data-channel="aduankonten"]');
      const target = await opened;
      assert.ok(target, 'a tab opened on aduankonten.id');
      const status = await s.textIn(page, '#waspada-report-status');
      assert.match(status, /disalin|copied/, `the user is told what to do with the evidence: "${status}"`);
      const report = await page.evaluate(() => document.querySelector('waspada-alert').shadowRoot
        .querySelector('#waspada-report-text').value);
      assert.ok(report.includes(SITES.phishing.url), 'the report text has the URL');
      const tab = await target.page().catch(() => null);
      await tab?.close().catch(() => {});
    } finally {
      await page.close();
    }
  });

  test('banner: "Situs ini aman" trusts the site, it stays trusted on reload, Options list it and remove it', async () => {
    const { page, info } = await s.visit(SITES.judol.url);
    try {
      const w = pageWarning(info);
      assert.ok(w, summarize(info));
      if (w.level === 'warning') await s.clickIn(page, '#waspada-why');
      await s.clickIn(page, '#waspada-trust');
      await s.clickIn(page, '#waspada-trust-yes');
      await pollFor(async () => ((await page.evaluate(inspectPage)).alerts.length === 0 ? true : null), { timeout: 5000 });
      assert.equal((await page.evaluate(inspectPage)).alerts.length, 0, 'the warning is gone');
      await page.reload({ waitUntil: 'load' });
      await sleep(QUIET_MS + 2000);
      assert.equal((await page.evaluate(inspectPage)).alerts.length, 0, 'still trusted after a reload');
      const site = new URL(SITES.judol.url).hostname.replace(/^www\./, '');
      assert.deepEqual((await s.storage('trusted')).trusted, [site]);
      // Options list it, and removing it there brings the warning back
      const options = await s.openOptions();
      try {
        assert.deepEqual(await options.$$eval('#trusted-list li', (lis) => lis.map((li) => li.dataset.site)), [site]);
        await options.click(`#trusted-list li[data-site="${site}"] button.remove`);
        await options.waitForFunction(() => document.querySelectorAll('#trusted-list li').length === 0);
      } finally {
        await options.close();
      }
      assert.deepEqual((await s.storage('trusted')).trusted, []);
      await page.reload({ waitUntil: 'load' });
      assert.ok(await pollFor(async () => pageWarning(await page.evaluate(inspectPage))), 'warned again once removed');
    } finally {
      await page.close();
    }
    await s.setStorage({ trusted: [] });
  });

  test('family mode: set in Options; the contact is named on the danger and warning screens, larger text', async () => {
    const options = await s.openOptions();
    try {
      await options.type('#family-name', FAMILY.name);
      await options.type('#family-phone', FAMILY.phone);
      await options.click('#large-text');
      await options.click('#family-save');
      await options.waitForFunction(() => document.getElementById('saved').textContent.length > 0);
    } finally {
      await options.close();
    }
    assert.deepEqual((await s.storage('family')).family, { ...FAMILY, largeText: true });
    const danger = await s.visit(SITES.phishing.url);
    try {
      const w = pageWarning(danger.info);
      assert.equal(w?.level, 'danger', summarize(danger.info));
      assert.match(w.text, /Sebelum transfer uang, telepon Budi: 0812 3456 7890/, w.text);
      const family = await danger.page.evaluate(() => {
        const root = document.querySelector('waspada-alert').shadowRoot;
        const line = root.querySelector('#waspada-family');
        const content = root.querySelector('.content');
        return { href: line?.querySelector('a')?.getAttribute('href'), large: content.classList.contains('large'),
          size: parseFloat(getComputedStyle(content.querySelector('h1')).fontSize) * (parseFloat(getComputedStyle(content).zoom) || 1) };
      });
      assert.equal(family.href, 'tel:081234567890', 'the number can be called with one tap');
      assert.equal(family.large, true, 'larger text is applied');
      assert.ok(family.size > 28, `the title is larger than its usual 28 px: ${family.size}`);
      const { popup } = await s.openPopup(await s.tabIdOf(SITES.phishing.url));
      try {
        const text = await popup.evaluate(() => ({ large: document.body.classList.contains('large'),
          size: parseFloat(getComputedStyle(document.body).fontSize), line: document.getElementById('family-line').textContent }));
        assert.equal(text.large, true, 'the popup uses larger text too');
        assert.ok(text.size > 15, `the popup's text is larger than its usual 15 px: ${text.size}`);
        assert.match(text.line, /telepon Budi/, 'and names the contact');
      } finally {
        await popup.close();
      }
    } finally {
      await danger.page.close();
    }
    const warning = await s.visit(SITES.jobScam.url);
    try {
      const w = pageWarning(warning.info);
      assert.equal(w?.level, 'warning', summarize(warning.info));
      assert.match(w.text, /telepon Budi: 0812 3456 7890/, `the family line shows on the warning banner too: ${w.text}`);
      assert.equal(await warning.page.evaluate(() => document.querySelector('waspada-alert').shadowRoot
        .querySelector('.banner').classList.contains('large')), true, 'and larger text');
    } finally {
      await warning.page.close();
    }
    await s.setStorage({ family: { ...FAMILY, largeText: false } });
  });

  test('PIN lock: Options lock with a PIN, a wrong PIN is refused, the right one opens them', async () => {
    const options = await s.openOptions();
    try {
      await options.type('#pin-new', PIN);
      await options.type('#pin-confirm', PIN);
      await options.click('#pin-set');
      await options.waitForSelector('body[data-locked="true"]');
      const stored = await s.storage(null);
      assert.match(stored.pin?.hash ?? '', /^[0-9a-f]{64}$/, 'a salted hash is stored');
      assert.ok(!JSON.stringify(stored).includes(PIN), 'the PIN itself is stored nowhere');
      assert.equal(await options.$eval('#family-name', (e) => e.matches(':disabled')), true, 'locked');
      assert.equal(await options.$eval('input[name=lang][value=en]', (e) => e.matches(':disabled')), true, 'the language too');
      await options.type('#pin-unlock', '0000');
      await options.click('#unlock');
      await options.waitForFunction(() => document.getElementById('pin-status').textContent.length > 0);
      assert.match(await options.$eval('#pin-status', (e) => e.textContent), /PIN salah/);
      assert.equal(await options.$eval('#family-name', (e) => e.matches(':disabled')), true, 'still locked');
      await options.type('#pin-unlock', PIN);
      await options.click('#unlock');
      await options.waitForSelector('body[data-locked="false"]');
      assert.equal(await options.$eval('#family-name', (e) => e.matches(':disabled')), false, 'the right PIN unlocks');
    } finally {
      await options.close();
    }
    const reopened = await s.openOptions();
    try {
      assert.equal(await reopened.evaluate(() => document.body.dataset.locked), 'true', 'locked again on the next visit');
    } finally {
      await reopened.close();
    }
  });

  // What a parent who locked the settings expects on the page: nothing the locked person does
  // there changes Waspada for next time without the PIN. Trusting a site asks for it; closing a
  // banner lasts until the next visit (and the button says so); reading one hidden comment changes
  // nothing and is not remembered, so it stays open to everyone (a misjudged comment can be read).
  test('under the PIN lock: trust needs the PIN, a closed banner comes back, a hidden comment can be read once', async () => {
    assert.ok((await s.storage('pin')).pin, 'the previous test set the PIN');
    const danger = await s.visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(danger.info)?.level, 'danger', summarize(danger.info));
      await s.clickIn(danger.page, '#waspada-trust');
      await danger.page.evaluate(() => {
        const root = document.querySelector('waspada-alert').shadowRoot;
        root.querySelector('#waspada-pin').value = '1111';
        root.querySelector('#waspada-trust-yes').click();
      });
      await pollFor(async () => ((await s.textIn(danger.page, '#waspada-trust-status')) ? true : null), { timeout: 8000 });
      assert.match(await s.textIn(danger.page, '#waspada-trust-status'), /PIN salah/);
      assert.equal(pageWarning(await danger.page.evaluate(inspectPage))?.level, 'danger', 'a wrong PIN trusts nothing');
      assert.deepEqual((await s.storage('trusted')).trusted, []);
    } finally {
      await danger.page.close();
    }
    const banner = await s.visit(SITES.jobScam.url);
    try {
      assert.equal(pageWarning(banner.info)?.level, 'warning', summarize(banner.info));
      const label = await banner.page.evaluate(() => document.querySelector('waspada-alert').shadowRoot
        .querySelector('#waspada-close').getAttribute('aria-label'));
      assert.match(label, /untuk sekarang/, `the close button says it closes for now: "${label}"`);
      await s.clickIn(banner.page, '#waspada-close');
      assert.equal((await banner.page.evaluate(inspectPage)).alerts.length, 0, 'closed');
      assert.deepEqual((await s.storage('dismissed')).dismissed ?? {}, {}, 'not remembered');
      await banner.page.reload({ waitUntil: 'load' });
      const again = await pollFor(async () => pageWarning(await banner.page.evaluate(inspectPage)));
      assert.equal(again?.level, 'warning', 'the banner is back on the next visit');
    } finally {
      await banner.page.close();
    }
    const comments = await s.visit(COMMENT_SITES.youtube.url, { expect: false });
    try {
      const fixture = await comments.page.evaluate(() => window.FIXTURE);
      const first = fixture.gambling[0];
      const hidden = await pollFor(async () => ((await comments.page.evaluate(commentState)).comments[first]?.hidden ? true : null));
      assert.ok(hidden, 'the judol comment is hidden');
      const before = await s.storage(null);
      await comments.page.evaluate((id) => document.querySelector(`[data-fixture="${id}"]`).previousElementSibling
        .shadowRoot.querySelector('button.reveal').click(), first);
      assert.equal((await comments.page.evaluate(commentState)).comments[first].hidden, false, 'shown without a PIN');
      assert.deepEqual(await s.storage(null), before, 'nothing stored');
      await comments.page.reload({ waitUntil: 'load' });
      const st = await pollFor(async () => {
        const v = await comments.page.evaluate(commentState);
        return v.comments[first]?.label ? v : null;
      });
      assert.equal(st?.comments[first].hidden, true, 'hidden again after a reload');
    } finally {
      await comments.page.close();
    }
    await s.setStorage({ pin: null, dismissed: {} });
  });

  test('interstitial: "Saya mengerti risikonya, lanjutkan" lifts it', async () => {
    const { page, info } = await s.visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
      await s.clickIn(page, '#waspada-proceed');
      await sleep(300);
      assert.equal((await page.evaluate(inspectPage)).alerts.length, 0);
    } finally {
      await page.close();
    }
  });
});
