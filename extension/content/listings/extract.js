// Reads a listing out of a card or a listing page, with an adapter's selectors (adapters.js),
// or from schema.org Product data (JSON-LD, microdata) and OpenGraph product tags on any shop.
// Only textContent and attributes are read: never innerText (it forces layout) and never markup.
// Every field is capped here; the engine caps again. Exposes globalThis.WaspadaListingExtract.
(() => {
  const CAP = Object.freeze({ field: 300, title: 300, description: 4000, contacts: 10, lines: 24, jsonLd: 8, jsonBytes: 200_000 });
  const PRICE_RE = /^(rp|idr)\s?\d/i;
  const CONTACT_HREF_RE = /^(tel:|sms:)|wa\.me\/|api\.whatsapp\.com|t\.me\/|line\.me\//i;

  const clip = (s, n = CAP.field) => {
    const text = String(s ?? '').replace(/\s+/g, ' ').trim();
    return text.length > n ? text.slice(0, n) : text;
  };
  const first = (root, sel) => (sel ? root.querySelector(sel) : null);
  const textOf = (root, sel, n) => clip(first(root, sel)?.textContent, n);

  /** Up to CAP.lines trimmed text lines of an element's visible-ish text nodes. */
  function lines(el) {
    const out = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && out.length < CAP.lines; node = walker.nextNode()) {
      const tag = node.parentNode?.nodeName;
      if (tag === 'SCRIPT' || tag === 'STYLE') continue;
      const text = clip(node.nodeValue);
      if (text) out.push(text);
    }
    return out;
  }

  /** A count from "(1,2rb ulasan)", "0 ulasan", "123": thousands in "rb"/"k" and "jt". */
  function count(text) {
    const m = /(\d+(?:[.,]\d+)?)\s*(rb|k|jt)?/i.exec(String(text ?? ''));
    if (!m) return undefined;
    const n = Number(m[1].replace(',', '.'));
    const mult = { rb: 1e3, k: 1e3, jt: 1e6 }[m[2]?.toLowerCase()] ?? 1;
    return Number.isFinite(n) ? Math.round(n * mult) : undefined;
  }

  function rating(text) {
    const m = /(\d(?:[.,]\d)?)/.exec(String(text ?? ''));
    return m ? Number(m[1].replace(',', '.')) : undefined;
  }

  function contactsIn(root, sel) {
    const out = [];
    if (sel) for (const el of root.querySelectorAll(sel)) if (out.length < CAP.contacts) out.push(clip(el.textContent));
    for (const a of root.querySelectorAll('a[href]')) {
      if (out.length >= CAP.contacts) break;
      const href = a.getAttribute('href') ?? '';
      if (CONTACT_HREF_RE.test(href)) out.push(clip(href));
    }
    return out;
  }

  /** The listing fields of `root` under a field-selector map, with text fallbacks. */
  function read(root, fields, { site, url, description = false } = {}) {
    let title = textOf(root, fields.title, CAP.title) || clip(first(root, fields.title)?.getAttribute?.('title'));
    let priceText = textOf(root, fields.price);
    if (!title || !priceText) {
      const ls = lines(root);
      priceText ||= ls.find((l) => PRICE_RE.test(l)) ?? '';
      title ||= ls.find((l) => !PRICE_RE.test(l) && l.length >= 8) ?? '';
    }
    const listing = {
      title,
      priceText,
      seller: textOf(root, fields.seller),
      sellerJoined: textOf(root, fields.joined),
      official: Boolean(first(root, fields.official)),
      contacts: contactsIn(root, fields.contacts),
      url: clip(url, 2048),
      site,
    };
    const reviews = fields.reviews ? count(first(root, fields.reviews)?.textContent) : undefined;
    if (reviews !== undefined) listing.sellerReviews = reviews;
    const r = fields.rating ? rating(first(root, fields.rating)?.textContent) : undefined;
    if (r !== undefined && r <= 5) listing.sellerRating = r;
    if (description) listing.description = textOf(root, fields.description, CAP.description);
    return listing;
  }

  function cardUrl(card) {
    const a = card.matches('a[href]') ? card : card.querySelector('a[href]');
    try {
      return a ? new URL(a.getAttribute('href'), location.href).href : '';
    } catch {
      return '';
    }
  }

  /** A card of a grid or feed, read with its adapter. */
  function fromCard(adapter, card) {
    return read(card, adapter.fields, { site: adapter.site, url: cardUrl(card) });
  }

  /** The one listing of a listing page, read with its adapter. */
  function fromPage(adapter) {
    return read(document, adapter.page, { site: adapter.site, url: location.href, description: true });
  }

  // ---- generic: schema.org Product (JSON-LD, microdata) and OpenGraph -------------------------

  function productsIn(node, out) {
    if (!node || typeof node !== 'object' || out.length >= 100) return;
    if (Array.isArray(node)) {
      for (const n of node) productsIn(n, out);
      return;
    }
    const type = [].concat(node['@type'] ?? []).map(String);
    if (type.includes('Product')) out.push(node);
    productsIn(node['@graph'], out);
    if (type.includes('ItemList')) productsIn((node.itemListElement ?? []).map((e) => e?.item ?? e), out);
  }

  function fromProductLd(p) {
    const offer = [].concat(p.offers ?? [])[0] ?? {};
    const price = offer.price ?? offer.lowPrice;
    const seller = offer.seller?.name ?? p.brand?.name ?? '';
    const listing = {
      title: clip(p.name, CAP.title),
      priceText: price !== undefined ? clip(`${offer.priceCurrency === 'IDR' || !offer.priceCurrency ? 'Rp' : ''}${price}`) : '',
      currency: clip(offer.priceCurrency ?? '', 8),
      description: clip(p.description, CAP.description),
      seller: clip(seller),
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

  function jsonLdProducts() {
    const out = [];
    const scripts = document.querySelectorAll('script[type="application/ld+json"]');
    for (let i = 0; i < scripts.length && i < CAP.jsonLd; i++) {
      const text = scripts[i].textContent ?? '';
      if (text.length > CAP.jsonBytes || !/Product/.test(text)) continue;
      try {
        productsIn(JSON.parse(text), out);
      } catch {
        // broken JSON-LD is common; ignore it
      }
    }
    return out.map(fromProductLd);
  }

  const MICRODATA = '[itemtype$="schema.org/Product"]';

  function fromMicrodata(el) {
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
      contacts: contactsIn(el),
      url: cardUrl(el) || location.href,
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

  /** Whether the page carries product data the generic adapter reads (cheap: no JSON parsing). */
  function hasProductData() {
    if (document.querySelector(`${MICRODATA}, meta[property="og:type"][content="product" i]`)) return true;
    const scripts = document.querySelectorAll('script[type="application/ld+json"]');
    for (let i = 0; i < scripts.length && i < CAP.jsonLd; i++) {
      const text = scripts[i].textContent ?? '';
      if (text.length <= CAP.jsonBytes && /"Product"/.test(text)) return true;
    }
    return false;
  }

  /**
   * The generic reading of a page: {single, cards}. One product → a listing page; several
   * (an ItemList, many microdata products) → a grid whose cards are the microdata elements.
   */
  function generic() {
    const ld = jsonLdProducts();
    const micro = Array.from(document.querySelectorAll(MICRODATA)).slice(0, 500);
    if (micro.length > 1) return { single: null, cards: micro };
    const og = openGraphProduct();
    const single = ld.length === 1 ? ld[0] : micro.length === 1 ? fromMicrodata(micro[0]) : og;
    if (single) {
      // The visible description often says more than the structured one (contacts, "transfer dulu").
      const contacts = contactsIn(document.body ?? document.documentElement);
      single.contacts = [...single.contacts, ...contacts].slice(0, CAP.contacts);
    }
    return { single, cards: [], products: ld.length > 1 ? ld : [] };
  }

  globalThis.WaspadaListingExtract = Object.freeze({ fromCard, fromPage, fromMicrodata, generic, hasProductData, count });
})();
