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

mod emit;
mod fancy;
mod joins;
mod offsets;
mod truncated;
mod units;

use emit::Emitter;
pub(crate) use emit::zero_bytes;
pub(crate) use joins::leet_letter;
use joins::{JOINED, join_spaced_letters, resolve_leet};
use offsets::OffsetMap;
use units::{Unit, push_folded};

/// Text folded for matching, with offsets back into the original.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    /// Lower-case words separated by single spaces; no leading or trailing space.
    pub text: String,
    /// Where each byte of `text` came from in the original.
    offsets: OffsetMap,
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
        let bytes = self.text.as_bytes();
        let (from, _) = self.offsets.range(bytes, start);
        let (_, to) = self.offsets.range(bytes, end - 1);
        from as usize..to as usize
    }
}

/// Folds `input` for matching. See the module documentation.
///
/// Inputs longer than `u32::MAX` bytes are folded up to that length (callers cap far lower).
pub fn fold(input: &str) -> Folded {
    let input = truncate(input, u32::MAX as usize);
    let mut out = Emitter::new(input.len());
    let mut units = Vec::new();
    let mut start = 0;
    while start < input.len() {
        let end = segment_end(input, start);
        fold_segment(input, start..end, &mut units, &mut out);
        start = end;
    }
    out.finish()
}

/// What a byte is to the fast path.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Byte {
    /// `a`–`z`, `A`–`Z`.
    Letter,
    /// ASCII that is always a plain separator: space, line break, punctuation except `@` `$`.
    Sep,
    /// Digits, `@`, `$` and every byte of a non-ASCII character: may change a neighbour.
    Other,
}

const BYTE_CLASS: [Byte; 256] = {
    let mut table = [Byte::Other; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => Byte::Letter,
            b'0'..=b'9' | b'@' | b'$' => Byte::Other,
            _ => Byte::Sep,
        };
        b += 1;
    }
    table
};

/// Folds one segment. Most words on a page are plain ASCII words of two or more letters
/// between plain separators ("Harga cabai, naik."): nothing around them can join with them,
/// turn into leetspeak or decorate them, so they are written straight out. Everything between
/// two such words (digits, single letters, `@`, any non-ASCII character) goes through the
/// general path on its own: it is bounded by plain separators, and every join and leetspeak
/// rule only looks across single units or letter runs, so the result is exactly the one the
/// general path would give for the whole segment (checked by a differential test below).
fn fold_segment(
    input: &str,
    segment: std::ops::Range<usize>,
    units: &mut Vec<Unit>,
    out: &mut Emitter,
) {
    let bytes = input.as_bytes();
    let (start, end) = (segment.start, segment.end);
    let class = |i: usize| BYTE_CLASS[bytes[i] as usize];
    let mut rest = start; // start of what is not written yet
    // Decided per segment: Korean anywhere in it keeps its syllables (see `truncated`).
    let restore_math = truncated::may_hold_truncated_math(&input[segment.clone()]);
    // Whether `bytes[rest..i]` holds only plain separators, tracked in the same pass so a gap
    // between two plain words is not read twice.
    let mut gap_plain = true;
    // The class of `bytes[i - 1]`, a separator at the segment's start: each byte's class is
    // looked up once.
    let mut before = Byte::Sep;
    let mut i = start;
    while i < end {
        let c = class(i);
        if c != Byte::Letter {
            let (c, len) = wide_class(bytes, i, c);
            gap_plain &= c == Byte::Sep;
            before = c;
            i += len;
            continue;
        }
        let word = i;
        i = letters_end(bytes, i + 1, end);
        // The character that ended the word (never a letter), a separator at the segment's
        // end.
        let (after, after_len) = if i < end {
            wide_class(bytes, i, class(i))
        } else {
            (Byte::Sep, 0)
        };
        let plain = i - word >= 2
            && before == Byte::Sep
            && after == Byte::Sep
            && !(i - word >= 3 && number_may_join(bytes, i, end));
        if plain {
            // Nearly every gap is a plain separator or two: written here, not by a call.
            if gap_plain {
                if rest < word {
                    out.separator();
                }
            } else {
                write_gap(input, rest..word, false, restore_math, units, out);
            }
            out.ascii_word(bytes, word..i);
            rest = i;
            gap_plain = true;
        } else {
            gap_plain = false;
        }
        // The character at `i` is read: it starts the next gap.
        if i < end {
            gap_plain &= after == Byte::Sep;
            before = after;
            i += after_len;
        }
        // Most of a page is plain words between single spaces: after a plain word and its
        // space, the words that follow in that shape are written in one piece.
        if plain && after_len == 1 && bytes[i - 1] == b' ' {
            let (run_end, long_words) = plain_run(bytes, i, end);
            if run_end > i {
                out.separator();
                out.ascii_run(bytes, i..run_end, long_words);
                rest = run_end;
                // The space after the run's last word starts the next gap, read as usual.
                i = run_end;
            }
        }
    }
    write_gap(input, rest..end, gap_plain, restore_math, units, out);
}

/// The words from `start` that the loop of [`fold_segment`] would write one by one as plain
/// words with nothing squeezed: two letters or more, no letter doubled, each followed by one
/// space and another word (so no number can join it). Returns where the last such word ends
/// (`start` if none) and how many of them have three letters or more.
#[inline]
fn plain_run(bytes: &[u8], start: usize, end: usize) -> (usize, usize) {
    let mut run_end = start;
    let mut long_words = 0;
    let mut word = start;
    while word < end && BYTE_CLASS[bytes[word] as usize] == Byte::Letter {
        let word_end = letters_end(bytes, word + 1, end);
        let len = word_end - word;
        let followed = word_end + 1 < end
            && bytes[word_end] == b' '
            && BYTE_CLASS[bytes[word_end + 1] as usize] == Byte::Letter;
        if len < 2 || !followed || has_doubled_letter(&bytes[word..word_end]) {
            break;
        }
        long_words += usize::from(len >= 3);
        run_end = word_end;
        word = word_end + 1;
    }
    (run_end, long_words)
}

/// Whether two neighbouring ASCII letters of `word` are the same letter (either case).
#[inline]
fn has_doubled_letter(word: &[u8]) -> bool {
    word.windows(2).any(|w| (w[0] | 0x20) == (w[1] | 0x20))
}

/// The class of the character at `bytes[i]` and its length, given the class of its first
/// byte: a [`typographic_separator`] is a plain separator, like ASCII punctuation.
#[inline]
fn wide_class(bytes: &[u8], i: usize, first: Byte) -> (Byte, usize) {
    if first == Byte::Other && bytes[i] >= 0xC2 {
        let len = typographic_separator(bytes, i);
        if len > 0 {
            return (Byte::Sep, len);
        }
    }
    (first, 1)
}

/// The length of the character at `bytes[i]` if it is one that folds to a single plain
/// separator, as ASCII punctuation does, and that no join or leetspeak rule treats otherwise:
/// typographic quotes and dashes (U+2010–2016, U+2018–201F), the bullet, the ellipsis, single
/// guillemets, the no-break space, the middle dot and double guillemets; else 0. An English
/// page has one every few lines ("don’t", "— as"), and each sent its words to the general
/// path, at a few thousand instructions a time. Checked against the general path by
/// `typographic_separators_fold_to_one_plain_separator` and the differential tests.
#[inline]
fn typographic_separator(bytes: &[u8], i: usize) -> usize {
    match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
        (0xC2, Some(0xA0 | 0xAB | 0xB7 | 0xBB), _) => 2,
        (0xE2, Some(0x80), Some(0x90..=0x96 | 0x98..=0x9F | 0xA2 | 0xA6 | 0xB9 | 0xBA)) => 3,
        _ => 0,
    }
}

/// The length of the separator at `bytes[i]`: 1 for ASCII, 2 or 3 for a
/// [`typographic_separator`], 0 for anything else.
#[inline]
fn separator_len(bytes: &[u8], i: usize) -> usize {
    match BYTE_CLASS[bytes[i] as usize] {
        Byte::Sep => 1,
        Byte::Letter => 0,
        Byte::Other => typographic_separator(bytes, i),
    }
}

/// The end of the run of ASCII letters from `i` (before `end`). Eight bytes at a time: the
/// byte-by-byte loop mispredicted its exit at every word, a large share of folding a page.
#[inline]
fn letters_end(bytes: &[u8], mut i: usize, end: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const CASE: u64 = 0x2020_2020_2020_2020;
    while let Some(chunk) = bytes.get(i..i + 8).filter(|_| i + 8 <= end) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // Per byte, lower-cased and without its top bit (no carry crosses a byte below):
        // `+ 0x1F` sets the top bit from `a` up, `+ 0x05` from `{` up.
        let y = (x | CASE) & LOW7;
        let from_a = y.wrapping_add(0x1F1F_1F1F_1F1F_1F1F);
        let past_z = y.wrapping_add(0x0505_0505_0505_0505);
        let letters = from_a & !past_z & !x & HIGH;
        let others = !letters & HIGH;
        if others != 0 {
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < end && BYTE_CLASS[bytes[i] as usize] == Byte::Letter {
        i += 1;
    }
    i
}

/// Whether the word ending before the separator at `i` may take the number after it
/// (`AERO 8 8`, `WETON_88`, see `joins`): then the general path decides. What every such join
/// needs: two ASCII digits after `_`, or a digit, the same space or dash, a digit (a plain
/// name only takes plain digits). "jam 4 sore" and "menang 2-1" stay on the fast path.
#[inline]
fn number_may_join(bytes: &[u8], i: usize, end: usize) -> bool {
    let digit = |j: usize| j < end && bytes[j].is_ascii_digit();
    if i >= end {
        return false;
    }
    // Line breaks fold to the same space unit as a space, so "AERO 8\n8" may join as "AERO 8 8"
    // does (found by the differential proptest): any ASCII white space counts as "the same
    // space" here. Erring towards the general path costs time, never a different result.
    let space = |b: u8| b.is_ascii_whitespace();
    match bytes[i] {
        b'_' => digit(i + 1) && digit(i + 2),
        b'-' => digit(i + 1) && i + 2 < end && bytes[i + 2] == b'-' && digit(i + 3),
        b if space(b) => digit(i + 1) && i + 2 < end && space(bytes[i + 2]) && digit(i + 3),
        _ => false,
    }
}

/// Writes `input[range]`: a run of plain separators (`plain`) directly, anything else by the
/// general path.
#[inline(never)]
fn write_gap(
    input: &str,
    range: std::ops::Range<usize>,
    plain: bool,
    restore_math: bool,
    units: &mut Vec<Unit>,
    out: &mut Emitter,
) {
    if range.is_empty() {
        return;
    }
    if plain {
        out.separator();
        return;
    }
    if !simple_gap(input.as_bytes(), range.clone(), out) {
        fold_general(input, range, restore_math, units, out);
    }
}

/// Writes a gap made only of plain separators, numbers and at most two lone characters
/// ("jam 4 sore", "menang 2-1 atas", "gaji 15 juta", "a"), the commonest gaps on a page,
/// without building units; returns `false`, writing nothing, for any other gap. Nothing in
/// such a gap can change: leetspeak needs a letter beside a digit, a spaced-out word three
/// lone characters, and digits are never squeezed. Checked against the general path by the
/// differential property tests below.
fn simple_gap(bytes: &[u8], range: std::ops::Range<usize>, out: &mut Emitter) -> bool {
    let gap = &bytes[range.clone()];
    // The gap's end counts as a separator.
    let separated = |j: usize| j >= gap.len() || separator_len(gap, j) > 0;
    let mut lone = 0;
    let mut i = 0;
    while i < gap.len() {
        let sep = separator_len(gap, i);
        if sep > 0 {
            i += sep;
            continue;
        }
        // A letter here stands alone (a longer run would be a plain word); anything else
        // must be a number.
        let run = if BYTE_CLASS[gap[i] as usize] == Byte::Letter {
            1
        } else {
            gap[i..].iter().take_while(|b| b.is_ascii_digit()).count()
        };
        if run == 0 || !separated(i + run) {
            return false;
        }
        lone += usize::from(run == 1);
        i += run;
    }
    if lone > 2 {
        return false;
    }
    let mut i = 0;
    while i < gap.len() {
        let sep = separator_len(gap, i);
        if sep > 0 {
            out.separator();
            i += sep;
            continue;
        }
        let at = range.start + i;
        if gap[i].is_ascii_digit() {
            let run = gap[i..].iter().take_while(|b| b.is_ascii_digit()).count();
            out.ascii_digits(&gap[i..i + run], at as u32);
            i += run;
        } else {
            out.ascii_word(bytes, at..at + 1);
            i += 1;
        }
    }
    true
}

/// The general path: every character as a unit, then joins, then leetspeak.
fn fold_general(
    input: &str,
    range: std::ops::Range<usize>,
    restore_math: bool,
    units: &mut Vec<Unit>,
    out: &mut Emitter,
) {
    units.clear();
    units::remembered::with(|memo| {
        if restore_math {
            for (at, end, ch) in truncated::restore(input, range.clone()) {
                push_folded(ch, at as u32, end as u32, units, memo);
            }
        } else {
            for (offset, ch) in input[range.clone()].char_indices() {
                let at = range.start + offset;
                push_folded(ch, at as u32, (at + ch.len_utf8()) as u32, units, memo);
            }
        }
    });
    // Join first, so "s l 0 t" reads "sl0t" and then "slot".
    join_spaced_letters(units);
    units.retain(|u| u.c != JOINED);
    resolve_leet(units);
    out.feed(units);
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
            // A leetspeak name's last digit is a letter too; a plain name's number is not.
            ("B4L1T0T0 pr0m0", "balitoto promo"),
            (
                "junior8 robot1 covid19 b4ng 0",
                "junior8 robot1 covid19 bang 0",
            ),
            ("P*L*T*4D", "plt4d"),
            ("s l o t 4d", "slot4d"),
            ("s l o t  g a c o r", "slot gacor"),
            ("s.l.o.t", "slot"),
            ("s l 0 t", "slot"),
            ("A L E X I S 1 7", "alexis17"),
            ("di S U K S E S 303 gacor", "di sukses303 gacor"),
            ("S E L A M A T pagi 2024", "selamat pagi 2024"),
            ("S E L A M A T 2024", "selamat 2024"),
            ("lagi K I L A T - 8 8 jam 9", "lagi kilat88 jam 9"),
            ("P E L A N G I 🌈 5 5 👉 jam hoki", "pelangi55 jam hoki"),
            ("S E L A M A T 🎉 2 0 2 6", "selamat 2026"),
            ("【H】【o】【k】【i】【7】【7】【7】", "hoki777"),
            ("[P][U][L][A][U][7][7][7] gacor", "pulau777 gacor"),
            ("░P░ ░U░ ░L░ ░A░ ░U░", "pulau"),
            ("ᆢAᆢᆢLᆢᆢEᆢᆢXᆢᆢIᆢᆢSᆢᆢ1ᆢᆢ7ᆢ", "alexis17"),
            ("array[i][j] (a)(b)", "aray i j a b"),
            ("main di ALEXIS⭐17⭐ gacor", "main di alexis17 gacor"),
            ("covid-19 jam 7.30", "covid 19 jam 7 30"),
            ("main di AERO 8 8 pasti jp", "main di aero88 pasti jp"),
            ("pilih WETON_88 aja", "pilih weton88 aja"),
            ("di 😀AERO-8-8 🤭ada", "di aero88 ada"),
            ("𝐃𝐎𝐑𝐀 𝟕 𝟕👍", "dora77"),
            ("skor akhir 2 1", "skor akhir21"),
            ("around 8-8:30 ok", "around 8 8 30 ok"),
            ("cepat 1,5 juta", "cepat 1 5 juta"),
            (
                "tahun 2024, file_name_2024, AB 8 8",
                "tahun 2024 file name 2024 ab 8 8",
            ),
            ("nomor 1 2 3 4", "nomor 1234"),
            ("HOKI 7 7 7 gacor", "hoki777 gacor"),
            ("hampir 1 ½ jam", "hampir 112 jam"),
            ("AERO ８ ８ ok", "aero 8 8 ok"),
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
        // Its last 0 follows the leetspeak 0 before it: a letter too.
        assert_eq!(styled("di K̲U̲S̲U̲M̲A̲T̲0̲T̲0̲ gacor"), ["kusumatoto"]);
        assert_eq!(styled("main ｓｌｏｔ"), ["slot"]);
        assert_eq!(styled("ѕlоt"), ["slot"]);
        assert_eq!(styled("di 𝗣𝗥𝗢𝗕ε𝗧𝟴𝟱𝟱 mantap"), ["probet855"]);
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
        // A name and its number spelt out or split by an emoji: written to dodge filters.
        assert_eq!(styled("main di ⭐ A L E X I S 1 7 ⭐ gacor"), ["alexis17"]);
        assert_eq!(styled("gabung ALEXIS⭐17 sekarang"), ["alexis17"]);
        assert_eq!(
            styled("Rezeki dari M E G A B E T 99, makasih"),
            ["megabet99"]
        );
        assert!(
            styled("S E L A M A T pagi").is_empty(),
            "spaced letters are emphasis"
        );
        assert!(
            styled("hope 2 u 4 a long time").is_empty(),
            "chat shorthand"
        );
        assert!(
            styled("semoga baik² saja, kira² begitu").is_empty(),
            "² repeats a word"
        );
        assert_eq!(fold("baik² saja").text, "baik saja");
    }

    #[test]
    fn an_account_number_keeps_its_atas_nama() {
        // "a.n" / "a/n" (atas nama) after an account number ending in a lone digit: the
        // wrong-number scam's "Ini rekeningnya …" must still show "a n" to its rules.
        assert_eq!(
            f("Ini rekeningnya mandiri : 900-00-1037951-0 a.n reza"),
            "ini rekeningnya mandiri 900 00 1037951 0 a n reza"
        );
        assert_eq!(f("BRI 0123-01-5 a/n Siti"), "bri 0123 01 5 a n siti");
        // A name spelt out before its number still joins.
        assert_eq!(f("s l o t 8 8"), "slot88");
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

    /// The fold before the ASCII fast path: every segment wholly by the general path.
    fn fold_general_only(input: &str) -> Folded {
        let mut out = Emitter::new(input.len());
        let mut units = Vec::new();
        let mut start = 0;
        while start < input.len() {
            let end = segment_end(input, start);
            let restore_math = truncated::may_hold_truncated_math(&input[start..end]);
            fold_general(input, start..end, restore_math, &mut units, &mut out);
            start = end;
        }
        out.finish()
    }

    /// Characters that exercise every rule: plain and upper-case letters, digits, leetspeak
    /// symbols, separators, line breaks, math and fullwidth letters, Cyrillic look-alikes,
    /// small capitals, enclosed letters, zero-width and combining marks, emoji and brackets.
    const PIECES: &[&str] = &[
        "a", "b", "s", "l", "o", "t", "g", "ac", "or", "SLOT", "Gacor", "kata", "rr", "aa", "0",
        "1", "4", "7", "88", "4d", "4D", "@", "$", " ", " ", " ", "  ", ".", ",", "-", "!", "\n",
        "\r\n", "\t", "𝐉", "𝐔", "𝟖", "ｓ", "ｌ", "　", "ѕ", "о", "ᴀ", "ᴍ", "🅢", "\u{200B}",
        "\u{0332}", "\u{0301}", "é", "⭐", "💪", "【", "】", "══", "²", "™", "£", "🇮🇩", "ß", "퐀",
        "퐋", "ퟒ", "하", "[", "]", "ᆢ", "░", "’", "“", "—", "…", "\u{A0}", "·", "»", "•",
    ];

    fn pieces(max: usize) -> impl proptest::strategy::Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(PIECES), 0..max).prop_map(|v| v.concat())
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The fast path writes exactly what the general path alone would: same text,
        /// offsets and styled words.
        #[test]
        fn fast_path_folds_like_the_general_path(input in pieces(40)) {
            prop_assert_eq!(fold(&input), fold_general_only(&input), "{:?}", input);
        }
    }

    /// Non-ASCII characters of every kind the general path folds differently, several times
    /// each so the table of remembered characters is hit: scripts, look-alikes, ligatures
    /// and dingbat numbers (more units than the table keeps), marks, invisible characters.
    const OTHER_PIECES: &[&str] = &[
        "о",
        "ѕ",
        "й",
        "ί",
        "Город",
        "совет",
        "の",
        "テ",
        "日本",
        "’",
        "“",
        "”",
        "—",
        "…",
        "\u{A0}",
        "ﬁ",
        "½",
        "➊",
        "⑫",
        "𝐉",
        "ｓ",
        "ᴀ",
        "🅢",
        "é",
        "e\u{0301}",
        "\u{0332}",
        "\u{200B}",
        "ß",
        "ı",
        "²",
        "™",
        "⭐",
        "하",
        "ᆢ",
        "a",
        "slot",
        "88",
        " ",
        "-",
        "\n",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// Characters folded from the table of remembered ones come out as folding them
        /// afresh would: same text, offsets, styled words and look-alike marks.
        #[test]
        fn remembered_characters_fold_as_when_folded_afresh(
            parts in proptest::collection::vec(proptest::sample::select(OTHER_PIECES), 0..40),
        ) {
            let input = parts.concat();
            units::remembered::set_enabled(false);
            let afresh = fold(&input);
            units::remembered::set_enabled(true);
            let cold = fold(&input);
            let warm = fold(&input);
            prop_assert_eq!(&cold, &afresh, "{:?}", input);
            prop_assert_eq!(&warm, &afresh, "{:?}", input);
        }
    }

    /// Pieces of the gaps between plain words: lone letters, numbers, separators, and what
    /// must send a gap to the general path (a letter beside a digit, `@`, three lone
    /// characters in a row).
    const GAP_PIECES: &[&str] = &[
        "a", "B", "x", "kata", "1", "7", "4", "88", "2024", " ", " ", ".", "-", "  ", "\n", "@",
        "é", "rp", "’", "–", "…", "\u{A0}", "«", "\u{2017}",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Gaps of numbers and lone characters fold as the general path folds them.
        #[test]
        fn simple_gaps_fold_like_the_general_path(
            parts in proptest::collection::vec(proptest::sample::select(GAP_PIECES), 0..24),
        ) {
            let input = parts.concat();
            prop_assert_eq!(fold(&input), fold_general_only(&input), "{:?}", input);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// The same across segment boundaries (texts longer than a segment).
        #[test]
        fn fast_path_folds_long_texts_like_the_general_path(
            parts in proptest::collection::vec(pieces(60), 1..8),
            repeat in 100usize..400,
        ) {
            let input = parts.concat().repeat(repeat);
            prop_assert_eq!(fold(&input), fold_general_only(&input));
        }
    }

    #[test]
    fn typographic_separators_fold_to_one_plain_separator() {
        // What the fast path assumes of them: the general path makes them separators only,
        // plain ones, shaped as a space (joins look at ASCII separators' shapes).
        let mut found = vec![];
        for c in '\u{80}'..='\u{2FFF}' {
            let mut buf = [0u8; 4];
            let encoded = c.encode_utf8(&mut buf).as_bytes();
            let len = typographic_separator(encoded, 0);
            if len == 0 {
                continue;
            }
            assert_eq!(len, encoded.len(), "{c:?}");
            found.push(c);
            let mut units = Vec::new();
            units::remembered::with(|memo| {
                push_folded(c, 0, len as u32, &mut units, memo);
            });
            assert!(!units.is_empty(), "{c:?} folds to nothing");
            for u in &units {
                assert!(
                    u.kind == units::Kind::Sep && u.c == ' ' && !u.styled && !u.homoglyph,
                    "{c:?}"
                );
            }
        }
        assert_eq!(found.len(), 23, "{found:?}");
        assert_eq!(f("don’t — “slot” gacor…"), "don t slot gacor");
        assert_eq!(f("Rp\u{A0}150.000 · «ok»"), "rp 150 000 ok");
    }

    #[test]
    fn letter_runs_end_where_the_byte_loop_ends_them() {
        // Every byte next to the letter range (`@` `[` `` ` `` `{`), digits, a space and a
        // non-ASCII byte, at every place of an eight-byte chunk and in the tail.
        for stop in ["@", "[", "`", "{", "0", " ", "é", "Z", "z"] {
            for before in 0..20 {
                let text = format!(
                    "{}{stop}abcDEFghijklMNOP",
                    "aZ".repeat(before).get(..before).unwrap_or("")
                );
                let bytes = text.as_bytes();
                let scalar = bytes
                    .iter()
                    .position(|&b| BYTE_CLASS[b as usize] != Byte::Letter)
                    .unwrap_or(bytes.len());
                assert_eq!(letters_end(bytes, 0, bytes.len()), scalar, "{text:?}");
                assert_eq!(
                    letters_end(bytes, 0, scalar.min(5)),
                    scalar.min(5),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn repeats_are_found_at_every_place_of_a_chunk() {
        // Plain words are folded eight bytes at a time: a doubled letter (either case) must
        // be squeezed wherever it falls, across a chunk's edge, at the end of the input, or
        // right after the previous word's letter.
        let letters = "abcdefghijklmnopqrstuvwxy";
        for len in 2..letters.len() {
            for at in 0..len {
                let word = &letters[..len];
                let doubled = format!(
                    "{}{}{}",
                    &word[..=at],
                    &word[at..=at].to_uppercase(),
                    &word[at + 1..]
                );
                for text in [
                    doubled.clone(),
                    format!("{doubled} akhir"),
                    format!("kata-{doubled}"),
                    format!("{word} {word}"),
                ] {
                    let folded = fold(&text);
                    assert_eq!(folded, fold_general_only(&text), "{text:?}");
                    assert!(
                        folded.text.starts_with(word) || folded.text.starts_with("kata"),
                        "{text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn runs_of_plain_words_fold_like_the_general_path() {
        // Runs of plain words are written in one piece; each way a run ends (a doubled
        // letter, a lone letter, a number that may join, a double space, punctuation, the
        // end of the text, a line break) must give what the general path gives.
        for text in [
            "harga cabai naik lagi hari ini di pasar induk",
            "harga cabai naik tajam sekali minggu ini",
            "the committee will meet again next week",
            "pilih a b c lalu kirim",
            "main di aero 8 8 pasti jp hari ini",
            "kata  dua spasi lalu kata lain",
            "kalimat pertama selesai. Kalimat kedua mulai di sini",
            "baris satu berakhir di sini\nbaris dua mulai",
            "Kata Besar Dan Kecil Bercampur Di Sini",
            "ab cd ef gh ij kl mn op qr st uv wx yz",
        ] {
            assert_eq!(fold(text), fold_general_only(text), "{text:?}");
        }
        assert_eq!(fold("Harga Cabai Naik").word_count, 3);
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
