// Every UI string comes from _locales/<lang>/messages.json through chrome.i18n.getMessage.
//
// One wrinkle: the browser picks the locale by its own UI language, but a family member may set
// Waspada to Bahasa Indonesia on a parent's English browser (Options → language). Then we read the
// chosen locale's messages.json ourselves, so the buttons, the warning and the reasons (which the
// engine localises) all speak one language. Classic script on purpose: content scripts load it
// with <script>-like semantics, modules import it for its side effect.
(() => {
  const { api } = globalThis.WASPADA_PLATFORM;
  const LANGS = ['id', 'en'];
  let table = null; // messages.json of the chosen locale, only when it differs from the browser's

  /** 'id' or 'en' for a stored setting 'auto' | 'id' | 'en' (missing means 'auto'). */
  function resolveLang(setting) {
    if (LANGS.includes(setting)) return setting;
    const ui = String(api.i18n.getUILanguage?.() ?? '').toLowerCase();
    return ui.startsWith('id') ? 'id' : 'en';
  }

  /** The language the user chose in Options, resolved to 'id' or 'en'. */
  async function chosenLang() {
    try {
      const { lang } = await api.storage.local.get('lang');
      return resolveLang(lang);
    } catch {
      return resolveLang('auto');
    }
  }

  // Same substitution rules as chrome.i18n: "$name$" → the placeholder's content, "$1" → subs[0].
  function format(entry, subs) {
    const placeholders = entry.placeholders ?? {};
    const withContent = String(entry.message ?? '').replace(/\$([\w@]+)\$/g, (m, name) =>
      placeholders[name.toLowerCase()]?.content ?? m);
    return withContent.replace(/\$\$|\$([1-9])/g, (m, n) => (n ? subs[n - 1] ?? '' : '$'));
  }

  /** The message `key` in the active language; `subs` fill $1…$9. Falls back to the key. */
  function t(key, ...subs) {
    const strings = subs.map(String);
    const entry = table?.[key];
    if (entry) return format(entry, strings);
    return api.i18n.getMessage(key, strings) || key;
  }

  async function loadTable(lang) {
    // Extension pages and the background may fetch their own files; a content script may not
    // (that would need web_accessible_resources, which pages could probe), so it asks the background.
    if (globalThis.location?.protocol.endsWith('-extension:')) {
      const res = await fetch(api.runtime.getURL(`_locales/${lang}/messages.json`));
      return res.json();
    }
    return api.runtime.sendMessage({ type: 'messages', lang });
  }

  /** Speak `lang` from now on. Never throws: on failure the browser's own locale stays. */
  async function useLang(lang) {
    if (!LANGS.includes(lang) || api.i18n.getMessage('locale') === lang) {
      table = null;
      return;
    }
    try {
      const loaded = await loadTable(lang);
      table = loaded && typeof loaded === 'object' && !loaded.error ? loaded : null;
    } catch {
      table = null;
    }
  }

  /** Fill static HTML: data-i18n (text), data-i18n-placeholder, data-i18n-aria-label, data-i18n-title. */
  function localizeDocument(doc = document) {
    doc.documentElement.lang = t('locale');
    for (const el of doc.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
    for (const name of ['placeholder', 'aria-label', 'title']) {
      for (const el of doc.querySelectorAll(`[data-i18n-${name}]`)) {
        el.setAttribute(name, t(el.getAttribute(`data-i18n-${name}`)));
      }
    }
  }

  globalThis.WaspadaI18n = Object.freeze({ t, resolveLang, chosenLang, useLang, loadTable, localizeDocument });
})();
