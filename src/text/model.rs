//! A compact on-device text model: logistic regression over hashed words, word pairs and
//! character n-grams of the folded text.
//!
//! Rules say *why* a message is a scam; the model catches the many ways of saying the same
//! thing that no rule lists (new gambling brand names, premium-rate SMS wording). It is trained
//! by `waspada model train` from labelled messages, shipped in the pack as one signed byte per
//! hash bucket, and explains itself: the words that pushed the score up are quoted as evidence.
//! It only judges messages and comments (what it was trained on), never whole pages.
//!
//! Features are hashed (FNV-1a, 64-bit) into `2^bits` buckets; collisions cost a little
//! accuracy and save a vocabulary. Every feature counts once per text.

use std::ops::Range;

use crate::pack::model::{ModelHead, TextModelData};

/// The model reads at most this many bytes of folded text: messages and comments are short,
/// and a bounded cost keeps a long paste from taking long.
pub const MAX_MODEL_BYTES: usize = 2_000;

/// Character n-gram lengths inside each word (with `^` and `$` marking its edges).
const NGRAMS: Range<usize> = 3..6;

/// A feature of a text: its hash bucket and the folded bytes it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feature {
    /// Hash bucket.
    pub bucket: u32,
    /// Byte range in the folded text (the word or word pair it came from).
    pub span: Range<usize>,
}

/// The model's judgement of one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Prediction {
    /// Probability that the text is a scam, 0–1.
    pub probability: f32,
    /// Folded byte ranges of the words that pushed the score up most, strongest first.
    pub top_words: Vec<Range<usize>>,
}

/// A loaded text model.
#[derive(Debug, Clone)]
pub struct TextModel {
    data: TextModelData,
}

impl TextModel {
    /// Wraps the pack's model data; `None` when its table does not have `2^bits` weights.
    pub fn new(data: TextModelData) -> Option<TextModel> {
        let size = 1usize.checked_shl(u32::from(data.bits))?;
        let valid = (8..=24).contains(&data.bits) && data.scam.weights.len() == size;
        valid.then_some(TextModel { data })
    }

    /// The lowest scam probability that counts as evidence.
    pub fn threshold(&self) -> f32 {
        self.data.threshold
    }

    /// Whether the labelled record with this id was part of the model's training data, so an
    /// honest evaluation can leave it out.
    pub fn trained_on(&self, id: &str) -> bool {
        self.data
            .trained_id_prefixes
            .iter()
            .any(|p| id.starts_with(p.as_str()))
            && !is_held_out(id, self.data.held_out_percent)
    }

    /// Judges `folded` (the output of [`crate::text::fold`]).
    pub fn predict(&self, folded: &str) -> Prediction {
        let features = features(folded, self.data.bits);
        let scam = &self.data.scam;
        // What each word (or word pair) adds: its own weight and its n-grams'. A word's total
        // says more than its strongest n-gram, and a number alone explains nothing to a reader.
        let mut contributions: Vec<(i32, Range<usize>)> = Vec::new();
        for f in &features {
            let w = i32::from(scam.weights[f.bucket as usize]);
            // A word's features come together, its pair with the next word among them, so its
            // entry is one of the last two.
            match contributions
                .iter_mut()
                .rev()
                .take(2)
                .find(|(_, span)| *span == f.span)
            {
                Some((total, _)) => *total += w,
                None => contributions.push((w, f.span.clone())),
            }
        }
        contributions.retain(|(w, span)| *w > 0 && explains(&folded[span.clone()]));
        let top_words = strongest_words(&contributions);
        Prediction {
            probability: head_probability(scam, &features),
            top_words,
        }
    }
}

/// Words that carry weight in the model (scammers write "kak" and "your" a lot) but tell a
/// reader nothing when quoted as the reason: forms of address, pronouns and function words.
const SAYS_NOTHING: &[&str] = &[
    "a", "aja", "aku", "an", "and", "anda", "are", "bang", "bos", "bosku", "bro", "dan", "dari",
    "di", "dong", "for", "gan", "i", "in", "is", "it", "ini", "itu", "ka", "kak", "kakak", "kamu",
    "ke", "me", "min", "mu", "my", "nya", "of", "on", "saya", "sis", "the", "this", "to", "u",
    "ur", "ya", "yah", "yang", "yg", "you", "your",
];

/// Whether a word (or word pair) is worth quoting as evidence: it has letters, and at least one
/// of its words is not in [`SAYS_NOTHING`].
fn explains(span: &str) -> bool {
    span.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .any(|w| !SAYS_NOTHING.contains(&w))
}

/// The model's probability for a text's features.
fn head_probability(head: &ModelHead, features: &[Feature]) -> f32 {
    let sum: f32 = features
        .iter()
        .map(|f| f32::from(head.weights[f.bucket as usize]))
        .sum();
    sigmoid(head.bias + head.scale * sum)
}

/// The logistic function.
pub fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// Every distinct feature of `folded`, in first-seen order: words, adjacent word pairs, and
/// the character n-grams of each word.
pub fn features(folded: &str, bits: u8) -> Vec<Feature> {
    let folded = crate::text::normalize::truncate(folded, MAX_MODEL_BYTES);
    let words: Vec<Range<usize>> = word_ranges(folded).collect();
    let mut out = Vec::with_capacity(words.len() * 8);
    let mut seen = std::collections::HashSet::with_capacity(words.len() * 8);
    let mut push = |hash: u64, span: Range<usize>| {
        let bucket = (hash >> (64 - u32::from(bits))) as u32;
        if seen.insert(bucket) {
            out.push(Feature { bucket, span });
        }
    };
    for (i, w) in words.iter().enumerate() {
        let word = &folded[w.clone()];
        push(fnv(&[b"w:", word.as_bytes()]), w.clone());
        if let Some(next) = words.get(i + 1) {
            let pair = &folded[next.clone()];
            push(
                fnv(&[b"b:", word.as_bytes(), b" ", pair.as_bytes()]),
                w.start..next.end,
            );
        }
        let marked: Vec<char> = std::iter::once('^')
            .chain(word.chars())
            .chain(std::iter::once('$'))
            .collect();
        for n in NGRAMS {
            for gram in marked.windows(n) {
                let mut buf = [0u8; 4 * 6];
                let mut len = 0;
                for c in gram {
                    len += c.encode_utf8(&mut buf[len..]).len();
                }
                push(fnv(&[b"c:", &buf[..len]]), w.clone());
            }
        }
    }
    out
}

/// Words of the folded text: runs of letters and digits.
fn word_ranges(folded: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = None;
    folded
        .char_indices()
        .chain(std::iter::once((folded.len(), ' ')))
        .filter_map(move |(i, c)| {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
                None
            } else {
                start.take().map(|s| s..i)
            }
        })
}

/// FNV-1a over several byte strings: stable across platforms and versions, unlike std's hasher.
fn fnv(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in *part {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Whether a labelled record with this id belongs to the held-out part of the data: the part
/// `waspada model train` never sees, on which the model must prove it helps. About `percent`
/// of the ids, chosen by hash so the split is the same on every machine.
pub fn is_held_out(id: &str, percent: u8) -> bool {
    fnv(&[b"split:", id.as_bytes()]) % 100 < u64::from(percent)
}

/// The three strongest words of `contributions` (weight, span), each word once: the strongest
/// that overlaps none already taken, three times; ties go to the earlier word, then to the first
/// listed. Picked rather than sorted: a sort of these tuples costs ~3 KB of the Wasm's gzip for a
/// list that is read three times.
fn strongest_words(contributions: &[(i32, Range<usize>)]) -> Vec<Range<usize>> {
    let mut top_words: Vec<Range<usize>> = Vec::new();
    while top_words.len() < 3 {
        let best = contributions
            .iter()
            .enumerate()
            .filter(|(_, (_, span))| {
                !top_words
                    .iter()
                    .any(|t| t.start < span.end && span.start < t.end)
            })
            .max_by(|(i, a), (j, b)| a.0.cmp(&b.0).then(b.1.start.cmp(&a.1.start)).then(j.cmp(i)));
        match best {
            Some((_, (_, span))) => top_words.push(span.clone()),
            None => break,
        }
    }
    top_words
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The same three words as sorting by weight (then position) and taking each word once.
        #[test]
        fn the_strongest_words_are_those_a_sort_would_give(
            raw in proptest::collection::vec((-3i32..4, 0usize..20, 1usize..4), 0..30),
        ) {
            let contributions: Vec<(i32, Range<usize>)> =
                raw.iter().map(|&(w, start, len)| (w, start..start + len)).collect();
            let mut sorted = contributions.clone();
            sorted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.start.cmp(&b.1.start)));
            let mut expected: Vec<Range<usize>> = Vec::new();
            for (_, span) in sorted {
                if expected.len() < 3
                    && !expected.iter().any(|t| t.start < span.end && span.start < t.end)
                {
                    expected.push(span);
                }
            }
            proptest::prop_assert_eq!(strongest_words(&contributions), expected);
        }
    }

    fn model(weights: &[(&str, i8)]) -> TextModel {
        let bits = 16;
        let mut table = vec![0i8; 1 << bits];
        for (word, w) in weights {
            table[(fnv(&[b"w:", word.as_bytes()]) >> (64 - bits)) as usize] = *w;
        }
        TextModel::new(TextModelData {
            bits: bits as u8,
            threshold: 0.5,
            scam: ModelHead {
                weights: table,
                scale: 0.1,
                bias: -2.0,
            },
            ..TextModelData::default()
        })
        .expect("valid model")
    }

    #[test]
    fn words_pairs_and_ngrams_are_features_with_their_spans() {
        let f = features("slot gacor", 16);
        // "slot": 1 word + pair + n-grams of "^slot$" (4 + 3 + 2); "gacor": 1 + (5 + 4 + 3).
        assert!(f.len() >= 20, "{}", f.len());
        assert_eq!(f[0].span, 0..4);
        assert_eq!(f[1].span, 0..10, "the pair spans both words");
        let buckets: std::collections::HashSet<u32> = f.iter().map(|x| x.bucket).collect();
        assert_eq!(buckets.len(), f.len(), "each feature counts once");
    }

    #[test]
    fn weights_move_the_probability_and_the_strong_words_are_quoted() {
        let m = model(&[("maxwin", 100), ("arisan", -100)]);
        let scam = m.predict("pasti maxwin hari ini");
        let plain = m.predict("besok arisan di rumah");
        assert!(scam.probability > 0.9, "{}", scam.probability);
        assert!(plain.probability < 0.01, "{}", plain.probability);
        assert_eq!(scam.top_words, vec![6..12]);
    }

    #[test]
    fn forms_of_address_and_numbers_are_never_quoted() {
        let m = model(&[("kak", 100), ("maxwin", 60), ("777", 100)]);
        let p = m.predict("kak 777 maxwin");
        assert_eq!(
            p.top_words,
            vec![8..14],
            "only the word that says something"
        );
        assert!(!explains("kak yg"));
        assert!(explains("kak transfer"));
    }

    #[test]
    fn a_table_of_the_wrong_size_is_refused() {
        let data = TextModelData {
            bits: 12,
            threshold: 0.5,
            scam: ModelHead {
                weights: vec![0; 100],
                scale: 1.0,
                bias: 0.0,
            },
            ..TextModelData::default()
        };
        assert!(TextModel::new(data).is_none());
    }

    #[test]
    fn the_split_is_stable_and_near_its_share() {
        let held = (0..10_000)
            .filter(|i| is_held_out(&format!("id-{i}"), 30))
            .count();
        assert!((2_700..3_300).contains(&held), "{held}");
        assert_eq!(is_held_out("tt-10774", 30), is_held_out("tt-10774", 30));
    }

    #[test]
    fn long_texts_cost_a_bounded_number_of_features() {
        let long = "kata ".repeat(100_000);
        assert!(features(&long, 16).len() < MAX_MODEL_BYTES * 8);
    }
}
