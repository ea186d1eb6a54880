#!/usr/bin/env node
// Writes the marketplace fixture pages of tests/e2e/pages/market/ (run it after editing the
// data below; the pages are committed). Each page copies the shape of one marketplace's markup
// as the site adapters (extension/content/listings/adapters.js) read it: search grids with 20+
// cards of which one or two are scams (data-fixture="scam"), accessories and official stores that
// must stay quiet, an OLX feed that appends cards as you scroll (and ?total=N for the benchmark),
// single listing pages (a scam and an official store), and generic shops with schema.org data.
// Prices are realistic late-2026 rupiah prices; names, shops and numbers are invented.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const rp = (n) => `Rp${n.toLocaleString('id-ID')}`;

let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const CITIES = ['Jakarta Barat', 'Jakarta Selatan', 'Kota Bandung', 'Surabaya', 'Kota Tangerang', 'Bekasi', 'Medan', 'Semarang', 'Depok', 'Yogyakarta', 'Makassar', 'Denpasar'];
const SHOPS = ['Jaya Gadget', 'Sinar Cell', 'Mega Store ID', 'Berkah Phone', 'Gudang Gadget', 'Central Ponsel', 'Toko Maju Jaya', 'Sentra Elektronik', 'Duta Cell', 'Surya Gadget', 'Planet Ponsel', 'Rumah Gadget'];
const COLORS = ['#d9e3f0', '#f4e1d2', '#e2f0d9', '#efe0f3', '#fbefc9', '#dbeef3'];

function page({ title, css, body, script = '', lang = 'id', head = '' }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${head}<style>
*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#212121;background:#f5f5f5}
a{color:inherit;text-decoration:none}.img{aspect-ratio:1/1;display:flex;align-items:center;justify-content:center;font-size:40px}
${css}
</style>
</head>
<body>
${body}
${script ? `<script>\n${script}\n</script>` : ''}
</body>
</html>
`;
}

/** Cards of a grid: `n` ordinary listings around `base` price, accessories, and the scams. */
function items({ n, names, base, spread = 0.15, accessories = [], scams = [], official = [] }) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const price = Math.round((base * (1 - spread + 2 * spread * rnd())) / 1000) * 1000;
    out.push({ title: pick(names), price, shop: pick(SHOPS), city: pick(CITIES), rating: (4.6 + rnd() * 0.4).toFixed(1), sold: `${Math.ceil(rnd() * 20) * 10}+ terjual`, reviews: 20 + Math.floor(rnd() * 900), kind: 'ok' });
  }
  for (const [i, a] of accessories) out.splice(i, 0, { shop: pick(SHOPS), city: pick(CITIES), rating: '4.8', sold: '1rb+ terjual', reviews: 340, ...a, kind: 'ok' });
  for (const o of official) out.splice(o.at, 0, { city: 'Jakarta Pusat', rating: '4.9', sold: '5rb+ terjual', reviews: 9800, official: true, ...o, kind: 'ok' });
  for (const s of scams) out.splice(s.at, 0, { city: pick(CITIES), rating: '', sold: '', reviews: 0, ...s, kind: 'scam' });
  return out;
}

// A product photo stand-in: a tinted square with a simple device outline (no emoji: test
// browsers may lack an emoji font).
const img = (i) => `<div class="img" style="background:${COLORS[i % COLORS.length]}"><svg width="64" height="64" viewBox="0 0 64 64" aria-hidden="true"><rect x="18" y="6" width="28" height="52" rx="6" fill="none" stroke="#8a94a6" stroke-width="3"/><circle cx="32" cy="50" r="2.5" fill="#8a94a6"/></svg></div>`;

// ---- Tokopedia: search grid and an official-store product page --------------------------------
function tokopediaGrid() {
  const cards = items({
    n: 20,
    names: ['Apple iPhone 15 Pro Max 256GB Natural Titanium Garansi Resmi', 'iPhone 15 Pro Max 256GB Second Mulus Fullset', 'iPhone 15 Pro Max 512GB Blue Titanium Resmi iBox', 'iPhone 15 Pro Max 256GB Ex Inter Like New BH 95%'],
    base: 15_500_000,
    accessories: [[3, { title: 'Case iPhone 15 Pro Max MagSafe Clear Anti Kuning', price: 89_000 }], [9, { title: 'Tempered Glass iPhone 15 Pro Max Anti Spy Full Cover', price: 35_000 }], [15, { title: 'Charger iPhone 15 Pro Max 20W Type C Original', price: 249_000 }]],
    official: [{ at: 0, title: 'Apple iPhone 15 Pro Max 256GB - Natural Titanium', price: 19_999_000, shop: 'iBox Official Store' }, { at: 6, title: 'Apple iPhone 15 Pro Max 1TB White Titanium', price: 26_499_000, shop: 'Erafone Official Store' }],
    scams: [
      { at: 11, title: 'iPhone 15 Pro Max 256GB BNIB Garansi Resmi Cuci Gudang', price: 4_250_000, shop: 'Gadget Murah Jkt88', sold: '' },
      { at: 18, title: 'iPhone 15 Pro Max 256GB Resmi | Order via WA 0813-8765-4321, transfer dulu', price: 12_900_000, shop: 'Apple Store Promo' },
    ],
  });
  const card = (c, i) => `<div class="prd" data-testid="divProductWrapper" data-fixture="${c.kind}">
  <a href="https://www.tokopedia.com/${c.shop.toLowerCase().replace(/\W+/g, '')}/p-${1000 + i}" data-testid="linkProduct">${img(i)}
  <div class="info"><span class="name" data-testid="spnSRPProdName">${esc(c.title)}</span>
  <div class="price" data-testid="spnSRPProdPrice">${rp(c.price)}</div>
  <div class="shop">${c.official ? '<img data-testid="imgSRPProdOfficialStore" alt="Official Store" src="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%2212%22 height=%2212%22%3E%3Crect width=%2212%22 height=%2212%22 rx=%223%22 fill=%22%23a53cc7%22/%3E%3C/svg%3E">' : ''}<span data-testid="spnSRPProdTabShopLoc">${esc(c.city)}</span> · <span data-testid="spnSRPProdTabShopName">${esc(c.shop)}</span></div>
  ${c.rating ? `<div class="rate">★ <span data-testid="spnSRPProdRating">${c.rating}</span> · <span data-testid="spnIntegrityProduct">${c.sold}</span></div>` : ''}
  </div></a></div>`;
  return page({
    title: 'Jual iPhone 15 Pro Max | Tokopedia',
    css: `header{background:#fff;padding:12px 24px;border-bottom:1px solid #e5e7e9;font-weight:800;color:#03ac0e;font-size:22px}
main{max-width:1200px;margin:0 auto;padding:16px}h1{font-size:16px;font-weight:600}.grid{display:grid;grid-template-columns:repeat(5,1fr);gap:12px}
.prd{background:#fff;border-radius:9px;box-shadow:0 1px 6px rgba(0,0,0,.12);overflow:hidden}.info{padding:8px;font-size:13px}
.name{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;min-height:34px}.price{font-weight:800;font-size:14px;margin:4px 0}
.shop,.rate{color:#6d7588;font-size:12px}.shop img{vertical-align:middle;margin-right:3px}`,
    body: `<header>tokopedia</header><main><h1>Menampilkan 1 - ${cards.length} barang dari total 2,4rb untuk "iphone 15 pro max"</h1>
<div class="grid" data-testid="divSRPContentProducts">${cards.map(card).join('\n')}</div></main>`,
  });
}

function tokopediaOfficial() {
  return page({
    title: 'Jual Samsung Galaxy S25 Ultra 12/512GB - Titanium Black | Samsung Official Store',
    css: `main{max-width:1100px;margin:24px auto;display:grid;grid-template-columns:360px 1fr;gap:24px;background:#fff;padding:24px;border-radius:8px}
h1{font-size:20px;margin:0 0 8px}.price{font-size:28px;font-weight:800;margin:8px 0 16px}.desc{white-space:pre-line;font-size:14px;line-height:1.6}.shop{margin:16px 0;padding:12px;border:1px solid #e5e7e9;border-radius:8px}`,
    body: `<main><div class="img" style="background:#dde3ea"></div><div>
<h1 data-testid="lblPDPDetailProductName">Samsung Galaxy S25 Ultra 12/512GB - Titanium Black</h1>
<div>Terjual 3 rb+ · ★ 4.9 (2.104 rating)</div>
<div class="price" data-testid="lblPDPDetailProductPrice">Rp21.999.000</div>
<div class="shop"><img data-testid="imgPDPOfficialStore" alt="Official Store" width="16" height="16" src="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%2216%22 height=%2216%22%3E%3Crect width=%2216%22 height=%2216%22 rx=%224%22 fill=%22%23a53cc7%22/%3E%3C/svg%3E">
<b data-testid="llbPDPFooterShopName">Samsung Official Store</b> · <span data-testid="lblPDPShopJoined">Bergabung 6 tahun</span> · <span data-testid="lblPDPShopReviewCount">182 rb ulasan</span></div>
<div class="desc" data-testid="lblPDPDescriptionProduk">Garansi resmi Samsung Indonesia 1 tahun. Barang baru, segel, dikirim dari gudang resmi.
Pembayaran hanya melalui Tokopedia. Bisa cicilan 0% dengan kartu kredit. Gratis ongkir ke seluruh Indonesia.
Hati-hati penipuan: Samsung Official Store tidak pernah meminta transfer di luar aplikasi.</div>
</div></main>`,
  });
}

// ---- Shopee: search grid (PS5) -----------------------------------------------------------------
function shopeeGrid() {
  const cards = items({
    n: 21,
    names: ['PS5 Slim Digital Edition Garansi Resmi Sony Indonesia', 'Sony PlayStation 5 Slim Disc Edition 1TB Resmi', 'PS5 Slim Standard Second Mulus Garansi Aktif', 'PlayStation 5 Slim Digital 1TB BNIB Segel'],
    base: 7_600_000,
    accessories: [[4, { title: 'Stik PS5 DualSense Wireless Controller Original', price: 1_049_000 }], [12, { title: 'Kaset PS5 EA FC 26 Reg 3 Asia', price: 729_000 }]],
    official: [{ at: 2, title: 'PlayStation 5 Slim Digital Edition (Garansi Resmi)', price: 7_999_000, shop: 'PlayStation Official Store' }],
    scams: [{ at: 15, title: 'PS5 Slim Digital BNIB barang sitaan bea cukai, harga di bawah pasaran', price: 1_850_000, shop: 'gamestation.murah22', sold: '0 terjual' }],
  });
  const card = (c, i) => `<li class="shopee-search-item-result__item" data-sqe="item" data-fixture="${c.kind}"><a href="/product-i.${9000 + i}">${img(i)}
<div class="body">${c.official ? '<span class="mall" data-sqe="mall">Mall</span> ' : ''}<div class="name" data-sqe="name">${esc(c.title)}</div>
<div class="price" data-sqe="price">Rp<span>${c.price.toLocaleString('id-ID')}</span></div>
<div class="meta"><span data-sqe="sold">${c.sold || '0 terjual'}</span><span data-sqe="location">${esc(c.city)}</span></div></div></a></li>`;
  return page({
    title: 'Jual ps5 | Shopee Indonesia',
    css: `header{background:linear-gradient(#f53d2d,#f63);color:#fff;padding:14px 24px;font-weight:800;font-size:22px}main{max-width:1200px;margin:0 auto;padding:16px}
ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(6,1fr);gap:10px}li{background:#fff;border:1px solid #e8e8e8}
.body{padding:8px;font-size:12px}.name{height:32px;overflow:hidden}.price{color:#ee4d2d;font-size:16px;margin:6px 0}.meta{display:flex;justify-content:space-between;color:#757575;font-size:11px}
.mall{background:#d0011b;color:#fff;font-size:10px;padding:1px 3px;border-radius:2px}`,
    body: `<header>Shopee</header><main><p>Hasil pencarian untuk '<b>ps5</b>'</p><ul class="shopee-search-item-result__items">${cards.map(card).join('\n')}</ul></main>`,
  });
}

// ---- Bukalapak: MacBook Air ---------------------------------------------------------------------
function bukalapakGrid() {
  const cards = items({
    n: 21,
    names: ['MacBook Air M2 2022 13 inch 8/256GB Midnight Resmi', 'MacBook Air M2 8GB 512GB Second Mulus Cycle Rendah', 'Apple MacBook Air M2 13" Starlight Garansi iBox', 'MacBook Air M2 16/256 Space Grey Like New'],
    base: 11_800_000,
    accessories: [[5, { title: 'Sleeve Case MacBook Air M2 13 inch Tas Laptop', price: 129_000 }]],
    scams: [{ at: 13, title: 'MacBook Air M2 2022 8/256 mulus fullset, butuh uang cepat', price: 2_700_000, shop: 'Lapak Rizky 2025' }],
  });
  const card = (c, i) => `<div class="bl-product-card" data-fixture="${c.kind}"><a href="https://www.bukalapak.com/p/komputer/laptop/${4000 + i}">${img(i)}</a>
<div class="bl-product-card__description"><p class="bl-product-card__description-name"><a href="https://www.bukalapak.com/p/komputer/laptop/${4000 + i}">${esc(c.title)}</a></p>
<p class="bl-product-card__description-price">${rp(c.price)}</p><p class="bl-product-card__description-rating">${c.reviews} ulasan</p>
<p class="bl-product-card__description-store">${esc(c.shop)}</p><p class="bl-product-card__description-location">${esc(c.city)}</p></div></div>`;
  return page({
    title: 'Jual MacBook Air M2 Murah - Harga Terbaru 2026 | Bukalapak',
    css: `header{background:#e31e52;color:#fff;padding:14px 24px;font-weight:800;font-size:22px}main{max-width:1200px;margin:0 auto;padding:16px;display:grid;grid-template-columns:repeat(5,1fr);gap:12px}
.bl-product-card{background:#fff;border-radius:6px;overflow:hidden;border:1px solid #eee}.bl-product-card__description{padding:8px;font-size:13px}.bl-product-card__description p{margin:2px 0}
.bl-product-card__description-price{font-weight:700;color:#e31e52}.bl-product-card__description-rating,.bl-product-card__description-store,.bl-product-card__description-location{color:#777;font-size:12px}`,
    body: `<header>bukalapak</header><main>${cards.map(card).join('\n')}</main>`,
  });
}

// ---- Lazada: Galaxy S24 Ultra ----------------------------------------------------------------------
function lazadaGrid() {
  const cards = items({
    n: 21,
    names: ['Samsung Galaxy S24 Ultra 12/256GB Garansi Resmi SEIN', 'Samsung Galaxy S24 Ultra 12/512GB Titanium Gray', 'Samsung S24 Ultra 256GB Second Fullset Mulus'],
    base: 15_000_000,
    spread: 0.2,
    official: [{ at: 1, title: 'Samsung Galaxy S24 Ultra 12/256GB Titanium Black', price: 17_999_000, shop: 'Samsung Official Store' }],
    scams: [{ at: 10, title: 'Samsung Galaxy S24 Ultra 12/512GB BNIB garansi resmi promo akhir tahun', price: 3_900_000, shop: 'Samsung Promo Center', reviews: 0 }],
  });
  const card = (c, i) => `<div data-qa-locator="product-item" data-fixture="${c.kind}"><a href="//www.lazada.co.id/products/i${700 + i}.html">${img(i)}</a><div class="b">
${c.official ? '<img data-qa-locator="lazmall-badge" alt="LazMall" width="38" height="12" src="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%2238%22 height=%2212%22%3E%3Crect width=%2238%22 height=%2212%22 fill=%22%23c30%22/%3E%3C/svg%3E">' : ''}
<div class="t"><a data-qa-locator="product-title" title="${esc(c.title)}" href="//www.lazada.co.id/products/i${700 + i}.html">${esc(c.title)}</a></div>
<div class="p" data-qa-locator="product-price">${rp(c.price)}</div><div class="m"><span data-qa-locator="product-rating-count">(${c.reviews})</span> <span data-qa-locator="product-location">${esc(c.city)}</span></div></div></div>`;
  return page({
    title: 'Samsung Galaxy S24 Ultra - Beli Harga Terbaik | Lazada Indonesia',
    css: `header{background:#0f146d;color:#fff;padding:14px 24px;font-weight:800;font-size:22px}main{max-width:1188px;margin:0 auto;padding:16px;display:grid;grid-template-columns:repeat(5,1fr);gap:12px}
[data-qa-locator="product-item"]{background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.1)}.b{padding:8px;font-size:13px}.p{color:#f57224;font-size:17px;margin:6px 0}.m{color:#999;font-size:11px}`,
    body: `<header>Lazada</header><main>${cards.map(card).join('\n')}</main>`,
  });
}

// ---- Blibli: Nintendo Switch OLED ------------------------------------------------------------------
function blibliGrid() {
  const cards = items({
    n: 21,
    names: ['Nintendo Switch OLED Model White Set Garansi Resmi', 'Nintendo Switch OLED Neon Red/Blue Bonus Game', 'Nintendo Switch OLED Second Mulus Fullset'],
    base: 4_600_000,
    scams: [{ at: 8, title: 'Nintendo Switch OLED BNIB segel, stok terakhir, transfer dulu ya kak', price: 1_200_000, shop: 'Game Store Murah' }],
  });
  const card = (c, i) => `<div class="product-list__card" data-fixture="${c.kind}"><a class="product__link" href="https://www.blibli.com/p/nintendo-switch-oled/ps--${2000 + i}">${img(i)}
<div class="product__body"><div class="product__name">${esc(c.title)}</div><div class="product__body__price__display">${rp(c.price)}</div>
<div class="product__seller">${esc(c.shop)}</div><div class="product__location">${esc(c.city)}</div><div class="product__rating-count">${c.reviews} ulasan</div></div></a></div>`;
  return page({
    title: 'Jual Nintendo Switch OLED | Blibli',
    css: `header{background:#0095da;color:#fff;padding:14px 24px;font-weight:800;font-size:22px}main{max-width:1200px;margin:0 auto;padding:16px;display:grid;grid-template-columns:repeat(5,1fr);gap:12px}
.product-list__card{background:#fff;border-radius:8px;overflow:hidden;border:1px solid #e0e0e0}.product__body{padding:8px;font-size:13px}.product__body__price__display{font-weight:700;margin:6px 0}.product__seller,.product__location,.product__rating-count{color:#777;font-size:12px}`,
    body: `<header>blibli</header><main>${cards.map(card).join('\n')}</main>`,
  });
}

// ---- TikTok Shop: gold ------------------------------------------------------------------------------
function tiktokGrid() {
  const grams = [1, 2, 3, 5, 10];
  const cards = [];
  for (let i = 0; i < 21; i++) {
    const g = grams[i % grams.length];
    cards.push({ title: `Emas Antam ${g} gram Logam Mulia Sertifikat Resmi ${2025 + (i % 2)}`, price: Math.round(g * (2_450_000 + rnd() * 150_000) / 1000) * 1000, shop: pick(['Galeri Emas Jaya', 'Toko Emas Sumber Rejeki', 'Logam Mulia Store', 'Emas Berkah']), sold: `${Math.ceil(rnd() * 50)} terjual`, kind: 'ok' });
  }
  cards.splice(5, 0, { title: 'Gantungan Kunci Lapis Emas Antam Replika', price: 45_000, shop: 'Souvenir Murah', sold: '230 terjual', kind: 'ok' });
  cards.splice(14, 0, { title: 'Emas Antam 5 gram sertifikat, butuh uang cepat hari ini saja', price: 4_900_000, shop: 'emas.murah.bu', sold: '0 terjual', kind: 'scam' });
  const card = (c, i) => `<div data-e2e="product-card" data-fixture="${c.kind}"><a href="https://shop.tiktok.com/view/product/${17000 + i}">${img(i)}
<div class="b"><div data-e2e="product-title">${esc(c.title)}</div><div data-e2e="product-price">${rp(c.price)}</div>
<div class="m"><span data-e2e="shop-name">${esc(c.shop)}</span> · <span data-e2e="product-sold">${c.sold}</span></div></div></a></div>`;
  return page({
    title: 'emas antam - TikTok Shop',
    css: `header{background:#000;color:#fff;padding:14px 24px;font-weight:800;font-size:20px}main{max-width:1200px;margin:0 auto;padding:16px;display:grid;grid-template-columns:repeat(5,1fr);gap:12px}
[data-e2e="product-card"]{background:#fff;border-radius:8px;overflow:hidden}.b{padding:8px;font-size:13px}[data-e2e="product-price"]{color:#fe2c55;font-weight:700;margin:6px 0}.m{color:#888;font-size:12px}`,
    body: `<header>TikTok Shop</header><main>${cards.map(card).join('\n')}</main>`,
  });
}

// ---- Facebook Marketplace: motorbikes --------------------------------------------------------------
function facebookGrid() {
  const names = [['Honda PCX 160 ABS 2023', 27_500_000], ['Honda PCX 160 CBS 2022 plat B', 24_000_000], ['Honda PCX 160 2024 km rendah', 30_500_000], ['Honda PCX 150 2019 pajak hidup', 19_500_000]];
  const cards = [];
  for (let i = 0; i < 21; i++) {
    const [t, p] = pick(names);
    cards.push({ title: t, price: Math.round((p * (0.95 + rnd() * 0.1)) / 100_000) * 100_000, city: `${pick(CITIES)}, JK`, kind: 'ok' });
  }
  cards.splice(7, 0, { title: 'Honda PCX 160 2023 surat lengkap, tidak bisa COD, DP dulu', price: 6_500_000, city: 'Jakarta Timur, JK', kind: 'scam' });
  cards.splice(16, 0, { title: 'Yamaha NMAX 2022 mulus, minat WA 0857-1234-9876', price: 4_800_000, city: 'Bekasi, JB', kind: 'scam' });
  const card = (c, i) => `<div class="cell"><a href="/marketplace/item/${880000 + i}/" role="link" data-fixture="${c.kind}" class="x1i10hfl">${img(i)}
<div class="x9f619"><span class="x193iq5w"><span>${rp(c.price)}</span></span><span class="x1lliihq"><span>${esc(c.title)}</span></span><span class="x1n2onr6"><span>${esc(c.city)}</span></span></div></a></div>`;
  return page({
    title: 'Marketplace – Jual beli kendaraan di Jakarta | Facebook',
    css: `header{background:#fff;border-bottom:1px solid #ddd;padding:12px 24px;font-weight:800;color:#1877f2;font-size:24px}main{max-width:1100px;margin:0 auto;padding:16px;display:grid;grid-template-columns:repeat(4,1fr);gap:10px}
.x1i10hfl{display:block;background:#fff;border-radius:8px;overflow:hidden}.x9f619{padding:8px;display:flex;flex-direction:column;gap:2px;font-size:14px}.x193iq5w{font-weight:700;font-size:16px}.x1n2onr6{color:#65676b;font-size:12px}`,
    body: `<header>facebook</header><main aria-label="Koleksi item Marketplace">${cards.map(card).join('\n')}</main>`,
  });
}

// ---- OLX: a feed that appends cards on scroll (its own script, as the real site does) -------------
function olxFeed() {
  const script = `
const MODELS = [['Yamaha NMAX 155 2021 Connected', 22500000], ['Honda Vario 160 CBS 2023', 23000000], ['Honda Beat Deluxe 2022', 14500000], ['Honda PCX 160 ABS 2022', 26000000], ['Yamaha Aerox 155 2021', 19000000], ['Honda Scoopy 2023 Prestige', 18500000], ['Kawasaki Ninja 250 FI 2019', 45000000], ['Honda ADV 160 2023', 32000000]];
const CITIES = ['Jakarta Selatan', 'Depok', 'Bekasi Kota', 'Tangerang Selatan', 'Bogor', 'Bandung', 'Surabaya', 'Medan'];
// Scam cards sit at fixed places in the feed, so tests know which cards must be marked.
const SCAMS = { 5: ['Yamaha NMAX 2022 surat lengkap pajak hidup, butuh uang cepat', 4500000], 27: ['Honda PCX 160 2023 km 3rb, no COD transfer dulu', 5900000], 61: ['Kawasaki Ninja 250 FI 2020 mulus, BU hari ini saja', 7500000] };
const params = new URLSearchParams(location.search);
const TOTAL = Math.min(Number(params.get('total')) || 100, 2000);
let seed = 11; const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const list = document.querySelector('[data-aut-id="itemsList"]');
let made = 0;
function card(i) {
  const scam = SCAMS[i];
  const [title, base] = scam ?? MODELS[Math.floor(rnd() * MODELS.length)];
  const price = scam ? base : Math.round(base * (0.9 + rnd() * 0.2) / 100000) * 100000;
  const li = document.createElement('li');
  li.setAttribute('data-aut-id', 'itemBox');
  li.dataset.fixture = scam ? 'scam' : 'ok';
  li.dataset.index = String(i);
  li.innerHTML = '<a href="/item/motor-bekas-iid-' + (910000 + i) + '"><div class="img" style="background:#e8eef2"></div>' +
    '<span class="price" data-aut-id="itemPrice">Rp ' + price.toLocaleString('id-ID') + '</span>' +
    '<span class="title" data-aut-id="itemTitle">' + title + '</span>' +
    '<div class="meta"><span data-aut-id="item-location">' + CITIES[i % CITIES.length] + '</span><span>' + (1 + (i % 28)) + ' hari yang lalu</span></div></a>';
  return li;
}
function more(n) {
  const frag = document.createDocumentFragment();
  for (let k = 0; k < n && made < TOTAL; k++) frag.append(card(made++));
  list.append(frag);
  document.querySelector('#count').textContent = made;
}
more(20);
// Infinite scroll: 20 more cards whenever the sentinel nears the viewport.
new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) more(20); }, { rootMargin: '600px' })
  .observe(document.querySelector('#sentinel'));`;
  return page({
    title: 'Motor Bekas di Indonesia | OLX.co.id',
    css: `header{background:#002f34;color:#fff;padding:14px 24px;font-weight:800;font-size:24px}main{max-width:1100px;margin:0 auto;padding:16px}
ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(4,1fr);gap:12px}li{background:#fff;border:1px solid #ccd5d6;border-radius:4px;overflow:hidden}
li a{display:flex;flex-direction:column;padding:0 0 8px}.price{font-weight:800;font-size:18px;padding:8px 10px 2px}.title{padding:0 10px;font-size:14px;color:#406367}.meta{display:flex;justify-content:space-between;padding:6px 10px 0;font-size:11px;color:#7f9799}
#sentinel{height:1px}`,
    body: `<header>OLX</header><main><h1 style="font-size:18px">Motor Bekas di Indonesia · <span id="count">0</span> iklan</h1><ul data-aut-id="itemsList"></ul><div id="sentinel"></div></main>`,
    script,
  });
}

// ---- Carousell: a scam listing page --------------------------------------------------------------
function carousellListing() {
  return page({
    title: 'iPhone 14 Pro Max 256GB Deep Purple | Carousell',
    css: `main{max-width:1000px;margin:24px auto;display:grid;grid-template-columns:420px 1fr;gap:24px;background:#fff;padding:24px;border-radius:8px}
h1{font-size:22px;margin:0}.price{font-size:26px;font-weight:800;margin:10px 0}.desc{white-space:pre-line;line-height:1.6}.seller{border-top:1px solid #eee;margin-top:16px;padding-top:12px}`,
    body: `<main><div class="img" style="background:#e4dcef"></div><div>
<h1 data-testid="listing-title">iPhone 14 Pro Max 256GB Deep Purple ex iBox</h1>
<div class="price" data-testid="listing-price">Rp 3.800.000</div>
<div class="desc" data-testid="listing-description">Jual cepat BU, butuh uang cepat. iPhone 14 Pro Max 256GB ex iBox, BH 89%, no minus, fullset.
Tidak bisa COD karena saya di luar kota. Transfer dulu ke BCA 5271234567 a.n. Rudi Hartono, barang langsung dikirim hari ini.
Serius chat WA 0821-7788-1234 aja ya, jangan lewat aplikasi biar tidak kena potongan.</div>
<div class="seller"><b data-testid="listing-seller-name">rudi.gadget2026</b> · <span data-testid="listing-seller-joined">Bergabung 5 hari lalu</span> · <span data-testid="listing-seller-reviews">Belum ada ulasan (0)</span></div>
</div></main>`,
  });
}

// ---- a generic shop: schema.org JSON-LD, one product (benign) -------------------------------------
function genericSingle() {
  const ld = { '@context': 'https://schema.org', '@type': 'Product', name: 'Sony PlayStation 5 Slim Disc Edition 1TB', description: 'Garansi resmi Sony Indonesia 1 tahun. Barang baru, segel.',
    offers: { '@type': 'Offer', price: '8499000', priceCurrency: 'IDR', availability: 'https://schema.org/InStock', seller: { '@type': 'Organization', name: 'Toko Elektronik Sejahtera' } },
    aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.8', reviewCount: '312' } };
  return page({
    title: 'Sony PlayStation 5 Slim Disc Edition 1TB - Toko Elektronik Sejahtera',
    head: `<meta property="og:type" content="product">\n<meta property="og:title" content="Sony PlayStation 5 Slim Disc Edition 1TB">\n<meta property="product:price:amount" content="8499000">\n<meta property="product:price:currency" content="IDR">\n<script type="application/ld+json">${JSON.stringify(ld)}</script>\n`,
    css: `main{max-width:900px;margin:24px auto;background:#fff;padding:24px;border-radius:8px}h1{font-size:22px}.price{font-size:24px;font-weight:700;color:#0a7d3b}`,
    body: `<main><h1>Sony PlayStation 5 Slim Disc Edition 1TB</h1><div class="price">Rp8.499.000</div>
<p>Garansi resmi Sony Indonesia 1 tahun. Barang baru, segel. Bisa bayar di tempat (COD) untuk Jabodetabek, atau transfer ke virtual account saat checkout.</p>
<p>Toko kami buka Senin–Sabtu, 09.00–18.00. Alamat: Jl. Mangga Dua Raya No. 8, Jakarta Utara.</p></main>`,
  });
}

// ---- a generic shop: schema.org microdata grid ---------------------------------------------------
function genericGrid() {
  const cards = items({
    n: 21,
    names: ['iPhone 13 128GB Second Resmi iBox BH 88%', 'iPhone 13 256GB Ex Inter Mulus', 'iPhone 13 128GB Midnight Fullset'],
    base: 5_900_000,
    scams: [{ at: 9, title: 'iPhone 13 Pro Max 256GB garansi resmi murah', price: 1_650_000, shop: 'GadgetKu' }],
  });
  const card = (c, i) => `<article itemscope itemtype="https://schema.org/Product" data-fixture="${c.kind}" class="p">${img(i)}
<h3 itemprop="name"><a href="/produk/${300 + i}">${esc(c.title)}</a></h3>
<div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="priceCurrency" content="IDR"><span itemprop="price" content="${c.price}">${rp(c.price)}</span></div></article>`;
  return page({
    title: 'Kategori iPhone Second - GadgetKu Store',
    css: `header{background:#1e293b;color:#fff;padding:14px 24px;font-weight:800;font-size:20px}main{max-width:1100px;margin:0 auto;padding:16px;display:grid;grid-template-columns:repeat(4,1fr);gap:12px}
.p{background:#fff;border-radius:8px;padding:0 0 10px;overflow:hidden}.p h3{font-size:14px;margin:8px 10px}.p span{margin:0 10px;font-weight:700}`,
    body: `<header>GadgetKu Store</header><main>${cards.map(card).join('\n')}</main>`,
  });
}

// ---- Facebook Marketplace: listing pages (class-less markup; a scam and an ordinary sale) --------
// An item page also shows "Today's picks" cards (links to other items): the grid adapter reads
// them as cards, so they must stay quiet too.
function facebookListing({ title, price, location, description, seller, joined, scam }) {
  const picks = [['Honda Vario 160 CBS 2023', 22_800_000], ['Yamaha NMAX 155 2022 Connected', 26_500_000], ['Honda PCX 160 ABS 2022', 27_900_000], ['Honda Beat Street 2023', 15_900_000], ['Yamaha Aerox 155 2021', 19_750_000], ['Honda Scoopy Prestige 2022', 18_200_000]];
  const pick6 = picks.map(([t, p], i) => `<a href="/marketplace/item/${770000 + i}/" role="link" class="x1i10hfl" data-fixture="ok">${img(i)}
<span class="x193iq5w"><span>${rp(p)}</span></span><span class="x1lliihq"><span>${esc(t)}</span></span><span class="x1n2onr6"><span>Jakarta Selatan, JK</span></span></a>`).join('\n');
  return page({
    title: `${title} - Marketplace | Facebook`,
    css: `header{background:#fff;border-bottom:1px solid #ddd;padding:12px 24px;font-weight:800;color:#1877f2;font-size:24px}
.x78zum5{max-width:1100px;margin:16px auto;display:grid;grid-template-columns:1fr 380px;gap:16px}.x6s0dn4{background:#18191a;border-radius:8px;min-height:420px}
.xdt5ytf{background:#fff;border-radius:8px;padding:16px}h1{font-size:24px;margin:0 0 6px}.x1xmf6yo{font-size:18px;margin:0 0 12px}.xexx8yu{color:#65676b;font-size:13px}
.xw7yly9{white-space:pre-line;line-height:1.5;font-size:15px;margin:12px 0}.x1y1aw1k{border-top:1px solid #ddd;padding-top:12px;margin-top:12px}
.picks{max-width:1100px;margin:0 auto 24px;display:grid;grid-template-columns:repeat(6,1fr);gap:8px}.picks a{display:flex;flex-direction:column;background:#fff;border-radius:8px;overflow:hidden;font-size:13px;padding-bottom:6px}
.picks span{padding:0 6px}`,
    body: `<header>facebook</header>
<div role="main"><div class="x78zum5" aria-label="Marketplace listing viewer"><div class="x6s0dn4" role="img" aria-label="Foto ${esc(title)}"></div>
<div class="xdt5ytf"><h1><span>${esc(title)}</span></h1><div class="x1xmf6yo"><span>${rp(price)}</span></div>
<div class="xexx8yu"><span>Dipasang 2 hari yang lalu di ${esc(location)}</span></div>
<div class="x1y1aw1k"><span class="xexx8yu">Detail</span><div class="xw7yly9" data-testid="marketplace_pdp_description"><span>${esc(description)}</span></div></div>
<div class="x1y1aw1k"><span class="xexx8yu">Informasi penjual</span><div><b data-testid="marketplace_pdp_seller_name">${esc(seller)}</b></div>
<div class="xexx8yu" data-testid="marketplace_pdp_seller_joined">${esc(joined)}</div></div>
<div class="x1y1aw1k"><div role="button" tabindex="0" aria-label="Kirim pesan ke penjual">Kirim pesan</div></div></div></div>
<h2 style="max-width:1100px;margin:0 auto 8px;font-size:17px">Pilihan hari ini</h2><div class="picks">${pick6}</div></div>`,
  });
}

const facebookListingScam = () => facebookListing({
  scam: true,
  title: 'Honda PCX 160 ABS 2023 Hitam Doff',
  price: 7_500_000,
  location: 'Jakarta Timur, JK',
  description: 'Dijual cepat BU, motor mulus km 4rb, surat lengkap BPKB STNK pajak hidup.\nTidak bisa COD karena motor sudah di ekspedisi. DP dulu Rp1.000.000 ke BRI 0123-01-012345-50-1 a.n. Hendra, sisanya setelah motor sampai.\nSerius tanya chat WA 0878-5544-3322.',
  seller: 'Hendra Saputra',
  joined: 'Bergabung dengan Facebook pada 2026',
});

const facebookListingQuiet = () => facebookListing({
  scam: false,
  title: 'Honda Vario 160 ABS 2022 Merah',
  price: 22_500_000,
  location: 'Depok, JB',
  description: 'Pemakaian pribadi, servis rutin di AHASS, km 11rb. Surat lengkap, pajak hidup sampai Agustus 2027.\nBisa COD di Depok atau lihat langsung ke rumah, cek fisik dan surat dulu baru bayar. Harga nego tipis.',
  seller: 'Dewi Lestari',
  joined: 'Bergabung dengan Facebook pada 2012',
});

// ---- OLX: listing pages (a scam and a dealer offering credit) -----------------------------------
function olxListing({ title, price, description, params, seller, since, dealer, phone, scam }) {
  const related = [['Honda PCX 160 CBS 2022', 24_500_000], ['Yamaha NMAX 155 2021', 21_900_000], ['Honda Vario 160 ABS 2023', 24_000_000], ['Yamaha Aerox 155 VVA 2022', 21_500_000]];
  const cards = related.map(([t, p], i) => `<li data-aut-id="itemBox" data-fixture="ok"><a href="/item/motor-bekas-iid-${930000 + i}"><div class="img" style="background:#e8eef2"></div>
<span class="price" data-aut-id="itemPrice">Rp ${p.toLocaleString('id-ID')}</span><span class="title" data-aut-id="itemTitle">${esc(t)}</span>
<div class="meta"><span data-aut-id="item-location">Jakarta Timur</span><span>3 hari yang lalu</span></div></a></li>`).join('\n');
  return page({
    title: `${title} - Motor Bekas - ${price.toLocaleString('id-ID')} | OLX.co.id`,
    css: `header{background:#002f34;color:#fff;padding:14px 24px;font-weight:800;font-size:24px}main{max-width:1100px;margin:16px auto;display:grid;grid-template-columns:1fr 340px;gap:16px}
section,aside>div{background:#fff;border:1px solid #ccd5d6;border-radius:4px;padding:16px}.gallery{background:#222;min-height:380px;border-radius:4px;margin-bottom:16px}
h1{font-size:20px;color:#406367;margin:0}[data-aut-id="itemPrice"]{font-size:30px;font-weight:800;color:#002f34}dl{display:grid;grid-template-columns:1fr 1fr;gap:6px 16px;font-size:14px}dt{color:#7f9799}dd{margin:0}
[data-aut-id="itemDescriptionContent"]{white-space:pre-line;line-height:1.6}.badge{background:#23e5db;color:#002f34;font-size:11px;font-weight:700;padding:2px 6px;border-radius:3px}
.rel{max-width:1100px;margin:0 auto 24px}.rel ul{list-style:none;padding:0;display:grid;grid-template-columns:repeat(4,1fr);gap:12px}.rel li{background:#fff;border:1px solid #ccd5d6;border-radius:4px}
.rel a{display:flex;flex-direction:column;padding-bottom:8px}.rel .price{font-weight:800;font-size:17px;padding:8px 10px 2px}.rel .title{padding:0 10px;font-size:14px}.rel .meta{display:flex;justify-content:space-between;padding:6px 10px 0;font-size:11px;color:#7f9799}`,
    body: `<header>OLX</header><main><div><div class="gallery"></div>
<section><h3>Detail</h3><dl data-aut-id="itemParams">${params.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
<h3>Deskripsi</h3><div data-aut-id="itemDescriptionContent">${esc(description)}</div></section></div>
<aside><div><div data-aut-id="itemPrice">Rp ${price.toLocaleString('id-ID')}</div><h1 data-aut-id="itemTitle">${esc(title)}</h1><div>Jakarta Timur, Jakarta D.K.I.</div></div>
<div data-aut-id="profileCard" style="margin-top:12px">${dealer ? '<span class="badge" data-aut-id="badge-dealer">DEALER</span> ' : ''}<b data-aut-id="name">${esc(seller)}</b>
<div data-aut-id="memberSince">${esc(since)}</div><div>Nomor telepon: <span data-aut-id="phoneNumber">${esc(phone)}</span></div></div></aside></main>
<div class="rel"><h2 style="font-size:18px">Iklan terkait</h2><ul>${cards}</ul></div>`,
  });
}

const olxListingScam = () => olxListing({
  scam: true,
  title: 'Yamaha NMAX 155 2022 Connected ABS mulus',
  price: 4_800_000,
  params: [['Merek', 'Yamaha'], ['Model', 'NMAX'], ['Tahun', '2022'], ['Jarak tempuh', '5.000-10.000 km']],
  description: 'Dijual karena butuh uang cepat, harga di bawah pasaran. Surat lengkap, pajak hidup.\nSaya dinas di Kalimantan, motor dititipkan di gudang ekspedisi. Tidak bisa COD, transfer dulu ongkir Rp350.000 lalu motor dikirim hari ini.\nChat WA 0812-9988-7766 (fast respon).',
  seller: 'Bripka Agus',
  since: 'Anggota sejak 2 hari lalu',
  phone: '0812-9988-7766',
});

const olxListingQuiet = () => olxListing({
  scam: false,
  dealer: true,
  title: 'Honda PCX 160 CBS 2023 km 6rb istimewa',
  price: 26_900_000,
  params: [['Merek', 'Honda'], ['Model', 'PCX'], ['Tahun', '2023'], ['Jarak tempuh', '5.000-10.000 km']],
  description: 'Unit ready di showroom Cakung, silakan cek fisik dan test ride. BPKB STNK asli, pajak panjang.\nBisa kredit via leasing resmi: uang muka mulai 3 juta, tenor 11-35 bulan. Cash atau kredit, pembayaran di showroom.\nBuka setiap hari 09.00-17.00.',
  seller: 'Sinar Motor Cakung',
  since: 'Anggota sejak 4 tahun',
  phone: '0812-xxx-xxx',
});

// ---- a generic shop: a grid described only by a JSON-LD ItemList (no microdata) ------------------
// Cards are plain divs; the JSON-LD in <head> lists each Product with its URL, which is how the
// generic adapter finds each product's card (the link to it).
function genericItemList() {
  const HOST = 'http://www.sentosaponsel.co.id';
  const cards = items({
    n: 21,
    names: ['Samsung Galaxy A55 5G 8/256GB Garansi Resmi', 'Samsung Galaxy A55 5G 8/128GB Awesome Navy', 'Samsung Galaxy A55 8/256 Second Mulus Fullset'],
    base: 5_600_000,
    accessories: [[7, { title: 'Softcase Samsung Galaxy A55 Bening Anti Crack', price: 39_000 }]],
    scams: [{ at: 12, title: 'Samsung Galaxy S24 Ultra 12/512GB BNIB cuci gudang, order via WA 0896-1122-3344', price: 3_500_000, shop: 'Sentosa Ponsel' }],
  });
  const slug = (c, i) => `${c.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40)}-${500 + i}`;
  const ld = { '@context': 'https://schema.org', '@type': 'ItemList', name: 'Samsung Galaxy A55', itemListElement: cards.map((c, i) => ({
    '@type': 'ListItem', position: i + 1,
    item: { '@type': 'Product', name: c.title, url: `${HOST}/produk/${slug(c, i)}`, offers: { '@type': 'Offer', price: String(c.price), priceCurrency: 'IDR' } },
  })) };
  const card = (c, i) => `<div class="card" data-fixture="${c.kind}"><a class="thumb" href="/produk/${slug(c, i)}">${img(i)}</a>
<a class="name" href="/produk/${slug(c, i)}">${esc(c.title)}</a><div class="price">${rp(c.price)}</div><button type="button">+ Keranjang</button></div>`;
  return page({
    title: 'Samsung Galaxy A55 - Sentosa Ponsel',
    head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>\n`,
    css: `header{background:#7c2d12;color:#fff;padding:14px 24px;font-weight:800;font-size:20px}main{max-width:1100px;margin:0 auto;padding:16px;display:grid;grid-template-columns:repeat(4,1fr);gap:12px}
.card{background:#fff;border-radius:8px;padding:0 0 10px;overflow:hidden;display:flex;flex-direction:column}.card .name{font-size:14px;margin:8px 10px}.card .price{margin:0 10px 8px;font-weight:700}.card button{margin:0 10px}`,
    body: `<header>Sentosa Ponsel</header><main>${cards.map(card).join('\n')}</main>`,
  });
}

const PAGES = {
  'tokopedia-search.html': tokopediaGrid,
  'tokopedia-official.html': tokopediaOfficial,
  'shopee-search.html': shopeeGrid,
  'bukalapak-search.html': bukalapakGrid,
  'lazada-catalog.html': lazadaGrid,
  'blibli-search.html': blibliGrid,
  'tiktok-shop-search.html': tiktokGrid,
  'facebook-marketplace.html': facebookGrid,
  'olx-feed.html': olxFeed,
  'carousell-listing.html': carousellListing,
  'generic-product.html': genericSingle,
  'generic-grid.html': genericGrid,
  'facebook-listing.html': facebookListingScam,
  'facebook-listing-quiet.html': facebookListingQuiet,
  'olx-listing.html': olxListingScam,
  'olx-listing-quiet.html': olxListingQuiet,
  'generic-itemlist.html': genericItemList,
};
for (const [file, make] of Object.entries(PAGES)) writeFileSync(path.join(DIR, file), make());
console.log(`wrote ${Object.keys(PAGES).length} pages to ${path.relative(process.cwd(), DIR)}`);
