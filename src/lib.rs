//! # Waspada: an offline scam shield engine
//!
//! Waspada ("be alert") recognises the scams that reach Indonesian internet users — online
//! gambling, bank phishing, APK lures, fake jobs abroad, investment fraud, illegal loans,
//! marketplace fraud — in web pages, messages and links, and explains every warning.
//! Everything runs on the device: nothing the user reads leaves it.
//!
//! The whole flow goes through one [`Engine`]:
//!
//! ```text
//! rules/ ──(build.rs or `waspada pack build`)──▶ .wpk pack ──Engine::from_pack_bytes──▶ Engine
//! Engine::scan_text(message) / Engine::check_url(url) / Engine::scan_page(page model) ──▶ Verdict
//! ```
//!
//! ```
//! use waspada::{Engine, Lang, Level};
//!
//! let engine = Engine::with_default_pack()?;
//! let verdict = engine.check_url("https://ibank.klikbca.com/", Lang::En)?;
//! assert_eq!(verdict.level, Level::Safe);
//! let verdict = engine.check_url("http://klikbca-verifikasi.com/login", Lang::En)?;
//! assert!(verdict.level >= Level::Warning);
//! println!("{}: {}", verdict.reasons[0].rule, verdict.reasons[0].message);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A [`Verdict`] carries a [`Level`] (`safe`, `caution`, `warning`, `danger`), a 0–100 score,
//! the categories and the [`Reason`]s, each quoting its evidence from the input.
//!
//! The modules, one concern each: [`text`] (folding evasions, phrase rules), [`url`] (domains,
//! brands, block lists), [`page`] (the page model and its forms), [`pack`] (rule packs: format
//! and compiler), [`verdict`] (levels and scores).

#![deny(missing_docs)]

pub mod category;
#[cfg(feature = "compile")]
pub mod check;
mod engine;
pub mod error;
pub mod listing;
mod message;
pub mod pack;
pub mod page;
mod small_sort;
pub mod text;
pub mod url;
pub mod verdict;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use category::Category;
pub use engine::{Engine, Lang, MAX_TEXT_BYTES};
pub use error::Error;
pub use listing::Listing;
pub use pack::{PackData, PackError, PackInfo};
pub use page::PageModel;
pub use verdict::{Level, Reason, Verdict};
