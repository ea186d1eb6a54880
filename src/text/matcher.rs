//! Whole-word phrase search over folded text, with one Aho-Corasick automaton for all phrases.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

use super::chat::{ChatWords, InFull};
use super::normalize::{fold, zero_bytes};
use super::suffix::SuffixTrie;

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

    /// Parses a rule phrase. `None` when nothing searchable is left after folding. Its
    /// chat-spelt words are read in full (`kode yg masuk` is `kode yang masuk`), as the search
    /// reads the text's (`text::chat`).
    pub fn parse(raw: &str) -> Option<Phrase> {
        let mut phrase = Phrase::parse_as_written(raw)?;
        let chat = ChatWords::shared();
        if let Some(full) = chat.phrase_in_full(&phrase.folded, phrase.open_start, phrase.open_end)
        {
            phrase.folded = full;
        }
        Some(phrase)
    }

    /// Parses a phrase without reading chat spellings in full: for words compared with the
    /// folded text itself (a rule's negators, "tanpa", "tidak ada").
    // Not inlined into `parse`: one copy of the folding shortcut in the Wasm, not two.
    #[inline(never)]
    pub fn parse_as_written(raw: &str) -> Option<Phrase> {
        let raw = raw.trim();
        let open_start = raw.starts_with('*');
        let open_end = raw.ends_with('*');
        let body = raw.trim_matches('*');
        // Most phrases are already what folding would make of them; loading the default pack
        // folds some 18,000, a tenth of its load time before this shortcut.
        let folded = fold_plain(body).unwrap_or_else(|| fold(body).text);
        (!folded.is_empty()).then_some(Phrase {
            folded,
            open_start,
            open_end,
        })
    }
}

/// What [`fold`] makes of `text` when `text` is plain: words of two or more lower-case ASCII
/// letters, or of two or more digits, between single spaces. Folding then only drops doubled
/// letters ("maaf" → "maf"), and this does it far more cheaply; `None` (anything else: capitals,
/// lone characters, which folding may join, digits beside letters, which it may read as
/// leetspeak) means "fold it". Unit and property tests check both against each other.
fn fold_plain(text: &str) -> Option<String> {
    let mut out = Vec::with_capacity(text.len());
    // Per word: its length once doubled letters are dropped, and whether it is letters (1)
    // or digits (2).
    let (mut len, mut kind, mut prev) = (0, 0, b' ');
    for &b in text.as_bytes() {
        if b == b' ' {
            if len < 2 {
                return None;
            }
            (len, kind) = (0, 0);
        } else {
            let this = match b {
                b'a'..=b'z' => 1,
                b'0'..=b'9' => 2,
                _ => return None,
            };
            if kind != 0 && kind != this {
                return None;
            }
            kind = this;
            if this == 1 && b == prev {
                continue;
            }
            len += 1;
        }
        out.push(b);
        prev = b;
    }
    // A word of one letter doubled ("aa") would be left a lone letter: let folding decide.
    if len < 2 {
        return None;
    }
    String::from_utf8(out).ok()
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
    /// Words before `start` (the spaces in the folded text before it), for rule windows.
    pub word: usize,
}

/// Many phrases, searched in one pass.
///
/// Each phrase goes into the automaton with a space on every side that must be a word edge
/// (`" slot gacor "`, `"88 "` for `*88`, `" gacor"` for `gacor*`), and the folded text is
/// searched with a space before and after it. Matches are then whole words by construction:
/// the automaton never reports the thousands of phrases that occur inside other words ("an"
/// in "perbaikan"), which would otherwise outnumber the real hits three to one.
///
/// Phrases that may start inside a word and end at a word end (`*88`, `*toto`) are not in the
/// automaton: they are found by walking back from each word end ([`SuffixTrie`], which says
/// why).
#[derive(Debug, Clone)]
pub struct PhraseSet {
    automaton: NFA,
    /// The automaton's unanchored start state, where every search begins.
    start: StateID,
    /// Per pattern of the automaton, the phrase it is.
    pattern_phrase: Vec<u32>,
    /// The bytes some pattern of the automaton starts with: a space (every phrase that starts
    /// at a word start) and the first letters of the few `*infix*` phrases. At the start
    /// state any other byte leads back to the start state, so the walk skips it.
    leaves_start: [bool; 256],
    /// The phrases that only the walk back from word ends finds.
    suffixes: SuffixTrie,
    phrases: Vec<Phrase>,
    /// Per phrase, the spaces in its pattern after its leading word edge: how many words a
    /// hit's start lies before the walk's position when it is reported.
    spaces_after_start: Vec<u32>,
}

/// The automaton could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// Too many or too long phrases.
    #[error("cannot build the phrase matcher: {0}")]
    Automaton(#[from] aho_corasick::BuildError),
    /// The automaton has no unanchored start state (never for the NFA used here).
    #[error("the phrase matcher cannot search: {0}")]
    Start(#[from] aho_corasick::MatchError),
}

impl PhraseSet {
    /// Builds the automaton.
    ///
    /// A contiguous NFA rather than a DFA, measured on the default pack (3,778 phrases,
    /// 2026-11-29, 2-core machine, `scan_text` throughput as the figure that matters): the
    /// contiguous NFA takes 0.44 MB and builds in ~6 ms; the DFA takes 7.0 MB and ~35–100 ms to
    /// build, and walks folded text only ~10–15 % faster (its table no longer fits in the
    /// cache, so most steps miss). The service worker rebuilds the automaton at every cold
    /// start, and the pack must load in 50 ms, so the smaller, quicker-to-build automaton
    /// wins. No prefilter: with thousands of phrases, nearly all starting with a space, none
    /// could skip anything. `*suffix` phrases go to a [`SuffixTrie`] instead.
    ///
    /// States up to depth 4 (a space and a word's first three letters) are dense, not the
    /// crate's default 2: on real pages (the page corpus, not repeated text) the walk spends
    /// its time near the root, where a sparse state's search for the byte and its failure
    /// links are branches the CPU cannot predict. Measured 2026-11-30 on the default pack
    /// (4,716 phrases): `scan_text` on the corpus's 100 KB windows 51 → 57 MB/s (depth 3: 56),
    /// for 0.45 → 0.66 MB of automaton; building it takes the same ~7 ms.
    pub fn new(phrases: Vec<Phrase>) -> Result<PhraseSet, BuildError> {
        let is_suffix = |p: &Phrase| p.open_start && !p.open_end;
        let pattern_phrase: Vec<u32> = (0..phrases.len() as u32)
            .filter(|&i| !is_suffix(&phrases[i as usize]))
            .collect();
        let patterns: Vec<Vec<u8>> = pattern_phrase
            .iter()
            .map(|&i| padded(&phrases[i as usize]))
            .collect();
        let automaton = NFA::builder()
            .dense_depth(4)
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(&patterns)?;
        let start = automaton.start_state(Anchored::No)?;
        let mut leaves_start = [false; 256];
        for &first in patterns.iter().filter_map(|p| p.first()) {
            leaves_start[usize::from(first)] = true;
        }
        let suffixes = SuffixTrie::new(
            phrases
                .iter()
                .enumerate()
                .filter(|(_, p)| is_suffix(p))
                .map(|(i, p)| (i, p.folded.as_bytes())),
        );
        let spaces_after_start = phrases
            .iter()
            .map(|p| {
                let inner = p.folded.bytes().filter(|&b| b == b' ').count();
                (inner + usize::from(!p.open_end)) as u32
            })
            .collect();
        Ok(PhraseSet {
            automaton,
            start,
            pattern_phrase,
            leaves_start,
            suffixes,
            phrases,
            spaces_after_start,
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

    /// Heap memory used by the automaton and the trie of `*suffix` phrases, in bytes.
    pub fn memory_usage(&self) -> usize {
        self.automaton.memory_usage() + self.suffixes.memory_usage()
    }

    /// Calls `on_hit` for every whole-word occurrence of every phrase in `folded`
    /// (text produced by [`fold`]), overlapping ones included, in order of their end; hits
    /// with the same end come longest phrase first, then in phrase order.
    pub fn for_each_hit(&self, folded: &str, mut on_hit: impl FnMut(Hit)) {
        self.for_each_wanted_hit(folded, |hit| {
            on_hit(hit);
            true
        });
    }

    /// Like [`PhraseSet::for_each_hit`], but `on_hit` answers whether it wants more hits of
    /// the hit's phrase: once it says no, that phrase's later hits are not reported (a few
    /// already gathered at the same end may still be). The rules keep a bounded number of
    /// hits per rule part, so on long or repetitive text (a gambling SEO page says "slot
    /// gacor" hundreds of times) most hits would be counted only to be dropped: each costs
    /// a few hundred instructions of bookkeeping, the automaton's step only a few.
    pub fn for_each_wanted_hit(&self, folded: &str, mut on_hit: impl FnMut(Hit) -> bool) {
        // The search reads chat spellings in full ("yg" as "yang"), as the phrases were read;
        // hits are mapped back to the words as written when reported (`flush`).
        let full = ChatWords::shared().in_full(folded);
        let bytes = full.text.as_bytes();
        // Phrases whose hits are no longer wanted.
        let mut unwanted = vec![false; self.phrases.len()];
        // The automaton walks `" " + folded + " "` (so phrases padded with their word edges
        // match at the ends too), one byte at a time, without copying the text. Hits come in
        // order of their end in that haystack; a phrase closed at its end reaches one byte
        // further there (its space), so hits ending at the same place in `folded` may arrive
        // in two steps. They are gathered and put in the order the documentation promises
        // (and that rules rely on when they keep the first few hits).
        let aut = &self.automaton;
        let mut same_end: Vec<Hit> = Vec::new();
        // The `*suffix` phrases' hits, in order of their end, merged into the automaton's
        // below: each goes in before the first automaton hit that ends after it.
        let suffix_hits = self.suffix_hits(bytes);
        let mut next_suffix = 0;
        // Every hit at the state `sid` reached at `hay_end`, with `spaces` the spaces in
        // `hay[..hay_end]`; rare next to the steps, so the step loop below stays small. The
        // walk counts spaces as it goes (an add beside each step's dependent loads), so word
        // indexes need no cursor moving back and forth over the text per hit (a tenth of the
        // rules' scan); counting only up to each report instead was slower.
        let mut report = |sid: StateID, hay_end: usize, spaces: usize| {
            for i in 0..aut.match_len(sid) {
                let pid = aut.match_pattern(sid, i);
                let p = self.pattern_phrase[pid.as_usize()] as usize;
                if unwanted[p] {
                    // Suffix hits that end before this one are merged at the next hit kept
                    // (or at the end): still in order.
                    continue;
                }
                let phrase = &self.phrases[p];
                // Back to `folded` offsets: drop the leading space of the haystack, and the
                // spaces that are part of the pattern.
                let hay_start = hay_end - aut.pattern_len(pid);
                let start = hay_start + usize::from(!phrase.open_start) - 1;
                let end = hay_end - usize::from(!phrase.open_end) - 1;
                // Spaces in `folded[..start]`: those walked, less the pattern's from `start`
                // on, less the haystack's leading space. Widening to the word start below
                // crosses no space.
                let word = spaces - self.spaces_after_start[p] as usize - 1;
                while let Some(&hit) = suffix_hits.get(next_suffix).filter(|h| h.end <= end) {
                    self.gather(&full, &mut same_end, hit, &mut unwanted, &mut on_hit);
                    next_suffix += 1;
                }
                let hit = Hit {
                    phrase: p,
                    start,
                    end,
                    word,
                };
                self.gather(&full, &mut same_end, hit, &mut unwanted, &mut on_hit);
            }
        };
        let matches = |sid: StateID| aut.is_special(sid) && aut.is_match(sid);
        let mut sid = aut.next_state(Anchored::No, self.start, b' ');
        let mut spaces = 1;
        if matches(sid) {
            report(sid, 1, spaces);
        }
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            sid = aut.next_state(Anchored::No, sid, b);
            spaces += usize::from(b == b' ');
            if matches(sid) {
                report(sid, i + 2, spaces);
            }
            i += 1;
            if sid == self.start {
                // No phrase is under way: the rest of the word (never a space) cannot start
                // one, so it is skipped without a step. On real pages the walk falls back
                // here a few letters into most words.
                while bytes
                    .get(i)
                    .is_some_and(|&b| !self.leaves_start[usize::from(b)])
                {
                    i += 1;
                }
            }
        }
        sid = aut.next_state(Anchored::No, sid, b' ');
        spaces += 1;
        if matches(sid) {
            report(sid, bytes.len() + 2, spaces);
        }
        for &hit in &suffix_hits[next_suffix..] {
            self.gather(&full, &mut same_end, hit, &mut unwanted, &mut on_hit);
        }
        self.flush(&full, &mut same_end, &mut unwanted, &mut on_hit);
    }

    /// The hits of the `*suffix` phrases, in order of their end: at each word end, every such
    /// phrase the text ends with there.
    fn suffix_hits(&self, bytes: &[u8]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut spaces = 0; // in `bytes[..end]`
        let mut at_word_end = |end: usize, spaces: usize| {
            self.suffixes.for_each_ending_at(bytes, end, |p, len| {
                if starts_like_a_code(bytes, end - len) {
                    return;
                }
                // The pattern's own spaces lie between its start and `end`.
                let inner = self.spaces_after_start[p] as usize - 1;
                hits.push(Hit {
                    phrase: p,
                    start: end - len,
                    end,
                    word: spaces - inner,
                });
            });
        };
        // The spaces, eight bytes at a time: a branch per byte mispredicted at every word.
        const SPACES: u64 = 0x2020_2020_2020_2020;
        let mut chunks = bytes.chunks_exact(8);
        for (c, chunk) in chunks.by_ref().enumerate() {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            // The spaces are the zero bytes once every byte is xored with a space.
            let mut found = zero_bytes(u64::from_le_bytes(word) ^ SPACES);
            while found != 0 {
                at_word_end(c * 8 + (found.trailing_zeros() / 8) as usize, spaces);
                spaces += 1;
                found &= found - 1;
            }
        }
        let tail = bytes.len() - chunks.remainder().len();
        for (i, &b) in chunks.remainder().iter().enumerate() {
            if b == b' ' {
                at_word_end(tail + i, spaces);
                spaces += 1;
            }
        }
        at_word_end(bytes.len(), spaces);
        hits
    }

    /// Adds `hit` to the hits that end where it does, reporting those gathered so far first
    /// if they end elsewhere. Hits of unwanted phrases are dropped.
    fn gather(
        &self,
        full: &InFull,
        same_end: &mut Vec<Hit>,
        hit: Hit,
        unwanted: &mut [bool],
        on_hit: &mut impl FnMut(Hit) -> bool,
    ) {
        if unwanted[hit.phrase] {
            return;
        }
        if same_end.first().is_some_and(|h| h.end != hit.end) {
            self.flush(full, same_end, unwanted, on_hit);
            // The flush may have been the phrase's last wanted hit.
            if unwanted[hit.phrase] {
                return;
            }
        }
        same_end.push(hit);
    }

    /// Reports hits that end at the same place, longest first, widened to whole words and
    /// mapped back to the words as written, and notes the phrases whose hits `on_hit` wants
    /// no more.
    fn flush(
        &self,
        full: &InFull,
        hits: &mut Vec<Hit>,
        unwanted: &mut [bool],
        on_hit: &mut impl FnMut(Hit) -> bool,
    ) {
        // Longest first, then by phrase. A run ending at one place holds a handful of hits (at
        // most one per phrase length).
        crate::small_sort::sort_short_by_key(hits, |h| {
            (std::cmp::Reverse(h.end - h.start), h.phrase)
        });
        let bytes = full.text.as_bytes();
        for mut hit in hits.drain(..) {
            while hit.start > 0 && bytes[hit.start - 1] != b' ' {
                hit.start -= 1;
            }
            while hit.end < bytes.len() && bytes[hit.end] != b' ' {
                hit.end += 1;
            }
            hit.start = full.folded_offset(hit.start);
            hit.end = full.folded_offset(hit.end);
            if !on_hit(hit) {
                unwanted[hit.phrase] = true;
            }
        }
    }
}

/// Whether the word around `at` is a code: four digits or more, then a letter somewhere
/// ("250612abc77": Shopee's order numbers start with the date; tracking codes, invoice
/// numbers). No `*suffix` phrase ends inside such a word: `*[a-oq-z]77` names gambling brands
/// such as "pulau77", never an order number. Plain numbers ("1888") are left to the rules.
fn starts_like_a_code(bytes: &[u8], at: usize) -> bool {
    let start = bytes[..at]
        .iter()
        .rposition(|&b| b == b' ')
        .map_or(0, |space| space + 1);
    let word = &bytes[start..];
    let word = &word[..word.iter().position(|&b| b == b' ').unwrap_or(word.len())];
    word.len() > 4
        && word[..4].iter().all(u8::is_ascii_digit)
        && word[4..].iter().any(u8::is_ascii_lowercase)
}

/// A phrase as the automaton holds it: a space on each side that must be a word edge.
fn padded(phrase: &Phrase) -> Vec<u8> {
    let mut p = Vec::with_capacity(phrase.folded.len() + 2);
    if !phrase.open_start {
        p.push(b' ');
    }
    p.extend_from_slice(phrase.folded.as_bytes());
    if !phrase.open_end {
        p.push(b' ');
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, AhoCorasickKind};

    fn hits(phrases: &[&str], text: &str) -> Vec<String> {
        let set =
            PhraseSet::new(phrases.iter().filter_map(|p| Phrase::parse(p)).collect()).unwrap();
        let folded = fold(text).text;
        let mut out = Vec::new();
        set.for_each_hit(&folded, |h| out.push(folded[h.start..h.end].to_string()));
        out
    }

    #[test]
    fn chat_spellings_match_either_way_and_hits_quote_the_words_as_written() {
        assert_eq!(
            hits(&["kode yang masuk"], "Kode yg masuk JANGAN dikasih"),
            ["kode yg masuk"]
        );
        // A phrase written in chat spelling matches the full words, and mixed spellings.
        assert_eq!(
            hits(&["tdk bisa cod"], "maaf tidak bisa COD"),
            ["tidak bisa cod"]
        );
        assert_eq!(hits(&["tidak bisa cod"], "gak bs cod ya"), ["gak bs cod"]);
        // Longer and shorter in full (silahkan → silakan), hits before and after keep their
        // places.
        assert_eq!(
            hits(
                &["slot", "silakan isi", "data diri"],
                "slot silahkan isi data diri"
            ),
            ["slot", "silahkan isi", "data diri"]
        );
        assert_eq!(
            hits(&["transfer ke rekening", "hari ini"], "tf ke rek hari ini"),
            ["tf ke rek", "hari ini"]
        );
        // Only whole words: "ygy" is not "yg", and an open end is part of a longer word.
        assert!(hits(&["yang"], "ygy").is_empty());
        assert_eq!(hits(&["wa*"], "wame 0812"), ["wame"]);
        assert_eq!(hits(&["gacor*"], "yg gacornya"), ["gacornya"]);
    }

    #[test]
    fn matches_whole_words_only() {
        assert_eq!(hits(&["slot"], "slot gacor"), ["slot"]);
        assert!(hits(&["slot"], "slotted").is_empty());
        assert!(hits(&["otp"], "kotpraja").is_empty());
    }

    #[test]
    fn wildcards_let_words_continue() {
        assert_eq!(hits(&["gacor*"], "situs gacornya mantap"), ["gacornya"]);
        assert_eq!(hits(&["*88"], "berkat JUNIOR88 rezeki"), ["junior88"]);
        // Any word ending in 88 matches, numbers too: rules pair such phrases with context.
        assert_eq!(hits(&["*88"], "harga 1888 ribu"), ["1888"]);
    }

    #[test]
    fn the_folding_shortcut_agrees_with_folding() {
        let plain = [
            "slot gacor",
            "maaf tinggal",
            "kode otp 88",
            "gacorrr",
            "ab cd",
        ];
        for text in plain {
            assert_eq!(fold_plain(text), Some(fold(text).text), "{text}");
        }
        let not_plain = [
            "a l e x",
            "sl0t",
            "Slot",
            "slot  gacor",
            " slot",
            "slot ",
            "",
            "é",
            "jam 4",
            "aa",
        ];
        for text in not_plain {
            assert_eq!(fold_plain(text), None, "{text:?}");
        }
    }

    proptest::proptest! {
        /// Whatever the shortcut accepts, it folds exactly as folding does.
        #[test]
        fn the_folding_shortcut_is_never_wrong(
            text in "([a-z]{1,3}|[aeiou]{1,3}|[0-9]{1,3})( ([a-z]{1,3}|[aeiou]{1,3}|[0-9]{1,3})){0,5}",
        ) {
            if let Some(folded) = fold_plain(&text) {
                proptest::prop_assert_eq!(folded, fold(&text).text);
            }
        }
    }

    #[test]
    fn codes_are_not_names() {
        // An order number that starts with its date ends like a gambling brand by chance.
        assert!(hits(&["*c77"], "Pesanan 250612ABC77 sudah dikirim").is_empty());
        assert_eq!(hits(&["*c77"], "main di ABC77 gacor"), ["abc77"]);
        assert_eq!(hits(&["*c77"], "daftar di 4dabc77"), ["4dabc77"]);
    }

    /// The search before phrases were padded with their word edges: every occurrence,
    /// filtered to whole words afterwards, on the text with its chat spellings read in full,
    /// hits mapped back to the words as written.
    fn hits_unpadded(phrases: &[Phrase], automaton: &AhoCorasick, folded: &str) -> Vec<Hit> {
        let full = ChatWords::shared().in_full(folded);
        let bytes = full.text.as_bytes();
        let mut out = Vec::new();
        for m in automaton.find_overlapping_iter(full.text.as_ref()) {
            let phrase = &phrases[m.pattern().as_usize()];
            let (mut start, mut end) = (m.start(), m.end());
            let at_word_start = start == 0 || bytes[start - 1] == b' ';
            let at_word_end = end == bytes.len() || bytes[end] == b' ';
            if (!at_word_start && !phrase.open_start) || (!at_word_end && !phrase.open_end) {
                continue;
            }
            if phrase.open_start && !phrase.open_end && starts_like_a_code(bytes, start) {
                continue;
            }
            while start > 0 && bytes[start - 1] != b' ' {
                start -= 1;
            }
            while end < bytes.len() && bytes[end] != b' ' {
                end += 1;
            }
            out.push(Hit {
                phrase: m.pattern().as_usize(),
                start: full.folded_offset(start),
                end: full.folded_offset(end),
                word: bytes[..start].iter().filter(|&&b| b == b' ').count(),
            });
        }
        out
    }

    #[cfg(feature = "embedded-pack")]
    mod padded_search {
        use super::*;
        use proptest::prelude::*;

        /// Every distinct phrase of the default pack, in the order the rule matcher uses.
        fn pack_phrases() -> Vec<Phrase> {
            let data = crate::pack::format::decode(crate::pack::DEFAULT_PACK).unwrap();
            let mut seen = std::collections::HashSet::new();
            let mut phrases = Vec::new();
            for rule in &data.rules {
                for raw in rule.phrases.iter().chain(rule.all.iter().flatten()) {
                    if let Some(p) = Phrase::parse(raw)
                        && seen.insert((p.folded.clone(), p.open_start, p.open_end))
                    {
                        phrases.push(p);
                    }
                }
            }
            phrases
        }

        /// Every phrase of the default pack the folding shortcut takes is folded as folding
        /// would.
        #[test]
        fn the_folding_shortcut_agrees_on_the_default_pack() {
            let data = crate::pack::format::decode(crate::pack::DEFAULT_PACK).unwrap();
            let mut taken = 0;
            for rule in &data.rules {
                for raw in rule.phrases.iter().chain(rule.all.iter().flatten()) {
                    let body = raw.trim().trim_matches('*');
                    if let Some(folded) = fold_plain(body) {
                        assert_eq!(folded, fold(body).text, "{raw:?}");
                        taken += 1;
                    }
                }
            }
            assert!(taken > 10_000, "only {taken} phrases took the shortcut");
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]

            /// Padded phrases find the same hits, in the same order, as the filtered search
            /// did, on texts made of the pack's own phrases, parts of them and other words.
            #[test]
            fn finds_what_the_filtered_search_found(
                picks in proptest::collection::vec((0usize..4000, 0usize..6), 0..60),
            ) {
                thread_local! {
                    static SET: (Vec<Phrase>, PhraseSet, AhoCorasick) = {
                        let phrases = pack_phrases();
                        let unpadded = AhoCorasick::builder()
                            .match_kind(MatchKind::Standard)
                            .kind(Some(AhoCorasickKind::ContiguousNFA))
                            .build(phrases.iter().map(|p| p.folded.as_bytes()))
                            .unwrap();
                        (phrases.clone(), PhraseSet::new(phrases).unwrap(), unpadded)
                    };
                }
                SET.with(|(phrases, set, unpadded)| {
                    let mut text = String::new();
                    for &(i, how) in &picks {
                        let p = &phrases[i % phrases.len()].folded;
                        let word = match how {
                            0 => p.clone(),
                            1 => format!("x{p}"),
                            2 => format!("{p}nya"),
                            3 => p[..p.len() / 2].to_string(),
                            4 => "88".to_string(),
                            _ => "kata".to_string(),
                        };
                        text.push_str(&word);
                        text.push(' ');
                    }
                    let folded = fold(&text).text;
                    let mut new = Vec::new();
                    set.for_each_hit(&folded, |h| new.push(h));
                    assert_eq!(new, hits_unpadded(phrases, unpadded, &folded), "{folded:?}");
                });
            }
        }
    }

    #[test]
    fn stops_reporting_a_phrase_no_longer_wanted() {
        let set = PhraseSet::new(
            ["slot", "gacor", "*88"]
                .iter()
                .filter_map(|p| Phrase::parse(p))
                .collect(),
        )
        .unwrap();
        let folded = fold("slot gacor slot junior88 slot gacor bos88 slot").text;
        let mut seen = Vec::new();
        set.for_each_wanted_hit(&folded, |h| {
            let found = folded[h.start..h.end].to_string();
            seen.push(found.clone());
            // One hit of each phrase is enough, two of "slot".
            found == "slot" && seen.iter().filter(|s| **s == found).count() < 2
        });
        assert_eq!(seen, ["slot", "gacor", "slot", "junior88"]);
    }

    #[test]
    fn finds_overlapping_phrases() {
        let found = hits(&["slot gacor", "gacor"], "main slot gacor");
        assert_eq!(found, ["slot gacor", "gacor"]);
    }
}
