// A chrome.storage area (local, session) in memory, with the same get/set/remove shapes and
// structured-clone copies in and out, for the extension's unit tests. `data` is the backing map,
// for tests that look at what was stored.
export function memoryArea() {
  const data = new Map();
  return {
    data,
    async get(keys) {
      const names = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(names.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of [].concat(keys)) data.delete(k);
    },
  };
}
