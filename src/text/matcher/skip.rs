//! Words the automaton's walk can jump over: those that begin no word of any phrase.
//!
//! Every pattern in the automaton starts with a space (the `*suffix` and `*infix*` phrases are
//! searched apart), so every match, and every phrase in progress, starts at a space and is
//! made of whole words from there. When the walk has just read a space and the next word does
//! not begin like any word of any phrase, no phrase in progress goes on through it, none
//! starts with it, and none ends inside it: nothing matches before the space that closes it,
//! and there the automaton is in the state of that space alone, whatever it was in before.
//! The walk goes straight there. That is one table probe per word instead of an automaton
//! step per byte (a step follows failure links through sparse states: the walk's main cost).
//! Measured on 100 KB pages: 56–65 % of an Indonesian news page's words are skipped, a third
//! of the benchmark page's (which is half scam messages).

use super::super::normalize::zero_bytes;

/// A word's key: its first eight bytes, or the word and its closing space when shorter (the
/// bytes after that space zeroed), so phrases and text are keyed the same way whatever follows.
const KEY_LEN: usize = 8;
/// Bits of the key tables' index: 2^16 bits, 8 KB, in L1. With the default pack's ~2,500 word
/// keys one word in ~26 that could be skipped is walked instead (a hash collision): harmless.
const INDEX_BITS: u32 = 16;
/// Open-ended phrases whose last word is shorter than a key (`087*`, `kaya*`) are keyed by
/// this many bytes: any word starting with them is kept. Shorter ones (`to 68*`) keep every
/// word starting with their first byte.
const OPEN_LEN: usize = 3;

const SPACES: u64 = 0x2020_2020_2020_2020;

/// The filter: how the words of phrases begin.
#[derive(Debug, Clone)]
pub(super) struct WordSkip {
    /// Bits of the keys of phrases' words: the whole word and its space, or its first eight
    /// bytes.
    words: Box<[u64]>,
    /// Bits of the first [`OPEN_LEN`] bytes of open-ended last words shorter than a key.
    open: Box<[u64]>,
    /// Bits of the first bytes of open-ended last words shorter than [`OPEN_LEN`].
    open_short: [u64; 4],
}

impl WordSkip {
    /// The filter for `patterns`, the automaton's patterns, each starting with a space (the
    /// caller checks).
    pub(super) fn new<'a>(patterns: impl Iterator<Item = &'a [u8]>) -> WordSkip {
        let mut words = vec![0u64; 1 << (INDEX_BITS - 6)].into_boxed_slice();
        let mut open_tails: Vec<&[u8]> = Vec::new();
        // Every word of every pattern: what follows each of its spaces but a closing one.
        let tails = patterns.flat_map(|p| {
            let starts = p
                .iter()
                .enumerate()
                .filter(|&(i, &b)| b == b' ' && i + 1 < p.len());
            starts.map(move |(i, _)| &p[i + 1..])
        });
        for tail in tails {
            let first = &tail[..tail.len().min(KEY_LEN)];
            if first.len() < KEY_LEN && !first.contains(&b' ') {
                // An open end shorter than a key: the word may go on with anything.
                open_tails.push(first);
            } else {
                set(&mut words, word_index(load(first)));
            }
        }
        let mut open = vec![0u64; 1 << (INDEX_BITS - 6)].into_boxed_slice();
        let mut open_short = [0u64; 4];
        for t in open_tails {
            match t.get(..OPEN_LEN) {
                Some(first) => set(&mut open, open_index(load(first))),
                None => set(&mut open_short, usize::from(t[0])),
            }
        }
        WordSkip {
            words,
            open,
            open_short,
        }
    }

    /// Heap memory used, in bytes.
    pub(super) fn memory_usage(&self) -> usize {
        (self.words.len() + self.open.len()) * 8
    }

    /// Where the word at `bytes[start..]` ends (its closing space), when it begins no word of
    /// a phrase; `None` when it may, or when it is too near the end to tell.
    #[inline]
    pub(super) fn word_end(&self, bytes: &[u8], start: usize) -> Option<usize> {
        let chunk: [u8; KEY_LEN] = bytes.get(start..start + KEY_LEN)?.try_into().ok()?;
        let v = u64::from_le_bytes(chunk);
        let spaces = zero_bytes(v ^ SPACES);
        let key = v & through_first_space(spaces);
        let first = v & (u64::MAX >> (64 - 8 * OPEN_LEN)) & through_first_space(spaces);
        let keep = get(&self.words, word_index(key))
            | get(&self.open, open_index(first))
            | get(&self.open_short, usize::from(chunk[0]));
        if keep {
            return None;
        }
        if spaces != 0 {
            return Some(start + (spaces.trailing_zeros() / 8) as usize);
        }
        next_space(bytes, start + KEY_LEN)
    }
}

/// A mask keeping the bytes of a word up to and including its first space (`spaces` has the
/// high bit of each space byte), or all of them when there is none.
#[inline]
fn through_first_space(spaces: u64) -> u64 {
    match spaces.trailing_zeros() {
        tz if tz >= 63 => u64::MAX,
        tz => (1u64 << (tz + 1)) - 1,
    }
}

/// The first space at or after `from`, eight bytes at a time.
#[inline]
fn next_space(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let found = zero_bytes(u64::from_le_bytes(word) ^ SPACES);
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    bytes[at.min(bytes.len())..]
        .iter()
        .position(|&b| b == b' ')
        .map(|i| at + i)
}

/// A phrase's key: its first bytes, through its first space, zero-padded.
fn load(first: &[u8]) -> u64 {
    let end = first
        .iter()
        .position(|&b| b == b' ')
        .map_or(first.len(), |i| i + 1);
    let mut chunk = [0u8; KEY_LEN];
    chunk[..end].copy_from_slice(&first[..end]);
    u64::from_le_bytes(chunk)
}

#[inline]
fn word_index(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - INDEX_BITS)) as usize
}

#[inline]
fn open_index(key: u64) -> usize {
    (key.wrapping_mul(0xD6E8_FEB8_6659_FD93) >> (64 - INDEX_BITS)) as usize
}

fn set(bits: &mut [u64], i: usize) {
    bits[i / 64] |= 1 << (i % 64);
}

#[inline]
fn get(bits: &[u64], i: usize) -> bool {
    bits[i / 64] & (1 << (i % 64)) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skip(patterns: &[&str]) -> WordSkip {
        WordSkip::new(patterns.iter().map(|p| p.as_bytes()))
    }

    #[test]
    fn skips_words_no_phrase_starts_with() {
        let s = skip(&[" slot gacor ", " kaya", " mantap ", " to 6"]);
        let text = b"berita hari ini slot gacor kayaraya mantap sekali ya";
        // "berita", "hari", "ini" begin no word of a phrase; "slot", "gacor" (second word),
        // "kayaraya" (`kaya*`) and "mantap" may.
        assert_eq!(s.word_end(text, 0), Some(6));
        assert_eq!(s.word_end(text, 7), Some(11));
        assert_eq!(s.word_end(text, 16), None);
        assert_eq!(s.word_end(text, 21), None);
        assert_eq!(s.word_end(text, 27), None);
        assert_eq!(s.word_end(text, 36), None);
        // "mantapan" would not match " mantap ": its key differs.
        assert_eq!(s.word_end(b"mantapan dulu ya", 0), Some(8));
        // `to 6*`: every word starting with 6 is kept.
        assert_eq!(s.word_end(b"to 6000 ya dan", 3), None);
        assert_eq!(s.word_end(b"to 7000 ya dan", 3), Some(7));
        // Too near the end to load a key: not skipped.
        assert_eq!(s.word_end(text, 50), None);
    }

    #[test]
    fn finds_the_end_of_long_words() {
        let s = skip(&[" slot "]);
        let text = b"pertanggungjawabannya sudah jelas";
        assert_eq!(s.word_end(text, 0), Some(21));
        assert_eq!(s.word_end(b"pertanggungjawabannya", 0), None);
    }
}
