// The locales: every string a person reads comes from _locales, in Bahasa Indonesia and English.
// These checks catch what a browser test would only show as a raw key on screen ("bannerCloseNow")
// or an unfilled "$NAME$": a key used in the code but missing from a locale, a key one locale lacks,
// an empty message, a $PLACEHOLDER$ without its definition, and the two locales disagreeing on how
// many values ($1…$9) a message takes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const EXT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'extension');
const LANGS = ['id', 'en'];
const messages = Object.fromEntries(LANGS.map((l) =>
  [l, JSON.parse(readFileSync(path.join(EXT, '_locales', l, 'messages.json'), 'utf8'))]));

function files(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (name === '_locales' || name.startsWith('.')) continue;
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(js|html|json)$/.test(name)) out.push(p);
  }
  return out;
}

/** Keys the code names literally: t('key'…), tOr('key'…), data-i18n*="key", __MSG_key__. */
function usedKeys() {
  const used = new Map(); // key → first file using it
  const patterns = [
    /\bt(?:Or)?\(\s*'([A-Za-z][\w]*)'/g,
    /data-i18n(?:-[a-z-]+)?="([A-Za-z][\w]*)"/g,
    /__MSG_([A-Za-z][\w]*)__/g,
  ];
  for (const file of files(EXT)) {
    const text = readFileSync(file, 'utf8');
    for (const re of patterns) {
      for (const m of text.matchAll(re)) if (!used.has(m[1])) used.set(m[1], path.relative(EXT, file));
    }
  }
  return used;
}

const values = (message) => new Set([...message.matchAll(/\$([1-9])/g)].map((m) => m[1]));

test('every message key the extension names exists in both locales', () => {
  const used = usedKeys();
  assert.ok(used.size > 50, `found the keys in the code (${used.size})`);
  const missing = [];
  for (const [key, file] of used) {
    for (const l of LANGS) if (!Object.hasOwn(messages[l], key)) missing.push(`${l}: ${key} (used in ${file})`);
  }
  assert.deepEqual(missing, []);
});

test('both locales have the same keys, none empty, placeholders defined, the same values ($1…$9)', () => {
  const [id, en] = LANGS.map((l) => messages[l]);
  assert.deepEqual(Object.keys(id).filter((k) => !Object.hasOwn(en, k)), [], 'keys only in id');
  assert.deepEqual(Object.keys(en).filter((k) => !Object.hasOwn(id, k)), [], 'keys only in en');
  const problems = [];
  for (const l of LANGS) {
    for (const [key, entry] of Object.entries(messages[l])) {
      if (typeof entry.message !== 'string' || !entry.message.trim()) problems.push(`${l}: ${key} is empty`);
      for (const [, name] of String(entry.message).matchAll(/\$([A-Za-z_@]+)\$/g)) {
        if (!entry.placeholders?.[name.toLowerCase()]) problems.push(`${l}: ${key} uses $${name}$ without defining it`);
      }
    }
  }
  const resolved = (entry) => String(entry.message).replace(/\$([A-Za-z_@]+)\$/g, (m, name) =>
    entry.placeholders?.[name.toLowerCase()]?.content ?? m);
  for (const key of Object.keys(id)) {
    if (!en[key]) continue;
    const a = [...values(resolved(id[key]))].sort().join();
    const b = [...values(resolved(en[key]))].sort().join();
    if (a !== b) problems.push(`${key}: id takes [${a}], en takes [${b}]`);
  }
  assert.deepEqual(problems, []);
});
