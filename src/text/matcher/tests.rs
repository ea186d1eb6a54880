use super::*;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};
use proptest::prelude::*;

fn hits(phrases: &[&str], text: &str) -> Vec<String> {
    let set = PhraseSet::new(phrases.iter().filter_map(|p| Phrase::parse(p)).collect()).unwrap();
    let folded = fold(text).text;
    let mut out = Vec::new();
    set.for_each_hit(&folded, |h| out.push(folded[h.start..h.end].to_string()));
    out
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
    assert_eq!(hits(&["*msg*"], "a gratismsgs b"), ["gratismsgs"]);
    assert_eq!(hits(&["*ling msg*"], "biling msgs"), ["biling msgs"]);
}

#[test]
fn finds_overlapping_phrases() {
    let found = hits(&["slot gacor", "gacor"], "main slot gacor");
    assert_eq!(found, ["slot gacor", "gacor"]);
}

/// The search this matcher replaced: every phrase padded with a space on each closed side in
/// one Aho-Corasick automaton (a contiguous NFA), walked a byte at a time over
/// `" " + folded + " "`; hits ending at the same place sorted longest first, then widened.
struct Automaton1 {
    automaton: NFA,
    phrases: Vec<Phrase>,
}

impl Automaton1 {
    fn new(phrases: Vec<Phrase>) -> Automaton1 {
        let padded = phrases.iter().map(|p| {
            let mut v = Vec::new();
            if !p.open_start {
                v.push(b' ');
            }
            v.extend_from_slice(p.folded.as_bytes());
            if !p.open_end {
                v.push(b' ');
            }
            v
        });
        let automaton = NFA::builder()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(padded)
            .unwrap();
        Automaton1 { automaton, phrases }
    }

    fn hits(&self, folded: &str) -> Vec<Hit> {
        let bytes = folded.as_bytes();
        let aut = &self.automaton;
        let mut out = Vec::new();
        let mut same_end: Vec<Hit> = Vec::new();
        let mut flush = |hits: &mut Vec<Hit>| {
            hits.sort_by_key(|h| (std::cmp::Reverse(h.end - h.start), h.phrase));
            for mut hit in hits.drain(..) {
                while hit.start > 0 && bytes[hit.start - 1] != b' ' {
                    hit.start -= 1;
                }
                while hit.end < bytes.len() && bytes[hit.end] != b' ' {
                    hit.end += 1;
                }
                hit.word = bytes[..hit.start].iter().filter(|&&b| b == b' ').count();
                out.push(hit);
            }
        };
        let mut report = |sid: StateID, hay_end: usize, same_end: &mut Vec<Hit>| {
            for i in 0..aut.match_len(sid) {
                let pid = aut.match_pattern(sid, i);
                let phrase = &self.phrases[pid.as_usize()];
                let hay_start = hay_end - aut.pattern_len(pid);
                let start = hay_start + usize::from(!phrase.open_start) - 1;
                let end = hay_end - usize::from(!phrase.open_end) - 1;
                if same_end.first().is_some_and(|h| h.end != end) {
                    flush(same_end);
                }
                same_end.push(Hit {
                    phrase: pid.as_usize(),
                    start,
                    end,
                    word: 0,
                });
            }
        };
        let start = aut.start_state(Anchored::No).unwrap();
        let hay = std::iter::once(b' ')
            .chain(bytes.iter().copied())
            .chain(std::iter::once(b' '));
        let mut sid = start;
        for (i, b) in hay.enumerate() {
            sid = aut.next_state(Anchored::No, sid, b);
            if aut.is_special(sid) && aut.is_match(sid) {
                report(sid, i + 1, &mut same_end);
            }
        }
        flush(&mut same_end);
        out
    }
}

fn word_hits(set: &PhraseSet, folded: &str) -> Vec<Hit> {
    let mut out = Vec::new();
    set.for_each_hit(folded, |h| out.push(h));
    out
}

/// A phrase of one to three words over a three-letter alphabet, open on either side: small
/// enough that texts over the same letters hit it often, overlapping, repeated, inside words.
fn tiny_phrase() -> impl Strategy<Value = Phrase> {
    (
        proptest::collection::vec("[abc]{1,3}", 1..4),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(words, open_start, open_end)| Phrase {
            folded: words.join(" "),
            open_start,
            open_end,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// The word matcher finds what the automaton found, in the same order, on tiny alphabets
    /// where every kind of phrase overlaps every other.
    #[test]
    fn finds_what_the_automaton_found(
        phrases in proptest::collection::vec(tiny_phrase(), 1..12),
        words in proptest::collection::vec("[abc]{1,6}", 0..30),
    ) {
        let text = words.join(" ");
        let old = Automaton1::new(phrases.clone());
        let new = PhraseSet::new(phrases).unwrap();
        prop_assert_eq!(word_hits(&new, &text), old.hits(&text), "{:?}", text);
    }
}

#[cfg(feature = "embedded-pack")]
mod pack {
    use super::*;

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

    thread_local! {
        static SETS: (Vec<Phrase>, PhraseSet, Automaton1) = {
            let phrases = pack_phrases();
            (phrases.clone(), PhraseSet::new(phrases.clone()).unwrap(), Automaton1::new(phrases))
        };
    }

    #[test]
    fn finds_what_the_automaton_found_on_the_benchmark_page() {
        let text = include_str!("../../../benches/mixed-text.txt");
        let folded = fold(text).text;
        SETS.with(|(_, new, old)| {
            let found = word_hits(new, &folded);
            assert!(found.len() > 40, "{}", found.len());
            assert_eq!(found, old.hits(&folded));
        });
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Same hits, in the same order, as the automaton on texts made of the pack's own
        /// phrases, parts of them, words that contain them and other words.
        #[test]
        fn finds_what_the_automaton_found_with_the_pack(
            picks in proptest::collection::vec((0usize..4000, 0usize..9), 0..60),
        ) {
            SETS.with(|(phrases, new, old)| {
                let mut text = String::new();
                for &(i, how) in &picks {
                    let p = &phrases[i % phrases.len()].folded;
                    let word = match how {
                        0 | 1 => p.clone(),
                        2 => format!("x{p}"),
                        3 => format!("{p}nya"),
                        4 => p[..p.len() / 2].to_string(),
                        5 => p[p.len() / 2..].to_string(),
                        6 => "88".to_string(),
                        7 => format!("ab{p}cd"),
                        _ => "kata".to_string(),
                    };
                    text.push_str(&word);
                    text.push(' ');
                }
                let folded = fold(&text).text;
                prop_assert_eq!(word_hits(new, &folded), old.hits(&folded), "{:?}", folded);
                Ok(())
            })?;
        }
    }
}
