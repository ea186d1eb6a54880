// The Options page's "Rules in use" (extension/options/pack.js): an NGO checks there that its own
// signed pack is the one judging pages, and a user sees what the rules cover. The words come
// from the real locale files, the same substitution as shared/i18n.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describePack } from '../../extension/options/pack.js';

function translator(lang) {
  const table = JSON.parse(readFileSync(new URL(`../../extension/_locales/${lang}/messages.json`, import.meta.url)));
  return (key, ...subs) => {
    const entry = table[key];
    assert.ok(entry, `${lang} has no message ${key}`);
    const withContent = entry.message.replace(/\$([\w@]+)\$/g, (m, name) => entry.placeholders?.[name.toLowerCase()]?.content ?? m);
    return withContent.replace(/\$\$|\$([1-9])/g, (m, n) => (n ? subs[n - 1] ?? '' : '$'));
  };
}

const builtIn = {
  name: 'Waspada default', version: '2026.12.03.5', publisher: 'Waspada', rules: 508, brands: 196,
  blocked_domains: 96767, reported: 0, source: 'built-in',
  sources: [
    { name: 'TrustPositif', license: 'public list', url: 'https://trustpositif.komdigi.go.id/' },
    { name: 'Local file', license: '', url: 'file:///etc/passwd' },
  ],
};

test('the built-in pack: name, publisher, counts with thousands separators, and where it comes from', () => {
  const id = describePack(builtIn, translator('id'), 'id');
  assert.equal(id.title, 'Waspada default, versi 2026.12.03.5, dari Waspada');
  assert.equal(id.counts, '508 aturan · 196 merek yang dilindungi · 96.767 situs yang diblokir');
  assert.equal(id.origin, 'Bawaan Waspada, diperbarui bersama ekstensi.');
  const en = describePack(builtIn, translator('en'), 'en');
  assert.equal(en.counts, '508 rules · 196 protected brands · 96,767 blocked sites');
});

test('only https sources become links', () => {
  const { sources } = describePack(builtIn, translator('en'), 'en');
  assert.deepEqual(sources, [
    { text: 'TrustPositif (public list)', url: 'https://trustpositif.komdigi.go.id/' },
    { text: 'Local file', url: '' },
  ]);
});

test("an organisation's pack names its host and when it was fetched; reported numbers are counted", () => {
  const at = Date.UTC(2026, 11, 3, 6, 45);
  const org = { ...builtIn, name: 'LSM Contoh', publisher: '', reported: 1200, source: 'organisation', orgHost: 'packs.lsm-contoh.or.id', fetchedAt: at };
  const about = describePack(org, translator('en'), 'en');
  assert.equal(about.title, 'LSM Contoh, version 2026.12.03.5');
  assert.match(about.counts, / · 1,200 reported numbers and accounts$/);
  assert.ok(about.origin.startsWith('From your organisation (packs.lsm-contoh.or.id), signature checked. Last fetched '), about.origin);
  assert.ok(about.origin.includes('2026'), about.origin);
});

test('a policy whose pack has not arrived says the built-in rules protect meanwhile', () => {
  const about = describePack({ ...builtIn, orgHost: 'packs.lsm-contoh.or.id' }, translator('id'), 'id');
  assert.match(about.origin, /^Organisasi Anda memakai aturannya sendiri \(packs\.lsm-contoh\.or\.id\).*aturan bawaan Waspada/);
});

test('no pack, an error, or junk fields: a plain message, never a throw', () => {
  const t = translator('en');
  assert.equal(describePack(undefined, t).error, 'The rules have not loaded: ?');
  assert.equal(describePack({ error: 'cannot read packs/default.wpk (HTTP 404)' }, t).error,
    'The rules have not loaded: cannot read packs/default.wpk (HTTP 404)');
  const junk = describePack({ name: 7, version: null, rules: -3, brands: 'x', blocked_domains: Infinity, sources: 'no' }, t, 'en');
  assert.equal(junk.title, '?, version ?');
  assert.equal(junk.counts, '0 rules · 0 protected brands · 0 blocked sites');
  assert.deepEqual(junk.sources, []);
});
