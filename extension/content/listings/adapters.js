//# allFunctionsCalledOnLoad
// (A V8 compile hint: every function here is compiled with the file, once, rather than
// pre-parsed now and parsed again on its first call; see ARCHITECTURE.md, listings.)
// Site adapters for marketplace listings: which elements are listing cards on a grid (search
// results, category pages, feeds), and which elements hold a card's or a listing page's fields.
// Pure data: when a marketplace changes its markup, only the selectors here change. A field
// without a selector is found by the fallbacks in extract.js (the first "Rp…" text is the price,
// the first long line the title). Selectors are comma lists; the first element matching wins.
//
// Fields: title, price, seller, joined (seller's "joined …" text), reviews (review/rating count),
// rating, official (present ⇒ official/mall store), location, description, contacts.
// `link` picks the card's listing URL (an <a href>); `page` describes a single listing page and
// `pageWhen` recognises one (a selector that exists only there).
// Classic script (content scripts cannot be modules): exposes globalThis.WaspadaListingAdapters.
(() => {
  const SITES = Object.freeze([
    {
      site: 'tokopedia',
      hosts: ['tokopedia.com'],
      card: '[data-testid="divProductWrapper"], [data-testid="master-product-card"]',
      fields: {
        title: '[data-testid="spnSRPProdName"], [data-testid="linkProductName"]',
        price: '[data-testid="spnSRPProdPrice"], [data-testid="linkProductPrice"]',
        seller: '[data-testid="spnSRPProdTabShopName"], [data-testid="linkShopName"]',
        location: '[data-testid="spnSRPProdTabShopLoc"]',
        rating: '[data-testid="spnSRPProdRating"]',
        reviews: '[data-testid="spnIntegrityProduct"], [data-testid="spnSRPProdReview"]',
        official: '[data-testid="imgSRPProdOfficialStore"], [data-testid="imgSRPProdPowerMerchantPro"][alt*="Official"]',
      },
      pageWhen: '[data-testid="lblPDPDetailProductName"]',
      page: {
        title: '[data-testid="lblPDPDetailProductName"]',
        price: '[data-testid="lblPDPDetailProductPrice"]',
        description: '[data-testid="lblPDPDescriptionProduk"]',
        seller: '[data-testid="llbPDPFooterShopName"]',
        joined: '[data-testid="lblPDPShopJoined"]',
        reviews: '[data-testid="lblPDPShopReviewCount"]',
        rating: '[data-testid="lblPDPShopRating"]',
        official: '[data-testid="imgPDPOfficialStore"]',
      },
    },
    {
      site: 'shopee',
      hosts: ['shopee.co.id'],
      card: '.shopee-search-item-result__item, [data-sqe="item"]',
      fields: {
        title: '[data-sqe="name"]',
        price: '[data-sqe="price"], .price',
        location: '[data-sqe="location"]',
        reviews: '[data-sqe="sold"]',
        official: '[data-sqe="mall"], img[alt="Mall"], [aria-label*="Shopee Mall"]',
      },
      pageWhen: '.product-briefing, [data-sqe="pdp"]',
      page: {
        title: '.product-briefing h1, [data-sqe="pdp-name"]',
        price: '.product-briefing [data-sqe="pdp-price"], [data-sqe="pdp-price"]',
        description: '.product-detail, [data-sqe="pdp-description"]',
        seller: '.shop-page__name, [data-sqe="shop-name"]',
        joined: '[data-sqe="shop-joined"]',
        reviews: '[data-sqe="shop-ratings"]',
        official: '[data-sqe="shop-mall"]',
      },
    },
    {
      site: 'bukalapak',
      hosts: ['bukalapak.com'],
      card: '.bl-product-card, .bl-product-card-new',
      fields: {
        title: '.bl-product-card__description-name, .bl-product-card-new__name',
        price: '.bl-product-card__description-price, .bl-product-card-new__price',
        seller: '.bl-product-card__description-store, .bl-product-card-new__store-name',
        location: '.bl-product-card__description-location',
        reviews: '.bl-product-card__description-rating',
        official: '.bl-product-card__badge--official, [alt="Official Store"]',
      },
      pageWhen: '.c-main-product__title',
      page: {
        title: '.c-main-product__title',
        price: '.c-main-product__price',
        description: '.c-information__description-txt',
        seller: '.c-seller__name',
        joined: '.c-seller__joined',
        reviews: '.c-seller__feedback',
        official: '.c-seller__badge--official',
      },
    },
    {
      site: 'lazada',
      hosts: ['lazada.co.id'],
      card: '[data-qa-locator="product-item"]',
      fields: {
        title: '[data-qa-locator="product-title"], a[title]',
        price: '[data-qa-locator="product-price"]',
        location: '[data-qa-locator="product-location"]',
        reviews: '[data-qa-locator="product-rating-count"]',
        official: '[data-qa-locator="lazmall-badge"], img[alt="LazMall"]',
      },
      pageWhen: '.pdp-mod-product-badge-title',
      page: {
        title: '.pdp-mod-product-badge-title',
        price: '.pdp-price',
        description: '.pdp-product-desc, .detail-content',
        seller: '.seller-name__detail a, .seller-name__detail',
        reviews: '.seller-info-value',
        official: '.pdp-mod-product-badge-lazmall, img[alt="LazMall"]',
      },
    },
    {
      site: 'blibli',
      hosts: ['blibli.com'],
      card: '.product-list__card, .elf-product-card',
      fields: {
        title: '.product__name, .els-product__title',
        price: '.product__body__price__display, .els-product__fixed-price',
        seller: '.product__seller, .els-product__seller',
        location: '.product__location, .els-product__location',
        reviews: '.product__rating-count',
        official: '.product__official-badge, [alt="Official Store"]',
      },
      pageWhen: '.product-name h1, .product-detail__name',
      page: {
        title: '.product-name h1, .product-detail__name',
        price: '.product-price__final, .final-price',
        description: '.product-description, .product-info__description',
        seller: '.seller-name, .merchant-name',
        official: '.official-store-badge',
      },
    },
    {
      site: 'tiktok-shop',
      hosts: ['shop.tiktok.com', 'shop-id.tokopedia.com'],
      card: '[data-e2e="product-card"], [data-testid="product-card"]',
      fields: {
        title: '[data-e2e="product-title"], [data-testid="product-title"]',
        price: '[data-e2e="product-price"], [data-testid="product-price"]',
        seller: '[data-e2e="shop-name"]',
        reviews: '[data-e2e="product-sold"]',
        official: '[data-e2e="mall-badge"]',
      },
      pageWhen: '[data-e2e="pdp-title"]',
      page: {
        title: '[data-e2e="pdp-title"]',
        price: '[data-e2e="pdp-price"]',
        description: '[data-e2e="pdp-description"]',
        seller: '[data-e2e="pdp-shop-name"]',
        joined: '[data-e2e="pdp-shop-joined"]',
        reviews: '[data-e2e="pdp-shop-reviews"]',
        official: '[data-e2e="pdp-mall-badge"]',
      },
    },
    {
      site: 'facebook',
      hosts: ['facebook.com'],
      // Marketplace cards are links to /marketplace/item/…; their spans have no stable classes,
      // so title and price come from the fallbacks (first "Rp…" line, first long line).
      card: 'a[href*="/marketplace/item/"]',
      fields: {},
      pageWhen: '[aria-label="Marketplace listing viewer"], [data-pagelet="MarketplacePDP"]',
      page: {
        title: '[data-pagelet="MarketplacePDP"] h1, h1',
        description: '[data-pagelet="MarketplacePDP"] [data-ad-preview="message"], [data-testid="marketplace_pdp_description"]',
        seller: '[data-testid="marketplace_pdp_seller_name"]',
        joined: '[data-testid="marketplace_pdp_seller_joined"]',
      },
    },
    {
      site: 'olx',
      hosts: ['olx.co.id'],
      card: '[data-aut-id="itemBox"], li[data-aut-id^="itemBox"]',
      fields: {
        title: '[data-aut-id="itemTitle"]',
        price: '[data-aut-id="itemPrice"]',
        location: '[data-aut-id="item-location"]',
        official: '[data-aut-id="badge-dealer"]',
      },
      pageWhen: '[data-aut-id="itemDescriptionContent"], [data-aut-id="itemParams"]',
      page: {
        title: '[data-aut-id="itemTitle"]',
        price: '[data-aut-id="itemPrice"]',
        description: '[data-aut-id="itemDescriptionContent"]',
        seller: '[data-aut-id="profileCard"] [data-aut-id="name"], [data-aut-id="profileName"]',
        joined: '[data-aut-id="memberSince"]',
        contacts: '[data-aut-id="phoneNumber"]',
      },
    },
    {
      site: 'carousell',
      hosts: ['carousell.co.id', 'id.carousell.com', 'carousell.com'],
      card: '[data-testid^="listing-card-"]',
      fields: {
        title: '[data-testid="listing-card-title"], a > p',
        price: '[data-testid="listing-card-price"], p[title^="Rp"]',
        seller: '[data-testid="listing-card-seller"]',
        joined: '[data-testid="listing-card-seller-joined"]',
      },
      pageWhen: '[data-testid="listing-title"]',
      page: {
        title: '[data-testid="listing-title"]',
        price: '[data-testid="listing-price"]',
        description: '[data-testid="listing-description"]',
        seller: '[data-testid="listing-seller-name"]',
        joined: '[data-testid="listing-seller-joined"]',
        reviews: '[data-testid="listing-seller-reviews"]',
      },
    },
  ]);

  /** The adapter for a host name (the site or any subdomain of it; the most specific wins), or null. */
  function forHost(hostname) {
    const host = String(hostname).toLowerCase();
    let best = null;
    let bestLen = 0;
    for (const s of SITES) {
      for (const h of s.hosts) {
        if ((host === h || host.endsWith(`.${h}`)) && h.length > bestLen) {
          best = s;
          bestLen = h.length;
        }
      }
    }
    return best;
  }

  globalThis.WaspadaListingAdapters = Object.freeze({ SITES, forHost });
})();
