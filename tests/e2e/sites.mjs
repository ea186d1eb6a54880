// The test web: which file each (host, path) serves, with its response headers and what Waspada
// is expected to do with it. Both suites and the server read this table.
//
// expect: 'danger'  → waspada-alert[scope=page][level=danger] (or a danger interstitial page)
//         'flagged' → warning or danger (contract 2: "flagged")
//         'quiet'   → no waspada-alert at all (safe or caution: at most a badge)

export const STRICT_CSP = "default-src 'none'; style-src 'self'";

export const SITES = {
  phishing: {
    url: 'http://klikbca-verifikasi.com/',
    file: 'klikbca-phishing.html',
    expect: 'danger',
    what: 'fake KlikBCA "tarif transfer Rp150.000" page asking for user ID, PIN and OTP on a lookalike domain',
  },
  phishingCsp: {
    url: 'http://klikbca-verifikasi.com/konfirmasi/',
    file: 'klikbca-phishing.html',
    headers: { 'Content-Security-Policy': STRICT_CSP },
    expect: 'flagged',
    what: 'the same phishing page served with a strict CSP (default-src \'none\'; style-src \'self\')',
  },
  judol: {
    url: 'http://gacor88-maxwin.xyz/',
    file: 'judol-slot.html',
    expect: 'flagged',
    what: 'online gambling (judol) landing page: slot gacor maxwin, deposit pulsa, bonus new member, link alternatif',
  },
  jobScam: {
    url: 'http://www.loker-harian-online.com/lowongan/kerja-paruh-waktu',
    file: 'job-task-scam.html',
    expect: 'flagged',
    what: 'task-scam job ad: "like dan follow, komisi Rp50.000 per tugas", sign up via WhatsApp',
  },
  newsWeather: {
    url: 'http://www.harian-nusantara.id/cuaca/bmkg-hujan-lebat-jabodetabek',
    file: 'news-weather.html',
    expect: 'quiet',
    what: 'benign Indonesian news article about the weather',
  },
  newsScamReport: {
    url: 'http://www.harian-nusantara.id/hukum/polisi-bongkar-sindikat-tarif-transfer',
    file: 'news-scam-report.html',
    expect: 'quiet',
    what: 'benign news report ABOUT the tarif-transfer scam (quotes Rp150.000, PIN, OTP): must stay quiet',
  },
  bcaEducation: {
    url: 'http://www.bca.co.id/id/edukasi/waspada-modus-penipuan',
    file: 'bca-edukasi.html',
    expect: 'quiet',
    what: 'fraud-education page on the official www.bca.co.id domain',
  },
};

/** Map "host/path" → site entry, for the server. */
export function routeTable() {
  const routes = new Map();
  for (const [name, site] of Object.entries(SITES)) {
    const u = new URL(site.url);
    routes.set(u.host + u.pathname, { name, ...site });
  }
  return routes;
}

export const HOSTS = [...new Set(Object.values(SITES).map((s) => new URL(s.url).host))];
