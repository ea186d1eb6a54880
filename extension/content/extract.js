// Builds the PageModel (ARCHITECTURE.md) that the service worker's engine judges.
//
// Two duties pull against each other: see enough of the page to judge it, and never slow the
// page down. So every part is capped (the engine caps again: never trust the page), the text walk
// runs in slices of a few milliseconds and yields to the page between them, and whole hidden
// subtrees are skipped with one check each. Classic script: content scripts cannot be modules.
(() => {
  const LIMITS = Object.freeze({
    chunkBytes: 16 * 1024, // UTF-8 bytes per text chunk
    chunks: 32,
    links: 500,
    contactLinks: 100, // reserved within `links` for chat/phone links found anywhere on the page
    forms: 20,
    inputs: 50,
    downloads: 100,
    linkScan: 20_000, // links looked at for chat links and downloads, beyond the 500 kept
    field: 200, // characters kept of a label, placeholder, link text…
    url: 2048,
    nodes: 300_000, // nodes visited by the text walk, whatever their size
    sliceMs: 8, // work per slice before yielding: far below the 50 ms of a "long task"
    totalMs: 3000, // give up on the rest of the text after this much wall time
  });

  // Never text a person reads on the page. <textarea> also holds what the user typed.
  const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'CANVAS',
    'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'HEAD']);

  // Download lures: Android packages first, then Windows and other installers or scripts.
  const RISKY_EXT = ['apk', 'xapk', 'apks', 'apkm', 'aab', 'exe', 'msi', 'msix', 'appx', 'scr', 'bat',
    'cmd', 'pif', 'vbs', 'vbe', 'jse', 'wsf', 'ps1', 'hta', 'jar', 'lnk', 'reg', 'dmg', 'pkg', 'iso', 'img'];
  const RISKY_EXT_RE = new RegExp(`\\.(${RISKY_EXT.join('|')})$`, 'i');

  // Links that move a conversation off the page (chat apps, phone): strong signals wherever they are.
  const CONTACT_RE = /^(tel|sms):|wa\.me\/|wa\.link\/|whatsapp|\bt\.me\/|telegram|line\.me\/|\bm\.me\//i;

  // A plain task at the back of the queue, not scheduler.yield(): a yield() continuation jumps the
  // queue, so the page's own tasks (even its load event) would wait for our whole walk.
  const yieldToPage = () => new Promise((r) => setTimeout(r, 0));

  // After the browser has painted a frame, styles are computed: the visibility checks of the
  // text walk then read them instead of forcing a style pass over a huge page inside our task.
  // Background tabs paint no frames, hence the time limit.
  const afterNextFrame = () => new Promise((r) => {
    const done = () => setTimeout(r, 0);
    requestAnimationFrame(done);
    setTimeout(done, 200);
  });

  /** Calls step(i) for i < n in slices of LIMITS.sliceMs, yielding between them; step may return false to stop. */
  async function sliced(n, step) {
    let sliceStart = performance.now();
    for (let i = 0; i < n; i++) {
      if (step(i) === false) return;
      if ((i & 63) === 63 && performance.now() - sliceStart > LIMITS.sliceMs) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
  }

  const clip = (s, n = LIMITS.field) => {
    const text = String(s ?? '').replace(/\s+/g, ' ').trim();
    return text.length > n ? text.slice(0, n) : text;
  };

  function utf8Length(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
    }
    return n;
  }

  /** Accumulates words into chunks of at most `chunkBytes` UTF-8 bytes, never splitting a word. */
  class Chunker {
    constructor() {
      this.chunks = [];
      this.parts = [];
      this.bytes = 0;
    }
    get full() {
      return this.chunks.length >= LIMITS.chunks;
    }
    add(text) {
      for (const piece of text.length > 4096 ? text.split(' ') : [text]) {
        if (this.full) return;
        const bytes = utf8Length(piece) + 1;
        if (bytes > LIMITS.chunkBytes) continue; // a 16 KiB "word" is not language
        if (this.bytes + bytes > LIMITS.chunkBytes) this.flush();
        if (this.full) return;
        this.parts.push(piece);
        this.bytes += bytes;
      }
    }
    flush() {
      if (this.parts.length && !this.full) this.chunks.push(this.parts.join(' '));
      this.parts = [];
      this.bytes = 0;
    }
  }

  function isHidden(el) {
    if (el.hidden) return true;
    // checkVisibility() is false for display:none (and its subtree) and content-visibility:hidden.
    // The styles are already computed for a rendered page, so this is cheap per element.
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) {
      // display:contents has no box of its own, yet its children show.
      return getComputedStyle(el).display !== 'contents';
    }
    return false;
  }

  // The comments section of a site the comment shield covers (content/comments/sites.js): judged
  // comment by comment there, never as part of the page, so judol spam under a video cannot
  // put a warning on the video page.
  const commentArea = () => globalThis.WaspadaCommentSites?.forHost(location.hostname)?.area ?? '';

  async function visibleText(root) {
    const chunker = new Chunker();
    if (!root) return chunker.chunks;
    const skipArea = commentArea();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        if (SKIP_TAGS.has(node.tagName.toUpperCase()) || isHidden(node)) return NodeFilter.FILTER_REJECT;
        if (skipArea && node.matches(skipArea)) return NodeFilter.FILTER_REJECT;
        // Accepted (not skipped) so that every element comes back to the loop below and counts
        // against the time slice: 100,000 empty <div>s must not become one long nextNode() call.
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    const started = performance.now();
    let visited = 0;
    let sliceStart = started;
    while (!chunker.full && visited < LIMITS.nodes) {
      const node = walker.nextNode();
      if (!node) break;
      visited++;
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.data.replace(/\s+/g, ' ').trim();
        if (text) chunker.add(text);
      }
      // performance.now() is cheap, but not free: look at the clock every 32 nodes.
      if ((visited & 31) === 0 && performance.now() - sliceStart > LIMITS.sliceMs) {
        if (performance.now() - started > LIMITS.totalMs) break;
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
    chunker.flush();
    return chunker.chunks;
  }

  function linkModel(a) {
    // textContent, not innerText: innerText would force a layout for every link.
    const text = a.textContent || a.getAttribute('aria-label') || a.title || '';
    return { href: clip(a.href, LIMITS.url), text: clip(text) };
  }

  /**
   * One sliced pass over the page's links gives three lists: the links (chat and phone links
   * first, so a page cannot bury them under 500 decoys), and the downloads. Attribute selectors
   * would be shorter, but 30 of them over 100,000 elements is one long task.
   */
  async function linksAndDownloads() {
    const all = document.links;
    const contacts = [];
    const others = [];
    const downloads = new Set();
    const full = () => contacts.length >= LIMITS.contactLinks && others.length >= LIMITS.links
      && downloads.size >= LIMITS.downloads;
    const skipArea = commentArea();
    await sliced(Math.min(all.length, LIMITS.linkScan), (i) => {
      const a = all[i];
      if (skipArea && a.closest(skipArea)) return true; // a commenter's link is the comment's, not the page's
      const raw = a.getAttribute('href') ?? '';
      const path = raw.split(/[?#]/, 1)[0];
      if (downloads.size < LIMITS.downloads && (a.hasAttribute('download') || RISKY_EXT_RE.test(path))) {
        downloads.add(clip(a.href, LIMITS.url));
      }
      if (CONTACT_RE.test(raw)) {
        if (contacts.length < LIMITS.contactLinks) contacts.push(a);
      } else if (others.length < LIMITS.links) {
        others.push(a);
      }
      return !full();
    });
    return {
      links: contacts.concat(others).slice(0, LIMITS.links).map(linkModel),
      downloads: [...downloads],
    };
  }

  function labelOf(input) {
    const label = input.labels?.[0]?.textContent;
    if (label?.trim()) return clip(label);
    const aria = input.getAttribute('aria-label');
    if (aria) return clip(aria);
    const byId = input.getAttribute('aria-labelledby');
    if (byId) {
      const text = byId.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      if (text.trim()) return clip(text);
    }
    // Phishing kits often put the "label" in a sibling <div> just before the field.
    const prev = input.previousElementSibling?.textContent ?? '';
    return prev.length <= 80 ? clip(prev) : '';
  }

  const IGNORED_INPUTS = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

  function inputModels(elements) {
    const out = [];
    for (const el of elements) {
      if (out.length >= LIMITS.inputs) break;
      if (!/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) || IGNORED_INPUTS.has(el.type)) continue;
      out.push({
        type: clip(el.type, 40),
        name: clip(el.getAttribute('name')),
        id: clip(el.id),
        placeholder: clip(el.getAttribute('placeholder')),
        label: labelOf(el),
        autocomplete: clip(el.getAttribute('autocomplete'), 80),
      });
    }
    return out;
  }

  function forms() {
    const out = [];
    for (const form of Array.from(document.forms).slice(0, LIMITS.forms)) {
      const inputs = inputModels(form.elements);
      if (inputs.length) out.push({ action: clip(form.action, LIMITS.url), method: clip(form.method, 10), inputs });
    }
    // Many kits skip <form> and post with script: gather fields outside any form as one more "form".
    if (out.length < LIMITS.forms) {
      // getElementsByTagName is far cheaper than querySelectorAll on a huge page.
      const loose = ['input', 'select', 'textarea']
        .flatMap((tag) => Array.from(document.getElementsByTagName(tag)).slice(0, 500))
        .filter((el) => !el.form);
      const inputs = inputModels(loose);
      if (inputs.length) out.push({ action: '', method: '', inputs });
    }
    return out;
  }

  /** The bounded PageModel of the current document. Never throws; a part that fails is left out. */
  async function extractPage() {
    const page = {
      url: clip(location.href, LIMITS.url),
      title: clip(document.title, 300),
      lang: clip(document.documentElement.lang, 20),
    };
    try {
      Object.assign(page, await linksAndDownloads());
    } catch {
      Object.assign(page, { links: [], downloads: [] });
    }
    try {
      page.forms = forms();
    } catch {
      page.forms = [];
    }
    await afterNextFrame();
    try {
      page.text = await visibleText(document.body ?? document.documentElement);
    } catch {
      page.text = [];
    }
    return page;
  }

  globalThis.WaspadaExtract = Object.freeze({ extractPage, LIMITS });
})();
