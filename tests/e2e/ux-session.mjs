// One Chromium session for the ux.*.chromium suites: the built extension in its own profile, the
// loopback server (HTTP and TLS), and the small moves every test needs. The profile survives
// relaunch(), so a test can restart the browser and look at what stayed.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { requireDist, inspectPage, pageWarning, pollFor, sleep, QUIET_MS, chromiumArgs } from './helpers.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Where Debian's Chromium reads the policies an administrator sets for the whole machine.
const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR || '/etc/chromium/policies/managed';

/**
 * The id Chromium gives an unpacked extension: the SHA-256 of its absolute path, first 32 hex
 * digits written with the letters a–p. Policies for an extension are keyed by this id.
 */
export function unpackedExtensionId(dir) {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * Writes `data` as the extension's managed storage, the way an organisation deploys it: a
 * machine policy file with a "3rdparty" entry for the extension's id (Chromium then serves it
 * through chrome.storage.managed). Needs write access to POLICY_DIR (root, as on CI). Returns
 * the file, to be removed after the session.
 */
function writeManagedPolicy(dir, data) {
  const file = path.join(POLICY_DIR, `waspada-e2e-${process.pid}.json`);
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [unpackedExtensionId(dir)]: data } } }));
  } catch (e) {
    throw new Error(`cannot write Chromium's policy file ${file} (${e.code}): run the e2e tests as root, ` +
      'or point CHROMIUM_POLICY_DIR at the policy folder of a Chromium you can configure');
  }
  return file;
}

/**
 * `managed`: settings an organisation sets by browser policy (managed_schema.json), or null.
 * `dist`: another unpacked build of the extension to load instead of dist/chrome (an NGO's).
 * `files`: more answers for the loopback server (`startServer`'s `files`).
 */
export function uxSession({ managed = null, dist = null, files = {} } = {}) {
  const s = {
    dir: null, server: null, context: null, worker: null, extId: null, profile: null, extPage: null, policyFile: null,

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
      s.dir = dist ?? requireDist('chrome');
      if (managed) s.policyFile = writeManagedPolicy(s.dir, managed);
      s.server = await startServer({ files });
      s.profile = mkdtempSync(path.join(os.tmpdir(), 'waspada-e2e-ux-chromium-'));
      await s.launch();
      await s.worker.evaluate(() => chrome.storage.local.set({ lang: 'id' }));
    },

    async stop() {
      await s.context?.close().catch(() => {});
      await s.server?.close();
      if (s.profile) rmSync(s.profile, { recursive: true, force: true });
      if (s.policyFile) rmSync(s.policyFile, { force: true });
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
