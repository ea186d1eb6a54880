// The one Engine of this service worker: the Rust engine compiled to Wasm, loaded with the
// default rule pack, or an organisation's signed pack (remote-pack.js). All judgement lives in
// the engine; this file only starts it, feeds it bounded input and turns its answers into plain
// JSON-safe objects.
//
// The service worker is stopped after ~30 s idle and started again on the next event, so start-up
// runs often: it is one Wasm instantiation plus one pack load, begun as soon as the worker starts
// (never with a top-level await, which would stop the worker from registering its listeners).
import '../platform.js';
import '../shared/i18n.js';
import init, { Engine } from '../wasm/waspada.js';
import { cachedPack, due, fetchedAt, fetchPack, packPolicy } from './remote-pack.js';

const { api } = globalThis.WASPADA_PLATFORM;
const { resolveLang } = globalThis.WaspadaI18n;

export const LEVELS = Object.freeze(['safe', 'caution', 'warning', 'danger']);

let starting = null; // Promise<{ engine, pack }>; reset on failure so the next message retries

async function start() {
  const t0 = performance.now();
  await init({ module_or_path: api.runtime.getURL('wasm/waspada_bg.wasm') });
  // An organisation's signed pack when its policy names one and a good copy is kept
  // (remote-pack.js); the pack built into the extension otherwise, or if that copy will not load.
  const policy = await packPolicy();
  const kept = policy ? await cachedPack(policy) : null;
  let engine = null;
  let source = 'built-in';
  if (kept) {
    try {
      engine = new Engine(kept);
      source = 'organisation';
    } catch {
      // a kept pack this engine refuses: the built-in one below, and a fresh fetch when due
    }
  }
  if (!engine) {
    const res = await fetch(api.runtime.getURL('packs/default.wpk'));
    if (!res.ok) throw new Error(`cannot read packs/default.wpk (HTTP ${res.status})`);
    engine = new Engine(new Uint8Array(await res.arrayBuffer())); // throws on a bad pack
  }
  // When the kept pack was fetched: shown in Options, and what decides whether a newer is due.
  const at = source === 'organisation' ? await fetchedAt(policy) : undefined;
  const pack = describe(engine, policy, { source, startupMs: Math.round(performance.now() - t0), fetchedAt: at });
  if (policy) refresh(policy, at); // in the background: never delays a verdict
  return { engine, pack };
}

/** The pack info handed out ({type:'packInfo'}): the engine's, where it came from, and how fast. */
function describe(engine, policy, { source, startupMs, fetchedAt: at }) {
  return {
    ...plain(engine.packInfo()), source, startupMs,
    ...(policy && { orgHost: new URL(policy.url).host }),
    ...(at !== undefined && { fetchedAt: at }),
  };
}

let refreshing = null;

/**
 * Fetches the organisation's pack when the kept one is due, and swaps it in once it is signed
 * and loads. A failure keeps the pack in use; it is tried again at the next start.
 */
function refresh(policy, fetched) {
  refreshing ??= (async () => {
    if (!(await due(policy, Date.now(), fetched))) return;
    let fresh = null;
    await fetchPack(policy, (bytes) => {
      fresh = new Engine(bytes); // throws on a pack the engine refuses: then it is not kept
    });
    const pack = describe(fresh, policy, { source: 'organisation', startupMs: 0, fetchedAt: Date.now() });
    starting = Promise.resolve({ engine: fresh, pack });
  })().catch((e) => {
    console.warn('Waspada: the organisation\'s pack was not updated:', e?.message ?? e);
  }).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** The ready engine and its pack info; rejects if the Wasm or the pack cannot load. */
export function getEngine() {
  starting ??= start().catch((e) => {
    starting = null;
    throw e;
  });
  return starting;
}

// ---- language ------------------------------------------------------------------------------

let langSetting = api.storage.local.get('lang').then((r) => r.lang ?? 'auto', () => 'auto');
api.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.lang) langSetting = Promise.resolve(changes.lang.newValue ?? 'auto');
});

/** 'id' or 'en': the Options choice, or the browser's UI language when that is 'auto'. */
export async function currentLang() {
  return resolveLang(await langSetting);
}

// ---- shaping input and output ---------------------------------------------------------------

// The engine answers with plain objects and arrays; extension messaging is JSON, where a Map
// (or any other non-plain value) would arrive as {}. Deep-convert to plain values, defensively.
export function plain(value) {
  if (value instanceof Map) return Object.fromEntries(Array.from(value, ([k, v]) => [k, plain(v)]));
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** A Verdict exactly as ARCHITECTURE.md describes it, whatever the engine returned. */
export function toVerdict(raw) {
  const v = plain(raw) ?? {};
  const score = Number(v.score);
  return {
    level: LEVELS.includes(v.level) ? v.level : 'safe',
    score: Number.isFinite(score) ? Math.min(100, Math.max(0, Math.round(score))) : 0,
    categories: Array.isArray(v.categories) ? v.categories.map(String) : [],
    reasons: Array.isArray(v.reasons)
      ? v.reasons.map((r) => ({
        rule: String(r?.rule ?? ''),
        category: String(r?.category ?? ''),
        message: String(r?.message ?? ''),
        evidence: String(r?.evidence ?? ''),
      }))
      : [],
  };
}

/** The answer when there is nothing to judge or judging failed: show nothing, say why. */
export function safeVerdict(error) {
  return { level: 'safe', score: 0, categories: [], reasons: [], error: String(error?.message ?? error) };
}

const CAP = { text: 32, chunk: 16 * 1024, links: 500, forms: 20, inputs: 50, downloads: 100, str: 4096 };
const str = (s, n = CAP.str) => (typeof s === 'string' ? s.slice(0, n) : '');
const list = (a, n) => (Array.isArray(a) ? a.slice(0, n) : []);

/**
 * The PageModel with the caps of ARCHITECTURE.md applied and unknown fields dropped. Our content
 * script already keeps to them; this guards the engine's input against any other sender or bug.
 */
export function boundPage(page) {
  if (!page || typeof page !== 'object' || Array.isArray(page)) throw new TypeError('page must be an object');
  return {
    url: str(page.url),
    title: str(page.title, 1024),
    lang: str(page.lang, 20),
    text: list(page.text, CAP.text).map((c) => str(c, CAP.chunk)),
    links: list(page.links, CAP.links).map((l) => ({ href: str(l?.href), text: str(l?.text, 500) })),
    forms: list(page.forms, CAP.forms).map((f) => ({
      action: str(f?.action),
      method: str(f?.method, 10),
      inputs: list(f?.inputs, CAP.inputs).map((i) => ({
        type: str(i?.type, 40), name: str(i?.name, 500), id: str(i?.id, 500),
        placeholder: str(i?.placeholder, 500), label: str(i?.label, 500), autocomplete: str(i?.autocomplete, 200),
      })),
    })),
    downloads: list(page.downloads, CAP.downloads).map((d) => str(d)),
  };
}
