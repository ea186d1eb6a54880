//! Protected brands: their official domains, and their names inside other domains.

use crate::pack::model::BrandData;

/// What a host has to do with a protected brand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BrandMatch<'a> {
    /// The host is on one of the brand's official domains.
    Official(&'a BrandData),
    /// The host contains a brand's official domain followed by more labels
    /// (`bca.co.id.secure-login.xyz`).
    OfficialInside(&'a BrandData, &'a str),
    /// A label of the host names the brand (`klikbca-verifikasi.com`), or is one typo away.
    NameInHost(&'a BrandData, &'a str),
}

/// Lookup structure over a pack's brands.
#[derive(Debug, Clone, Default)]
pub struct BrandIndex {
    brands: Vec<BrandData>,
}

/// Keywords shorter than this only match a whole hyphen- or digit-separated token of a label
/// (`bri-poin.online`), never a substring (`fabric.com` must not be BRI).
const MIN_SUBSTRING_KEYWORD: usize = 5;
/// Keywords this long also match one edit away (`klikbac` for `klikbca`).
const MIN_TYPO_KEYWORD: usize = 6;

impl BrandIndex {
    /// Indexes the brands.
    pub fn new(brands: Vec<BrandData>) -> BrandIndex {
        BrandIndex { brands }
    }

    /// Number of brands.
    pub fn len(&self) -> usize {
        self.brands.len()
    }

    /// Whether there are no brands.
    pub fn is_empty(&self) -> bool {
        self.brands.is_empty()
    }

    /// The brand whose official domain covers `registrable` (a registrable domain).
    pub fn official(&self, host: &str) -> Option<&BrandData> {
        self.brands.iter().find(|b| {
            b.official
                .iter()
                .any(|d| host == d || host.ends_with(&format!(".{d}")))
        })
    }

    /// How `host` (lower-case, Unicode) relates to a brand; `labels` are the host's labels
    /// outside its public suffix.
    pub fn classify<'a>(&'a self, host: &str, labels: &[&str]) -> Option<BrandMatch<'a>> {
        if let Some(b) = self.official(host) {
            return Some(BrandMatch::Official(b));
        }
        for b in &self.brands {
            for d in &b.official {
                if host.starts_with(&format!("{d}."))
                    || host.contains(&format!(".{d}."))
                    || host.contains(&format!("{d}-"))
                {
                    return Some(BrandMatch::OfficialInside(b, d));
                }
            }
        }
        for b in &self.brands {
            for k in &b.keywords {
                if labels.iter().any(|l| label_names(l, k)) {
                    return Some(BrandMatch::NameInHost(b, k));
                }
            }
        }
        None
    }

    /// The first brand named as a word in `folded` text (lower-case words separated by spaces).
    pub fn named_in_text(&self, folded: &str) -> Option<&BrandData> {
        let words: std::collections::HashSet<&str> = folded.split(' ').collect();
        self.brands.iter().find(|b| {
            b.keywords
                .iter()
                .any(|k| k.len() >= 3 && words.contains(k.as_str()))
                || words.contains(b.name.to_lowercase().as_str())
        })
    }
}

/// Whether a domain label names the keyword: as a whole token between hyphens or digits,
/// inside the label for long keywords, or one typo away for longer ones.
fn label_names(label: &str, keyword: &str) -> bool {
    if keyword.is_empty() {
        return false;
    }
    let tokens = label
        .split(|c: char| c == '-' || c == '_' || c.is_ascii_digit())
        .filter(|t| !t.is_empty());
    for token in tokens {
        if token == keyword {
            return true;
        }
        if keyword.len() >= MIN_SUBSTRING_KEYWORD && token.contains(keyword) {
            return true;
        }
        if keyword.len() >= MIN_TYPO_KEYWORD
            && token.len().abs_diff(keyword.len()) <= 1
            && within_one_edit(token, keyword)
        {
            return true;
        }
    }
    false
}

/// Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or swap).
fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match (ra.len(), rb.len()) {
        (0, 0) => true,
        (x, y) if x == y => {
            ra[1..] == rb[1..] || (x >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        (x, y) if x + 1 == y => ra == &rb[1..],
        (x, y) if y + 1 == x => &ra[1..] == rb,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bca() -> BrandIndex {
        BrandIndex::new(vec![
            BrandData {
                name: "BCA".into(),
                kind: "bank".into(),
                keywords: vec!["bca".into(), "klikbca".into()],
                official: vec!["bca.co.id".into(), "klikbca.com".into()],
            },
            BrandData {
                name: "BRI".into(),
                kind: "bank".into(),
                keywords: vec!["bri".into(), "brimo".into()],
                official: vec!["bri.co.id".into()],
            },
        ])
    }

    #[test]
    fn official_domains_and_subdomains_are_official() {
        let idx = bca();
        assert!(matches!(
            idx.classify("ibank.klikbca.com", &["ibank", "klikbca"]),
            Some(BrandMatch::Official(_))
        ));
        assert!(matches!(
            idx.classify("bca.co.id", &["bca"]),
            Some(BrandMatch::Official(_))
        ));
    }

    #[test]
    fn lookalikes_are_named() {
        let idx = bca();
        let cases = [
            ("klikbca-verifikasi.com", vec!["klikbca-verifikasi"]),
            ("bri-poin.online", vec!["bri-poin"]),
            ("klikbac.com", vec!["klikbac"]),
            ("klikbcaindonesia.net", vec!["klikbcaindonesia"]),
        ];
        for (host, labels) in cases {
            assert!(
                matches!(
                    idx.classify(host, &labels),
                    Some(BrandMatch::NameInHost(..))
                ),
                "{host}"
            );
        }
        let inside = idx.classify(
            "bca.co.id.secure-login.xyz",
            &["bca", "co", "id", "secure-login"],
        );
        assert!(matches!(inside, Some(BrandMatch::OfficialInside(..))));
    }

    #[test]
    fn short_names_inside_words_are_not_brands() {
        let idx = bca();
        assert_eq!(idx.classify("fabric.com", &["fabric"]), None);
        assert_eq!(idx.classify("abcanews.com", &["abcanews"]), None);
    }

    #[test]
    fn one_edit() {
        assert!(within_one_edit("klikbca", "klikbac"));
        assert!(within_one_edit("klikbca", "kllkbca"));
        assert!(within_one_edit("klikbca", "klikbcaa"));
        assert!(!within_one_edit("klikbca", "kilkbac"));
    }
}
