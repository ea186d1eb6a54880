//! Whole-word phrase search over folded text, a word at a time: every phrase is whole words,
//! so the text's words are looked up in tables of the phrases' words instead of walking an
//! automaton a byte at a time.

mod tables;
#[cfg(test)]
mod tests;

use super::normalize::fold;
use tables::{Affixes, Edges, Words};

/// A phrase as written in a rule: `gacor*` may continue after, `*88` before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// Folded text of the phrase, without `*`.
    pub folded: String,
    /// The match may start inside a word (`*88` matches "junior88").
    pub open_start: bool,
    /// The match may end inside a word (`gacor*` matches "gacornya").
    pub open_end: bool,
}

impl Phrase {
    /// The phrase as a rule would write it after folding: `*` on each open side.
    pub fn key(&self) -> String {
        let star = |open: bool| if open { "*" } else { "" };
        format!(
            "{}{}{}",
            star(self.open_start),
            self.folded,
            star(self.open_end)
        )
    }

    /// Parses a rule phrase. `None` when nothing searchable is left after folding.
    pub fn parse(raw: &str) -> Option<Phrase> {
        let raw = raw.trim();
        let open_start = raw.starts_with('*');
        let open_end = raw.ends_with('*');
        let folded = fold(raw.trim_matches('*')).text;
        (!folded.is_empty()).then_some(Phrase {
            folded,
            open_start,
            open_end,
        })
    }
}

/// One whole-word occurrence of a phrase in folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index of the phrase in the list given to [`PhraseSet::new`].
    pub phrase: usize,
    /// Start in the folded text, widened to the word start for `*phrase`.
    pub start: usize,
    /// End in the folded text, widened to the word end for `phrase*`.
    pub end: usize,
    /// Index of the word at `start` (the spaces before it).
    pub word: usize,
}

/// Many phrases, searched in one pass over the words of a text.
///
/// A phrase is matched from its last word back to its first, so all the hits that end in a
/// word are known once that word is read, and come out in the order of their end. The
/// phrases' words make a trie read backwards: the edges from a node are keyed by a word's
/// number in the table of phrase words, or for the last word of `gacor*` by the number of its
/// beginning, found by the word's first bytes. A text word that is in no table ends every
/// path, so most words cost one hash and one probe. `*88` (the word ends in 88) and `*msg*`
/// (the word contains msg) are looked up by the word's last bytes and by a rare pair of
/// bytes in it.
#[derive(Debug, Clone)]
pub struct PhraseSet {
    phrases: Vec<Phrase>,
    /// Every word matched whole: all but the open first word of `*phrase` and last of `phrase*`.
    words: Words,
    /// Last words of `phrase*`, numbered apart from `words`.
    prefixes: Affixes,
    /// Node 0 is the root; tokens are word numbers, or prefix numbers with [`PREFIX`] set.
    edges: Edges,
    /// The root's child along each word and each prefix ([`NO_WORD`] if none): the first
    /// step of every walk, without a probe of `edges`.
    word_root: Vec<u32>,
    prefix_root: Vec<u32>,
    /// Nodes with children: only these look at the word before.
    parent: Vec<bool>,
    /// Phrases whose first word is the node's last token: `closed[closed_at[n]..closed_at[n+1]]`.
    closed_at: Vec<u32>,
    closed: Vec<u32>,
    /// `*phrase` of several words: the node's phrases whose first word must end in an affix,
    /// (start in `open_bytes`, length, phrase).
    open_at: Vec<u32>,
    open: Vec<(u32, u32, u32)>,
    open_bytes: Vec<u8>,
    /// `*word`: phrase numbers by the word ending.
    suffixes: Affixes,
    /// `*word*`: (start in `inner_bytes`, length, phrase, offset of its rare pair).
    inner: Vec<(u32, u32, u32, u32)>,
    inner_bytes: Vec<u8>,
    /// Bit per byte pair: the rare pair of some `*word*`.
    inner_pairs: Vec<u64>,
    /// The shortest `*word*` (`usize::MAX` if none).
    inner_min: usize,
    /// The rarest byte of each `*word*`, if there are at most eight such bytes: a word without
    /// any of them is not searched for its pairs.
    inner_gate: Option<u64>,
    /// Most words in a phrase, plus one, as a power of two: the words remembered.
    ring: usize,
}

/// Marks a token as the number of a word beginning (`gacor*`).
const PREFIX: u32 = 1 << 31;
/// A text word that is not a phrase word.
const NO_WORD: u32 = u32::MAX;

/// The phrase set could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// More phrases or phrase words than the tables number.
    #[error("too many phrases for the matcher: {0}")]
    TooLarge(usize),
}

/// A phrase's hit while the hits of a word are gathered: its end and length before widening
/// (what hits are ordered by), and where its first word starts.
#[derive(Clone, Copy)]
struct Found {
    end: usize,
    len: usize,
    phrase: u32,
    start: usize,
    word: usize,
}

impl PhraseSet {
    /// Builds the tables. Phrases are folded text: words of bytes other than space, joined
    /// by single spaces (an empty phrase matches nothing).
    pub fn new(phrases: Vec<Phrase>) -> Result<PhraseSet, BuildError> {
        if phrases.len() >= PREFIX as usize {
            return Err(BuildError::TooLarge(phrases.len()));
        }
        let mut words: Vec<&[u8]> = Vec::new();
        let mut word_ids: std::collections::HashMap<&[u8], u32> = Default::default();
        let mut prefixes: Vec<(&[u8], u32)> = Vec::new();
        let mut prefix_ids: std::collections::HashMap<&[u8], u32> = Default::default();
        let mut edges: std::collections::HashMap<(u32, u32), u32> = Default::default();
        let mut nodes = 1u32;
        let mut closed: Vec<Vec<u32>> = vec![Vec::new()];
        let mut open: Vec<Vec<(&[u8], u32)>> = vec![Vec::new()];
        let mut suffixes: Vec<(&[u8], u32)> = Vec::new();
        let mut inner: Vec<(&[u8], u32)> = Vec::new();
        let mut depth = 1;
        for (i, p) in phrases.iter().enumerate() {
            let i = i as u32;
            if p.folded.is_empty() {
                continue; // `Phrase::parse` never makes one; it would match nothing here
            }
            let parts: Vec<&[u8]> = p.folded.as_bytes().split(|&b| b == b' ').collect();
            depth = depth.max(parts.len());
            match (parts.as_slice(), p.open_start, p.open_end) {
                ([w], true, true) => {
                    inner.push((w, i));
                    continue;
                }
                ([w], true, false) => {
                    suffixes.push((w, i));
                    continue;
                }
                _ => {}
            }
            // Tokens from the last word back; the first word is a token only when whole.
            let Some((&first, rest)) = parts.split_first() else {
                continue; // `split` always yields a part
            };
            let exact = if p.open_start { rest } else { &parts[..] };
            let mut tokens: Vec<u32> = Vec::with_capacity(exact.len());
            for (k, &w) in exact.iter().enumerate().rev() {
                let token = if p.open_end && k + 1 == exact.len() {
                    let next = prefixes.len() as u32;
                    let id = *prefix_ids.entry(w).or_insert_with(|| {
                        prefixes.push((w, next));
                        next
                    });
                    id | PREFIX
                } else {
                    let next = words.len() as u32;
                    *word_ids.entry(w).or_insert_with(|| {
                        words.push(w);
                        next
                    })
                };
                tokens.push(token);
            }
            let mut node = 0u32;
            for t in tokens {
                node = *edges.entry((node, t)).or_insert_with(|| {
                    nodes += 1;
                    closed.push(Vec::new());
                    open.push(Vec::new());
                    nodes - 1
                });
            }
            if p.open_start {
                open[node as usize].push((first, i));
            } else {
                closed[node as usize].push(i);
            }
        }
        if words.len() >= PREFIX as usize || nodes >= PREFIX {
            return Err(BuildError::TooLarge(words.len()));
        }
        let root = |token: u32| edges.get(&(0, token)).copied().unwrap_or(NO_WORD);
        let word_root = (0..words.len() as u32).map(root).collect();
        let prefix_root = (0..prefixes.len() as u32)
            .map(|p| root(p | PREFIX))
            .collect();
        let mut parent = vec![false; nodes as usize];
        for &(node, _) in edges.keys() {
            parent[node as usize] = true;
        }
        let edges: Vec<((u32, u32), u32)> = edges.into_iter().collect();
        let (closed_at, closed) = flatten(closed);
        let mut open_bytes = Vec::new();
        let open = open
            .into_iter()
            .map(|list| {
                list.into_iter()
                    .map(|(w, p)| {
                        open_bytes.extend_from_slice(w);
                        ((open_bytes.len() - w.len()) as u32, w.len() as u32, p)
                    })
                    .collect()
            })
            .collect();
        let (open_at, open) = flatten(open);
        let mut inner_bytes = Vec::new();
        let mut inner_pairs = vec![0u64; 1024];
        let inner_min = inner
            .iter()
            .map(|(w, _)| w.len())
            .min()
            .unwrap_or(usize::MAX);
        let mut gate: Vec<u8> = inner.iter().map(|(w, _)| rarest(w)).collect();
        gate.sort_unstable();
        gate.dedup();
        let inner_gate = (gate.len() <= 8).then(|| {
            let mut bytes = [0u8; 8];
            bytes[..gate.len()].copy_from_slice(&gate);
            // Unused places repeat a gate byte: zero may pad a word's last chunk.
            for i in gate.len()..8 {
                bytes[i] = gate.first().copied().unwrap_or(0);
            }
            u64::from_le_bytes(bytes)
        });
        let inner = inner
            .into_iter()
            .map(|(w, p)| {
                // A one-byte `*x*` is filtered by its byte, as the pair (x, 0) no word holds.
                let at = rare_pair(w);
                let pair = pair_index(w[at], w.get(at + 1).copied().unwrap_or(0));
                inner_pairs[pair / 64] |= 1 << (pair % 64);
                inner_bytes.extend_from_slice(w);
                (
                    (inner_bytes.len() - w.len()) as u32,
                    w.len() as u32,
                    p,
                    at as u32,
                )
            })
            .collect();
        Ok(PhraseSet {
            words: Words::new(&words),
            prefixes: Affixes::new(&prefixes, false),
            edges: Edges::new(&edges),
            word_root,
            prefix_root,
            parent,
            closed_at,
            closed,
            open_at,
            open,
            open_bytes,
            suffixes: Affixes::new(&suffixes, true),
            inner,
            inner_bytes,
            inner_pairs,
            inner_min,
            inner_gate,
            ring: (depth + 1).next_power_of_two(),
            phrases,
        })
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    /// Whether the set has no phrases.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// The phrases, in the order given to [`PhraseSet::new`].
    pub fn phrases(&self) -> &[Phrase] {
        &self.phrases
    }

    /// Heap memory used by the tables, roughly, in bytes.
    pub fn memory_usage(&self) -> usize {
        self.words.memory_usage()
            + self.edges.memory_usage()
            + self.prefixes.memory_usage()
            + self.suffixes.memory_usage()
            + 4 * (self.closed_at.len() + self.closed.len() + self.open_at.len())
            + 12 * (self.open.len() + self.inner.len())
            + 8 * self.inner_pairs.len()
            + self.open_bytes.len()
            + self.inner_bytes.len()
    }

    /// Calls `on_hit` for every whole-word occurrence of every phrase in `folded`
    /// (text produced by [`fold`]), overlapping ones included, in order of their end before
    /// widening; hits with the same end come longest phrase first, then in phrase order.
    pub fn for_each_hit(&self, folded: &str, mut on_hit: impl FnMut(Hit)) {
        let bytes = folded.as_bytes();
        if bytes.is_empty() {
            return;
        }
        // The last words read: (start, end, word number or NO_WORD).
        let mut ring = vec![(0usize, 0usize, NO_WORD); self.ring];
        let mut found: Vec<Found> = Vec::new();
        let mut start = 0;
        let mut j = 0;
        loop {
            let end = space_from(bytes, start);
            let word = &bytes[start..end];
            let id = self.words.get(word).unwrap_or(NO_WORD);
            ring[j & (self.ring - 1)] = (start, end, id);
            self.hits_ending_in(bytes, &ring, j, &mut found);
            if found.len() > 1 {
                found.sort_unstable_by_key(|f| (f.end, std::cmp::Reverse(f.len), f.phrase));
            }
            for f in found.drain(..) {
                on_hit(Hit {
                    phrase: f.phrase as usize,
                    start: f.start,
                    end,
                    word: f.word,
                });
            }
            if end == bytes.len() {
                break;
            }
            start = end + 1;
            j += 1;
        }
    }

    /// Every hit that ends in word `j` (the newest in `ring`).
    fn hits_ending_in(
        &self,
        bytes: &[u8],
        ring: &[(usize, usize, u32)],
        j: usize,
        found: &mut Vec<Found>,
    ) {
        let (start, end, id) = ring[j & (self.ring - 1)];
        let word = &bytes[start..end];
        let one = |phrase: u32, from: usize, to: usize| Found {
            end: to,
            len: to - from,
            phrase,
            start,
            word: j,
        };
        self.suffixes
            .each_in(word, |p, len| found.push(one(p, end - len, end)));
        if word.len() >= self.inner_min && self.may_hold_inner(word) {
            self.inner_hits(word, |p, at, len| {
                found.push(one(p, start + at, start + at + len))
            });
        }
        if let Some(&node) = self.word_root.get(id as usize)
            && node != NO_WORD
        {
            self.walk(bytes, ring, j, node, end, found);
        }
        self.prefixes.each_in(word, |prefix, len| {
            let node = self.prefix_root[prefix as usize];
            if node != NO_WORD {
                self.walk(bytes, ring, j, node, start + len, found);
            }
        });
    }

    /// Follows the trie from `node` (reached by word `j`) back over earlier words; `end` is
    /// where the hits end.
    fn walk(
        &self,
        bytes: &[u8],
        ring: &[(usize, usize, u32)],
        j: usize,
        mut node: u32,
        end: usize,
        found: &mut Vec<Found>,
    ) {
        let mask = self.ring - 1;
        let mut k = j;
        loop {
            let n = node as usize;
            let (start, _, _) = ring[k & mask];
            let closed = &self.closed[self.closed_at[n] as usize..self.closed_at[n + 1] as usize];
            for &phrase in closed {
                found.push(Found {
                    end,
                    len: end - start,
                    phrase,
                    start,
                    word: k,
                });
            }
            let Some(prev) = k.checked_sub(1) else {
                return;
            };
            let (p_start, p_end, p_id) = ring[prev & mask];
            let open = &self.open[self.open_at[n] as usize..self.open_at[n + 1] as usize];
            for &(at, len, phrase) in open {
                let affix = &self.open_bytes[at as usize..(at + len) as usize];
                if bytes[p_start..p_end].ends_with(affix) {
                    found.push(Found {
                        end,
                        len: end - (p_end - len as usize),
                        phrase,
                        start: p_start,
                        word: prev,
                    });
                }
            }
            if p_id == NO_WORD || !self.parent[n] {
                return;
            }
            match self.edges.get(node, p_id) {
                Some(child) => node = child,
                None => return,
            }
            k = prev;
        }
    }

    /// Whether `word` holds a gate byte (or there is no gate). Eight bytes at a time.
    #[inline]
    fn may_hold_inner(&self, word: &[u8]) -> bool {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let Some(gate) = self.inner_gate else {
            return true;
        };
        word.chunks(8).any(|chunk| {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            let x = u64::from_le_bytes(b);
            gate.to_le_bytes().iter().any(|&g| {
                let y = x ^ (ONES * u64::from(g));
                y.wrapping_sub(ONES) & !y & HIGH != 0
            })
        })
    }

    /// Calls `found(phrase, at, len)` for every `*word*` inside `word`, found by its rare
    /// pair of bytes.
    fn inner_hits(&self, word: &[u8], mut found: impl FnMut(u32, usize, usize)) {
        let has = |pair: usize| self.inner_pairs[pair / 64] & (1 << (pair % 64)) != 0;
        for i in 0..word.len() {
            let next = word.get(i + 1).copied();
            let paired = next.is_some_and(|b| has(pair_index(word[i], b)));
            if !paired && !has(pair_index(word[i], 0)) {
                continue;
            }
            for &(at, len, phrase, offset) in &self.inner {
                let (at, len, offset) = (at as usize, len as usize, offset as usize);
                let inner = &self.inner_bytes[at..at + len];
                // Each occurrence is found once: where its rare pair (or byte) is.
                if let Some(from) = i.checked_sub(offset)
                    && word[from..].starts_with(inner)
                {
                    found(phrase, from, len);
                }
            }
        }
    }
}

/// Lists per node into one list and where each node's part starts.
fn flatten<T>(lists: Vec<Vec<T>>) -> (Vec<u32>, Vec<T>) {
    let mut at = Vec::with_capacity(lists.len() + 1);
    let mut all = Vec::new();
    at.push(0);
    for list in lists {
        all.extend(list);
        at.push(all.len() as u32);
    }
    (at, all)
}

fn pair_index(a: u8, b: u8) -> usize {
    (usize::from(a) << 8) | usize::from(b)
}

/// Where in `word` its rarest pair of bytes starts, by letter frequency
/// in Indonesian and English text: the pair that filters `*word*` is seen least in words.
fn rare_pair(word: &[u8]) -> usize {
    (0..word.len().saturating_sub(1))
        .max_by_key(|&i| (rarity(word[i]) + rarity(word[i + 1]), std::cmp::Reverse(i)))
        .unwrap_or(0)
}

/// The rarest byte of `word` (by [`rare_pair`]'s letter frequencies).
fn rarest(word: &[u8]) -> u8 {
    word.iter().copied().max_by_key(|&b| rarity(b)).unwrap_or(0)
}

/// Higher for bytes seen less often in Indonesian and English words.
fn rarity(b: u8) -> usize {
    const COMMON: &[u8] = b"aneiutrkmsdglohpbycjwfvzxq";
    COMMON.iter().position(|&c| c == b).unwrap_or(COMMON.len())
}

/// The next space at or after `i`, or the end. Eight bytes at a time: words are short, and a
/// byte loop mispredicts its exit at every word.
#[inline]
fn space_from(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        // Bytes equal to a space become zero; the lowest flagged zero byte is exact.
        let x = u64::from_le_bytes(b) ^ (ONES * u64::from(b' '));
        let zero = x.wrapping_sub(ONES) & !x & HIGH;
        if zero != 0 {
            return i + (zero.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i] != b' ' {
        i += 1;
    }
    i
}
