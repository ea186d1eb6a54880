// Marketplace listings in the service worker: the answer to the content script's
// {type:'scanListings', listings, context}. `listings` are the cards (or the one listing of a
// listing page) to judge now; `context` are cards of the same page judged before, sent again only
// so that the engine can compare prices with the median of similar listings on the page.
// Answers {verdicts: [Verdict per listing], lang, site}. The risky ones are also kept per tab for
// the popup and the toolbar badge (below); the markers themselves live and die with their cards.
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

/**
 * Verdicts for msg.listings, judged together with msg.context (same page, judged before), and
 * the listings as judged (bounded), for noteListings: {verdicts, lang, listings, error?}.
 */
export async function scanListings(msg) {
  const lang = await currentLang();
  const listings = (Array.isArray(msg.listings) ? msg.listings : []).slice(0, CAP.listings).map(boundListing);
  const context = (Array.isArray(msg.context) ? msg.context : []).slice(-CAP.context).map(boundListing);
  try {
    const { engine } = await getEngine();
    const all = plain(engine.scanListings([...context, ...listings], lang));
    return { verdicts: all.slice(context.length).map(toVerdict), lang, listings };
  } catch (e) {
    return { verdicts: listings.map(() => safeVerdict(e)), lang, listings, error: String(e?.message ?? e) };
  }
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
