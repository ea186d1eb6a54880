// An NGO pack's helplines become tel: and web links on warnings and in the popup
// (shared/report.js `helplines`). The engine refuses a bad one when the pack loads; this is the
// shell's own check, so that nothing but digits reaches a tel: link and nothing but an https
// address reaches a link, whatever the background hands over.
import { test } from 'node:test';
import assert from 'node:assert/strict';

await import('../../extension/shared/report.js');
const { helplines } = globalThis.WaspadaReport;

test('a phone helpline keeps its spelling and gets a dialable number', () => {
  const [line] = helplines([{ name: 'Hotline LSM Contoh', phone: '+62 812-3456-7890', url: '', hours: 'Senin–Jumat' }]);
  assert.deepEqual(line, {
    name: 'Hotline LSM Contoh', phone: '+62 812-3456-7890', tel: '+6281234567890', url: '', hours: 'Senin–Jumat',
  });
});

test('only https addresses and numbers made of digits become links', () => {
  const list = helplines([
    { name: 'Script', url: 'javascript:alert(1)' },
    { name: 'Plain http', url: 'http://lsm.example/help' },
    { name: 'Letters', phone: '0812-CALL-NOW' },
    { name: 'Site', url: 'https://lsm.example/bantuan' },
  ]);
  assert.deepEqual(list.map((x) => x.name), ['Site'], 'a helpline with no usable way to reach it is left out');
  assert.equal(list[0].url, 'https://lsm.example/bantuan');
});

test('nothing usable, not a list, or too many: at most three, never a throw', () => {
  assert.deepEqual(helplines(undefined), []);
  assert.deepEqual(helplines('0812'), []);
  assert.deepEqual(helplines([null, 7, { phone: '112' }]), [], 'a helpline needs a name');
  const many = Array.from({ length: 5 }, (_, i) => ({ name: `H${i}`, phone: '112' }));
  assert.deepEqual(helplines(many).map((x) => x.name), ['H0', 'H1', 'H2']);
});
