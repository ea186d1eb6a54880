//! Phrases open on both sides (`*msgrcvd*`), found anywhere by a rare pair of their bytes.
//!
//! They are kept out of the automaton so that all its patterns start with a space (which lets
//! its walk skip words). A pass of their own through aho-corasick's overlapping search, with
//! its rare-byte prefilter, cost as much as the walk it was meant to shorten (the default
//! pack's seven such phrases give it `b`, `m` and `p` to look for: a hit every few words).
//! Instead each phrase is anchored on its rarest pair of adjacent bytes (by the letters'
//! frequency in Indonesian), the text is searched for those pairs eight bytes at a time, and
//! the phrases are compared whole only where their pair occurs.

use super::super::normalize::zero_bytes;
use super::Hit;

/// Beyond this many distinct pairs the search costs more than it saves: the phrases then stay
/// in the automaton, and no word is skipped.
const MAX_PAIRS: usize = 6;

const ONES: u64 = 0x0101_0101_0101_0101;

/// The `*infix*` phrases, by the pair each is found by.
#[derive(Debug, Clone)]
pub(super) struct Infixes {
    pairs: Vec<Pair>,
}

#[derive(Debug, Clone)]
struct Pair {
    /// The pair's bytes.
    bytes: [u8; 2],
    /// Its phrases: index, folded bytes, where the pair lies in them.
    phrases: Vec<(usize, Box<[u8]>, usize)>,
}

impl Infixes {
    /// The search for `phrases` (index, folded text); `None` when one of them is shorter than
    /// a pair or they need more than [`MAX_PAIRS`] pairs.
    pub(super) fn new<'a>(phrases: impl Iterator<Item = (usize, &'a [u8])>) -> Option<Infixes> {
        let mut pairs: Vec<Pair> = Vec::new();
        for (index, text) in phrases {
            let at = (0..text.len().checked_sub(1)?)
                .min_by_key(|&i| frequency(text[i]) * frequency(text[i + 1]))?;
            let bytes = [text[at], text[at + 1]];
            let entry = (index, text.into(), at);
            match pairs.iter_mut().find(|p| p.bytes == bytes) {
                Some(pair) => pair.phrases.push(entry),
                None => pairs.push(Pair {
                    bytes,
                    phrases: vec![entry],
                }),
            }
        }
        (pairs.len() <= MAX_PAIRS).then_some(Infixes { pairs })
    }

    /// Heap memory used, in bytes.
    pub(super) fn memory_usage(&self) -> usize {
        let phrases = self.pairs.iter().flat_map(|p| &p.phrases);
        phrases.map(|(_, text, _)| text.len() + 32).sum()
    }

    /// Adds every occurrence in `bytes` of every phrase, overlapping ones included, to `hits`
    /// (in no particular order).
    pub(super) fn hits(&self, bytes: &[u8], hits: &mut Vec<Hit>) {
        // Spaces before each hit's start, counted on from the last one (hits are rare).
        let mut cursor = (0, 0);
        let mut at_pair = |pair: &Pair, at: usize| {
            for (phrase, text, offset) in &pair.phrases {
                let Some(start) = at.checked_sub(*offset) else {
                    continue;
                };
                if bytes[start..].starts_with(text) {
                    let (from, spaces) = cursor;
                    let word = if start >= from {
                        spaces + count_spaces(&bytes[from..start])
                    } else {
                        spaces - count_spaces(&bytes[start..from])
                    };
                    cursor = (start, word);
                    hits.push(Hit {
                        phrase: *phrase,
                        start,
                        end: start + text.len(),
                        word,
                    });
                }
            }
        };
        let mut at = 0;
        // Each pair's first byte where the next byte is its second, eight bytes at a time.
        while let Some(chunk) = bytes.get(at..at + 9) {
            let v = u64::from_le_bytes(chunk[..8].try_into().unwrap_or_default());
            let next = u64::from_le_bytes(chunk[1..].try_into().unwrap_or_default());
            // A byte of `(v ^ a) | (next ^ b)` is zero where both match: one zero-byte test
            // a pair, and one rarely taken branch for them all.
            let found = |pair: &Pair| {
                let [a, b] = pair.bytes;
                zero_bytes((v ^ (ONES * u64::from(a))) | (next ^ (ONES * u64::from(b))))
            };
            if self.pairs.iter().fold(0, |any, pair| any | found(pair)) != 0 {
                for pair in &self.pairs {
                    let mut found = found(pair);
                    while found != 0 {
                        at_pair(pair, at + (found.trailing_zeros() / 8) as usize);
                        found &= found - 1;
                    }
                }
            }
            at += 8;
        }
        for i in at..bytes.len().saturating_sub(1) {
            for pair in &self.pairs {
                if bytes[i..i + 2] == pair.bytes {
                    at_pair(pair, i);
                }
            }
        }
    }
}

fn count_spaces(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b' ').count()
}

/// How common a folded byte is in Indonesian text, roughly, per thousand bytes: which pair of
/// a phrase to look for. Only speed depends on it.
fn frequency(b: u8) -> u32 {
    match b {
        b' ' => 150,
        b'a' => 160,
        b'e' | b'i' | b'n' => 70,
        b'u' | b't' | b'r' | b'k' | b's' => 40,
        b'm' | b'd' | b'g' | b'l' | b'o' => 30,
        b'b' | b'h' | b'p' | b'y' => 20,
        b'c' | b'j' | b'w' => 6,
        b'0'..=b'9' => 5,
        b'f' | b'v' => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(phrases: &[&str], text: &str) -> Vec<(usize, usize, usize, usize)> {
        let infixes = Infixes::new(phrases.iter().map(|p| p.as_bytes()).enumerate()).unwrap();
        let mut hits = Vec::new();
        infixes.hits(text.as_bytes(), &mut hits);
        hits.sort_by_key(|h| (h.start, h.phrase));
        hits.iter()
            .map(|h| (h.phrase, h.start, h.end, h.word))
            .collect()
    }

    #[test]
    fn finds_every_occurrence_with_its_word() {
        let text = "ada msgrcvd dan xxmsgrcvdxx lalu biling msg ya msgrcvd";
        assert_eq!(
            found(&["msgrcvd", "biling msg"], text),
            [
                (0, 4, 11, 1),
                (0, 18, 25, 3),
                (1, 33, 43, 5),
                (0, 47, 54, 8)
            ]
        );
        // Overlapping occurrences of two phrases.
        assert_eq!(
            found(&["moremobs", "mobsmore"], "minmoremobsmore"),
            [(0, 3, 11, 0), (1, 7, 15, 0)]
        );
    }

    #[test]
    fn declines_phrases_it_cannot_anchor() {
        assert!(Infixes::new([(0, &b"x"[..])].into_iter()).is_none());
        let many = ["ab", "cd", "ef", "gh", "ij", "kl", "mn"];
        assert!(Infixes::new(many.iter().map(|p| p.as_bytes()).enumerate()).is_none());
    }
}
