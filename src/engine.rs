//! The [`Engine`]: one loaded pack, judging texts, URLs and pages.

use crate::category::Category;
use crate::error::Error;
use crate::listing::{price::PriceIndex, reported::ReportedIndex};
use crate::message::{Slot, Template};
use crate::pack::model::{
    BrandData, DomainList, Levels, Messages, PackData, PackMeta, RuleData, RuleKind, SignalData,
};
use crate::pack::{PackInfo, format};
use crate::page::{PageModel, forms, is_download_url};
use crate::text::{
    Folded, fold,
    model::{Prediction, TextModel},
    rules::RuleMatcher,
};
use crate::url::{
    BrandIndex, BrandMatch, DomainKinds, HashedDomainSet, ParsedUrl, SuffixList, UrlError,
};
use crate::verdict::{Level, Reason, Scorer, Verdict};

/// The language of the messages in a verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Bahasa Indonesia (the default).
    #[default]
    Id,
    /// English.
    En,
}

impl Lang {
    /// `id`/`in`/`id-ID` → Indonesian; anything else → English.
    pub fn from_code(code: &str) -> Lang {
        // Compared without a lower-case copy: the extension passes a language on every call.
        let c = code.trim().as_bytes();
        let is = |prefix: &[u8]| {
            c.len() >= prefix.len() && c[..prefix.len()].eq_ignore_ascii_case(prefix)
        };
        if c.is_empty()
            || c.eq_ignore_ascii_case(b"id")
            || c.eq_ignore_ascii_case(b"in")
            || is(b"id-")
            || is(b"id_")
        {
            Lang::Id
        } else {
            Lang::En
        }
    }

    /// Position in per-language arrays (`Signal::messages`).
    fn index(self) -> usize {
        match self {
            Lang::Id => 0,
            Lang::En => 1,
        }
    }

    fn pick(self, m: &Messages) -> &str {
        let (first, second) = match self {
            Lang::Id => (&m.id, &m.en),
            Lang::En => (&m.en, &m.id),
        };
        if first.is_empty() { second } else { first }
    }
}

/// Longest text judged in one call; the rest is ignored (a page model is capped far lower).
pub const MAX_TEXT_BYTES: usize = 1024 * 1024;
/// URLs taken from a message's text and checked.
const MAX_URLS_IN_TEXT: usize = 16;

/// How sure the text model must be to warn about a message no rule found suspicious (and
/// that asks for money or a secret): measured on the held-out message sets and the labelled
/// groups (README, "The text model"), where 0.99 and 0.995 differ by a few scams.
const MODEL_ALONE_THRESHOLD: f32 = 0.995;
/// The model's probability that lets it flag, alone, a message that gives a stranger's
/// contact (`Engine::model_reason`). On the held-out message sets 0.6 to 0.95 made no
/// difference; the higher keeps it to messages the model is sure of.
const MODEL_CONTACT_THRESHOLD: f32 = 0.95;
/// The fewest words a message must have for the model to judge it alone on a contact: "Bayar
/// ke DANA 0813… ya" between friends is too short to tell a scam's wording from anyone's. On
/// the held-out sets every scam this path catches has 16 words or more; from 20 up it loses
/// some, so 12 leaves a margin.
const MODEL_CONTACT_MIN_WORDS: usize = 12;

/// Why the model may speak about a message the rules left below caution.
#[derive(Debug, Clone, Copy)]
enum AloneGate {
    /// It asks for money or a secret.
    Asks(crate::text::asks::Ask),
    /// It gives a phone number, a chat handle or an account number to contact or pay.
    Contact,
}

/// Whether a message hands over a way to reach or pay someone: a phone number, a WhatsApp or
/// Telegram contact, or a bank or e-wallet account number.
fn gives_contact(text: &str) -> bool {
    !crate::listing::contacts::phones(text).is_empty()
        || crate::listing::contacts::chat_contact(text).is_some()
        || !crate::listing::contacts::accounts(text).is_empty()
}

/// How many redirecting links inside one another `check_url` follows (`google.com/url?q=` to
/// `vk.com/away.php?to=` to the page): a bounded amount of work per check. Wrapping a link
/// costs a scammer nothing, so a few more than honest links ever nest (one, at most two).
const MAX_REDIRECT_HOPS: u8 = 4;
/// Hosts of chat apps that move a conversation off a platform.
const CHAT_HOSTS: &[&str] = &[
    "wa.me",
    "whatsapp.com",
    "t.me",
    "telegram.me",
    "telegram.org",
    "line.me",
];
/// Words of phishing-kit paths: where the victim logs in, "verifies" or "updates" an account.
const CREDENTIAL_PATH_WORDS: &[&str] = &[
    "login",
    "signin",
    "logon",
    "webscr",
    "verify",
    "verification",
    "validate",
    "authenticate",
    "unlock",
    "suspended",
    "reactivate",
    "recovery",
    "confirm",
    "billing",
    "wallet",
    "secure",
    "security",
    "password",
    "passwd",
    "credential",
    "credentials",
    "update",
    "account",
    "accounts",
];

/// Evidence is quoted up to this many bytes per piece.
const MAX_EVIDENCE_PIECE: usize = 120;

/// A loaded rule pack, ready to judge. Immutable: to change rules, build a new engine.
///
/// ```
/// use waspada::{Engine, Lang, Level};
/// let engine = Engine::with_default_pack().expect("the embedded pack is valid");
/// let verdict = engine.scan_text("Halo, apa kabar? Nanti sore jadi makan bakso?", Lang::Id);
/// assert_eq!(verdict.level, Level::Safe);
/// ```
#[derive(Debug, Clone)]
pub struct Engine {
    meta: PackMeta,
    pub(crate) levels: Levels,
    rules: Vec<RuleData>,
    matcher: RuleMatcher,
    /// Signal definitions by id, looked up once per hit (SipHash was a tenth of a check).
    signals: crate::url::fasthash::FastMap<String, Signal>,
    brands: BrandIndex,
    /// What each block list is; `blocked` maps a host to its list's index here.
    block_lists: Vec<DomainList>,
    blocked: HashedDomainSet,
    /// The allow, free-hosting, shortener and institutional lists in one table (bits
    /// `HOST_ALLOW`…), with brands' official domains tagged by brand: a URL check asks all
    /// four lists and the official domains about its host in one walk up its parents.
    host_lists: DomainKinds,
    risky_tlds: Vec<String>,
    /// Lengths and first letters of `risky_tlds`: most endings (`com`, `id`) are turned away
    /// before a comparison with each of them.
    risky_filter: crate::url::words::WordFilter,
    suffixes: SuffixList,
    text_model: Option<TextModel>,
    /// Reference prices for marketplace listings (`src/listing/`).
    pub(crate) prices: PriceIndex,
    /// Accounts and numbers reported for fraud.
    pub(crate) reported: ReportedIndex,
}

/// A signal's definition and its message in each language, split at load ([`Template`]).
#[derive(Debug, Clone)]
struct Signal {
    def: SignalData,
    /// Indexed by [`Lang::index`]; a language the pack left empty holds the other's.
    messages: [Template; 2],
}

impl Signal {
    fn new(def: SignalData) -> Signal {
        let messages = [Lang::Id, Lang::En].map(|lang| Template::new(lang.pick(&def.message)));
        Signal { def, messages }
    }
}

/// Where judged text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextSource {
    /// A message, comment or listing: read as a whole by a person.
    Message,
    /// A web page's visible text.
    Page {
        /// The page has a form asking for a password, PIN, OTP or card.
        asks_secrets: bool,
    },
}

/// The text rule that fires on the word "apk" alone: in a download's file name it repeats
/// `page.apk-download`.
const APK_MENTION_RULE: &str = "malware.apk-file";

/// The most dampeners may take off a text that gives an account number to pay into or hides a
/// name in fancy letters or emoji.
const PROOF_DAMPENING_CAP: f64 = 0.25;

/// What a news dateline takes off a message's text score, in percent: as much as the news
/// reporters' words (`context.news-report`) and a little more, since a dateline is rarer in scams.
const DATELINE_DAMPENING: u8 = 50;

/// How much a message whose every scam phrase is inside quotes, with words of the sender's own
/// around them, is dampened (`text::quoted`): someone asking about a scam or warning of one.
const QUOTED_DAMPENING: u8 = 50;

/// Fewest words of a sender's own around the quotes for [`QUOTED_DAMPENING`]: "Got an SMS:"
/// and "ini bener?" are three.
const MIN_WORDS_AROUND_QUOTES: usize = 3;

/// The words that pushed the model's score up, quoted from the original text.
fn model_evidence(text: &str, folded: &Folded, prediction: &Prediction) -> String {
    let ranges: Vec<_> = prediction
        .top_words
        .iter()
        .map(|w| folded.original_range(w.start, w.end))
        .collect();
    quote(text, &ranges)
}

/// A built-in signal that fired, before its message is filled in.
pub(crate) struct SignalHit {
    id: &'static str,
    evidence: String,
    brand: Option<String>,
    official: Option<String>,
    domain: Option<String>,
    /// The block list a host is on (index into `Engine::block_lists`).
    list: Option<usize>,
    /// Overrides the signal's category (block lists carry their own).
    category: Option<Category>,
    /// Fills `{detail}`: a reference price, where a number was reported.
    pub(crate) detail: Option<String>,
}

impl SignalHit {
    pub(crate) fn new(id: &'static str, evidence: impl Into<String>) -> SignalHit {
        SignalHit {
            id,
            evidence: evidence.into(),
            brand: None,
            official: None,
            domain: None,
            list: None,
            category: None,
            detail: None,
        }
    }

    /// The same hit naming the brand imitated and its official sites (`{brand}`, `{official}`).
    pub(crate) fn with_brand(mut self, brand: &BrandData) -> SignalHit {
        self.brand = Some(brand.name.clone());
        self.official = Some(brand.official.join(", "));
        self
    }
}

/// Bits of [`Engine::host_lists`], in the order it is built.
const HOST_ALLOW: u8 = 1;
const HOST_FREE_HOSTING: u8 = 1 << 1;
const HOST_SHORTENER: u8 = 1 << 2;
const HOST_INSTITUTIONAL: u8 = 1 << 3;
/// App hosting (`rules/hosting.toml`): free hosting where the service may make up the name.
const HOST_APP_HOSTING: u8 = 1 << 4;
/// Abused hosting (`rules/hosting.toml`): free hosting whose sites are mostly phishing.
const HOST_ABUSED: u8 = 1 << 5;

/// What the hand-written host lists say about a host (one walk, [`Engine::host_lists`]).
#[derive(Default)]
struct Listed {
    allow: bool,
    institutional: bool,
    /// Where the nearest free-hosting entry (of either list) covering the host starts in it.
    free_hosting: Option<usize>,
    /// Whether that entry is on the app-hosting list.
    app_hosting: bool,
    /// Whether that entry is on the abused-hosting list.
    abused: bool,
    /// Whether a shortener entry covers the registrable domain.
    shortener: bool,
    /// The brand whose official domain is the host or its nearest parent that is one.
    official: Option<usize>,
}

/// Whose host a URL is on, for the shape checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hosting {
    /// Its own domain.
    Own,
    /// A blog or site builder's, or a dynamic-DNS name (`free_hosting`).
    Free,
    /// An app host's (`app_hosting`), where the service may have made the name up.
    App,
}

/// What the URL check found out about a host, for the page checks that follow.
#[derive(Default)]
struct HostFacts<'a> {
    /// On an official brand domain: never flagged.
    official_brand: bool,
    /// On the allow list or an official domain: no URL signals.
    trusted: bool,
    /// Brand the host imitates, if any (borrowed from the engine: no copy of its name).
    imitated: Option<&'a BrandData>,
    /// On a government, academic or school domain.
    institutional: bool,
    /// The host as the user sees it (borrowed: a URL check never needs a copy).
    unicode_host: &'a str,
    /// On free hosting (github.io, web.app, blogspot…), where anyone can publish.
    free_hosting: bool,
}

impl Engine {
    /// Loads a pack from `.wpk` bytes (checked: magic, version, length, checksum).
    pub fn from_pack_bytes(bytes: &[u8]) -> Result<Engine, Error> {
        Engine::from_pack_data(format::decode(bytes)?)
    }

    /// The default pack compiled from `rules/` and embedded in this build.
    #[cfg(feature = "embedded-pack")]
    pub fn with_default_pack() -> Result<Engine, Error> {
        Engine::from_pack_bytes(crate::pack::DEFAULT_PACK)
    }

    /// Builds an engine from decoded pack data.
    pub fn from_pack_data(data: PackData) -> Result<Engine, Error> {
        let PackData {
            meta,
            levels,
            rules,
            signals,
            brands,
            domain_lists,
            blocked,
            hosting,
            suffixes,
            text_model,
            prices,
            reported,
        } = data;
        if !(levels.caution < levels.warning
            && levels.warning < levels.danger
            && levels.danger <= 100)
        {
            return Err(format::PackError::Invalid(
                "level thresholds must rise: caution < warning < danger ≤ 100".into(),
            )
            .into());
        }
        // A pack may come from an NGO: its helplines become links in every warning.
        if meta.helplines.len() > crate::pack::model::MAX_HELPLINES {
            return Err(format::PackError::Invalid("too many helplines".into()).into());
        }
        if let Some(problem) = meta.helplines.iter().find_map(|h| h.problem()) {
            return Err(format::PackError::Invalid(problem.into()).into());
        }
        let matcher = RuleMatcher::new(&rules)?;
        let brands = BrandIndex::new(brands);
        let mut host_lists = DomainKinds::new(&[
            &hosting.allow,
            &hosting.free_hosting,
            &hosting.shorteners,
            &hosting.institutional,
            &hosting.app_hosting,
            &hosting.abused_hosting,
        ]);
        // Official domains ride along, tagged with their brand: the walk up a host's parents
        // that asks the lists also finds whether the host is a brand's (three lookups fewer).
        for (domain, brand) in brands.official_domains() {
            host_lists.tag(domain, brand);
        }
        Ok(Engine {
            meta,
            levels,
            rules,
            matcher,
            signals: signals
                .into_iter()
                .map(|s| (s.id.clone(), Signal::new(s)))
                .collect(),
            brands,
            block_lists: domain_lists,
            blocked,
            host_lists,
            risky_filter: {
                let mut filter = crate::url::words::WordFilter::new(&[]);
                for t in &hosting.risky_tlds {
                    filter.add(t.as_bytes());
                }
                filter
            },
            risky_tlds: hosting.risky_tlds,
            suffixes: SuffixList::new(suffixes).map_err(format::PackError::Invalid)?,
            text_model: match text_model {
                Some(data) => Some(TextModel::new(data).ok_or_else(|| {
                    format::PackError::Invalid(
                        "the text model's weight tables do not match its size".into(),
                    )
                })?),
                None => None,
            },
            prices: PriceIndex::new(prices),
            reported: ReportedIndex::new(reported),
        })
    }

    /// What the loaded pack is.
    pub fn info(&self) -> PackInfo {
        PackInfo {
            name: self.meta.name.clone(),
            version: self.meta.version.clone(),
            publisher: self.meta.publisher.clone(),
            description: self.meta.description.clone(),
            rules: self.rules.len(),
            phrases: self.matcher.phrase_count(),
            brands: self.brands.len(),
            blocked_domains: self.blocked.len(),
            reported: self.reported.len(),
            price_items: self.prices.data().items.len(),
            sources: self.meta.sources.clone(),
            helplines: self.meta.helplines.clone(),
        }
    }

    /// Whether the pack's text model was trained on the labelled record with this id (an
    /// evaluation that wants unseen data leaves those out). False without a model.
    pub fn model_trained_on(&self, id: &str) -> bool {
        self.text_model.as_ref().is_some_and(|m| m.trained_on(id))
    }

    /// Heap memory of the phrase automaton, in bytes.
    pub fn matcher_memory(&self) -> usize {
        self.matcher.memory_usage()
    }

    /// Judges a message (SMS, chat, comment, e-mail). Links inside it are checked too.
    pub fn scan_text(&self, text: &str, lang: Lang) -> Verdict {
        let text = crate::text::normalize::truncate(text, MAX_TEXT_BYTES);
        let mut scorer = Scorer::default();
        let folded = self.text_rules(text, lang, TextSource::Message, &mut scorer);
        let mut hits = Vec::new();
        hits.extend(self.reported_signal(text)); // a number reported for fraud (src/listing/)
        let mut redirected = Vec::new();
        for url in urls_in_text(text, &self.suffixes).take(MAX_URLS_IN_TEXT) {
            if let Ok(parsed) = ParsedUrl::parse(url, &self.suffixes) {
                self.url_signals(&parsed, &mut hits);
                if is_download_url(url) {
                    hits.push(SignalHit::new("page.apk-download", url));
                }
                // A link through a redirector: where it leads is judged too.
                redirected.extend(self.redirect_verdict(
                    url,
                    parsed.unicode_host(),
                    lang,
                    MAX_REDIRECT_HOPS,
                ));
            }
        }
        // A link written with its dot spelt out (`rajapelangi . fun`, `jp777 dot lol`) to
        // get past comment filters: the writing is a signal, and the link is judged too.
        for link in crate::text::spelled_link::spelled_links(text, MAX_URLS_IN_TEXT) {
            hits.push(SignalHit::new(
                "text.spelled-link",
                quote(text, std::slice::from_ref(&link.range)),
            ));
            if let Ok(parsed) = ParsedUrl::parse(&link.host, &self.suffixes) {
                self.url_signals(&parsed, &mut hits);
            }
        }
        self.add_signals(hits, lang, &mut scorer);
        for reason in redirected.into_iter().flat_map(|v| v.reasons) {
            scorer.add_structural(reason);
        }
        if let Some(reason) = self.model_reason(text, &folded, &scorer, lang) {
            scorer.add_text(reason);
        }
        scorer.finish(&self.levels)
    }

    /// Judges a URL on its own (before or without loading the page).
    pub fn check_url(&self, url: &str, lang: Lang) -> Result<Verdict, UrlError> {
        self.check_url_within(url, lang, MAX_REDIRECT_HOPS)
    }

    /// [`Engine::check_url`], following a redirecting link's target up to `hops` times.
    fn check_url_within(&self, url: &str, lang: Lang, hops: u8) -> Result<Verdict, UrlError> {
        let parsed = ParsedUrl::parse(url, &self.suffixes)?;
        let mut hits = Vec::new();
        let facts = self.url_signals(&parsed, &mut hits);
        let mut scorer = Scorer::default();
        if is_download_url(url) {
            hits.push(SignalHit::new("page.apk-download", url));
            // The file's name is words its sender chose (`Surat_Undangan.apk`,
            // `Tagihan_BPJS.apk`, `slot_gacor.apk`): read as a message is, by the text rules,
            // less the mention of an APK, which `page.apk-download` has said already.
            let name = parsed.url.path().rsplit('/').next().unwrap_or_default();
            let name = percent_encoding::percent_decode_str(name).decode_utf8_lossy();
            let mut named = Scorer::default();
            self.text_rules(&name, lang, TextSource::Message, &mut named);
            for reason in named.into_text_reasons() {
                if reason.rule != APK_MENTION_RULE {
                    scorer.add_text(reason);
                }
            }
        }
        self.add_signals(hits, lang, &mut scorer);
        let verdict = self.cap_official(scorer.finish(&self.levels), &facts);
        match self.redirect_verdict(url, parsed.unicode_host(), lang, hops) {
            Some(inner) if inner.level > verdict.level => Ok(inner),
            _ => Ok(verdict),
        }
    }

    /// Where a link through a redirector (`google.com/url?q=…`, `vk.com/away.php?to=…`) leads,
    /// when that is a warning or worse: the target's verdict with one more reason,
    /// `url.redirect-target`. A trusted first host must not vouch for the target; a target
    /// that is merely unusual (caution) says nothing the link's reader needs.
    fn redirect_verdict(&self, url: &str, host: &str, lang: Lang, hops: u8) -> Option<Verdict> {
        let target = (hops > 0).then(|| crate::url::redirect::target(url))??;
        let mut inner = self.check_url_within(&target, lang, hops - 1).ok()?;
        if inner.level < Level::Warning {
            return None;
        }
        let mut hit = SignalHit::new("url.redirect-target", target);
        hit.domain = Some(host.to_string());
        hit.category = inner.categories.first().copied();
        inner.reasons.extend(self.signal_reason(hit, lang));
        Some(inner)
    }

    /// Judges a page: its URL, words, links, forms and downloads.
    pub fn scan_page(&self, page: &PageModel, lang: Lang) -> Verdict {
        let page = page.clone().bounded();
        let text = page.searchable_text();
        let mut scorer = Scorer::default();
        // A page that asks for secrets: styled names on it are a phishing kit's, not gambling's.
        let secrets = forms::secrets(&page.forms);
        let source = TextSource::Page {
            asks_secrets: !secrets.is_empty(),
        };
        let folded = self.text_rules(&text, lang, source, &mut scorer);
        let mut hits = Vec::new();
        let parsed = ParsedUrl::parse(&page.url, &self.suffixes).ok();
        let facts = match &parsed {
            Some(parsed) => self.url_signals(parsed, &mut hits),
            None => HostFacts::default(),
        };
        self.link_signals(&page, &facts, &mut hits);
        self.free_hosting_brand_page(&page, &facts, &mut hits);
        hits.extend(self.reported_signal(&text)); // a number reported for fraud (src/listing/)
        self.form_signals(&page, &secrets, &facts, &folded.text, &mut hits);
        // Only undampened words: a school's or a hospital's page about the harm of judol quotes
        // its words too, with a report's, a warning's or a clinic's words around them; a
        // planted page has only the promotion.
        if facts.institutional
            && !scorer.is_dampened()
            && scorer.raw_text_score() >= self.levels.caution
            && scorer.text_categories().any(|c| c == Category::Gambling)
        {
            let mut hit = SignalHit::new("page.gambling-on-gov", facts.unicode_host);
            hit.domain = Some(facts.unicode_host.to_string());
            hits.push(hit);
        }
        self.add_signals(hits, lang, &mut scorer);
        let mut verdict = self.cap_official(scorer.finish(&self.levels), &facts);
        if parsed
            .as_ref()
            .is_some_and(|p| self.offers_own_app(&page, p))
        {
            verdict.level = verdict.level.min(Level::Caution);
            verdict.score = verdict.score.min(self.levels.warning.saturating_sub(1));
        }
        verdict
    }

    /// Whether `page` offers app files only from its own site, and that site's name is on an
    /// Indonesian ending handed out against papers (`go.id`, `co.id`, `ac.id`…): a regency's
    /// or a rural bank's own app, which many publish outside the app stores. Scam APKs are
    /// sent in chats and kept on throwaway names and free hosting. Such a page says at most
    /// caution: its "instal aplikasi dari sumber tidak dikenal" is what a scam says too.
    fn offers_own_app(&self, page: &PageModel, url: &ParsedUrl) -> bool {
        let (Some(own), Some(suffix)) = (url.registrable(), url.suffix()) else {
            return false;
        };
        crate::url::brands::is_vetted_indonesian(suffix)
            && !page.downloads.is_empty()
            && page.downloads.iter().all(|d| {
                ParsedUrl::parse(d, &self.suffixes).is_ok_and(|d| d.registrable() == Some(own))
            })
    }

    /// Ids of the phrase rules (dampeners included) that fire on `text`: for rule tests.
    pub fn fired_rules(&self, text: &str) -> Vec<&str> {
        let text = crate::text::normalize::truncate(text, MAX_TEXT_BYTES);
        self.matcher
            .scan(&fold(text), text)
            .into_iter()
            .map(|h| self.rules[h.rule].id.as_str())
            .collect()
    }

    /// The distinct rule phrases found in `text` as whole words, folded and with `*` on open
    /// sides (`*88`, `gacor*`), in pack order: for benchmarks that compare the matcher with
    /// other implementations of the same phrase list, and for rule authors.
    pub fn phrases_found(&self, text: &str) -> Vec<String> {
        let text = crate::text::normalize::truncate(text, MAX_TEXT_BYTES);
        self.matcher
            .phrases_found(&fold(text))
            .into_iter()
            .map(|p| p.key())
            .collect()
    }

    /// Runs the phrase rules over `text`; returns the folded text for later checks.
    pub(crate) fn text_rules(
        &self,
        text: &str,
        lang: Lang,
        source: TextSource,
        scorer: &mut Scorer,
    ) -> Folded {
        let asks_secrets = matches!(source, TextSource::Page { asks_secrets: true });
        let text = crate::text::normalize::truncate(text, MAX_TEXT_BYTES);
        let folded = fold(text);
        let is_message = matches!(source, TextSource::Message);
        // Passages the message quotes (one pass, no allocation when there are none), and
        // whether every scam phrase so far is inside one.
        let quotes = if is_message {
            crate::text::quoted::quoted_spans(text)
        } else {
            Vec::new()
        };
        let mut all_quoted = !quotes.is_empty();
        let mut any_signal = false;
        for hit in self.matcher.scan(&folded, text) {
            let rule = &self.rules[hit.rule];
            let weight = match rule.message_weight {
                Some(weight) if is_message => weight,
                _ => rule.weight,
            };
            match (rule.kind, rule.category) {
                (RuleKind::Dampen, _) => scorer.dampen(weight),
                (RuleKind::Signal, Some(category)) => {
                    any_signal = true;
                    all_quoted &= hit
                        .evidence
                        .iter()
                        .all(|r| crate::text::quoted::inside(&quotes, r));
                    scorer.add_text(Reason {
                        rule: rule.id.clone(),
                        category,
                        message: lang.pick(&rule.message).to_string(),
                        evidence: quote(text, &hit.evidence),
                        weight,
                    })
                }
                (RuleKind::Signal, None) => {}
            }
        }
        if any_signal
            && all_quoted
            && crate::text::quoted::words_outside(text, &quotes) >= MIN_WORDS_AROUND_QUOTES
        {
            scorer.dampen(QUOTED_DAMPENING);
        }
        // A forwarded news report opens with its dateline (`KLATEN - Seorang warga …`) and
        // quotes the scam it reports on. Messages only: a page's dateline could be a fake news
        // article selling an investment, which pages' own news dampeners weigh instead.
        if is_message
            && crate::text::dateline::news_dateline(
                text,
                folded.text.split(|c: char| !c.is_alphanumeric()),
            )
        {
            scorer.dampen(DATELINE_DAMPENING);
        }
        // Names spelt in look-alike letters (𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖, K̲U̲S̲U̲M̲A̲) exist to slip past filters.
        // Someone who writes a whole message in a fancy font is making a style choice; one
        // styled name in plain words, or a styled name with digits (𝐀𝐋𝐄𝐗𝐈𝐒17), is evasion.
        // The commenter's own styled display name in front of a comment is neither.
        let label_end = is_message
            .then(|| crate::text::evasion::display_name_label(text))
            .flatten();
        let evasive = folded.styled_words.iter().find(|w| {
            let word = &folded.text[(*w).clone()];
            let in_label =
                label_end.is_some_and(|end| folded.original_range(w.start, w.end).end <= end);
            !in_label
                && !crate::text::evasion::everyday_styled_word(word)
                && (folded.styled_count * 2 <= folded.word_count
                    || word.bytes().any(|b| b.is_ascii_digit()))
        });
        // On a page, styled letters can be typography (a Japanese page's fullwidth ＤＩＭＥ,
        // rendered math): there they count only next to other scam wording or a form asking
        // for secrets. In a message or comment, the styling alone is the tell.
        let evasive = evasive.filter(|_| is_message || asks_secrets || scorer.raw_text_score() > 0);
        // A name spelt in emoji (⭐➡⛽⛳⚜⁉♈️17): folding keeps only its number, so look at the
        // original. Only messages and comments: on a page, emoji strings are decoration.
        let emoji_name = is_message
            .then(|| crate::text::evasion::emoji_spelled_name(text))
            .flatten();
        // Evasion in a message, like an account number, is something no warning or news does.
        let evasion = is_message && (evasive.is_some() || emoji_name.is_some());
        if let Some(range) = emoji_name {
            let hit = SignalHit::new("text.emoji-name", quote(text, std::slice::from_ref(&range)));
            if let Some(reason) = self.signal_reason(hit, lang) {
                scorer.add_text(reason);
            }
        }
        if let Some(word) = evasive {
            let range = folded.original_range(word.start, word.end);
            let evidence = quote(text, std::slice::from_ref(&range));
            let mut hit = SignalHit::new("text.styled-name", evidence);
            // A bank's name in look-alike letters (𝗞𝗹𝗶𝗸𝗕𝗖𝗔) is a phishing kit dodging filters.
            if let Some(brand) = self.brands.named_in_text(&folded.text[word.clone()]) {
                hit.category = Some(Category::Phishing);
                hit.brand = Some(brand.name.clone());
            } else if asks_secrets {
                hit.category = Some(Category::Phishing);
            }
            if let Some(reason) = self.signal_reason(hit, lang) {
                scorer.add_text(reason);
            }
        }
        // A text that gives an account number to pay into asks for money, whatever warnings it
        // quotes: scam pages copy a company's "kami tidak memungut biaya" and "waspada penipuan
        // mengatasnamakan kami" notices word for word, while fraud education and news seldom
        // print a whole account number. Likewise a message that hides a brand in fancy letters:
        // judol comments open with "gua kira hoax" or "yang bilang judi haram", which no
        // education text styles (on a page, styled letters can be typography: `BuzzFeeᴅ`).
        // Looked for only when a dampener and a scam rule met.
        if scorer.is_dampened()
            && scorer.raw_text_score() > 0
            && (evasion || !crate::listing::contacts::accounts(text).is_empty())
        {
            scorer.limit_dampening(PROOF_DAMPENING_CAP);
        }
        folded
    }

    /// The text model's word on a message the rest of the engine already finds suspicious.
    ///
    /// On its own the model would warn about operators' promotions and honest shop messages
    /// that read like spam (measured: a fifth of Indonesian operators' SMS), and comments that
    /// name the video makers judol spam is posted under, so it only confirms: when the rules
    /// and signals put a message at `caution` and the model is sure it is a scam, its evidence
    /// (in the category of the rules' strongest reason) lifts the message to `warning`. Dampened
    /// text (a warning about the scam, a news report) keeps its dampening, so a quoted scam
    /// mostly stays where it was.
    fn model_reason(
        &self,
        text: &str,
        folded: &Folded,
        scorer: &Scorer,
        lang: Lang,
    ) -> Option<Reason> {
        let model = self.text_model.as_ref()?;
        let score = scorer.score();
        if score >= self.levels.warning {
            return None;
        }
        // A message the rules left below caution: the model may speak alone, only when the
        // message asks for money or a secret (`text::asks`) and the model is all but certain,
        // or when it hands over a stranger's contact (a phone number, a WhatsApp or Telegram
        // handle, an account number) and the model is sure. Sure as it may be, the model also
        // finds operators' promotions and greetings scam-like; those do neither (they carry
        // USSD codes, short numbers and the operator's own links). Links are not a contact
        // here: promotions link to shops and shortened pages, and link scams have the URL
        // checks. Measured in docs/history.md (2026-12-05).
        let alone = score < self.levels.caution;
        let gate = if alone {
            Some(match crate::text::asks::what_it_asks(text) {
                Some(asked) => AloneGate::Asks(asked),
                // The word count first: it stops at the twelfth word, where the contact
                // readers go through the whole message.
                None if text
                    .split_whitespace()
                    .nth(MODEL_CONTACT_MIN_WORDS - 1)
                    .is_some()
                    && gives_contact(text) =>
                {
                    AloneGate::Contact
                }
                None => return None,
            })
        } else {
            None
        };
        // Only now: most messages are neither at caution nor asking for money, and they are
        // not worth the prediction.
        let prediction = model.predict(&folded.text);
        let threshold = match gate {
            Some(AloneGate::Asks(_)) => MODEL_ALONE_THRESHOLD,
            Some(AloneGate::Contact) => MODEL_CONTACT_THRESHOLD,
            None => model.threshold(),
        };
        if prediction.probability < threshold {
            return None;
        }
        let evidence = model_evidence(text, folded, &prediction);
        let hit = match gate {
            Some(AloneGate::Contact) => SignalHit::new("text.model-contact", evidence),
            Some(AloneGate::Asks(asked)) => {
                // Asking for a secret is phishing; for money, the rules' strongest category if
                // any (the signal's own, impersonation, without one).
                let mut hit = SignalHit::new("text.model-asks", evidence);
                hit.category = match asked {
                    crate::text::asks::Ask::Secret => Some(Category::Phishing),
                    crate::text::asks::Ask::Money => scorer.strongest_text_category(),
                };
                hit
            }
            None => {
                let mut hit = SignalHit::new("text.model", evidence);
                hit.category = Some(scorer.strongest_text_category()?);
                hit
            }
        };
        self.signal_reason(hit, lang)
    }

    /// URL signals for one host; returns what later checks need to know.
    fn url_signals<'u>(&'u self, url: &'u ParsedUrl, hits: &mut Vec<SignalHit>) -> HostFacts<'u> {
        let listed = self.listed(url);
        let mut facts = HostFacts {
            institutional: listed.institutional,
            unicode_host: url.unicode_host(),
            ..HostFacts::default()
        };
        // A one-label name (`intranet`, `localhost`, or `http` from a link written
        // `https://http//twitter.com/…`) is not on the public internet: no scammer's site can be
        // there for the user, and the link's path says nothing about one.
        if !url.is_ip && !url.host.contains('.') {
            return facts;
        }
        // A judol page planted on an institution's site (`…ac.id/slot-gacor/`): asked before
        // the host's own standing, since a break-in puts it on an office's official site too
        // (which `cap_official` then keeps at caution). Institutions by the hand-written list
        // and by every country's government, university and school endings (`gov.my`, `ac.uk`,
        // `or.id`; `url::institution`); the page check `page.gambling-on-gov` keeps to the
        // list, since it weighs a page's words and an NGO's page against gambling quotes them.
        let has_path = url.url.path().len() > 1 || url.url.query().is_some();
        if has_path
            && (facts.institutional || crate::url::institution::institutional_suffix(url))
            && let Some(slug) = crate::url::institution::judol_page(url)
        {
            let mut hit = SignalHit::new("url.gambling-path-on-gov", slug);
            hit.domain = Some(url.unicode_host().to_string());
            hits.push(hit);
        }
        // A site named in a shared host's path (`sites.google.com/view/…`): judged by the name
        // it chose, like a site on free hosting; the shared host's own standing says nothing.
        // The path's own traits still count (a host name or a service's name as a folder).
        if let Some(site) = crate::url::sites::path_site(url) {
            facts.free_hosting = true;
            facts.imitated = self.path_site_signals(url, &site, hits);
            self.path_signals(url, facts.imitated.is_some(), false, hits);
            // Judged by the name it chose, the shared host's own standing aside.
            self.shape_signals(url, Hosting::Own, false, hits);
            return facts;
        }
        let labels = url.label_list();
        // The walk of the host lists found any official domain (`BrandIndex::official`'s walk).
        let brand = match listed.official.and_then(|b| self.brands.brand(b)) {
            Some(b) => Some(BrandMatch::Official(b)),
            None => self.brands.lookalike(&url.host, &labels),
        };
        if let Some(BrandMatch::Official(_)) = brand {
            facts.official_brand = true;
            facts.trusted = true;
            return facts;
        }
        // A site under a free-hosting domain, whether the Public Suffix List knows that domain
        // (`x.web.app`) or not (`x.000webhostapp.com`, `x.weebly.com`).
        // Not the hosting service's own site (`web.app`, `www.weebly.com`).
        let free_hosting = listed
            .free_hosting
            .is_some_and(|start| start != 0 && !(start == 4 && url.host.starts_with("www.")));
        let country_variant = match (url.registrable(), url.suffix()) {
            (Some(r), Some(s)) if !free_hosting && self.is_country_suffix(s) => {
                self.brands.country_variant(r, s).is_some()
            }
            _ => false,
        };
        if country_variant {
            facts.official_brand = true;
            facts.trusted = true;
            return facts;
        }
        facts.free_hosting = free_hosting;
        if listed.allow {
            facts.trusted = true;
            return facts;
        }
        // The evidence is the hosting service (`000webhostapp.com`), as the message names it.
        if free_hosting
            && listed.abused
            && let Some(service) = listed.free_hosting.and_then(|start| url.host.get(start..))
        {
            hits.push(SignalHit::new("url.abused-hosting", service));
        }
        if let Some(hit) = self.blocklisted(url, url.unicode_host()) {
            hits.push(hit);
        }
        if !url.url.username().is_empty() || url.url.password().is_some() {
            let user = url.url.username().to_string();
            let mut hit = SignalHit::new(
                "url.userinfo-trick",
                format!("{user}@{}", url.unicode_host()),
            );
            hit.domain = Some(url.unicode_host().to_string());
            hits.push(hit);
        }
        // A home router or an office's own server (192.168.1.1) is no one's lure.
        if url.is_ip && crate::url::addr::is_public_ip(&url.host) {
            hits.push(SignalHit::new("url.ip-host", url.host.clone()));
        }
        // A brand named in the path of a bare address outside a home's or an office's network
        // (`http://198.51.100.23/mandiri/login`): the path is the only name such a page has,
        // so it is read as a host label would be (`mandiri-login`).
        if url.is_ip
            && !crate::url::addr::is_local_ip(&url.host)
            && let Some(brand) = self.brand_in_ip_path(url)
        {
            let mut hit = SignalHit::new("url.brand-path-on-ip", url.url.path()).with_brand(brand);
            hit.domain = Some(url.host.clone());
            hits.push(hit);
            facts.imitated = Some(brand);
        }
        // Homoglyphs: judge the host as the eye reads it (bсa.co.id with a Cyrillic с).
        // Digits and letter pairs standing in for letters: c0inbase.com, rnetamask.io.
        let skeleton = url.skeleton_host();
        let leet = skeleton.is_none().then(|| url.leet_host()).flatten();
        let skeleton_brand = skeleton.as_deref().or(leet.as_deref()).and_then(|s| {
            // A leet host is plain lower-case ASCII: split it at its suffix directly rather
            // than parse it as a URL again (the same host and labels, a microsecond less).
            let parsed;
            let (host, labels) = match leet.as_deref() {
                Some(h) if !crate::url::split_dots(h).any(|l| l.starts_with("xn--")) => {
                    let (start, _) = self.suffixes.suffix_start(h);
                    let head = &h[..start.saturating_sub(1)];
                    let labels = crate::url::split_dots(head).filter(|l| !l.is_empty());
                    (h, crate::url::Labels::new(labels))
                }
                _ => {
                    parsed = ParsedUrl::parse(s, &self.suffixes).ok()?;
                    (parsed.host.as_str(), parsed.label_list())
                }
            };
            match self.brands.classify(host, &labels)? {
                BrandMatch::Official(b)
                | BrandMatch::NameInHost(b, _)
                | BrandMatch::OfficialInside(b, _) => Some(b),
            }
        });
        // A typo of an official domain's name on that domain's own ending (`danna.id`,
        // `bnii.co.id`): read as the brand, like the host as the eye reads it.
        let skeleton_brand = skeleton_brand.or_else(|| match (url.registrable(), url.suffix()) {
            (Some(r), Some(s)) => self.brands.official_typo(r, s),
            _ => None,
        });
        // The evidence is the host, which also fills `{domain}` (no second copy of it).
        let mut brand_hit = |id: &'static str, b: &'u BrandData| {
            hits.push(SignalHit::new(id, url.unicode_host()).with_brand(b));
            facts.imitated = Some(b);
        };
        match (brand, skeleton_brand) {
            // Only a government registers under `go.id`, `gov.uk` and the like: a government
            // brand's name there is one of its own offices' (`cekbansos.jatengprov.go.id`).
            (Some(BrandMatch::NameInHost(b, _)), None)
                if b.kind == "government" && crate::url::institution::government_only(url) => {}
            (_, Some(b)) => brand_hit("url.brand-lookalike", b),
            (Some(BrandMatch::OfficialInside(b, _)), None) => {
                brand_hit("url.brand-in-subdomain", b)
            }
            // A famous name glued to a site's own words (dipyoutube, googlefeud) is weaker
            // evidence than one standing alone or with lure words (`url::lure`); so is a name
            // beside a company's own words on an ending PANDI vets against company papers
            // (`bni-am.co.id` is BNI's asset manager, `bni-verifikasi.co.id` a lookalike).
            (Some(BrandMatch::NameInHost(b, keyword)), None)
                if crate::url::lure::glued_without_lure(&labels, keyword)
                    || (url
                        .suffix()
                        .is_some_and(crate::url::brands::is_vetted_indonesian)
                        && !crate::url::lure::beside_lure_word(&labels, keyword)) =>
            {
                brand_hit("url.brand-glued", b)
            }
            (Some(BrandMatch::NameInHost(b, keyword)), None)
                if b.kind != "government" && self.short_name_held_elsewhere(url, keyword) => {}
            (Some(BrandMatch::NameInHost(b, _)), None) if free_hosting => {
                brand_hit("url.free-hosting-brand", b)
            }
            (Some(BrandMatch::NameInHost(b, _)), None) => brand_hit("url.brand-lookalike", b),
            _ => {}
        }
        self.path_signals(url, facts.imitated.is_some(), free_hosting, hits);
        let cheap_ending = self.is_risky_tld(url.tld());
        let hosting = match (free_hosting, listed.app_hosting) {
            (true, true) => Hosting::App,
            (true, false) => Hosting::Free,
            (false, _) => Hosting::Own,
        };
        self.shape_signals(url, hosting, cheap_ending, hits);
        if cheap_ending {
            hits.push(SignalHit::new(
                "url.risky-tld",
                url.unicode_host().to_string(),
            ));
        }
        // A judol brand's number in a name (`abang99.sbs`, `agen77g.lat`).
        if !hits.iter().any(|h| h.id == "url.gambling-host")
            && crate::url::kit::lucky_number_name(url, cheap_ending)
        {
            hits.push(SignalHit::new(
                "url.gambling-host",
                url.unicode_host().to_string(),
            ));
        }
        if listed.shortener {
            hits.push(SignalHit::new("url.shortener", url.url.as_str()));
            if let Some(names) = crate::url::slug::short_link_name(url) {
                if let Some((hit, brand)) = self.short_link_lure(url, &names) {
                    hits.push(hit);
                    facts.imitated = facts.imitated.or(Some(brand));
                }
                // A name that says where the link goes whatever brand it names: a judol site
                // (`bit.ly/slotgacor-88`) or an app file (`s.id/undangan-pernikahan-apk`).
                if let Some(id) = crate::url::slug::telling_name(url, &names) {
                    let shown = crate::text::normalize::truncate(url.url.as_str(), 100);
                    let mut hit = SignalHit::new(id, shown);
                    hit.domain = Some(url.unicode_host().to_string());
                    hits.push(hit);
                }
            }
        }
        facts
    }

    /// The brand named by the words of `url`'s path written as one host label
    /// (`/mandiri/login` → `mandiri-login`, `/bca-klik/` → `bca-klik`), by the brand index's
    /// host rules: whole names, names inside longer words, typos, ordinary-word names beside a
    /// banking word.
    fn brand_in_ip_path(&self, url: &ParsedUrl) -> Option<&BrandData> {
        const MAX_LABEL: usize = 63;
        let mut label = String::new();
        for word in url
            .url
            .path()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            if label.len() + word.len() + 1 > MAX_LABEL {
                break;
            }
            if !label.is_empty() {
                label.push('-');
            }
            label.push_str(&word.to_ascii_lowercase());
        }
        match self.brands.lookalike(&label, &[label.as_str()])? {
            BrandMatch::NameInHost(b, _) | BrandMatch::OfficialInside(b, _) => Some(b),
            BrandMatch::Official(_) => None,
        }
    }

    /// A short link whose custom name pairs a brand's name with a lure (`bit.ly/bca-update-tarif`,
    /// `s.id/BansosBLT2025`): the name is the only one such a link has, so it is read as a host
    /// label would be (`url::slug`). A brand's name alone there is the brand's own short link
    /// as often as not (`bit.ly/BCAKartuKredit`), and stays quiet.
    fn short_link_lure(
        &self,
        url: &ParsedUrl,
        names: &[String; 2],
    ) -> Option<(SignalHit, &BrandData)> {
        let labels = [names[0].as_str(), names[1].as_str()];
        let Some(BrandMatch::NameInHost(brand, keyword)) =
            self.brands.lookalike(labels[0], &labels)
        else {
            return None;
        };
        if !crate::url::lure::beside_short_link_lure(&labels, keyword, &brand.kind) {
            return None;
        }
        let shown = crate::text::normalize::truncate(url.url.as_str(), 100);
        let mut hit = SignalHit::new("url.shortener-brand-lure", shown).with_brand(brand);
        hit.domain = Some(url.unicode_host().to_string());
        Some((hit, brand))
    }

    /// The signals of a site named in a shared host's path (`url::sites`), as a site of that
    /// name on free hosting would raise them: free hosting, a brand's name (glued into another
    /// word or not), a login word. Returns the brand imitated.
    fn path_site_signals(
        &self,
        url: &ParsedUrl,
        site: &crate::url::sites::PathSite,
        hits: &mut Vec<SignalHit>,
    ) -> Option<&BrandData> {
        // Where the site is, as the user reads it: `sites.google.com/view/docusign-shared-file`.
        let path = url.url.path();
        let shown = format!("{}{}", url.unicode_host(), &path[..site.end]);
        hits.push(SignalHit::new("url.free-hosting", shown.as_str()));
        let site = site.name.as_str();
        let labels = [site];
        let mut imitated = None;
        if let Some(BrandMatch::NameInHost(b, keyword)) = self.brands.lookalike(site, &labels) {
            let id = if crate::url::lure::glued_without_lure(&labels, keyword) {
                "url.brand-glued"
            } else {
                "url.free-hosting-brand"
            };
            hits.push(SignalHit::new(id, shown.as_str()).with_brand(b));
            imitated = Some(b);
        }
        if let Some(word) = crate::url::kit::site_name_lure(site) {
            hits.push(SignalHit::new("url.free-hosting-lure", word));
        }
        imitated
    }

    /// What the allow, free-hosting, shortener and institutional lists say about `url`'s host.
    fn listed(&self, url: &ParsedUrl) -> Listed {
        let mut listed = Listed::default();
        let registrable = url.registrable().map(|r| url.host.len() - r.len());
        self.host_lists
            .each_listed_tagged(&url.host, |start, kinds, brand| {
                if listed.official.is_none() {
                    listed.official = brand;
                }
                listed.allow |= kinds & HOST_ALLOW != 0;
                listed.institutional |= kinds & HOST_INSTITUTIONAL != 0;
                if kinds & (HOST_FREE_HOSTING | HOST_APP_HOSTING) != 0
                    && listed.free_hosting.is_none()
                {
                    listed.free_hosting = Some(start);
                    listed.app_hosting = kinds & HOST_APP_HOSTING != 0;
                    listed.abused = kinds & HOST_ABUSED != 0;
                }
                // Shorteners are looked up from the registrable domain up (`bit.ly`, not `x.bit.ly`).
                listed.shortener |=
                    kinds & HOST_SHORTENER != 0 && registrable.is_some_and(|r| start >= r);
            });
        listed
    }

    /// Whether `host` is on, or under a name on, the allow list.
    fn allowed(&self, host: &str) -> bool {
        let mut allowed = false;
        self.host_lists
            .each_listed(host, |_, kinds| allowed |= kinds & HOST_ALLOW != 0);
        allowed
    }

    /// Whether `tld` is one of the near-free endings scam sites favour (`rules/hosting.toml`).
    fn is_risky_tld(&self, tld: &str) -> bool {
        self.risky_filter.may_contain(tld) && self.risky_tlds.iter().any(|t| t == tld)
    }

    /// Whether a brand's short name is the whole name of the domain on an old generic ending or
    /// on another country's (`bsi.de`, `dana.com`, `bni.com`, `bca.co.uk`). Names of three or
    /// four letters there were registered long ago by others (Germany's BSI, Dana Inc., BNI's
    /// business network), and a scammer cannot take them; a fresh lookalike of an Indonesian
    /// brand gets a cheap new ending (`bri.xyz`) or Indonesia's own (`bca.id`). Not asked for
    /// government brands: their real sites are on closed endings (`irs.gov`), so `irs.org`
    /// or `bpjs.com` is someone posing as them.
    fn short_name_held_elsewhere(&self, url: &ParsedUrl, keyword: &str) -> bool {
        const OLD_GENERIC: [&str; 6] = ["com", "net", "org", "edu", "gov", "int"];
        let (Some(registrable), Some(suffix)) = (url.registrable(), url.suffix()) else {
            return false;
        };
        let tld = url.tld();
        keyword.len() <= 4
            && registrable.len() == keyword.len() + 1 + suffix.len()
            && registrable.starts_with(keyword)
            && (OLD_GENERIC.contains(&suffix) || (self.is_country_suffix(suffix) && tld != "id"))
    }

    /// Whether `suffix` is a country's (`de`, `com.uy`, `co.uk`) where global brands hold their
    /// name, rather than a generic or near-free ending anyone can take (`paypal.xyz`,
    /// `google.top` and `olx.tk` are lookalikes, not country sites).
    fn is_country_suffix(&self, suffix: &str) -> bool {
        // Byte loops: `rsplit('.')` and `split('.')` set up a char searcher on every check.
        let tld = crate::url::last_dot(suffix).map_or(suffix, |d| &suffix[d + 1..]);
        suffix.bytes().filter(|&b| b == b'.').count() <= 1
            && tld.len() == 2
            && tld.bytes().all(|b| b.is_ascii_lowercase())
            && !self.is_risky_tld(tld)
    }

    /// The path and query of a URL on a host that is not the brand's: a brand's name there
    /// (`/chase/Chase/…`, `/amazon/signin.php`) and login or verification words. On free
    /// hosting a brand's three-letter name counts too, beside a lure word (`/pln/subsidi/`).
    fn path_signals(
        &self,
        url: &ParsedUrl,
        brand_in_host: bool,
        free_hosting: bool,
        hits: &mut Vec<SignalHit>,
    ) {
        let rest = url.url.from_path();
        // Most paths are lower case already: copy only those that are not.
        let lower = if rest.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(rest.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Borrowed(rest)
        };
        // Words of article titles (`/how-to-clear-google-search-history`) are not a kit's.
        // One pass finds the first brand keyword and the first login word (two passes were
        // a twentieth of a check of a URL with a path).
        let (mut brand, mut word) = (None, None);
        // On free hosting, a brand's three-letter name and a lure word: three letters are too
        // few to name a brand alone (`/bri/` is a folder of initials on many a site), but
        // beside a lure (`/pln/subsidi/`) on a site anyone set up in a minute they do.
        let (mut initials, mut lure) = (None, false);
        for t in crate::url::path::words_outside_slugs(&lower) {
            if brand.is_none() && !brand_in_host {
                brand = self.brands.keyword(t);
                if free_hosting && brand.is_none() {
                    // A brand's words (`names`) of three letters are its keywords of three.
                    match (t.len() == 3)
                        .then(|| self.brands.named_in_text(t))
                        .flatten()
                    {
                        Some(b) => initials = initials.or(Some(b)),
                        None => lure = lure || crate::url::lure::is_lure_piece(t),
                    }
                }
            }
            if word.is_none() && CREDENTIAL_PATH_WORDS.contains(&t) {
                word = Some(t);
            }
            if word.is_some() && (brand.is_some() || brand_in_host) {
                break;
            }
        }
        let brand = brand.or(initials.filter(|_| lure));
        if let Some(brand) = brand {
            // On a bare address outside a home's or an office's network, the brand's name is
            // the only name the page has (`http://203.0.113.45/bri/brimo/`): no bank serves its
            // customers from one.
            let id = if url.is_ip && !crate::url::addr::is_local_ip(&url.host) {
                "url.brand-path-on-ip"
            } else {
                "url.brand-in-path"
            };
            let mut hit =
                SignalHit::new(id, crate::text::normalize::truncate(rest, 120)).with_brand(brand);
            hit.domain = Some(url.unicode_host().to_string());
            hits.push(hit);
        }
        if let Some(word) = word {
            hits.push(SignalHit::new("url.credential-path", word.to_string()));
        }
    }

    /// Brand-independent traits of phishing-kit addresses (`url::shape`), each weak alone.
    /// `cheap_ending`: the host is on one of the near-free endings (`url.risky-tld`).
    fn shape_signals(
        &self,
        url: &ParsedUrl,
        hosting: Hosting,
        cheap_ending: bool,
        hits: &mut Vec<SignalHit>,
    ) {
        let before = hits.len();
        let host_hit = |id: &'static str, evidence: String| {
            let mut hit = SignalHit::new(id, evidence);
            hit.domain = Some(url.unicode_host().to_string());
            hit
        };
        // The two e-mail signals are one look at the link, the three folder signals one walk
        // of the path, each asked where they stood among the checks, so the reasons keep
        // their order.
        let (first, rest) = crate::url::shape::CHECKS.split_at(crate::url::shape::FOLDER_SIGNAL_AT);
        for (id, check) in first {
            if let Some(evidence) = check(url) {
                hits.push(host_hit(id, evidence));
            }
        }
        let paired = [
            crate::url::shape::email_signal(url),
            crate::url::shape::folder_page_signal(url),
        ];
        for (id, evidence) in paired.into_iter().flatten() {
            hits.push(host_hit(id, evidence));
        }
        for (id, check) in rest.iter().chain(&crate::url::kit::CHECKS) {
            if let Some(evidence) = check(url) {
                hits.push(host_hit(id, evidence));
            }
        }
        // On app hosting a real project picks a name; a machine-made or very long one is
        // what a throwaway page gets (`vbf9iuherwiu.wl.r.appspot.com`,
        // `pinksale-finance-solana-launchpad-baom.pages.dev`). The label count behind
        // `url.deep-host` says nothing there: App Engine's regional names all have five.
        if hosting == Hosting::App
            && (url.host.len() >= 40 || hits[before..].iter().any(|h| h.id == "url.random-host"))
        {
            let mut hit = SignalHit::new(
                "url.odd-name-on-app-hosting",
                url.unicode_host().to_string(),
            );
            hit.domain = Some(url.unicode_host().to_string());
            hits.push(hit);
        }
        let free_hosting = hosting != Hosting::Own;
        if let Some(scheme) = crate::url::money::scheme_host(url, cheap_ending) {
            let id = match scheme {
                crate::url::money::Scheme::Investment => "url.investment-host",
                crate::url::money::Scheme::Loan => "url.loan-host",
                crate::url::money::Scheme::Job => "url.job-scam-host",
                crate::url::money::Scheme::Vacancy => "url.job-vacancy-host",
                crate::url::money::Scheme::Lure => "url.lure-host",
            };
            let mut hit = SignalHit::new(id, url.unicode_host().to_string());
            hit.domain = Some(url.unicode_host().to_string());
            hits.push(hit);
        }
        if let Some(word) = crate::url::crypto::drainer_host(url, free_hosting) {
            let mut hit = SignalHit::new("url.crypto-drainer-host", word);
            hit.domain = Some(url.unicode_host().to_string());
            hits.push(hit);
        }
        if free_hosting {
            hits.push(SignalHit::new(
                "url.free-hosting",
                url.unicode_host().to_string(),
            ));
            if let Some(word) = crate::url::kit::free_hosting_lure(url) {
                hits.push(SignalHit::new("url.free-hosting-lure", word));
            }
        }
    }

    /// The block-list hit for a host (or a parent down to its registrable domain), if any.
    /// The evidence is copied only for a hit (a copy per URL checked was one of its five heap
    /// allocations).
    fn blocklisted(&self, url: &ParsedUrl, evidence: &str) -> Option<SignalHit> {
        let (entry, index) = self.blocked.find(&url.host, url.registrable())?;
        let list = self.block_lists.get(usize::from(index))?;
        let mut hit = SignalHit::new("url.blocklisted", evidence);
        hit.domain = Some(entry.to_string());
        hit.category = list.category;
        hit.list = Some(usize::from(index));
        Some(hit)
    }

    /// Links: chat redirects, block-listed destinations and software downloads.
    fn link_signals(&self, page: &PageModel, facts: &HostFacts<'_>, hits: &mut Vec<SignalHit>) {
        if let Some(chat) = page.links.iter().find(|l| {
            ParsedUrl::parse(&l.href, &self.suffixes)
                .is_ok_and(|p| CHAT_HOSTS.iter().any(|c| p.is_under(c)))
        }) {
            hits.push(SignalHit::new("page.whatsapp-redirect", chat.href.clone()));
        }
        if !facts.official_brand {
            'links: for link in &page.links {
                let Ok(p) = ParsedUrl::parse(&link.href, &self.suffixes) else {
                    continue;
                };
                if self.allowed(&p.host) {
                    continue;
                }
                if let Some(hit) = self.blocklisted(&p, &link.href) {
                    hits.push(hit);
                    break 'links;
                }
            }
        }
        if let Some(d) = page.downloads.iter().find(|d| is_download_url(d)) {
            hits.push(SignalHit::new("page.apk-download", d.clone()));
        }
    }

    /// Forms asking for secrets on a domain that is not the brand's.
    fn form_signals(
        &self,
        page: &PageModel,
        secrets: &[forms::Secret],
        facts: &HostFacts<'_>,
        folded: &str,
        hits: &mut Vec<SignalHit>,
    ) {
        if facts.trusted {
            return;
        }
        let Some(&strongest) = secrets.last() else {
            return;
        };
        let asked = secrets
            .iter()
            .map(|s| s.label())
            .collect::<Vec<_>>()
            .join(", ");
        let title = fold(&page.title).text;
        // A password alone is every login form on the web: the brand must be in the title or
        // the address. A PIN, OTP or card number next to a bank's name anywhere is enough.
        let brand = facts.imitated.or_else(|| {
            let where_to_look = if strongest == forms::Secret::Password {
                title.as_str()
            } else {
                folded
            };
            self.brands.named_in_text(where_to_look)
        });
        let brand = brand.map(|b| (b.name.clone(), b.official.join(", ")));
        match brand {
            Some((name, official)) => {
                let mut hit = SignalHit::new("page.credential-form-brand", asked);
                hit.brand = Some(name);
                hit.official = Some(official);
                hits.push(hit);
            }
            None if strongest > forms::Secret::Password => {
                hits.push(SignalHit::new("page.credential-form", asked))
            }
            None => {}
        }
    }

    /// A page on free hosting whose title names a protected brand: banks and e-wallets never
    /// publish there, phishing kits do (pembatalan.github.io "Mandiri Kartu Kredit"). With a
    /// form to fill in it is a warning on its own; without one, a hint.
    fn free_hosting_brand_page(
        &self,
        page: &PageModel,
        facts: &HostFacts<'_>,
        hits: &mut Vec<SignalHit>,
    ) {
        if !facts.free_hosting || facts.trusted || facts.imitated.is_some() {
            return;
        }
        let title = fold(&page.title).text;
        // Kits write the brand's domain keyword with spaces ("Mandiri Kartu Kredit" is
        // mandirikartukredit.com): look for whole words, then for the words run together.
        let brand = self
            .brands
            .named_in_text(&title)
            .or_else(|| self.brands.keyword_inside(&title.replace(' ', "")));
        let Some(brand) = brand else {
            return;
        };
        let has_form = page.forms.iter().any(|f| !f.inputs.is_empty());
        let id = if has_form {
            "page.brand-form-on-free-hosting"
        } else {
            "page.brand-on-free-hosting"
        };
        let mut hit = SignalHit::new(id, page.title.clone()).with_brand(brand);
        hit.domain = Some(facts.unicode_host.to_string());
        hits.push(hit);
    }

    /// Turns signal hits into reasons with the pack's weights and messages.
    pub(crate) fn add_signals(&self, hits: Vec<SignalHit>, lang: Lang, scorer: &mut Scorer) {
        for hit in hits {
            if let Some(reason) = self.signal_reason(hit, lang) {
                scorer.add_structural(reason);
            }
        }
    }

    /// The reason for a signal hit, with the pack's weight and message; `None` when the pack
    /// does not define the signal (that switches it off).
    fn signal_reason(&self, hit: SignalHit, lang: Lang) -> Option<Reason> {
        let signal = self.signals.get(hit.id)?;
        let def = &signal.def;
        let category = hit.category.or(def.category)?;
        let list_label = hit
            .list
            .and_then(|i| self.block_lists.get(i))
            .map_or("?", |l| lang.pick(&l.label));
        let message = signal.messages[lang.index()].render(|slot| match slot {
            Slot::Brand => hit.brand.as_deref().unwrap_or("?"),
            Slot::Official => hit.official.as_deref().unwrap_or("?"),
            Slot::Domain => hit.domain.as_deref().unwrap_or(&hit.evidence),
            Slot::Detail => hit.detail.as_deref().unwrap_or("?"),
            Slot::List => list_label,
            Slot::Evidence => &hit.evidence,
        });
        // The hit's own evidence, cut in place: no copy.
        let mut evidence = hit.evidence;
        let cut = crate::text::normalize::truncate(&evidence, 2 * MAX_EVIDENCE_PIECE).len();
        evidence.truncate(cut);
        Some(Reason {
            rule: def.id.clone(),
            category,
            message,
            evidence,
            weight: def.weight,
        })
    }

    /// A brand's official site is never flagged, whatever its pages say (fraud-education
    /// pages quote scam messages word for word).
    fn cap_official(&self, mut verdict: Verdict, facts: &HostFacts<'_>) -> Verdict {
        if facts.official_brand && verdict.level > Level::Caution {
            verdict.level = Level::Caution;
            verdict.score = verdict.score.min(self.levels.warning.saturating_sub(1));
        }
        verdict
    }
}

/// Quotes the evidence ranges of `text`, joined by " … ", each piece capped.
fn quote(text: &str, ranges: &[std::ops::Range<usize>]) -> String {
    let mut pieces: Vec<String> = Vec::with_capacity(ranges.len());
    for r in ranges {
        let Some(piece) = text.get(r.clone()) else {
            continue;
        };
        let piece = piece.split_whitespace().collect::<Vec<_>>().join(" ");
        let cut = crate::text::normalize::truncate(&piece, MAX_EVIDENCE_PIECE);
        let piece = if cut.len() < piece.len() {
            format!("{cut}…")
        } else {
            piece
        };
        if !pieces.contains(&piece) {
            pieces.push(piece);
        }
    }
    pieces.join(" … ")
}

/// Whether `c` ends a word when looking for links in a message.
fn ends_link_word(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '<' | '>' | '"' | '\'' | '(' | ')' | '[' | ']' | '{' | '}'
        )
}

/// The words of `text` (split at [`ends_link_word`]) that contain a dot, in order. Every link
/// or host name has a dot, so only the few words around dots are looked at: a pass over the
/// bytes for `.` instead of splitting the whole text into words.
fn words_with_dots(text: &str) -> impl Iterator<Item = &str> {
    let mut from = 0;
    std::iter::from_fn(move || {
        let dot = from + text.get(from..)?.find('.')?;
        let start = text[..dot]
            .char_indices()
            .rev()
            .find(|&(_, c)| ends_link_word(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = text[dot..]
            .char_indices()
            .find(|&(_, c)| ends_link_word(c))
            .map_or(text.len(), |(i, _)| dot + i);
        from = end;
        Some(&text[start..end])
    })
}

/// Words of a message that look like links: `http(s)://…`, `www.…`, or `name.tld/…`.
fn urls_in_text<'a>(text: &'a str, suffixes: &'a SuffixList) -> impl Iterator<Item = &'a str> {
    words_with_dots(text)
        .map(|w| w.trim_end_matches(['.', ',', '!', '?', ':', ';']))
        .filter(|w| {
            // Every link or host name has a dot; checking that first spares an allocation per word.
            if !w.contains('.') {
                return false;
            }
            let lower = w.to_ascii_lowercase();
            if lower.starts_with("http://")
                || lower.starts_with("https://")
                || lower.starts_with("www.")
            {
                return true;
            }
            // A bare domain needs a known public suffix and a letter before it ("Rp1.500" is not a host).
            let host = lower.split(['/', '?', '#']).next().unwrap_or_default();
            // "money...as in" is prose: a host name has no empty label.
            host.contains('.')
                && !host.contains("..")
                && !host.contains('@')
                && host
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
                && host.bytes().any(|b| b.is_ascii_alphabetic())
                // A top-level domain is never all digits (RFC 3696 §2), so "rp80.000" cannot
                // have a known suffix: skip the suffix-list lookups, the costly part.
                && host
                    .rsplit('.')
                    .next()
                    .is_some_and(|tld| tld.bytes().any(|b| b.is_ascii_alphabetic()))
                && {
                    let split = suffixes.split(host);
                    split.known && split.registrable.is_some()
                }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "embedded-pack")]
    #[test]
    fn an_app_offered_from_its_own_vetted_site_is_at_most_a_caution() {
        let engine = Engine::with_default_pack().expect("default pack");
        let page = |url: &str, apk: &str| PageModel {
            url: url.into(),
            title: "Unduh Aplikasi".into(),
            text: vec![
                "Download aplikasi versi terbaru (APK). Buka Pengaturan, izinkan instal aplikasi \
                 dari sumber tidak dikenal, lalu instal file APK."
                    .into(),
            ],
            downloads: vec![apk.into()],
            ..PageModel::default()
        };
        // A regency's own app, from its own go.id site.
        let own = engine.scan_page(
            &page(
                "https://disdukcapil.boyolali.go.id/aplikasi",
                "https://disdukcapil.boyolali.go.id/unduh/layanan.apk",
            ),
            Lang::Id,
        );
        assert!(own.level <= Level::Caution, "{own:?}");
        // The same words and file elsewhere warn: a throwaway name, or a vetted site whose
        // APK lives on another host.
        for (url, apk) in [
            (
                "https://dukcapil-layanan.xyz/",
                "https://dukcapil-layanan.xyz/layanan.apk",
            ),
            (
                "https://disdukcapil.boyolali.go.id/aplikasi",
                "https://files-share.xyz/layanan.apk",
            ),
        ] {
            let elsewhere = engine.scan_page(&page(url, apk), Lang::Id);
            assert!(
                elsewhere.level >= Level::Warning,
                "{url} {apk}: {elsewhere:?}"
            );
        }
    }

    #[cfg(feature = "embedded-pack")]
    #[test]
    fn quoted_warnings_do_not_excuse_an_account_to_pay_into() {
        let engine = Engine::with_default_pack().expect("default pack");
        let notice = "Rekrutmen BUMN tidak dipungut biaya, waspada penipuan mengatasnamakan kami. \
            Peserta yang lolos seleksi wajib transfer biaya akomodasi hotel ke rekening";
        // A scam page copies the company's own notice, then gives an account: it warns.
        let scam = engine.scan_text(
            &format!("{notice} BRI 0986-01-004412-50-3 a.n Sari Dewi paling lambat besok."),
            Lang::Id,
        );
        assert!(scam.is_flagged(), "{scam:?}");
        // The same words without an account number stay dampened, as fraud education does.
        let education = engine.scan_text(&format!("{notice} panitia, kata pelaku."), Lang::Id);
        assert!(!education.is_flagged(), "{education:?}");
    }

    #[cfg(feature = "embedded-pack")]
    #[test]
    fn three_letter_brand_names_in_free_hosted_paths_need_a_lure_word_beside_them() {
        let engine = Engine::with_default_pack().expect("default pack");
        let brand = |url: &str| {
            let url = ParsedUrl::parse(url, &engine.suffixes).expect("valid");
            let mut hits = Vec::new();
            engine.path_signals(&url, false, true, &mut hits);
            hits.into_iter().find_map(|h| h.brand)
        };
        assert_eq!(
            brand("https://x.pages.dev/pln/subsidi/index.html"),
            Some("PLN".into())
        );
        assert_eq!(brand("https://x.pages.dev/bri/login"), Some("BRI".into()));
        // Alone, beside a site's own words, or in an article's title.
        assert_eq!(brand("https://x.pages.dev/pln/"), None);
        assert_eq!(brand("https://x.pages.dev/bri/index.html"), None);
        assert_eq!(
            brand("https://x.pages.dev/pln/tarif-listrik-rumah-tangga-2025"),
            None
        );
    }

    #[test]
    fn finds_links_in_messages() {
        let suffixes = crate::url::suffix::tests::list("com ly id as");
        let found: Vec<&str> = urls_in_text(
            "Cek di klikbca-verifikasi.com/login, atau https://bit.ly/x! Rp1.500 ok. Money...as in",
            &suffixes,
        )
        .collect();
        assert_eq!(found, ["klikbca-verifikasi.com/login", "https://bit.ly/x"]);
    }

    #[test]
    fn words_with_dots_are_the_split_words_with_dots() {
        let texts = [
            "Cek di klikbca-verifikasi.com/login, atau https://bit.ly/x! Rp1.500 ok.",
            ".awal (www.a.b) [x.y]\u{3000}z.w\u{a0}kata. ...",
            "tanpa titik",
            "",
            "é.é ü\u{2003}.\n.",
        ];
        for t in texts {
            let split: Vec<&str> = t
                .split(ends_link_word)
                .filter(|w| w.contains('.'))
                .collect();
            assert_eq!(words_with_dots(t).collect::<Vec<_>>(), split, "{t:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn words_with_dots_match_the_split_on_any_text(t in "[a.é \u{3000}(\n\u{a0}]{0,24}") {
            let split: Vec<&str> = t.split(ends_link_word).filter(|w| w.contains('.')).collect();
            proptest::prop_assert_eq!(words_with_dots(&t).collect::<Vec<_>>(), split);
        }
    }

    #[test]
    fn quotes_evidence_exactly() {
        let slot_gacor = 4..15;
        assert_eq!(
            quote("ayo SLOT  GACOR", std::slice::from_ref(&slot_gacor)),
            "SLOT GACOR"
        );
        assert_eq!(quote("abc", &[0..1, 2..3]), "a … c");
    }

    #[test]
    fn languages_from_codes() {
        assert_eq!(Lang::from_code("id-ID"), Lang::Id);
        assert_eq!(Lang::from_code("en-US"), Lang::En);
        assert_eq!(Lang::from_code(""), Lang::Id);
    }
}
