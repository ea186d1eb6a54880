// Writes the held-out part of ScamSniffer's crypto-drainer domains as labelled URL records for
// `waspada eval` (group `crypto-drainers-heldout`): the domains not already in the pack's
// Polkadot list, keeping the 30 % that `text::model::is_held_out` holds out (FNV-1a of
// "split:" + domain), since the drainer words and crypto brands were chosen on the other 70 %.
// ScamSniffer's list is GPL-3.0: it is only read here, never shipped in a pack.
//
//   node scripts/drainer-set.mjs DATA_DIR OUT.jsonl
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [data, out] = process.argv.slice(2);
if (!data || !out) {
  console.error('usage: node scripts/drainer-set.mjs DATA_DIR OUT.jsonl');
  process.exit(2);
}

const MASK = (1n << 64n) - 1n;
function fnv1a(text) {
  let h = 0xcbf29ce484222325n;
  for (const b of new TextEncoder().encode(text)) h = ((h ^ BigInt(b)) * 0x100000001b3n) & MASK;
  return h;
}
const heldOut = (id) => fnv1a(`split:${id}`) % 100n < 30n;

const src = join(data, 'sources');
const inPack = new Set(JSON.parse(readFileSync(join(src, 'crypto_phishing_polkadot/all.json'), 'utf8')).deny);
const domains = [...new Set(readFileSync(join(src, 'crypto_phishing_scamsniffer/domains_before_2026.txt'), 'utf8')
  .split('\n').map((l) => l.trim().toLowerCase()).filter((d) => d && !d.startsWith('#')))]
  .filter((d) => !inPack.has(d) && heldOut(d)).sort();
writeFileSync(out, domains.map((d) => JSON.stringify({
  id: d, url: `https://${d}/`, label: 1, group: 'crypto-drainers-heldout',
})).join('\n') + '\n');
console.error(`${domains.length} held-out drainer domains -> ${out}`);
