// End-to-end, Firefox ESR: the main actions on warnings and the comment shield, in Debian's
// Firefox with puppeteer-core (WebDriver BiDi). Same loopback server as firefox.test.mjs, used as
// the browser's only proxy; https (the HSTS-preloaded comment sites, the reporting channels) is
// tunnelled by that server into its own TLS endpoint only, with a throwaway certificate.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { startServer } from './server.mjs';
import { SITES } from './sites.mjs';
import { COMMENT_SITES } from './comment-sites.mjs';
import {
  requireDist, resultsPath, inspectPage, pageWarning, pollFor, sleep, summarize, commentState, axeSource, runAxeAll, QUIET_MS, firefoxLoopbackPrefs,
} from './helpers.mjs';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const UUID = '5a1e5a1e-0000-4000-8000-000000000001'; // fixed moz-extension:// host for the add-on

describe('Waspada in Firefox ESR: actions on warnings, comment shield', { timeout: 240_000 }, () => {
  let dir, server, browser;

  before(async () => {
    dir = requireDist('firefox');
    server = await startServer();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: {
        ...firefoxLoopbackPrefs(server.port),
        'intl.locale.requested': 'id',
        'extensions.webextensions.uuids': JSON.stringify({ 'waspada@scam-shield': UUID }),
      },
    });
    await browser.installExtension(dir);
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await server?.close();
  });

  async function visit(url) {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const info = (await pollFor(async () => {
      const i = await page.evaluate(inspectPage);
      return pageWarning(i) ? i : null;
    })) ?? (await page.evaluate(inspectPage).catch(() => null));
    return { page, info };
  }

  /**
   * The options page. WebDriver BiDi may not navigate to moz-extension:// itself, but a tab the
   * extension took there may be driven: a danger page opened in a fresh tab, "Kembali ke tempat
   * aman" (nothing to go back to) → the extension's safe page → from there, its options page.
   */
  async function optionsPage() {
    const { page, info } = await visit(SITES.phishing.url);
    assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
    await clickIn(page, '#waspada-back');
    await pollFor(async () => ((await page.evaluate(() => location.protocol).catch(() => '')) === 'moz-extension:' ? true : null),
      { timeout: 8000 });
    await page.evaluate(() => location.assign('/options/options.html'));
    await pollFor(async () => ((await page.evaluate(() => document.body?.dataset.ready).catch(() => null)) === 'true' ? true : null),
      { timeout: 8000 });
    return page;
  }

  /** Click an element inside the page-level warning's shadow root. */
  const clickIn = (page, selector) => page.evaluate((sel) => {
    document.querySelector('waspada-alert[scope="page"]').shadowRoot.querySelector(sel).click();
  }, selector);
  const textIn = (page, selector) => page.evaluate((sel) =>
    document.querySelector('waspada-alert[scope="page"]')?.shadowRoot.querySelector(sel)?.textContent ?? '', selector);

  test('interstitial: "Kembali ke tempat aman" goes back', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(SITES.newsWeather.url, { waitUntil: 'load' });
      await page.goto(SITES.phishing.url, { waitUntil: 'load' });
      const info = await pollFor(async () => {
        const i = await page.evaluate(inspectPage);
        return pageWarning(i) ? i : null;
      });
      assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
      await Promise.all([page.waitForNavigation({ timeout: 5000 }).catch(() => {}), clickIn(page, '#waspada-back')]);
      await pollFor(async () => (page.url() === SITES.newsWeather.url ? true : null), { timeout: 5000 });
      assert.equal(page.url(), SITES.newsWeather.url);
    } finally {
      await page.close();
    }
  });

  test('report: one click opens aduankonten.id in a new tab and says the evidence was copied', async () => {
    const { page, info } = await visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
      const opened = browser.waitForTarget((t) => t.url().startsWith('https://aduankonten.id'), { timeout: 8000 });
      await clickIn(page, 'button.report[data-channel="aduankonten"]');
      const target = await opened;
      assert.ok(target, 'a tab opened on aduankonten.id');
      const status = await textIn(page, '#waspada-report-status');
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

  test('banner: "Situs ini aman" trusts the site, and it stays trusted on reload', async () => {
    const { page, info } = await visit(SITES.judol.url);
    try {
      const w = pageWarning(info);
      assert.ok(w, summarize(info));
      if (w.level === 'warning') await clickIn(page, '#waspada-why');
      await clickIn(page, '#waspada-trust');
      await clickIn(page, '#waspada-trust-yes');
      await pollFor(async () => ((await page.evaluate(inspectPage)).alerts.length === 0 ? true : null), { timeout: 5000 });
      assert.equal((await page.evaluate(inspectPage)).alerts.length, 0, 'the warning is gone');
      await page.reload({ waitUntil: 'load' });
      await sleep(QUIET_MS + 2000);
      assert.equal((await page.evaluate(inspectPage)).alerts.length, 0, 'still trusted after a reload');
    } finally {
      await page.close();
    }
  });

  test('accessibility in Firefox (axe-core, WCAG 2.2 A/AA, every impact): interstitial, banner, options', async () => {
    const axe = axeSource();
    const problems = [];
    for (const url of [SITES.phishingCsp.url, SITES.jobScam.url]) {
      const { page, info } = await visit(url);
      try {
        const w = pageWarning(info);
        assert.ok(w, summarize(info));
        if (w.level === 'warning') await clickIn(page, '#waspada-why');
        await page.evaluate(axe);
        problems.push(...(await page.evaluate(runAxeAll, ['waspada-alert[scope="page"]', '*'])).map((f) => `${w.level} ${url}: ${f}`));
      } finally {
        await page.close();
      }
    }
    const options = await optionsPage();
    try {
      await options.evaluate(axe);
      problems.push(...(await options.evaluate(runAxeAll, null)).map((f) => `options: ${f}`));
    } finally {
      await options.close();
    }
    assert.deepEqual(problems, [], `axe-core found:\n  ${problems.join('\n  ')}`);
  });

  test('PIN lock: the options page locks with a PIN, a wrong PIN is refused, and trust then needs it', async () => {
    const options = await optionsPage();
    try {
      await options.type('#pin-new', '4826');
      await options.type('#pin-confirm', '4826');
      await options.click('#pin-set');
      await options.waitForSelector('body[data-locked="true"]');
      const stored = await options.evaluate(() => browser.storage.local.get('pin'));
      assert.match(stored.pin?.hash ?? '', /^[0-9a-f]{64}$/, 'a salted hash is stored');
      assert.equal(await options.$eval('#family-name', (e) => e.matches(':disabled')), true, 'locked');
      await options.type('#pin-unlock', '0000');
      await options.click('#unlock');
      await options.waitForFunction(() => document.getElementById('pin-status').textContent.length > 0);
      assert.match(await options.$eval('#pin-status', (e) => e.textContent), /PIN salah|Wrong PIN/);
      assert.equal(await options.$eval('#family-name', (e) => e.matches(':disabled')), true, 'still locked');
      await options.type('#pin-unlock', '4826');
      await options.click('#unlock');
      await options.waitForSelector('body[data-locked="false"]');
    } finally {
      await options.close();
    }
    const { page, info } = await visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
      await clickIn(page, '#waspada-trust');
      await page.evaluate(() => {
        const root = document.querySelector('waspada-alert').shadowRoot;
        root.querySelector('#waspada-pin').value = '1111';
        root.querySelector('#waspada-trust-yes').click();
      });
      await pollFor(async () => ((await textIn(page, '#waspada-trust-status')) ? true : null), { timeout: 8000 });
      assert.match(await textIn(page, '#waspada-trust-status'), /PIN salah|Wrong PIN/);
      assert.equal(pageWarning(await page.evaluate(inspectPage))?.level, 'danger', 'a wrong PIN trusts nothing');
    } finally {
      await page.close();
    }
  });

  test('interstitial: "Saya mengerti risikonya, lanjutkan" lifts it', async () => {
    const { page, info } = await visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
      await clickIn(page, '#waspada-proceed');
      await sleep(300);
      assert.equal((await page.evaluate(inspectPage)).alerts.length, 0);
    } finally {
      await page.close();
    }
  });

  test('comment shield on YouTube: judol collapsed, others untouched, reveal works, later comments shielded', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(COMMENT_SITES.youtube.url, { waitUntil: 'load' });
      const fixture = await page.evaluate(() => window.FIXTURE);
      const done = (st, ids) => ids.every((id) => st.comments[id]?.label);
      let st = await pollFor(async () => {
        const v = await page.evaluate(commentState);
        return done(v, fixture.gambling) ? v : null;
      }) ?? (await page.evaluate(commentState));
      for (const id of fixture.gambling) assert.ok(st.comments[id].hidden, `${id} collapsed: ${JSON.stringify(st)}`);
      for (const id of fixture.normal) assert.equal(st.comments[id].label, null, `${id} untouched`);
      await page.screenshot({ path: resultsPath('firefox-comments-youtube.png') });
      const first = fixture.gambling[0];
      await page.evaluate((id) => document.querySelector(`[data-fixture="${id}"]`).previousElementSibling
        .shadowRoot.querySelector('button').click(), first);
      st = await page.evaluate(commentState);
      assert.equal(st.comments[first].hidden, false, 'revealed');
      await page.evaluate(() => window.loadMore());
      st = await pollFor(async () => {
        const v = await page.evaluate(commentState);
        return done(v, fixture.more.gambling) ? v : null;
      }) ?? (await page.evaluate(commentState));
      for (const id of fixture.more.gambling) assert.ok(st.comments[id]?.hidden, `${id} (loaded later) collapsed`);
      for (const id of fixture.more.normal) assert.equal(st.comments[id]?.hidden, false, `${id} (loaded later) untouched`);
      assert.equal(st.pageAlerts, 0, 'no page-level warning for comments');
    } finally {
      await page.close();
    }
  });
});
