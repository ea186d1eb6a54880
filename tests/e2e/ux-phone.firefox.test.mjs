// End-to-end, Firefox ESR at a phone's width (360 × 740, Firefox for Android's smallest common
// screen): the interstitial and the banner, with and without family mode's larger text. Nothing
// may need sideways scrolling, the way out must be on the first screen, and the banner's sentence
// must get the width of the screen (beside its buttons it was a column of one or two words a
// line). The popup and Options at 360 px are checked in ux-surfaces.firefox.test.mjs.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SITES } from './sites.mjs';
import { firefoxSession } from './ux-firefox-session.mjs';
import { pageWarning, summarize, resultsPath, publishScreenshot, widthProblems } from './helpers.mjs';

const HOST = 'waspada-alert[scope="page"]';

describe('Waspada in Firefox ESR on a 360 px phone screen: interstitial and banner', { timeout: 200_000 }, () => {
  const s = firefoxSession({ width: 360, height: 740 });
  before(() => s.start());
  after(() => s.stop());

  for (const largeText of [false, true]) {
    const text = largeText ? 'larger text' : 'normal text';

    test(`interstitial, ${text}: fits the width, "Kembali ke tempat aman" on the first screen`, async () => {
      await s.setStorage({ family: { name: 'Budi', phone: '0812 3456 7890', largeText } });
      const { page, info } = await s.visit(SITES.phishing.url);
      try {
        assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
        assert.deepEqual(await page.evaluate(widthProblems, HOST), []);
        const back = await page.evaluate(() => {
          const r = document.querySelector('waspada-alert').shadowRoot.getElementById('waspada-back').getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, width: r.width, screen: innerHeight };
        });
        assert.ok(back.bottom <= back.screen, `the way out is visible without scrolling: ${JSON.stringify(back)}`);
        assert.ok(back.width >= 300, `and easy to tap (full width): ${back.width} px`);
        const shot = resultsPath(`firefox-phone-interstitial-${largeText ? 'large' : 'normal'}.png`);
        await page.screenshot({ path: shot });
        if (!largeText) publishScreenshot(shot, 'firefox-phone-interstitial-id.png');
      } finally {
        await page.close();
      }
    });

    test(`banner, ${text}: the sentence gets the screen's width, buttons in reach, "Kenapa?" panel fits`, async () => {
      await s.setStorage({ family: { name: 'Budi', phone: '0812 3456 7890', largeText } });
      const { page, info } = await s.visit(SITES.jobScam.url);
      try {
        assert.equal(pageWarning(info)?.level, 'warning', summarize(info));
        const layout = await page.evaluate(() => {
          const root = document.querySelector('waspada-alert').shadowRoot;
          const box = (sel) => root.querySelector(sel).getBoundingClientRect();
          return { message: box('.message').width, bar: box('.bar').height, screen: document.documentElement.clientWidth,
            why: box('#waspada-why').bottom, close: box('#waspada-close').bottom };
        });
        assert.ok(layout.message >= 0.85 * layout.screen, `the sentence is ${layout.message} px wide on a ${layout.screen} px screen`);
        assert.ok(layout.bar <= 0.3 * 740, `the banner leaves the page most of the screen: ${layout.bar} px`);
        assert.deepEqual(await page.evaluate(widthProblems, HOST), [], 'the bar fits');
        await s.clickIn(page, '#waspada-why');
        assert.deepEqual(await page.evaluate(widthProblems, HOST), [], 'the open panel fits');
        const shot = resultsPath(`firefox-phone-banner-${largeText ? 'large' : 'normal'}.png`);
        await page.screenshot({ path: shot });
        if (!largeText) publishScreenshot(shot, 'firefox-phone-banner-id.png');
      } finally {
        await page.close();
      }
    });
  }
});
