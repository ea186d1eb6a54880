//! Prices: reading "Rp 4,5 jt", and judging a price against the pack's reference prices and
//! against similar listings on the same page.

use crate::pack::model::{PriceData, PriceItem};

use super::{has_phrase, simple_words};

/// Reads a rupiah price as written on Indonesian marketplaces: `Rp1.250.000`, `Rp 1,25 jt`,
/// `4.5 juta`, `850rb`, `850 ribu`, `850k`, `IDR 1,250,000`, `Rp 1.250.000,00`. A range
/// (`Rp100.000 - Rp200.000`) gives its first price. `None` when there is no number.
pub fn parse_idr(text: &str) -> Option<u64> {
    let bytes = text.as_bytes();
    let start = bytes.iter().position(u8::is_ascii_digit)?;
    let mut end = start;
    while end < bytes.len()
        && (bytes[end].is_ascii_digit()
            || ((bytes[end] == b'.' || bytes[end] == b',')
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)))
    {
        end += 1;
    }
    let number = &text[start..end];
    let rest = text[end..].trim_start().to_ascii_lowercase();
    let word_end = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let multiplier: u64 = match &rest[..word_end] {
        "jt" | "jta" | "juta" => 1_000_000,
        "rb" | "ribu" | "k" => 1_000,
        // Indonesian "M" is miliar (a thousand million), as in "Rp 1,2 M" for a house.
        "m" | "miliar" | "milyar" => 1_000_000_000,
        _ => 1,
    };
    // A separator followed by one or two digits at the end is a decimal mark ("4,5 jt",
    // "1.250.000,00"); any other separator groups thousands.
    let (int_part, frac_part) = match number.rfind(['.', ',']) {
        Some(i) if number.len() - i - 1 <= 2 => (&number[..i], &number[i + 1..]),
        _ => (number, ""),
    };
    let int_digits: String = int_part.chars().filter(char::is_ascii_digit).collect();
    let int: u64 = int_digits.parse().ok()?;
    let mut value = int.checked_mul(multiplier)?;
    if !frac_part.is_empty() && multiplier > 1 {
        let frac: u64 = frac_part.parse().ok()?;
        let scale = 10u64.pow(frac_part.len() as u32);
        value = value.checked_add(frac * multiplier / scale)?;
    }
    Some(value)
}

/// The pack's reference prices, ready to match titles.
#[derive(Debug, Clone, Default)]
pub struct PriceIndex {
    data: PriceData,
    /// (phrase in [`simple_words`] form, item index), longest phrase first.
    phrases: Vec<(String, usize)>,
    exclude: Vec<String>,
}

/// A title matched to a reference item, with its reference prices for this listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemMatch<'a> {
    /// The item.
    pub item: &'a PriceItem,
    /// Lowest realistic price for this listing (times the grams for gold).
    pub floor: u64,
}

impl PriceIndex {
    /// Indexes the pack's price data.
    pub fn new(data: PriceData) -> PriceIndex {
        let mut phrases: Vec<(String, usize)> = data
            .items
            .iter()
            .enumerate()
            .flat_map(|(i, item)| item.phrases.iter().map(move |p| (simple_words(p), i)))
            .filter(|(p, _)| !p.is_empty())
            .collect();
        // A hundred or so, once per load (`small_sort`, for the Wasm's size).
        crate::small_sort::sort_short_by_key(&mut phrases, |(p, _)| std::cmp::Reverse(p.len()));
        let exclude = data.exclude.iter().map(|w| simple_words(w)).collect();
        PriceIndex {
            data,
            phrases,
            exclude,
        }
    }

    /// The settings (percentages, high-value threshold).
    pub fn data(&self) -> &PriceData {
        &self.data
    }

    /// Whether the title is about an accessory, a part, a rental or an instalment (also "DP"
    /// followed by an amount: a credit ad showing its down payment as the price).
    pub fn excluded(&self, words: &str) -> bool {
        let down_payment = words
            .split(' ')
            .zip(words.split(' ').skip(1))
            .any(|(a, b)| a == "dp" && b.starts_with(|c: char| c.is_ascii_digit()));
        down_payment || self.exclude.iter().any(|w| has_phrase(words, w))
    }

    /// The reference item a title names (longest phrase wins), unless the title is excluded.
    pub fn item_for(&self, words: &str) -> Option<ItemMatch<'_>> {
        if self.excluded(words) {
            return None;
        }
        let &(_, i) = self.phrases.iter().find(|(p, _)| has_phrase(words, p))?;
        let item = &self.data.items[i];
        let floor = if item.per_gram {
            item.floor.checked_mul(grams(words)?)?
        } else {
            item.floor
        };
        Some(ItemMatch { item, floor })
    }

    /// Whether `price` is below the pack's share of the item's floor, and not a placeholder
    /// (Rp 1, Rp 100: "ask the seller") under a tenth of it.
    pub fn too_cheap(&self, price: u64, m: &ItemMatch<'_>) -> bool {
        let limit = m.floor / 100 * u64::from(self.data.too_cheap_percent);
        price < limit && price >= m.floor / 10
    }
}

/// Whole grams named in a gold title: `10 gram`, `10gr`, `5 g`, `25 grm`.
fn grams(words: &str) -> Option<u64> {
    let tokens: Vec<&str> = words.split(' ').collect();
    for (i, t) in tokens.iter().enumerate() {
        let digits_end = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
        if digits_end == 0 {
            continue;
        }
        let unit = if digits_end < t.len() {
            &t[digits_end..]
        } else {
            tokens.get(i + 1).copied().unwrap_or("")
        };
        if matches!(unit, "g" | "gr" | "gram" | "grm" | "gm") {
            return t[..digits_end]
                .parse()
                .ok()
                .filter(|g| (1..=1000).contains(g));
        }
    }
    None
}

/// The median of some prices (`None` when empty).
pub fn median(prices: &mut [u64]) -> Option<u64> {
    if prices.is_empty() {
        return None;
    }
    // One group of a scan's listings, at most `MAX_LISTINGS` (1,000): an insertion sort takes
    // under a millisecond even then (`small_sort`, for the Wasm's size).
    crate::small_sort::sort_short_by_key(prices, |&p| p);
    let mid = prices.len() / 2;
    Some(if prices.len() % 2 == 0 {
        prices[mid - 1] / 2 + prices[mid] / 2
    } else {
        prices[mid]
    })
}

/// How a title is grouped with similar listings on the same page: its reference item, or else
/// its first three words.
pub fn group_key(words: &str, item: Option<&ItemMatch<'_>>) -> String {
    match item {
        Some(m) => format!("item:{}", m.item.id),
        None => words.split(' ').take(3).collect::<Vec<_>>().join(" "),
    }
}

/// Formats rupiah for messages: `Rp4.500.000`.
pub fn format_idr(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 2);
    out.push_str("Rp");
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_indonesian_prices() {
        for (text, want) in [
            ("Rp1.250.000", Some(1_250_000)),
            ("Rp 1.250.000,00", Some(1_250_000)),
            ("IDR 1,250,000", Some(1_250_000)),
            ("Rp 4,5 jt", Some(4_500_000)),
            ("4.5 juta", Some(4_500_000)),
            ("Rp12jt", Some(12_000_000)),
            ("850rb", Some(850_000)),
            ("850 ribu", Some(850_000)),
            ("Rp 850K", Some(850_000)),
            ("Rp100.000 - Rp200.000", Some(100_000)),
            ("Rp 1,25 jt", Some(1_250_000)),
            ("Hubungi penjual", None),
        ] {
            assert_eq!(parse_idr(text), want, "{text}");
        }
    }

    fn index() -> PriceIndex {
        PriceIndex::new(PriceData {
            too_cheap_percent: 50,
            below_page_percent: 45,
            high_value: 3_000_000,
            exclude: vec!["case".into(), "kredit".into()],
            items: vec![
                PriceItem {
                    id: "iphone-15".into(),
                    phrases: vec!["iphone 15".into()],
                    floor: 7_000_000,
                    new: 12_000_000,
                    ..PriceItem::default()
                },
                PriceItem {
                    id: "iphone-15-pro-max".into(),
                    phrases: vec!["iphone 15 pro max".into()],
                    floor: 10_000_000,
                    new: 20_000_000,
                    ..PriceItem::default()
                },
                PriceItem {
                    id: "antam".into(),
                    phrases: vec!["emas antam".into()],
                    floor: 2_000_000,
                    new: 2_500_000,
                    per_gram: true,
                    ..PriceItem::default()
                },
            ],
        })
    }

    #[test]
    fn matches_the_longest_item_and_skips_accessories() {
        let idx = index();
        let m = idx.item_for("jual iphone 15 pro max 256gb").expect("match");
        assert_eq!(m.item.id, "iphone-15-pro-max");
        assert_eq!(
            idx.item_for("iphone 15 pro").expect("match").item.id,
            "iphone-15"
        );
        assert!(idx.item_for("case iphone 15 pro max").is_none());
        assert!(idx.item_for("samsung a15").is_none());
        assert!(idx.item_for("kredit iphone 15 dp 500rb").is_none());
        assert!(idx.item_for("iphone 15 dp 1 jt").is_none());
        assert!(idx.item_for("iphone 15 no cod dp dulu").is_some());
    }

    #[test]
    fn gold_is_priced_per_gram() {
        let idx = index();
        let m = idx
            .item_for("emas antam 10 gram sertifikat")
            .expect("match");
        assert_eq!(m.floor, 20_000_000);
        assert!(idx.too_cheap(6_000_000, &m));
        assert!(!idx.too_cheap(22_000_000, &m));
        assert!(
            idx.item_for("emas antam murah").is_none(),
            "no weight, no price"
        );
    }

    #[test]
    fn too_cheap_but_not_a_placeholder() {
        let idx = index();
        let m = idx.item_for("iphone 15 pro max").expect("match");
        assert!(idx.too_cheap(3_500_000, &m));
        assert!(!idx.too_cheap(9_000_000, &m));
        assert!(!idx.too_cheap(1, &m), "Rp1 is a placeholder");
    }

    #[test]
    fn medians_and_formatting() {
        assert_eq!(median(&mut [5, 1, 3]), Some(3));
        assert_eq!(median(&mut [4, 2]), Some(3));
        assert_eq!(median(&mut []), None);
        assert_eq!(format_idr(4_500_000), "Rp4.500.000");
        assert_eq!(format_idr(999), "Rp999");
    }
}
