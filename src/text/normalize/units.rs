//! The general path of [`fold`](super::fold): every character becomes a [`Unit`] with its
//! kind and style, so joins and leetspeak can look at neighbours. Only the parts of a text the
//! ASCII fast path cannot settle on its own come here.

use super::fancy;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// One character of the folded stream before spacing is settled.
#[derive(Clone, Copy)]
pub(super) struct Unit {
    /// The folded character; an ASCII separator keeps its shape, any other is `' '`.
    pub(super) c: char,
    pub(super) kind: Kind,
    /// Written with a styled or decorated character (𝐒, ｓ, Ⓢ, S̲).
    pub(super) styled: bool,
    /// Written with a letter of another script that looks Latin (Cyrillic ѕ, Greek ο).
    pub(super) homoglyph: bool,
    pub(super) start: u32,
    pub(super) end: u32,
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
pub(super) enum Kind {
    Letter,
    Digit,
    /// `@` or `$`: a letter in leetspeak (b@nk, $lot), a separator elsewhere.
    LeetSymbol,
    /// A single separator: space, punctuation, emoji.
    Sep,
    /// A line break: never bridged when joining spaced letters.
    Break,
}

pub(super) fn push_folded(
    ch: char,
    start: u32,
    end: u32,
    out: &mut Vec<Unit>,
    memo: &mut remembered::Table,
) {
    if ch.is_ascii() {
        // The fast path: most text on Indonesian and English pages is ASCII.
        let (c, kind) = match ch {
            'a'..='z' => (ch, Kind::Letter),
            '0'..='9' => (ch, Kind::Digit),
            'A'..='Z' => (ch.to_ascii_lowercase(), Kind::Letter),
            '@' | '$' => (ch, Kind::LeetSymbol),
            '\n' | '\r' => (' ', Kind::Break),
            // Separators keep their shape for `joins`: `[P][U][L]` is a spaced-out name,
            // `WETON_88` and `AERO 8 8` a name with its number, `1,8` a decimal.
            _ => (ch, Kind::Sep),
        };
        out.push(Unit::plain(c, kind, start, end));
        return;
    }
    if memo.push(ch, start, end, out) {
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
    fold_other(ch, start, end, out);
    memo.keep(ch, &out[first..]);
}

/// Folds a non-ASCII character that is not a combining mark: what it becomes depends on the
/// character alone, so [`remembered`] can keep it.
fn fold_other(ch: char, start: u32, end: u32, out: &mut Vec<Unit>) {
    let first = out.len();
    let mut accented = false;
    let mut unchanged = false; // no decomposition: a Latin result came from a confusable
    let mut push = |c: char, kind: Kind| out.push(Unit::plain(c, kind, start, end));
    if is_invisible(ch) {
        return;
    }
    // A conjoining Hangul jamo on its own (ᆢAᆢᆢLᆢ): Korean text is written in syllables,
    // so a lone jamo between Latin letters is decoration, a symbol like ░.
    if matches!(ch as u32, 0x1100..=0x11FF) {
        push(' ', Kind::Sep);
        out[first].styled = true;
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
    if let Some(n) = fancy::dingbat_number(ch) {
        for d in n.to_string().chars() {
            push(d, Kind::Digit);
        }
        for u in &mut out[first..] {
            u.styled = true;
        }
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
    if !is_latin_letter(ch) {
        for u in &mut out[first..] {
            if u.c.is_ascii_alphanumeric() {
                // An accented Greek or Cyrillic letter (ί, й) is that script's own letter:
                // a look-alike at most, never a decorated Latin one.
                u.styled = !unchanged && !accented;
                u.homoglyph = unchanged || accented;
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
        match confusable_latin(c).or_else(|| fancy::fancy_latin(c)) {
            Some(latin) => push(latin, Kind::Letter),
            None => push(c, Kind::Letter),
        }
    } else if let Some(latin) = fancy::fancy_latin(c) {
        // ¢ and ∂ are symbols, but in "¢υαη" and "∂ι" they are letters.
        push(latin, Kind::Letter);
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

/// What [`fold_other`] made of the non-ASCII characters met last, so that a text in another
/// script pays for Unicode decomposition, case and confusable lookups once per distinct
/// character instead of once per character: a page in Russian or Japanese, or an English page
/// with curly quotes, went through those lookups at ~0.5 µs a character, 4–10× the cost of
/// folding ASCII text. A small direct-mapped table per thread: a text in one language uses a
/// few hundred characters, and a miss only costs the lookups the table saves.
pub(super) mod remembered {
    use super::{Kind, Unit};
    use std::cell::RefCell;

    /// Slots in the table (a power of two).
    const SLOTS: usize = 512;
    /// Most units one character becomes that the table keeps (a ligature or a dingbat number
    /// can make more: those are folded every time).
    const MAX_UNITS: usize = 2;

    #[derive(Clone, Copy)]
    struct Slot {
        /// The character, `'\0'` for an empty slot (ASCII never comes here).
        ch: char,
        len: u8,
        units: [(char, Kind, bool, bool); MAX_UNITS],
    }

    const EMPTY: Slot = Slot {
        ch: '\0',
        len: 0,
        units: [(' ', Kind::Sep, false, false); MAX_UNITS],
    };

    thread_local! {
        static TABLE: RefCell<Box<[Slot; SLOTS]>> = RefCell::new(Box::new([EMPTY; SLOTS]));
    }

    /// This thread's table, borrowed for one run of the general path: one thread-local access
    /// per run, not per character.
    pub(in crate::text::normalize) struct Table<'a> {
        slots: &'a mut [Slot; SLOTS],
        on: bool,
    }

    /// Runs `f` with this thread's table.
    pub(in crate::text::normalize) fn with<R>(f: impl FnOnce(&mut Table) -> R) -> R {
        TABLE.with_borrow_mut(|slots| {
            f(&mut Table {
                slots,
                on: enabled(),
            })
        })
    }

    #[cfg(test)]
    thread_local! {
        /// Off: every character is folded afresh (tests compare both ways).
        static ON: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
    }

    /// Turns the table on or off for this thread, emptying it (tests only).
    #[cfg(test)]
    pub(in crate::text::normalize) fn set_enabled(on: bool) {
        ON.set(on);
        TABLE.with_borrow_mut(|table| **table = [EMPTY; SLOTS]);
    }

    #[cfg(test)]
    fn enabled() -> bool {
        ON.get()
    }

    #[cfg(not(test))]
    fn enabled() -> bool {
        true
    }

    fn slot_of(ch: char) -> usize {
        ((ch as u32).wrapping_mul(0x9E37_79B1) >> (32 - SLOTS.trailing_zeros())) as usize
    }

    impl Table<'_> {
        /// Pushes the units `ch` was folded to before, over `start..end`; `false` if not kept.
        pub(in crate::text::normalize) fn push(
            &self,
            ch: char,
            start: u32,
            end: u32,
            out: &mut Vec<Unit>,
        ) -> bool {
            let slot = &self.slots[slot_of(ch)];
            if !self.on || slot.ch != ch {
                return false;
            }
            for &(c, kind, styled, homoglyph) in &slot.units[..slot.len as usize] {
                out.push(Unit {
                    c,
                    kind,
                    styled,
                    homoglyph,
                    start,
                    end,
                });
            }
            true
        }

        /// Keeps what `ch` was folded to (`units`, all over the character's own range).
        pub(in crate::text::normalize) fn keep(&mut self, ch: char, units: &[Unit]) {
            if units.len() > MAX_UNITS || !self.on {
                return;
            }
            let mut slot = Slot {
                ch,
                len: units.len() as u8,
                ..EMPTY
            };
            for (kept, u) in slot.units.iter_mut().zip(units) {
                *kept = (u.c, u.kind, u.styled, u.homoglyph);
            }
            self.slots[slot_of(ch)] = slot;
        }
    }
}
