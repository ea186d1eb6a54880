// Options: language, family mode (trusted contact, larger text), the PIN lock, the sites the user
// trusts, the banners closed per site, and which rules are in use (options/pack.js). The settings
// live in storage.local through shared/settings.js (validated per field, versioned).
//
// The lock: with a PIN set, the page opens locked: every control below the lock panel is disabled
// until the right PIN is typed (checked against the salted PBKDF2 hash; the PIN is never stored).
// Unlocking lasts while this page stays open. The in-page "Situs ini aman" button asks for the
// PIN too (checked by the background), and closing a banner is then not remembered.
import '../platform.js';
import '../shared/i18n.js';
import * as Settings from '../shared/settings.js';
import { describePack } from './pack.js';

const { api } = globalThis.WASPADA_PLATFORM;
const I18n = globalThis.WaspadaI18n;
const { t } = I18n;
const $ = (id) => document.getElementById(id);
const form = $('language-form');
const saved = $('saved');

let unlocked = false; // with a PIN: opened with it on this page

async function localize() {
  await I18n.useLang(await I18n.chosenLang());
  I18n.localizeDocument();
}

function say(key, ...subs) {
  saved.textContent = t(key, ...subs);
}

async function render() {
  const s = await Settings.load();
  form.elements.lang.value = s.lang;
  $('family-name').value = s.family.name;
  $('family-phone').value = s.family.phone;
  $('large-text').checked = s.family.largeText;
  document.body.classList.toggle('large', s.family.largeText);
  const orgLocked = s.managed.locked;
  const locked = orgLocked || (Boolean(s.pin) && !unlocked);
  $('managed-panel').hidden = !orgLocked;
  $('lock-panel').hidden = orgLocked || !locked;
  $('editable').disabled = locked;
  $('family-name').disabled = s.managed.contact;
  $('family-phone').disabled = s.managed.contact;
  $('family-managed').hidden = !s.managed.contact;
  $('pin-setup').hidden = Boolean(s.pin) || orgLocked; // no PIN is set (or asked for) under an organisation's lock
  $('pin-manage').hidden = !s.pin || locked;
  $('lock-settings-heading').hidden = locked;
  document.body.dataset.locked = String(locked);
  const list = $('trusted-list');
  list.replaceChildren(...s.trusted.map((site) => {
    const li = document.createElement('li');
    li.dataset.site = site;
    const name = document.createElement('span');
    name.className = 'site';
    name.textContent = site;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'remove';
    remove.textContent = t('trustedRemove');
    remove.setAttribute('aria-label', t('trustedRemoveLabel', site));
    remove.addEventListener('click', async () => {
      if (await guard()) {
        await Settings.removeTrusted(site);
        say('trustedRemoved', site);
      }
    });
    li.append(name, remove);
    return li;
  }));
  $('trusted-empty').hidden = s.trusted.length > 0;
}

/** "Rules in use": the pack the background's engine loaded, and where it came from. */
async function renderPack() {
  const pack = await api.runtime.sendMessage({ type: 'packInfo' }).catch((e) => ({ error: e?.message ?? e }));
  const about = describePack(pack, t, await I18n.chosenLang());
  $('rules-title').textContent = about.error ?? about.title;
  $('rules-counts').textContent = about.counts ?? '';
  $('rules-origin').textContent = about.origin ?? '';
  $('rules-panel').dataset.source = pack?.source ?? 'none';
  const sources = about.sources ?? [];
  $('rules-sources-heading').hidden = sources.length === 0;
  $('rules-sources').replaceChildren(...sources.map((s) => {
    const li = document.createElement('li');
    if (s.url) {
      const a = document.createElement('a');
      a.href = s.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = s.text;
      li.append(a);
    } else {
      li.textContent = s.text;
    }
    return li;
  }));
}

/** True when a change may be made now (not locked by an organisation; no PIN, or unlocked on this page). */
async function guard() {
  const { pin, managed } = await Settings.load();
  if (managed.locked) return false;
  if (!pin || unlocked) return true;
  await render();
  $('pin-unlock').focus();
  return false;
}

form.addEventListener('change', async () => {
  if (!(await guard())) return;
  await Settings.save({ lang: form.elements.lang.value });
  await localize(); // the page switches language at once: the choice is visible, not just stored
  await render();
  await renderPack();
  say('optionsSaved');
});

$('family-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  if (!(await guard())) return;
  const name = Settings.cleanName($('family-name').value);
  const phoneRaw = $('family-phone').value.trim();
  const phone = Settings.cleanPhone(phoneRaw);
  if (phoneRaw && !phone) {
    say('familyPhoneInvalid');
    $('family-phone').focus();
    return;
  }
  // A contact the organisation manages is shown, not saved: the user's own stays underneath.
  const own = (await Settings.loadOwn()).family;
  const managedContact = (await Settings.load()).managed.contact;
  await Settings.save({ family: {
    name: managedContact ? own.name : name, phone: managedContact ? own.phone : phone, largeText: $('large-text').checked,
  } });
  await render();
  say('optionsSaved');
});

$('pin-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  if (!(await guard())) return;
  const pin = $('pin-new').value;
  if (!Settings.validPin(pin)) return say('pinFormat');
  if (pin !== $('pin-confirm').value) return say('lockMismatch');
  await Settings.save({ pin: await Settings.hashPin(pin) });
  $('pin-new').value = '';
  $('pin-confirm').value = '';
  unlocked = false; // locked from now on, here too
  await render();
  say('lockSetDone');
});

$('unlock-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const input = $('pin-unlock');
  const status = $('pin-status');
  const { pin } = await Settings.load();
  if (!Settings.validPin(input.value)) {
    status.textContent = t('pinFormat');
    return input.focus();
  }
  if (!(await Settings.checkPin(input.value, pin))) {
    input.value = '';
    status.textContent = t('pinWrong');
    return input.focus();
  }
  input.value = '';
  status.textContent = '';
  unlocked = true;
  await render();
  say('lockUnlocked');
  $('editable').querySelector('input')?.focus();
});

$('relock').addEventListener('click', async () => {
  unlocked = false;
  await render();
  say('lockLockedHeading');
  $('pin-unlock').focus();
});

$('pin-remove').addEventListener('click', async () => {
  if (!(await guard())) return;
  await Settings.save({ pin: null });
  unlocked = false;
  await render();
  say('lockRemoved');
});

$('reset-dismissed').addEventListener('click', async () => {
  if (!(await guard())) return;
  await Settings.save({ dismissed: {} });
  say('optionsResetDone');
});

// A site trusted from a page's warning while this page is open shows up at once.
api.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && (changes.trusted || changes.pin || changes.family)) render();
});

await localize();
await render();
await renderPack();
document.body.dataset.ready = 'true';
