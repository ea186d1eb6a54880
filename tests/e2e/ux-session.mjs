// One Chromium session for the ux.*.chromium suites: the built extension in its own profile, the
// loopback server (HTTP and TLS), and the small moves every test needs. The profile survives
// relaunch(), so a test can restart the browser and look at what stayed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { requireDist, inspectPage, pageWarning, pollFor, sleep, QUIET_MS, chromiumArgs } from './helpers.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function uxSession() {
  const s = {
    dir: null, server: null, context: null, worker: null, extId: null, profile: null, extPage: null,

    async launch() {
      s.context = await chromium.launchPersistentContext(s.profile, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1280, height: 800 },
        locale: 'id-ID',
        ignoreHTTPSErrors: true, // the comment-site fixtures are served over TLS with a throwaway certificate
        // tabs the extension opens itself are not covered by ignoreHTTPSErrors
        args: chromiumArgs(s.dir, s.server.port, ['--ignore-certificate-errors']),
      });
      s.worker = s.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
      s.worker ??= await s.context.waitForEvent('serviceworker', { timeout: 15_000 });
      s.extId = new URL(s.worker.url()).host;
      s.extPage = null;
    },

    /** Close the browser and start it again on the same profile. */
    async relaunch() {
      await s.context.close().catch(() => {});
      await s.launch();
    },

    async start() {
      s.dir = requireDist('chrome');
      s.server = await startServer();
      s.profile = mkdtempSync(path.join(os.tmpdir(), 'waspada-e2e-ux-chromium-'));
      await s.launch();
      await s.worker.evaluate(() => chrome.storage.local.set({ lang: 'id' }));
    },

    async stop() {
      await s.context?.close().catch(() => {});
      await s.server?.close();
      if (s.profile) rmSync(s.profile, { recursive: true, force: true });
    },

    extUrl: (p) => `chrome-extension://${s.extId}/${p}`,

    /** Open `url` in a new tab; unless expect is false, wait for a page-level warning. */
    async visit(url, { expect = true } = {}) {
      const page = await s.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      if (!expect) return { page, info: null };
      const info = (await pollFor(async () => {
        const i = await page.evaluate(inspectPage);
        return pageWarning(i) ? i : null;
      })) ?? (await page.evaluate(inspectPage).catch(() => null));
      return { page, info };
    },

    /** Reload `page`, watch it for a while, return what it shows. */
    async quietAfterReload(page) {
      await page.reload({ waitUntil: 'load' });
      await sleep(QUIET_MS + 1500);
      return page.evaluate(inspectPage);
    },

    shadow: (page, selector) => page.locator(`waspada-alert[scope="page"] ${selector}`),

    /**
     * Run `fn` in an extension page (for storage and tabs): the worker's handle dies whenever the
     * worker is stopped, and Playwright does not attach to the restarted one.
     */
    async ext(fn, arg) {
      if (!s.extPage || s.extPage.isClosed()) {
        s.extPage = await s.context.newPage();
        await s.extPage.goto(s.extUrl('safe/safe.html'));
      }
      return s.extPage.evaluate(fn, arg);
    },
    storage: (keys = null) => s.ext((k) => chrome.storage.local.get(k), keys),
    setStorage: (items) => s.ext((v) => chrome.storage.local.set(v), items),

    async openOptions() {
      const page = await s.context.newPage();
      await page.goto(s.extUrl('options/options.html'));
      await page.waitForSelector('body[data-ready="true"]');
      return page;
    },

    /** The id of the tab showing `url`, asked of the content scripts as the popup does ({type:'ping'}). */
    tabIdOf: (url) => pollFor(() => s.ext(async (u) => {
      for (const tab of await chrome.tabs.query({})) {
        const pong = await chrome.tabs.sendMessage(tab.id, { type: 'ping' }).catch(() => null);
        if (pong?.url === u) return tab.id;
      }
      return null;
    }, url)),

    /** The popup opened as a page for tab `tabId`, once it knows that tab's verdict. */
    async openPopup(tabId, { width = 380, height = 700 } = {}) {
      const popup = await s.context.newPage();
      await popup.setViewportSize({ width, height });
      await popup.goto(s.extUrl(`popup/popup.html?tab=${tabId}`));
      // Until the popup has asked the background, #level is empty; when it asked before the tab
      // was judged, it says so ("checking", level 'none') and is opened again.
      const level = await pollFor(async () => {
        const v = await popup.evaluate(() => ({
          level: document.getElementById('status')?.dataset.level ?? 'none',
          title: document.getElementById('level')?.textContent ?? '',
        }));
        if (!v.title) return null;
        if (v.level !== 'none') return v.level;
        await popup.reload();
        return null;
      });
      assert.ok(level, 'the popup learnt the tab\'s verdict');
      return { popup, level };
    },
  };
  return s;
}
