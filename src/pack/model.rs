//! The compiled pack's data: what `rules/` becomes once checked, minus the examples.
//!
//! Shared with `build.rs` (serde only). The engine turns this into matchers at load time;
//! the layout here is the postcard payload of a `.wpk` file, so changing a field means
//! bumping [`super::format::FORMAT_VERSION`].

use serde::{Deserialize, Serialize};

use crate::category::Category;
use crate::url::domains::HashedDomainSet;

/// Everything a pack holds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PackData {
    /// Who made the pack, from what, under which licenses.
    pub meta: PackMeta,
    /// Score thresholds for each level.
    pub levels: Levels,
    /// Phrase rules and dampeners.
    pub rules: Vec<RuleData>,
    /// Weights and messages of the engine's built-in signals.
    pub signals: Vec<SignalData>,
    /// Brands that scammers impersonate.
    pub brands: Vec<BrandData>,
    /// Block lists of domains: what each list is (its names are in `blocked`).
    pub domain_lists: Vec<DomainList>,
    /// Every block list's host names in one compact hashed set; a name's value is the index
    /// of its list in `domain_lists`.
    pub blocked: HashedDomainSet,
    /// Host kinds that change how a URL is judged.
    pub hosting: HostingData,
    /// Public Suffix List rules (empty: every top-level domain is a suffix).
    pub suffixes: SuffixRules,
    /// The on-device text model for messages and comments, if the pack has one.
    pub text_model: Option<TextModelData>,
    /// Reference prices of the items most often used as bait in marketplace fraud.
    pub prices: PriceData,
    /// Bank accounts and phone numbers reported for fraud, one list per source file.
    pub reported: Vec<ReportedList>,
}

/// The on-device text model (see `text::model`): a logistic regression over hashed features
/// saying whether a text is a scam.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TextModelData {
    /// The table has `2^bits` weights.
    pub bits: u8,
    /// Lowest scam probability that counts as evidence.
    pub threshold: f32,
    /// Scam (1) or benign (0).
    pub scam: ModelHead,
    /// Which labelled records trained it: ids starting with one of these prefixes…
    pub trained_id_prefixes: Vec<String>,
    /// …except the share of ids held out by `text::model::is_held_out` (percent).
    pub held_out_percent: u8,
}

/// One logistic regression over hashed features.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ModelHead {
    /// One weight per hash bucket, quantised: the real weight is `scale × w`.
    pub weights: Vec<i8>,
    /// Multiplier of the quantised weights.
    pub scale: f32,
    /// Intercept.
    pub bias: f32,
}

/// The Public Suffix List's rules, in ASCII (punycode), each list sorted for binary search.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuffixRules {
    /// Plain rules: `com`, `co.id`, `web.app`.
    pub exact: Vec<String>,
    /// Wildcard rules without their `*.`: `ck` for `*.ck`.
    pub wildcard: Vec<String>,
    /// Exception rules without their `!`: `www.ck` for `!www.ck`.
    pub exception: Vec<String>,
}

/// Pack metadata, shown by `waspada pack info` and the extension's popup.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackMeta {
    /// Short machine name, e.g. `waspada-default`.
    pub name: String,
    /// Version chosen by the publisher, e.g. `2026.11.29`.
    pub version: String,
    /// Who publishes the pack (a project or an NGO).
    pub publisher: String,
    /// One line on what the pack covers.
    pub description: String,
    /// What the pack was built from, each with its license.
    pub sources: Vec<SourceInfo>,
    /// Who the pack's users can ask for help: an NGO's hotline, shown on every warning and in
    /// the popup. The default pack has none (it invents no one's number).
    pub helplines: Vec<Helpline>,
}

/// A helpline of the pack's publisher (`[[helpline]]` in `pack.toml`, read as this type:
/// only `name` and one of `phone` and `url` are required there).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    /// Who answers: "Hotline Cek Penipuan LSM Contoh".
    pub name: String,
    /// A phone or WhatsApp number as people write it ("0812-3456-7890"); may be empty.
    #[serde(default)]
    pub phone: String,
    /// A web page of the helpline (https); may be empty.
    #[serde(default)]
    pub url: String,
    /// When it answers ("Senin–Jumat 08.00–17.00"); may be empty.
    #[serde(default)]
    pub hours: String,
}

/// A pack may name this many helplines at most: a warning has room for a few lines.
pub const MAX_HELPLINES: usize = 3;

impl Helpline {
    /// What is wrong with this helpline, if anything. Checked when a pack is built and again
    /// when one is loaded, since the extension puts the number in a `tel:` link and the page in
    /// a link a user clicks: only digits and spacing in one, only an `https://` address in the
    /// other.
    pub fn problem(&self) -> Option<&'static str> {
        let digits = self.phone.bytes().filter(u8::is_ascii_digit).count();
        if self.name.trim().is_empty() || self.name.chars().count() > 80 {
            Some("a helpline needs a name of 1 to 80 characters")
        } else if self.phone.is_empty() && self.url.is_empty() {
            Some("a helpline needs a `phone` or a `url`")
        } else if !self.phone.is_empty()
            && (!(3..=15).contains(&digits)
                || !self
                    .phone
                    .trim_start_matches('+')
                    .bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'-' | b'.' | b'(' | b')')))
        {
            Some("a helpline's `phone` is 3 to 15 digits, with spaces, dashes or a leading +")
        } else if !self.url.is_empty()
            && (!self.url.starts_with("https://")
                || self.url.len() > 200
                || self
                    .url
                    .bytes()
                    .any(|b| b <= b' ' || b == b'"' || b == b'<' || b == b'>'))
        {
            Some("a helpline's `url` is an https:// address of at most 200 characters")
        } else if self.hours.chars().count() > 80 {
            Some("a helpline's `hours` is at most 80 characters")
        } else {
            None
        }
    }
}

/// One source a pack was built from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// Name of the source.
    pub name: String,
    /// SPDX license identifier or a short license note.
    pub license: String,
    /// Where the source can be found.
    pub url: String,
}

/// Score thresholds (inclusive lower bounds, 0–100) of each level above `safe`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Levels {
    /// Lowest score shown as `caution` (badge only).
    pub caution: u8,
    /// Lowest score shown as `warning` (banner).
    pub warning: u8,
    /// Lowest score shown as `danger` (interstitial).
    pub danger: u8,
}

impl Default for Levels {
    fn default() -> Self {
        Levels {
            caution: 25,
            warning: 50,
            danger: 75,
        }
    }
}

/// A text in Bahasa Indonesia and in English.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Messages {
    /// Bahasa Indonesia.
    pub id: String,
    /// English.
    pub en: String,
}

/// Whether a rule adds evidence of a scam or lowers the score of a text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleKind {
    /// Adds evidence (the default).
    #[default]
    Signal,
    /// Lowers the text score by `weight` percent: news reports and fraud education.
    Dampen,
}

/// A compiled phrase rule.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleData {
    /// Unique id, e.g. `gambling.slot-gacor`.
    pub id: String,
    /// Signal or dampener.
    pub kind: RuleKind,
    /// Category reported when the rule fires.
    pub category: Option<Category>,
    /// 1..=100.
    pub weight: u8,
    /// Weight when the text is a message or comment on its own rather than a web page, if it
    /// differs: a gambling brand's name is the whole point of a one-line comment, but only one
    /// word among thousands on a page.
    pub message_weight: Option<u8>,
    /// Any of these fires the rule (when not empty).
    pub phrases: Vec<String>,
    /// Each group must also match (AND of ORs).
    pub all: Vec<Vec<String>>,
    /// If set, every part must lie within this many words of the others.
    pub window: Option<u16>,
    /// Words that cancel a phrase found right after them (`tanpa` before `biaya`): "tanpa biaya
    /// pendaftaran" states that there is no fee. Folded, like the phrases; empty for most rules.
    pub negated_by: Vec<String>,
    /// What the reason says.
    pub message: Messages,
}

/// Weight and message of a built-in signal, such as `url.brand-lookalike`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignalData {
    /// The signal id the engine emits.
    pub id: String,
    /// Category reported.
    pub category: Option<Category>,
    /// 1..=100.
    pub weight: u8,
    /// Message template; `{brand}`, `{official}`, `{domain}` and `{evidence}` are filled in.
    pub message: Messages,
}

/// A brand that scammers impersonate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrandData {
    /// Name shown to users, e.g. `BCA`.
    pub name: String,
    /// bank, e-wallet, marketplace, courier, government, telco, global, …
    pub kind: String,
    /// Lower-case names found inside lookalike domains, e.g. `klikbca`.
    pub keywords: Vec<String>,
    /// Official registrable domains; never flagged.
    pub official: Vec<String>,
    /// Ordinary words one edit from a keyword that are never taken for its typo (`finance`
    /// is not Binance, `cloud` not iCloud).
    pub not_typos: Vec<String>,
    /// Names that are also ordinary words (`mandiri`, "independent", in thousands of business
    /// names): they name the brand only as a whole piece of a host beside a banking lure word
    /// (`mandiri-poin.com`, `verifikasi-mandiri.online`), never alone or as a typo.
    pub lure_keywords: Vec<String>,
}

/// A block list of domains (its names live in [`PackData::blocked`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainList {
    /// File name it was compiled from.
    pub name: String,
    /// Category of every domain in the list.
    pub category: Option<Category>,
    /// Where the list came from.
    pub source: String,
    /// License of the list.
    pub license: String,
    /// What the list is, for the reason shown to users ("daftar situs judi TrustPositif").
    pub label: Messages,
    /// Number of host names compiled from the list (after the allow lists were applied).
    pub count: u32,
}

/// Host kinds that change how a URL is judged.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HostingData {
    /// Public suffixes where anyone can host a site for free: blog and site builders, free
    /// dynamic-DNS names (blogspot.com, wordpress.com, duckdns.org…).
    pub free_hosting: Vec<String>,
    /// Free hosting for apps and quick pages, under names the service can make up (web.app,
    /// vercel.app, pages.dev…): free hosting too, where an odd name is a throwaway page.
    pub app_hosting: Vec<String>,
    /// URL shorteners: they hide the destination.
    pub shorteners: Vec<String>,
    /// Top-level domains where scam sites are common and cheap.
    pub risky_tlds: Vec<String>,
    /// Public suffixes of government, academic and school sites (go.id, ac.id, sch.id…).
    pub institutional: Vec<String>,
    /// Domains never judged by lists or lookalike checks (big sites, platforms).
    pub allow: Vec<String>,
    /// Free hosts (each also on `free_hosting` or `app_hosting`) where phishing reports far
    /// outnumber honest sites: a site there is warned about by its host alone.
    pub abused_hosting: Vec<String>,
}

/// Reference prices for marketplace listings (`rules/prices.toml`), all in rupiah.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceData {
    /// A listing priced below this percentage of an item's `floor` is too good to be true.
    pub too_cheap_percent: u8,
    /// A listing priced below this percentage of the median of similar listings on the same
    /// page is suspicious.
    pub below_page_percent: u8,
    /// From this price up an item is high-value (a new seller with no reviews selling it is a risk).
    pub high_value: u64,
    /// Words that make a title something other than the item itself (a case, a box, a rental,
    /// an instalment): such listings are not compared with reference prices. Lower case.
    pub exclude: Vec<String>,
    /// The items.
    pub items: Vec<PriceItem>,
}

/// One item with a reference price.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceItem {
    /// Unique id, e.g. `iphone-15-pro-max`.
    pub id: String,
    /// Name shown to users, e.g. `iPhone 15 Pro Max`.
    pub name: String,
    /// Kind of item: phone, laptop, console, motorbike, gold.
    pub kind: String,
    /// Lower-case phrases, any of which in a title names this item (longest match wins).
    pub phrases: Vec<String>,
    /// Lowest realistic price of a working second-hand unit (per gram when `per_gram`).
    pub floor: u64,
    /// Typical price new (per gram when `per_gram`).
    pub new: u64,
    /// Prices are per gram (gold): the title's weight in grams multiplies them.
    pub per_gram: bool,
    /// Where the prices were read.
    pub source: String,
}

/// What a reported value is.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum ReportedKind {
    /// A bank account number.
    #[default]
    Bank,
    /// A phone number (WhatsApp, SMS, calls).
    Phone,
    /// An e-wallet account, identified by its phone number (DANA, OVO, GoPay…).
    Ewallet,
}

impl ReportedKind {
    /// The CSV name of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportedKind::Bank => "bank",
            ReportedKind::Phone => "phone",
            ReportedKind::Ewallet => "ewallet",
        }
    }

    /// Parses a CSV kind (`bank`, `phone`, `ewallet`; a few synonyms).
    pub fn from_name(name: &str) -> Option<ReportedKind> {
        match name.trim().to_ascii_lowercase().as_str() {
            "bank" | "rekening" | "account" => Some(ReportedKind::Bank),
            "phone" | "hp" | "telepon" | "whatsapp" | "wa" => Some(ReportedKind::Phone),
            "ewallet" | "e-wallet" | "dompet-digital" => Some(ReportedKind::Ewallet),
            _ => None,
        }
    }

    /// The canonical form of a value of this kind: digits only, phones as `62…`.
    pub fn normalize(self, value: &str) -> Option<String> {
        match self {
            ReportedKind::Bank => normalize_account(value),
            ReportedKind::Phone | ReportedKind::Ewallet => normalize_phone(value),
        }
    }
}

/// A list of reported accounts and numbers, compiled from one CSV file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportedList {
    /// File name it was compiled from.
    pub name: String,
    /// The entries, sorted by kind and value.
    pub entries: Vec<ReportedEntry>,
}

/// One reported account or number.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportedEntry {
    /// Bank account, phone or e-wallet.
    pub kind: ReportedKind,
    /// Canonical value (see [`ReportedKind::normalize`]).
    pub value: String,
    /// Bank or e-wallet name, when known.
    pub bank: String,
    /// Where it was reported (e.g. `cekrekening.id`, an NGO's hotline).
    pub source: String,
    /// When it was reported (as written in the CSV, ideally `YYYY-MM-DD`).
    pub date: String,
}

/// A phone number in canonical form: digits only, starting with the country code `62`
/// (`0812-3456-7890`, `+62 812 3456 7890` and `62812…` all give `6281234567890`).
pub fn normalize_phone(raw: &str) -> Option<String> {
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    let national = if let Some(rest) = digits.strip_prefix("62") {
        rest
    } else if let Some(rest) = digits.strip_prefix('0') {
        rest
    } else {
        digits.as_str()
    };
    let national = national.trim_start_matches('0');
    (8..=13)
        .contains(&national.len())
        .then(|| format!("62{national}"))
}

/// A bank account number in canonical form: its 6 to 20 digits.
pub fn normalize_account(raw: &str) -> Option<String> {
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    (6..=20).contains(&digits.len()).then_some(digits)
}
