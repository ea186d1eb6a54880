//! The compiled pack's data: what `rules/` becomes once checked, minus the examples.
//!
//! Shared with `build.rs` (serde only). The engine turns this into matchers at load time;
//! the layout here is the postcard payload of a `.wpk` file, so changing a field means
//! bumping [`super::format::FORMAT_VERSION`].

use serde::{Deserialize, Serialize};

use crate::category::Category;
use crate::url::domains::HashedDomainSet;

/// Everything a pack holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
    /// Any of these fires the rule (when not empty).
    pub phrases: Vec<String>,
    /// Each group must also match (AND of ORs).
    pub all: Vec<Vec<String>>,
    /// If set, every part must lie within this many words of the others.
    pub window: Option<u16>,
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
    /// Public suffixes where anyone can host a site for free (web.app, vercel.app, blogspot.com…).
    pub free_hosting: Vec<String>,
    /// URL shorteners: they hide the destination.
    pub shorteners: Vec<String>,
    /// Top-level domains where scam sites are common and cheap.
    pub risky_tlds: Vec<String>,
    /// Public suffixes of government, academic and school sites (go.id, ac.id, sch.id…).
    pub institutional: Vec<String>,
    /// Domains never judged by lists or lookalike checks (big sites, platforms).
    pub allow: Vec<String>,
}
