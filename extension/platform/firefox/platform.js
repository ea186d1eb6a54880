// The per-browser layer. Loaded first everywhere: as a classic script in content scripts
// (they cannot be modules) and as a side-effect import by the background, popup and options.
// Firefox also offers `chrome.*`, but `browser.*` is its native, promise-based namespace.
globalThis.WASPADA_PLATFORM = Object.freeze({
  name: 'firefox',
  api: globalThis.browser ?? globalThis.chrome,
});
