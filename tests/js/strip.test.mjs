// Unit tests of scripts/strip-js.mjs, which ships the listing content scripts without comments
// and indentation (scripts/assemble.mjs). The strip must change nothing JavaScript reads: the same
// tokens (acorn, a devDependency for this check only) and a line break between the same tokens
// (automatic semicolon insertion depends on them). Run: node --test tests/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as acorn from 'acorn';
import { strip } from '../../scripts/strip-js.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Each token with whether a line break comes before it. */
function tokens(code) {
  const out = [];
  let lastLine = 0;
  for (const t of acorn.tokenizer(code, { ecmaVersion: 'latest', locations: true })) {
    out.push(`${t.loc.start.line > lastLine ? '⏎' : ''}${t.type.label}:${t.type.label === 'template' ? t.value : String(t.value ?? '')}`);
    lastLine = t.loc.end.line;
  }
  return out;
}

const same = (code) => assert.deepEqual(tokens(strip(code)), tokens(code));

test('comments and indentation go, the magic comment on the first line stays', () => {
  const src = '//# allFunctionsCalledOnLoad\n// a comment\n(() => {\n  /* block */ const a = 1; // trailing\n\n  return a;\n})();\n';
  assert.equal(strip(src), '//# allFunctionsCalledOnLoad\n(() => {\nconst a = 1;\nreturn a;\n})();\n');
  same(src);
});

test('strings, templates and regular expressions keep what looks like a comment', () => {
  const cases = [
    "const u = 'http://x/*y*/'; const v = \"a // b\";",
    'const re = /^#!?\\//; const s = /[/*]+/g.test(x); const d = a / b / c;',
    'const t = `a // ${b ? `c /* ${d} */` : \'}\'} e\n  f`; const g = {h: `${{i: 1}.i}`};',
    'if (x) return /a b/.test(y);\nconst z = (1) / 2; const w = [1][0] / 2;',
    'const a = b\n/* two\nlines */\n(c)', // the comment's line break keeps a and (c) apart for ASI
    'const f = () => /x/; const k = typeof /y/; const m = x => x // done\n+ 1;',
  ];
  for (const src of cases) same(src);
});

test('a block comment across lines still ends the statement (ASI)', () => {
  assert.equal(strip('let a = 1 /* x\ny */ let b = 2'), 'let a = 1\nlet b = 2\n');
});

test('an unterminated string, template or comment is an error', () => {
  for (const src of ["const a = 'x", 'const a = `x', 'a /* b', 'const r = /ab']) assert.throws(() => strip(src), /unterminated/);
});

test('every script of the extension strips to the same tokens and line breaks', () => {
  const dir = path.join(ROOT, 'extension');
  const files = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.js'));
  assert.ok(files.length > 20);
  for (const f of files) {
    const src = readFileSync(path.join(dir, f), 'utf8');
    const out = strip(src);
    assert.deepEqual(tokens(out), tokens(src), f);
    assert.ok(out.length < src.length, f);
  }
});
