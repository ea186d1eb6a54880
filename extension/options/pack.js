// "Rules in use" on the Options page: which pack judges pages, who published it, how much it
// covers and where it came from — the built-in pack, or an organisation's signed pack with the
// host it came from and when it was last fetched (background/remote-pack.js). An NGO that
// installed Waspada on someone's laptop can check here, without tools, that its pack is live.
//
// Pure: takes the background's pack info and a `t` (shared/i18n.js) and returns lines of text,
// so it is tested in Node (tests/js/pack-summary.test.mjs). Every value from the pack reaches the
// page as text (textContent), and a source's link only when it is https.

/**
 * What to show for `pack` (the background's `packInfo` answer), in `lang` ('id' or 'en'):
 * `{ title, counts, origin, sources: [{ text, url }] }`; `{ error }` when the rules did not load.
 */
export function describePack(pack, t, lang = 'id') {
  if (!pack || typeof pack !== 'object') return { error: t('rulesNotLoaded', '?') };
  if (pack.error) return { error: t('rulesNotLoaded', String(pack.error).slice(0, 200)) };
  const locale = lang === 'en' ? 'en' : 'id-ID';
  const number = (n) => new Intl.NumberFormat(locale).format(count(n));
  const name = text(pack.name) || '?';
  const version = text(pack.version) || '?';
  const publisher = text(pack.publisher);
  const counts = [t('rulesCountRules', number(pack.rules)), t('rulesCountBrands', number(pack.brands)),
    t('rulesCountBlocked', number(pack.blocked_domains))];
  if (count(pack.reported) > 0) counts.push(t('rulesCountReported', number(pack.reported)));
  return {
    title: publisher ? t('rulesPackBy', name, version, publisher) : t('rulesPack', name, version),
    counts: counts.join(' · '),
    origin: origin(pack, t, locale),
    sources: (Array.isArray(pack.sources) ? pack.sources : []).slice(0, 20).map((s) => ({
      text: text(s?.license) ? `${text(s?.name, 600)} (${text(s.license)})` : text(s?.name, 600),
      url: httpsUrl(s?.url),
    })).filter((s) => s.text),
  };
}

function origin(pack, t, locale) {
  const host = text(pack.orgHost);
  if (pack.source === 'organisation') {
    const at = Number(pack.fetchedAt);
    if (!Number.isFinite(at) || at <= 0) return t('rulesFromOrg', host || '?');
    const when = new Date(at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return t('rulesFromOrgAt', host || '?', when);
  }
  // A policy names a pack, but none has arrived yet (or it would not load): say so plainly.
  return host ? t('rulesOrgPending', host) : t('rulesBuiltIn');
}

const count = (n) => (Number.isFinite(Number(n)) && Number(n) > 0 ? Math.floor(Number(n)) : 0);
const text = (s, most = 200) => (typeof s === 'string' ? s.trim().slice(0, most) : '');

function httpsUrl(s) {
  if (typeof s !== 'string' || !URL.canParse(s)) return '';
  const url = new URL(s);
  return url.protocol === 'https:' ? url.href : '';
}
