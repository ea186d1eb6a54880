// The per-browser layer. Loaded first everywhere: as a classic script in content scripts
// (they cannot be modules) and as a side-effect import by the background, popup and options.
// Chromium's MV3 `chrome.*` APIs return promises, so the shared code can use them as is.
globalThis.WASPADA_PLATFORM = Object.freeze({
  name: 'chrome',
  api: globalThis.chrome,
});
