// End-to-end, Firefox ESR: settings an organisation (an NGO, a school) manages through the
// browser's policies (managed_schema.json): a trusted contact and a lock no PIN opens. Firefox
// reads them from a managed-storage file (ux-firefox-session.mjs gives the browser a throwaway
// HOME with one), so this is the real storage.managed path. What the person at the screen gets:
// the organisation's contact on every warning, no "this site is safe" button anywhere, a banner
// that closes only for now, Options they can read but not change, and hidden comments that can
// still be read one at a time.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SITES } from './sites.mjs';
import { COMMENT_SITES } from './comment-sites.mjs';
import { firefoxSession } from './ux-firefox-session.mjs';
import {
  inspectPage, pageWarning, pollFor, summarize, commentState, axeSource, runAxeAll, widthProblems, resultsPath, publishScreenshot, managedOptionsView, assertManagedOptions,
} from './helpers.mjs';

const POLICY = { contactName: 'Posko Warga', contactPhone: '0811 000 111', lockSettings: true };

describe('Waspada in Firefox ESR: settings locked by an organisation (browser policy)', { timeout: 200_000 }, () => {
  const s = firefoxSession({ managed: POLICY });
  before(async () => {
    await s.start();
    // the user's own contact stays underneath, unused while the organisation sets one
    await s.setStorage({ family: { name: 'Budi', phone: '0812 3456 7890', largeText: false } });
  });
  after(() => s.stop());

  test('interstitial: the organisation\'s contact is named, no "this site is safe" button, going back still works', async () => {
    const { page, info } = await s.visit(SITES.phishing.url);
    try {
      const w = pageWarning(info);
      assert.equal(w?.level, 'danger', summarize(info));
      assert.match(w.text, /Sebelum transfer uang, telepon Posko Warga: 0811 000 111/, w.text);
      assert.doesNotMatch(w.text, /Budi/, 'the organisation\'s contact wins over the user\'s');
      const buttons = await page.evaluate(() => [...document.querySelector('waspada-alert').shadowRoot.querySelectorAll('button')]
        .map((b) => b.id).filter(Boolean));
      assert.ok(!buttons.includes('waspada-trust'), `no trust button: ${buttons}`);
      assert.ok(buttons.includes('waspada-back') && buttons.includes('waspada-proceed'), `back and proceed remain: ${buttons}`);
    } finally {
      await page.close();
    }
  });

  test('banner: no trust button in "Kenapa?", closing lasts until the next visit', async () => {
    const { page, info } = await s.visit(SITES.jobScam.url);
    try {
      assert.equal(pageWarning(info)?.level, 'warning', summarize(info));
      await s.clickIn(page, '#waspada-why');
      const view = await page.evaluate(() => {
        const root = document.querySelector('waspada-alert').shadowRoot;
        return { trust: !!root.querySelector('#waspada-trust'), close: root.querySelector('#waspada-close').getAttribute('aria-label') };
      });
      assert.equal(view.trust, false, 'no trust button');
      assert.match(view.close, /untuk sekarang/, `the close button says it closes for now: "${view.close}"`);
      await s.clickIn(page, '#waspada-close');
      assert.deepEqual((await s.storage('dismissed')).dismissed ?? {}, {}, 'not remembered');
      await page.reload({ waitUntil: 'load' });
      assert.equal((await pollFor(async () => pageWarning(await page.evaluate(inspectPage))))?.level, 'warning', 'back on the next visit');
    } finally {
      await page.close();
    }
  });

  test('Options: says the organisation manages them, nothing can be changed, no PIN form; accessible and 360 px wide', async () => {
    const options = await s.openOptions({ width: 360, height: 800 });
    try {
      assertManagedOptions(await options.evaluate(managedOptionsView), POLICY.contactName);
      await options.evaluate(axeSource());
      const problems = [...await options.evaluate(runAxeAll, null), ...await options.evaluate(widthProblems)];
      assert.deepEqual(problems, []);
      const shot = resultsPath('firefox-options-managed-id.png');
      await options.screenshot({ path: shot, fullPage: true });
      publishScreenshot(shot, 'firefox-options-managed-id.png');
    } finally {
      await options.close();
    }
  });

  test('comment shield: a hidden comment can still be read, and nothing is stored', async () => {
    const { page } = await s.visit(COMMENT_SITES.facebook.url, { expect: false });
    try {
      const first = (await page.evaluate(() => window.FIXTURE)).gambling[0];
      assert.ok(await pollFor(async () => ((await page.evaluate(commentState)).comments[first]?.hidden ? true : null)), 'hidden');
      const before = await s.storage(null);
      await page.evaluate((id) => document.querySelector(`[data-fixture="${id}"]`).previousElementSibling
        .shadowRoot.querySelector('button.reveal').click(), first);
      assert.equal((await page.evaluate(commentState)).comments[first].hidden, false, 'shown');
      assert.deepEqual(await s.storage(null), before, 'nothing stored');
    } finally {
      await page.close();
    }
  });
});
