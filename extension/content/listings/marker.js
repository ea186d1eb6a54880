//# allFunctionsCalledOnLoad
// (A V8 compile hint: every function here is compiled with the file, once, rather than
// pre-parsed now and parsed again on its first call; see ARCHITECTURE.md, listings.)
// The marker on a risky listing card: <waspada-alert level="warning|danger" scope="listing">
// (design contract 4), its content in an open shadow root. A zero-size, out-of-flow host is the
// card's first child, so the card's layout does not move; the badge floats over the card's
// top-left corner.
// Clicking it opens a panel (a popover in the top layer, so a card's overflow:hidden cannot clip
// it) with the reasons and what to do. Clicks on the marker never reach the card (which is often
// a link). Only textContent: nothing from the page or the verdict is parsed as markup.
// Exposes globalThis.WaspadaListingMarker.
(() => {
  const TAG = 'waspada-alert';
  const { t: i18n } = globalThis.WaspadaI18n;
  const MAX_REASONS = 3;

  // The badge's styles go in with every marker; the panel's only when a panel is first opened.
  // The host's inline `all: initial` already cuts every inherited page style, so the badge only
  // undoes the browser's own <button> styles, by name: `all` would expand to every CSS property
  // on every badge (parsed into hundreds of declarations, and applied at each style update).
  // The host's own styles live here too (:host, !important so that no page rule can move or hide
  // it: in the cascade a shadow tree's important rules beat the page's, even important ones),
  // not in a style attribute: an inline 'all: initial' is parsed into hundreds of declarations
  // on every marker, where one shared sheet is parsed once a page.
  // Out of flow (position: absolute, at its static position: the card's top-left corner), the
  // zero-size host changes no box of the card or of the grid around it, so drawing a marker
  // costs the page no relayout of the card's grid, only the placing of the marker itself.
  const BADGE_CSS = `
    :host { all: initial !important; display: block !important; position: absolute !important; width: 0 !important;
      height: 0 !important; overflow: visible !important; margin: 0 !important; padding: 0 !important;
      border: 0 !important; z-index: 10 !important; }
    .badge { appearance: none; margin: 0; box-sizing: content-box; text-align: start; letter-spacing: normal;
      text-transform: none; text-indent: 0; text-shadow: none; vertical-align: baseline; position: absolute; top: 6px; left: 6px; z-index: 2147483000;
      display: inline-flex; align-items: center; gap: 4px; padding: 3px 9px 3px 6px; border-radius: 999px;
      font: 700 12px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #fff; cursor: pointer;
      white-space: nowrap; border: 2px solid #fff; box-shadow: 0 1px 4px rgba(0,0,0,.35); }
    .badge.warning { background: #b54708; }
    .badge.danger { background: #b42318; }
    .badge:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
    /* the sign in the badge's own weight: the first marker of a page loads one font face, not two */
    .badge::before { content: "!" / ""; flex: none; width: 14px; height: 14px; border-radius: 50%; background: #fff;
      font: 700 11px/14px system-ui, sans-serif; text-align: center; }
    .badge.warning::before { color: #b54708; }
    .badge.danger::before { color: #b42318; }
  `;
  const PANEL_CSS = `
    .panel { all: initial; box-sizing: border-box; position: fixed; margin: 0; width: min(320px, 92vw);
      max-height: 70vh; overflow: auto; padding: 12px 14px; border-radius: 10px; background: #fff; color: #1f2937;
      border: 1px solid #e5e7eb; box-shadow: 0 8px 28px rgba(0,0,0,.25); z-index: 2147483647;
      font: 400 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
    .panel:not(:popover-open):not(.open) { display: none; }
    .panel.inline { position: absolute; top: 34px; left: 6px; }
    .title { display: block; font-weight: 700; font-size: 14px; margin: 0 0 6px; }
    .title.danger { color: #b42318; } .title.warning { color: #b54708; }
    ul { margin: 0 0 8px; padding-left: 18px; }
    li { margin: 0 0 6px; }
    .reason-evidence { display: block; color: #4b5563; font-style: italic; word-break: break-word; }
    .advice { display: block; margin: 6px 0 8px; padding: 6px 8px; border-radius: 6px; background: #fef3c7; font-weight: 600; }
    .helplines { margin: 0 0 8px; } .helplines p { margin: 0 0 4px; } .helplines ul { list-style: none; padding: 0; }
    .helplines a { color: #1d4ed8; } .hours { color: #4b5563; }
    .close { all: initial; font: 600 13px/1 system-ui, sans-serif; color: #1d4ed8; cursor: pointer; padding: 4px 0; }
    .close:focus-visible { outline: 2px solid #1d4ed8; }
  `;

  // Constructed stylesheets are shared by every marker (and exempt from a page's CSP style-src
  // in Firefox); a <style> is the fallback.
  const sheets = new Map();
  function addStyles(root, css) {
    try {
      let sheet = sheets.get(css);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        sheets.set(css, sheet);
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      const style = document.createElement('style');
      style.textContent = css;
      root.append(style);
    }
  }

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    node.append(...children);
    return node;
  }

  // The badge is built once and cloned for each marker (one clone is cheaper than several DOM
  // calls; a grid may hold dozens of markers). Its warning sign is drawn by CSS (.badge::before),
  // not SVG: no SVG elements to create on a page that has none.
  let protoBadge = null;
  function newBadge() {
    protoBadge ??= el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'panel' }, document.createTextNode(''));
    return protoBadge.cloneNode(true);
  }

  // Clicks on the marker never reach the card (often a link, or with its own handlers).
  const OWN_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'auxclick'];
  const PREVENTED = new Set(['click', 'auxclick']); // a card is often a link: no navigation
  function keepOwn(e) {
    e.stopPropagation();
    if (PREVENTED.has(e.type)) e.preventDefault();
  }

  const clipText = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

  function place(badge, panel) {
    const r = badge.getBoundingClientRect();
    const width = Math.min(320, innerWidth * 0.92);
    panel.style.left = `${Math.max(8, Math.min(r.left, innerWidth - width - 8))}px`;
    const below = r.bottom + 6;
    panel.style.top = below + 200 < innerHeight ? `${below}px` : `${Math.max(8, r.top - 6 - Math.min(panel.offsetHeight || 260, innerHeight * 0.7))}px`;
  }

  /**
   * An NGO pack's helplines for the panel, or null. The background checked them with
   * shared/report.js `helplines()` (the page warnings' check): `phone` is set only when it is a
   * number, `tel` is its digits, `url` only an https address.
   */
  function helplineBlock(helplines, intro) {
    const items = (Array.isArray(helplines) ? helplines : []).map((x) => {
      const li = el('li', {}, el('strong', {}, x.name));
      if (x.phone) li.append(' ', el('a', { href: `tel:${x.tel}`, class: 'phone' }, x.phone));
      if (x.hours) li.append(' ', el('span', { class: 'hours' }, `(${x.hours})`));
      if (x.url) li.append(' ', el('a', { href: x.url, target: '_blank', rel: 'noopener noreferrer' }, new URL(x.url).host));
      return li;
    });
    return items.length ? el('div', { class: 'helplines' }, el('p', {}, intro), el('ul', {}, ...items)) : null;
  }

  /**
   * Marks `card` with a verdict (warning or danger). `strings` are the marker's words as the
   * background sent them with the verdict (message key → text); a missing one comes from the
   * extension's locales (the first chrome.i18n call in a page costs ~3 ms, so it is avoided).
   * `helplines`: the pack publisher's, shown in the panel. Returns the marker, or null.
   */
  function mark(card, verdict, strings = null, helplines = null) {
    const t = (key) => strings?.[key] ?? i18n(key);
    if (verdict.level !== 'warning' && verdict.level !== 'danger') return null;
    const old = card.querySelector(`:scope > ${TAG}[scope="listing"]`);
    if (old) old.remove();
    const level = verdict.level;
    const host = document.createElement(TAG);
    host.setAttribute('level', level);
    host.setAttribute('scope', 'listing');
    const root = host.attachShadow({ mode: 'open' });
    addStyles(root, BADGE_CSS);
    const headline = t(level === 'danger' ? 'listingTitleDanger' : 'listingTitleWarning');
    const badge = newBadge();
    badge.className = `badge ${level}`;
    badge.title = `${headline} — ${t('listingBadgeHint')}`;
    badge.lastChild.data = t(level === 'danger' ? 'listingBadgeDanger' : 'listingBadgeWarning');
    root.append(badge);

    // The panel is built on the first click: most markers are never opened, and a grid may
    // hold dozens of them.
    let panel = null;
    let popover = false;
    const build = () => {
      addStyles(root, PANEL_CSS);
      const reasons = el('ul', { class: 'reasons' });
      for (const r of verdict.reasons.slice(0, MAX_REASONS)) {
        const li = el('li', { class: 'reason', 'data-rule': r.rule }, el('span', { class: 'reason-message' }, r.message));
        if (r.evidence && !r.message.includes(r.evidence)) li.append(el('span', { class: 'reason-evidence' }, `“${clipText(r.evidence, 160)}”`));
        reasons.append(li);
      }
      const close = el('button', { type: 'button', class: 'close' }, t('listingClose'));
      panel = el('div', { class: 'panel', id: 'panel', role: 'dialog', 'aria-label': headline },
        el('strong', { class: `title ${level}` }, headline), reasons, el('span', { class: 'advice' }, t('listingAdvice')));
      const help = helplineBlock(helplines, t('helplineIntro'));
      if (help) panel.append(help);
      panel.append(close);
      popover = typeof panel.showPopover === 'function';
      if (popover) panel.setAttribute('popover', 'auto');
      else panel.classList.add('inline');
      root.append(panel);
      panel.addEventListener('toggle', (e) => badge.setAttribute('aria-expanded', String(e.newState === 'open')));
      close.addEventListener('click', () => {
        setOpen(false);
        badge.focus();
      });
      panel.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') setOpen(false);
      });
    };
    const isOpen = () => Boolean(panel) && (popover ? panel.matches(':popover-open') : panel.classList.contains('open'));
    const setOpen = (open) => {
      if (open === isOpen()) return;
      if (!panel) build();
      if (popover) {
        if (open) {
          panel.showPopover();
          place(badge, panel);
        } else panel.hidePopover();
      } else panel.classList.toggle('open', open);
      badge.setAttribute('aria-expanded', String(open));
    };
    badge.addEventListener('click', () => setOpen(!isOpen()));
    // Passive where nothing is prevented: a blocking touchstart listener would hold up scrolling
    // on a touch screen (and makes the browser track blocking touch regions).
    for (const type of OWN_EVENTS) root.addEventListener(type, keepOwn, { passive: !PREVENTED.has(type) });
    card.prepend(host);
    return host;
  }

  /** Removes every listing marker from the page (after a single-page-app navigation). */
  function clear() {
    for (const m of document.querySelectorAll(`${TAG}[scope="listing"]`)) m.remove();
  }

  globalThis.WaspadaListingMarker = Object.freeze({ mark, clear });
})();
