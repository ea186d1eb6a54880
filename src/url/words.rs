//! [`WordFilter`]: a quick "certainly not in this list" for a short word list a URL check
//! compares many words with (the phished services of `url.service-in-path`).
//!
//! Such a check compares every path segment with a list of a few dozen words, and in Wasm each
//! comparison is a loop or a call to `memcmp`. The filter keeps, for each length, a bit per
//! first byte (its low five bits, the same for both cases of a letter), so most words are
//! turned away by one load and one shift, before any comparison. Used where it measurably
//! pays: the same filter before the system-folder and login-word lists cost ~500 B of Wasm
//! gzip (inlining shifted) for no gain measured in A/B runs.

/// The lengths and first bytes of a word list (words of 1–15 bytes; longer ones always pass).
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordFilter {
    /// `first[len]` has bit `b & 31` set for each word of `len` bytes starting with `b`.
    first: [u32; 16],
    /// A word of 16 bytes or more is in the list: such words always pass.
    long: bool,
}

impl WordFilter {
    /// The filter of `words`, built at compile time for the lists in the code.
    pub(crate) const fn new(words: &[&str]) -> WordFilter {
        let mut filter = WordFilter {
            first: [0; 16],
            long: false,
        };
        let mut i = 0;
        while i < words.len() {
            filter.add(words[i].as_bytes());
            i += 1;
        }
        filter
    }

    /// Adds a word.
    pub(crate) const fn add(&mut self, word: &[u8]) {
        match word {
            [] => {}
            [b, ..] if word.len() < 16 => self.first[word.len()] |= 1 << (*b & 31),
            _ => self.long = true,
        }
    }

    /// False when `word` is in no way in the list, neither as written nor with letters in
    /// another case; true when it may be (compare it then).
    #[inline]
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        match word.as_bytes() {
            [] => false,
            [b, ..] if word.len() < 16 => self.first[word.len()] >> (*b & 31) & 1 == 1,
            _ => self.long,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Every word of the list, in any case, passes; a word outside it passes only by chance.
        #[test]
        fn listed_words_always_pass(
            words in proptest::collection::vec("[a-zA-Z0-9.-]{0,40}", 0..30),
            probe in "[a-zA-Z0-9.-]{0,40}",
        ) {
            let refs: Vec<&str> = words.iter().map(String::as_str).collect();
            let mut filter = WordFilter::new(&[]);
            for w in &refs {
                filter.add(w.as_bytes());
            }
            for w in &refs {
                proptest::prop_assert!(filter.may_contain(w) || w.is_empty());
                proptest::prop_assert!(filter.may_contain(&w.to_ascii_uppercase()) || w.is_empty());
            }
            let listed = refs.iter().any(|w| w.eq_ignore_ascii_case(&probe) && !w.is_empty());
            proptest::prop_assert!(!listed || filter.may_contain(&probe));
        }
    }

    #[test]
    fn most_other_words_are_turned_away() {
        const F: WordFilter = WordFilter::new(&["wp-admin", "plugins", "themes", "css"]);
        assert!(F.may_contain("themes") && F.may_contain("CSS") && F.may_contain("Plugins"));
        // Same length and first letter as a listed word: passes, and the comparison decides.
        assert!(F.may_contain("cat"));
        for w in [
            "index.php",
            "blog",
            "2020",
            "products",
            "about-us",
            "",
            "dog",
        ] {
            assert!(!F.may_contain(w), "{w}");
        }
    }
}
