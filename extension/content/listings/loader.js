// Loads the listing scripts (adapters, extract, generic, marker, observe: ~50 KB) only on pages
// that sell something. The marketplaces with an adapter get them from the manifest's second
// content-script entry; any other site gets them from the service worker
// (`scripting.executeScript`) once this script sees schema.org Product data or an OpenGraph
// product tag. Every other page, nearly all of them, never parses or compiles those scripts:
// they were ~5 ms of main-thread time on every page (scripts/bench-browser.mjs).
// Checked at start-up (one task later) and again on every page scan of main.js (a single-page app
// may render its product data late, or navigate to a product page). Classic script, before main.js.
(() => {
  if (globalThis.WaspadaListingLoader) return;

  // Also generic.js's: it reads the product data found here, within the same bounds.
  const LIMITS = Object.freeze({ scripts: 8, jsonBytes: 200_000 });
  const MICRODATA = '[itemtype$="schema.org/Product"]';
  const LD = 'script[type="application/ld+json"]';

  let requested = false;

  /** Whether the page carries product data a shop publishes for search engines. */
  function pageHasProductData() {
    if (document.querySelector(`${MICRODATA}, meta[property="og:type"][content="product" i]`)) return true;
    const scripts = document.querySelectorAll(LD);
    for (let i = 0; i < scripts.length && i < LIMITS.scripts; i++) {
      const text = scripts[i].textContent ?? '';
      if (text.length <= LIMITS.jsonBytes && /"(Product|ItemList)"/.test(text)) return true;
    }
    return false;
  }

  /** Asks for the listing scripts if this page is a shop and they are not running yet. */
  function check() {
    if (requested || globalThis.__waspadaListingsStarted) return;
    if (!(document.documentElement instanceof HTMLElement) || !pageHasProductData()) return;
    requested = true;
    // Best effort (send never throws): if the worker cannot inject, e.g. the user withdrew the
    // site access, the page scan still runs; only the per-card markers are missing.
    globalThis.WaspadaMessaging.send({ type: 'loadListings' });
  }

  globalThis.WaspadaListingLoader = Object.freeze({ check, pageHasProductData, MICRODATA, LD, LIMITS });

  // The first look waits one task: on a marketplace with an adapter the manifest's listing
  // bundle is injected right after this entry's scripts, and by then it has started, so the
  // check ends at its first line (no selector queries, no JSON-LD read, no message for a
  // marketplace's product page).
  const later = () => setTimeout(check, 0);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', later, { once: true });
  else later();
})();
