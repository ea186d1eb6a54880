// End-to-end, Firefox ESR: the surfaces themselves. The popup (opened as a tab for the page's tab,
// as Firefox for Android shows it): verdict, reasons, evidence, family line, reporting, the
// paste-a-message-or-link checker. axe-core (WCAG 2.2 A/AA, every impact) on every surface; the
// popup and Options at 360 px; screenshots (the popup and Options at 360 px go to
// docs/screenshots with WASPADA_UPDATE_SCREENSHOTS=1). The comment shield on the four sites is
// in ux-comments.firefox.test.mjs (each file stays within run.mjs's time limit).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SITES } from './sites.mjs';
import { COMMENT_SITES } from './comment-sites.mjs';
import { firefoxSession } from './ux-firefox-session.mjs';
import {
  resultsPath, publishScreenshot, pageWarning, pollFor, summarize, axeSource, runAxeAll, readPopup, widthProblems,
} from './helpers.mjs';

const PIN = '4826';
const FAMILY = { name: 'Budi', phone: '0812 3456 7890', largeText: false };
const PRIZE_SCAM = 'Selamat! Anda pemenang undian Rp100 juta. Hubungi 0812-9988-7766 dan transfer biaya admin Rp500.000 '
  + 'ke rekening BRI 1234567890 a.n. Panitia.';

describe('Waspada in Firefox ESR: popup, accessibility, 360 px, screenshots', { timeout: 300_000 }, () => {
  const s = firefoxSession();
  before(async () => {
    await s.start();
    await s.setStorage({ family: FAMILY });
  });
  after(() => s.stop());

  /** Open `url` and the popup for its tab. */
  async function popupFor(url, size) {
    const { page, info } = await s.visit(url);
    const tabId = await s.tabIdOf(url);
    assert.ok(Number.isInteger(tabId), 'the tab answers the popup\'s ping');
    return { page, info, ...(await s.openPopup(tabId, size)) };
  }

  test('popup for a danger tab: verdict, reasons with evidence, family line, report links; the checker for a message and a link', async () => {
    const { page, info, popup, level } = await popupFor(SITES.phishing.url);
    try {
      assert.equal(level, 'danger', 'the popup tells the tab\'s verdict');
      const view = await popup.evaluate(readPopup);
      assert.match(view.title, /Sangat mungkin penipuan/, view.title);
      assert.ok(view.advice.length > 20, `it says what to do: "${view.advice}"`);
      const shown = pageWarning(info).reasons.map((r) => r.rule);
      assert.deepEqual(view.reasons.map((r) => r.rule).slice(0, shown.length), shown, 'the same reasons as the interstitial, same order');
      const evidence = await popup.evaluate(() => [...document.querySelectorAll('#reasons li.reason .reason-evidence')]
        .map((e) => e.textContent));
      assert.ok(evidence.some((e) => /^Bukti: klikbca-verifikasi\.com$/.test(e)), `the evidence, named as such, quotes the page: ${JSON.stringify(evidence)}`);
      assert.match(await popup.$eval('#family-line', (e) => e.textContent), /Sebelum transfer uang, telepon Budi: 0812 3456 7890/);
      assert.match(view.pack, /\d{4}\.\d{1,2}\.\d{1,2}/, `the rule pack's version: "${view.pack}"`);
      // report: the evidence is copied, the official channel opens in a new tab
      const opened = s.browser.waitForTarget((t) => t.url().startsWith('https://aduankonten.id'), { timeout: 8000 });
      await popup.click('#report button.report[data-channel="aduankonten"]');
      const target = await opened;
      await (await target.page().catch(() => null))?.close().catch(() => {});
      await popup.waitForFunction(() => document.getElementById('report-status').textContent.length > 0);
      assert.match(await popup.$eval('#report-status', (e) => e.textContent), /disalin/);
      const copied = await popup.evaluate(() => document.getElementById('report-list').dataset.copied);
      assert.ok(copied.includes(SITES.phishing.url), `the report names the page: ${copied}`);
      // the checker: a pasted scam message, then a pasted link
      await popup.type('#check-input', PRIZE_SCAM);
      await popup.click('#check-button');
      await popup.waitForSelector('#check-result[data-level]:not([data-level="none"])');
      const message = await popup.evaluate(() => ({
        level: document.getElementById('check-result').dataset.level,
        reasons: document.querySelectorAll('#check-reasons li.reason').length,
        channels: [...document.querySelectorAll('#check-report-list button.report')].map((b) => b.dataset.channel),
      }));
      assert.ok(['warning', 'danger'].includes(message.level), `a prize scam message is flagged: ${message.level}`);
      assert.ok(message.reasons >= 1, 'with its reasons');
      assert.ok(message.channels.includes('aduannomor'), `its phone number → aduannomor.id: ${message.channels}`);
      assert.ok(message.channels.includes('cekrekening'), `its bank account → cekrekening.id: ${message.channels}`);
      await popup.evaluate(() => { document.getElementById('check-input').value = ''; });
      await popup.type('#check-input', 'http://klikbca-verifikasi.com/login');
      await popup.click('#check-button');
      await popup.waitForFunction(() => document.querySelector('#check-reasons li.reason[data-category="phishing"]'));
      assert.ok(['warning', 'danger'].includes(await popup.$eval('#check-result', (e) => e.dataset.level)), 'a look-alike bank link is flagged');
      assert.deepEqual(await popup.evaluate(widthProblems), [], 'everything fits 360 px');
    } finally {
      await popup.close();
      await page.close();
    }
  });

  test('popup for a page that is not flagged: no report section, a pasted harmless message is safe', async () => {
    const { page, popup, level } = await (async () => {
      const p = await s.visit(SITES.newsWeather.url, { expect: false });
      const tabId = await s.tabIdOf(SITES.newsWeather.url);
      return { page: p.page, ...(await s.openPopup(tabId)) };
    })();
    try {
      assert.ok(['safe', 'caution'].includes(level), `a weather article: ${level}`);
      assert.equal(await popup.$eval('#report', (e) => e.hidden), true, 'nothing to report');
      assert.equal(await popup.$eval('#family-line', (e) => e.hidden), true, 'no call to make');
      await popup.type('#check-input', 'Bu, nanti sore jadi arisan di rumah Bu RT jam 4 ya. Bawa kue seperti biasa.');
      await popup.click('#check-button');
      await popup.waitForSelector('#check-result[data-level]:not([data-level="none"])');
      assert.equal(await popup.$eval('#check-result', (e) => e.dataset.level), 'safe');
      assert.equal(await popup.$eval('#check-report-list', (e) => e.hidden), true);
      // "Pengaturan" opens Options in a tab
      const before = new Set(await s.browser.pages());
      await popup.evaluate(() => document.getElementById('open-options').click());
      const options = await pollFor(async () => {
        for (const p of await s.browser.pages()) {
          if (!before.has(p) && /\/options\/options\.html$/.test(await p.evaluate(() => location.href).catch(() => ''))) return p;
        }
        return null;
      }, { timeout: 8000 });
      assert.ok(options, 'Options opened');
      await options.close();
    } finally {
      await popup.close();
      await page.close();
    }
  });

  test('accessibility (axe-core, WCAG 2.2 A/AA, every impact): interstitial, banner, popup, Options (unlocked, locked), comment label; 360 px', async () => {
    const axe = axeSource();
    const problems = [];
    const check = async (page, what, selector = null) => {
      await page.evaluate(axe);
      problems.push(...(await page.evaluate(runAxeAll, selector)).map((f) => `${what}: ${f}`));
    };
    {
      const { page, info } = await s.visit(SITES.phishing.url);
      try {
        assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
        await s.clickIn(page, '#waspada-trust'); // the confirmation open too
        await page.evaluate(() => { document.querySelector('waspada-alert').shadowRoot.querySelector('details').open = true; });
        await check(page, 'interstitial', ['waspada-alert[scope="page"]', '*']);
      } finally {
        await page.close();
      }
    }
    for (const url of [SITES.jobScam.url, SITES.phishingCsp.url]) {
      const { page, info } = await s.visit(url);
      try {
        const w = pageWarning(info);
        assert.ok(w, summarize(info));
        if (w.level === 'warning') await s.clickIn(page, '#waspada-why');
        await check(page, `${w.level} ${url}`, ['waspada-alert[scope="page"]', '*']);
      } finally {
        await page.close();
      }
    }
    {
      const { page, popup } = await popupFor(SITES.phishing.url);
      try {
        await popup.type('#check-input', PRIZE_SCAM);
        await popup.click('#check-button');
        await popup.waitForSelector('#check-result[data-level]:not([data-level="none"])');
        await check(popup, 'popup');
        problems.push(...(await popup.evaluate(widthProblems)).map((f) => `popup at 360 px: ${f}`));
      } finally {
        await popup.close();
        await page.close();
      }
    }
    await s.setStorage({ trusted: ['toko-contoh.com'] });
    const options = await s.openOptions({ width: 360, height: 800 });
    try {
      await check(options, 'options');
      problems.push(...(await options.evaluate(widthProblems)).map((f) => `options at 360 px: ${f}`));
      await options.type('#pin-new', PIN);
      await options.type('#pin-confirm', PIN);
      await options.click('#pin-set');
      await options.waitForSelector('body[data-locked="true"]');
      await options.type('#pin-unlock', '0000');
      await options.click('#unlock');
      await options.waitForFunction(() => document.getElementById('pin-status').textContent.length > 0);
      await check(options, 'options (locked)');
      problems.push(...(await options.evaluate(widthProblems)).map((f) => `options (locked) at 360 px: ${f}`));
    } finally {
      await options.close();
    }
    await s.setStorage({ trusted: [], pin: null });
    {
      const { page } = await s.visit(COMMENT_SITES.tiktok.url, { expect: false });
      try {
        await page.waitForSelector('waspada-alert[scope="comment"]', { timeout: 10_000 });
        await check(page, 'comment label', ['waspada-alert[scope="comment"]', '*']);
      } finally {
        await page.close();
      }
    }
    assert.deepEqual(problems, [], `found:\n  ${problems.join('\n  ')}`);
  });

  test('screenshots in Bahasa Indonesia and English: the popup and Options at 360 px, the interstitial and banner', async () => {
    // The popup and Options whole (a page the reader scrolls); a warning as it covers the screen.
    const shoot = async (page, name, publish = false) => {
      const file = resultsPath(`firefox-${name}.png`);
      await page.screenshot({ path: file, fullPage: publish });
      if (publish) publishScreenshot(file, `firefox-${name}.png`);
    };
    for (const lang of ['id', 'en']) {
      await s.setStorage({ lang, family: FAMILY, trusted: [], pin: null, dismissed: {} });
      const { page, popup } = await popupFor(SITES.phishing.url, { width: 360, height: 640 });
      try {
        assert.match(await popup.$eval('#family-line', (e) => e.textContent),
          lang === 'id' ? /Sebelum transfer uang/ : /Before you transfer any money/, 'the popup speaks the chosen language');
        await shoot(popup, `popup-${lang}`, true);
        await page.bringToFront();
        await shoot(page, `interstitial-${lang}`);
      } finally {
        await popup.close();
        await page.close();
      }
      const banner = await s.visit(SITES.jobScam.url);
      try {
        if (pageWarning(banner.info)?.level === 'warning') await s.clickIn(banner.page, '#waspada-why');
        await shoot(banner.page, `banner-${lang}`);
      } finally {
        await banner.page.close();
      }
      const options = await s.openOptions({ width: 360, height: 640 });
      try {
        await shoot(options, `options-${lang}`, true);
      } finally {
        await options.close();
      }
    }
    await s.setStorage({ lang: 'id' });
  });
});
