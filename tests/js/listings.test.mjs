// Unit tests of extension/background/listings.js (as built into dist/chrome/): what the popup and
// the toolbar badge know about a tab's marketplace listings — counted per load of a page, the
// risky ones strongest first, never mixed with another page's. Run: node --test tests/js/
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { memoryArea } from './memory-storage.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILT = path.join(ROOT, 'dist', 'chrome', 'background', 'listings.js');

globalThis.chrome = {
  storage: { local: memoryArea(), session: memoryArea(), onChanged: { addListener() {} } },
  i18n: { getMessage: () => '', getUILanguage: () => 'id' },
  runtime: { getURL: (p) => p },
};

let L;
before(async () => {
  assert.ok(existsSync(BUILT), `${BUILT} missing: build first (scripts/build.sh)`);
  L = await import(pathToFileURL(BUILT).href);
});

const listing = (title) => ({ title, priceText: 'Rp1.000.000', url: `https://shop.example/${encodeURIComponent(title)}` });
const verdict = (level, score, rule = 'listing.price-too-low') => ({
  level, score, categories: ['marketplace'], reasons: [{ rule, category: 'marketplace', message: 'm', evidence: 'e'.repeat(400) }],
});

test('a page\'s batches add up; the risky ones are kept strongest first, with their level', async () => {
  const url = 'https://www.tokopedia.com/search?q=iphone';
  await L.noteListings(1, url, 'load-1', [listing('a'), listing('b'), listing('c')], [verdict('safe', 0), verdict('warning', 55), verdict('caution', 30)]);
  const r = await L.noteListings(1, `${url}#reviews`, 'load-1', [listing('d'), listing('e')], [verdict('danger', 90), verdict('safe', 0)]);
  assert.equal(r.judged, 5);
  assert.equal(r.level, 'danger');
  assert.equal(r.riskyCount, 2, 'caution is not risky: only marked listings count');
  assert.deepEqual(r.risky.map((x) => [x.title, x.level]), [['d', 'danger'], ['b', 'warning']]);
  assert.ok(r.risky[0].reasons[0].evidence.length <= 160, 'evidence is clipped for storage');
  assert.deepEqual(await L.tabListings(1, url), r, 'the fragment is not part of the page');
  assert.equal(await L.tabListings(1, 'https://www.tokopedia.com/search?q=ps5'), null, 'another page has no record');
  assert.equal(await L.tabListings(2, url), null, 'another tab has no record');
});

test('a reload of the same URL (a new load id) starts afresh; so does another URL', async () => {
  const url = 'https://shopee.co.id/search?keyword=ps5';
  await L.noteListings(3, url, 'load-1', [listing('a'), listing('b')], [verdict('danger', 90), verdict('safe', 0)]);
  let r = await L.noteListings(3, url, 'load-2', [listing('a'), listing('b')], [verdict('safe', 0), verdict('safe', 0)]);
  assert.deepEqual([r.judged, r.level, r.riskyCount, r.risky.length], [2, 'safe', 0, 0]);
  r = await L.noteListings(3, 'https://shopee.co.id/search?keyword=ps4', 'load-2', [listing('x')], [verdict('warning', 60)]);
  assert.deepEqual([r.judged, r.level, r.riskyCount], [1, 'warning', 1]);
});

test('concurrent batches are all counted, and past 30 risky listings only the count grows', async () => {
  const url = 'https://www.olx.co.id/motor-bekas_c200';
  const batches = [];
  for (let b = 0; b < 4; b++) {
    const ls = Array.from({ length: 10 }, (_, i) => listing(`card ${b * 10 + i}`));
    batches.push(L.noteListings(4, url, 'load-1', ls, ls.map((_, i) => verdict('warning', 50 + b * 10 + i))));
  }
  await Promise.all(batches);
  const r = await L.tabListings(4, url);
  assert.equal(r.judged, 40);
  assert.equal(r.riskyCount, 40);
  assert.equal(r.risky.length, 30);
  assert.equal(r.risky[0].title, 'card 39', 'the strongest first');
  await L.forgetListings(4);
  assert.equal(await L.tabListings(4, url), null, 'a closed tab is forgotten');
});

test('higher: the badge shows the higher level', () => {
  assert.equal(L.higher('caution', 'warning'), 'warning');
  assert.equal(L.higher('danger', 'warning'), 'danger');
  assert.equal(L.higher('safe', 'safe'), 'safe');
});

test("markerStrings: the marker's words in the reply's language, read once per language", async () => {
  const fetched = [];
  const realFetch = globalThis.fetch;
  globalThis.WASPADA_PLATFORM ??= { api: globalThis.chrome };
  globalThis.fetch = async (url) => {
    fetched.push(url);
    const file = path.join(ROOT, 'extension', url);
    return { json: async () => JSON.parse(readFileSync(file, 'utf8')) };
  };
  try {
    const id = await L.markerStrings('id');
    assert.equal(id.listingBadgeDanger, 'Awas penipuan');
    assert.deepEqual(Object.keys(id), [...L.MARKER_KEYS]);
    assert.equal((await L.markerStrings('en')).listingBadgeWarning, 'Be careful');
    await L.markerStrings('id');
    assert.deepEqual(fetched, ['_locales/id/messages.json', '_locales/en/messages.json'], 'each locale read once');
    assert.equal(await L.markerStrings('fr'), null, 'no such locale: the content script falls back to its own');
  } finally {
    globalThis.fetch = realFetch;
  }
});
