// Marketplace listings in the service worker: the answer to the content script's
// {type:'scanListings', listings, context}. `listings` are the cards (or the one listing of a
// listing page) to judge now; `context` are cards of the same page judged before, sent again only
// so that the engine can compare prices with the median of similar listings on the page.
// Answers {verdicts: [Verdict per listing], lang, site}. Nothing is stored: a marker lives and
// dies with its card.
import { currentLang, getEngine, plain, safeVerdict, toVerdict } from './engine.js';

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

/** Verdicts for msg.listings, judged together with msg.context (same page, judged before). */
export async function scanListings(msg) {
  const lang = await currentLang();
  const listings = (Array.isArray(msg.listings) ? msg.listings : []).slice(0, CAP.listings).map(boundListing);
  const context = (Array.isArray(msg.context) ? msg.context : []).slice(-CAP.context).map(boundListing);
  try {
    const { engine } = await getEngine();
    const all = plain(engine.scanListings([...context, ...listings], lang));
    return { verdicts: all.slice(context.length).map(toVerdict), lang };
  } catch (e) {
    return { verdicts: listings.map(() => safeVerdict(e)), lang, error: String(e?.message ?? e) };
  }
}
