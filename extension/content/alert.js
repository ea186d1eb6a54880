// The in-page warning (design.md contract 4): one <waspada-alert level="warning|danger" scope="page">
// whose content lives in an open shadow root.
//
// - warning: a banner fixed at the top; "Why?" expands the reasons; closing it is remembered per site.
// - danger:  a full-page interstitial (role=alertdialog) the user must read before going on.
//
// Rules kept here: no innerHTML (page words reach us as evidence: they only ever go into
// textContent), no customElements (Chromium content scripts have no registry), styles inside the
// shadow root that apply even on pages whose CSP forbids inline styles (see applyStyles), px units
// (rem would follow the page's root font size). Classic script.
(() => {
  const { api } = globalThis.WASPADA_PLATFORM;
  const { t } = globalThis.WaspadaI18n;
  const TAG = 'waspada-alert';
  const MAX_REASONS = 6;
  const MAX_EVIDENCE = 160;
  const REPORT = Object.freeze({
    site: 'https://aduankonten.id',
    account: 'https://cekrekening.id',
    lostMoney: 'https://iasc.ojk.go.id',
  });

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

  function reasonList(reasons) {
    const list = h('ul', { class: 'reasons' });
    for (const reason of (reasons ?? []).slice(0, MAX_REASONS)) {
      const evidence = clipEvidence(reason.evidence);
      list.append(h('li', { class: 'reason', 'data-rule': reason.rule ?? '' },
        h('span', { class: 'reason-message' }, String(reason.message ?? '')),
        evidence ? h('span', { class: 'reason-evidence' }, t('evidenceLabel'), ' ', h('q', {}, evidence)) : null));
    }
    return list;
  }

  function link(href) {
    return h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, new URL(href).hostname);
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

  function showBanner(verdict, { onDismiss } = {}) {
    const { host, root } = mount('warning', BANNER_CSS, { popover: true });
    const details = h('div', { class: 'details', id: 'waspada-details', hidden: true },
      reasonList(verdict.reasons),
      h('p', { class: 'advice' }, t('bannerAdvice')));
    const why = h('button', {
      type: 'button', class: 'why', id: 'waspada-why', 'aria-expanded': 'false', 'aria-controls': 'waspada-details',
      click: () => {
        const open = details.hidden;
        details.hidden = !open;
        why.setAttribute('aria-expanded', String(open));
        why.textContent = open ? t('bannerWhyHide') : t('bannerWhy');
      },
    }, t('bannerWhy'));
    const close = h('button', {
      type: 'button', class: 'close', id: 'waspada-close', 'aria-label': t('bannerClose'), title: t('bannerClose'),
      click: () => {
        remove();
        onDismiss?.();
      },
    }, '×');
    root.append(h('div', { class: 'banner', role: 'region', 'aria-label': t('alertLabel') },
      h('div', { class: 'row' },
        shieldIcon(24),
        h('p', { class: 'message', role: 'alert' }, t('bannerText')),
        h('div', { class: 'buttons' }, why, close)),
      details));
    current = { host, level: 'warning', cleanup: guardAgainstRemoval(host) };
    return host;
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
    const focusable = Array.from(root.querySelectorAll('button, a[href]'));
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

  function showInterstitial(verdict, { site, onProceed } = {}) {
    const { host, root } = mount('danger', DANGER_CSS);
    const back = h('button', { type: 'button', class: 'primary', id: 'waspada-back', click: leaveToSafety }, t('dangerBack'));
    const proceed = h('button', {
      type: 'button', class: 'secondary', id: 'waspada-proceed',
      click: () => {
        remove();
        onProceed?.();
      },
    }, t('dangerProceed'));
    const todo = h('ul', { class: 'todo' },
      h('li', {}, t('todoNoTransfer')),
      h('li', {}, t('todoNoOtp')),
      h('li', {}, t('todoCallBank')),
      h('li', {}, t('todoReportSite'), ' ', link(REPORT.site)),
      h('li', {}, t('todoReportAccount'), ' ', link(REPORT.account)),
      h('li', {}, t('todoLostMoney'), ' ', link(REPORT.lostMoney)));
    const dialog = h('dialog', {
      class: 'overlay', role: 'alertdialog', 'aria-modal': 'true',
      'aria-labelledby': 'waspada-title', 'aria-describedby': 'waspada-intro',
      keydown: (e) => trapFocus(root, e),
      // Escape would close a modal <dialog>: reading this screen is not optional.
      cancel: (e) => e.preventDefault(),
    }, h('div', { class: 'content' },
      h('div', { class: 'brand' }, shieldIcon(40), h('span', {}, 'Waspada')),
      h('h1', { id: 'waspada-title' }, t('dangerTitle')),
      h('p', { id: 'waspada-intro', class: 'intro' }, t('dangerIntro', site || location.hostname)),
      // The safe way out comes first, visible without scrolling even on a phone; going on anyway
      // sits at the very end, below the reasons and the advice, so it is a deliberate choice.
      h('div', { class: 'actions' }, back),
      h('section', { class: 'card', 'aria-labelledby': 'waspada-why-heading' },
        h('h2', { id: 'waspada-why-heading' }, t('dangerReasonsHeading')),
        reasonList(verdict.reasons)),
      h('section', { class: 'card', 'aria-labelledby': 'waspada-todo-heading' },
        h('h2', { id: 'waspada-todo-heading' }, t('dangerTodoHeading')),
        todo),
      h('div', { class: 'actions end' }, proceed),
      h('p', { class: 'footer' }, t('privacyNote'))));
    root.append(dialog);
    current = { host, level: 'danger', cleanup: guardAgainstRemoval(host, keepModal(dialog)) };
    back.focus();
    return host;
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
    button { font: inherit; cursor: pointer; border-radius: 8px; min-height: 44px; }
    :focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
    ul { margin: 0; padding: 0 0 0 20px; }
    .reason { margin: 6px 0; }
    .reason-message { display: block; }
    .reason-evidence { display: block; font-size: 14px; color: #4a3b2a; }
    q { font-style: italic; }`;

  const BANNER_CSS = `
    :host { ${HOST_BASE} top: 0 !important; left: 0 !important; right: 0 !important; bottom: auto !important;
      width: 100% !important; height: auto !important; max-height: 100vh !important;
      overflow: auto !important; background: transparent !important; }
    ${COMMON_CSS}
    .banner { background: #fff4d6; color: #1f1a14; border-bottom: 4px solid #b35300;
      box-shadow: 0 2px 10px rgba(0,0,0,.25); padding: 8px 12px; }
    .row { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; max-width: 1100px; margin: 0 auto; }
    .shield { fill: #b35300; } .mark { fill: #fff; }
    svg { flex: none; }
    .message { flex: 1 1 220px; margin: 0; font-weight: 600; }
    .buttons { display: flex; gap: 8px; margin-left: auto; }
    .why { background: #fff; color: #6b3200; border: 2px solid #6b3200; padding: 6px 14px; font-weight: 600; }
    .why:hover { background: #fde7b0; }
    .close { background: transparent; color: #3d2600; border: 0; width: 44px; font-size: 26px; line-height: 1; }
    .close:hover { background: #fde7b0; }
    .details { max-width: 1100px; margin: 8px auto 4px; padding: 10px 14px; background: #fff;
      border: 1px solid #e2c48a; border-radius: 8px; }
    .details[hidden] { display: none; }
    .advice { margin: 8px 0 0; font-weight: 600; }`;

  const DANGER_CSS = `
    :host { ${HOST_BASE} inset: 0 !important; width: 100% !important; height: 100% !important;
      max-height: none !important; overflow: auto !important; overscroll-behavior: contain !important;
      background: #7f1d1d !important; color: #fff !important; }
    ${COMMON_CSS}
    .overlay { position: fixed; inset: 0; width: 100%; height: 100%; max-width: none; max-height: none;
      margin: 0; border: 0; padding: 32px 16px 24px; overflow: auto; overscroll-behavior: contain;
      background: #7f1d1d; color: #fff; font: inherit; }
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
    .actions { display: flex; flex-wrap: wrap; gap: 12px; margin: 0 0 24px; }
    .actions.end { margin: 24px 0 16px; }
    .primary { background: #fff; color: #7f1d1d; border: 0; padding: 12px 24px; font-size: 18px; font-weight: 700; }
    .primary:hover { background: #fee2e2; }
    .secondary { background: transparent; color: #fff; border: 1px solid rgba(255,255,255,.75);
      padding: 10px 16px; text-decoration: underline; }
    .secondary:hover { background: rgba(255,255,255,.12); }
    :focus-visible { outline-color: #fff; }
    .card :focus-visible { outline-color: #0b57d0; }
    .footer { font-size: 14px; opacity: .9; margin: 0; }
    @media (max-width: 480px) {
      h1 { font-size: 23px; }
      .intro { font-size: 16px; }
      .actions button { width: 100%; }
    }`;

  /** The level on screen, or null (also when the page deleted our element). */
  const shownLevel = () => (current?.host.isConnected ? current.level : null);

  globalThis.WaspadaAlert = Object.freeze({ showBanner, showInterstitial, remove, shownLevel, TAG });
})();
