// End-to-end, Firefox ESR: an organisation's signed pack, fetched from the URL its policy names
// (packUrl, packPublicKey in the add-on's managed storage), as ngo.chromium.test.mjs does in
// Chromium. Firefox reaches the loopback server as its proxy, and the pack's host is tunnelled
// into the server's own TLS endpoint (comment-sites.mjs PACK_HOSTS), so this is the real https
// fetch, WebCrypto Ed25519 check and Cache API of Firefox's background page.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { SITES } from './sites.mjs';
import { firefoxSession } from './ux-firefox-session.mjs';
import { signedNgoPack, PACK_HOST, PACK_URL } from './ngo-pack.mjs';
import { pageWarning, pollFor, summarize } from './helpers.mjs';

const packInfo = (s) => s.ext(() => browser.runtime.sendMessage({ type: 'packInfo' }));
const packFetches = (s) => s.server.requests.filter((r) => r.host.startsWith(PACK_HOST) && r.method === 'GET').length;

describe('Waspada in Firefox ESR: an organisation\'s signed pack, fetched from the URL its policy names', { timeout: 200_000 }, () => {
  const [work, bytes, key] = signedNgoPack();
  const files = { [`${PACK_HOST}/waspada/ngo.wpk`]: { body: bytes, type: 'application/octet-stream' } };
  const s = firefoxSession({ managed: { packUrl: PACK_URL, packPublicKey: key }, files });
  before(() => s.start());
  after(async () => {
    await s.stop();
    rmSync(work, { recursive: true, force: true });
  });

  test('the signed pack replaces the built-in one; its helplines are on the warnings; Options names its host', async () => {
    const info = await pollFor(async () => {
      const i = await packInfo(s);
      return i?.name === 'lsm-contoh' ? i : null;
    }, { timeout: 20_000 });
    assert.equal(info?.source, 'organisation', JSON.stringify(info && { name: info.name, source: info.source }));
    assert.equal(packFetches(s), 1, 'fetched once');
    const { page, info: seen } = await s.visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(seen)?.level, 'danger', summarize(seen));
      const help = await pollFor(async () => (await s.textIn(page, '#waspada-helplines')) || null);
      assert.match(help ?? '', /Hotline Cek Penipuan LSM Contoh/);
    } finally {
      await page.close();
    }
    const options = await s.openOptions();
    try {
      const view = await options.evaluate(() => ({
        source: document.getElementById('rules-panel').dataset.source,
        origin: document.getElementById('rules-origin').textContent,
      }));
      assert.equal(view.source, 'organisation');
      assert.match(view.origin, /^Dari organisasi Anda \(packs\.lsm-contoh\.or\.id\), .*Terakhir diambil/);
    } finally {
      await options.close();
    }
  });
});

describe('Waspada in Firefox ESR: a pack the policy\'s key did not sign is never used', { timeout: 200_000 }, () => {
  const [work, bytes, , other] = signedNgoPack();
  const files = { [`${PACK_HOST}/waspada/ngo.wpk`]: { body: bytes, type: 'application/octet-stream' } };
  const s = firefoxSession({ managed: { packUrl: PACK_URL, packPublicKey: other }, files });
  before(() => s.start());
  after(async () => {
    await s.stop();
    rmSync(work, { recursive: true, force: true });
  });

  test('the built-in pack stays, and warnings still work', async () => {
    await s.extensionPage(); // starts the background's engine, which fetches the pack
    assert.ok(await pollFor(() => packFetches(s) > 0 || null, { timeout: 20_000 }), 'the pack was fetched');
    await new Promise((r) => setTimeout(r, 1500)); // time to check the signature and refuse it
    const info = await packInfo(s);
    assert.equal(info?.name, 'waspada-default', JSON.stringify(info && { name: info.name, source: info.source }));
    assert.equal(info?.source, 'built-in');
    const { page, info: seen } = await s.visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(seen)?.level, 'danger', summarize(seen));
      assert.equal(await s.textIn(page, '#waspada-helplines'), '', 'no helpline of a pack not used');
    } finally {
      await page.close();
    }
  });
});
