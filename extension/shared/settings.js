// The user's settings and lists, kept in storage.local so they survive browser restarts,
// service-worker restarts and extension updates. One storage key per field, so a write to one
// never clobbers another, and every field is validated on its own when read: a damaged or
// unexpected value falls back to that field's default and never takes the others with it.
//
//   schema     2                               (version of this layout; see migrate())
//   lang       'auto' | 'id' | 'en'            (read by shared/i18n.js and the background as is)
//   trusted    ['bank-saya.co.id', …]          sites the user marked "Situs ini aman" (host, no www.)
//   dismissed  { 'host': timestamp }           banners closed for a site ("×")
//   family     { name, phone, largeText }      family mode: trusted contact, larger text
//   pin        { salt, hash, iterations } | null   the settings lock: a salted PBKDF2-SHA-256 hash only
//
// An organisation (an NGO, a school, a family's admin) may also manage a few of these through the
// browser's policies (storage.managed, schema in managed_schema.json): the trusted contact, and a
// lock that no PIN opens. Managed values win over the user's and are never written to storage.local.
//
// Schema 1 (before this module) kept `lang` and one `dismiss:<host>` key per closed banner;
// migrate() folds those into `dismissed` and leaves `lang` where it is.
// ES module: imported by the background, the popup and the options page (never by content scripts,
// which ask the background instead).
import '../platform.js';

const { api } = globalThis.WASPADA_PLATFORM;

export const SCHEMA = 2;
export const LANGS = Object.freeze(['auto', 'id', 'en']);
const MAX_TRUSTED = 500;
const MAX_DISMISSED = 2000;
const MAX_NAME = 40;
const MAX_PHONE = 24;
export const PIN_ITERATIONS = 210_000; // OWASP 2023 figure for PBKDF2-HMAC-SHA256

// ---- hosts ---------------------------------------------------------------------------------

/**
 * The site key of a host or URL: lower case, no port, no trailing dot, without a leading "www.".
 * '' for anything that is not an http(s) host name. Trusting "bank.co.id" also covers its subdomains.
 */
export function siteKey(input) {
  if (typeof input !== 'string') return '';
  let host = input.trim().toLowerCase();
  if (!host) return '';
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
      const u = new URL(host);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return '';
      host = u.hostname;
    } else {
      host = new URL(`http://${host}`).hostname;
    }
  } catch {
    return '';
  }
  host = host.replace(/\.$/, '').replace(/^www\d?\./, '');
  return /^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(host) && host.length <= 253 && host.includes('.') ? host : '';
}

/** Does the trusted entry `entry` cover `host`? (same site, or a subdomain of it) */
export function covers(entry, host) {
  const site = siteKey(host);
  return Boolean(site && entry && (site === entry || site.endsWith(`.${entry}`)));
}

// ---- validation, one field at a time --------------------------------------------------------

const FIELDS = {
  lang: { def: () => 'auto', valid: (v) => (LANGS.includes(v) ? v : undefined) },
  trusted: {
    def: () => [],
    valid: (v) => {
      if (!Array.isArray(v)) return undefined;
      const out = [...new Set(v.filter((x) => typeof x === 'string').map(siteKey).filter(Boolean))];
      return out.slice(0, MAX_TRUSTED).sort();
    },
  },
  dismissed: {
    def: () => ({}),
    valid: (v) => {
      if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
      const out = {};
      for (const [host, at] of Object.entries(v).slice(0, MAX_DISMISSED)) {
        const site = siteKey(host);
        if (site && Number.isFinite(at)) out[site] = at;
      }
      return out;
    },
  },
  family: {
    def: () => ({ name: '', phone: '', largeText: false }),
    valid: (v) => {
      if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
      return { name: cleanName(v.name), phone: cleanPhone(v.phone), largeText: v.largeText === true };
    },
  },
  pin: {
    def: () => null,
    valid: (v) => {
      if (v === null) return null;
      const ok = v && typeof v === 'object' && typeof v.salt === 'string' && typeof v.hash === 'string'
        && /^[0-9a-f]{32}$/.test(v.salt) && /^[0-9a-f]{64}$/.test(v.hash)
        && Number.isInteger(v.iterations) && v.iterations >= 10_000 && v.iterations <= 10_000_000;
      return ok ? { salt: v.salt, hash: v.hash, iterations: v.iterations } : undefined;
    },
  },
};
export const FIELD_NAMES = Object.freeze(Object.keys(FIELDS));

export function cleanName(v) {
  return typeof v === 'string' ? v.replace(/[\p{C}]/gu, '').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME) : '';
}

/** Digits, spaces, dashes, one leading "+": what a phone number may contain; anything else is dropped. */
export function cleanPhone(v) {
  if (typeof v !== 'string') return '';
  const s = v.replace(/[^\d+\- ]/g, '').replace(/(?!^)\+/g, '').replace(/\s+/g, ' ').trim();
  return /\d{3,}/.test(s.replace(/[\s-]/g, '')) ? s.slice(0, MAX_PHONE) : '';
}

/**
 * Every field, validated. A field that is missing or damaged comes back as its default and is
 * named in `repaired` (the caller may write the repaired value back; `load` does on migration).
 */
export function validate(stored) {
  const out = {};
  const repaired = [];
  for (const [name, { def, valid }] of Object.entries(FIELDS)) {
    const raw = stored?.[name];
    if (raw === undefined) {
      out[name] = def();
      continue;
    }
    let v;
    try {
      v = valid(raw);
    } catch {
      v = undefined;
    }
    if (v === undefined) {
      out[name] = def();
      repaired.push(name);
    } else {
      out[name] = v;
    }
  }
  return { settings: out, repaired };
}

// ---- reading, migrating, writing --------------------------------------------------------------

let migrating = null;

/** Bring stored data to SCHEMA once per context. Never drops a field it cannot read: it is reset alone. */
export function migrate() {
  migrating ??= (async () => {
    const all = await api.storage.local.get(null);
    const version = Number.isInteger(all.schema) ? all.schema : 1;
    if (version >= SCHEMA) return;
    const removes = [];
    // v1 → v2: `dismiss:<host>` keys → one `dismissed` map.
    const dismissed = FIELDS.dismissed.valid(all.dismissed) ?? {};
    for (const [key, at] of Object.entries(all)) {
      if (!key.startsWith('dismiss:')) continue;
      const site = siteKey(key.slice('dismiss:'.length));
      if (site && Number.isFinite(at)) dismissed[site] = at;
      removes.push(key);
    }
    await api.storage.local.set({ dismissed });
    if (removes.length) await api.storage.local.remove(removes);
    // The version goes last: a migration cut short by a worker stop runs again from the start.
    await api.storage.local.set({ schema: SCHEMA });
  })().catch((e) => {
    migrating = null;
    console.warn('Waspada: settings migration failed, reading what is there:', e?.message ?? e);
  });
  return migrating;
}

/** The user's own settings, validated, without what an organisation manages laid over them. */
export async function loadOwn() {
  await migrate();
  try {
    return validate(await api.storage.local.get(FIELD_NAMES)).settings;
  } catch {
    return validate({}).settings;
  }
}

/**
 * What an organisation set through policies (storage.managed), validated:
 * { name, phone, locked }. Empty when nothing is managed or the browser has no managed storage.
 */
export async function managed() {
  let raw = {};
  try {
    raw = (await api.storage.managed?.get(null)) ?? {};
  } catch {
    raw = {}; // no policy for this extension (Chromium rejects then), or not supported
  }
  const name = cleanName(raw.contactName);
  const phone = cleanPhone(raw.contactPhone);
  return { name: name && phone ? name : '', phone: name && phone ? phone : '', locked: raw.lockSettings === true };
}

/**
 * All settings, validated per field (migrating first if needed), with what an organisation
 * manages laid over them: `family` takes a managed contact, and `managed` says
 * { contact: bool, locked: bool } so the pages can show those fields as not editable.
 */
export async function load() {
  await migrate();
  let stored = {};
  try {
    stored = await api.storage.local.get(FIELD_NAMES);
  } catch {
    // storage unreadable: defaults for now, nothing overwritten
  }
  const { settings } = validate(stored);
  const org = await managed();
  if (org.name) settings.family = { ...settings.family, name: org.name, phone: org.phone };
  settings.managed = { contact: Boolean(org.name), locked: org.locked };
  return settings;
}

/** Write some fields (each validated; an invalid value throws instead of being stored). */
export async function save(fields) {
  await migrate();
  const writes = {};
  for (const [name, value] of Object.entries(fields)) {
    if (!Object.hasOwn(FIELDS, name)) throw new Error(`unknown setting ${name}`);
    const v = FIELDS[name].valid(value);
    if (v === undefined) throw new Error(`invalid value for ${name}`);
    writes[name] = v;
  }
  await api.storage.local.set(writes);
}

export async function isTrusted(host) {
  const { trusted } = await load();
  return trusted.some((entry) => covers(entry, host));
}

export async function addTrusted(host) {
  const site = siteKey(host);
  if (!site) return false;
  const { trusted } = await load();
  if (!trusted.includes(site)) await save({ trusted: [...trusted, site] });
  return true;
}

export async function removeTrusted(site) {
  const { trusted } = await load();
  await save({ trusted: trusted.filter((s) => s !== site) });
}

export async function dismiss(host) {
  const site = siteKey(host);
  if (!site) return false;
  const { dismissed } = await load();
  await save({ dismissed: { ...dismissed, [site]: Date.now() } });
  return true;
}

export async function isDismissed(host) {
  const site = siteKey(host);
  const { dismissed } = await load();
  return Boolean(site && Object.hasOwn(dismissed, site));
}

// ---- the PIN lock (WebCrypto PBKDF2-SHA-256, salted; the PIN itself is never stored) ----------

const hex = (bytes) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
const unhex = (s) => new Uint8Array(s.match(/../g).map((h) => parseInt(h, 16)));

/** 4 to 8 digits. */
export const validPin = (pin) => typeof pin === 'string' && /^\d{4,8}$/.test(pin);

async function derive(pin, salt, iterations) {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  return hex(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256));
}

export async function hashPin(pin, iterations = PIN_ITERATIONS) {
  if (!validPin(pin)) throw new Error('PIN must be 4 to 8 digits');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: hex(salt), hash: await derive(pin, salt, iterations), iterations };
}

/** True when `pin` matches the stored lock (compared in constant time over the hex strings). */
export async function checkPin(pin, lock) {
  if (!lock || !validPin(pin)) return false;
  const got = await derive(pin, unhex(lock.salt), lock.iterations);
  let diff = got.length ^ lock.hash.length;
  for (let i = 0; i < got.length; i++) diff |= got.charCodeAt(i) ^ lock.hash.charCodeAt(i);
  return diff === 0;
}
