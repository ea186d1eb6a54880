//! One typo: the edit distance behind typosquat detection, shared by the engine's brand index
//! and the pack compiler (which checks that a brand's `not_typos` words are typos at all).

/// Keywords this long also match one edit away (`klikbac` for `klikbca`); shorter ones are
/// too close to too many honest words.
pub const MIN_TYPO_KEYWORD: usize = 6;

/// Whether `word` is a typo of `keyword`: different, and one edit from a keyword long enough
/// to be matched that way.
pub fn is_typo_of(word: &str, keyword: &str) -> bool {
    keyword.len() >= MIN_TYPO_KEYWORD && word != keyword && within_one_edit(word, keyword)
}

/// Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or swap).
pub fn within_one_edit(a: &str, b: &str) -> bool {
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

    #[test]
    fn typos_of_long_keywords_only() {
        assert!(is_typo_of("finance", "binance"));
        assert!(is_typo_of("cloud", "icloud"));
        assert!(!is_typo_of("binance", "binance"));
        assert!(!is_typo_of("bcaa", "bca"), "keyword too short for typos");
        assert!(!is_typo_of("bank", "binance"));
    }
}
