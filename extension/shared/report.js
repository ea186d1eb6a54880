// Where to report what Waspada found, and the text to paste there. Nothing is ever sent: the
// user clicks, the evidence goes to the clipboard, the official channel opens in a new tab.
//
// The channels come from ../shared/data/reference/report_channels.json, verified entries only:
// an entry (or a phone number in it) whose evidence is marked "unverified" is left out. So
// aduannomor.id is here (its site is confirmed official by Kominfo) but not its "159" helpdesk
// number, and BRI, BSI, OCBC and BTN have no call-centre number here (theirs are unverified).
// Classic script: loaded by content scripts, imported for its side effect by the popup.
(() => {
  /** id → { url, host }. `key` names the button label in _locales: report_<id>. */
  const CHANNELS = Object.freeze({
    // Komdigi AduanKonten: phishing sites, fake apps, online gambling, fraud content.
    aduankonten: { url: 'https://aduankonten.id', host: 'aduankonten.id' },
    // Komdigi cekrekening.id: check and report a bank or e-wallet account used by scammers.
    cekrekening: { url: 'https://cekrekening.id', host: 'cekrekening.id' },
    // Komdigi AduanNomor.id: report a phone number (call, SMS, WhatsApp) used for fraud.
    aduannomor: { url: 'https://aduannomor.id', host: 'aduannomor.id' },
    // OJK's Indonesia Anti-Scam Centre: money already transferred, file within hours.
    iasc: { url: 'https://iasc.ojk.go.id', host: 'iasc.ojk.go.id' },
  });

  /** Banks' official call centres (verified entries only), matched by name in the verdict. */
  const BANKS = Object.freeze([
    { name: 'Halo BCA', phone: '1500888', match: /\bbca\b|klikbca/i },
    { name: 'Mandiri Call', phone: '14000', match: /\bmandiri\b|livin/i },
    { name: 'BNI Call', phone: '1500046', match: /\bbni\b/i },
    { name: 'CIMB Niaga', phone: '14041', match: /cimb/i },
    { name: 'PermataTel', phone: '1500111', match: /permata/i },
    { name: 'CallPanin', phone: '1500678', match: /\bpanin/i },
  ]);

  // A bank account or e-wallet number near words that say so; an Indonesian phone number.
  const ACCOUNT_RE = /(rekening|rek\.?|no\.? ?rek|account|a\.n\.?|atas nama|transfer ke|virtual account|dana|ovo|gopay)\D{0,24}\d[\d .-]{7,20}\d/i;
  const PHONE_RE = /(?:\+62|\b62|\b0)[\s-]?8\d(?:[\s.-]?\d){6,11}\b|wa\.me\/\d{8,15}/i;
  const ACCOUNT_CATEGORIES = new Set(['marketplace', 'investment', 'job', 'prize', 'crypto', 'loan']);
  const CONTACT_RULES = /whatsapp|wa-|contact|kontak|phone|telepon|nomor|telegram/i;

  const textOf = (verdict) => (verdict?.reasons ?? [])
    .map((r) => `${r?.rule ?? ''} ${r?.message ?? ''} ${r?.evidence ?? ''}`).join('\n');

  /**
   * The channels for a verdict, in order: [{ id, url, host }]. `kind` is 'page' (a web page: always
   * aduankonten) or 'message' (a pasted message: its link or number decides).
   */
  function channelsFor(verdict, kind = 'page') {
    if (!verdict || (verdict.level !== 'warning' && verdict.level !== 'danger')) return [];
    const text = textOf(verdict);
    const categories = new Set([...(verdict.categories ?? []), ...(verdict.reasons ?? []).map((r) => r?.category)]);
    const ids = [];
    if (kind === 'page' || /https?:\/\/|\b[\w-]+\.(com|id|xyz|net|org|info|top|vip)\b/i.test(text)) ids.push('aduankonten');
    if (ACCOUNT_RE.test(text) || [...categories].some((c) => ACCOUNT_CATEGORIES.has(c))) ids.push('cekrekening');
    if (PHONE_RE.test(text) || (verdict.reasons ?? []).some((r) => CONTACT_RULES.test(r?.rule ?? ''))) ids.push('aduannomor');
    if (kind === 'message' && !ids.includes('aduannomor')) ids.push('aduannomor'); // the sender's number
    ids.push('iasc');
    return ids.map((id) => ({ id, ...CHANNELS[id] }));
  }

  /** The bank whose name the verdict mentions (its official call centre), or null. */
  function bankFor(verdict) {
    const text = textOf(verdict);
    return BANKS.find((b) => b.match.test(text)) ?? null;
  }

  /**
   * The text copied for the report form: what, where, when, why, with the quoted evidence.
   * `t` is the i18n function; `where` is the page URL (or '' for a pasted message, then `message` is quoted).
   */
  function reportText(verdict, { where = '', message = '', t, now = new Date() } = {}) {
    const lines = [t('reportTextHeading')];
    if (where) lines.push(`${t('reportTextUrl')} ${where}`);
    lines.push(`${t('reportTextWhen')} ${now.toISOString().replace('T', ' ').slice(0, 16)} UTC`);
    lines.push(`${t('reportTextVerdict')} ${t(`level_${verdict?.level ?? 'safe'}`)} (${t('popupScore', verdict?.score ?? 0)})`);
    if (message) lines.push(`${t('reportTextMessage')} "${String(message).replace(/\s+/g, ' ').trim().slice(0, 2000)}"`);
    lines.push(t('reportTextReasons'));
    for (const r of (verdict?.reasons ?? []).slice(0, 10)) {
      const evidence = String(r?.evidence ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
      lines.push(`- ${String(r?.message ?? '')}${evidence ? ` (${t('evidenceLabel')} "${evidence}")` : ''}`);
    }
    return lines.join('\n');
  }

  /**
   * The helplines of the pack's publisher (an NGO's own pack: `[[helpline]]` in pack.toml), fit
   * to show: at most three, each {name, phone, tel, url, hours} with `phone` only digits and
   * spacing (it becomes a tel: link) and `url` only an https address; '' where absent. The engine
   * checked them when the pack loaded: this is the second line of defence for links in a page.
   */
  function helplines(list) {
    const text = (v, max) => (typeof v === 'string' ? v.trim().slice(0, max) : '');
    return (Array.isArray(list) ? list : []).map((x) => {
      const phone = text(x?.phone, 40);
      const url = text(x?.url, 200);
      return {
        name: text(x?.name, 80),
        phone: /^\+?[\d .()-]{3,}$/.test(phone) ? phone : '',
        tel: phone.replace(/[^\d+]/g, ''),
        url: url.startsWith('https://') && URL.canParse(url) ? url : '',
        hours: text(x?.hours, 80),
      };
    }).filter((x) => x.name && (x.phone || x.url)).slice(0, 3);
  }

  globalThis.WaspadaReport = Object.freeze({ CHANNELS, BANKS, channelsFor, bankFor, reportText, helplines });
})();
