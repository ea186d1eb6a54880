// Marketplace listings in the service worker: the answer to the content script's
// {type:'scanListings', listings, doc, seq, context?}. `listings` are the cards (or the one listing
// of a listing page) to judge now. The engine compares prices with the median of similar listings
// on the page, so it also needs the page's earlier cards (the context): this worker keeps the last
// 60 of them per tab and page load (`doc`) in memory, and `seq` (how many listings the page sent
// before) tells whether they are all here. When they are not (the worker was stopped and started
// again meanwhile), the answer is {needContext: true} and the content script sends the batch
// again with `context`. Otherwise answers {verdicts: [Verdict per listing], lang, site, strings?,
// helplines?} (`strings`: the markers' words in `lang`, when a verdict needs a marker;
// `helplines`: the pack publisher's, as shared/report.js `helplines()` lets them through). The risky ones are
// also kept per tab for the popup and the toolbar badge (below); the markers themselves live and
// die with their cards.
import { currentLang, getEngine, plain, safeVerdict, toVerdict } from './engine.js';
import { session } from './state.js';

const CAP = Object.freeze({ listings: 200, context: 60, str: 300, description: 4000, url: 2048, contacts: 10 });
const str = (s, n = CAP.str) => (typeof s === 'string' ? s.slice(0, n) : '');
const num = (n) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined);

/** A listing with only the fields of ARCHITECTURE.md, each capped. */
export function boundListing(l) {
  if (!l || typeof l !== 'object') return {};
  const out = {
    title: str(l.title),
    priceText: str(l.priceText, 100),
    currency: str(l.currency, 8),
    description: str(l.description, CAP.description),
    seller: str(l.seller),
    sellerJoined: str(l.sellerJoined),
    official: l.official === true,
    contacts: (Array.isArray(l.contacts) ? l.contacts : []).slice(0, CAP.contacts).map((c) => str(c)),
    url: str(l.url, CAP.url),
    site: str(l.site, 40),
  };
  for (const k of ['price', 'sellerAgeDays', 'sellerRating', 'sellerReviews']) {
    const v = num(l[k]);
    if (v !== undefined) out[k] = k === 'price' || k === 'sellerRating' ? v : Math.min(Math.round(v), 4_000_000_000);
  }
  return out;
}

// ---- the page's earlier cards, for the page median ----------------------------------------------

const contexts = new Map(); // `${tabId}:${doc}` → { seq: listings seen, entries: the last CAP.context }
const MAX_PAGES = 40; // pages remembered at once (oldest forgotten first)

// What the engine needs of an earlier card for the page median: its title and price.
const priceOnly = (l) => ({ title: l.title, priceText: l.priceText, price: l.price, currency: l.currency });

/**
 * The context for this batch, and the memory updated with it; null when earlier cards are missing.
 * Synchronous on purpose: batches of one page are taken in the order they arrive.
 */
function contextFor(key, msg, listings) {
  const seq = Number.isInteger(msg.seq) && msg.seq >= 0 ? msg.seq : null;
  const known = key ? contexts.get(key) : undefined;
  let context;
  if (Array.isArray(msg.context)) context = msg.context.slice(-CAP.context).map(boundListing);
  else if (seq === 0) context = [];
  else if (known && seq !== null && known.seq === seq) context = known.entries;
  else return null;
  if (key && seq !== null) {
    contexts.delete(key); // re-inserted last: the Map's order is the forgetting order
    contexts.set(key, { seq: seq + listings.length, entries: [...context, ...listings.map(priceOnly)].slice(-CAP.context) });
    if (contexts.size > MAX_PAGES) contexts.delete(contexts.keys().next().value);
  }
  return context;
}

/** Forget the remembered cards of a tab's pages (the tab closed). */
export function forgetContexts(tabId) {
  for (const key of contexts.keys()) if (key.startsWith(`${tabId}:`)) contexts.delete(key);
}

/**
 * Verdicts for msg.listings, judged together with the page's earlier cards (see above), and the
 * listings as judged (bounded), for noteListings: {verdicts, lang, listings, error?}, or
 * {needContext: true}. `tabId` is the sender's tab (null: no memory, msg.context only).
 */
export async function scanListings(msg, tabId = null) {
  const listings = (Array.isArray(msg.listings) ? msg.listings : []).slice(0, CAP.listings).map(boundListing);
  const doc = typeof msg.doc === 'string' && msg.doc ? msg.doc.slice(0, 40) : '';
  const context = contextFor(tabId !== null && doc ? `${tabId}:${doc}` : '', msg, listings);
  if (!context) return { needContext: true, verdicts: [], listings: [] };
  const lang = await currentLang();
  try {
    const { engine, pack } = await getEngine();
    const all = plain(engine.scanListings([...context, ...listings], lang));
    const verdicts = all.slice(context.length).map(toVerdict);
    const answer = { verdicts, lang, listings };
    if (verdicts.some((v) => v.level === 'warning' || v.level === 'danger')) {
      const strings = await markerStrings(lang);
      if (strings) answer.strings = strings;
      // An NGO pack's helplines go on the markers' panels, as on a page's warning, checked by
      // the same shared/report.js `helplines()` (digits-only numbers, https-only pages).
      const helplines = globalThis.WaspadaReport?.helplines(pack?.helplines) ?? [];
      if (helplines.length) answer.helplines = helplines;
    }
    return answer;
  } catch (e) {
    return { verdicts: listings.map(() => safeVerdict(e)), lang, listings, error: String(e?.message ?? e) };
  }
}

// ---- the markers' words -------------------------------------------------------------------------
// A marker's strings travel with the verdicts that need one. The first chrome.i18n.getMessage in
// a page's content script costs ~3 ms of main-thread time (the renderer fetches the extension's
// message bundle then), more than reading and sending a whole grid; here in the worker the
// locale's messages.json is read once per language and kept.

/** The message keys a listing marker shows (content/listings/marker.js). */
export const MARKER_KEYS = Object.freeze(['listingTitleDanger', 'listingTitleWarning', 'listingBadgeHint',
  'listingBadgeDanger', 'listingBadgeWarning', 'listingClose', 'listingAdvice', 'helplineIntro']);
const markerTables = new Map(); // lang → Promise<{key: string} | null>

/** The marker's strings in `lang` ('id' or 'en'), or null when they cannot be read. */
export function markerStrings(lang) {
  if (lang !== 'id' && lang !== 'en') return Promise.resolve(null);
  if (!markerTables.has(lang)) {
    const { api } = globalThis.WASPADA_PLATFORM;
    const loading = fetch(api.runtime.getURL(`_locales/${lang}/messages.json`))
      .then((res) => res.json())
      .then((table) => {
        const out = {};
        for (const key of MARKER_KEYS) {
          const message = table?.[key]?.message;
          if (typeof message !== 'string' || !message) return null;
          out[key] = message;
        }
        return out;
      })
      .catch(() => null);
    // A failed read is tried again next time, not remembered.
    loading.then((strings) => strings || markerTables.delete(lang));
    markerTables.set(lang, loading);
  }
  return markerTables.get(lang);
}

// ---- what the popup and the badge know about a tab's listings --------------------------------
// Per tab, for the page the listings came from: how many listings were judged and the risky ones
// (warning and danger: the ones marked in the page) with their reasons. A new page (another URL)
// starts afresh. Kept in session storage like the page verdict (background/state.js), because the
// service worker is stopped when idle.

const LEVEL_RANK = Object.freeze({ safe: 0, caution: 1, warning: 2, danger: 3 });
const RISKY = new Set(['warning', 'danger']);
const KEEP = Object.freeze({ risky: 30, reasons: 3, evidence: 160, title: 160 });
const listingsKey = (tabId) => `listings:${tabId}`;
const chains = new Map(); // tabId → promise: one update at a time per tab (batches answer concurrently)

/** A page URL without its fragment: markers and verdicts belong to the page, not to an anchor. */
export function pageOf(url) {
  const s = typeof url === 'string' ? url : '';
  const hash = s.indexOf('#');
  return hash < 0 ? s : s.slice(0, hash);
}

/** The higher of two levels. */
export function higher(a, b) {
  return (LEVEL_RANK[b] ?? 0) > (LEVEL_RANK[a] ?? 0) ? b : a;
}

/**
 * Adds a batch of judged listings (bounded, as sent to the engine) to the tab's record for
 * `url` and `doc` (the content script's id for one load of one route: a reload starts afresh,
 * so the same cards are not counted twice). Resolves to the record: { url, judged, level (highest risky level, or 'safe'),
 * riskyCount, risky: [{ title, url, level, score, reasons }] (the strongest KEEP.risky) }.
 */
export function noteListings(tabId, url, doc, listings, verdicts) {
  const run = async () => {
    const key = listingsKey(tabId);
    const page = pageOf(url);
    const old = (await session.get(key))[key];
    const same = old?.url === page && old?.doc === doc;
    const record = same ? old : { url: page, doc, judged: 0, level: 'safe', riskyCount: 0, risky: [] };
    record.judged += listings.length;
    verdicts.forEach((v, i) => {
      if (!RISKY.has(v.level)) return;
      record.level = higher(record.level, v.level);
      record.riskyCount++;
      record.risky.push({
        title: listings[i].title.slice(0, KEEP.title) || listings[i].priceText,
        url: listings[i].url,
        level: v.level,
        score: v.score,
        reasons: v.reasons.slice(0, KEEP.reasons).map((r) => ({ ...r, evidence: r.evidence.slice(0, KEEP.evidence) })),
      });
    });
    // The strongest first; past KEEP.risky only riskyCount grows.
    record.risky = record.risky.sort((a, b) => b.score - a.score).slice(0, KEEP.risky);
    await session.set({ [key]: record });
    return record;
  };
  const next = (chains.get(tabId) ?? Promise.resolve()).then(run, run);
  chains.set(tabId, next.catch(() => {}));
  return next;
}

/** The tab's listing record if it belongs to the page at `url`, else null. */
export async function tabListings(tabId, url) {
  const key = listingsKey(tabId);
  const record = (await session.get(key))[key];
  return record && record.url === pageOf(url) ? record : null;
}

export async function forgetListings(tabId) {
  chains.delete(tabId);
  await session.remove(listingsKey(tabId));
}
