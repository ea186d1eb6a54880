// Verdict objects for the Wasm engine (src/wasm/mod.rs imports these through wasm-bindgen).
// One call builds a whole object: setting its four keys one by one from Wasm took eight calls
// across the boundary, ~0.5 µs of a 4 µs URL check in Node.

/** A verdict with reasons: `categories` and `reasons` are arrays built by the engine. */
export function verdict(level, score, categories, reasons) {
  return { level, score, categories, reasons };
}

/** A verdict with nothing to report (most URL checks). */
export function quiet(level, score) {
  return { level, score, categories: [], reasons: [] };
}

/** One reason. */
export function reason(rule, category, message, evidence) {
  return { rule, category, message, evidence };
}

/**
 * A verdict with at most four reasons, in one call: `categories` holds each category's place
 * in `names` plus one, four bits each, the first lowest; absent reasons are `undefined`.
 */
export function verdictOf(level, score, categories, names, a, b, c, d) {
  const list = [];
  for (let x = categories; x !== 0; x >>>= 4) list.push(names[(x & 15) - 1]);
  const reasons = [];
  if (a !== undefined) {
    reasons.push(a);
    if (b !== undefined) {
      reasons.push(b);
      if (c !== undefined) {
        reasons.push(c);
        if (d !== undefined) reasons.push(d);
      }
    }
  }
  return { level, score, categories: list, reasons };
}
