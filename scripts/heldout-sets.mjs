// Writes held-out domain lists from ../shared/data/sources as labelled URL records for
// `waspada eval`: lists the default pack does not ship, so the engine knows none of their
// domains and can only judge them by their names.
//
//   crypto-drainers-heldout  ScamSniffer's crypto-drainer domains not in the pack's Polkadot
//                            list (GPL-3.0: read here only, never shipped in a pack)
//   judol-domains-heldout    BrigsLabs' Indonesian gambling domains (no license stated: read
//                            here only)
//   known-good-whitelists    both gambling lists' whitelists of big sites' domains (benign)
//
// The first two keep the 30 % of domains that `text::model::is_held_out` holds out (FNV-1a of
// "split:" + domain): the drainer words, crypto brands and judol names were chosen on the
// other 70 %.
//
//   node scripts/heldout-sets.mjs DATA_DIR OUT_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [data, outDir] = process.argv.slice(2);
if (!data || !outDir) {
  console.error('usage: node scripts/heldout-sets.mjs DATA_DIR OUT_DIR');
  process.exit(2);
}

const MASK = (1n << 64n) - 1n;
function fnv1a(text) {
  let h = 0xcbf29ce484222325n;
  for (const b of new TextEncoder().encode(text)) h = ((h ^ BigInt(b)) * 0x100000001b3n) & MASK;
  return h;
}
const heldOut = (id) => fnv1a(`split:${id}`) % 100n < 30n;

/// Domains of a list file: the first word of each line (some lines carry notes after it).
function domains(file) {
  return [...new Set(readFileSync(file, 'utf8').split('\n')
    .map((l) => l.trim().split(/\s+/)[0].toLowerCase())
    .filter((d) => d && !d.startsWith('#') && d.includes('.')))];
}

function write(name, list, { label = 1, all = false } = {}) {
  const out = join(outDir, `${name}.jsonl`);
  const kept = (all ? list : list.filter(heldOut)).sort();
  writeFileSync(out, kept.map((d) => JSON.stringify({
    id: d, url: `https://${d}/`, label, group: name,
  })).join('\n') + '\n');
  console.error(`${kept.length} domains -> ${out}`);
}

const src = join(data, 'sources');
const inPack = new Set(JSON.parse(readFileSync(join(src, 'crypto_phishing_polkadot/all.json'), 'utf8')).deny);
write('crypto-drainers-heldout',
  domains(join(src, 'crypto_phishing_scamsniffer/domains_before_2026.txt')).filter((d) => !inPack.has(d)));
write('judol-domains-heldout', domains(join(src, 'id_judol_domains_brigslabs/judol_domains.txt')));
// Known-good domains: the whitelists both gambling lists keep so as not to block big sites'
// mail, media and infrastructure hosts (the TrustPositif mirror's, MIT; BrigsLabs', read here
// only). All of them, as benign URLs. Not held out: the brands' second domains in
// rules/tools/gen_brands.py (WHITELISTED_OFFICIAL) were found on it, so it guards against
// false alarms coming back rather than measuring new ones.
write('known-good-whitelists', [...new Set([
  ...domains(join(src, 'id_trustpositif_gambling_alsyundawy/whitelist.txt')),
  ...domains(join(src, 'id_judol_domains_brigslabs/whitelist_domains.txt')),
])], { label: 0, all: true });
