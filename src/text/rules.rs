//! Phrase rules over folded text: which rules fire, and the words that made them fire.

use std::ops::Range;

use super::chat::spelt_forms;
use super::matcher::{BuildError, Phrase, PhraseSet};
use super::normalize::Folded;
use crate::pack::model::RuleData;

/// Hits kept per rule part; more add nothing to a verdict and would let a hostile page
/// ("slot slot slot …" a million times) grow memory.
const MAX_HITS_PER_PART: usize = 32;

/// Where a phrase belongs in a rule: its `phrases` (part 0) or group `g` of `all` (part g + 1).
#[derive(Debug, Clone, Copy)]
struct Target {
    rule: u32,
    /// The part's index among every rule's parts (see [`Shape::first_part`]).
    slot: u32,
}

/// A fired rule and its evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleHit {
    /// Index into the rules given to [`RuleMatcher::new`].
    pub rule: usize,
    /// Byte ranges of the original text that made the rule fire, in text order.
    pub evidence: Vec<Range<usize>>,
}

/// All phrase rules of a pack, compiled into one automaton.
#[derive(Debug, Clone)]
pub struct RuleMatcher {
    phrases: PhraseSet,
    /// The rule parts each phrase of `phrases` belongs to: phrase `p`'s are
    /// `targets[target_start[p]..target_start[p + 1]]`. One flat list, not a list per phrase:
    /// every hit reads it, and scattered small lists cost a cache miss each.
    targets: Vec<Target>,
    target_start: Vec<u32>,
    /// Per rule: number of parts (1 + groups) and the window.
    shapes: Vec<Shape>,
    /// Parts of every rule together.
    part_count: usize,
    /// Per rule: its `negated_by` words, folded (empty for most rules).
    negators: Vec<Vec<String>>,
}

#[derive(Debug, Clone)]
struct Shape {
    has_phrases: bool,
    groups: usize,
    window: Option<u16>,
    /// Where the rule's parts start among every rule's parts.
    first_part: usize,
}

impl RuleMatcher {
    /// Compiles the rules' phrases. Phrases that fold to nothing are skipped.
    pub fn new(rules: &[RuleData]) -> Result<RuleMatcher, BuildError> {
        // Keyed by the pack's own phrases: nothing to resist, so the cheap hasher, and room for
        // them all from the start (SipHash and rehashing were a tenth of the rules' load time).
        let raw_count = rules
            .iter()
            .map(|r| r.phrases.len() + r.all.iter().map(Vec::len).sum::<usize>())
            .sum();
        let mut index: crate::url::fasthash::FastMap<(String, bool, bool), usize> =
            crate::url::fasthash::FastMap::default();
        index.reserve(raw_count);
        let mut phrases = Vec::new();
        // (phrase, target) pairs, grouped by phrase below: one vector, not one per phrase.
        let mut pairs: Vec<(u32, Target)> = Vec::with_capacity(raw_count);
        let mut shapes = Vec::with_capacity(rules.len());
        let mut part_count = 0;
        for (r, rule) in rules.iter().enumerate() {
            let parts = std::iter::once(&rule.phrases).chain(rule.all.iter());
            for (part, list) in parts.enumerate() {
                for raw in list {
                    let Some(p) = Phrase::parse(raw) else {
                        continue;
                    };
                    let key = (p.folded.clone(), p.open_start, p.open_end);
                    let slot = *index.entry(key).or_insert_with(|| {
                        phrases.push(p);
                        phrases.len() - 1
                    });
                    let target = Target {
                        rule: r as u32,
                        slot: (part_count + part) as u32,
                    };
                    pairs.push((slot as u32, target));
                }
            }
            shapes.push(Shape {
                has_phrases: !rule.phrases.is_empty(),
                groups: rule.all.len(),
                window: rule.window,
                first_part: part_count,
            });
            part_count += 1 + rule.all.len();
        }
        // Where each phrase's targets start: a count per phrase, then running sums.
        let mut target_start = vec![0u32; phrases.len() + 1];
        for &(phrase, _) in &pairs {
            target_start[phrase as usize + 1] += 1;
        }
        for p in 1..target_start.len() {
            target_start[p] += target_start[p - 1];
        }
        // Each target put in its phrase's place (a counting sort: a phrase's targets keep the
        // order of the rules). The standard library's stable sort cost ~3 KB of Wasm here.
        let mut next = target_start.clone();
        let mut targets = vec![Target { rule: 0, slot: 0 }; pairs.len()];
        for (phrase, target) in pairs {
            let at = &mut next[phrase as usize];
            targets[*at as usize] = target;
            *at += 1;
        }
        // Negators are compared with the text as written, so each comes in its chat
        // spellings too ("gak ada" negates as `tidak ada` does). Not read in full first: the
        // English negator `no` is no `nomor`.
        let negators = rules
            .iter()
            .map(|rule| {
                let mut forms: Vec<String> = Vec::new();
                for negator in &rule.negated_by {
                    let Some(p) = Phrase::parse_as_written(negator) else {
                        continue;
                    };
                    forms.extend(spelt_forms(&p.folded));
                }
                forms.dedup();
                forms
            })
            .collect();
        Ok(RuleMatcher {
            phrases: PhraseSet::new(phrases)?,
            targets,
            target_start,
            shapes,
            part_count,
            negators,
        })
    }

    /// Heap memory used by the automaton, in bytes.
    pub fn memory_usage(&self) -> usize {
        self.phrases.memory_usage()
    }

    /// The phrase set behind the rules (for benchmarks of the search alone).
    pub fn phrases(&self) -> &PhraseSet {
        &self.phrases
    }

    /// Number of distinct phrases compiled.
    pub fn phrase_count(&self) -> usize {
        self.phrases.len()
    }

    /// The distinct phrases found in `text` as whole words, in phrase order.
    pub fn phrases_found(&self, text: &Folded) -> Vec<&Phrase> {
        let mut found = vec![false; self.phrases.len()];
        self.phrases.for_each_wanted_hit(&text.text, |hit| {
            found[hit.phrase] = true;
            false // one hit is enough
        });
        self.phrases
            .phrases()
            .iter()
            .zip(found)
            .filter_map(|(p, f)| f.then_some(p))
            .collect()
    }

    /// The rules that fire on `text`, folded from `original`, each with its evidence.
    pub fn scan(&self, text: &Folded, original: &str) -> Vec<RuleHit> {
        self.scan_with(text, original, true)
    }

    /// [`RuleMatcher::scan`], with `skip_full` false for tests: every hit of every phrase
    /// is then counted, as before the search learned to skip phrases whose parts are full.
    fn scan_with(&self, text: &Folded, original: &str, skip_full: bool) -> Vec<RuleHit> {
        // Hits of a part, (word index, folded start, folded end), live in one block of
        // `MAX_HITS_PER_PART` in a single arena, given to a part at its first hit: one
        // allocation that grows a few times per scan rather than a vector per part growing
        // 4, 8, 16, 32 (allocations were a tenth of a 10 KB scan).
        let mut block_of: Vec<u32> = Vec::new(); // per part: its block, or NO_BLOCK
        let mut blocks: Vec<[Entry; MAX_HITS_PER_PART]> = Vec::new();
        let mut lens: Vec<u8> = Vec::new(); // per block: hits kept
        let mut fired: Vec<bool> = Vec::new();
        // A phrase's hits stop being reported once every part it feeds holds
        // `MAX_HITS_PER_PART`: later ones would be dropped here anyway.
        self.phrases.for_each_wanted_hit(&text.text, |hit| {
            let words_before = hit.word;
            let from = self.target_start[hit.phrase] as usize;
            let to = self.target_start[hit.phrase + 1] as usize;
            if block_of.is_empty() {
                block_of = vec![NO_BLOCK; self.part_count];
                fired = vec![false; self.shapes.len()];
            }
            let mut wanted = false;
            for t in &self.targets[from..to] {
                let rule = t.rule as usize;
                fired[rule] = true;
                let mut block = block_of[t.slot as usize];
                if block == NO_BLOCK {
                    block = blocks.len() as u32;
                    block_of[t.slot as usize] = block;
                    blocks.push([(0, 0, 0); MAX_HITS_PER_PART]);
                    lens.push(0);
                }
                let len = &mut lens[block as usize];
                if usize::from(*len) < MAX_HITS_PER_PART {
                    blocks[block as usize][usize::from(*len)] = (words_before, hit.start, hit.end);
                    *len += 1;
                }
                wanted |= usize::from(*len) < MAX_HITS_PER_PART;
            }
            wanted || !skip_full
        });
        let part_hits = |part: usize| -> &[Entry] {
            match block_of[part] {
                NO_BLOCK => &[],
                b => &blocks[b as usize][..usize::from(lens[b as usize])],
            }
        };
        // The rules with a hit, in rule order: one pass over `fired` rather than a sort of the
        // rules as they were first hit (the sort's code cost ~3 KB of Wasm).
        fired
            .iter()
            .enumerate()
            .filter(|&(_, &hit)| hit)
            .filter_map(|(rule, _)| {
                let shape = &self.shapes[rule];
                let own = shape.first_part..shape.first_part + 1 + shape.groups;
                let mut rule_parts: Vec<&[Entry]> = own
                    .enumerate()
                    .filter(|(i, _)| *i > 0 || shape.has_phrases)
                    .map(|(_, part)| part_hits(part))
                    .collect();
                // Hits right after one of the rule's negators ("tanpa biaya") don't count.
                let kept: Vec<Vec<Entry>>;
                let negators = &self.negators[rule];
                if !negators.is_empty() {
                    let negated = negated_starts(text, original, &rule_parts, negators);
                    kept = rule_parts
                        .iter()
                        .map(|hits| {
                            let affirmed = |h: &&Entry| !negated.iter().any(|n| n.0 == h.1);
                            hits.iter().filter(affirmed).copied().collect()
                        })
                        .collect();
                    rule_parts = kept.iter().map(Vec::as_slice).collect();
                }
                if rule_parts.iter().any(|p| p.is_empty()) {
                    return None;
                }
                let chosen = match shape.window {
                    Some(w) => closest_set(&rule_parts, w as usize)?,
                    None => rule_parts.iter().map(|p| p[0]).collect(),
                };
                let mut evidence: Vec<Range<usize>> = chosen
                    .iter()
                    .map(|&(_, s, e)| text.original_range(s, e))
                    .collect();
                // One range per part: a handful (`small_sort`, for the Wasm's size).
                crate::small_sort::sort_short_by_key(&mut evidence, |r| r.start);
                evidence.dedup();
                Some(RuleHit { rule, evidence })
            })
            .collect()
    }
}

/// A kept hit of a rule part: (word index, folded start, folded end).
type Entry = (usize, usize, usize);

/// The folded starts (and original ends) of a rule's negated hits: right after one of its negators ("tanpa biaya"),
/// or right after a negated hit of the rule, so a negation covers the words it governs
/// ("tanpa biaya pendaftaran": the fee's name is negated with the fee; "tanpa biaya, hanya
/// biaya pelatihan" still asks for one), and the list it starts ("TIDAK minta ongkir,
/// transfer, atau data bank": [`list_gap`]).
fn negated_starts(
    text: &Folded,
    original: &str,
    parts: &[&[Entry]],
    negators: &[String],
) -> Vec<(usize, usize)> {
    // (folded start, original end) of each negated hit. Passes until nothing changes rather
    // than one pass over sorted hits: a chain is a few words long, and a sort of tuples costs
    // the Wasm module ~0.8 KB gzip.
    // Whether a hit follows a negator does not change from pass to pass: asked once per hit.
    let hits: Vec<(usize, Range<usize>, bool)> = parts
        .iter()
        .copied()
        .flatten()
        .map(|&(_, start, end)| {
            let after_negator = follows_negator(text, original, start, negators);
            (start, text.original_range(start, end), after_negator)
        })
        .collect();
    let mut negated: Vec<(usize, usize)> = Vec::new();
    loop {
        let known = negated.len();
        for (start, at, after_negator) in &hits {
            if negated.iter().any(|n| n.0 == *start) {
                continue;
            }
            let chained = negated.iter().any(|&(_, negated_end)| {
                negated_end <= at.start
                    && (at.start - negated_end <= 1
                        || original.get(negated_end..at.start).is_some_and(list_gap))
            });
            if chained || *after_negator {
                negated.push((*start, at.end));
            }
        }
        if negated.len() == known {
            return negated;
        }
    }
}

/// Whether `gap`, the original text between two phrases, joins them as items of one list: a
/// comma or a slash, or "atau", "dan", "or", "and" and their kin ("ongkir, transfer, atau
/// data bank"). A full stop, a question mark or any other word between them starts a new
/// thought ("Tidak minta ongkir. Transfer dulu 50rb" asks for money).
fn list_gap(gap: &str) -> bool {
    const JOINS: [&str; 8] = [
        "atau", "dan", "maupun", "ataupun", "serta", "or", "and", "nor",
    ];
    let word = gap.trim_matches([' ', ',', '/']);
    gap.len() <= 12
        && !gap.contains(['.', '?', '!', ';', ':', '\n'])
        && (word.is_empty() || JOINS.iter().any(|j| word.eq_ignore_ascii_case(j)))
}

/// Whether the folded words just before `start` are one of `negators`, written right before
/// the phrase: one byte between them in the original (a space), so "Tidak ada. Biaya admin
/// 50rb" (a question answered, then a fee) is no negation. Or the negator opens a list whose
/// first items are no phrase of the rule ([`list_items_before`]), looked for in the last
/// [`LIST_REACH`] bytes.
fn follows_negator(text: &Folded, original: &str, start: usize, negators: &[String]) -> bool {
    let Some(before) = text.text.get(..start) else {
        return false;
    };
    let before = before.trim_end_matches(' ');
    let phrase_start = text.original_range(start, start + 1).start;
    negators.iter().filter(|n| !n.is_empty()).any(|negator| {
        // Only the last stretch can hold it: right before the phrase, or within LIST_REACH.
        // Searching all of `before` would make a page's scan quadratic in its length.
        let window = before.len().saturating_sub(LIST_REACH + negator.len());
        // A plain byte search: the stretch is a few dozen bytes, too short to pay for the
        // setup of `str::rfind`'s searcher, which was built for every hit and negator. The
        // stretch may start inside a character, but a UTF-8 needle starts with a leading byte,
        // so it matches only at a character boundary and `at` can slice `before`.
        let (stretch, needle) = (&before.as_bytes()[window..], negator.as_bytes());
        let Some(last) = stretch.len().checked_sub(needle.len()) else {
            return false;
        };
        let Some(at) = (0..=last)
            .rev()
            .find(|&i| stretch[i] == needle[0] && stretch[i..].starts_with(needle))
            .map(|at| at + window)
        else {
            return false;
        };
        let rest = &before[..at];
        let negator_end_folded = at + negator.len();
        if !(rest.is_empty() || rest.ends_with(' '))
            || !(negator_end_folded == before.len()
                || before[negator_end_folded..].starts_with(' '))
        {
            return false; // part of a longer word
        }
        let negator_end = text.original_range(at, negator_end_folded).end;
        phrase_start.saturating_sub(negator_end) <= 1
            || (before.len() - negator_end_folded <= LIST_REACH
                && original
                    .get(negator_end..phrase_start)
                    .is_some_and(list_items_before))
    })
}

/// How far before a phrase a negator that opens a list is looked for, in folded bytes.
const LIST_REACH: usize = 40;

/// Whether `gap`, the original text between a negator and a phrase, is the first items of the
/// list the negator opens, none of them a phrase of the rule, with a joining word before the
/// phrase: "no SMS, contacts, or accessibility access", "tanpa KTP, slip gaji, atau biaya
/// admin". At most two items of a word or two. Without the joining word a comma may end a
/// clause instead: "tanpa jaminan, biaya admin 150rb" asks for a fee.
fn list_items_before(gap: &str) -> bool {
    let Some((items, join)) = gap.trim_end().rsplit_once(' ') else {
        return false;
    };
    let items = items.trim_end_matches([' ', ',']);
    !items.is_empty()
        && join.chars().all(char::is_alphabetic)
        && list_gap(join)
        && items.split([',', '/']).count() <= 2
        && items
            .split([',', '/'])
            .all(|item| (1..=2).contains(&item.split_whitespace().count()))
        && !items.contains(['.', '?', '!', ';', ':', '\n'])
}

/// A part with no hit yet has no block.
const NO_BLOCK: u32 = u32::MAX;

/// One hit from each part, all within `window` words, choosing the tightest such set.
fn closest_set(parts: &[&[Entry]], window: usize) -> Option<Vec<Entry>> {
    let mut all: Vec<(usize, usize)> = Vec::new(); // (word index, part), hit looked up below
    for (p, hits) in parts.iter().enumerate() {
        for (i, h) in hits.iter().enumerate() {
            all.push((h.0, p * MAX_HITS_PER_PART + i));
        }
    }
    // At most `MAX_HITS_PER_PART` a part, each part's already in order: an insertion sort
    // merges them in a few thousand steps at worst, in a few hundred bytes of Wasm.
    crate::small_sort::sort_short_by_key(&mut all, |&entry| entry);
    let k = parts.len();
    let mut counts = vec![0usize; k];
    let mut covered = 0;
    let mut best: Option<(usize, usize, usize)> = None; // (span, left, right)
    let mut left = 0;
    for right in 0..all.len() {
        let p = all[right].1 / MAX_HITS_PER_PART;
        counts[p] += 1;
        if counts[p] == 1 {
            covered += 1;
        }
        while covered == k {
            let span = all[right].0 - all[left].0;
            if best.is_none_or(|b| span < b.0) {
                best = Some((span, left, right));
            }
            let lp = all[left].1 / MAX_HITS_PER_PART;
            counts[lp] -= 1;
            if counts[lp] == 0 {
                covered -= 1;
            }
            left += 1;
        }
    }
    let (span, l, r) = best?;
    if span > window {
        return None;
    }
    let mut chosen: Vec<Option<Entry>> = vec![None; k];
    for &(_, key) in &all[l..=r] {
        let (p, i) = (key / MAX_HITS_PER_PART, key % MAX_HITS_PER_PART);
        chosen[p].get_or_insert(parts[p][i]);
    }
    chosen.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    fn rule(phrases: &[&str], all: &[&[&str]], window: Option<u16>) -> RuleData {
        RuleData {
            id: "test.rule".into(),
            weight: 50,
            phrases: phrases.iter().map(|s| s.to_string()).collect(),
            all: all
                .iter()
                .map(|g| g.iter().map(|s| s.to_string()).collect())
                .collect(),
            window,
            ..RuleData::default()
        }
    }

    fn evidence(r: RuleData, text: &str) -> Option<Vec<String>> {
        let m = RuleMatcher::new(&[r]).unwrap();
        let hit = m.scan(&fold(text), text).into_iter().next()?;
        Some(
            hit.evidence
                .into_iter()
                .map(|e| text[e].to_string())
                .collect(),
        )
    }

    #[test]
    fn any_phrase_fires() {
        let r = rule(&["slot gacor", "maxwin"], &[], None);
        assert_eq!(
            evidence(r, "Ayo main SLOT GACOR!"),
            Some(vec!["SLOT GACOR".to_string()])
        );
    }

    #[test]
    fn all_groups_must_match() {
        let r = || rule(&[], &[&["deposit", "depo"], &["pulsa", "qris"]], None);
        assert!(evidence(r(), "deposit sekarang").is_none());
        assert_eq!(evidence(r(), "depo via pulsa").unwrap(), ["depo", "pulsa"]);
    }

    #[test]
    fn a_negated_phrase_does_not_count() {
        let r = || RuleData {
            negated_by: vec!["tanpa".into(), "tidak ada".into()],
            ..rule(&[], &[&["lowongan"], &["biaya"]], Some(12))
        };
        assert!(evidence(r(), "Lowongan admin, TANPA biaya pendaftaran").is_none());
        assert!(evidence(r(), "lowongan kurir tidak ada biaya apa pun").is_none());
        // In chat spelling too.
        assert!(evidence(r(), "lowongan kurir gak ada biaya apa2").is_none());
        assert!(evidence(r(), "lowongan kurir tdk ada biaya").is_none());
        // The negation covers the words right after the negated one: the fee's name too.
        let named = || RuleData {
            negated_by: vec!["tanpa".into()],
            ..rule(
                &[],
                &[&["lowongan"], &["biaya"], &["pendaftaran"]],
                Some(12),
            )
        };
        assert!(evidence(named(), "Lowongan kurir. Tanpa biaya pendaftaran").is_none());
        assert!(
            evidence(
                named(),
                "Lowongan kurir tanpa biaya, hanya biaya pendaftaran"
            )
            .is_some()
        );
        // Another fee in the same ad still counts.
        assert_eq!(
            evidence(
                r(),
                "Lowongan admin tanpa biaya daftar, hanya biaya pelatihan"
            )
            .unwrap(),
            ["Lowongan", "biaya"]
        );
        // A sentence between them, or a longer word ending like a negator, is no negation.
        assert!(evidence(r(), "Lowongan? Tidak ada. Biaya admin 50rb").is_some());
        assert!(evidence(r(), "lowongan kerja: santanpa biaya").is_some());
        // It covers a list: items joined by commas, slashes or "atau"/"dan"/"or"…
        let fees = || RuleData {
            negated_by: vec!["tidak minta".into()],
            ..rule(
                &[],
                &[&["hadiah"], &["ongkir", "transfer", "data bank"]],
                Some(20),
            )
        };
        let list = "Hadiah helm. Kami TIDAK minta ongkir, transfer, atau data bank.";
        assert!(evidence(fees(), list).is_none());
        assert!(evidence(fees(), "Hadiah helm, tidak minta ongkir/transfer").is_none());
        // …but not the next sentence, nor an item after another word.
        let next = "Hadiah helm. Tidak minta ongkir. Transfer dulu 50rb ya";
        assert_eq!(evidence(fees(), next).unwrap(), ["Hadiah", "Transfer"]);
        let other = "Hadiah helm, tidak minta ongkir, cukup transfer 50rb";
        assert_eq!(evidence(fees(), other).unwrap(), ["Hadiah", "transfer"]);
        // A list whose first items are no phrase of the rule, joined to the phrase by a word.
        let unnamed = "Hadiah helm, tidak minta KTP, foto selfie, atau data bank";
        assert!(evidence(fees(), unnamed).is_none());
        assert!(evidence(fees(), "Hadiah helm, tidak minta KTP atau transfer").is_none());
        // Without the joining word the comma may end a clause: the fee still counts.
        let clause = "Hadiah helm, tidak minta KTP, transfer 50rb dulu";
        assert_eq!(evidence(fees(), clause).unwrap(), ["Hadiah", "transfer"]);
        let long = "Hadiah helm, tidak minta KTP, foto, slip gaji, atau transfer";
        assert!(
            evidence(fees(), long).is_some(),
            "three items before: too far"
        );
    }

    #[test]
    fn window_keeps_parts_close() {
        let r = || rule(&[], &[&["transfer"], &["wa"]], Some(3));
        let far = "transfer dulu ke rekening kami nanti barang dikirim hari ini juga lewat wa";
        assert!(evidence(r(), far).is_none());
        let near = format!("{far} lalu transfer");
        assert_eq!(evidence(r(), &near).unwrap(), ["wa", "transfer"]);
    }

    #[test]
    fn phrases_and_groups_combine() {
        let r = || rule(&["rekber"], &[&["transfer"]], None);
        assert!(evidence(r(), "pakai rekber").is_none());
        assert!(evidence(r(), "pakai rekber lalu transfer").is_some());
    }

    /// The default pack's rules and their matcher (the proptest keeps one per test thread).
    fn pack_rules() -> (Vec<RuleData>, RuleMatcher) {
        let data = crate::pack::format::decode(crate::pack::DEFAULT_PACK).unwrap();
        let matcher = RuleMatcher::new(&data.rules).unwrap();
        (data.rules, matcher)
    }

    /// Skipping the phrases whose parts are full changes no rule and no evidence: on the
    /// benchmark page (eight lines repeated, so every part fills up) and below on texts of the
    /// pack's own phrases repeated past the cap.
    #[test]
    fn skipping_full_parts_changes_nothing_on_a_repetitive_page() {
        let (_, m) = pack_rules();
        let page = include_str!("../../benches/mixed-text.txt").repeat(150);
        let folded = fold(&page);
        let skipped = m.scan_with(&folded, &page, true);
        assert!(skipped.len() > 5, "the benchmark page fires rules");
        assert_eq!(skipped, m.scan_with(&folded, &page, false));
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(64))]
            #[test]
            fn skipping_full_parts_changes_nothing(
                picks in proptest::collection::vec((0usize..5000, 1usize..80, 0usize..3), 1..12),
            ) {
                thread_local! {
                    static PACK: (Vec<RuleData>, RuleMatcher) = pack_rules();
                }
                PACK.with(|(rules, m)| {
                    let phrases: Vec<&String> = rules
                        .iter()
                        .flat_map(|r| r.phrases.iter().chain(r.all.iter().flatten()))
                        .collect();
                    let mut text = String::new();
                    for &(i, times, filler) in &picks {
                        let phrase = phrases[i % phrases.len()].replace('*', "");
                        for _ in 0..times {
                            text.push_str(&phrase);
                            text.push_str([" ", " kata lain ", ", dan "][filler]);
                        }
                    }
                    let folded = fold(&text);
                    let skipped = m.scan_with(&folded, &text, true);
                    prop_assert_eq!(skipped, m.scan_with(&folded, &text, false));
                    Ok(())
                })?;
            }
        }
    }
}
