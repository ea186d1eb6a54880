//! Weighing a listing's signals into a verdict: `Engine::scan_listings`.

use std::collections::HashMap;

use super::price::{self, ItemMatch, format_idr};
use super::{Listing, MAX_LISTINGS, contacts, masked, seller, simple_words};
use crate::engine::{Engine, Lang, SignalHit, TextSource};
use crate::verdict::{Level, Scorer, Verdict};

/// A seller who joined this many days ago or less is new.
const NEW_SELLER_DAYS: u32 = 30;
/// Similar listings needed on a page before their median price means anything.
const MIN_GROUP: usize = 5;
/// Page medians below this (rupiah) are not compared: cheap goods vary too much.
const MIN_MEDIAN: u64 = 1_000_000;

/// A listing with what every later step needs.
struct Prepared<'a> {
    listing: Listing,
    price: Option<u64>,
    item: Option<ItemMatch<'a>>,
    group: Option<String>,
}

impl Engine {
    /// Judges listings seen together: the cards of a grid or feed, or the one listing of a
    /// listing page. Returns one verdict per listing, in order (listings past
    /// [`MAX_LISTINGS`] get a safe verdict).
    ///
    /// Each listing is judged on its words (the pack's phrase rules), its contacts and account
    /// numbers, numbers reported for fraud, its price against the pack's reference prices and
    /// against the median of similar listings in the same call, and how new its seller is.
    /// A listing from a store the marketplace marks as official is at most `caution`, unless
    /// it shows a reported number.
    pub fn scan_listings(&self, listings: &[Listing], lang: Lang) -> Vec<Verdict> {
        let prepared: Vec<Prepared<'_>> = listings
            .iter()
            .take(MAX_LISTINGS)
            .map(|l| {
                let listing = l.bounded();
                let words = simple_words(&listing.title);
                let price = listing.price_idr();
                let item = self.prices.item_for(&words);
                let group = (price.is_some() && !self.prices.excluded(&words) && !words.is_empty())
                    .then(|| price::group_key(&words, item.as_ref()));
                Prepared {
                    listing,
                    price,
                    item,
                    group,
                }
            })
            .collect();
        let mut groups: HashMap<&str, Vec<u64>> = HashMap::new();
        for p in &prepared {
            if let (Some(g), Some(price)) = (&p.group, p.price) {
                groups.entry(g.as_str()).or_default().push(price);
            }
        }
        let medians: HashMap<&str, u64> = groups
            .into_iter()
            .filter(|(_, prices)| prices.len() >= MIN_GROUP)
            .filter_map(|(g, mut prices)| Some((g, price::median(&mut prices)?)))
            .collect();
        let mut verdicts: Vec<Verdict> = prepared
            .iter()
            .map(|p| {
                let median = p.group.as_deref().and_then(|g| medians.get(g)).copied();
                self.judge_listing(p, median, lang)
            })
            .collect();
        verdicts.resize(listings.len(), Verdict::safe());
        verdicts
    }

    fn judge_listing(&self, p: &Prepared<'_>, median: Option<u64>, lang: Lang) -> Verdict {
        let l = &p.listing;
        let text = l.searchable_text();
        let mut scorer = Scorer::default();
        self.text_rules(&text, lang, TextSource::Message, &mut scorer);
        let mut hits = Vec::new();
        let reported = self.reported_signal(&text);
        let is_reported = reported.is_some();
        hits.extend(reported);
        if let Some(contact) = contacts::chat_contact(&text)
            .or_else(|| contacts::phones(&text).into_iter().next().map(|(w, _)| w))
            .or_else(|| masked::masked_contact(l))
        {
            hits.push(SignalHit::new("listing.off-platform-contact", contact));
        }
        if let Some((written, _)) = contacts::accounts(&text).into_iter().next() {
            hits.push(SignalHit::new("listing.bank-account", written));
        }
        if let Some(price) = p.price {
            self.price_signals(p, price, median, &mut hits);
        }
        if !l.official && self.new_seller_high_value(p) {
            let mut shown = vec![if l.seller.is_empty() {
                "?".to_string()
            } else {
                l.seller.clone()
            }];
            if !l.seller_joined.is_empty() {
                shown.push(l.seller_joined.clone());
            }
            if let Some(n) = l.seller_reviews {
                shown.push(match lang {
                    Lang::Id => format!("{n} ulasan"),
                    Lang::En => format!("{n} reviews"),
                });
            }
            hits.push(SignalHit::new(
                "listing.new-seller-high-value",
                shown.join(", "),
            ));
        }
        self.add_signals(hits, lang, &mut scorer);
        let mut verdict = scorer.finish(&self.levels);
        if l.official && !is_reported && verdict.level > Level::Caution {
            verdict.level = Level::Caution;
            verdict.score = verdict.score.min(self.levels.warning.saturating_sub(1));
        }
        verdict
    }

    fn price_signals(
        &self,
        p: &Prepared<'_>,
        price: u64,
        median: Option<u64>,
        hits: &mut Vec<SignalHit>,
    ) {
        if let Some(m) = &p.item
            && self.prices.too_cheap(price, m)
        {
            let mut hit = SignalHit::new(
                "listing.price-too-low",
                format!("{}: {}", m.item.name, format_idr(price)),
            );
            hit.detail = Some(format_idr(m.floor));
            hits.push(hit);
            return; // the page median says the same thing again
        }
        let percent = u64::from(self.prices.data().below_page_percent);
        if let Some(median) = median
            && median >= MIN_MEDIAN
            && price < median / 100 * percent
            && price >= median / 20
        {
            let mut hit = SignalHit::new("listing.price-below-page", format_idr(price));
            hit.detail = Some(format_idr(median));
            hits.push(hit);
        }
    }

    fn new_seller_high_value(&self, p: &Prepared<'_>) -> bool {
        let l = &p.listing;
        let age = l
            .seller_age_days
            .or_else(|| seller::age_days(&l.seller_joined));
        let new = age.is_some_and(|d| d <= NEW_SELLER_DAYS) || l.seller_reviews == Some(0);
        let high = self.prices.data().high_value;
        let valuable =
            p.price.is_some_and(|x| x >= high) || p.item.as_ref().is_some_and(|m| m.floor >= high);
        new && valuable && high > 0
    }

    /// The `listing.reported` signal when `text` shows a reported account or number.
    pub(crate) fn reported_signal(&self, text: &str) -> Option<SignalHit> {
        let hit = self.reported.find_in(text)?;
        let e = hit.entry;
        let what = if e.bank.is_empty() {
            hit.written.clone()
        } else {
            format!("{} ({})", hit.written, e.bank)
        };
        let mut signal = SignalHit::new("listing.reported", what);
        signal.detail = Some(if e.date.is_empty() {
            e.source.clone()
        } else {
            format!("{}, {}", e.source, e.date)
        });
        Some(signal)
    }
}

#[cfg(all(test, feature = "embedded-pack"))]
mod tests {
    use super::*;
    use crate::pack::model::{ReportedEntry, ReportedKind, ReportedList};

    fn engine() -> Engine {
        Engine::with_default_pack().expect("default pack")
    }

    fn card(title: &str, price: &str) -> Listing {
        Listing {
            title: title.into(),
            price_text: price.into(),
            seller: "Toko".into(),
            seller_reviews: Some(120),
            ..Listing::default()
        }
    }

    #[test]
    fn benign_grid_is_safe_and_the_bait_is_flagged() {
        let e = engine();
        let mut grid: Vec<Listing> = (0..8)
            .map(|i| {
                card(
                    &format!("iPhone 15 Pro Max 256GB second mulus #{i}"),
                    "Rp 13.500.000",
                )
            })
            .collect();
        grid.push(Listing {
            seller_reviews: Some(0),
            seller_joined: "Bergabung 2 hari lalu".into(),
            ..card("iPhone 15 Pro Max 256GB garansi resmi BU", "Rp 3.900.000")
        });
        let v = e.scan_listings(&grid, Lang::Id);
        assert!(v[..8].iter().all(|v| v.level == Level::Safe), "{:?}", v[0]);
        let scam = &v[8];
        assert!(scam.level >= Level::Warning, "{scam:?}");
        let rules: Vec<&str> = scam.reasons.iter().map(|r| r.rule.as_str()).collect();
        assert!(rules.contains(&"listing.price-too-low"), "{rules:?}");
        assert!(
            rules.contains(&"listing.new-seller-high-value"),
            "{rules:?}"
        );
    }

    #[test]
    fn page_median_catches_items_without_a_reference_price() {
        let e = engine();
        let mut grid: Vec<Listing> = (0..6)
            .map(|_| card("Kamera Sony A7 III body only", "Rp 14.000.000"))
            .collect();
        grid.push(card("Kamera Sony A7 III fullset", "Rp 4.000.000"));
        let v = e.scan_listings(&grid, Lang::En);
        assert_eq!(v[0].level, Level::Safe);
        assert!(
            v[6].reasons
                .iter()
                .any(|r| r.rule == "listing.price-below-page")
        );
    }

    #[test]
    fn off_platform_payment_words_and_contacts_warn() {
        let e = engine();
        let l = Listing {
            description: "Minat chat WA 0812-3456-7890, transfer dulu ke BCA 1234567890 a.n. Rina, tidak bisa COD".into(),
            ..card("PS5 Slim Digital", "Rp 6.500.000")
        };
        let v = &e.scan_listings(&[l], Lang::Id)[0];
        assert!(v.level >= Level::Warning, "{v:?}");
        let rules: Vec<&str> = v.reasons.iter().map(|r| r.rule.as_str()).collect();
        assert!(rules.contains(&"listing.off-platform-contact"), "{rules:?}");
        assert!(rules.contains(&"listing.bank-account"), "{rules:?}");
    }

    #[test]
    fn official_store_stays_quiet() {
        let e = engine();
        let l = Listing {
            official: true,
            description: "Garansi resmi iBox. Gratis ongkir. Bayar lewat aplikasi.".into(),
            ..card("Apple iPhone 17 Pro Max 256GB", "Rp24.999.000")
        };
        let v = &e.scan_listings(&[l], Lang::Id)[0];
        assert_eq!(v.level, Level::Safe, "{v:?}");
        // Accessories are not compared with the phone's price.
        let case = card("Case iPhone 17 Pro Max MagSafe", "Rp 150.000");
        assert_eq!(e.scan_listings(&[case], Lang::Id)[0].level, Level::Safe);
    }

    #[test]
    fn reported_numbers_are_danger_and_say_where() {
        let mut data = crate::pack::format::decode(crate::pack::DEFAULT_PACK).expect("pack");
        data.reported = vec![ReportedList {
            name: "fixture.csv".into(),
            entries: vec![ReportedEntry {
                kind: ReportedKind::Bank,
                value: "7771234567".into(),
                bank: "BRI".into(),
                source: "cekrekening.id".into(),
                date: "2026-10-02".into(),
            }],
        }];
        let e = Engine::from_pack_data(data).expect("engine");
        let l = Listing {
            official: true,
            description: "Pembayaran ke rekening 777-123-4567".into(),
            ..card("Kulkas 2 pintu", "Rp 2.000.000")
        };
        let v = &e.scan_listings(&[l], Lang::Id)[0];
        assert_eq!(v.level, Level::Danger, "{v:?}");
        assert!(
            v.reasons[0].message.contains("cekrekening.id"),
            "{:?}",
            v.reasons[0]
        );
        let page = e.scan_text("Silakan transfer ke 7771234567 ya kak", Lang::Id);
        assert_eq!(page.level, Level::Danger);
    }
}
