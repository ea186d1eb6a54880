#!/usr/bin/env node
// Prints the criterion results under target/criterion as one Markdown table: each benchmark's
// mean time and, when it declared a throughput, MB/s. Used by scripts/bench.sh.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, 'target', 'criterion');
const only = process.argv.slice(2); // group names to keep (all when empty)

/** Every `new/` result folder under target/criterion. */
function results(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (!statSync(p).isDirectory() || name === 'report') continue;
    if (name === 'new' && existsSync(path.join(p, 'estimates.json'))) out.push(p);
    else out.push(...results(p));
  }
  return out;
}

const fmtTime = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
if (!existsSync(DIR)) {
  console.error('no criterion results: run cargo bench first');
  process.exit(1);
}
const rows = results(DIR)
  .map((p) => {
    const meta = JSON.parse(readFileSync(path.join(p, 'benchmark.json'), 'utf8'));
    const est = JSON.parse(readFileSync(path.join(p, 'estimates.json'), 'utf8'));
    const ns = est.mean.point_estimate;
    const bytes = meta.throughput?.Bytes;
    return { group: meta.group_id, id: meta.full_id, ns, mbs: bytes ? (bytes / ns) * 1e3 : null };
  })
  .filter((r) => !only.length || only.includes(r.group))
  .sort((a, b) => a.id.localeCompare(b.id));
console.log('| benchmark | mean time | throughput |\n|---|---:|---:|');
for (const r of rows) console.log(`| ${r.id} | ${fmtTime(r.ns)} | ${r.mbs ? `${r.mbs.toFixed(1)} MB/s` : ''} |`);
