// End-to-end: the built extension (dist/chrome) in Debian's Chromium, driven by playwright-core.
// Real-looking hosts (klikbca-verifikasi.com, www.bca.co.id, …) are resolved to the loopback test
// server with --host-resolver-rules; nothing leaves the machine.
//
// How a test knows the verdict of a page without peeking into the extension's internals: the
// popup, opened as a page for that tab (popup/popup.html?tab=ID), shows the tab's verdict once the
// content script has reported it (#status[data-level] leaves 'none'). The tab's id is found the way
// the popup itself talks to a page: the content script answers {type:'ping'} with its URL.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { SITES } from './sites.mjs';
import {
  requireDist, readManifest, resultsPath, publishScreenshot, inspectPage, pageWarning, readPopup, pollFor, sleep,
  summarize, axeSource, runAxe, LEVELS, QUIET_MS, VERDICT_TIMEOUT_MS, probeCspViolation, chromiumArgs, tabIdOf } from './helpers.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGGED = ['warning', 'danger'];

describe('Waspada in Chromium (dist/chrome)', () => {
  let dir, server, context, worker, extId, profile;

  before(async () => {
    dir = requireDist('chrome');
    server = await startServer();
    profile = mkdtempSync(path.join(os.tmpdir(), 'waspada-e2e-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      locale: 'id-ID',
      args: chromiumArgs(dir, server.port),
    });
    worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    extId = new URL(worker.url()).host;
    // Speak Indonesian (the Options choice): Debian's Chromium ships only the en-US UI locale, so
    // "auto" would give English warnings, and the screenshots are for Indonesian readers.
    await worker.evaluate(() => chrome.storage.local.set({ lang: 'id' }));
  });

  after(async () => {
    await context?.close().catch(() => {});
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const popupUrl = (tabId) => `chrome-extension://${extId}/popup/popup.html${tabId == null ? '' : `?tab=${tabId}`}`;

  /** Open the popup for a tab and wait until it knows the tab's verdict. Returns { popup, view }. */
  async function openPopup(tabId) {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(popupUrl(tabId));
    // The popup reads the tab's verdict once, when it opens: reopen it until the verdict is known.
    let opened = Date.now();
    const view = await pollFor(async () => {
      const v = await popup.evaluate(readPopup);
      if (v.level && v.level !== 'none') return v;
      if (Date.now() - opened > 1000) {
        await popup.reload();
        opened = Date.now();
      }
      return null;
    }, { interval: 150 });
    return { popup, view: view ?? (await popup.evaluate(readPopup)) };
  }

  /** Open a site in a new tab and wait until Waspada shows a page-level warning (or the timeout). */
  async function visitExpectingWarning(site) {
    const page = await context.newPage();
    await page.goto(site.url, { waitUntil: 'load' });
    const info = (await pollFor(async () => {
      const i = await page.evaluate(inspectPage);
      return pageWarning(i) ? i : null;
    })) ?? (await page.evaluate(inspectPage).catch(() => null));
    return { page, info };
  }

  test('the service worker of the built extension starts', () => {
    const manifest = readManifest(dir);
    assert.equal(manifest.manifest_version, 3);
    const sw = manifest.background?.service_worker;
    assert.ok(sw, 'dist/chrome/manifest.json has background.service_worker');
    assert.equal(worker.url(), `chrome-extension://${extId}/${sw}`);
  });

  test(`phishing → danger interstitial with its reasons: ${SITES.phishing.what}`, async () => {
    const { page, info } = await visitExpectingWarning(SITES.phishing);
    try {
      const w = pageWarning(info);
      assert.ok(w, `expected a danger warning, got ${summarize(info)}`);
      assert.equal(w.level, 'danger', summarize(info));
      if (w.kind === 'element') {
        assert.equal(w.scope, 'page');
        assert.ok(w.hasShadowRoot, 'the waspada-alert content lives in an open shadow root');
        assert.ok(w.visible, 'the interstitial is rendered with a non-zero size');
        assert.equal(info.pageBlocked, true, 'the scam page behind the interstitial cannot be used (its fields take no focus)');
        assert.ok(w.reasons.length >= 1, `the interstitial lists its reasons; text: "${w.text}"`);
        assert.ok(w.reasons.every((r) => r.rule && r.text), `every reason names its rule and explains it: ${JSON.stringify(w.reasons)}`);
      }
      assert.match(w.text, /PIN|OTP|BCA|tarif|kata sandi|password|data rahasia|phishing|palsu|menyamar|meniru/i,
        `the reasons say what the page asks for or imitates; text: "${w.text}"`);
      const shot = resultsPath('chromium-interstitial-klikbca.png');
      await page.screenshot({ path: shot });
      publishScreenshot(shot, 'interstitial.png');
    } finally {
      await page.close();
    }
  });

  test('the popup shows the reasons for the phishing tab', async () => {
    const page = await context.newPage();
    try {
      await page.goto(SITES.phishing.url, { waitUntil: 'load' });
      const tabId = await tabIdOf(worker, SITES.phishing.url);
      const { popup, view } = await openPopup(tabId);
      try {
        assert.equal(view.level, 'danger', `popup: ${JSON.stringify(view)}`);
        assert.ok(view.reasons.length >= 1, `popup lists li.reason[data-rule]: ${JSON.stringify(view)}`);
        for (const r of view.reasons) {
          assert.match(r.rule, /^[a-z-]+\.[\w.-]+$/, `a rule id like "phishing.tarif-transfer": ${r.rule}`);
          assert.ok(r.text.length > 10, `reason ${r.rule} has a message`);
        }
        assert.ok(view.reasons.some((r) => /phishing|impersonation/.test(r.category || r.rule)),
          `a phishing or impersonation reason: ${JSON.stringify(view.reasons)}`);
        // the page and the popup show the same verdict
        const info = await page.evaluate(inspectPage);
        const inPage = pageWarning(info)?.reasons?.map((r) => r.rule) ?? [];
        for (const rule of inPage) assert.ok(view.reasons.some((r) => r.rule === rule), `popup also lists ${rule}`);
        await popup.screenshot({ path: resultsPath('chromium-popup-klikbca.png') });
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
  });

  test(`strict CSP → still warned: ${SITES.phishingCsp.what}`, async () => {
    const { page, info } = await visitExpectingWarning(SITES.phishingCsp);
    try {
      // the page really runs under the strict CSP: an image load is refused (img-src falls back to 'none')
      const cspBlocks = await page.evaluate(probeCspViolation);
      assert.match(String(cspBlocks), /img-src|default-src/, 'the strict CSP is in force on the test page');
      const w = pageWarning(info);
      assert.ok(w, `expected a warning despite the page's CSP, got ${summarize(info)}`);
      assert.ok(FLAGGED.includes(w.level), summarize(info));
      if (w.kind === 'element') {
        assert.ok(w.visible, 'the warning is rendered (its Shadow DOM style applies under the CSP)');
        // the shadow <style> applied (to :host or to the warning's box): fixed in place, or painted
        const styled = await page.evaluate(() => {
          const host = document.querySelector('waspada-alert[scope="page"]');
          const box = [...host.shadowRoot.children].find((c) => c.tagName !== 'STYLE');
          return [host, box].map((el) => {
            const cs = getComputedStyle(el);
            return { position: cs.position, background: cs.backgroundColor };
          });
        });
        assert.ok(styled.some((s) => s.position === 'fixed' || s.background !== 'rgba(0, 0, 0, 0)'),
          `the warning's own styles apply under the CSP: ${JSON.stringify(styled)}`);
      }
      assert.ok(w.text.length >= 40, `the warning explains itself; text: "${w.text}"`);
      await page.screenshot({ path: resultsPath('chromium-strict-csp.png') });
    } finally {
      await page.close();
    }
  });

  const levels = {}; // site key → level shown, for the banner test

  for (const key of ['judol', 'jobScam']) {
    const site = SITES[key];
    test(`${key} → flagged: ${site.what}`, async () => {
      const { page, info } = await visitExpectingWarning(site);
      try {
        const w = pageWarning(info);
        assert.ok(w, `expected a warning, got ${summarize(info)}`);
        assert.ok(FLAGGED.includes(w.level), summarize(info));
        levels[key] = w.level;
        const words = key === 'judol' ? /judi|gambling|taruhan|slot/i : /kerja|lowongan|tugas|job|gaji|komisi/i;
        assert.match(w.text, words, `the reasons name the kind of scam; text: "${w.text}"`);
        assert.ok(w.reasons.length >= 1 && w.reasons.every((r) => r.rule && r.text),
          `the warning lists reasons (li.reason[data-rule]): ${JSON.stringify(w.reasons)}`);
        await page.screenshot({ path: resultsPath(`chromium-${w.level === 'warning' ? 'banner' : 'interstitial'}-${key}.png`) });
      } finally {
        await page.close();
      }
    });
  }

  for (const key of ['newsWeather', 'newsScamReport', 'bcaEducation']) {
    const site = SITES[key];
    test(`benign → no waspada-alert: ${site.what}`, async () => {
      const page = await context.newPage();
      try {
        await page.goto(site.url, { waitUntil: 'load' });
        // wait until the extension has judged this page (the popup knows its verdict)…
        const tabId = await tabIdOf(worker, site.url);
        const { popup, view } = await openPopup(tabId);
        await popup.close();
        assert.ok(LEVELS.includes(view.level), `the extension reached a verdict for the page: ${JSON.stringify(view)}`);
        // …then give a (wrongly) flagged page time to draw its warning before looking
        await sleep(QUIET_MS);
        const info = await page.evaluate(inspectPage);
        assert.equal(info.alerts.length, 0, `expected no waspada-alert, got ${summarize(info)}; popup: ${JSON.stringify(view)}`);
        assert.equal(info.interstitial, null);
        assert.equal(page.url(), site.url, 'the page was not redirected away');
        assert.ok(!FLAGGED.includes(view.level), `verdict is safe or caution, got ${JSON.stringify(view)}`);
      } finally {
        await page.close();
      }
    });
  }

  test('accessibility: interstitial, banner and popup have no serious WCAG 2.1 AA violations (axe-core)', async () => {
    const axe = axeSource();
    const problems = [];
    for (const site of [SITES.phishing, SITES.judol, SITES.jobScam]) {
      const { page, info } = await visitExpectingWarning(site);
      try {
        assert.ok(pageWarning(info), `expected a warning on ${site.url}: ${summarize(info)}`);
        await page.evaluate(axe);
        const found = await page.evaluate(runAxe, ['waspada-alert[scope="page"]', '*']);
        problems.push(...found.map((f) => `${site.url} <waspada-alert level=${pageWarning(info).level}>: ${f}`));
      } finally {
        await page.close();
      }
    }
    const page = await context.newPage();
    try {
      await page.goto(SITES.phishing.url, { waitUntil: 'load' });
      const { popup, view } = await openPopup(await tabIdOf(worker, SITES.phishing.url));
      try {
        assert.ok(view.reasons.length > 0, 'the popup shows reasons (so they are checked too)');
        await popup.evaluate(axe);
        problems.push(...(await popup.evaluate(runAxe, null)).map((f) => `popup: ${f}`));
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
    assert.deepEqual(problems, [], `axe-core found:\n  ${problems.join('\n  ')}`);
  });

  // Changes what later visits to that site see (closing is remembered): keep it near the end.
  test('warning level → a banner: reasons behind "Why?", the page stays usable, closing it is remembered', async () => {
    const key = ['jobScam', 'judol'].find((k) => levels[k] === 'warning');
    assert.ok(key, `one of the flagged pages is warning-level, to show the banner (levels: ${JSON.stringify(levels)})`);
    const { page, info } = await visitExpectingWarning(SITES[key]);
    try {
      const w = pageWarning(info);
      assert.equal(w?.level, 'warning', summarize(info));
      assert.equal(w.scope, 'page');
      assert.ok(w.visible, 'the banner is rendered');
      assert.equal(info.pageBlocked, false, 'a banner does not block the page');
      await page.screenshot({ path: resultsPath(`chromium-banner-${key}.png`) });
      // "Why?" opens the reasons inside the banner
      const why = page.locator('waspada-alert button[aria-expanded]');
      assert.equal(await why.count(), 1, 'the banner has one expandable "Why?" button');
      await why.click();
      await page.waitForTimeout(200);
      assert.equal(await why.getAttribute('aria-expanded'), 'true');
      const shown = await page.evaluate(() => [...document.querySelector('waspada-alert').shadowRoot
        .querySelectorAll('li.reason[data-rule]')].filter((li) => li.getClientRects().length > 0).length);
      assert.ok(shown >= 1, 'the banner shows its reasons after "Why?"');
      const shot = resultsPath(`chromium-banner-${key}-reasons.png`);
      await page.screenshot({ path: shot });
      publishScreenshot(shot, 'banner.png');
      // closing: gone now, and not shown again on this site
      const close = page.locator('waspada-alert #waspada-close');
      assert.equal(await close.count(), 1, 'the banner has a close button (#waspada-close)');
      await close.click();
      await page.waitForTimeout(200);
      assert.equal((await page.evaluate(inspectPage)).alerts.length, 0, 'closed');
      await page.reload({ waitUntil: 'load' });
      const { popup, view } = await openPopup(await tabIdOf(worker, SITES[key].url));
      await popup.close();
      assert.equal(view.level, 'warning', 'the verdict itself is unchanged');
      await sleep(QUIET_MS);
      const after = await page.evaluate(inspectPage);
      assert.equal(after.alerts.length, 0, `a closed banner stays closed on this site: ${summarize(after)}`);
    } finally {
      await page.close();
    }
  });

  test('"I understand the risk, continue" lifts the interstitial, and it stays lifted on reload', async () => {
    // Last on purpose: the choice is remembered for the site (klikbca-verifikasi.com) this session.
    const { page, info } = await visitExpectingWarning(SITES.phishing);
    try {
      assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
      const proceed = page.locator('waspada-alert #waspada-proceed');
      assert.equal(await proceed.count(), 1, 'the interstitial has a proceed button (#waspada-proceed)');
      await proceed.click();
      await page.waitForTimeout(300);
      let now = await page.evaluate(inspectPage);
      assert.equal(now.alerts.length, 0, `gone after proceeding: ${summarize(now)}`);
      assert.equal(now.pageBlocked, false, 'the page is usable again');
      await page.reload({ waitUntil: 'load' });
      const tabId = await tabIdOf(worker, SITES.phishing.url);
      const { popup, view } = await openPopup(tabId);
      await popup.close();
      assert.equal(view.level, 'danger', 'the verdict itself is unchanged');
      await sleep(QUIET_MS);
      now = await page.evaluate(inspectPage);
      assert.equal(now.alerts.length, 0, `not shown again on this site: ${summarize(now)}`);
    } finally {
      await page.close();
    }
  });
});
