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
    /// Words of `text` (byte ranges) written with look-alike or decorated letters
    /// (𝐀𝐋𝐄𝐗𝐈𝐒17, K̲U̲S̲U̲M̲A̲, ｓｌｏｔ), at most [`MAX_STYLED_WORDS`].
    pub styled_words: Vec<std::ops::Range<usize>>,
    /// Words of three or more letters, and how many of them are styled: a text written
    /// wholly in a fancy font is a style choice, one styled name in plain text is evasion.
    pub word_count: usize,
    /// Styled words in all (not capped).
    pub styled_count: usize,
}

/// Styled words remembered per text: the first few are evidence enough.
pub const MAX_STYLED_WORDS: usize = 8;

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
    /// Written with a styled or decorated character (𝐒, ｓ, Ⓢ, S̲).
    styled: bool,
    /// Written with a letter of another script that looks Latin (Cyrillic ѕ, Greek ο).
    homoglyph: bool,
    start: u32,
    end: u32,
}

impl Unit {
    /// A plain (unstyled) unit covering `start..end` of the input.
    fn plain(c: char, kind: Kind, start: u32, end: u32) -> Unit {
        Unit {
            c,
            kind,
            styled: false,
            homoglyph: false,
            start,
            end,
        }
    }
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
    let mut out = Emitter::new(input.len());
    // Work segment by segment so the scratch units stay in cache: folding is memory-bound.
    let mut units = Vec::with_capacity(SEGMENT_BYTES.min(input.len()) + 16);
    let mut start = 0;
    while start < input.len() {
        let end = segment_end(input, start);
        units.clear();
        for (offset, ch) in input[start..end].char_indices() {
            let at = start + offset;
            push_folded(ch, at as u32, (at + ch.len_utf8()) as u32, &mut units);
        }
        // Join first, so "s l 0 t" reads "sl0t" and then "slot".
        join_spaced_letters(&mut units);
        units.retain(|u| u.c != JOINED);
        resolve_leet(&mut units);
        out.feed(&units);
        start = end;
    }
    out.finish()
}

/// Bytes folded at a time.
const SEGMENT_BYTES: usize = 8 * 1024;

/// Where the segment starting at `start` ends: after a line break past [`SEGMENT_BYTES`]
/// (no join or leetspeak crosses a line break), else after a space, else at a char boundary.
fn segment_end(input: &str, start: usize) -> usize {
    let min = start + SEGMENT_BYTES;
    if min >= input.len() {
        return input.len();
    }
    let window_end = truncate(input, (min + SEGMENT_BYTES).min(input.len())).len();
    let bytes = &input.as_bytes()[min..window_end];
    if let Some(i) = bytes.iter().position(|&b| b == b'\n') {
        return min + i + 1;
    }
    if let Some(i) = bytes.iter().position(|&b| b == b' ') {
        return min + i + 1;
    }
    let mut end = window_end;
    while !input.is_char_boundary(end) {
        end -= 1;
    }
    end.max(start + 1)
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
    if ch.is_ascii() {
        // The fast path: most text on Indonesian and English pages is ASCII.
        let (c, kind) = match ch {
            'a'..='z' => (ch, Kind::Letter),
            '0'..='9' => (ch, Kind::Digit),
            'A'..='Z' => (ch.to_ascii_lowercase(), Kind::Letter),
            '@' | '$' => (ch, Kind::LeetSymbol),
            '\n' | '\r' => (' ', Kind::Break),
            _ => (' ', Kind::Sep),
        };
        out.push(Unit::plain(c, kind, start, end));
        return;
    }
    if is_combining_mark(ch) {
        // A mark on its own after a letter: an accent in decomposed text (o + ¨), or a
        // decoration (S̲, P͓̽, A̾). Either way the letter's evidence extends over it.
        if let Some(last) = out.last_mut().filter(|u| u.c.is_ascii_alphanumeric()) {
            last.styled |= is_decorative_mark(ch);
            last.end = end;
        }
        return;
    }
    let first = out.len();
    let mut accented = false;
    let mut unchanged = false; // no decomposition: a Latin result came from a confusable
    let mut push = |c: char, kind: Kind| out.push(Unit::plain(c, kind, start, end));
    if is_invisible(ch) {
        return;
    }
    // "baik²", "kira²": Indonesian shorthand for a repeated word, not the digit 2.
    // ™ ℠ ® ©: signs, not the letters "tm"/"sm" they decompose to.
    if matches!(
        ch,
        '\u{00B2}' | '\u{00B3}' | '\u{00B9}' | '\u{2122}' | '\u{2120}' | '\u{00AE}' | '\u{00A9}'
    ) {
        push(' ', Kind::Sep);
        return;
    }
    if let Some(c) = small_capital(ch) {
        push(c, Kind::Letter);
        out[first].styled = true;
        return;
    }
    if let Some(c) = enclosed_letter(ch) {
        push(c, Kind::Letter);
        out[first].styled = true;
        return;
    }
    // Compatibility decomposition turns 𝐉, ｓ, ⓢ, ﬁ and accented letters into plain letters
    // plus combining marks, which are dropped.
    // A lone combining mark (Zalgo text) yields nothing.
    decompose_compatible(ch, |d| {
        unchanged = d == ch;
        if is_combining_mark(d) {
            accented = true;
            return;
        }
        if is_invisible(d) {
            return;
        }
        for lower in d.to_lowercase() {
            fold_base(lower, &mut push);
        }
    });
    // A non-ASCII character that became a plain letter or digit without losing an accent is a
    // look-alike: 𝐉 (mathematical bold), ｓ (fullwidth), ⓢ (circled), Cyrillic а.
    if is_decorative_symbol(ch) {
        // Remembered on the separator: such symbols may sit inside a spaced-out name.
        for u in out[first..].iter_mut().filter(|u| u.kind == Kind::Sep) {
            u.styled = true;
        }
    }
    if !accented && !is_latin_letter(ch) {
        for u in &mut out[first..] {
            if u.c.is_ascii_alphanumeric() {
                u.styled = !unchanged;
                u.homoglyph = unchanged;
            }
        }
    }
}

/// Letters of the Latin script itself (ı, ß, ø, ʋ…): not look-alikes.
fn is_latin_letter(c: char) -> bool {
    matches!(c as u32, 0x00C0..=0x02AF | 0x1E00..=0x1EFF)
}

/// Emoji, dingbats, stars, arrows, box drawing and CJK brackets: the symbols spam wraps around
/// or between letters (【H】【o】, ALEXIS⭐17). Not currency or ordinary punctuation.
fn is_decorative_symbol(c: char) -> bool {
    matches!(c as u32,
        0x2190..=0x21FF | 0x2300..=0x23FF | 0x2460..=0x27BF | 0x2900..=0x2BFF | 0x3000..=0x303F
        | 0xFE30..=0xFE4F | 0x1F000..=0x1FAFF)
}

/// Combining marks used to decorate letters (underline, overlay, zigzag, enclosing), as
/// opposed to the accents of a language written in decomposed form.
fn is_decorative_mark(c: char) -> bool {
    matches!(c as u32,
        0x0332..=0x0338 | 0x033D..=0x033F | 0x0346..=0x034E | 0x0350..=0x036F | 0x0489
        | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF)
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

/// "Small caps" letters (ᴅᴀɴᴀ ᴘᴀʏʟᴀᴛᴇʀ, ᴍᴀsᴜᴋᴋᴀɴ ᴘɪɴ), the font that phishing kits and spam
/// generators use; they have no decomposition and most have no confusable mapping.
fn small_capital(c: char) -> Option<char> {
    Some(match c {
        'ᴀ' => 'a',
        'ʙ' => 'b',
        'ᴄ' => 'c',
        'ᴅ' => 'd',
        'ᴇ' => 'e',
        'ꜰ' | 'ғ' => 'f',
        'ɢ' => 'g',
        'ʜ' => 'h',
        'ɪ' => 'i',
        'ᴊ' => 'j',
        'ᴋ' => 'k',
        'ʟ' => 'l',
        'ᴍ' => 'm',
        'ɴ' => 'n',
        'ᴏ' => 'o',
        'ᴘ' => 'p',
        'ǫ' => 'q',
        'ʀ' => 'r',
        'ꜱ' => 's',
        'ᴛ' => 't',
        'ᴜ' => 'u',
        'ᴠ' => 'v',
        'ᴡ' => 'w',
        'ʏ' => 'y',
        'ᴢ' => 'z',
        _ => return None,
    })
}

/// Letters in boxes and circles that have no compatibility decomposition:
/// 🅰 (negative squared) and 🅐 (negative circled).
fn enclosed_letter(c: char) -> Option<char> {
    let base = match c as u32 {
        0x1F170..=0x1F189 => 0x1F170,
        0x1F150..=0x1F169 => 0x1F150,
        // Regional indicators (0x1F1E6..) are not here: in pairs they are flags (🇮🇩).
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
            && units[run_end].kind == Kind::Letter
            && !is_togel_suffix(units, i, run_end);
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

/// `VISI4D`, `ALEXA4D`: "4D" ends a word in the names of lottery (togel) sites; it is a
/// number, not leetspeak for "ad".
fn is_togel_suffix(units: &[Unit], run_start: usize, run_end: usize) -> bool {
    run_end - run_start == 1
        && units[run_start].c == '4'
        && units[run_end].c == 'd'
        && units
            .get(run_end + 1)
            .is_none_or(|u| u.kind != Kind::Letter && u.kind != Kind::Digit)
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
        // Between two letters: one separator, or two symbols (【H】【o】, ░░).
        while let Some(gap) = spacing_gap(units, last + 1)
            && last + 1 + gap < n
            && single(last + 1 + gap)
        {
            last += 1 + gap;
            count += 1;
        }
        if count >= 3 {
            for u in &mut units[i + 1..last] {
                if u.kind == Kind::Sep {
                    u.c = JOINED;
                }
            }
        }
        i = last + 1;
    }
    join_symbol_split_names(units);
}

/// Length of the separator gap starting at `at` that may sit inside a spaced-out word:
/// one separator of any kind, or two non-ASCII symbols.
fn spacing_gap(units: &[Unit], at: usize) -> Option<usize> {
    let sep = |j: usize| units.get(j).filter(|u| u.kind == Kind::Sep);
    let symbol = |j: usize| sep(j).is_some_and(|u| u.styled);
    match (sep(at), sep(at + 1)) {
        (Some(_), None) => Some(1),
        (Some(_), Some(_)) if symbol(at) && symbol(at + 1) => Some(2),
        _ => None,
    }
}

/// `ALEXIS⭐17`, `HOKI✨777`: a name and its number split by one emoji or symbol are one word.
/// Only decorative symbols join, so "covid-19", "jam 7.30" and "Calls£1" are left alone.
fn join_symbol_split_names(units: &mut [Unit]) {
    for i in 1..units.len().saturating_sub(1) {
        let gap = units[i];
        if gap.kind != Kind::Sep || !gap.styled {
            continue;
        }
        let letters_before = units[..i]
            .iter()
            .rev()
            .take_while(|u| u.kind == Kind::Letter)
            .count();
        let digits_after = units[i + 1..]
            .iter()
            .take_while(|u| u.kind == Kind::Digit)
            .count();
        let word_ends = units
            .get(i + 1 + digits_after)
            .is_none_or(|u| u.kind != Kind::Letter);
        if letters_before >= 3 && (1..=4).contains(&digits_after) && word_ends {
            units[i].c = JOINED;
        }
    }
}

/// Writes the folded text: separators collapse to one space, a run of the same letter collapses
/// to one (gacorrr → gacor; phrases fold the same way). Fed segment by segment.
struct Emitter {
    out: Folded,
    pending_space: bool,
    prev: Option<char>,
    word: WordStyle,
}

impl Emitter {
    fn new(capacity: usize) -> Emitter {
        Emitter {
            out: Folded {
                text: String::with_capacity(capacity),
                starts: Vec::with_capacity(capacity),
                ends: Vec::with_capacity(capacity),
                styled_words: Vec::new(),
                word_count: 0,
                styled_count: 0,
            },
            pending_space: false,
            prev: None,
            word: WordStyle::default(),
        }
    }

    fn feed(&mut self, units: &[Unit]) {
        let out = &mut self.out;
        for u in units {
            if matches!(u.kind, Kind::Sep | Kind::Break) {
                self.word.close(out);
                self.pending_space = !out.text.is_empty();
                self.prev = None;
                continue;
            }
            if self.pending_space {
                push_char(out, ' ', u.start, u.start);
                self.pending_space = false;
            }
            self.word.add(u, out.text.len());
            if Some(u.c) == self.prev && u.kind == Kind::Letter {
                if let Some(last) = out.ends.last_mut() {
                    *last = u.end; // stretch the evidence over the dropped repeat
                }
                continue;
            }
            self.prev = Some(u.c);
            push_char(out, u.c, u.start, u.end);
        }
    }

    fn finish(mut self) -> Folded {
        self.word.close(&mut self.out);
        self.out
    }
}

/// Tracks whether the word being written is a styled one: all plain letters and digits once
/// folded, at least one of them styled, at least three letters long.
#[derive(Default)]
struct WordStyle {
    start: Option<usize>,
    styled: bool,
    homoglyph: bool,
    /// Some unit was an ordinary ASCII letter or digit.
    ascii: bool,
    plain: bool,
    letters: usize,
}

impl WordStyle {
    fn add(&mut self, u: &Unit, at: usize) {
        if self.start.is_none() {
            *self = WordStyle {
                start: Some(at),
                plain: true,
                ..WordStyle::default()
            };
        }
        self.styled |= u.styled;
        self.homoglyph |= u.homoglyph;
        self.ascii |= !u.styled && !u.homoglyph;
        self.plain &= u.c.is_ascii_alphanumeric();
        self.letters += usize::from(u.c.is_ascii_alphabetic());
    }

    fn close(&mut self, out: &mut Folded) {
        if let Some(start) = self.start.take()
            && self.letters >= 3
        {
            out.word_count += 1;
            // Look-alikes count when mixed with Latin (ѕlоt); a word wholly in Cyrillic that
            // happens to look Latin (Саха) is just a Cyrillic word.
            let evasive = self.styled || (self.homoglyph && self.ascii);
            if evasive && self.plain {
                out.styled_count += 1;
                if out.styled_words.len() < MAX_STYLED_WORDS {
                    out.styled_words.push(start..out.text.len());
                }
            }
        }
        *self = WordStyle::default();
    }
}

fn push_char(out: &mut Folded, c: char, start: u32, end: u32) {
    if c.is_ascii() {
        out.text.push(c);
        out.starts.push(start);
        out.ends.push(end);
        return;
    }
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
            ("【H】【o】【k】【i】【7】【7】【7】", "hoki777"),
            ("main di ALEXIS⭐17⭐ gacor", "main di alexis17 gacor"),
            ("covid-19 jam 7.30", "covid 19 jam 7 30"),
            ("Calls£1/min", "cals 1 min"),
            ("Semangat 💪 2024", "semangat 2024"),
            ("gacorrrr", "gacor"),
            ("❚█══ MEGABET99 ══█❚", "megabet99"),
            ("Rp 150.000 per bulan", "rp 150 000 per bulan"),
            ("togel 4D", "togel 4d"),
            ("VISI4D", "visi4d"),
            ("m4dun", "madun"),
            ("b@nk", "bank"),
            ("🅢🅛🅞🅣", "slot"),
            ("ᴅᴀɴᴀ ᴘᴀʏʟᴀᴛᴇʀ ᴍᴀsᴜᴋᴋᴀɴ ᴘɪɴ", "dana paylater masukan pin"),
            ("salam 🇮🇩🇮🇩", "salam"),
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
    fn styled_words_are_found_and_accents_are_not_styling() {
        let styled = |s: &str| {
            let f = fold(s);
            f.styled_words
                .iter()
                .map(|r| f.text[r.clone()].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(styled("Berkat 𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖 rezeki"), ["junior88"]);
        assert_eq!(styled("di K̲U̲S̲U̲M̲A̲T̲0̲T̲0̲ gacor"), ["kusumatot0"]);
        assert_eq!(styled("main ｓｌｏｔ"), ["slot"]);
        assert_eq!(styled("ѕlоt"), ["slot"]);
        assert!(styled("café crème, São Paulo, naïve").is_empty());
        assert!(
            styled("Kopfho\u{308}rer, Habits™, Eʋegbe").is_empty(),
            "decomposed accents, ™, IPA"
        );
        assert!(
            styled("Саха тыла").is_empty(),
            "a Cyrillic word is not a look-alike"
        );
        assert!(
            styled("Καλημέρα κόσμε").is_empty(),
            "Greek text is not styling"
        );
        assert!(styled("ALEXIS17 biasa saja").is_empty());
        assert!(
            styled("semoga baik² saja, kira² begitu").is_empty(),
            "² repeats a word"
        );
        assert_eq!(fold("baik² saja").text, "baik saja");
    }

    #[test]
    fn long_texts_fold_the_same_in_segments() {
        // Segments end at line breaks or spaces; the result must not depend on where.
        let line = "Main di 𝐒𝐋𝐎𝐓 g4c0r, s l o t hari ini!! gacorrr\n";
        let text = line.repeat(2_000);
        let folded = fold(&text);
        let one = fold(line).text;
        let expected = vec![one.as_str(); 2_000].join(" ");
        assert_eq!(folded.text, expected);
        let spaces_only = "kata ".repeat(10_000);
        assert_eq!(fold(&spaces_only).text, vec!["kata"; 10_000].join(" "));
        let no_breaks = "x".repeat(40_000);
        assert_eq!(fold(&no_breaks).text, "x");
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
