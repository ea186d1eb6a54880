// The comment-shield fixtures: pages that mimic the comment markup of YouTube, TikTok, Instagram
// and Facebook, served under the real host names (resolved to the loopback server; over TLS,
// since these hosts are HSTS-preloaded in the browsers). Each page's comments are listed in its
// own window.FIXTURE = { gambling: [...ids], normal: [...ids] }, and window.loadMore() appends
// two more comments (one gambling, one normal) the way a site loads the next page of comments.

export const COMMENT_SITES = {
  youtube: { url: 'https://www.youtube.com/watch?v=waspada01', file: 'comments/youtube.html' },
  tiktok: { url: 'https://www.tiktok.com/@dapurbunda/video/7311223344556677889', file: 'comments/tiktok.html' },
  instagram: { url: 'https://www.instagram.com/p/C1WaSpAdA01/', file: 'comments/instagram.html' },
  facebook: { url: 'https://www.facebook.com/watch/?v=1029384756', file: 'comments/facebook.html' },
};

// Official reporting channels the warnings open in a new tab: answered (404) by the loopback
// server over TLS, so a test can see the tab open without anything leaving the machine.
export const CHANNEL_HOSTS = ['aduankonten.id', 'cekrekening.id', 'aduannomor.id', 'iasc.ojk.go.id'];

// Where an organisation publishes its signed pack (ngo-pack.mjs PACK_HOST): Firefox reaches the
// loopback server as its proxy, so an https fetch of it needs a tunnel and the certificate's name.
export const PACK_HOSTS = ['packs.lsm-contoh.or.id'];

export const COMMENT_HOSTS = [...new Set(Object.values(COMMENT_SITES).map((s) => new URL(s.url).host))];
export const TLS_HOSTS = [...COMMENT_HOSTS, ...CHANNEL_HOSTS, ...PACK_HOSTS];

/** "host/path" → route, for the server (same shape as sites.mjs routeTable()). */
export function commentRoutes() {
  return new Map(Object.entries(COMMENT_SITES).map(([name, s]) => {
    const u = new URL(s.url);
    return [u.host + u.pathname, { name, ...s }];
  }));
}
