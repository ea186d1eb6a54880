//! Folding text into one searchable form, with a map back to the original.
//!
//! Scammers dodge filters with 𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖 (mathematical letters), ｓｌｏｔ (fullwidth), Cyrillic
//! look-alikes (ѕlоt), zero-width characters, leetspeak (g4c0r), spaced or dotted letters
//! (s l o t, s.l.o.t), stretched letters (gacorrr) and emoji or box-drawing separators
//! (❚█══ MEGABET99 ══█❚). [`fold`] turns all of them into plain lower-case words separated by
//! single spaces, and remembers for every output byte which input bytes it came from, so
//! evidence is quoted exactly as the page wrote it.
//!
//! Rule phrases go through the same function, so both sides always agree.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Text folded for matching, with offsets back into the original.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    /// Lower-case words separated by single spaces; no leading or trailing space.
    pub text: String,
    /// For each byte of `text`: start of the original character it came from.
    starts: Vec<u32>,
    /// For each byte of `text`: end of the original character it came from.
    ends: Vec<u32>,
}

impl Folded {
    /// The byte range in the original text that produced `text[start..end]`.
    ///
    /// Always a valid char-boundary range of the original (empty if `start >= end`).
    pub fn original_range(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        if start >= end || end > self.text.len() {
            return 0..0;
        }
        self.starts[start] as usize..self.ends[end - 1] as usize
    }
}

/// One character of the folded stream before spacing is settled.
#[derive(Clone, Copy)]
struct Unit {
    c: char,
    kind: Kind,
    start: u32,
    end: u32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Letter,
    Digit,
    /// `@` or `$`: a letter in leetspeak (b@nk, $lot), a separator elsewhere.
    LeetSymbol,
    /// A single separator: space, punctuation, emoji.
    Sep,
    /// A line break: never bridged when joining spaced letters.
    Break,
}

/// Folds `input` for matching. See the module documentation.
///
/// Inputs longer than `u32::MAX` bytes are folded up to that length (callers cap far lower).
pub fn fold(input: &str) -> Folded {
    let input = truncate(input, u32::MAX as usize);
    let mut units = Vec::with_capacity(input.len());
    for (offset, ch) in input.char_indices() {
        let start = offset as u32;
        let end = (offset + ch.len_utf8()) as u32;
        push_folded(ch, start, end, &mut units);
    }
    // Join first, so "s l 0 t" reads "sl0t" and then "slot".
    join_spaced_letters(&mut units);
    units.retain(|u| u.c != JOINED);
    resolve_leet(&mut units);
    emit(&units)
}

/// Cuts `s` to at most `max` bytes, on a char boundary.
pub fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn push_folded(ch: char, start: u32, end: u32, out: &mut Vec<Unit>) {
    let mut push = |c: char, kind: Kind| {
        out.push(Unit {
            c,
            kind,
            start,
            end,
        })
    };
    if ch.is_ascii() {
        match ch {
            'a'..='z' | '0'..='9' => push(ch, classify(ch)),
            'A'..='Z' => push(ch.to_ascii_lowercase(), Kind::Letter),
            '@' | '$' => push(ch, Kind::LeetSymbol),
            '\n' | '\r' => push(' ', Kind::Break),
            _ => push(' ', Kind::Sep),
        }
        return;
    }
    if is_invisible(ch) {
        return;
    }
    if let Some(c) = enclosed_letter(ch) {
        push(c, Kind::Letter);
        return;
    }
    // Compatibility decomposition turns 𝐉, ｓ, ⓢ, ﬁ and accented letters into plain letters
    // plus combining marks, which are dropped.
    // A lone combining mark (Zalgo text) yields nothing.
    decompose_compatible(ch, |d| {
        if is_combining_mark(d) || is_invisible(d) {
            return;
        }
        for lower in d.to_lowercase() {
            fold_base(lower, &mut push);
        }
    });
}

/// Folds one decomposed, lower-cased character.
fn fold_base(c: char, push: &mut impl FnMut(char, Kind)) {
    if c.is_ascii() {
        match c {
            'a'..='z' | '0'..='9' => push(c, classify(c)),
            '@' | '$' => push(c, Kind::LeetSymbol),
            '\n' | '\r' => push(' ', Kind::Break),
            _ => push(' ', Kind::Sep),
        }
    } else if c.is_alphanumeric() {
        match confusable_latin(c) {
            Some(latin) => push(latin, Kind::Letter),
            None => push(c, Kind::Letter),
        }
    } else if c == '\u{2028}' || c == '\u{2029}' || c == '\u{85}' {
        push(' ', Kind::Break);
    } else {
        push(' ', Kind::Sep);
    }
}

fn classify(c: char) -> Kind {
    if c.is_ascii_digit() {
        Kind::Digit
    } else {
        Kind::Letter
    }
}

/// Zero-width and formatting characters that render as nothing.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{E0000}'..='\u{E007F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Letters in boxes and circles that have no compatibility decomposition:
/// 🅰 (negative squared), 🅐 (negative circled) and 🇦 (regional indicators).
fn enclosed_letter(c: char) -> Option<char> {
    let base = match c as u32 {
        0x1F170..=0x1F189 => 0x1F170,
        0x1F150..=0x1F169 => 0x1F150,
        0x1F1E6..=0x1F1FF => 0x1F1E6,
        _ => return None,
    };
    char::from_u32('a' as u32 + (c as u32 - base))
}

/// A non-Latin letter that looks like a Latin one (Cyrillic а, Greek ο…), by its UTS #39 skeleton.
fn confusable_latin(c: char) -> Option<char> {
    let mut buf = [0u8; 4];
    let mut skeleton = unicode_security::confusable_detection::skeleton(c.encode_utf8(&mut buf));
    let first = skeleton.next()?;
    if skeleton.next().is_some() {
        return None;
    }
    let lower = first.to_ascii_lowercase();
    lower.is_ascii_lowercase().then_some(lower)
}

/// Leetspeak: one or two digits (or `@`/`$`) between letters are letters
/// (g4c0r → gacor, m4xw1n → maxwin, b@nk → bank). Digits elsewhere stay digits, so brand
/// numbers (JUNIOR88, 4D) and amounts are kept; a leftover `@` or `$` is a separator.
fn resolve_leet(units: &mut [Unit]) {
    let is_leet = |k: Kind| matches!(k, Kind::Digit | Kind::LeetSymbol);
    let mut i = 0;
    while i < units.len() {
        if !is_leet(units[i].kind) {
            i += 1;
            continue;
        }
        let run_end = (i..units.len())
            .find(|&j| !is_leet(units[j].kind))
            .unwrap_or(units.len());
        let between_letters = i > 0
            && units[i - 1].kind == Kind::Letter
            && run_end < units.len()
            && units[run_end].kind == Kind::Letter;
        let letters: Option<Vec<char>> =
            units[i..run_end].iter().map(|u| leet_letter(u.c)).collect();
        match letters {
            Some(letters) if between_letters && run_end - i <= 2 => {
                for (u, c) in units[i..run_end].iter_mut().zip(letters) {
                    u.c = c;
                    u.kind = Kind::Letter;
                }
            }
            _ => {
                for u in &mut units[i..run_end] {
                    if u.kind == Kind::LeetSymbol {
                        u.c = ' ';
                        u.kind = Kind::Sep;
                    }
                }
            }
        }
        i = run_end;
    }
}

fn leet_letter(c: char) -> Option<char> {
    Some(match c {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '@' => 'a',
        '$' => 's',
        _ => return None,
    })
}

/// Marks a separator removed by [`join_spaced_letters`].
const JOINED: char = '\0';

/// "s l o t", "s.l.o.t", "A L E X I S 1 7": three or more single characters, each separated by
/// exactly one separator, become one word. Two separators in a row end the word, so
/// "s l o t  g a c o r" (double space) reads "slot gacor".
fn join_spaced_letters(units: &mut [Unit]) {
    let n = units.len();
    let is_word = |k: Kind| matches!(k, Kind::Letter | Kind::Digit);
    let mut i = 0;
    while i < n {
        // A single word character with a separator (or the end) on each side starts a run.
        let single = |j: usize| {
            is_word(units[j].kind)
                && (j == 0 || !is_word(units[j - 1].kind))
                && (j + 1 == n || !is_word(units[j + 1].kind))
        };
        if !single(i) {
            i += 1;
            continue;
        }
        let mut last = i;
        let mut count = 1;
        while last + 2 < n && units[last + 1].kind == Kind::Sep && single(last + 2) {
            last += 2;
            count += 1;
        }
        if count >= 3 {
            for j in (i + 1..last).step_by(2) {
                units[j].c = JOINED;
            }
        }
        i = last + 1;
    }
}

/// Writes the folded text: separators collapse to one space, a run of the same letter collapses
/// to one (gacorrr → gacor; phrases fold the same way).
fn emit(units: &[Unit]) -> Folded {
    let mut out = Folded {
        text: String::with_capacity(units.len()),
        starts: Vec::with_capacity(units.len()),
        ends: Vec::with_capacity(units.len()),
    };
    let mut pending_space = false;
    let mut prev: Option<char> = None;
    for u in units {
        match u.kind {
            Kind::Sep | Kind::Break => {
                pending_space = !out.text.is_empty();
                prev = None;
                continue;
            }
            _ => {}
        }
        if pending_space {
            push_char(&mut out, ' ', u.start, u.start);
            pending_space = false;
        }
        if Some(u.c) == prev && u.kind == Kind::Letter {
            if let Some(last) = out.ends.last_mut() {
                *last = u.end; // stretch the evidence over the dropped repeat
            }
            continue;
        }
        prev = Some(u.c);
        push_char(&mut out, u.c, u.start, u.end);
    }
    out
}

fn push_char(out: &mut Folded, c: char, start: u32, end: u32) {
    let before = out.text.len();
    out.text.push(c);
    for _ in before..out.text.len() {
        out.starts.push(start);
        out.ends.push(end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> String {
        fold(s).text
    }

    #[test]
    fn folds_the_evasions_scammers_use() {
        let cases = [
            ("SLOT Gacor", "slot gacor"),
            ("𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖", "junior88"),
            ("ｓｌｏｔ　ｇａｃｏｒ", "slot gacor"),
            ("ѕlоt", "slot"), // Cyrillic ѕ and о
            ("sl\u{200B}ot ga\u{200D}cor", "slot gacor"),
            ("g4c0r m4xw1n", "gacor maxwin"),
            ("s l o t  g a c o r", "slot gacor"),
            ("s.l.o.t", "slot"),
            ("s l 0 t", "slot"),
            ("A L E X I S 1 7", "alexis17"),
            ("gacorrrr", "gacor"),
            ("❚█══ MEGABET99 ══█❚", "megabet99"),
            ("Rp 150.000 per bulan", "rp 150 000 per bulan"),
            ("togel 4D", "togel 4d"),
            ("b@nk", "bank"),
            ("🅢🅛🅞🅣", "slot"),
            ("café", "cafe"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(f(input), want, "fold({input:?})");
        }
    }

    #[test]
    fn repeated_letters_fold_the_same_on_both_sides() {
        // Squeezing is applied to phrases and texts alike, so "free" still matches "freee".
        assert_eq!(f("freee"), f("free"));
        assert_eq!(f("gacorr"), f("gacor"));
    }

    #[test]
    fn maps_matches_back_to_the_original() {
        let input = "Main di 𝐒𝐋𝐎𝐓 g4c0r!";
        let folded = fold(input);
        let at = folded.text.find("slot gacor").unwrap();
        let range = folded.original_range(at, at + "slot gacor".len());
        assert_eq!(&input[range], "𝐒𝐋𝐎𝐓 g4c0r");
    }

    #[test]
    fn stretched_letters_are_quoted_whole() {
        let input = "gacorrr";
        let folded = fold(input);
        assert_eq!(
            &input[folded.original_range(0, folded.text.len())],
            "gacorrr"
        );
    }
}
