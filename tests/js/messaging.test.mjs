// Unit tests of extension/content/messaging.js (as built into dist/chrome/): the one send() every
// content script uses, and what happens when the extension is reloaded under an open page (every
// script of the orphaned copy stops, once). Run: node --test tests/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILT = path.join(ROOT, 'dist', 'chrome', 'content', 'messaging.js');

/** A fresh content-script world whose runtime.sendMessage is `impl`; returns its WaspadaMessaging. */
function world(impl) {
  assert.ok(existsSync(BUILT), `${BUILT} missing: build first (scripts/build.sh)`);
  const calls = [];
  const api = { runtime: { sendMessage: async (m) => { calls.push(m); return impl(m); } } };
  const context = vm.createContext({ WASPADA_PLATFORM: { api } });
  context.globalThis = context;
  vm.runInContext(readFileSync(BUILT, 'utf8'), context);
  return { M: context.WaspadaMessaging, calls };
}

test('send answers with the background reply, and null (never a throw) when there is none', async () => {
  const { M, calls } = world(async (m) => (m.type === 'scan' ? { level: 'safe' } : Promise.reject(new Error('busy'))));
  assert.deepEqual(await M.send({ type: 'scan' }), { level: 'safe' });
  assert.equal(await M.send({ type: 'other' }), null);
  assert.equal(calls.length, 2);
  assert.equal(M.isOrphaned(), false, 'an ordinary failure does not stop the scripts');
});

test('an invalidated context stops every registered script once, and later sends do nothing', async () => {
  let reloaded = false;
  const { M, calls } = world(async () => {
    if (reloaded) throw new Error('Extension context invalidated.');
    return { ok: true };
  });
  const stopped = [];
  M.onOrphaned(() => stopped.push('main'));
  M.onOrphaned(() => {
    stopped.push('listings');
    throw new Error('a broken stop');
  });
  M.onOrphaned(() => stopped.push('comments'));
  assert.deepEqual(await M.send({ type: 'scan' }), { ok: true });
  assert.deepEqual(stopped, []);

  reloaded = true;
  assert.equal(await M.send({ type: 'scan' }), null);
  assert.deepEqual(stopped, ['main', 'listings', 'comments'], 'one failing stop does not keep the others running');
  assert.equal(M.isOrphaned(), true);

  assert.equal(await M.send({ type: 'scanListings' }), null);
  assert.equal(calls.length, 2, 'an orphaned copy sends nothing more');
  assert.deepEqual(stopped, ['main', 'listings', 'comments'], 'stops run once');

  let late = false;
  M.onOrphaned(() => { late = true; });
  assert.equal(late, true, 'a script registering after the fact stops at once');
});

test('"Receiving end does not exist" also marks the copy orphaned', async () => {
  const { M } = world(async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  });
  let stopped = 0;
  M.onOrphaned(() => stopped++);
  assert.equal(await M.send({ type: 'scan' }), null);
  assert.equal(stopped, 1);
});
