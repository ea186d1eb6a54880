// End-to-end, Chromium: settings an organisation (an NGO, a school) manages through the
// browser's policies (managed_schema.json): a trusted contact and a lock no PIN opens. The
// session writes a machine policy file for the extension's id (ux-session.mjs), as an
// administrator deploys it, so this is the real chrome.storage.managed path. What the person at
// the screen gets: the organisation's contact on every warning, no "this site is safe" button,
// a banner that closes only for now, and Options they can read but not change.
// The same promises in Firefox: ux-managed.firefox.test.mjs.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SITES } from './sites.mjs';
import { uxSession, unpackedExtensionId } from './ux-session.mjs';
import { inspectPage, pageWarning, pollFor, summarize, axeSource, runAxeAll, widthProblems, resultsPath, publishScreenshot, managedOptionsView, assertManagedOptions } from './helpers.mjs';

const POLICY = { contactName: 'Posko Warga', contactPhone: '0811 000 111', lockSettings: true };

describe('Waspada in Chromium: settings locked by an organisation (browser policy)', { timeout: 200_000 }, () => {
  const s = uxSession({ managed: POLICY });
  before(async () => {
    await s.start();
    // the user's own contact stays underneath, unused while the organisation sets one
    await s.setStorage({ family: { name: 'Budi', phone: '0812 3456 7890', largeText: false } });
  });
  after(() => s.stop());

  test('the policy reaches the extension as managed storage', async () => {
    assert.equal(s.extId, unpackedExtensionId(s.dir), 'the policy is keyed by the id Chromium gave the extension');
    assert.deepEqual(await s.ext(() => chrome.storage.managed.get(null)), POLICY);
  });

  test('interstitial: the organisation\'s contact is named, no "this site is safe" button, back and proceed remain', async () => {
    const { page, info } = await s.visit(SITES.phishing.url);
    try {
      const w = pageWarning(info);
      assert.equal(w?.level, 'danger', summarize(info));
      assert.match(w.text, /Sebelum transfer uang, telepon Posko Warga: 0811 000 111/, w.text);
      assert.doesNotMatch(w.text, /Budi/, 'the organisation\'s contact wins over the user\'s');
      assert.equal(await s.shadow(page, '#waspada-trust').count(), 0, 'no trust button');
      assert.equal(await s.shadow(page, '#waspada-back').count(), 1, 'the safe way out remains');
      assert.equal(await s.shadow(page, '#waspada-proceed').count(), 1, 'the person may still go on, at their own risk');
    } finally {
      await page.close();
    }
  });

  test('banner: no trust button in "Kenapa?", closing lasts until the next visit', async () => {
    const { page, info } = await s.visit(SITES.jobScam.url);
    try {
      assert.equal(pageWarning(info)?.level, 'warning', summarize(info));
      await s.shadow(page, '#waspada-why').click();
      assert.equal(await s.shadow(page, '#waspada-trust').count(), 0, 'no trust button');
      assert.match(await s.shadow(page, '#waspada-close').getAttribute('aria-label'), /untuk sekarang/,
        'the close button says it closes for now');
      await s.shadow(page, '#waspada-close').click();
      assert.deepEqual((await s.storage('dismissed')).dismissed ?? {}, {}, 'not remembered');
      await page.reload({ waitUntil: 'load' });
      assert.equal((await pollFor(async () => pageWarning(await page.evaluate(inspectPage))))?.level, 'warning', 'back on the next visit');
    } finally {
      await page.close();
    }
  });

  test('Options: say the organisation manages them, nothing can be changed, no PIN form; accessible at 360 px', async () => {
    const options = await s.openOptions();
    try {
      await options.setViewportSize({ width: 360, height: 800 });
      assertManagedOptions(await options.evaluate(managedOptionsView), POLICY.contactName);
      await options.evaluate(axeSource());
      const problems = [...await options.evaluate(runAxeAll, null), ...await options.evaluate(widthProblems)];
      assert.deepEqual(problems, []);
      const shot = resultsPath('chromium-options-managed-id.png');
      await options.screenshot({ path: shot, fullPage: true });
      publishScreenshot(shot, 'chromium-options-managed-id.png');
    } finally {
      await options.close();
    }
  });
});
