// Waspada's service worker (an event page in Firefox): the only place the engine runs.
//
// Content scripts send a bounded PageModel, never run Wasm themselves: Chromium cannot compile
// Wasm in a content script on a page with a strict CSP. Every listener is registered
// synchronously at the top level, so an event that wakes the worker is never missed; the engine
// starts as a promise that handlers await.
//
// Messages (chrome.runtime.sendMessage), all answered, none ever left as an unhandled rejection:
//   {type:'scan', page}              content script → Verdict + {lang, site:{dismissed, proceeded}, helplines?}
//   {type:'scanListings', listings, doc, seq, context?}  content/listings/ → {verdicts, lang, site} | {needContext} (background/listings.js)
//   {type:'getVerdict', tabId}       popup → {tabId, verdict|null, url, scannedAt, pack}
//   {type:'getListings', tabId, url} popup → the tab's listing record for that page, or {record: null}
//   {type:'loadListings'}            content/listings/loader.js on a shop page → {ok}: runs the listing scripts there
//   {type:'check', text} | {url}     popup checker → Verdict + {lang}
//   {type:'packInfo'}                → {name, version, publisher, rules, sources, helplines, startupMs,
//                                       source: 'built-in'|'organisation', orgHost?, fetchedAt?}
//   {type:'messages', lang}          content script → that locale's messages.json (see shared/i18n.js)
//   {type:'dismiss'} {type:'proceed'} {type:'leave'}  the in-page warning's buttons
//   {type:'trust', pin?}             "Situs ini aman": add the sender's site to the allow list
//                                    (needs the PIN when the settings are locked) → {ok} | {ok:false, needPin|wrongPin|managed}
//   {type:'openReport', channel}     open an official reporting channel (shared/report.js) in a new tab
//   {type:'scanComments', texts}     comment shield: ≤ 50 texts → {results:[{level, gambling}]}
// A failure answers a safe verdict with an `error` field (or {error} for non-verdict requests).
import './platform.js';
import './shared/i18n.js';
import { boundPage, currentLang, getEngine, safeVerdict, toVerdict } from './background/engine.js';
import './shared/report.js';
import { dismissSite, forgetTab, proceedSite, recallTab, rememberTab, setBadge, siteChoices } from './background/state.js';
import { forgetContexts, forgetListings, higher, noteListings, pageOf, scanListings, tabListings } from './background/listings.js'; // marketplace listings (issue 5)
import * as Settings from './shared/settings.js';

const { api } = globalThis.WASPADA_PLATFORM;
const { useLang } = globalThis.WaspadaI18n;

const MAX_CHECK_TEXT = 64 * 1024;
const MAX_COMMENTS = 50; // per scanComments message
const MAX_COMMENT_TEXT = 2000;

// Wrong PINs cost time: after 3 misses each try waits a little longer (up to 30 s), per worker.
let pinMisses = 0;
async function checkPinSlowly(pin, lock) {
  if (pinMisses >= 3) await new Promise((r) => setTimeout(r, Math.min(30_000, 1000 * 2 ** (pinMisses - 3))));
  const ok = await Settings.checkPin(pin, lock);
  pinMisses = ok ? 0 : pinMisses + 1;
  return ok;
}

function hostOf(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : '';
  } catch {
    return '';
  }
}

// The listing scripts a shop without an adapter gets: the manifest's list for the marketplaces
// (one list to keep) with the generic adapter (schema.org and OpenGraph product data) before the
// script that uses it. The marketplaces all have an adapter, so the manifest leaves generic.js
// out and they never evaluate it. (Firefox hands the manifest's paths back with a leading slash,
// which executeScript accepts.)
function listingScripts() {
  const js = api.runtime.getManifest().content_scripts.find((c) => c.js?.some((f) => f.endsWith('content/listings/observe.js'))).js;
  const at = js.findIndex((f) => f.endsWith('content/listings/observe.js'));
  return [...js.slice(0, at), js[at].replace(/observe\.js$/, 'generic.js'), ...js.slice(at)];
}

// The site a warning's buttons refer to: the sender's own page, so a message cannot name another.
const siteOf = (sender) => hostOf(sender.url ?? sender.tab?.url ?? '');

// One word with a dot and no spaces ("bca-verifikasi.com/login") is a link, not a message.
function asUrl(text) {
  if (/\s/.test(text)) return null;
  if (/^https?:\/\//i.test(text)) return text;
  return /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#]\S*)?$/u.test(text) ? `http://${text}` : null;
}

async function packInfo() {
  try {
    return (await getEngine()).pack;
  } catch (e) {
    return { error: String(e?.message ?? e) };
  }
}

// The badge at the higher of the page's level and its riskiest listing's; when the listings are
// the reason, its tooltip says so ("risky listings on this page", not "this page is a scam").
function listingBadge(tabId, pageLevel, listingLevel) {
  const level = higher(pageLevel, listingLevel);
  return setBadge(tabId, level, level !== pageLevel ? `badgeTitleListings_${level}` : undefined);
}

const handlers = {
  async scan(msg, sender) {
    const lang = await currentLang();
    const tabId = sender.tab?.id;
    const inTab = Number.isInteger(tabId) && tabId >= 0 && (sender.frameId ?? 0) === 0;
    let verdict;
    try {
      const page = boundPage(msg.page);
      const { engine } = await getEngine();
      verdict = toVerdict(engine.scanPage(page, lang));
    } catch (e) {
      verdict = safeVerdict(e);
    }
    const site = await siteChoices(siteOf(sender));
    if (inTab) {
      await rememberTab(tabId, { verdict, url: String(msg.page?.url ?? sender.url ?? ''), scannedAt: Date.now(), lang, trusted: site.trusted });
      // A site the user trusts shows nothing, not even a badge; the popup still tells the verdict.
      // Risky listings on the page raise the badge too (the popup lists them).
      const listings = await tabListings(tabId, String(msg.page?.url ?? sender.url ?? ''));
      if (site.trusted) await setBadge(tabId, 'safe');
      else await listingBadge(tabId, verdict.level, listings?.level ?? 'safe');
    }
    // The pack's helplines (an NGO's pack) go with any verdict the page shows a warning for.
    const shown = verdict.level === 'warning' || verdict.level === 'danger';
    const helplines = shown ? (await packInfo())?.helplines ?? [] : [];
    return { ...verdict, lang, site, ...(helplines.length ? { helplines } : {}) };
  },

  async getVerdict(msg) {
    const tabId = Number(msg.tabId);
    if (!Number.isInteger(tabId)) return { error: 'tabId must be an integer', verdict: null };
    const entry = await recallTab(tabId);
    return {
      tabId, verdict: entry?.verdict ?? null, url: entry?.url ?? null, scannedAt: entry?.scannedAt ?? null,
      trusted: entry?.trusted === true, pack: await packInfo(),
    };
  },

  async check(msg) {
    const lang = await currentLang();
    try {
      const url = typeof msg.url === 'string' ? msg.url.trim() : '';
      const text = typeof msg.text === 'string' ? msg.text.trim().slice(0, MAX_CHECK_TEXT) : '';
      if (!url && !text) return { ...safeVerdict('nothing to check: send text or url'), lang };
      const { engine } = await getEngine();
      const link = url || asUrl(text);
      const raw = link ? engine.checkUrl(link.slice(0, 4096), lang) : engine.scanText(text, lang);
      return { ...toVerdict(raw), lang };
    } catch (e) {
      return { ...safeVerdict(e), lang };
    }
  },

  packInfo,

  // ---- marketplace listings (issue 5): one verdict per card; see background/listings.js ----
  async scanListings(msg, sender) {
    const tabId = sender.tab?.id;
    const inTab = Number.isInteger(tabId) && tabId >= 0 && (sender.frameId ?? 0) === 0;
    // Started before any await: batches of a page must meet its remembered cards in order.
    const answering = scanListings(msg, inTab ? tabId : null);
    const site = await siteChoices(siteOf(sender));
    const { listings, ...answer } = await answering;
    if (answer.needContext) return answer;
    if (inTab && !answer.error) {
      const doc = typeof msg.doc === 'string' ? msg.doc.slice(0, 40) : '';
      const record = await noteListings(tabId, sender.url, doc, listings, answer.verdicts);
      // Only a batch with a risky listing can raise the badge (the browser clears it on navigation).
      if (answer.verdicts.some((v) => v.level === 'warning' || v.level === 'danger') && !site.trusted) {
        const page = await recallTab(tabId);
        const pageLevel = page && page.url && pageOf(page.url) === record.url ? page.verdict.level : 'safe';
        await listingBadge(tabId, pageLevel, record.level);
      }
    }
    return { ...answer, site };
  },

  async getListings(msg) {
    const tabId = Number(msg.tabId);
    if (!Number.isInteger(tabId)) return { error: 'tabId must be an integer', record: null };
    return { record: await tabListings(tabId, String(msg.url ?? '')) };
  },

  // A shop without an adapter (schema.org or OpenGraph product data, seen by
  // content/listings/loader.js): run the listing scripts the marketplaces get from the manifest.
  // Only in the sender's own top frame: a page can ask for nothing else. A marketplace's product
  // page has product data too, and its listing scripts, from the manifest, may start only after
  // the loader asked: look in the frame first, so they never run (and cost) twice.
  async loadListings(_msg, sender) {
    const tabId = sender.tab?.id;
    if (!Number.isInteger(tabId) || tabId < 0 || (sender.frameId ?? 0) !== 0) return { ok: false };
    const target = { tabId, frameIds: [0] };
    const [running] = await api.scripting.executeScript({ target, func: () => Boolean(globalThis.__waspadaListingsStarted) });
    if (!running?.result) await api.scripting.executeScript({ target, files: listingScripts() });
    return { ok: true };
  },

  async messages(msg) {
    if (msg.lang !== 'id' && msg.lang !== 'en') return { error: 'lang must be id or en' };
    const res = await fetch(api.runtime.getURL(`_locales/${msg.lang}/messages.json`));
    return res.json();
  },

  async dismiss(_msg, sender) {
    const site = siteOf(sender);
    // Locked settings: the banner closes for now, and is not remembered (that would change a setting).
    const settings = await Settings.load();
    if (!site || settings.pin || settings.managed.locked) return { ok: false };
    await dismissSite(site);
    return { ok: true };
  },

  async trust(msg, sender) {
    const site = siteOf(sender);
    if (!site) return { ok: false };
    const { pin, managed } = await Settings.load();
    if (managed.locked) return { ok: false, managed: true };
    if (pin) {
      if (typeof msg.pin !== 'string' || !msg.pin) return { ok: false, needPin: true };
      if (!(await checkPinSlowly(msg.pin, pin))) return { ok: false, wrongPin: true };
    }
    return { ok: await Settings.addTrusted(site), site: Settings.siteKey(site) };
  },

  async openReport(msg, sender) {
    const channel = globalThis.WaspadaReport.CHANNELS[msg.channel];
    if (!channel || !Object.hasOwn(globalThis.WaspadaReport.CHANNELS, msg.channel)) return { ok: false };
    const opener = Number.isInteger(sender.tab?.id) ? { openerTabId: sender.tab.id } : {};
    try {
      await api.tabs.create({ url: channel.url, ...opener });
    } catch {
      await api.tabs.create({ url: channel.url }); // Firefox for Android has no openerTabId
    }
    return { ok: true };
  },

  async scanComments(msg) {
    const texts = Array.isArray(msg.texts) ? msg.texts.slice(0, MAX_COMMENTS) : [];
    const lang = await currentLang();
    const { engine } = await getEngine();
    const results = texts.map((text) => {
      try {
        const v = toVerdict(engine.scanText(String(text ?? '').slice(0, MAX_COMMENT_TEXT), lang));
        const flagged = v.level === 'warning' || v.level === 'danger';
        return { level: v.level, gambling: flagged && v.categories.includes('gambling') };
      } catch {
        return { level: 'safe', gambling: false };
      }
    });
    return { results };
  },

  async proceed(_msg, sender) {
    const site = siteOf(sender);
    if (site) await proceedSite(site);
    return { ok: Boolean(site) };
  },

  async leave(_msg, sender) {
    if (!Number.isInteger(sender.tab?.id)) return { ok: false };
    await api.tabs.update(sender.tab.id, { url: api.runtime.getURL('safe/safe.html') });
    return { ok: true };
  },
};

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  const type = msg?.type;
  if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) {
    sendResponse(safeVerdict(`unknown message type: ${String(type).slice(0, 40)}`));
    return false;
  }
  handlers[type](msg, sender).then(sendResponse, (e) => sendResponse(safeVerdict(e)));
  return true; // the answer comes asynchronously
});

api.tabs.onRemoved.addListener((tabId) => {
  forgetTab(tabId).catch(() => {});
  forgetListings(tabId).catch(() => {});
  forgetContexts(tabId);
});

// Speak the chosen language in badge titles too, now and whenever Options changes it.
const followLang = () => currentLang().then(useLang).catch(() => {});
api.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.lang) followLang();
});
followLang();

// Bring stored settings to the current schema (after an update) before anyone reads them.
api.runtime.onInstalled?.addListener(() => Settings.migrate());
Settings.migrate();

// Start the engine now, while the first page is still loading; failures surface per message.
getEngine().catch((e) => console.warn('Waspada: engine not ready:', e?.message ?? e));
