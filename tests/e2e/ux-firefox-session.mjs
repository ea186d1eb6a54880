// One Firefox ESR session for the ux.*.firefox suites (puppeteer-core, WebDriver BiDi): the built
// extension, the loopback server as the browser's only proxy (https tunnelled into its own TLS
// endpoint, for the HSTS-preloaded comment sites and the reporting channels), and the moves every
// test needs.
//
// WebDriver BiDi may not navigate to moz-extension:// pages, but it can drive a tab that is
// already showing one. So the session gets one extension page the way a user would: a danger page
// opened in a fresh tab, "Kembali ke tempat aman" (nothing to go back to) → the extension's "you
// are safe" page. That page is kept as the session's handle on the extension (storage, tabs), and
// opens the popup and Options in new tabs with browser.tabs.create, as the toolbar would.
//
// `managed` is what an organisation sets through policies (managed_schema.json): Firefox reads it
// from ~/.mozilla/managed-storage/<add-on id>.json, so the browser gets a throwaway HOME holding
// that file, and the extension sees a real storage.managed. `files` are more answers of the
// loopback server (an organisation's pack: server.mjs).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from './server.mjs';
import { SITES } from './sites.mjs';
import { requireDist, inspectPage, pageWarning, pollFor, summarize, firefoxLoopbackPrefs } from './helpers.mjs';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const ADDON_ID = 'waspada@scam-shield';
const UUID = '5a1e5a1e-0000-4000-8000-000000000001'; // fixed moz-extension:// host for the add-on

/** A throwaway HOME whose managed-storage file holds `data` for the add-on. */
function managedHome(data) {
  const home = mkdtempSync(path.join(os.tmpdir(), 'waspada-e2e-firefox-home-'));
  const dir = path.join(home, '.mozilla', 'managed-storage');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${ADDON_ID}.json`),
    JSON.stringify({ name: ADDON_ID, description: 'Waspada e2e: settings an organisation manages', type: 'storage', data }));
  return home;
}

export function firefoxSession({ width = 1280, height = 800, managed = null, files = {} } = {}) {
  const s = {
    server: null, browser: null, extPage: null, home: null,
    extOrigin: `moz-extension://${UUID}`,

    async start() {
      s.server = await startServer({ files });
      s.home = managed ? managedHome(managed) : null;
      s.browser = await puppeteer.launch({
        ...(s.home ? { env: { ...process.env, HOME: s.home } } : {}),
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        acceptInsecureCerts: true,
        defaultViewport: { width, height },
        extraPrefsFirefox: {
          ...firefoxLoopbackPrefs(s.server.port),
          'intl.locale.requested': 'id',
          'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
        },
      });
      await s.browser.installExtension(requireDist('firefox'));
      await s.setStorage({ lang: 'id' });
    },

    async stop() {
      await s.browser?.close().catch(() => {});
      await s.server?.close();
      if (s.home) rmSync(s.home, { recursive: true, force: true });
    },

    /** Open `url` in a new tab; unless expect is false, wait for a page-level warning. */
    async visit(url, { expect = true } = {}) {
      const page = await s.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      if (!expect) return { page, info: null };
      const info = (await pollFor(async () => {
        const i = await page.evaluate(inspectPage);
        return pageWarning(i) ? i : null;
      })) ?? (await page.evaluate(inspectPage).catch(() => null));
      return { page, info };
    },

    /** Click an element inside the page-level warning's shadow root. */
    clickIn: (page, selector) => page.evaluate((sel) => {
      document.querySelector('waspada-alert[scope="page"]').shadowRoot.querySelector(sel).click();
    }, selector),
    textIn: (page, selector) => page.evaluate((sel) =>
      document.querySelector('waspada-alert[scope="page"]')?.shadowRoot.querySelector(sel)?.textContent ?? '', selector),

    /** An extension page (the "you are safe" page), reached as described at the top. */
    async extensionPage() {
      if (s.extPage && !s.extPage.isClosed()) return s.extPage;
      const { page, info } = await s.visit(SITES.phishing.url);
      assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
      await s.clickIn(page, '#waspada-back');
      await pollFor(async () => ((await page.evaluate(() => location.protocol).catch(() => '')) === 'moz-extension:' ? true : null),
        { timeout: 8000 });
      s.extPage = page;
      return page;
    },

    /** Run `fn(arg)` in the extension page (browser.* APIs: storage, tabs). */
    async ext(fn, arg) {
      return (await s.extensionPage()).evaluate(fn, arg);
    },
    // Values cross into the page as JSON text: an object handed over by WebDriver BiDi is an
    // Xray-wrapped object of another realm, which storage may refuse to clone.
    storage: (keys = null) => s.ext((k) => browser.storage.local.get(JSON.parse(k)), JSON.stringify(keys)),
    setStorage: (items) => s.ext((json) => browser.storage.local.set(JSON.parse(json)), JSON.stringify(items)),

    /**
     * Open the extension's page `path` in a new tab, the way the extension itself opens its pages,
     * and return it. (puppeteer keeps the new tab's first URL, about:blank, as page.url(): the
     * tab is recognised by evaluating location instead.)
     */
    async openExt(path) {
      const before = new Set(await s.browser.pages());
      await s.ext((p) => browser.tabs.create({ url: browser.runtime.getURL(p) }), path);
      const want = `${s.extOrigin}/${path}`;
      const page = await pollFor(async () => {
        for (const p of await s.browser.pages()) {
          if (before.has(p)) continue;
          if ((await p.evaluate(() => location.href).catch(() => '')) === want) return p;
        }
        return null;
      }, { timeout: 8000 });
      assert.ok(page, `a tab opened on ${want}`);
      return page;
    },

    async openOptions({ width: w = width, height: h = height } = {}) {
      const page = await s.openExt('options/options.html');
      await page.setViewport({ width: w, height: h });
      await pollFor(async () => ((await page.evaluate(() => document.body?.dataset.ready).catch(() => null)) === 'true' ? true : null),
        { timeout: 8000 });
      return page;
    },

    /** The id of the tab showing `url`, asked of the content scripts as the popup does ({type:'ping'}). */
    tabIdOf: (url) => pollFor(() => s.ext(async (u) => {
      for (const tab of await browser.tabs.query({})) {
        const pong = await browser.tabs.sendMessage(tab.id, { type: 'ping' }).catch(() => null);
        if (pong?.url === u) return tab.id;
      }
      return null;
    }, url)),

    /** The popup opened as a page for tab `tabId` (as Firefox for Android shows it), once it knows that tab's verdict. */
    async openPopup(tabId, { width: w = 360, height: h = 700 } = {}) {
      const popup = await s.openExt(`popup/popup.html?tab=${tabId}`);
      await popup.setViewport({ width: w, height: h });
      // Until the popup has asked the background, #level is empty; when it asked before the tab
      // was judged, it says so ("checking", level 'none') and is opened again. The old document is
      // marked first, so that a reading from it, racing the reload, is never taken for the new one.
      const level = await pollFor(async () => {
        const v = await popup.evaluate(() => ({
          stale: Boolean(globalThis.waspadaTestStale),
          level: document.getElementById('status')?.dataset.level ?? 'none',
          title: document.getElementById('level')?.textContent ?? '',
        }));
        if (v.stale || !v.title) return null;
        if (v.level !== 'none') return v.level;
        await popup.evaluate(() => {
          globalThis.waspadaTestStale = true;
          location.reload();
        });
        return null;
      });
      assert.ok(level, 'the popup learnt the tab\'s verdict');
      return { popup, level };
    },
  };
  return s;
}
