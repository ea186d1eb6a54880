// An organisation's own rule pack, fetched from the URL its browser policy names (`packUrl`)
// and used only if the public key in the same policy (`packPublicKey`, 64 hex characters, from
// `waspada pack keygen`) signed it: Ed25519 over the pack's payload, checked with WebCrypto.
// Without such a policy nothing is fetched, ever. The fetch is a plain download: no cookies, no
// referrer, nothing about the user or what they browse.
//
// The last good pack is kept in the Cache API and checked again on every start; a newer one is
// fetched at most every REFRESH_MS. Anything that fails (no network, HTTP error, a pack too big,
// a bad signature, a pack the engine refuses) leaves the pack in use as it is: the built-in one
// until a signed pack has arrived once.
import '../platform.js';

const { api } = globalThis.WASPADA_PLATFORM;

const CACHE = 'waspada-packs';
const REFRESH_MS = 6 * 60 * 60 * 1000;
/** A pack larger than this is refused unread (the engine's own limit is 256 MB). */
export const MAX_PACK_BYTES = 64 * 1024 * 1024;
const HEADER_LEN = 108;
const MAGIC = [0x57, 0x53, 0x50, 0x4b]; // "WSPK"

/** {url, key} from the organisation's policy, or null when it names no (valid) pack. */
export async function packPolicy() {
  let raw = {};
  try {
    raw = (await api.storage.managed?.get(['packUrl', 'packPublicKey'])) ?? {};
  } catch {
    return null; // no policy for this extension, or managed storage unsupported
  }
  const url = typeof raw.packUrl === 'string' ? raw.packUrl.trim() : '';
  const key = typeof raw.packPublicKey === 'string' ? raw.packPublicKey.trim().toLowerCase() : '';
  if (!url.startsWith('https://') || !URL.canParse(url) || !/^[0-9a-f]{64}$/.test(key)) return null;
  return { url, key };
}

/**
 * Whether `bytes` is a Waspada pack whose payload the Ed25519 public key `keyHex` signed.
 * False (never a throw) for anything else, including a browser without Ed25519 in WebCrypto.
 */
export async function signedBy(bytes, keyHex) {
  if (!(bytes instanceof Uint8Array) || bytes.length < HEADER_LEN) return false;
  if (MAGIC.some((b, i) => bytes[i] !== b)) return false;
  if ((bytes[6] & 1) === 0) return false; // the header's "signed" flag
  try {
    const raw = Uint8Array.from(keyHex.match(/../g), (h) => parseInt(h, 16));
    const key = await crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, bytes.subarray(44, HEADER_LEN), bytes.subarray(HEADER_LEN));
  } catch {
    return false;
  }
}

/** The kept pack for `policy`, if it is still signed by the policy's key; else null. */
export async function cachedPack(policy) {
  try {
    const res = await (await caches.open(CACHE)).match(policy.url);
    if (!res) return null;
    const bytes = new Uint8Array(await res.arrayBuffer());
    return (await signedBy(bytes, policy.key)) ? bytes : null;
  } catch {
    return null;
  }
}

/** When the policy's pack was last fetched and kept (ms since the epoch), or NaN. */
export async function fetchedAt(policy) {
  const { packFetchedAt = {} } = await api.storage.local.get('packFetchedAt').catch(() => ({}));
  return Number(packFetchedAt?.[policy.url]);
}

/**
 * Whether the kept pack is older than REFRESH_MS (or there is none). `at`: its fetch time when
 * the caller has already read it (`fetchedAt`), so start-up reads it once.
 */
export async function due(policy, now = Date.now(), at = undefined) {
  at ??= await fetchedAt(policy);
  return !(Number.isFinite(at) && now - at < REFRESH_MS && now >= at);
}

/**
 * Downloads the policy's pack and checks its signature; `accept(bytes)` must not throw (the
 * engine loads it) before it is kept. Resolves to the bytes; rejects with the reason.
 */
export async function fetchPack(policy, accept) {
  const res = await fetch(policy.url, { credentials: 'omit', cache: 'no-cache', referrerPolicy: 'no-referrer', redirect: 'error' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  if (Number(res.headers.get('content-length')) > MAX_PACK_BYTES) throw new Error('pack too large');
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_PACK_BYTES) throw new Error('pack too large');
  if (!(await signedBy(bytes, policy.key))) throw new Error('not signed by the policy\'s public key');
  accept(bytes);
  await (await caches.open(CACHE)).put(policy.url, new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } }));
  await api.storage.local.set({ packFetchedAt: { [policy.url]: Date.now() } });
  return bytes;
}
