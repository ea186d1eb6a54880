// An NGO's own pack for the end-to-end tests (ngo.chromium.test.mjs, ngo.firefox.test.mjs):
// rules/ renamed "lsm-contoh" with two helplines, built by the release CLI, either put into a
// copy of dist/ (as `WASPADA_RULES=… scripts/build.sh` does) or signed with a fresh key, as an
// organisation publishes it at PACK_URL for its browser policy (packUrl, packPublicKey). The
// loopback server answers PACK_HOST over TLS too (comment-sites.mjs TLS_HOSTS).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, requireDist } from './helpers.mjs';
import { PACK_HOSTS } from './comment-sites.mjs';

const HELPLINES = `
[[helpline]]
name = "Hotline Cek Penipuan LSM Contoh"
phone = "0811-2233-4455"
hours = "Senin–Sabtu 08.00–20.00"

[[helpline]]
name = "Pusat Bantuan LSM Contoh"
url = "https://lsm-contoh.or.id/bantuan"
`;

const CLI = path.join(ROOT, 'target', 'release', 'waspada');
const cli = (...args) => execFileSync(CLI, args, { encoding: 'utf8', stdio: 'pipe' });

/** The NGO's pack: rules/ named "lsm-contoh", with HELPLINES, compiled to `out`. */
function ngoPack(work, out) {
  const rules = path.join(work, 'rules');
  cpSync(path.join(ROOT, 'rules'), rules, { recursive: true });
  const toml = path.join(rules, 'pack.toml');
  writeFileSync(toml, readFileSync(toml, 'utf8').replace(/^name = ".*"$/m, 'name = "lsm-contoh"') + HELPLINES);
  cli('pack', 'build', rules, '-o', out);
}

/** A copy of dist/chrome whose pack is the NGO's; returns [work folder, extension]. */
export function ngoBuild() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'waspada-e2e-ngo-'));
  const ext = path.join(work, 'chrome');
  cpSync(requireDist('chrome'), ext, { recursive: true });
  ngoPack(work, path.join(ext, 'packs', 'default.wpk'));
  return [work, ext];
}

/**
 * The NGO's pack signed with a new key, as published at PACK_URL; returns [work folder, the
 * signed pack's bytes, the signing key's public half, another key's public half].
 */
export function signedNgoPack() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'waspada-e2e-ngo-signed-'));
  const out = path.join(work, 'ngo.wpk');
  ngoPack(work, out);
  const keygen = (name) => cli('pack', 'keygen', '--secret', path.join(work, name)).match(/: ([0-9a-f]{64})/)[1];
  const key = keygen('ngo.key');
  const other = keygen('other.key');
  cli('pack', 'sign', out, '--key', path.join(work, 'ngo.key'));
  return [work, readFileSync(out), key, other];
}

export const PACK_HOST = PACK_HOSTS[0];
export const PACK_URL = `https://${PACK_HOST}/waspada/ngo.wpk`;
