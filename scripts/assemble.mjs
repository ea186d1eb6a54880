#!/usr/bin/env node
// Assembles the browser extensions and the static site from their parts (design.md contract 5):
//
//   extension/ + target/wasm-pkg/{waspada.js,waspada_bg.wasm} + target/packs/default.wpk
//     → dist/chrome/, dist/firefox/      unpacked extensions (load with "Load unpacked" / about:debugging)
//     → dist/waspada-chrome.zip, dist/waspada-firefox.zip   store packages, manifest.json at the root
//   www/ + the same wasm and pack → dist/www/   the static site with its "Cek pesan/link" checker
//
// Each browser gets the shared files, its manifest (extension/manifest.base.json deep-merged with
// extension/platform/<browser>/manifest.json: objects merge, arrays and values replace) and its
// platform.js. The manifest version comes from Cargo.toml, so the extension and the engine agree.
// Node ≥ 20.15 (zlib.crc32), no dependencies. Run by scripts/build.sh after the Wasm and pack build.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXT = join(ROOT, 'extension');
const DIST = join(ROOT, 'dist');
const WWW = join(ROOT, 'www');
const BROWSERS = ['chrome', 'firefox'];
const ENGINE_FILES = [
  { from: 'target/wasm-pkg/waspada.js', to: 'wasm/waspada.js', hint: 'build the Wasm engine first: bash scripts/build.sh' },
  { from: 'target/wasm-pkg/waspada_bg.wasm', to: 'wasm/waspada_bg.wasm', hint: 'build the Wasm engine first: bash scripts/build.sh' },
  // JS the engine imports (src/wasm/verdict.js), placed by wasm-bindgen.
  { from: 'target/wasm-pkg/snippets', to: 'wasm/snippets', hint: 'build the Wasm engine first: bash scripts/build.sh' },
  { from: 'target/packs/default.wpk', to: 'packs/default.wpk', hint: 'compile the default rule pack first: bash scripts/build.sh' },
];

function fail(message) {
  console.error(`assemble: ${message}`);
  process.exit(1);
}

// Source files that are not part of the shipped extension: per-browser parts (merged or copied
// separately below), build-time tools (*.mjs), docs (*.md) and editor or OS litter (dotfiles).
function shipped(src) {
  const rel = relative(EXT, src).split(sep).join('/');
  if (rel === '') return true;
  if (rel === 'platform' || rel.startsWith('platform/') || rel === 'manifest.base.json') return false;
  return !/\.(mjs|md)$/.test(rel) && !rel.split('/').some((part) => part.startsWith('.'));
}

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return fail(`cannot read ${relative(ROOT, file)}: ${e.message}`);
  }
};

function merge(base, over) {
  if (!isObject(base) || !isObject(over)) return over;
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = k in base ? merge(base[k], v) : v;
  return out;
}
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Cargo.toml's [package] version, as a manifest version (numbers only) and a display name. */
function engineVersion() {
  const cargo = join(ROOT, 'Cargo.toml');
  if (!existsSync(cargo)) return null;
  const pkg = readFileSync(cargo, 'utf8').split(/^\[/m).find((s) => s.startsWith('package]'));
  const full = pkg?.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  const numeric = full?.match(/^\d+(\.\d+){0,3}/)?.[0];
  return numeric ? { version: numeric, name: full } : null;
}

/** Every file the manifest points at must exist in the output, or the browser refuses to load it. */
function checkManifestFiles(dir, m) {
  const files = [
    ...Object.values(m.icons ?? {}),
    ...Object.values(m.action?.default_icon ?? {}),
    m.action?.default_popup,
    m.options_ui?.page,
    m.background?.service_worker,
    ...(m.background?.scripts ?? []),
    ...(m.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    m.default_locale && `_locales/${m.default_locale}/messages.json`,
  ].filter(Boolean);
  const missing = files.filter((f) => !existsSync(join(dir, f)));
  if (missing.length) fail(`${relative(ROOT, dir)}: the manifest names missing files: ${missing.join(', ')}`);
}

/**
 * The listing scripts and the comment shield run only where the manifest sends them: every host
 * an adapter (content/listings/adapters.js) or a comment site (content/comments/sites.js) names
 * must match the content-script entry that loads it, or that site silently loses the feature;
 * and every host the listing entry matches must have an adapter (see below).
 */
function checkContentScriptHosts(m) {
  const sitesOf = (file, global) => {
    const sandbox = {};
    sandbox.globalThis = sandbox;
    runInNewContext(readFileSync(join(EXT, file), 'utf8'), sandbox);
    return sandbox[global].SITES;
  };
  const entryWith = (script) => (m.content_scripts ?? []).find((c) => c.js?.includes(script));
  const matches = (pattern, host) => {
    const p = pattern.match(/^\*:\/\/(\*\.)?([^/]+)\/\*$/);
    return Boolean(p) && (host === p[2] || (Boolean(p[1]) && host.endsWith(`.${p[2]}`)));
  };
  const checks = [
    ['content/listings/observe.js', sitesOf('content/listings/adapters.js', 'WaspadaListingAdapters')],
    ['content/comments/shield.js', sitesOf('content/comments/sites.js', 'WaspadaCommentSites')],
  ];
  for (const [script, sites] of checks) {
    const entry = entryWith(script);
    if (!entry) fail(`manifest.base.json: no content-script entry loads ${script}`);
    const missed = sites.flatMap((s) => s.hosts).filter((h) => !entry.matches.some((p) => matches(p, h)));
    if (missed.length) fail(`manifest.base.json: the entry loading ${script} does not match ${missed.join(', ')}`);
  }
  // The other way round for the listings: that entry leaves out the generic adapter (generic.js),
  // so a host it matches without a site adapter would get listing scripts that find nothing.
  const adapterHosts = sitesOf('content/listings/adapters.js', 'WaspadaListingAdapters').flatMap((s) => s.hosts);
  const listingEntry = entryWith('content/listings/observe.js');
  if (listingEntry.js.includes('content/listings/generic.js')) return;
  const bare = listingEntry.matches.filter((p) => {
    const host = p.match(/^\*:\/\/(?:\*\.)?([^/]+)\/\*$/)?.[1];
    return !host || !adapterHosts.some((h) => host === h || host.endsWith(`.${h}`));
  });
  if (bare.length) fail(`manifest.base.json: the listing entry matches ${bare.join(', ')}, which no site adapter covers (and it loads no generic.js)`);
}

/** All locales must define the same messages: a missing one shows as its raw key to users. */
function checkLocales() {
  const dir = join(EXT, '_locales');
  const keysOf = (l) => new Set(Object.keys(readJson(join(dir, l, 'messages.json'))));
  const [first, ...rest] = readdirSync(dir).sort();
  const reference = keysOf(first);
  for (const locale of rest) {
    const keys = keysOf(locale);
    const diff = [...reference].filter((k) => !keys.has(k)).concat([...keys].filter((k) => !reference.has(k)));
    if (diff.length) fail(`_locales/${first} and _locales/${locale} differ in: ${diff.join(', ')}`);
  }
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

// ---- zip (deflate + crc32 from node:zlib) --------------------------------------------------

// Fixed timestamps (SOURCE_DATE_EPOCH if set, else 1980-01-01) so the same inputs give the same zip.
function dosDateTime() {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const d = Number.isFinite(epoch) && epoch > 315532800 ? new Date(epoch * 1000) : new Date(Date.UTC(1980, 0, 1));
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

function zipDir(dir, zipFile) {
  const { time, date } = dosDateTime();
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const file of filesUnder(dir)) {
    const name = Buffer.from(relative(dir, file).split(sep).join('/'), 'utf8');
    const data = readFileSync(file);
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length; // already compressed (png, wasm-opt'd output)
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const common = (b, at) => {
      b.writeUInt16LE(20, at); // version needed: 2.0
      b.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      b.writeUInt16LE(stored ? 0 : 8, at + 4);
      b.writeUInt16LE(time, at + 6);
      b.writeUInt16LE(date, at + 8);
      b.writeUInt32LE(crc, at + 10);
      b.writeUInt32LE(body.length, at + 14);
      b.writeUInt32LE(data.length, at + 18);
      b.writeUInt16LE(name.length, at + 22);
      b.writeUInt16LE(0, at + 24); // extra field length
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    common(central, 6);
    central.writeUInt16LE(0, 32); // comment length
    central.writeUInt16LE(0, 34); // disk number
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(zipFile, Buffer.concat([...locals, centralDir, end]));
}

// ---- main ----------------------------------------------------------------------------------

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const sizeOf = (path) => (statSync(path).isFile() ? statSync(path).size
  : filesUnder(path).reduce((n, f) => n + statSync(f).size, 0));

for (const { from, hint } of ENGINE_FILES) {
  if (!existsSync(join(ROOT, from))) fail(`missing ${from}: ${hint}`);
}
if (!existsSync(join(EXT, 'manifest.base.json'))) fail('missing extension/manifest.base.json');
checkLocales();

rmSync(DIST, { recursive: true, force: true });
mkdirSync(DIST, { recursive: true });
const version = engineVersion();
const base = readJson(join(EXT, 'manifest.base.json'));
checkContentScriptHosts(base);

for (const browser of BROWSERS) {
  const out = join(DIST, browser);
  const platform = join(EXT, 'platform', browser);
  for (const part of ['manifest.json', 'platform.js']) {
    if (!existsSync(join(platform, part))) fail(`missing extension/platform/${browser}/${part}`);
  }
  cpSync(EXT, out, { recursive: true, filter: shipped });
  cpSync(join(platform, 'platform.js'), join(out, 'platform.js'));
  for (const { from, to } of ENGINE_FILES) cpSync(join(ROOT, from), join(out, to), { recursive: true });
  const manifest = merge(base, readJson(join(platform, 'manifest.json')));
  if (version) {
    manifest.version = version.version;
    // Chrome shows version_name; Firefox rejects the key, and its version is shown as is.
    if (browser === 'chrome' && version.name !== version.version) manifest.version_name = version.name;
  }
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  checkManifestFiles(out, manifest);
  zipDir(out, join(DIST, `waspada-${browser}.zip`));
}

if (existsSync(WWW)) {
  const out = join(DIST, 'www');
  cpSync(WWW, out, { recursive: true, filter: (src) => !relative(WWW, src).split(sep).some((p) => p.startsWith('.')) });
  for (const { from, to } of ENGINE_FILES) cpSync(join(ROOT, from), join(out, to), { recursive: true });
} else {
  console.log('assemble: www/ does not exist yet: skipping dist/www');
}

console.log(`assemble: version ${version?.name ?? base.version}`);
const report = [
  ['wasm/waspada_bg.wasm', join(DIST, 'chrome', 'wasm', 'waspada_bg.wasm')],
  ['wasm/waspada.js', join(DIST, 'chrome', 'wasm', 'waspada.js')],
  ['packs/default.wpk', join(DIST, 'chrome', 'packs', 'default.wpk')],
  ...BROWSERS.flatMap((b) => [[`dist/${b}/`, join(DIST, b)], [`dist/waspada-${b}.zip`, join(DIST, `waspada-${b}.zip`)]]),
  ...(existsSync(join(DIST, 'www')) ? [['dist/www/', join(DIST, 'www')]] : []),
];
for (const [label, path] of report) console.log(`  ${label.padEnd(24)} ${kib(sizeOf(path)).padStart(12)}`);
