// The in-page warning (design.md contract 4): one <waspada-alert level="warning|danger" scope="page">
// whose content lives in an open shadow root.
//
// - warning: a compact one-line banner fixed at the top, in its own space: the page is pushed down
//            by the banner's height (and so are the page's own fixed or sticky headers), and put
//            back when the banner closes. "Why?" opens the reasons and advice as a panel over the
//            page; closing the banner is remembered per site.
// - danger:  a full-page interstitial (role=alertdialog) the user must read before going on; the
//            page behind it does not scroll while it is shown.
//
// Both speak to the strongest category of the verdict (verdict.categories[0]): its headline and
// its advice, with the reporting channel that fits. Both show the three strongest reasons (the
// engine sorts them) and a "Show all reasons (N)" toggle for the rest; every reason stays in the
// DOM as <li class="reason" data-rule>, the extra ones with the `hidden` attribute.
//
// Rules kept here: no innerHTML (page words reach us as evidence: they only ever go into
// textContent), no customElements (Chromium content scripts have no registry), styles inside the
// shadow root that apply even on pages whose CSP forbids inline styles (see applyStyles), px units
// (rem would follow the page's root font size). Classic script.
(() => {
  const { api } = globalThis.WASPADA_PLATFORM;
  const { t } = globalThis.WaspadaI18n;
  const TAG = 'waspada-alert';
  const TOP_REASONS = 3; // shown at first; the rest behind "Show all reasons (N)"
  const MAX_REASONS = 40; // a bound on what a hostile verdict could make us draw
  const MAX_EVIDENCE = 160;
  const KP2MI = 'https://siskop2mi.bp2mi.go.id'; // KP2MI: licensed placement agencies for work abroad

  // What to do, per category (design.md contract 3), strongest advice first: [message key, link?].
  // The keys live in _locales; a category without an entry gets DEFAULT_TODO. Where to report
  // comes after, from shared/report.js (reportBlock).
  const TODO = Object.freeze({
    gambling: [['todoGamblingNoDeposit'], ['todoGamblingLosses']],
    phishing: [['todoPhishingNoInput'], ['todoPhishingEntered']],
    malware: [['todoMalwareNoInstall'], ['todoMalwareInstalled']],
    job: [['todoJobNoFee'], ['todoJobAbroad', KP2MI]],
    marketplace: [['todoMarketplacePay'], ['todoNoTransfer']],
    investment: [['todoInvestmentCheck'], ['todoNoTransfer']],
    loan: [['todoLoanLicensed'], ['todoLoanData']],
    prize: [['todoPrizeNoFee'], ['todoNoOtp']],
    impersonation: [['todoImpersonationVerify'], ['todoNoTransfer']],
    'tech-support': [['todoTechNoCall'], ['todoTechClose']],
    crypto: [['todoCryptoNoSend'], ['todoNoTransfer']],
  });
  const DEFAULT_TODO = Object.freeze([['todoNoTransfer'], ['todoNoOtp'], ['todoCallBank']]);

  let current = null; // { host, level, cleanup }

  /** createElement with text children and attributes; strings become text nodes, never markup. */
  function h(tag, attrs = {}, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (typeof value === 'function') el.addEventListener(name, value);
      else if (value === true) el.setAttribute(name, '');
      else if (value !== false && value != null) el.setAttribute(name, String(value));
    }
    el.append(...children.filter((c) => c != null));
    return el;
  }

  function shieldIcon(size) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', size);
    svg.setAttribute('height', size);
    svg.setAttribute('aria-hidden', 'true');
    const shield = document.createElementNS(ns, 'path');
    shield.setAttribute('d', 'M12 2 20 5v6c0 5.2-3.4 9.6-8 11-4.6-1.4-8-5.8-8-11V5z');
    shield.setAttribute('class', 'shield');
    const mark = document.createElementNS(ns, 'path');
    mark.setAttribute('d', 'M11 7h2v7h-2zM11 15.5h2v2h-2z');
    mark.setAttribute('class', 'mark');
    svg.append(shield, mark);
    return svg;
  }

  function clipEvidence(text) {
    const s = String(text ?? '').replace(/\s+/g, ' ').trim();
    return s.length > MAX_EVIDENCE ? `${s.slice(0, MAX_EVIDENCE - 1)}…` : s;
  }

  /**
   * The reasons, strongest first (the engine's order): the first TOP_REASONS shown, the rest in
   * the same list with `hidden`, and after the list a "Show all reasons (N)" button that shows or
   * hides them. (Not aria-expanded: the banner has exactly one disclosure button, "Why?". Opening
   * moves the focus to the first reason it revealed instead, so a screen reader reads on from there.)
   */
  function reasonList(reasons, id) {
    const all = (reasons ?? []).slice(0, MAX_REASONS);
    const list = h('ul', { class: 'reasons', id });
    const items = all.map((reason, i) => {
      const evidence = clipEvidence(reason.evidence);
      return h('li', { class: 'reason', 'data-rule': reason.rule ?? '', hidden: i >= TOP_REASONS },
        h('span', { class: 'reason-message' }, String(reason.message ?? '')),
        evidence ? h('span', { class: 'reason-evidence' }, t('evidenceLabel'), ' ', h('q', {}, evidence)) : null);
    });
    list.append(...items);
    const extra = items.slice(TOP_REASONS);
    if (!extra.length) return list;
    const label = (open) => (open ? t('reasonsShowFewer') : t('reasonsShowAll', all.length));
    const toggle = h('button', {
      type: 'button', class: 'more', 'aria-controls': id,
      click: () => {
        const open = extra[0].hidden;
        for (const li of extra) li.hidden = !open;
        toggle.textContent = label(open);
        if (open) {
          extra[0].tabIndex = -1;
          extra[0].focus();
        }
      },
    }, label(false));
    return h('div', { class: 'reason-block' }, list, toggle);
  }

  /** The verdict's strongest category that we have words for (verdict.categories[0] in practice), or ''. */
  function mainCategory(verdict) {
    const categories = [...(verdict?.categories ?? []), ...(verdict?.reasons ?? []).map((r) => r?.category)];
    return categories.map(String).find((c) => Object.hasOwn(TODO, c)) ?? '';
  }

  /** `base_<category>` when the locale has it, else `base` (t() answers a missing key with the key). */
  function tFor(base, category, ...subs) {
    if (category) {
      const key = `${base}_${category.replaceAll('-', '_')}`;
      const text = t(key, ...subs);
      if (text && text !== key) return text;
    }
    return t(base, ...subs);
  }

  function todoList(category) {
    return h('ul', { class: 'todo' }, ...(TODO[category] ?? DEFAULT_TODO).map(([key, href]) =>
      h('li', {}, t(key), ...(href ? [' ', link(href)] : []))));
  }

  function link(href) {
    return h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, new URL(href).hostname);
  }

  /** "Before you transfer money, call Budi: 0812…" (family mode), or null when no contact is set. */
  function familyLine(family) {
    if (!family?.name || !family?.phone) return null;
    return h('p', { class: 'family', id: 'waspada-family' },
      t('familyCall', family.name), ' ',
      h('a', { href: `tel:${family.phone.replace(/[^\d+]/g, '')}`, class: 'phone' }, family.phone));
  }

  /**
   * The helplines of the pack's publisher (an NGO's own pack), or null: "Not sure? Ask before
   * you send money…: <name> <phone> (<hours>) <site>".
   */
  function helplineBlock(helplines, id) {
    const usable = globalThis.WaspadaReport?.helplines(helplines) ?? [];
    if (!usable.length) return null;
    return h('div', { class: 'helplines', id },
      h('p', { class: 'helpline-intro' }, t('helplineIntro')),
      h('ul', {}, ...usable.map((x) => h('li', {},
        h('strong', {}, x.name),
        ...(x.phone ? [' ', h('a', { href: `tel:${x.tel}`, class: 'phone' }, x.phone)] : []),
        ...(x.hours ? [' ', h('span', { class: 'hours' }, `(${x.hours})`)] : []),
        ...(x.url ? [' ', link(x.url)] : [])))));
  }

  /**
   * "Situs ini aman" (trust this site): a first click asks to confirm (and for the PIN when the
   * settings are locked); the confirmation adds the site to the allow list through the background.
   * `onTrust(pin)` resolves to the background's answer {ok, needPin, wrongPin}.
   */
  function trustBlock(site, { locked, onTrust }) {
    const status = h('p', { class: 'trust-status', id: 'waspada-trust-status', role: 'alert' });
    const pin = locked ? h('input', {
      id: 'waspada-pin', type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: '8',
      pattern: '[0-9]*', 'aria-describedby': 'waspada-trust-status',
    }) : null;
    const yes = h('button', { type: 'button', class: 'confirm', id: 'waspada-trust-yes' }, t('trustConfirm'));
    const no = h('button', { type: 'button', class: 'link-button', id: 'waspada-trust-no' }, t('trustCancel'));
    const confirm = h('div', { class: 'trust-confirm', id: 'waspada-trust-confirm', hidden: true },
      h('p', {}, t('trustQuestion', site)),
      locked ? h('label', { for: 'waspada-pin', class: 'pin-label' }, t('trustPinLabel')) : null,
      pin,
      h('div', { class: 'row' }, yes, no),
      status);
    // Not a disclosure (the banner keeps exactly one aria-expanded button, "Kenapa?"): the button
    // gives way to the question, which takes the focus; "Batal" brings the button back.
    const open = h('button', { type: 'button', class: 'trust', id: 'waspada-trust' }, t('trustButton'));
    open.addEventListener('click', () => {
      confirm.hidden = false;
      open.hidden = true;
      (pin ?? yes).focus();
    });
    no.addEventListener('click', () => {
      confirm.hidden = true;
      open.hidden = false;
      status.textContent = '';
      open.focus();
    });
    const submit = async () => {
      if (locked && !/^\d{4,8}$/.test(pin.value)) {
        status.textContent = t('pinFormat');
        pin.focus();
        return;
      }
      yes.disabled = true;
      status.textContent = '';
      const answer = await onTrust?.(pin?.value ?? '').catch(() => null);
      yes.disabled = false;
      if (answer?.ok) return void remove();
      status.textContent = answer?.wrongPin ? t('pinWrong') : answer?.needPin ? t('pinNeeded') : t('trustFailed');
      if (pin) {
        pin.value = '';
        pin.focus();
      }
    };
    yes.addEventListener('click', submit);
    pin?.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') submit();
    });
    return h('div', { class: 'trust-block' }, open, confirm);
  }

  /** Put `text` on the clipboard from a click: the async API where the page allows it, else a selection copy. */
  async function copyText(text, area) {
    try {
      if (navigator.clipboard && globalThis.isSecureContext) {
        await navigator.clipboard.writeText(text);
        return true;
      }
    } catch {
      // denied (no focus, policy): fall back to the selection
    }
    const details = area.closest('details');
    if (details) details.open = true;
    area.focus();
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    return ok;
  }

  /**
   * "Report it": one button per official channel that fits the verdict (shared/report.js). A click
   * copies the report text (URL, reasons, quoted evidence) and opens the channel in a new tab;
   * nothing is sent by Waspada. The text is also shown, to copy by hand if the clipboard refuses.
   */
  function reportBlock(verdict) {
    const Report = globalThis.WaspadaReport;
    if (!Report) return null;
    const channels = Report.channelsFor(verdict, 'page');
    if (!channels.length) return null;
    const text = Report.reportText(verdict, { where: location.href, t });
    const area = h('textarea', { class: 'report-text', id: 'waspada-report-text', readonly: true, rows: '5',
      'aria-label': t('reportTextLabel') });
    area.value = text;
    const status = h('p', { class: 'report-status', id: 'waspada-report-status', role: 'status' });
    const bank = Report.bankFor(verdict);
    const items = channels.map((c) => {
      const button = h('button', { type: 'button', class: 'report', 'data-channel': c.id }, t(`report_${c.id}`, c.host));
      button.addEventListener('click', async () => {
        const copied = await copyText(text, area);
        status.textContent = copied ? t('reportCopied', c.host) : t('reportCopyFailed', c.host);
        api.runtime.sendMessage({ type: 'openReport', channel: c.id }).catch(() => {});
      });
      const help = c.id === 'iasc'
        ? h('span', { class: 'report-help' }, bank ? t('reportBankCall', bank.name, bank.phone) : t('reportBankCallAny'))
        : null;
      return h('li', {}, button, help);
    });
    return h('div', { class: 'report-block' },
      h('p', { class: 'report-intro' }, t('reportIntro')),
      h('ul', { class: 'report-list' }, ...items),
      status,
      h('details', {}, h('summary', {}, t('reportTextLabel')), area));
  }

  // A constructed stylesheet first: Firefox applies a page's CSP (style-src) even to a <style>
  // that a content script inserts, but not to CSSOM. Chromium exempts both; <style> is the fallback.
  function applyStyles(root, css) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
    } catch {
      root.append(h('style', {}, css));
    }
  }

  function mount(level, css, { popover = false } = {}) {
    remove();
    const host = document.createElement(TAG);
    host.setAttribute('level', level);
    host.setAttribute('scope', 'page');
    const root = host.attachShadow({ mode: 'open' });
    applyStyles(root, css);
    // On <html>, not <body>: single-page apps replace <body>.
    document.documentElement.append(host);
    // The top layer paints above anything the page can stack with z-index, so a scam page cannot
    // simply cover the warning. (The interstitial gets there as a modal <dialog>, see keepModal.)
    if (popover) {
      try {
        host.setAttribute('popover', 'manual');
        host.showPopover();
      } catch {
        host.removeAttribute('popover'); // no Popover API: the max z-index has to do
      }
    }
    return { host, root };
  }

  /** A hostile page may delete the element: put it back, a bounded number of times. Returns the cleanup. */
  function guardAgainstRemoval(host, alsoOnCleanup) {
    let restores = 0;
    const guard = new MutationObserver(() => {
      if (!host.isConnected && current?.host === host && restores++ < 10) {
        document.documentElement.append(host);
        if (host.hasAttribute('popover')) {
          try {
            host.showPopover();
          } catch {
            // already open, or no Popover API
          }
        }
      }
    });
    guard.observe(document.documentElement, { childList: true });
    return () => {
      guard.disconnect();
      alsoOnCleanup?.();
    };
  }

  function remove() {
    if (!current) return;
    current.cleanup?.();
    current.host.remove();
    current = null;
  }

  // ---- warning: the banner ------------------------------------------------------------------

  function showBanner(verdict, { site, family, helplines, locked, managed, onDismiss, onTrust } = {}) {
    const { host, root } = mount('warning', BANNER_CSS, { popover: true });
    const category = mainCategory(verdict);
    const report = reportBlock(verdict);
    const help = helplineBlock(helplines, 'waspada-helplines');
    const details = h('div', { class: 'details', id: 'waspada-details', hidden: true },
      h('h2', {}, t('dangerReasonsHeading')),
      reasonList(verdict.reasons, 'waspada-banner-reasons'),
      h('h2', {}, t('dangerTodoHeading')),
      todoList(category),
      help ? h('h2', {}, t('helplineHeading')) : null,
      help,
      report ? h('h2', {}, t('reportHeading')) : null,
      report,
      managed ? null : trustBlock(site || location.hostname, { locked, onTrust }));
    const why = h('button', {
      type: 'button', class: 'why', id: 'waspada-why', 'aria-expanded': 'false', 'aria-controls': 'waspada-details',
      click: () => {
        const open = details.hidden;
        details.hidden = !open;
        why.setAttribute('aria-expanded', String(open));
        why.textContent = open ? t('bannerWhyHide') : t('bannerWhy');
      },
    }, t('bannerWhy'));
    // Closing is remembered per site, unless the settings are locked: then it lasts until the next
    // visit (remembering it would change a setting), and the button says so.
    const closeLabel = locked ? t('bannerCloseNow') : t('bannerClose');
    const close = h('button', {
      type: 'button', class: 'close', id: 'waspada-close', 'aria-label': closeLabel, title: closeLabel,
      click: () => {
        remove();
        onDismiss?.();
      },
    }, '×');
    // One line on a wide screen: the category's headline, then (where there is room) the advice.
    // With a family contact set, the line names who to call instead of the general advice.
    const call = familyLine(family);
    const bar = h('div', { class: 'bar' },
      shieldIcon(22),
      h('p', { class: 'message', role: 'alert' },
        h('strong', {}, tFor('bannerTitle', category)), ' ',
        call ? h('span', { class: 'family-inline' }, ...call.childNodes) : h('span', { class: 'extra' }, t('bannerText'))),
      h('div', { class: 'buttons' }, why, close));
    root.append(h('div', { class: `banner${family?.largeText ? ' large' : ''}`, role: 'region', 'aria-label': t('alertLabel') },
      bar, details));
    current = { host, level: 'warning', cleanup: guardAgainstRemoval(host, reserveTopSpace(host, bar, () => !details.hidden)) };
    return host;
  }

  /**
   * Gives the banner its own space instead of drawing it over the page: the document is pushed
   * down by the bar's height (margin-top on <html>, scroll-padding-top for in-page links), and so
   * are the page's own bars that would otherwise sit under it: fixed or stuck-sticky elements at
   * the top of the viewport, and absolutely placed ones at the top of the document. Only inline
   * styles are touched (CSSOM: allowed under any CSP), each saved and restored exactly on cleanup.
   * The details panel ("Why?") is not reserved: it opens over the page while the reader asks for it,
   * and while it is open (`panelOpen()`) the page is not moved (its longer button label may wrap
   * the bar to one more line). Returns the cleanup.
   */
  function reserveTopSpace(host, bar, panelOpen) {
    const html = document.documentElement;
    const saved = new Map(); // element → Map(property → [inline value, priority])
    const shifted = new Map(); // element → { base: its own top in px, value: the top we set }
    let height = 0;
    let timer = 0;

    const px = (value) => {
      const n = parseFloat(value);
      return Number.isFinite(n) ? n : null;
    };
    function set(el, prop, value) {
      let props = saved.get(el);
      if (!props) saved.set(el, (props = new Map()));
      if (!props.has(prop)) props.set(prop, [el.style.getPropertyValue(prop), el.style.getPropertyPriority(prop)]);
      el.style.setProperty(prop, value, 'important');
    }
    function restoreAll() {
      for (const [el, props] of saved) {
        for (const [prop, [value, priority]] of props) {
          if (value) el.style.setProperty(prop, value, priority);
          else el.style.removeProperty(prop);
        }
      }
      saved.clear();
      shifted.clear();
    }

    // The page's own values, read once before we change anything.
    const rootStyle = getComputedStyle(html);
    const baseMargin = px(rootStyle.marginTop) ?? 0;
    const basePadding = px(rootStyle.scrollPaddingTop) ?? 0; // 'auto' counts as 0

    function shift(el, base) {
      const value = `${Math.round(base + height)}px`;
      set(el, 'top', value);
      shifted.set(el, { base, value });
    }

    /** Is `el` (with its computed style) one of the page's bars the banner would cover? */
    function covered(el, cs) {
      const pos = cs.position;
      if (pos !== 'fixed' && pos !== 'sticky' && pos !== 'absolute') return false;
      const r = el.getBoundingClientRect();
      // Full-screen layers (dialogs, app shells) are not bars: moving them would cut off their bottom.
      if (r.height <= 0 || r.height > innerHeight * 0.5 || r.bottom <= 0) return false;
      if (px(cs.top) === null) return false; // top: auto, placed by the flow
      return pos === 'absolute' ? r.top + scrollY < height : r.top < height;
    }

    // Look under the bar for what it covers: a few points across its width, the outermost
    // covered element of each stack. Cheap (a dozen hit tests), so it can run on scroll.
    function probe() {
      timer = 0;
      if (!host.isConnected) return;
      const barHeight = Math.ceil(bar.getBoundingClientRect().height);
      if (barHeight !== height && !panelOpen()) return void apply(barHeight); // apply() probes again
      if (!height) return;
      const width = html.clientWidth || innerWidth;
      const styles = new Map();
      const style = (el) => styles.get(el) ?? styles.set(el, getComputedStyle(el)).get(el);
      for (const [el, { value }] of shifted) {
        // The page rewrote the top we set (or dropped the element): measure it afresh.
        if (!el.isConnected || el.style.getPropertyValue('top') !== value) shifted.delete(el);
      }
      for (const y of [1, Math.max(1, height - 2)]) {
        for (const f of [0.01, 0.12, 0.25, 0.4, 0.5, 0.6, 0.75, 0.88, 0.99]) {
          for (const hit of document.elementsFromPoint(Math.floor(width * f), y)) {
            if (hit === host || hit === html || hit === document.body) continue;
            let outermost = null;
            for (let el = hit; el && el !== html && el !== document.body; el = el.parentElement) {
              if (el === host) break;
              if (shifted.has(el)) {
                outermost = null; // already moved with (or as) an ancestor
                break;
              }
              if (covered(el, style(el))) outermost = el;
            }
            if (outermost) shift(outermost, px(style(outermost).top) ?? 0);
          }
        }
      }
    }
    const probeSoon = () => {
      if (!timer) timer = setTimeout(probe, 150);
    };

    function apply(newHeight) {
      height = Math.ceil(newHeight) || 0;
      set(html, 'margin-top', `${baseMargin + height}px`);
      set(html, 'scroll-padding-top', `${basePadding + height}px`);
      for (const [el, { base }] of shifted) shift(el, base);
      probe();
    }

    const resized = new ResizeObserver(() => {
      if (!panelOpen()) apply(bar.getBoundingClientRect().height);
    });
    resized.observe(bar);
    apply(bar.getBoundingClientRect().height);
    // Bars that appear later: on scroll (a header that becomes fixed), resize, and now and then.
    addEventListener('scroll', probeSoon, { passive: true, capture: true });
    addEventListener('resize', probeSoon, { passive: true });
    const every = setInterval(probe, 2000);
    return () => {
      resized.disconnect();
      removeEventListener('scroll', probeSoon, { capture: true });
      removeEventListener('resize', probeSoon);
      clearInterval(every);
      clearTimeout(timer);
      restoreAll();
    };
  }

  // ---- danger: the interstitial -------------------------------------------------------------

  function leaveToSafety() {
    // Back is the natural way out; when there is nowhere to go back to (a link opened in a new
    // tab) or "back" stays in this page (a same-document entry), the background takes the tab
    // to Waspada's own "you are safe" page.
    const leave = () => api.runtime.sendMessage({ type: 'leave' })
      .catch(() => location.replace('about:blank'));
    if (history.length <= 1) return void leave();
    const timer = setTimeout(leave, 800);
    // Leaving (or being frozen in the back-forward cache) cancels the fallback.
    addEventListener('pagehide', () => clearTimeout(timer), { once: true });
    history.back();
  }

  function trapFocus(root, event) {
    if (event.key !== 'Tab') return;
    const focusable = Array.from(root.querySelectorAll('button:not([disabled]), a[href], input, textarea, summary'))
      .filter((el) => el.getClientRects().length > 0);
    const first = focusable[0];
    const last = focusable.at(-1);
    const active = root.activeElement;
    if (event.shiftKey && (active === first || !active)) {
      last.focus();
      event.preventDefault();
    } else if (!event.shiftKey && (active === last || !active)) {
      first.focus();
      event.preventDefault();
    }
  }

  function showInterstitial(verdict, { site, family, helplines, locked, managed, onProceed, onTrust } = {}) {
    const { host, root } = mount('danger', DANGER_CSS);
    const category = mainCategory(verdict);
    const back = h('button', { type: 'button', class: 'primary', id: 'waspada-back', click: leaveToSafety }, t('dangerBack'));
    const proceed = h('button', {
      type: 'button', class: 'secondary', id: 'waspada-proceed',
      click: () => {
        remove();
        onProceed?.();
      },
    }, t('dangerProceed'));
    const report = reportBlock(verdict);
    const help = helplineBlock(helplines, 'waspada-helplines');
    const dialog = h('dialog', {
      class: 'overlay', role: 'alertdialog', 'aria-modal': 'true',
      'aria-labelledby': 'waspada-title', 'aria-describedby': 'waspada-intro',
      'data-category': category || null,
      keydown: (e) => trapFocus(root, e),
      // Escape would close a modal <dialog>: reading this screen is not optional.
      cancel: (e) => e.preventDefault(),
    }, h('div', { class: `content${family?.largeText ? ' large' : ''}` },
      h('div', { class: 'brand' }, shieldIcon(40), h('span', {}, 'Waspada')),
      // What this page is, in the words of its strongest category, then what that means.
      h('h1', { id: 'waspada-title' }, tFor('dangerTitle', category)),
      h('p', { id: 'waspada-intro', class: 'intro' }, tFor('dangerIntro', category, site || location.hostname)),
      // The safe way out comes first, visible without scrolling even on a phone; going on anyway
      // sits at the very end, below the reasons and the advice, so it is a deliberate choice.
      h('div', { class: 'actions' }, back),
      familyLine(family),
      h('section', { class: 'card', 'aria-labelledby': 'waspada-why-heading' },
        h('h2', { id: 'waspada-why-heading' }, t('dangerReasonsHeading')),
        reasonList(verdict.reasons, 'waspada-reasons')),
      h('section', { class: 'card', 'aria-labelledby': 'waspada-todo-heading' },
        h('h2', { id: 'waspada-todo-heading' }, t('dangerTodoHeading')),
        todoList(category)),
      // An NGO's pack names who to ask: right after what to do, before reporting.
      help ? h('section', { class: 'card', 'aria-labelledby': 'waspada-helpline-heading' },
        h('h2', { id: 'waspada-helpline-heading' }, t('helplineHeading')), help) : null,
      report ? h('section', { class: 'card', 'aria-labelledby': 'waspada-report-heading' },
        h('h2', { id: 'waspada-report-heading' }, t('reportHeading')), report) : null,
      // Going on, or trusting the site for good, are the deliberate choices at the very end.
      // (No trust button when an organisation locked the settings: no PIN would open it.)
      h('div', { class: 'actions end' }, proceed, managed ? null : trustBlock(site || location.hostname, { locked, onTrust })),
      h('p', { class: 'footer' }, t('privacyNote'))));
    root.append(dialog);
    const unlock = lockPageScroll();
    const unmodal = keepModal(dialog);
    current = {
      host,
      level: 'danger',
      cleanup: guardAgainstRemoval(host, () => {
        unmodal();
        unlock();
      }),
    };
    dialog.scrollTop = 0;
    back.focus();
    return host;
  }

  /**
   * While the interstitial is shown it is the only thing that scrolls: the page's own scrollbar
   * (Firefox draws it next to the dialog's) and wheel/touch scrolling of the page behind are
   * switched off through inline styles on <html> and <body>, restored exactly on cleanup. The
   * page's scroll position is kept. Returns the cleanup.
   */
  function lockPageScroll() {
    const saved = [];
    const x = scrollX;
    const y = scrollY;
    for (const el of [document.documentElement, document.body]) {
      if (!el) continue;
      for (const prop of ['overflow', 'overscroll-behavior']) {
        saved.push([el, prop, el.style.getPropertyValue(prop), el.style.getPropertyPriority(prop)]);
        el.style.setProperty(prop, prop === 'overflow' ? 'hidden' : 'none', 'important');
      }
    }
    return () => {
      for (const [el, prop, value, priority] of saved) {
        if (value) el.style.setProperty(prop, value, priority);
        else el.style.removeProperty(prop);
      }
      if (scrollX !== x || scrollY !== y) scrollTo(x, y);
    };
  }

  /**
   * Shows the interstitial as a modal <dialog>: the browser then makes the page behind inert (no
   * clicks, no Tab, hidden from screen readers) and keeps the dialog above it. A page's own modal
   * dialog would make ours inert in turn, so while ours is up, the page's are closed. Returns the cleanup.
   */
  function keepModal(dialog) {
    const show = () => {
      try {
        if (!dialog.open) dialog.showModal();
      } catch {
        dialog.open = true; // not connected yet, or no modal support: shown in place, still on top
      }
    };
    show();
    const timer = setInterval(() => {
      for (const other of document.querySelectorAll('dialog[open]')) {
        if (other.matches(':modal')) other.close();
      }
      if (dialog.isConnected) show(); // also after the element was put back by the removal guard
    }, 500);
    // Escape pressed twice closes a modal dialog even when its cancel event is prevented.
    const reopen = () => setTimeout(() => current?.level === 'danger' && show(), 0);
    dialog.addEventListener('close', reopen);
    return () => {
      clearInterval(timer);
      dialog.removeEventListener('close', reopen);
    };
  }

  // ---- styles -------------------------------------------------------------------------------

  // :host rules are !important so the page's own CSS (even `* {display:none !important}`) loses:
  // for important declarations the shadow tree's context wins over the page's.
  const HOST_BASE = `
    all: initial !important; display: block !important; position: fixed !important;
    z-index: 2147483647 !important; margin: 0 !important; border: 0 !important; padding: 0 !important;
    box-sizing: border-box !important; max-width: none !important; visibility: visible !important;
    opacity: 1 !important; transform: none !important; pointer-events: auto !important;
    font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif !important;
    color-scheme: light !important;`;
  const COMMON_CSS = `
    *, *::before, *::after { box-sizing: border-box; }
    [hidden] { display: none !important; }
    button { font: inherit; cursor: pointer; border-radius: 8px; min-height: 44px; }
    :focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
    ul { margin: 0; padding: 0 0 0 20px; }
    .reason { margin: 6px 0; }
    .reason-message { display: block; }
    .reason-evidence { display: block; font-size: 14px; color: #4a3b2a; overflow-wrap: anywhere; }
    q { font-style: italic; }
    .more { display: inline-block; margin: 4px 0 0; min-height: 40px; padding: 6px 14px; background: #fff;
      border: 1px solid currentColor; font-weight: 600; text-align: start; }
    .large { zoom: 1.25; }
    .family { font-weight: 700; }
    .phone { white-space: nowrap; }
    .report-intro { margin: 0 0 6px; }
    .helpline-intro { margin: 0 0 6px; }
    .helplines ul { list-style: none; padding: 0; }
    .helplines li { margin: 4px 0; }
    .report-list { list-style: none; padding: 0; margin: 0; }
    .report-list li { margin: 0 0 8px; }
    button.report { background: #fff; color: #1e3a8a; border: 2px solid #1e3a8a; padding: 6px 14px; font-weight: 600;
      text-align: start; }
    button.report:hover { background: #dbeafe; }
    .report-help { display: block; font-size: 14px; margin-top: 2px; }
    .report-status { font-weight: 600; margin: 4px 0; min-height: 1em; }
    details summary { cursor: pointer; min-height: 32px; padding: 4px 0; text-decoration: underline; }
    textarea.report-text { width: 100%; font: 13px/1.4 ui-monospace, monospace; color: #1f2937; background: #f9fafb;
      border: 1px solid #6b7280; border-radius: 6px; padding: 6px; }
    .trust-block { display: inline-block; }
    .trust-confirm { margin-top: 8px; max-width: 460px; }
    .trust-confirm p { margin: 0 0 8px; }
    .trust-confirm .row { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
    .pin-label { display: block; font-weight: 600; }
    input#waspada-pin { font: inherit; font-size: 20px; letter-spacing: 4px; width: 9em; min-height: 44px; padding: 4px 8px;
      border: 2px solid #374151; border-radius: 8px; background: #fff; color: #111827; }
    .trust-status { font-weight: 700; margin: 6px 0 0; }
    .trust-status:empty { display: none; }`;

  const BANNER_CSS = `
    :host { ${HOST_BASE} top: 0 !important; left: 0 !important; right: 0 !important; bottom: auto !important;
      width: 100% !important; height: auto !important; max-height: 100vh !important;
      overflow: auto !important; background: transparent !important; }
    ${COMMON_CSS}
    .banner { background: #fff4d6; color: #1f1a14; border-bottom: 3px solid #b35300;
      box-shadow: 0 1px 6px rgba(0,0,0,.2); }
    .bar { display: flex; align-items: center; gap: 8px; max-width: 1200px; margin: 0 auto; padding: 3px 6px 3px 12px; }
    .shield { fill: #b35300; } .mark { fill: #fff; }
    svg { flex: none; }
    .message { flex: 1 1 auto; min-width: 0; margin: 0; font-size: 15px; line-height: 1.35; }
    .message strong { font-weight: 700; }
    .buttons { display: flex; align-items: center; gap: 4px; flex: none; }
    .why { background: #fff; color: #6b3200; border: 2px solid #6b3200; padding: 4px 12px; font-weight: 600;
      min-height: 40px; }
    .why:hover { background: #fde7b0; }
    .close { background: transparent; color: #3d2600; border: 0; width: 40px; min-height: 40px; padding: 0;
      font-size: 26px; line-height: 1; }
    .close:hover { background: #fde7b0; }
    .details { max-width: 1100px; margin: 0 auto 8px; padding: 4px 14px 10px; background: #fff;
      border: 1px solid #e2c48a; border-radius: 8px; max-height: calc(100vh - 90px); overflow: auto;
      overscroll-behavior: contain; }
    .details h2 { font-size: 15px; margin: 8px 0 4px; color: #6b3200; }
    .more { color: #6b3200; }
    .more:hover { background: #fde7b0; }
    .todo li { margin: 4px 0; }
    a { color: #1d4ed8; font-weight: 600; }
    .family-inline { font-weight: 700; }
    .family-inline a { color: #1e3a8a; }
    button.trust { background: #fff; color: #14532d; border: 2px solid #14532d; padding: 6px 14px; font-weight: 600;
      margin-top: 10px; }
    button.confirm { background: #14532d; color: #fff; border: 0; padding: 8px 16px; font-weight: 700; }
    .link-button { background: transparent; color: #3d2600; border: 0; text-decoration: underline; padding: 8px 12px; }
    .trust-status { color: #991b1b; }
    @media (max-width: 720px) { .extra { display: none; } }
    @media (max-width: 480px) {
      /* A phone: the sentence gets the whole width (beside the buttons it was a column of one or
         two words a line); "Kenapa?" and × go on the line below, at the right. */
      .bar { padding-left: 10px; gap: 0 6px; flex-wrap: wrap; }
      .message { flex-basis: 100%; padding-top: 4px; }
      .buttons { margin-left: auto; }
      .bar > svg { display: none; } /* the words "Waspada: …" stay: one line less on a phone */
      .message { font-size: 14px; }
      .why { padding: 4px 8px; }
      .details { margin: 0 4px 6px; padding: 4px 10px 8px; }
    }`;

  const DANGER_CSS = `
    :host { ${HOST_BASE} inset: 0 !important; width: 100% !important; height: 100% !important;
      max-height: none !important; overflow: hidden !important; overscroll-behavior: contain !important;
      background: #7f1d1d !important; color: #fff !important; }
    ${COMMON_CSS}
    .overlay { position: fixed; inset: 0; width: 100%; height: 100%; max-width: none; max-height: none;
      margin: 0; border: 0; padding: 32px 16px 24px; overflow: auto; overscroll-behavior: contain;
      background: #7f1d1d; color: #fff; font: inherit; scrollbar-color: #fecaca #7f1d1d; }
    .overlay::backdrop { background: #7f1d1d; }
    .content { max-width: 680px; margin: 0 auto; }
    .brand { display: flex; align-items: center; gap: 10px; font-weight: 700; font-size: 20px; }
    .shield { fill: #fff; } .mark { fill: #7f1d1d; }
    h1 { font-size: 28px; line-height: 1.25; margin: 20px 0 8px; }
    .intro { font-size: 18px; margin: 0 0 20px; }
    .card { background: #fff; color: #1f2937; border-radius: 12px; padding: 16px 18px; margin: 0 0 16px; }
    h2 { font-size: 18px; margin: 0 0 8px; color: #7f1d1d; }
    .reason-evidence { color: #5b2121; }
    .todo li { margin: 6px 0; }
    a { color: #1d4ed8; font-weight: 600; }
    .more { color: #7f1d1d; }
    .more:hover { background: #fee2e2; }
    .actions { display: flex; flex-wrap: wrap; gap: 12px; margin: 0 0 24px; }
    .actions.end { margin: 24px 0 16px; }
    .primary { background: #fff; color: #7f1d1d; border: 0; padding: 12px 24px; font-size: 18px; font-weight: 700; }
    .primary:hover { background: #fee2e2; }
    .secondary { background: transparent; color: #fff; border: 1px solid rgba(255,255,255,.75);
      padding: 10px 16px; text-decoration: underline; }
    .secondary:hover { background: rgba(255,255,255,.12); }
    :focus-visible { outline-color: #fff; }
    .card :focus-visible { outline-color: #0b57d0; }
    .footer { font-size: 14px; margin: 0; }
    .family { font-size: 20px; background: #fff; color: #7f1d1d; border-radius: 12px; padding: 12px 18px; margin: 0 0 16px; }
    .family a { color: #1e3a8a; }
    .actions.end { align-items: flex-start; }
    button.trust { background: transparent; color: #fff; border: 1px solid rgba(255,255,255,.75); padding: 10px 16px;
      text-decoration: underline; }
    button.trust:hover, .link-button:hover { background: rgba(255,255,255,.12); }
    button.confirm { background: #fff; color: #7f1d1d; border: 0; padding: 10px 16px; font-weight: 700; }
    .link-button { background: transparent; color: #fff; border: 0; text-decoration: underline; padding: 10px 12px; }
    .trust-status { color: #fff; background: #450a0a; padding: 4px 8px; border-radius: 6px; }
    @media (max-width: 480px) {
      h1 { font-size: 23px; }
      .intro { font-size: 16px; }
      .actions button { width: 100%; }
    }`;

  /** The level on screen, or null (also when the page deleted our element). */
  const shownLevel = () => (current?.host.isConnected ? current.level : null);

  globalThis.WaspadaAlert = Object.freeze({ showBanner, showInterstitial, remove, shownLevel, TAG });
})();
