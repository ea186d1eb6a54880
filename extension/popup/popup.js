// The toolbar popup: the current tab's verdict with its reasons, and a box to check a pasted
// message or link with the same engine. Everything shown is set through textContent.
import '../platform.js';
import '../shared/i18n.js';
import '../shared/report.js';
import * as Settings from '../shared/settings.js';

const { api } = globalThis.WASPADA_PLATFORM;
const I18n = globalThis.WaspadaI18n;
const { t } = I18n;
const $ = (id) => document.getElementById(id);

await I18n.useLang(await I18n.chosenLang());
I18n.localizeDocument();
const settings = await Settings.load();
document.body.classList.toggle('large', settings.family.largeText);
// Opened in a tab (Firefox for Android may, and so do the tests) rather than as the toolbar's
// popup: take the tab's width instead of the popup's fixed 360 px, so a scrollbar never makes it scroll sideways.
document.documentElement.classList.toggle('in-tab', Boolean(await api.tabs.getCurrent?.().catch(() => null)));

/** The tab to report on: ?tab=ID when given (the popup opened as a page, e.g. by tests), else the active tab. */
async function targetTabId() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && Number.isInteger(Number(param))) return Number(param);
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

// A message key, or `fallback` when the locale has no such key (t() then returns the key itself).
const tOr = (key, fallback) => (t(key) === key ? fallback : t(key));

const TOP_REASONS = 3; // the engine sorts reasons strongest first: these show, the rest behind a toggle

/**
 * The reasons as li.reason[data-rule][data-category], all of them in the list; those after the
 * first TOP_REASONS carry `hidden`, and a "Show all reasons (N)" button after the list toggles them
 * (opening moves the focus to the first one revealed, as in the page's warning).
 */
function renderReasons(list, reasons) {
  list.replaceChildren();
  const items = reasons.map((reason, i) => {
    const li = document.createElement('li');
    li.className = 'reason';
    li.dataset.rule = reason.rule;
    li.dataset.category = reason.category;
    li.hidden = i >= TOP_REASONS;
    const message = document.createElement('span');
    message.className = 'reason-message';
    message.textContent = reason.message;
    li.append(message);
    if (reason.category) {
      const category = document.createElement('span');
      category.className = 'reason-category';
      category.textContent = tOr(`cat_${reason.category.replaceAll('-', '_')}`, reason.category);
      li.append(category);
    }
    if (reason.evidence) {
      // "Bukti: “…”", as on the page's warning: a bare quote does not say what it is
      const evidence = document.createElement('span');
      evidence.className = 'reason-evidence';
      const quote = document.createElement('q');
      quote.textContent = reason.evidence;
      evidence.append(t('evidenceLabel'), ' ', quote);
      li.append(evidence);
    }
    return li;
  });
  list.append(...items);
  const toggle = moreButton(list);
  const extra = items.slice(TOP_REASONS);
  toggle.hidden = extra.length === 0;
  const label = (open) => (open ? t('reasonsShowFewer') : t('reasonsShowAll', reasons.length));
  toggle.textContent = label(false);
  toggle.onclick = () => {
    const open = extra[0]?.hidden ?? false;
    for (const li of extra) li.hidden = !open;
    toggle.textContent = label(open);
    if (open) {
      extra[0].tabIndex = -1;
      extra[0].focus();
    }
  };
}

/** The "Show all reasons" button right after `list`, made on first use. */
function moreButton(list) {
  const next = list.nextElementSibling;
  if (next?.classList.contains('more')) return next;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'more';
  button.setAttribute('aria-controls', list.id);
  list.after(button);
  return button;
}

/** Fill one result block (ids `${prefix}level`, …) with a verdict, or with the note `noteKey` (+ its Help). */
function renderVerdict(box, prefix, verdict, noteKey) {
  const level = verdict?.level ?? 'none';
  box.dataset.level = verdict?.error ? 'error' : level;
  let title = noteKey ? t(noteKey) : t(`level_${level}`);
  // Advice differs for a page ("do not fill in this form") and a pasted message ("do not reply").
  const adviceKey = prefix === 'check-' ? `checkAdvice_${level}` : `advice_${level}`;
  let advice = noteKey ? tOr(`${noteKey}Help`, '') : t(adviceKey);
  if (verdict?.error) {
    title = t('level_error');
    advice = t('popupError', verdict.error);
  }
  $(`${prefix}level`).textContent = title;
  $(`${prefix}score`).textContent = verdict && !verdict.error ? t('popupScore', verdict.score) : '';
  $(`${prefix}advice`).textContent = advice;
  renderReasons($(`${prefix}reasons`), verdict?.reasons ?? []);
}

async function showTab() {
  const tabId = await targetTabId();
  const box = $('status');
  if (tabId === null) return renderVerdict(box, '', null, 'popupNotChecked');
  const [stored, ping] = await Promise.all([
    api.runtime.sendMessage({ type: 'getVerdict', tabId }).catch((e) => ({ error: String(e?.message ?? e) })),
    // Our content script answers only on web pages it runs in; its answer also tells us whether
    // the stored verdict belongs to the page now shown, not to one the tab has left.
    api.tabs.sendMessage(tabId, { type: 'ping' }).catch(() => null),
  ]);
  showPack(stored?.pack);
  if (!ping) return renderVerdict(box, '', null, 'popupNotChecked');
  if (!stored?.verdict || stored.url !== ping.scannedUrl) return renderVerdict(box, '', null, 'popupChecking');
  renderVerdict(box, '', stored.verdict);
  $('trusted-note').hidden = !stored.trusted;
  const flagged = stored.verdict.level === 'warning' || stored.verdict.level === 'danger';
  const { name, phone } = settings.family;
  if (flagged && name && phone) {
    const line = $('family-line');
    const call = document.createElement('a');
    call.href = `tel:${phone.replace(/[^\d+]/g, '')}`;
    call.textContent = phone;
    line.replaceChildren(t('familyCall', name), ' ', call);
    line.hidden = false;
  }
  renderReport($('report-list'), $('report-status'), stored.verdict, { where: stored.url, kind: 'page' });
  $('report').hidden = !flagged;
}

/**
 * One button per official channel for `verdict` (shared/report.js). A click copies the report
 * text, then opens the channel in a new tab (the popup closes then, so the copy comes first).
 */
function renderReport(list, status, verdict, { where = '', message = '', kind }) {
  const Report = globalThis.WaspadaReport;
  const channels = Report.channelsFor(verdict, kind);
  const text = Report.reportText(verdict, { where, message, t });
  const bank = Report.bankFor(verdict);
  list.replaceChildren(...channels.map((c) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'report';
    button.dataset.channel = c.id;
    button.textContent = t(`report_${c.id}`, c.host);
    button.addEventListener('click', async () => {
      let copied = false;
      try {
        await navigator.clipboard.writeText(text);
        copied = true;
      } catch {
        copied = false;
      }
      status.textContent = copied ? t('reportCopied', c.host) : t('reportCopyFailed', c.host);
      list.dataset.copied = copied ? text : '';
      await api.tabs.create({ url: c.url }).catch(() => {});
    });
    li.append(button);
    if (c.id === 'iasc') {
      const help = document.createElement('span');
      help.className = 'report-help';
      help.textContent = bank ? t('reportBankCall', bank.name, bank.phone) : t('reportBankCallAny');
      li.append(help);
    }
    return li;
  }));
  list.hidden = channels.length === 0;
}

function showPack(pack) {
  if (!pack || pack.error) return;
  const el = $('pack');
  el.textContent = t('popupPack', pack.name ?? '?', pack.version ?? '?');
  el.dataset.version = String(pack.version ?? '');
  showHelplines(globalThis.WaspadaReport.helplines(pack.helplines));
}

/** The pack publisher's helplines (an NGO's pack), always in view: whoever set Waspada up for a
 * parent wants them to ask before they pay, warning or not. */
function showHelplines(helplines) {
  const item = (x) => {
    const li = document.createElement('li');
    const name = document.createElement('strong');
    name.textContent = x.name;
    li.append(name);
    if (x.phone) {
      const call = document.createElement('a');
      call.href = `tel:${x.tel}`;
      call.className = 'phone';
      call.textContent = x.phone;
      li.append(' ', call);
    }
    if (x.hours) li.append(` (${x.hours})`);
    if (x.url) {
      const site = document.createElement('a');
      site.href = x.url;
      site.target = '_blank';
      site.rel = 'noopener noreferrer';
      site.textContent = new URL(x.url).hostname;
      li.append(' ', site);
    }
    return li;
  };
  $('helpline-list').replaceChildren(...helplines.map(item));
  $('helplines').hidden = helplines.length === 0;
}

async function check() {
  const input = $('check-input');
  const box = $('check-result');
  const text = input.value.trim();
  box.hidden = false;
  if (!text) {
    renderVerdict(box, 'check-', null, 'popupCheckEmpty');
    input.focus();
    return;
  }
  const button = $('check-button');
  button.disabled = true;
  renderVerdict(box, 'check-', null, 'popupCheckRunning');
  try {
    const verdict = await api.runtime.sendMessage({ type: 'check', text });
    renderVerdict(box, 'check-', verdict);
    renderReport($('check-report-list'), $('check-report-status'), verdict, { message: text, kind: 'message' });
  } catch (e) {
    renderVerdict(box, 'check-', { level: 'safe', score: 0, reasons: [], error: String(e?.message ?? e) });
  } finally {
    button.disabled = false;
  }
}

$('check-button').addEventListener('click', check);
$('check-input').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) check();
});
$('open-options').addEventListener('click', () => api.runtime.openOptionsPage());
showTab();
