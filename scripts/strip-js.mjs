// Strips comments and indentation from a classic script at assemble time (scripts/assemble.mjs),
// for the content scripts whose source V8 must parse on every page that runs them (Chromium
// keeps no code cache for content scripts). Not a minifier: names, statements and line breaks
// stay as written (so no automatic-semicolon change is possible and stack traces stay readable);
// only what the parser would skip goes: comments, leading and trailing blanks, empty lines.
// Line breaks inside a removed block comment are kept as one line break, as JavaScript reads them.
// A comment starting `//#` on the first line (a V8 magic comment such as
// `//# allFunctionsCalledOnLoad`) is kept. Dependency-free; a small tokenizer that knows
// strings, template literals (with nested `${}`), regular-expression literals and comments.
//   strip(source) → stripped source; throws on an unterminated string, template, regex or comment.

// After these a `/` starts a regular expression; after anything else (a name, a number, `)`,
// `]`, `}` closing a block or object) it divides. `}` as the end of a block before a regex
// literal does not occur in our sources, and the build checks the output parses (assemble.mjs).
const REGEX_AFTER_PUNCT = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', ';', '+', '-', '*', '%', '<', '>', '~', '^', '=>']);
const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

export function strip(src) {
  let out = '';
  let i = 0;
  const n = src.length;
  let prev = ''; // the last significant token (a punctuator, or a word)
  const braces = []; // for each open `{`: whether it opened a template's `${`
  let line = ''; // the output line being built

  const flush = () => {
    const t = line.trim();
    if (t) out += `${t}\n`;
    line = '';
  };
  // Keep a leading magic comment (`//# …` on the first line) as is.
  if (src.startsWith('//#')) {
    const end = src.indexOf('\n');
    out += `${end < 0 ? src : src.slice(0, end)}\n`;
    i = end < 0 ? n : end + 1;
  }
  const fail = (what, at) => {
    const lineNo = src.slice(0, at).split('\n').length;
    throw new Error(`strip: unterminated ${what} at line ${lineNo}`);
  };

  // A template literal from after its opening backtick (or a `}` closing a `${`): copies it up to
  // the closing backtick (returns after it) or the next `${` (returns after it, pushing a brace).
  const template = () => {
    const start = i;
    while (i < n) {
      const c = src[i];
      if (c === '\\') {
        i += 2;
      } else if (c === '`') {
        i++;
        line += src.slice(start, i);
        prev = 'x'; // a complete value: a `/` after it divides
        return;
      } else if (c === '$' && src[i + 1] === '{') {
        i += 2;
        line += src.slice(start, i);
        braces.push(true);
        prev = '{';
        return;
      } else {
        i++;
      }
    }
    fail('template literal', start);
  };

  while (i < n) {
    const c = src[i];
    const d = src[i + 1];
    if (c === '\n') {
      flush();
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      // one blank between tokens where there were blanks (names must stay apart)
      if (line && !line.endsWith(' ')) line += ' ';
      i++;
    } else if (c === '/' && d === '/') {
      const end = src.indexOf('\n', i);
      i = end < 0 ? n : end; // the line break itself is kept
    } else if (c === '/' && d === '*') {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) fail('comment', i);
      const body = src.slice(i, end);
      i = end + 2;
      if (body.includes('\n')) flush();
      else if (line && !line.endsWith(' ')) line += ' ';
    } else if (c === '"' || c === "'") {
      const start = i;
      i++;
      while (i < n && src[i] !== c) {
        if (src[i] === '\n') fail('string', start);
        i += src[i] === '\\' ? 2 : 1;
      }
      if (i >= n) fail('string', start);
      i++;
      line += src.slice(start, i);
      prev = 'x';
    } else if (c === '`') {
      line += '`';
      i++;
      template();
    } else if (c === '/' && (prev === '' || REGEX_AFTER_PUNCT.has(prev) || REGEX_AFTER_WORD.has(prev))) {
      const start = i;
      i++;
      let inClass = false;
      while (i < n) {
        const r = src[i];
        if (r === '\n') fail('regular expression', start);
        if (r === '\\') i += 2;
        else {
          if (r === '[') inClass = true;
          else if (r === ']') inClass = false;
          else if (r === '/' && !inClass) break;
          i++;
        }
      }
      if (i >= n) fail('regular expression', start);
      i++;
      while (i < n && /[a-z]/i.test(src[i])) i++; // flags
      line += src.slice(start, i);
      prev = 'x';
    } else if (/[\p{L}\p{N}_$]/u.test(c)) {
      const start = i;
      while (i < n && /[\p{L}\p{N}_$]/u.test(src[i])) i++;
      const word = src.slice(start, i);
      line += word;
      prev = word;
    } else if (c === '{') {
      braces.push(false);
      line += c;
      prev = c;
      i++;
    } else if (c === '}') {
      i++;
      if (braces.pop()) {
        line += '}';
        template();
      } else {
        line += c;
        prev = c;
      }
    } else {
      // punctuators: `=>` is kept whole (a regex may follow it); others one character at a time
      const two = c + d;
      const p = two === '=>' ? two : c;
      line += p;
      prev = p;
      i += p.length;
    }
  }
  flush();
  if (braces.some(Boolean)) fail('template literal', n);
  return out;
}
