// Where the comments are on the sites the judol comment shield covers: data, not code, so a
// site's new markup means editing one entry here. Per site:
//   hosts    exact host names (the shield does nothing anywhere else)
//   comment  one comment, the element collapsed in place (replies are their own comments)
//   text     inside a comment: the element(s) holding what the commenter wrote
//   area     the comments section: skipped by the page scan (content/extract.js), so comments
//            never raise a page-level warning; the shield judges them one by one instead
// The markup these selectors expect is mimicked by tests/e2e/pages/comments/*.html.
// Classic script (content scripts cannot be modules), loaded on every page before extract.js.
(() => {
  const SITES = Object.freeze([
    {
      name: 'youtube',
      hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com'],
      comment: 'ytd-comment-view-model, ytd-comment-renderer, ytm-comment-renderer',
      text: '#content-text, .comment-text',
      area: 'ytd-comments, ytm-comment-section-renderer, #comments',
    },
    {
      name: 'tiktok',
      hosts: ['www.tiktok.com', 'tiktok.com', 'm.tiktok.com'],
      comment: '[class*="DivCommentItemContainer"], [class*="DivCommentObjectWrapper"]',
      text: '[data-e2e^="comment-level"]',
      area: '[class*="DivCommentListContainer"], [class*="DivCommentMain"]',
    },
    {
      name: 'instagram',
      hosts: ['www.instagram.com', 'instagram.com'],
      comment: 'li._a9zj, ul._a9ym > div > li',
      text: '._a9zs > span, ._a9zs span[dir="auto"]',
      area: 'ul._a9z6, ul._a9ym',
    },
    {
      name: 'facebook',
      hosts: ['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com'],
      comment: 'div[role="article"][aria-label^="Comment"], div[role="article"][aria-label^="Komentar"], div[role="article"][aria-label^="Reply"], div[role="article"][aria-label^="Balasan"]',
      text: 'div[dir="auto"]',
      area: 'div[role="article"][aria-label^="Comment"], div[role="article"][aria-label^="Komentar"]',
    },
  ]);

  /** The entry for a host name, or null. */
  const forHost = (host) => SITES.find((s) => s.hosts.includes(String(host).toLowerCase())) ?? null;

  globalThis.WaspadaCommentSites = Object.freeze({ SITES, forHost });
})();
