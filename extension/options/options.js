// Options, minimal for now: the language of warnings and buttons (auto / id / en), saved in
// storage.local where the background and content scripts read it, and a way to bring back the
// banners closed with "×".
import '../platform.js';
import '../shared/i18n.js';

const { api } = globalThis.WASPADA_PLATFORM;
const I18n = globalThis.WaspadaI18n;
const form = document.getElementById('language-form');
const saved = document.getElementById('saved');

async function render() {
  await I18n.useLang(await I18n.chosenLang());
  I18n.localizeDocument();
}

const { lang = 'auto' } = await api.storage.local.get('lang');
form.elements.lang.value = ['auto', 'id', 'en'].includes(lang) ? lang : 'auto';
await render();

form.addEventListener('change', async () => {
  await api.storage.local.set({ lang: form.elements.lang.value });
  await render(); // the page switches language at once: the choice is visible, not just stored
  saved.textContent = I18n.t('optionsSaved');
});

document.getElementById('reset-dismissed').addEventListener('click', async () => {
  const all = await api.storage.local.get(null);
  await api.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('dismiss:')));
  saved.textContent = I18n.t('optionsResetDone');
});
