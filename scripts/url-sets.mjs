// The URL sets of the URL benchmarks (scripts/bench-url-peers.mjs, scripts/bench-wasm-ab.mjs):
//   lookalikes  hosts imitating crypto brands MetaMask protects (its fuzzylist) and the big
//               exchanges: typos, combosquats, homoglyphs (IDN, as punycode), brand on free
//               hosting, brand in another domain's subdomain. Generated deterministically here,
//               never taken from any tool's lists.
//   top500      Moz top 500 sites (tests/fixtures/top500.txt).
//   legitUrls   the legitimate half of ../shared/data/eval/urls.jsonl (empty if absent).
// Each item is {host, url} (lookalikes also {kind, brand}).

import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { domainToASCII } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// ---- the lookalike set -------------------------------------------------------------------
const BRANDS = [
  ['metamask', 'io'], ['myetherwallet', 'com'], ['opensea', 'io'], ['etherscan', 'io'],
  ['uniswap', 'org'], ['coinbase', 'com'], ['binance', 'com'],
];
const HOMOGLYPHS = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і' };
const DIGITS = { o: '0', l: '1', i: '1', e: '3', a: '4', s: '5' };
const NEIGHBOURS = { a: 's', e: 'r', i: 'u', o: 'p', n: 'm', m: 'n', s: 'a', t: 'r', r: 't' };
const COMBO = [
  '%-login.com', '%-wallet.io', 'secure-%.com', '%-support.net', '%-airdrop.xyz',
  'claim-%.app', '%-verify.org', '%connect.io', '%-restore.com', 'app-%.net', '%-io.com',
  'my%.live', '%-extension.com', 'get%.online', '%-sync.site',
];
const HOSTING = [
  '%.web.app', '%-wallet.vercel.app', '%.pages.dev', '%-login.netlify.app', '%connect.github.io',
  '%.firebaseapp.com', '%-app.herokuapp.com', '%wallet.weebly.com',
];
const SUBDOMAIN = ['%.#.secure-verify.com', 'www.%.#-login.xyz', '%.#.account-update.net'];

function lookalikeHosts() {
  const out = [];
  const add = (kind, brand, host) => out.push({ kind, brand, host: domainToASCII(host) || host });
  for (const [b, tld] of BRANDS) {
    const typos = new Set();
    for (let i = 0; i < b.length; i++) {
      typos.add(b.slice(0, i) + b.slice(i + 1)); // omission
      typos.add(b.slice(0, i) + b[i] + b.slice(i)); // repetition
      if (i + 1 < b.length) typos.add(b.slice(0, i) + b[i + 1] + b[i] + b.slice(i + 2)); // swap
      if (NEIGHBOURS[b[i]]) typos.add(b.slice(0, i) + NEIGHBOURS[b[i]] + b.slice(i + 1));
    }
    typos.delete(b);
    [...typos].sort().filter((_, i) => i % 3 === 0).slice(0, 8)
      .forEach((t) => add('typo', b, `${t}.${tld}`));
    b.includes('m') && add('typo', b, `${b.replace('m', 'rn')}.${tld}`);
    let n = 0;
    for (let i = 0; i < b.length && n < 3; i++) {
      if (HOMOGLYPHS[b[i]]) {
        add('homoglyph', b, `${b.slice(0, i)}${HOMOGLYPHS[b[i]]}${b.slice(i + 1)}.${tld}`);
        n++;
      }
    }
    for (let i = 0, m = 0; i < b.length && m < 2; i++) {
      if (DIGITS[b[i]]) {
        add('homoglyph', b, `${b.slice(0, i)}${DIGITS[b[i]]}${b.slice(i + 1)}.${tld}`);
        m++;
      }
    }
    COMBO.forEach((p) => add('combosquat', b, p.replace('%', b)));
    HOSTING.forEach((p) => add('free-hosting', b, p.replace('%', b)));
    SUBDOMAIN.forEach((p) => add('subdomain', b, p.replace('%', b).replace('#', tld)));
  }
  return out;
}

export function lookalikes() {
  return lookalikeHosts().map((l) => ({ ...l, url: `https://${l.host}/` }));
}

export function top500() {
  return readFileSync(join(root, 'tests/fixtures/top500.txt'), 'utf8')
    .split('\n').filter((l) => l && !l.startsWith('#'))
    .map((h) => ({ host: h.trim(), url: `https://${h.trim()}/` }));
}

export function legitUrls() {
  const evalPath = join(root, '../shared/data/eval/urls.jsonl');
  if (!existsSync(evalPath)) return [];
  return readFileSync(evalPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
    .filter((r) => r.label === 0)
    .map((r) => {
      try { return { host: new URL(r.url).hostname, url: r.url }; } catch { return null; }
    }).filter(Boolean);
}
