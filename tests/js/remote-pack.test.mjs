// An organisation's pack fetched from its policy's URL (extension/background/remote-pack.js, as
// built into dist/chrome): used only if the policy's Ed25519 key signed it. The signatures come
// from the real `waspada pack sign`, so this also checks that WebCrypto (here Node's) accepts
// what the Rust signer writes. Fetch, the Cache API and storage are in memory.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { memoryArea } from './memory-storage.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILT = path.join(ROOT, 'dist', 'chrome', 'background', 'remote-pack.js');
const CLI = path.join(ROOT, 'target', 'release', 'waspada');
const URL_OK = 'https://lsm-contoh.or.id/waspada/ngo.wpk';

const local = memoryArea();
let policy = {};
globalThis.chrome = { storage: { local, managed: { get: async () => structuredClone(policy) } } };
const cache = new Map();
globalThis.caches = {
  open: async () => ({
    match: async (url) => (cache.has(url) ? new Response(cache.get(url)) : undefined),
    put: async (url, res) => { cache.set(url, new Uint8Array(await res.arrayBuffer())); },
  }),
};
let served = null; // what fetch answers: Uint8Array or a Response
globalThis.fetch = async () => (served instanceof Response ? served : new Response(served));

let R;
let signed;
let unsigned;
let key;
let otherKey;
before(async () => {
  assert.ok(existsSync(BUILT), `${BUILT} missing: build first (scripts/build.sh)`);
  assert.ok(existsSync(CLI), `${CLI} missing: build first (scripts/build.sh)`);
  R = await import(pathToFileURL(BUILT).href);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'waspada-js-sign-'));
  try {
    const keygen = (name) => execFileSync(CLI, ['pack', 'keygen', '--secret', path.join(dir, name)], { encoding: 'utf8' })
      .match(/public key[^:]*: ([0-9a-f]{64})/)[1];
    key = keygen('ngo.key');
    otherKey = keygen('other.key');
    const packFile = path.join(ROOT, 'dist', 'chrome', 'packs', 'default.wpk');
    unsigned = new Uint8Array(readFileSync(packFile));
    execFileSync(CLI, ['pack', 'sign', packFile, '--key', path.join(dir, 'ngo.key'), '-o', path.join(dir, 'ngo.wpk')]);
    signed = new Uint8Array(readFileSync(path.join(dir, 'ngo.wpk')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a pack signed by `waspada pack sign` verifies with its key only', async () => {
  assert.equal(await R.signedBy(signed, key), true);
  assert.equal(await R.signedBy(signed, otherKey), false, 'another key');
  assert.equal(await R.signedBy(unsigned, key), false, 'an unsigned pack');
  const altered = signed.slice();
  altered[altered.length - 1] ^= 1;
  assert.equal(await R.signedBy(altered, key), false, 'an altered payload');
  assert.equal(await R.signedBy(new Uint8Array(10), key), false, 'not a pack');
  assert.equal(await R.signedBy(signed, 'zz'.repeat(32)), false, 'a key that is not hex: false, not a throw');
});

test('the policy names a pack only with an https URL and a 64-hex key', async () => {
  policy = { packUrl: URL_OK, packPublicKey: key.toUpperCase() };
  assert.deepEqual(await R.packPolicy(), { url: URL_OK, key });
  for (const bad of [{ packUrl: 'http://lsm-contoh.or.id/ngo.wpk', packPublicKey: key }, { packUrl: URL_OK, packPublicKey: 'abc' },
    { packUrl: URL_OK }, {}, { packUrl: 7, packPublicKey: key }]) {
    policy = bad;
    assert.equal(await R.packPolicy(), null, JSON.stringify(bad));
  }
});

test('a fetched pack is kept only when it is signed and the engine accepts it; then not due for 6 hours', async () => {
  const p = { url: URL_OK, key };
  cache.clear();
  await local.remove('packFetchedAt');
  assert.equal(await R.due(p), true, 'nothing kept yet');

  served = unsigned;
  await assert.rejects(R.fetchPack(p, () => {}), /not signed/);
  served = signed;
  await assert.rejects(R.fetchPack(p, () => { throw new Error('engine says no'); }), /engine says no/);
  served = new Response('gone', { status: 404 });
  await assert.rejects(R.fetchPack(p, () => {}), /HTTP 404/);
  assert.equal(await R.cachedPack(p), null, 'none of those was kept');

  served = signed;
  const bytes = await R.fetchPack(p, () => {});
  assert.equal(bytes.length, signed.length);
  assert.deepEqual(await R.cachedPack(p), signed);
  assert.equal(await R.due(p), false);
  assert.equal(await R.due(p, Date.now() + 6 * 60 * 60 * 1000 + 1), true);
  // A kept copy that another key signed (the policy changed its key) is not used.
  assert.equal(await R.cachedPack({ url: URL_OK, key: otherKey }), null);
});
