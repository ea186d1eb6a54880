//! Rule packs: the compiled form of `rules/`, its file format, and the compiler.
//!
//! ```text
//! rules/*.toml, rules/lists/*.txt ──source::compile_dir──▶ PackData ──format::encode──▶ .wpk bytes
//! .wpk bytes ──format::decode (magic, version, length, BLAKE3)──▶ PackData ──▶ Engine
//! ```

#[cfg(feature = "compile")]
pub mod expand;
pub mod format;
pub mod model;
#[cfg(feature = "signing")]
pub mod sign;
#[cfg(feature = "compile")]
pub mod source;

pub use format::PackError;
pub use model::PackData;
use serde::{Deserialize, Serialize};

/// The default pack, compiled from `rules/` by `build.rs`.
#[cfg(feature = "embedded-pack")]
pub const DEFAULT_PACK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/default.wpk"));

/// A summary of a loaded pack, for `waspada pack info` and the extension's popup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackInfo {
    /// Pack name.
    pub name: String,
    /// Pack version.
    pub version: String,
    /// Publisher.
    pub publisher: String,
    /// One-line description.
    pub description: String,
    /// Number of phrase rules (dampeners included).
    pub rules: usize,
    /// Number of distinct phrases in the automaton.
    pub phrases: usize,
    /// Number of protected brands.
    pub brands: usize,
    /// Number of domains on block lists.
    pub blocked_domains: usize,
    /// Number of bank accounts and phone numbers reported for fraud.
    #[serde(default)]
    pub reported: usize,
    /// Number of items with reference prices (marketplace listings).
    #[serde(default)]
    pub price_items: usize,
    /// Sources and their licenses.
    pub sources: Vec<model::SourceInfo>,
    /// The publisher's helplines (an NGO's pack), shown on warnings.
    #[serde(default)]
    pub helplines: Vec<model::Helpline>,
}
