//# allFunctionsCalledOnLoad
// (A V8 compile hint: every function here is compiled with the file, once, rather than
// pre-parsed now and parsed again on its first call; see ARCHITECTURE.md, listings.)
// The generic adapter: listings on any shop from schema.org Product data (JSON-LD, microdata) and
// OpenGraph product tags, for sites with no adapter in adapters.js.
//   - one product on the page → a listing page (`single`);
//   - several microdata products → a grid whose cards are the microdata elements;
//   - a JSON-LD ItemList of Products (or several Products) → a grid whose cards are found through
//     the links to each product's URL: a card is the largest element around a product's links that
//     holds no link to another listed product (the usual shape: <div class="card"><a href=…>).
// JSON-LD is parsed once per <script> (re-parsed only if its text changes), and each link is
// looked at once per route, so an infinite-scroll page does not redo its earlier work.
// Exposes globalThis.WaspadaListingGeneric.
(() => {
  const { CAP, clip, lines, contactsIn, cardLinks } = globalThis.WaspadaListingExtract;
  // Product data is looked for where, and as far as, content/listings/loader.js looked for it
  // before loading this script: one set of selectors and bounds for both.
  const { MICRODATA, LD } = globalThis.WaspadaListingLoader;
  const LIMITS = Object.freeze({ ...globalThis.WaspadaListingLoader.LIMITS, products: 500, links: 5000 });
  const PRICE_RE = /^(rp|idr)\s?\d/i;

  // ---- JSON-LD ------------------------------------------------------------------------------

  function productsIn(node, out) {
    if (!node || typeof node !== 'object' || out.length >= LIMITS.products) return;
    if (Array.isArray(node)) {
      for (const n of node) productsIn(n, out);
      return;
    }
    const type = [].concat(node['@type'] ?? []).map(String);
    if (type.includes('Product')) out.push(node);
    productsIn(node['@graph'], out);
    if (type.includes('ItemList')) {
      // ListItem { item: Product } or ListItem { url } (Google's "summary page" form): the
      // latter names only the URL, and the card's own text gives title and price.
      const items = [].concat(node.itemListElement ?? []);
      for (const e of items) {
        if (out.length >= LIMITS.products) break;
        if (e?.item && typeof e.item === 'object') productsIn(e.item, out);
        else if ([].concat(e?.['@type'] ?? []).map(String).includes('Product')) out.push(e);
        else if (typeof e?.url === 'string' || typeof e?.item === 'string') out.push({ url: e.url ?? e.item, urlOnly: true });
      }
    }
  }

  function fromProductLd(p) {
    const offer = [].concat(p.offers ?? [])[0] ?? {};
    const price = offer.price ?? offer.lowPrice;
    const listing = {
      title: clip(p.name, CAP.title),
      priceText: price !== undefined ? clip(`${offer.priceCurrency === 'IDR' || !offer.priceCurrency ? 'Rp' : ''}${price}`) : '',
      currency: clip(offer.priceCurrency ?? '', 8),
      description: clip(p.description, CAP.description),
      seller: clip(offer.seller?.name ?? p.brand?.name ?? ''),
      contacts: [],
      url: clip(p.url ?? offer.url ?? location.href, 2048),
      site: 'generic',
      official: false,
    };
    const n = Number(price);
    if (price !== undefined && String(price).trim() !== '' && Number.isFinite(n)) listing.price = n;
    const reviews = Number(p.aggregateRating?.reviewCount ?? p.aggregateRating?.ratingCount);
    if (Number.isFinite(reviews)) listing.sellerReviews = reviews;
    return listing;
  }

  const parsed = new WeakMap(); // <script> → { text length, products }

  /** Every Product of the page's JSON-LD, as listings ({urlOnly} for a bare ListItem URL). */
  function jsonLdProducts() {
    const out = [];
    const scripts = document.querySelectorAll(LD);
    for (let i = 0; i < scripts.length && i < LIMITS.scripts; i++) {
      const text = scripts[i].textContent ?? '';
      let entry = parsed.get(scripts[i]);
      if (!entry || entry.length !== text.length) {
        const products = [];
        if (text.length <= LIMITS.jsonBytes && /Product|ItemList/.test(text)) {
          try {
            productsIn(JSON.parse(text), products);
          } catch {
            // broken JSON-LD is common; ignore it
          }
        }
        entry = { length: text.length, products: products.map((p) => (p.urlOnly ? p : fromProductLd(p))) };
        parsed.set(scripts[i], entry);
      }
      out.push(...entry.products);
    }
    return out.slice(0, LIMITS.products);
  }

  // ---- microdata and OpenGraph ------------------------------------------------------------------

  function fromMicrodata(el) {
    const links = cardLinks(el);
    const prop = (name) => {
      const node = el.querySelector(`[itemprop="${name}"]`);
      return clip(node?.getAttribute('content') ?? node?.textContent);
    };
    const listing = {
      title: prop('name'),
      priceText: prop('price'),
      currency: prop('priceCurrency').slice(0, 8),
      description: clip(el.querySelector('[itemprop="description"]')?.textContent, CAP.description),
      seller: prop('seller') || prop('brand'),
      contacts: links.contacts,
      url: links.url || location.href,
      site: 'generic',
      official: false,
    };
    const n = Number(listing.priceText);
    if (listing.priceText && Number.isFinite(n)) listing.price = n;
    return listing;
  }

  function openGraphProduct() {
    const meta = (p) => clip(document.querySelector(`meta[property="${p}"]`)?.getAttribute('content'), CAP.description);
    if (meta('og:type').toLowerCase() !== 'product') return null;
    const amount = meta('product:price:amount') || meta('og:price:amount');
    const listing = {
      title: clip(meta('og:title'), CAP.title),
      priceText: amount,
      currency: (meta('product:price:currency') || meta('og:price:currency')).slice(0, 8),
      description: meta('og:description'),
      seller: '',
      contacts: [],
      url: location.href,
      site: 'generic',
      official: false,
    };
    const n = Number(amount);
    if (amount && Number.isFinite(n)) listing.price = n;
    return listing;
  }

  let hasData = false; // once a route shows product data, it keeps it (reset() forgets)

  /** Whether the page carries product data this adapter reads (no JSON parsing). */
  function hasProductData() {
    hasData ||= globalThis.WaspadaListingLoader.pageHasProductData();
    return hasData;
  }

  /** The one listing of a product page, or null when the page shows no or several products. */
  function single() {
    const ld = jsonLdProducts().filter((p) => !p.urlOnly);
    const micro = document.querySelectorAll(MICRODATA);
    if (micro.length > 1 || ld.length > 1) return null;
    const listing = ld.length === 1 ? ld[0] : micro.length === 1 ? fromMicrodata(micro[0]) : openGraphProduct();
    if (!listing) return null;
    // The visible description often says more than the structured one (contacts, "transfer dulu").
    const contacts = contactsIn(document.body ?? document.documentElement);
    return { ...listing, contacts: [...listing.contacts, ...contacts].slice(0, CAP.contacts) };
  }

  // ---- grids -------------------------------------------------------------------------------------

  // A URL as a key: host, path without trailing slash, query; no scheme, no fragment. So "/p/1/"
  // on the card finds "http://shop/p/1" in JSON-LD. Read from the resolved string (a.href), with
  // no URL object per link.
  const URL_PARTS = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)([^?#]*)(\?[^#]*)?/i;
  function keyOf(href) {
    const m = URL_PARTS.exec(href);
    return m ? `${m[1].toLowerCase()}${m[2].replace(/\/+$/, '')}${m[3] ?? ''}` : '';
  }
  // An absolute URL the URL parser would leave as it is (plain host, no port, no dot segments,
  // nothing to escape) is its own resolved form: no URL object for it. JSON-LD URLs nearly all
  // look like this, and a grid re-reads them on every pass.
  const PLAIN_URL = /^https?:\/\/[a-z0-9.-]+(\/[\w\-.~/%+,;=:@!$&'()*]*)?(\?[\w\-.~/%+,;=:@!$&()*?]*)?$/i; // ' is escaped in a query
  const DOT_SEGMENT = /\/\.\.?(\/|\?|$)/;
  function urlKey(href) {
    if (PLAIN_URL.test(href) && !DOT_SEGMENT.test(href)) return keyOf(href);
    try {
      return keyOf(new URL(href, location.href).href);
    } catch {
      return '';
    }
  }

  /** Per route: what the link search already did. */
  function newState() {
    return { links: new WeakSet(), owner: new Map(), anchorOf: new Map() };
  }
  let state = newState();
  const MANY = Symbol('many');

  /** Records that `anchor` links to product `key`: each ancestor is owned by one product, or MANY. */
  function own(anchor, key) {
    if (!state.anchorOf.has(key)) state.anchorOf.set(key, anchor);
    for (let el = anchor; el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
      const o = state.owner.get(el);
      if (o === key) return; // the rest of the chain was recorded by an earlier link
      state.owner.set(el, o === undefined ? key : MANY);
      if (o !== undefined) {
        for (let up = el.parentElement; up && state.owner.get(up) !== MANY; up = up.parentElement) state.owner.set(up, MANY);
        return;
      }
    }
  }

  /** The card of product `key`: the highest ancestor of its link owned by it alone. */
  function cardOf(key) {
    let card = state.anchorOf.get(key);
    while (card?.parentElement && state.owner.get(card.parentElement) === key) card = card.parentElement;
    return card ?? null;
  }

  /**
   * The cards of a grid: [{ card, listing }] for microdata products (listing null: read it with
   * fromMicrodata) and for JSON-LD products found through their links. Cards in `seen` are skipped.
   */
  function cards(seen) {
    const micro = document.querySelectorAll(MICRODATA);
    if (micro.length > 1) {
      return Array.from(micro).slice(0, LIMITS.products).filter((el) => !seen.has(el)).map((card) => ({ card, listing: null }));
    }
    const products = new Map();
    for (const p of jsonLdProducts()) {
      const key = p.url ? urlKey(p.url) : '';
      if (key && !products.has(key)) products.set(key, p);
    }
    if (products.size < 2) return [];
    const links = document.querySelectorAll('a[href]');
    for (let i = 0; i < links.length && i < LIMITS.links; i++) {
      const a = links[i];
      if (state.links.has(a)) continue;
      state.links.add(a);
      const key = keyOf(a.href);
      if (products.has(key)) own(a, key);
    }
    // Until two products are on screen, a card's edge is unknown (it would grow to the page).
    if (state.anchorOf.size < 2) return [];
    const out = [];
    for (const [key, p] of products) {
      if (!state.anchorOf.has(key)) continue;
      const card = cardOf(key);
      if (!card || seen.has(card)) continue;
      out.push({ card, listing: p.urlOnly ? fromText(card, p.url) : { ...p, contacts: cardLinks(card).contacts } });
    }
    return out;
  }

  /** A card named only by a ListItem URL: title and price from its text. */
  function fromText(card, url) {
    const ls = lines(card);
    return {
      title: ls.find((l) => !PRICE_RE.test(l) && l.length >= 8) ?? '',
      priceText: ls.find((l) => PRICE_RE.test(l)) ?? '',
      contacts: cardLinks(card).contacts,
      url: clip(url, 2048),
      site: 'generic',
      official: false,
    };
  }

  /** Forget the link search (a single-page-app navigation). */
  function reset() {
    state = newState();
    hasData = false;
  }

  globalThis.WaspadaListingGeneric = Object.freeze({ hasProductData, single, cards, fromMicrodata, reset });
})();
