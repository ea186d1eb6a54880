// The popup's "Listings on this page" section (marketplace listings, issue 5): how many listings
// of the tab's page were judged and which look risky (the ones marked in the page), each with its
// title, level and strongest reasons. Its own module and section, apart from the page verdict
// (popup.js). Everything shown is set through textContent.
import '../platform.js';
import '../shared/i18n.js';

const { api } = globalThis.WASPADA_PLATFORM;
const I18n = globalThis.WaspadaI18n;
const { t } = I18n;
const SHOWN = 10; // risky listings listed; the rest are counted
const REASONS = 2; // reasons per listing

/** The tab: ?tab=ID when given (the popup opened as a page, e.g. by tests), else the active tab. */
async function targetTabId() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && Number.isInteger(Number(param))) return Number(param);
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function item(listing) {
  const li = el('li', 'listing');
  li.dataset.level = listing.level;
  const head = el('p', 'listing-head');
  head.append(el('span', `listing-level ${listing.level}`, t(listing.level === 'danger' ? 'listingBadgeDanger' : 'listingBadgeWarning')), ' ',
    el('span', 'listing-title', listing.title));
  li.append(head);
  const reasons = el('ul', 'listing-reasons');
  for (const r of listing.reasons.slice(0, REASONS)) {
    const reason = el('li', 'reason');
    reason.dataset.rule = r.rule;
    reason.append(el('span', 'reason-message', r.message));
    if (r.evidence && !r.message.includes(r.evidence)) reason.append(el('q', 'reason-evidence', r.evidence));
    reasons.append(reason);
  }
  li.append(reasons);
  return li;
}

/** Fills section#listings from the tab's record; hidden when the page had no listings. */
function render(record) {
  const section = document.getElementById('listings');
  if (!record || !record.judged) {
    section.hidden = true;
    return;
  }
  document.getElementById('listings-heading').textContent = t('popupListingsHeading');
  const risky = record.riskyCount ?? record.risky.length;
  section.dataset.level = record.level;
  section.dataset.risky = String(risky);
  const summary = document.getElementById('listings-summary');
  summary.textContent = risky === 0 ? t(record.judged === 1 ? 'popupListingsNoneOne' : 'popupListingsNone', record.judged)
    : risky === 1 ? t('popupListingsRiskyOne', record.judged) : t('popupListingsRisky', risky, record.judged);
  const list = document.getElementById('listings-list');
  list.replaceChildren(...record.risky.slice(0, SHOWN).map(item));
  const more = document.getElementById('listings-more');
  more.hidden = risky <= SHOWN;
  more.textContent = risky > SHOWN ? t('popupListingsMore', risky - SHOWN) : '';
  document.getElementById('listings-advice').hidden = risky === 0;
  section.hidden = false;
}

async function show() {
  await I18n.useLang(await I18n.chosenLang());
  const tabId = await targetTabId();
  if (tabId === null) return;
  // The content script's answer says which page the tab shows now, so a record left by a page
  // the tab has since left is never shown.
  const ping = await api.tabs.sendMessage(tabId, { type: 'ping' }).catch(() => null);
  if (!ping?.url) return;
  const answer = await api.runtime.sendMessage({ type: 'getListings', tabId, url: ping.url }).catch(() => null);
  render(answer?.record ?? null);
}

show();
