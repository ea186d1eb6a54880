// What the background remembers between events: the latest verdict of each tab (for the popup),
// the toolbar badge, and the user's choices per site. Kept in extension storage, not in
// variables, because the service worker is stopped whenever it is idle.
import '../platform.js';
import '../shared/i18n.js';
import * as Settings from '../shared/settings.js';

const { api } = globalThis.WASPADA_PLATFORM;
const { t } = globalThis.WaspadaI18n;

// storage.session lives as long as the browser session and is invisible to content scripts.
// Where it is missing, a Map does (it dies with the worker, which only costs a stale popup).
// Exported for background/listings.js, which keeps each tab's listing verdicts the same way.
const memory = new Map();
export const session = api.storage.session
  ? api.storage.session
  : {
    get: async (key) => (memory.has(key) ? { [key]: memory.get(key) } : {}),
    set: async (items) => Object.entries(items).forEach(([k, v]) => memory.set(k, v)),
    remove: async (key) => void memory.delete(key),
  };

const tabKey = (tabId) => `tab:${tabId}`;

/** Remember `entry` ({ verdict, url, scannedAt, lang }) as the tab's latest verdict. */
export async function rememberTab(tabId, entry) {
  await session.set({ [tabKey(tabId)]: entry });
}

export async function recallTab(tabId) {
  return (await session.get(tabKey(tabId)))[tabKey(tabId)] ?? null;
}

export async function forgetTab(tabId) {
  await session.remove(tabKey(tabId));
}

// ---- badge ---------------------------------------------------------------------------------

// Colours chosen for contrast with their text (WCAG AA): the level shows in the text too.
const BADGE = Object.freeze({
  caution: { text: '!', color: '#facc15', textColor: '#1f1a14' },
  warning: { text: '!', color: '#c2410c', textColor: '#ffffff' },
  danger: { text: '!!', color: '#b91c1c', textColor: '#ffffff' },
});

/**
 * Badge for caution and up, none for safe. The browser resets per-tab badges on navigation.
 * `titleKey` names another tooltip (e.g. risky listings on an ordinary page).
 */
export async function setBadge(tabId, level, titleKey = `badgeTitle_${level}`) {
  const badge = BADGE[level];
  const action = api.action;
  try {
    await action.setBadgeText({ tabId, text: badge?.text ?? '' });
    await action.setTitle({ tabId, title: badge ? t(titleKey) : t('actionTitle') });
    if (!badge) return;
    await action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await action.setBadgeTextColor?.({ tabId, color: badge.textColor });
  } catch {
    // The tab closed meanwhile, or the platform has no badge (Firefox for Android): nothing to do.
  }
}

// ---- the user's choices per site ------------------------------------------------------------

const proceedKey = (site) => `proceed:${site}`;

/** "Close" on a warning banner: do not show the banner on this site again (danger still shows). */
export async function dismissSite(site) {
  await Settings.dismiss(site);
}

/** "I understand the risk, continue" on the interstitial: not again on this site this session. */
export async function proceedSite(site) {
  await session.set({ [proceedKey(site)]: Date.now() });
}

/**
 * What the page's warning needs to know about its site and the user's settings:
 * { dismissed, proceeded, trusted, locked, family: { name, phone, largeText } }.
 */
export async function siteChoices(site) {
  const settings = await Settings.load();
  const common = {
    locked: Boolean(settings.pin) || settings.managed.locked,
    managed: settings.managed.locked, // locked by an organisation: no PIN opens it, no trust button
    family: settings.family,
  };
  if (!site) return { dismissed: false, proceeded: false, trusted: false, ...common };
  const key = Settings.siteKey(site);
  const sess = await session.get(proceedKey(site));
  return {
    dismissed: Boolean(key && Object.hasOwn(settings.dismissed, key)),
    proceeded: proceedKey(site) in sess,
    trusted: settings.trusted.some((entry) => Settings.covers(entry, site)),
    ...common,
  };
}
