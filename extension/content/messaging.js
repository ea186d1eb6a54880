// Messages from the content scripts to the background, in one place. When the extension is
// reloaded or updated, the copies of our scripts already running in open pages are orphaned:
// every runtime call throws ("Extension context invalidated", or "Receiving end does not exist"
// while no background answers). Each script registers how it stops (observers, timers) with
// onOrphaned; the first send that finds the context gone stops them all, once, since all of
// them were orphaned together. Classic script, loaded right after platform.js; exposes
// globalThis.WaspadaMessaging.
(() => {
  if (globalThis.WaspadaMessaging) return;
  const { api } = globalThis.WASPADA_PLATFORM;
  const ORPHANED = /context invalidated|Receiving end does not exist/i;
  const stops = new Set();
  let orphaned = false;

  function orphan() {
    if (orphaned) return;
    orphaned = true;
    for (const stop of stops) {
      try {
        stop();
      } catch {
        // one script failing to stop must not keep the others running
      }
    }
    stops.clear();
  }

  /** Sends `message` to the background; its answer, or null when there is none. Never throws. */
  async function send(message) {
    if (orphaned) return null;
    try {
      return await api.runtime.sendMessage(message);
    } catch (e) {
      if (ORPHANED.test(String(e?.message))) orphan();
      return null;
    }
  }

  /** Runs `stop` when this copy of the content scripts is found orphaned (now, if it already is). */
  function onOrphaned(stop) {
    if (orphaned) stop();
    else stops.add(stop);
  }

  globalThis.WaspadaMessaging = Object.freeze({ send, onOrphaned, isOrphaned: () => orphaned });
})();
