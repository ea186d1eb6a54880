// Text-scan speed in WebAssembly (Node), side by side with two plain JavaScript
// implementations of the same phrase list, in the same process (issue #7).
//
//   scripts/build.sh --no-demo        # optimised Wasm in target/wasm-pkg, pack in target/packs
//   node scripts/bench-text.mjs [--pkg DIR] [--pack FILE] [--phrases FILE]
//
// Two kinds of text, as in benches/engine.rs, so native and Wasm figures compare: real pages
// (the page corpus's text, target/bench-page-text.txt) and benches/mixed-text.txt repeated
// line after line until the size is reached (hit-dense, but learnt by the branch predictor).
// The JavaScript peers:
//   regex    one RegExp alternation of every phrase, word boundaries, over lower-cased text;
//   includes an indexOf loop per phrase with a word-boundary check.
// Both get the text lower-cased with every non-alphanumeric run turned into one space, the
// least a straightforward implementation does. Their phrase list is the pack's, from
// `waspada pack phrases`. Prints a markdown table; writes target/bench-text.json.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const pkg = arg('--pkg', join(root, 'target/wasm-pkg'));
const packFile = arg('--pack', join(root, 'target/packs/default.wpk'));

const { default: init, Engine } = await import(join(pkg, 'waspada.js'));
await init({ module_or_path: readFileSync(join(pkg, 'waspada_bg.wasm')) });
const loadStart = performance.now();
const engine = new Engine(new Uint8Array(readFileSync(packFile)));
const packLoadMs = performance.now() - loadStart;

// ---- pages -------------------------------------------------------------------------------
const lines = readFileSync(join(root, 'benches/mixed-text.txt'), 'utf8').split('\n').filter(Boolean);
function mixedText(bytes) {
  let s = '';
  for (let i = 0; Buffer.byteLength(s) < bytes; i++) s += lines[i % lines.length] + '\n';
  // The lines are ASCII, so bytes and UTF-16 units agree.
  return s.slice(0, bytes);
}

// Real pages, not repeated: the visible text of the page corpus (../shared/data/pages), as
// benches/engine.rs extracts it and writes it to target/bench-page-text.txt (`cargo bench
// --bench engine`, run first by scripts/bench.sh). The mixed text repeats every 725 bytes, which
// a CPU's branch predictor learns: real pages scan ~2× slower, and these are the figures to trust.
const pageTextFile = join(root, 'target/bench-page-text.txt');
const pageText = existsSync(pageTextFile) ? readFileSync(pageTextFile) : null;
/** Consecutive pieces of the corpus of about `bytes` UTF-8 bytes each, cut at characters. */
function pageWindows(bytes) {
  const out = [];
  let at = 0;
  while (at + bytes <= pageText.length) {
    let end = at + bytes;
    while (end > at && (pageText[end] & 0xc0) === 0x80) end--;
    out.push(pageText.subarray(at, end).toString('utf8'));
    at = end;
  }
  return out;
}

// ---- the phrase list ---------------------------------------------------------------------
function loadPhrases() {
  const file = arg('--phrases');
  const jsonl = file
    ? readFileSync(file, 'utf8')
    : execFileSync(join(root, 'target/release/waspada'), ['pack', 'phrases', packFile], {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      });
  const seen = new Map(); // phrase as written (lower case, no *) → {open flags, key}
  for (const line of jsonl.split('\n').filter(Boolean)) {
    const { phrase, key, spelling, full } = JSON.parse(line);
    if (spelling !== undefined) {
      chatSpellings.set(spelling, full);
      continue;
    }
    const raw = phrase.trim().toLowerCase();
    const text = raw.replace(/^\*|\*$/g, '').trim();
    const id = raw;
    if (!seen.has(id)) {
      seen.set(id, { text, openStart: raw.startsWith('*'), openEnd: raw.endsWith('*'), key });
    }
  }
  // The phrases as the search reads them: doubled letters dropped and chat spellings in full
  // (`yg` as `yang`), but for a word at an open end, part of a longer word (as in `key`).
  return [...seen.values()].map((p) => {
    const words = undouble(p.text).split(' ');
    const open = (i) => (i === 0 && p.openStart) || (i === words.length - 1 && p.openEnd);
    return { ...p, text: words.map((w, i) => (open(i) ? w : chatSpellings.get(w) ?? w)).join(' ') };
  });
}
// Waspada's folding drops doubled letters (`nggak` is `ngak`) and its search reads chat
// spellings in full (`pack phrases` lists them): the peers read text the same way, so that
// they look for the same thing.
const chatSpellings = new Map();
const undouble = (text) => text.replace(/([a-z])\1+/g, '$1');
const inFull = (text) => text.split(' ').map((w) => chatSpellings.get(w) ?? w).join(' ');
const phrases = loadPhrases();
const prepare = (text) => inFull(undouble(text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')));

// ---- peer 1: one RegExp alternation --------------------------------------------------------
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so the alternation prefers "slot gacor" to "slot" at the same place.
const byLength = [...phrases].sort((a, b) => b.text.length - a.text.length);
const alternation = new RegExp(
  byLength
    .map((p) => `${p.openStart ? '[a-z0-9]*' : '\\b'}${escape(p.text)}${p.openEnd ? '[a-z0-9]*' : '\\b'}`)
    .join('|'),
  'g',
);
const exact = new Map(phrases.filter((p) => !p.openStart && !p.openEnd).map((p) => [p.text, p]));
const open = phrases.filter((p) => p.openStart || p.openEnd);
function regexPeer(text) {
  const found = new Set();
  for (const m of prepare(text).matchAll(alternation)) {
    const word = m[0];
    const p = exact.get(word);
    if (p) {
      found.add(p.key);
      continue;
    }
    for (const q of open) {
      const hit =
        (q.openStart && q.openEnd && word.includes(q.text)) ||
        (q.openStart && !q.openEnd && word.endsWith(q.text)) ||
        (!q.openStart && q.openEnd && word.startsWith(q.text));
      if (hit) found.add(q.key);
    }
  }
  return found;
}

// ---- peer 2: includes / indexOf loops ------------------------------------------------------
function includesPeer(text) {
  const t = prepare(text);
  const found = new Set();
  for (const p of phrases) {
    if (found.has(p.key) || !t.includes(p.text)) continue;
    for (let at = t.indexOf(p.text); at >= 0; at = t.indexOf(p.text, at + 1)) {
      const before = at === 0 || t[at - 1] === ' ';
      const end = at + p.text.length;
      const after = end === t.length || t[end] === ' ';
      if ((before || p.openStart) && (after || p.openEnd)) {
        found.add(p.key);
        break;
      }
    }
  }
  return found;
}

// ---- timing ------------------------------------------------------------------------------
// Best of several rounds: the machine is shared, and the best round is the least disturbed.
// A slow peer gets one timed round after its warm-up, not five.
function mbPerSecond(bytes, run) {
  run(); // warm up (JIT, caches)
  let best = Infinity;
  const deadline = performance.now() + 3000;
  let rounds = 0;
  while (rounds < 1 || (performance.now() < deadline && rounds < 200)) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
    rounds++;
  }
  return bytes / 1e6 / (best / 1e3);
}

const results = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length };
results.packLoadMs = packLoadMs;
results.wasm = {};
for (const size of [10 * 1024, 100 * 1024, 1024 * 1024]) {
  const text = mixedText(size);
  results.wasm[size] = mbPerSecond(size, () => engine.scanText(text, 'id'));
}

if (pageText) {
  results.pages = {};
  for (const size of [10 * 1024, 100 * 1024, 1024 * 1024]) {
    const pieces = pageWindows(size);
    const bytes = pieces.reduce((n, p) => n + Buffer.byteLength(p), 0);
    results.pages[size] = mbPerSecond(bytes, () => {
      for (const p of pieces) engine.scanText(p, 'id');
    });
  }
}

// Pages in other scripts or typography, as `scan_text_other_scripts` in benches/engine.rs:
// they go through the fold's general path, which the ASCII benchmark text never reaches.
const OTHER_SCRIPTS = {
  russian: 'Городской совет утвердил новый бюджет на общественный транспорт после долгих обсуждений.',
  japanese: '日本語のニュース記事です。市議会は長い議論の末、公共交通の新しい予算を承認しました。',
  english_typographic: 'The council’s “new plan” isn’t ready — officials said it’d take weeks… “We’ll see.”',
};
results.otherScripts = {};
for (const [name, line] of Object.entries(OTHER_SCRIPTS)) {
  let text = '';
  while (Buffer.byteLength(text) < 100 * 1024) text += line + '\n';
  results.otherScripts[name] = mbPerSecond(Buffer.byteLength(text), () => engine.scanText(text, 'id'));
}

const page = mixedText(100 * 1024);

// The JS side of the boundary, for scale: wasm-bindgen copies a `&str` argument into Wasm
// memory by a loop over charCodeAt while it is ASCII (the loop below is the one its generated
// glue runs), where TextEncoder.encodeInto does the same copy natively.
const scratch = new Uint8Array(page.length * 3);
const encoder = new TextEncoder();
const bindgenCopy = (arg) => {
  let offset = 0;
  for (; offset < arg.length; offset++) {
    const code = arg.charCodeAt(offset);
    if (code > 0x7f) break;
    scratch[offset] = code;
  }
  return offset;
};
results.boundary = {
  bindgenCopyMs: page.length / 1e6 / mbPerSecond(page.length, () => bindgenCopy(page)) * 1e3,
  encodeIntoMs: page.length / 1e6 / mbPerSecond(page.length, () => encoder.encodeInto(page, scratch)) * 1e3,
};
// Builds before `phrasesFound` existed can still be timed (`--pkg`), without the check.
const phrasesOf = (text) => new Set(typeof engine.phrasesFound === 'function' ? engine.phrasesFound(text) : []);
const same = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));
/** Each JavaScript peer on `text`: its speed and how its phrases found differ from ours. */
function race(text) {
  const bytes = Buffer.byteLength(text);
  const ours = phrasesOf(text);
  const peers = {};
  for (const [name, run] of Object.entries({ regex: regexPeer, includes: includesPeer })) {
    const found = run(text);
    peers[name] = {
      mbps: mbPerSecond(bytes, () => run(text)),
      identical: same(found, ours),
      missing: [...ours].filter((k) => !found.has(k)),
      extra: [...found].filter((k) => !ours.has(k)),
    };
  }
  return { bytes, ours, peers };
}
const { ours, peers } = race(page);
// The same race on a 100 KB piece of real pages (the Indonesian news, ~60 % into the corpus).
if (pageText) {
  const pieces = pageWindows(100 * 1024);
  const real = pieces[Math.floor(pieces.length * 0.6)];
  const r = race(real);
  results.realPage = {
    bytes: r.bytes,
    wasm: mbPerSecond(r.bytes, () => engine.scanText(real, 'id')),
    phrasesFound: r.ours.size,
    peers: r.peers,
  };
}
const best = Math.max(...Object.values(peers).map((p) => p.mbps));
results.peers = peers;
results.phrases = phrases.length;
results.phrasesFound = ours.size;
results.oursOverBestPeer = results.wasm[100 * 1024] / best;

// ---- report ------------------------------------------------------------------------------
const f = (x) => (x >= 10 ? x.toFixed(1) : x.toPrecision(2));
console.log(`Text scan in Wasm (Node ${process.version}, ${os.cpus().length} cores), pack load ${f(packLoadMs)} ms\n`);
console.log('| page | Waspada `scanText` (Wasm) |');
console.log('|---|---|');
for (const [size, mbps] of Object.entries(results.wasm)) console.log(`| ${size / 1024} KB | ${f(mbps)} MB/s |`);
if (results.pages) {
  console.log('\nReal pages (the page corpus, ~1 MB, cut into pieces of the size; every piece scanned):\n');
  console.log('| piece | Waspada `scanText` (Wasm) |');
  console.log('|---|---|');
  for (const [size, mbps] of Object.entries(results.pages)) console.log(`| ${size / 1024} KB | ${f(mbps)} MB/s |`);
} else {
  console.log('\n(no target/bench-page-text.txt: run `cargo bench --bench engine` with ../shared/data present for the real-page figures)');
}
console.log('\n| ~100 KB page in another script | Waspada `scanText` (Wasm) |');
console.log('|---|---|');
for (const [name, mbps] of Object.entries(results.otherScripts)) console.log(`| ${name} | ${f(mbps)} MB/s |`);
const b = results.boundary;
console.log(
  `\nPassing the 100 KB page into Wasm (JS side, included above): wasm-bindgen's copy loop ${f(b.bindgenCopyMs)} ms, TextEncoder.encodeInto ${f(b.encodeIntoMs)} ms.`,
);
/** The race's table: Waspada's `scanText` at `wasm` MB/s against each peer. */
function printRace(title, wasm, racePeers) {
  console.log(`\n${title}:\n`);
  console.log('| implementation | MB/s | Waspada ÷ it | same phrases found |');
  console.log('|---|---|---|---|');
  console.log(`| Waspada \`scanText\` (Wasm, whole verdict) | ${f(wasm)} | 1.0× | — |`);
  for (const [name, p] of Object.entries(racePeers)) {
    const diff = p.identical ? 'yes' : `no (missing ${p.missing.length}, extra ${p.extra.length})`;
    console.log(`| JS ${name} | ${f(p.mbps)} | ${Math.round(wasm / p.mbps)}× | ${diff} |`);
  }
}
printRace(`Same 100 KB page, ${phrases.length} phrases (${ours.size} found by Waspada)`, results.wasm[100 * 1024], peers);
if (results.realPage) {
  const r = results.realPage;
  printRace(`A 100 KB piece of real pages (Indonesian news; ${r.phrasesFound} phrases found by Waspada)`, r.wasm, r.peers);
}
mkdirSync(join(root, 'target'), { recursive: true });
writeFileSync(join(root, 'target/bench-text.json'), JSON.stringify(results, null, 2) + '\n');
