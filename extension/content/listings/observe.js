//# allFunctionsCalledOnLoad
// (A V8 compile hint: every function here is compiled with the file, once, rather than
// pre-parsed now and parsed again on its first call; see ARCHITECTURE.md, listings.)
// Marketplace listings in the page (issue 5): find listing cards with the site's adapter (or
// schema.org/OpenGraph product data on any shop), send them to the service worker in batches,
// and mark the risky ones. Incremental and bounded:
//   - a MutationObserver whose callback only arms a debounce timer; the debounced pass runs one
//     querySelectorAll and queues the cards not seen before (a WeakSet: each card is read once);
//   - the queue is read in slices of at most LIMITS.sliceMs, in the browser's idle periods
//     (requestIdleCallback with a timeout, so a busy page still gets its cards judged): our work
//     never lands in the middle of the page's own start-up or scrolling frames;
//   - the first slice is read in the idle period that found the cards (no second wait);
//   - the engine runs in the service worker, never here; the first 8 markers of an answer are
//     drawn in the task that brought it, any more in idle periods, 8 at a time;
//   - a single-page-app navigation clears the markers and rescans the new route.
// A listing page (one listing) judged warning or above gets the normal page banner through
// main.js (globalThis.WaspadaPage). This script and the ones before it run only on the
// marketplaces (manifest: adapters, extract, marker) and on pages with product data
// (content/listings/loader.js: the same and generic.js). On a marketplace, where every host has
// an adapter, the generic adapter is not loaded at all (WaspadaListingGeneric is undefined).
(() => {
  if (globalThis.__waspadaListingsStarted) return;
  globalThis.__waspadaListingsStarted = true;

  const Adapters = globalThis.WaspadaListingAdapters;
  const Extract = globalThis.WaspadaListingExtract;
  const Generic = globalThis.WaspadaListingGeneric;
  const Marker = globalThis.WaspadaListingMarker;
  const I18n = globalThis.WaspadaI18n;

  const LIMITS = Object.freeze({
    sliceMs: 4, // main-thread work per slice, far below a 50 ms long task
    idleTimeoutMs: 1000, // longest wait for an idle period before a slice runs anyway
    batch: 40, // cards per message to the service worker
    debounceMs: 300, // after the last mutation, before looking for new cards
    cards: 5000, // cards judged per route
    context: 60, // earlier cards sent along for the page's median price
    navDelayMs: 800, // let a single-page app render its new route first
    startDelayMs: 500,
    singleTries: 10, // passes per route that look for a listing page (JSON-LD is parsed each time)
    pollMs: 1000,
  });
  const FLAGGED = new Set(['warning', 'danger']);
  // The browser benchmark (scripts/bench-listings.mjs) sets this attribute to read our timings
  // as performance measures; nothing is recorded otherwise.
  const bench = document.documentElement?.hasAttribute('data-waspada-bench');

  let adapter = Adapters.forHost(location.hostname);
  let routeKey = keyOf(location);
  // One id per load of one route, sent with every batch: the background counts a page's listings
  // per id, so a reload or a return to the same URL starts its count afresh.
  const newDoc = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  let doc = newDoc();
  let seen = new WeakSet();
  let queue = [];
  let preread = new WeakMap(); // card → listing already read (JSON-LD products)
  let context = [];
  let judged = 0;
  let singleDone = false;
  let singleTries = 0;
  let pumping = false;
  let timer = 0;
  let observer = null;
  let stopped = false;
  let spoken = null; // the language the markers' strings were last loaded in

  function keyOf(loc) {
    return loc.origin + loc.pathname + loc.search + (/^#!?\//.test(loc.hash) ? loc.hash : '');
  }

  // The next idle period (or a 0 ms timer where requestIdleCallback is missing). Resolves to how
  // long the browser expects the idle period to last.
  const idle = () => new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback((d) => resolve(d.didTimeout ? LIMITS.sliceMs : d.timeRemaining()), { timeout: LIMITS.idleTimeoutMs });
    } else setTimeout(() => resolve(LIMITS.sliceMs), 0);
  });

  function measure(name, start) {
    if (bench) performance.measure(name, { start, end: performance.now() });
  }

  const { send } = globalThis.WaspadaMessaging;
  globalThis.WaspadaMessaging.onOrphaned(() => {
    stopped = true;
    observer?.disconnect();
    clearTimeout(timer);
  });

  // ---- finding cards ---------------------------------------------------------------------------

  /** Finds new cards; `idleMs`: how long the idle period it runs in is expected to last. */
  function collect(idleMs = 0) {
    timer = 0;
    if (stopped) return;
    const t0 = performance.now();
    checkSingle();
    if (!adapter) {
      if (judged < LIMITS.cards && Generic?.hasProductData()) {
        for (const { card, listing } of Generic.cards(seen)) {
          seen.add(card);
          if (listing) preread.set(card, listing);
          queue.push(card);
        }
      }
    } else if (judged < LIMITS.cards) {
      const sel = adapter.card;
      const found = document.querySelectorAll(sel);
      for (let i = 0; i < found.length; i++) {
        const card = found[i];
        if (seen.has(card)) continue;
        seen.add(card);
        // A card inside another card (nested wrappers matching the selector): judge the outer one.
        if (card.parentElement?.closest(sel)) continue;
        queue.push(card);
      }
    }
    const t1 = performance.now();
    measure('waspada-listings:collect', t0);
    // The first slice is read in this same idle period when enough of it is left: one task and
    // one wait for the next idle period fewer on every freshly loaded grid.
    if (queue.length && !pumping) pump(Math.min(LIMITS.sliceMs, idleMs) - (t1 - t0));
  }

  /** The listing without empty fields: every field is optional, and each one sent costs time. */
  function compact(listing) {
    const out = {};
    for (const k in listing) {
      const v = listing[k];
      if (v === '' || v === false || v === undefined || (Array.isArray(v) && !v.length)) continue;
      out[k] = v;
    }
    return out;
  }

  function read(card) {
    if (adapter) return Extract.fromCard(adapter, card);
    return preread.get(card) ?? Generic.fromMicrodata(card);
  }

  /**
   * Reads queued cards in slices and sends them in batches; `now` ms of the current idle period
   * may be used for the first slice before waiting for the next one.
   */
  async function pump(now = 0) {
    pumping = true;
    const key = routeKey;
    try {
      while (queue.length && !stopped && key === routeKey) {
        const budget = now >= 1 ? now : Math.max(1, Math.min(LIMITS.sliceMs, await idle()));
        now = 0;
        if (stopped || key !== routeKey) break;
        const t0 = performance.now();
        const listings = [];
        const cards = [];
        while (queue.length && listings.length < LIMITS.batch && performance.now() - t0 < budget) {
          const card = queue.shift();
          if (!card.isConnected) continue;
          const listing = read(card);
          if (!listing.title && !listing.priceText) continue;
          listings.push(listing);
          cards.push(card);
        }
        measure('waspada-listings:read', t0);
        if (listings.length) judge(listings, cards, key);
      }
    } finally {
      pumping = false;
    }
  }

  async function judge(listings, cards, key) {
    const t0 = performance.now();
    // The background remembers the page's earlier cards (for the page median) by `seq`; only if
    // it lost them (its worker was restarted) are they sent again, from `context`.
    const message = { type: 'scanListings', listings: listings.map(compact), doc, seq: judged };
    judged += listings.length;
    const ctx = context.slice(-LIMITS.context);
    for (const l of listings) context.push(compact({ title: l.title, priceText: l.priceText, price: l.price, currency: l.currency }));
    if (context.length > 4 * LIMITS.context) context = context.slice(-LIMITS.context);
    const sent = send(message); // the message is serialised now
    measure('waspada-listings:send', t0);
    let reply = await sent;
    if (reply?.needContext && key === routeKey) {
      const t1 = performance.now();
      const again = send({ ...message, context: ctx });
      measure('waspada-listings:send', t1);
      reply = await again;
    }
    const t2 = performance.now();
    if (bench) performance.mark(`waspada-listings:judged:${listings.length}`);
    if (!reply?.verdicts || key !== routeKey) return;
    const risky = [];
    reply.verdicts.forEach((v, i) => {
      if (FLAGGED.has(v?.level) && cards[i]?.isConnected) risky.push([cards[i], v]);
    });
    measure('waspada-listings:reply', t2);
    if (!risky.length) return;
    // The markers' words come with the verdicts; only without them are the extension's own
    // strings loaded (once per language, not once per batch: a feed marks many batches).
    if (!reply.strings && reply.lang !== spoken) {
      await I18n.useLang(reply.lang);
      spoken = reply.lang;
    }
    // The first markers are drawn right away, in the task that brought the answer (it runs none
    // of the page's code, and a grid rarely has more than a few risky cards); the rest in idle
    // periods, 8 at a time.
    for (let i = 0; i < risky.length; i++) {
      if (i > 0 && i % 8 === 0) await idle();
      if (key !== routeKey) return;
      const t0 = performance.now();
      Marker.mark(risky[i][0], risky[i][1], reply.strings, reply.helplines);
      // Our own marker is no reason to look for new cards: drop the mutation records it made
      // (this task runs none of the page's code, so they are all ours).
      observer?.takeRecords();
      measure('waspada-listings:mark', t0);
    }
  }

  // ---- a listing page --------------------------------------------------------------------------

  function checkSingle() {
    if (singleDone || singleTries >= LIMITS.singleTries) return;
    singleTries++;
    let listing = null;
    if (adapter) {
      if (adapter.pageWhen && document.querySelector(adapter.pageWhen)) listing = Extract.fromPage(adapter);
    } else if (Generic?.hasProductData()) {
      listing = Generic.single();
    }
    if (!listing || (!listing.title && !listing.priceText)) return;
    singleDone = true;
    const key = routeKey;
    send({ type: 'scanListings', listings: [listing], context: [], doc }).then((reply) => {
      const verdict = reply?.verdicts?.[0];
      if (bench) performance.mark(`waspada-listings:single:${verdict?.level}`);
      if (!verdict || key !== routeKey || !FLAGGED.has(verdict.level)) return;
      globalThis.WaspadaPage?.presentListing({ ...verdict, lang: reply.lang, site: reply.site });
    });
  }

  // ---- watching --------------------------------------------------------------------------------

  function schedule(delay = LIMITS.debounceMs) {
    clearTimeout(timer);
    timer = setTimeout(() => idle().then((ms) => collect(ms)), delay);
  }

  function onMaybeNavigated() {
    const key = keyOf(location);
    if (key === routeKey || stopped) return;
    routeKey = key;
    doc = newDoc();
    adapter = Adapters.forHost(location.hostname);
    seen = new WeakSet();
    queue = [];
    preread = new WeakMap();
    Generic?.reset();
    context = [];
    judged = 0;
    singleDone = false;
    singleTries = 0;
    Marker.clear();
    watch();
    schedule(LIMITS.navDelayMs);
  }

  function watch() {
    if (observer || stopped) return;
    if (!adapter && !Generic?.hasProductData()) return; // not a shop: nothing to watch
    // The callback is O(1): it only (re)arms the debounce timer.
    observer = new MutationObserver(() => schedule());
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }

  function start() {
    addEventListener('popstate', onMaybeNavigated);
    const nav = globalThis.navigation;
    if (nav?.addEventListener) nav.addEventListener('navigatesuccess', onMaybeNavigated);
    else if (adapter) setInterval(onMaybeNavigated, LIMITS.pollMs);
    watch();
    schedule(LIMITS.startDelayMs);
  }

  if (!(document.documentElement instanceof HTMLElement)) return;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
})();
