// Shared helpers for the browser suites (chromium.test.mjs, firefox.test.mjs).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS = path.join(ROOT, 'test-results');
export const DOC_SHOTS = path.join(ROOT, 'docs', 'screenshots');

/** How long a page may take from load to its warning showing (cold service worker + Wasm init included). */
export const VERDICT_TIMEOUT_MS = Number(process.env.WASPADA_E2E_VERDICT_MS || 10_000);
/**
 * How long a benign page is watched after its verdict is known (or, failing a way to know it, after load)
 * to be sure no warning appears late.
 */
export const QUIET_MS = Number(process.env.WASPADA_E2E_QUIET_MS || 2_000);

/** Absolute path of dist/<target>, or throw a clear error if the build output is missing. */
export function requireDist(target) {
  // WASPADA_DIST lets the suites run against another build folder (e.g. while developing the tests)
  const dir = path.join(process.env.WASPADA_DIST ? path.resolve(process.env.WASPADA_DIST) : path.join(ROOT, 'dist'), target);
  const manifest = path.join(dir, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(
      `dist/${target}/manifest.json is missing: build the extension first (scripts/build.sh), ` +
        `then run the e2e tests (npm run test:e2e).`,
    );
  }
  return dir;
}

export function readManifest(dir) {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
}

export function resultsPath(name) {
  mkdirSync(RESULTS, { recursive: true });
  return path.join(RESULTS, name);
}

/**
 * Copy a screenshot into docs/screenshots/ when WASPADA_UPDATE_SCREENSHOTS=1 (`npm run screenshots`),
 * so ordinary test runs never rewrite the committed images.
 */
export function publishScreenshot(from, name) {
  if (process.env.WASPADA_UPDATE_SCREENSHOTS !== '1') return null;
  const to = path.join(DOC_SHOTS, name);
  mkdirSync(DOC_SHOTS, { recursive: true });
  copyFileSync(from, to);
  return to;
}

/**
 * Runs in the page (main world): describe what Waspada shows. Works for an in-page
 * <waspada-alert> (contract 4) and for a danger interstitial that is an extension page
 * (its <body data-level="danger">). Must be self-contained: it is serialised into the page.
 */
export function inspectPage() {
  const alerts = [...document.querySelectorAll('waspada-alert')].map((el) => {
    const root = el.shadowRoot;
    return {
      level: el.getAttribute('level'),
      scope: el.getAttribute('scope'),
      hasShadowRoot: !!root,
      // shadow text without the text of <style> elements
      text: root
        ? [...root.querySelectorAll('*')]
            .filter((n) => n.tagName !== 'STYLE' && n.tagName !== 'SCRIPT')
            .map((n) => [...n.childNodes].filter((c) => c.nodeType === 3).map((c) => c.data).join(' '))
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim()
        : '',
      // the reasons it lists: <li class="reason" data-rule="…"> (same markup as the popup)
      reasons: root
        ? [...root.querySelectorAll('li.reason')].map((li) => ({
            rule: li.getAttribute('data-rule'),
            text: li.textContent.replace(/\s+/g, ' ').trim(),
          }))
        : [],
      visible: (() => {
        const r = el.getBoundingClientRect();
        const inner = root && [...root.children].find((c) => c.tagName !== 'STYLE');
        const ir = inner ? inner.getBoundingClientRect() : r;
        return Math.max(r.width * r.height, ir.width * ir.height) > 0;
      })(),
    };
  });
  const extPage = /^(chrome|moz)-extension:$/.test(location.protocol);
  return {
    url: location.href,
    alerts,
    // Is the page behind a warning still usable? Try to focus its first form field and look at
    // what is painted over it (a modal <dialog>, `inert` or a cover all pass; a mere banner not).
    pageBlocked: (() => {
      const field = document.querySelector('input, textarea, select, button, a[href]');
      if (!field) return null;
      const before = document.activeElement;
      field.focus();
      const focused = document.activeElement === field;
      field.blur();
      before?.focus?.();
      const r = field.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const covered = !!top && top.closest('waspada-alert') !== null;
      return !focused && (covered || r.width === 0);
    })(),
    interstitial: extPage && document.body ? document.body.getAttribute('data-level') : null,
    interstitialText: extPage && document.body ? document.body.innerText.replace(/\s+/g, ' ').trim() : '',
  };
}

/** From an inspectPage() result: the page-level warning Waspada shows, or null. */
/** Runs in the page: the CSP directive that refused a probe image load, or null within 2 s. */
export function probeCspViolation() {
  return new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
    const img = document.createElement('img');
    img.src = '/assets/probe.png';
    document.body.append(img);
    setTimeout(() => resolve(null), 2000);
  });
}

export function pageWarning(info) {
  if (info.interstitial) return { level: info.interstitial, scope: 'page', kind: 'extension-page', text: info.interstitialText };
  const a = info.alerts.find((x) => x.scope === 'page');
  return a ? { ...a, kind: 'element' } : null;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Poll `probe` (async, returns a value or null) until it returns non-null or `timeout` ms pass. */
export async function pollFor(probe, { timeout = VERDICT_TIMEOUT_MS, interval = 100 } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (e) {
      // navigation in progress (e.g. redirect to an interstitial): keep polling
      if (!/context|navigat|destroyed|detached|Target closed|No frame|Could not find/i.test(String(e?.message))) throw e;
    }
    if (Date.now() > end) return null;
    await sleep(interval);
  }
}

/**
 * The id of the one tab showing `url`, asked of the content scripts through the extension's
 * service `worker` (Playwright) as the popup does ({type:'ping'}). Fails unless exactly one answers.
 */
export async function tabIdOf(worker, url) {
  const ids = await pollFor(() => worker.evaluate(async (u) => {
    const found = [];
    for (const t of await chrome.tabs.query({})) {
      const pong = await chrome.tabs.sendMessage(t.id, { type: 'ping' }).catch(() => null);
      if (pong?.url === u) found.push(t.id);
    }
    return found.length ? found : null;
  }, url));
  assert.ok(ids, `no tab's content script answered a ping for ${url} within ${VERDICT_TIMEOUT_MS} ms`);
  assert.equal(ids.length, 1, `exactly one tab shows ${url}`);
  return ids[0];
}

/** A readable one-line summary of what a page shows, for assertion messages. */
export function summarize(info) {
  if (!info) return 'nothing (page could not be inspected)';
  const parts = info.alerts.map((a) => `<waspada-alert level=${a.level} scope=${a.scope}> "${a.text.slice(0, 160)}"`);
  if (info.interstitial) parts.push(`extension interstitial data-level=${info.interstitial}`);
  return `${info.url}: ${parts.length ? parts.join('; ') : 'no waspada-alert'}`;
}

/**
 * Runs in the extension's popup page (popup/popup.html?tab=ID): what it says about that tab.
 * `level` is #status[data-level]: 'none' while the verdict is unknown (not checked yet / checking).
 */
export function readPopup() {
  const status = document.getElementById('status');
  return {
    level: status?.dataset.level ?? null,
    title: document.getElementById('level')?.textContent.trim() ?? '',
    advice: document.getElementById('advice')?.textContent.trim() ?? '',
    reasons: [...document.querySelectorAll('#reasons li.reason[data-rule]')].map((li) => ({
      rule: li.dataset.rule,
      category: li.dataset.category ?? '',
      text: li.textContent.replace(/\s+/g, ' ').trim(),
    })),
    pack: document.getElementById('pack')?.textContent.trim() ?? '',
  };
}

export const LEVELS = ['safe', 'caution', 'warning', 'danger'];

/** The axe-core source, to evaluate in a page (evaluation bypasses the page's CSP, a <script> tag would not). */
export function axeSource() {
  return readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
}

/**
 * Runs in the page after axeSource(): WCAG 2 A/AA violations of serious or critical impact inside
 * `selector` (shadow DOM included), as short readable strings.
 */
export async function runAxe(selector) {
  const context = selector ? { include: [{ fromShadowDom: selector }] } : document;
  const result = await globalThis.axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join(' | ')}`);
}

/**
 * Runs in a comment-shield fixture page: for each comment (its [data-fixture] id), whether it is
 * hidden and the label of the <waspada-alert scope="comment"> just before it; and how many
 * page-level warnings the page shows.
 */
export function commentState() {
  const comments = {};
  for (const el of document.querySelectorAll('[data-fixture]')) {
    const prev = el.previousElementSibling;
    const alert = prev?.localName === 'waspada-alert' && prev.getAttribute('scope') === 'comment' ? prev : null;
    comments[el.dataset.fixture] = {
      hidden: el.getClientRects().length === 0,
      level: alert?.getAttribute('level') ?? null,
      label: alert?.shadowRoot?.querySelector('.label')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
      expanded: alert?.shadowRoot?.querySelector('button')?.getAttribute('aria-expanded') ?? null,
    };
  }
  return { comments, pageAlerts: document.querySelectorAll('waspada-alert[scope="page"]').length };
}

/**
 * Runs in the page after axeSource(): every WCAG 2.0/2.1/2.2 A and AA violation, whatever its
 * impact, inside `selector` (a shadow host: its shadow DOM included) or the whole document.
 */
export async function runAxeAll(selector) {
  const context = selector ? { include: [{ fromShadowDom: selector }] } : document;
  const result = await globalThis.axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3)
    .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join(' | ')}`);
}

/**
 * Chromium flags for a headless run with the unpacked extension in `extensionDir` and every host
 * name resolved to the loopback test server on `port` (real-looking URLs, no traffic leaves).
 */
export function chromiumArgs(extensionDir, port, extra = []) {
  return [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    // keep the http:// test URLs on http (no automatic https upgrade against the loopback server)
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    ...extra,
    `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
  ];
}

/**
 * Firefox prefs that send every request to the loopback test server on `port`, used as a
 * (non-forwarding) proxy since Firefox has no --host-resolver-rules, keep http:// URLs on http,
 * and ask for Indonesian pages.
 */
export function firefoxLoopbackPrefs(port) {
  const loopback = '127.0.0.1';
  return {
    'network.proxy.type': 1,
    'network.proxy.http': loopback,
    'network.proxy.http_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.ssl': loopback,
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.failover_direct': false,
    'dom.security.https_first': false,
    'dom.security.https_first_pbm': false,
    'dom.security.https_only_mode': false,
    'intl.accept_languages': 'id-ID, id, en',
  };
}

/**
 * Runs in a page: what does not fit its width (a phone's 360 px): horizontal scrolling (of the page,
 * or of a scrolling box in it), and every visible control (button, link, field) that sticks out
 * left or right, so it could not be reached without scrolling sideways. Empty when everything fits.
 */
export function widthProblems(host = null) {
  const problems = [];
  const width = document.documentElement.clientWidth;
  const overflow = document.documentElement.scrollWidth - width;
  // `host`: look inside that element's shadow root (an in-page warning) instead of the document,
  // whose own width is the web page's business
  if (overflow > 0 && !host) problems.push(`the page scrolls sideways by ${overflow} px at ${width} px`);
  const root = host ? document.querySelector(host)?.shadowRoot : document;
  if (!root) return [`${host}: no shadow root`];
  for (const scroller of root.querySelectorAll('*')) {
    const extra = scroller.scrollWidth - scroller.clientWidth;
    const style = getComputedStyle(scroller);
    if (extra > 1 && /auto|scroll/.test(style.overflowX)) {
      problems.push(`${scroller.localName}.${scroller.className} scrolls sideways by ${extra} px`);
    }
  }
  for (const el of root.querySelectorAll('button, a[href], input, textarea, select, summary')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue; // not shown
    if (r.left < -0.5 || r.right > width + 0.5) {
      const name = `${el.localName}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.value || '').trim().slice(0, 30)}"`;
      problems.push(`${name} spans ${Math.round(r.left)}–${Math.round(r.right)} px, outside 0–${width}`);
    }
  }
  return problems;
}

/** What the Options page shows when an organisation manages the settings (run in that page). */
export function managedOptionsView() {
  return {
    locked: document.body.dataset.locked,
    managedShown: !document.getElementById('managed-panel').hidden,
    pinPanel: !document.getElementById('lock-panel').hidden,
    pinSetup: document.getElementById('pin-setup').getClientRects().length > 0,
    editable: [...document.querySelectorAll('#editable input, #editable button')].filter((e) => !e.matches(':disabled')).map((e) => e.id || e.name),
    name: document.getElementById('family-name').value,
    contactNote: !document.getElementById('family-managed').hidden,
  };
}

/**
 * Options locked by an organisation's policy, in either browser: they say so, nothing can be
 * changed, no PIN opens them, and the organisation's contact is shown as set by it.
 */
export function assertManagedOptions(view, contactName) {
  assert.equal(view.locked, 'true');
  assert.equal(view.managedShown, true, 'the organisation\'s panel shows');
  assert.equal(view.pinPanel, false, 'no PIN field: no PIN opens this lock');
  assert.equal(view.pinSetup, false, 'no PIN can be set');
  assert.deepEqual(view.editable, [], 'every control is disabled');
  assert.equal(view.name, contactName);
  assert.equal(view.contactNote, true, 'the contact is marked as set by the organisation');
}
