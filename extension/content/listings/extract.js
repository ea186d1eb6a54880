//# allFunctionsCalledOnLoad
// (A V8 compile hint: every function here is compiled with the file, once, rather than
// pre-parsed now and parsed again on its first call; see ARCHITECTURE.md, listings.)
// Reads a listing out of a card or a listing page with an adapter's selectors (adapters.js); the
// helpers here are shared with generic.js (schema.org and OpenGraph product data on any shop).
// Only textContent and attributes are read: never innerText (it forces layout) and never markup.
// Every field is capped here; the engine caps again. Exposes globalThis.WaspadaListingExtract.
(() => {
  const CAP = Object.freeze({ field: 300, title: 300, description: 4000, contacts: 10, lines: 24, cardLinks: 64 });
  const PRICE_RE = /^(rp|idr)\s?\d/i;
  // Chat and phone links. On a whole page they are matched by the browser's selector engine (its
  // other links are never touched from script: each element touched from a content script costs
  // a wrapper); in a card, which holds a link or two, one pass over its links finds both the
  // listing URL and these (a six-part selector per card cost more than the card's other fields).
  const CONTACT_LINKS = ['a[href^="tel:" i]', 'a[href^="sms:" i]', 'a[href*="wa.me/" i]', 'a[href*="api.whatsapp.com" i]',
    'a[href*="t.me/" i]', 'a[href*="line.me/" i]'].join(', ');
  const CONTACT_HREF = /^(tel|sms):|wa\.me\/|api\.whatsapp\.com|t\.me\/|line\.me\//i;

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

  const COUNT_RE = /(\d+(?:[.,]\d+)?)\s*(rb|k|jt)?/i;
  const MULT = Object.freeze({ rb: 1e3, k: 1e3, jt: 1e6 });

  /** A count from "(1,2rb ulasan)", "0 ulasan", "123": thousands in "rb"/"k" and "jt". */
  function count(text) {
    const m = COUNT_RE.exec(String(text ?? ''));
    if (!m) return undefined;
    const n = Number(m[1].replace(',', '.'));
    const mult = MULT[m[2]?.toLowerCase()] ?? 1;
    return Number.isFinite(n) ? Math.round(n * mult) : undefined;
  }

  function rating(text) {
    const m = /(\d(?:[.,]\d)?)/.exec(String(text ?? ''));
    return m ? Number(m[1].replace(',', '.')) : undefined;
  }

  /** Text of the elements matching `sel` (a contact field), then chat and phone links. */
  function contactsIn(root, sel) {
    const out = [];
    if (sel) {
      const els = root.querySelectorAll(sel);
      for (let i = 0; i < els.length && out.length < CAP.contacts; i++) out.push(clip(els[i].textContent));
    }
    const links = root.querySelectorAll(CONTACT_LINKS);
    for (let i = 0; i < links.length && out.length < CAP.contacts; i++) out.push(clip(links[i].getAttribute('href')));
    return out;
  }

  /**
   * A card's listing URL (the card itself when it is a link, else its first link) and the chat
   * and phone links in it, from one pass over its first CAP.cardLinks links.
   */
  function cardLinks(card) {
    // A card that is itself a link (an SVG <a> has no string href).
    let url = card.localName === 'a' && typeof card.href === 'string' ? card.href : '';
    const contacts = [];
    const links = card.getElementsByTagName('a');
    for (let i = 0; i < links.length && i < CAP.cardLinks; i++) {
      const a = links[i];
      const href = a.getAttribute('href');
      if (href === null) continue;
      if (!url && typeof a.href === 'string') url = a.href; // the browser resolves it (an SVG <a> has no string href)
      if (contacts.length < CAP.contacts && CONTACT_HREF.test(href)) contacts.push(clip(href));
    }
    return { url, contacts };
  }

  /** The listing fields of `root` under a field-selector map, with text fallbacks. */
  function read(root, fields, { site, url, links, description = false } = {}) {
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
      contacts: links ? [...(fields.contacts ? contactsIn(root, fields.contacts) : []), ...links.contacts].slice(0, CAP.contacts)
        : contactsIn(root, fields.contacts),
      url: clip(links ? links.url : url, 2048),
      site,
    };
    const reviews = fields.reviews ? count(first(root, fields.reviews)?.textContent) : undefined;
    if (reviews !== undefined) listing.sellerReviews = reviews;
    const r = fields.rating ? rating(first(root, fields.rating)?.textContent) : undefined;
    if (r !== undefined && r <= 5) listing.sellerRating = r;
    if (description) listing.description = textOf(root, fields.description, CAP.description);
    return listing;
  }

  /** A card of a grid or feed, read with its adapter. */
  function fromCard(adapter, card) {
    return read(card, adapter.fields, { site: adapter.site, links: cardLinks(card) });
  }

  /** The one listing of a listing page, read with its adapter. */
  function fromPage(adapter) {
    return read(document, adapter.page, { site: adapter.site, url: location.href, description: true });
  }

  globalThis.WaspadaListingExtract = Object.freeze({ CAP, clip, lines, contactsIn, cardLinks, count, read, fromCard, fromPage });
})();
