//! Marketplace listings: the listing model the extension extracts from a card or a listing page,
//! and the signals the engine reads in it.
//!
//! ```text
//! card / listing page ─content/listings/─▶ Listing (JSON) ─▶ Engine::scan_listings(&[Listing]) ─▶ Verdict per listing
//! ```
//! A grid is judged in one call so that each listing's price can be compared with the median of
//! similar listings on the same page (`price.rs`), as well as with the pack's reference prices.
//! The rest: contacts that move the deal off the platform and account numbers (`contacts.rs`;
//! masked numbers beside "hubungi/WA langsung" in `masked.rs`),
//! how new the seller is (`seller.rs`), numbers reported for fraud (`reported.rs`), and the
//! pack's phrase rules over the title and description. `scan.rs` weighs them into verdicts.

pub mod contacts;
pub mod masked;
pub mod price;
pub mod reported;
mod scan;
pub mod seller;

use serde::{Deserialize, Serialize};

use crate::text::normalize::truncate;

/// Listings judged in one call; the rest get a safe verdict.
pub const MAX_LISTINGS: usize = 1000;
/// Longest title kept, in bytes.
pub const MAX_TITLE: usize = 500;
/// Longest description kept, in bytes.
pub const MAX_DESCRIPTION: usize = 16 * 1024;
/// Contacts kept per listing.
pub const MAX_CONTACTS: usize = 20;
/// Longest short field (seller, price text, URL, contact) kept, in bytes.
pub const MAX_FIELD: usize = 2048;

/// One marketplace listing, as a site adapter extracts it. Every field is optional.
///
/// JSON field names are camelCase (`priceText`, `sellerReviews`), as the extension sends them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Listing {
    /// The listing's title.
    pub title: String,
    /// The price as a number, when the page states it as one (schema.org `price`).
    pub price: Option<f64>,
    /// The price as shown ("Rp1.250.000", "Rp 4,5 jt", "850rb"); parsed when `price` is missing.
    pub price_text: String,
    /// ISO currency code (`IDR`); empty means rupiah on Indonesian sites.
    pub currency: String,
    /// The description (on a listing page; cards rarely show one).
    pub description: String,
    /// The seller's shop or user name.
    pub seller: String,
    /// How many days ago the seller joined, when the page says.
    pub seller_age_days: Option<u32>,
    /// The seller's "joined" text as shown ("Bergabung 3 hari lalu", "Penjual baru").
    pub seller_joined: String,
    /// The seller's rating (0–5), when shown.
    pub seller_rating: Option<f32>,
    /// How many reviews or ratings the seller has, when shown.
    pub seller_reviews: Option<u32>,
    /// The marketplace marks the seller as an official or mall store.
    pub official: bool,
    /// Contact details shown with the listing (phone numbers, chat links, handles).
    pub contacts: Vec<String>,
    /// The listing's URL.
    pub url: String,
    /// The marketplace (`tokopedia`, `shopee`, `olx`, …, or `generic`).
    pub site: String,
}

impl Listing {
    /// The listing with every field capped (never trust the page).
    pub fn bounded(&self) -> Listing {
        let cap = |s: &str, n: usize| truncate(s, n).to_string();
        Listing {
            title: cap(&self.title, MAX_TITLE),
            price: self.price.filter(|p| p.is_finite() && *p >= 0.0),
            price_text: cap(&self.price_text, MAX_FIELD),
            currency: cap(&self.currency, 8),
            description: cap(&self.description, MAX_DESCRIPTION),
            seller: cap(&self.seller, MAX_FIELD),
            seller_age_days: self.seller_age_days,
            seller_joined: cap(&self.seller_joined, MAX_FIELD),
            seller_rating: self.seller_rating.filter(|r| r.is_finite()),
            seller_reviews: self.seller_reviews,
            official: self.official,
            contacts: self
                .contacts
                .iter()
                .take(MAX_CONTACTS)
                .map(|c| cap(c, MAX_FIELD))
                .collect(),
            url: cap(&self.url, MAX_FIELD),
            site: cap(&self.site, 64),
        }
    }

    /// Title, description and contacts: the words the phrase rules read.
    pub fn searchable_text(&self) -> String {
        let mut text = String::with_capacity(
            self.title.len() + self.description.len() + self.price_text.len() + 64,
        );
        for part in [&self.title, &self.price_text, &self.description] {
            if !part.is_empty() {
                text.push_str(part);
                text.push('\n');
            }
        }
        for c in &self.contacts {
            text.push_str(c);
            text.push('\n');
        }
        text
    }

    /// The price in rupiah, when it is one: from `price`, else parsed from `price_text`.
    pub fn price_idr(&self) -> Option<u64> {
        let currency = self.currency.trim();
        if !(currency.is_empty()
            || currency.eq_ignore_ascii_case("idr")
            || currency.eq_ignore_ascii_case("rp"))
        {
            return None;
        }
        match self.price {
            Some(p) if (1.0..1e13).contains(&p) => Some(p.round() as u64),
            _ => price::parse_idr(&self.price_text),
        }
    }
}

/// Lower-case ASCII words separated by single spaces: titles and item phrases are compared in
/// this form (`iPhone-15 Pro·Max` → `iphone 15 pro max`).
pub fn simple_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Whether `words` (from [`simple_words`]) holds `phrase` (same form) as whole words.
pub fn has_phrase(words: &str, phrase: &str) -> bool {
    if phrase.is_empty() {
        return false;
    }
    words.match_indices(phrase).any(|(i, _)| {
        let before = i == 0 || words.as_bytes()[i - 1] == b' ';
        let end = i + phrase.len();
        let after = end == words.len() || words.as_bytes()[end] == b' ';
        before && after
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_words_fold_titles() {
        assert_eq!(simple_words("  iPhone-15 Pro·Max!! "), "iphone 15 pro max");
        assert!(has_phrase("jual iphone 15 pro max", "iphone 15 pro"));
        assert!(!has_phrase("jual iphone 150", "iphone 15"));
        assert!(!has_phrase("bca", ""));
    }

    #[test]
    fn prices_from_numbers_or_text() {
        let mut l = Listing {
            price_text: "Rp 4,5 jt".into(),
            ..Listing::default()
        };
        assert_eq!(l.price_idr(), Some(4_500_000));
        l.price = Some(1_250_000.0);
        assert_eq!(l.price_idr(), Some(1_250_000));
        l.currency = "USD".into();
        assert_eq!(l.price_idr(), None);
    }

    #[test]
    fn bounded_caps_fields() {
        let l = Listing {
            title: "x".repeat(5000),
            contacts: vec!["a".into(); 100],
            price: Some(f64::NAN),
            ..Listing::default()
        }
        .bounded();
        assert_eq!(l.title.len(), MAX_TITLE);
        assert_eq!(l.contacts.len(), MAX_CONTACTS);
        assert_eq!(l.price, None);
    }
}
