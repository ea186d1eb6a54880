//! Writing folded text: spacing, squeezed repeats, offsets and styled words.

use super::offsets::OffsetMap;
use super::units::{Kind, Unit};
use super::{Folded, MAX_STYLED_WORDS};

/// Writes the folded text: separators collapse to one space, a run of the same letter collapses
/// to one (gacorrr → gacor; phrases fold the same way). Fed segment by segment.
pub(super) struct Emitter {
    /// The folded text as bytes, so ASCII words are copied in bulk; always UTF-8 (only ASCII
    /// bytes and whole encoded chars are written).
    text: Vec<u8>,
    /// Offsets and styled words; its `text` is filled in by [`finish`](Self::finish).
    out: Folded,
    pending_space: bool,
    prev: Option<char>,
    word: WordStyle,
}

impl Emitter {
    pub(super) fn new(capacity: usize) -> Emitter {
        Emitter {
            text: Vec::with_capacity(capacity),
            out: Folded {
                text: String::new(),
                // About one piece per line of ordinary text.
                offsets: OffsetMap::with_capacity(capacity / 64),
                styled_words: Vec::new(),
                word_count: 0,
                styled_count: 0,
            },
            pending_space: false,
            prev: None,
            word: WordStyle::default(),
        }
    }

    pub(super) fn feed(&mut self, units: &[Unit]) {
        for u in units {
            if matches!(u.kind, Kind::Sep | Kind::Break) {
                self.separator();
                continue;
            }
            if self.pending_space {
                self.push_char(' ', u.start, u.start);
                self.pending_space = false;
            }
            self.word.add(u, self.text.len());
            if Some(u.c) == self.prev && u.kind == Kind::Letter {
                // Stretch the evidence over the dropped repeat.
                self.out.offsets.stretch_last(self.last_byte(), u.end);
                continue;
            }
            self.prev = Some(u.c);
            self.push_char(u.c, u.start, u.end);
        }
    }

    /// One or more plain separators: what [`feed`](Self::feed) does for a separator unit.
    #[inline]
    pub(super) fn separator(&mut self) {
        self.word.close(&mut self.out, self.text.len());
        self.pending_space = !self.text.is_empty();
        self.prev = None;
    }

    /// The word of plain ASCII letters `input[range]` (not empty): what [`feed`](Self::feed)
    /// does for its letter units, without building them.
    ///
    /// Eight bytes at a time: each chunk is lower-cased (setting bit 5 of letters), checked
    /// for a letter equal to the one before it, and stored whole; the bytes past the word
    /// that a chunk also wrote are cut off at the end. A byte loop with a push per byte was
    /// two fifths of folding a page.
    #[inline]
    pub(super) fn ascii_word(&mut self, input: &[u8], range: std::ops::Range<usize>) {
        let (start, end) = (range.start, range.end);
        if start >= end {
            return;
        }
        if self.pending_space {
            // A space needs no offset entry (see `OffsetMap`).
            self.text.push(b' ');
            self.pending_space = false;
        }
        let len = end - start;
        self.word.add_ascii_letters(len, self.text.len());
        let prev = match self.prev {
            Some(c) if c.is_ascii() => c as u8,
            _ => 0,
        };
        let base = self.text.len();
        // The letter before each byte: `prev` (0 when none, never a letter) before the first.
        let mut last = prev;
        let mut repeats = 0u64;
        let mut i = start;
        while i < end {
            let take = (end - i).min(8);
            let Some(chunk) = input.get(i..i + 8) else {
                // Fewer than eight bytes left in the input: byte by byte.
                for &b in &input[i..end] {
                    let c = b | 0x20;
                    repeats |= u64::from(c == last);
                    last = c;
                    self.text.push(c);
                }
                break;
            };
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let x = u64::from_le_bytes(word) | 0x2020_2020_2020_2020;
            // Byte k of `x ^ before` is zero where letter k equals the one before it.
            let before = (x << 8) | u64::from(last);
            let valid = if take == 8 {
                u64::MAX
            } else {
                (1u64 << (8 * take)) - 1
            };
            repeats |= zero_bytes(x ^ before) & valid;
            self.text.extend_from_slice(&x.to_le_bytes());
            last = (x >> (8 * (take - 1))) as u8;
            i += take;
        }
        self.text.truncate(base + len);
        if repeats == 0 {
            self.out
                .offsets
                .push_run(base as u32, start as u32, len as u32);
            self.prev = Some(last as char);
            return;
        }
        // A stretched letter somewhere: the runs between the dropped repeats are copied
        // whole (a word like "letter" or "committee" is one in ten on an English page).
        self.text.truncate(base);
        let mut prev = prev;
        let mut run = start; // first input byte of the run not written yet
        for k in start..end {
            let c = input[k] | 0x20;
            if c != prev {
                prev = c;
                continue;
            }
            self.copy_letters(input, run..k);
            // Stretch the evidence over the dropped repeat.
            self.out
                .offsets
                .stretch_last(self.last_byte(), k as u32 + 1);
            run = k + 1;
        }
        self.copy_letters(input, run..end);
        self.prev = Some(prev as char);
    }

    /// Writes the ASCII letters `input[range]` lower-cased, one folded byte per input byte.
    fn copy_letters(&mut self, input: &[u8], range: std::ops::Range<usize>) {
        let at = self.text.len() as u32;
        let len = range.len() as u32;
        self.text
            .extend(input[range.clone()].iter().map(|b| b | 0x20));
        self.out.offsets.push_run(at, range.start as u32, len);
    }

    /// Plain ASCII words separated by single spaces, `input[range]` (see `plain_run`), of
    /// which `long_words` have three letters or more: what [`ascii_word`](Self::ascii_word)
    /// and [`separator`](Self::separator) do for each, in one piece. Lower-cased eight bytes
    /// at a time (a space stays a space), one offset piece: a single space maps one to one.
    pub(super) fn ascii_run(
        &mut self,
        input: &[u8],
        range: std::ops::Range<usize>,
        long_words: usize,
    ) {
        let Some(&last) = input.get(range.end.wrapping_sub(1)) else {
            return;
        };
        if self.pending_space {
            self.text.push(b' ');
            self.pending_space = false;
        }
        let base = self.text.len();
        let run = &input[range.clone()];
        let mut chunks = run.chunks_exact(8);
        for chunk in chunks.by_ref() {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let lower = u64::from_le_bytes(word) | 0x2020_2020_2020_2020;
            self.text.extend_from_slice(&lower.to_le_bytes());
        }
        self.text
            .extend(chunks.remainder().iter().map(|&b| b | 0x20));
        self.out
            .offsets
            .push_run(base as u32, range.start as u32, run.len() as u32);
        // Each word is closed here as `separator` would close it: plain letters, never styled.
        self.out.word_count += long_words;
        self.prev = Some((last | 0x20) as char);
    }

    /// A run of ASCII digits starting at byte `at` of the input: what [`feed`](Self::feed)
    /// does for its digit units (digits are never squeezed).
    pub(super) fn ascii_digits(&mut self, digits: &[u8], at: u32) {
        let Some(&last) = digits.last() else {
            return;
        };
        if self.pending_space {
            self.text.push(b' ');
            self.pending_space = false;
        }
        self.word.add_ascii_letters(0, self.text.len());
        self.out
            .offsets
            .push_run(self.text.len() as u32, at, digits.len() as u32);
        self.text.extend_from_slice(digits);
        self.prev = Some(last as char);
    }

    pub(super) fn finish(mut self) -> Folded {
        self.word.close(&mut self.out, self.text.len());
        // Always valid: only ASCII bytes and whole encoded chars were written. The lossy
        // fallback is never taken; it only keeps this function free of a panic path.
        self.out.text = String::from_utf8(self.text)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        self.out
    }

    /// Writes one char covering `start..end` of the input (every byte of it maps there).
    fn push_char(&mut self, c: char, start: u32, end: u32) {
        let mut buf = [0u8; 4];
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        if c != ' ' {
            // Spaces need no entry (see `OffsetMap`).
            for k in self.text.len()..self.text.len() + bytes.len() {
                self.out.offsets.push(k as u32, start, end);
            }
        }
        self.text.extend_from_slice(bytes);
    }

    /// Index of the last byte written (callers have written one).
    fn last_byte(&self) -> u32 {
        self.text.len().saturating_sub(1) as u32
    }
}

/// The high bit of every zero byte of `v`, and nothing else (no borrow crosses bytes).
#[inline]
pub(crate) fn zero_bytes(v: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    !(((v & LOW7).wrapping_add(LOW7)) | v | LOW7)
}

/// Tracks whether the word being written is a styled one: all plain letters and digits once
/// folded, at least one of them styled, at least three letters long. One styled character is
/// enough: requiring two was measured (2026-11-30) and lost `AE𝐑O88`, `DEW𝐴DORA` and
/// "pelopor Wede𝖊y" (WD, a withdrawal) among the judol comments, for two normal comments saved.
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

    /// `count` ordinary lower-case ASCII letters (or digits, with `count` 0), the first
    /// written at `at`.
    fn add_ascii_letters(&mut self, count: usize, at: usize) {
        if self.start.is_none() {
            *self = WordStyle {
                start: Some(at),
                plain: true,
                ..WordStyle::default()
            };
        }
        self.ascii = true;
        self.letters += count;
    }

    /// Ends the word being written; `len` is the length of the text written so far.
    fn close(&mut self, out: &mut Folded, len: usize) {
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
                    out.styled_words.push(start..len);
                }
            }
        }
        *self = WordStyle::default();
    }
}
