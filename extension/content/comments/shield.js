// The judol comment shield: on the sites in comments/sites.js (YouTube, TikTok, Instagram,
// Facebook), each comment that promotes online gambling is collapsed in place behind a small label,
// "Promosi judi online disembunyikan", hosted by <waspada-alert level="warning" scope="comment">
// (design.md contract 4), with a button that shows it again. The page itself is never warned for
// its comments (content/extract.js skips the comments area).
//
// Comments load late and keep loading: a MutationObserver notes that something changed (O(1) per
// callback), and a debounced pass looks for comments not seen before, reads their text, and sends
// them to the engine in the service worker in batches ({type:'scanComments', texts}). Every
// comment is judged once: a WeakMap remembers the text each element was judged on, so an element
// the site recycles for another comment (YouTube re-sorting its list) is judged again, and unfolded
// if its new text is harmless. A pass handles a bounded number of comments, and the page is never
// read more often than every DEBOUNCE_MS. Classic script; does nothing elsewhere.
(() => {
  const site = globalThis.WaspadaCommentSites?.forHost(location.hostname);
  if (!site || globalThis.__waspadaCommentShield) return;
  globalThis.__waspadaCommentShield = true;

  const I18n = globalThis.WaspadaI18n;
  const { t } = I18n;
  const TAG = 'waspada-alert';
  const LIMITS = Object.freeze({
    batch: 50, // comments per message (the background caps at the same number)
    perPass: 200, // comments judged per pass; the rest wait for the next one
    text: 2000, // characters of a comment sent
    minText: 8, // shorter comments ("wkwk", "🔥🔥") are not worth a message
  });
  const DEBOUNCE_MS = 400;

  const judged = new WeakMap(); // comment element → { text, unfold() | null }
  let timer = 0;
  let running = false;
  let again = false;
  let stopped = false;

  function textOf(comment) {
    const parts = [...comment.querySelectorAll(site.text)]
      // a reply nested in this comment is its own comment: do not read its text twice
      .filter((el) => el.closest(site.comment) === comment)
      .map((el) => el.textContent);
    return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, LIMITS.text);
  }

  async function judge(batch) {
    const answer = await globalThis.WaspadaMessaging.send({ type: 'scanComments', texts: batch.map((b) => b.text) });
    return Array.isArray(answer?.results) ? answer.results : [];
  }

  async function pass() {
    timer = 0;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const fresh = [];
      for (const comment of document.querySelectorAll(site.comment)) {
        const text = textOf(comment);
        if (!text) continue; // not rendered yet: looked at again on the next change
        const before = judged.get(comment);
        if (before?.text === text) continue;
        before?.unfold?.(); // the element now holds another comment
        judged.set(comment, { text, unfold: null });
        if (text.length >= LIMITS.minText) fresh.push({ comment, text });
        if (fresh.length >= LIMITS.perPass) {
          again = true;
          break;
        }
      }
      for (let i = 0; i < fresh.length; i += LIMITS.batch) {
        const batch = fresh.slice(i, i + LIMITS.batch);
        const results = await judge(batch);
        batch.forEach(({ comment, text }, k) => {
          const entry = judged.get(comment);
          if (results[k]?.gambling && comment.isConnected && entry?.text === text) entry.unfold = collapse(comment);
        });
      }
    } finally {
      running = false;
      if (again && !stopped) {
        again = false;
        schedule();
      }
    }
  }

  function schedule() {
    if (!timer && !stopped) timer = setTimeout(pass, DEBOUNCE_MS);
  }

  // ---- the label ----------------------------------------------------------------------------

  const CSS = `
    :host { all: initial !important; display: block !important; margin: 6px 0 !important;
      font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif !important;
      color-scheme: light !important; }
    .label { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; padding: 6px 10px;
      background: #f3f4f6; color: #1f2937; border: 1px solid #9ca3af; border-radius: 8px; }
    .text { flex: 1 1 auto; min-width: 0; }
    svg { flex: none; }
    .shield { fill: #b35300; } .mark { fill: #fff; }
    button { font: inherit; font-weight: 600; cursor: pointer; min-height: 32px; padding: 4px 12px; border-radius: 6px;
      background: #fff; color: #1e3a8a; border: 1px solid #1e3a8a; }
    button:hover { background: #dbeafe; }
    :focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }`;

  function icon() {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '18');
    svg.setAttribute('height', '18');
    svg.setAttribute('aria-hidden', 'true');
    for (const [d, cls] of [['M12 2 20 5v6c0 5.2-3.4 9.6-8 11-4.6-1.4-8-5.8-8-11V5z', 'shield'], ['M11 7h2v7h-2zM11 15.5h2v2h-2z', 'mark']]) {
      const p = document.createElementNS(ns, 'path');
      p.setAttribute('d', d);
      p.setAttribute('class', cls);
      svg.append(p);
    }
    return svg;
  }

  function styles(root) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      const style = document.createElement('style');
      style.textContent = CSS;
      root.append(style);
    }
  }

  /** Hide `comment` (inline style, saved) behind a label with a "Show" button. Returns the undo. */
  function collapse(comment) {
    const host = document.createElement(TAG);
    host.setAttribute('level', 'warning');
    host.setAttribute('scope', 'comment');
    const root = host.attachShadow({ mode: 'open' });
    styles(root);
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = t('commentHidden');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'reveal';
    button.setAttribute('aria-expanded', 'false');
    button.textContent = t('commentShow');
    const label = document.createElement('div');
    label.className = 'label';
    label.setAttribute('role', 'note');
    label.setAttribute('aria-label', t('commentLabel'));
    label.append(icon(), text, button);
    root.append(label);

    const saved = [comment.style.getPropertyValue('display'), comment.style.getPropertyPriority('display')];
    const hide = () => comment.style.setProperty('display', 'none', 'important');
    const show = () => {
      if (saved[0]) comment.style.setProperty('display', saved[0], saved[1]);
      else comment.style.removeProperty('display');
    };
    button.addEventListener('click', () => {
      const reveal = button.getAttribute('aria-expanded') !== 'true';
      if (reveal) show();
      else hide();
      button.setAttribute('aria-expanded', String(reveal));
      button.textContent = reveal ? t('commentHide') : t('commentShow');
      text.textContent = reveal ? t('commentShown') : t('commentHidden');
      host.toggleAttribute('revealed', reveal);
    });
    comment.before(host);
    hide();
    return () => {
      show();
      host.remove();
    };
  }

  // ---- start --------------------------------------------------------------------------------

  const observer = new MutationObserver(schedule);

  // The extension was reloaded or updated: this copy of the script is orphaned.
  globalThis.WaspadaMessaging.onOrphaned(() => {
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
  });

  async function start() {
    await I18n.useLang(await I18n.chosenLang());
    observer.observe(document.documentElement, { childList: true, subtree: true });
    schedule();
  }
  start();
})();
