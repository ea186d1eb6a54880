//! Evasion that folding cannot keep: a name spelt entirely in emoji.
//!
//! Judol comment spam writes its brand's letters as a string of unrelated emoji and keeps the
//! number (⭐➡⛽⛳⚜⁉♈️17 for ALEXIS17), so folding leaves only "17". The shape itself is the
//! tell: several *different* pictographs glued straight onto a two- or three-digit number.
//! Celebrations repeat one emoji (🎉🎉🎉17) and prices use ASCII punctuation (...$700); neither
//! counts.
//!
//! Also the other side of styled names: the everyday words people decorate in a fancy font,
//! which are not evasion (`everyday_styled_word`), and the commenter's own display name in
//! front of a comment (`display_name_label`).

use std::ops::Range;

/// Distinct pictographs needed before the number.
const MIN_DISTINCT: usize = 3;

/// The byte range of the first emoji-spelt name in `text` (the pictographs and the number).
pub fn emoji_spelled_name(text: &str) -> Option<Range<usize>> {
    let mut run_start: Option<usize> = None;
    let mut distinct: Vec<char> = Vec::with_capacity(8);
    let mut from = 0;
    let mut chars = text.char_indices().peekable();
    loop {
        // Outside a run, ASCII changes nothing (every pictograph, joiner and keycap mark is
        // non-ASCII), so jump to the next non-ASCII character, or to the digit just before it
        // (a keycap digit, 4⃣, starts a run). A page is mostly ASCII: this skips nearly all
        // of it instead of decoding every character.
        if run_start.is_none() && distinct.is_empty() {
            let next = chars.peek().map_or(text.len(), |&(at, _)| from + at);
            let bytes = text.as_bytes();
            let mut at = next + first_non_ascii(&bytes[next..])?;
            if at > next && bytes[at - 1].is_ascii_digit() {
                at -= 1;
            }
            if at > next {
                from = at;
                chars = text[at..].char_indices().peekable();
            }
        }
        let (at, c) = chars.next()?;
        let at = from + at;
        let keycap = c.is_ascii_digit()
            && chars
                .peek()
                .is_some_and(|&(_, n)| n == '\u{20E3}' || n == '\u{FE0F}');
        if is_pictograph(c) || keycap {
            run_start.get_or_insert(at);
            if !distinct.contains(&c) && distinct.len() < 8 {
                distinct.push(c);
            }
            continue;
        }
        if is_joiner(c) && run_start.is_some() {
            continue;
        }
        if c.is_ascii_digit() && distinct.len() >= MIN_DISTINCT {
            let start = run_start.unwrap_or(at);
            let mut end = at + 1;
            let mut digits = 1;
            while let Some(&(next_at, next)) = chars.peek() {
                if !next.is_ascii_digit() {
                    break;
                }
                digits += 1;
                end = from + next_at + 1;
                chars.next();
            }
            let followed_by_word = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            if (2..=3).contains(&digits) && !followed_by_word {
                return Some(start..end);
            }
        }
        run_start = None;
        distinct.clear();
    }
}

/// Index of the first non-ASCII byte, eight bytes at a time.
fn first_non_ascii(bytes: &[u8]) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    for (i, chunk) in chunks.by_ref().enumerate() {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let high = u64::from_le_bytes(word) & HIGH;
        if high != 0 {
            return Some(i * 8 + (high.trailing_zeros() / 8) as usize);
        }
    }
    let tail = bytes.len() - chunks.remainder().len();
    chunks
        .remainder()
        .iter()
        .position(|&b| !b.is_ascii())
        .map(|i| tail + i)
}

/// Emoji, dingbats, arrows, geometric shapes, enclosed ideographs: non-ASCII symbols that are
/// not letters, digits, spaces, ordinary punctuation (…, “) or currency signs.
fn is_pictograph(c: char) -> bool {
    if c.is_ascii() || in_letter_block(c) {
        return false;
    }
    if c.is_alphanumeric() || c.is_whitespace() || is_joiner(c) {
        return false;
    }
    !matches!(c as u32, 0x2000..=0x203B | 0x203D..=0x2048 | 0x204A..=0x206F | 0x20A0..=0x20CF)
}

/// Blocks made only of letters (Latin-1 and Latin Extended letters, Greek, Cyrillic, Hebrew
/// and Arabic letters, Thai, kana, CJK ideographs, Hangul syllables): answered by a range test,
/// because `char::is_alphanumeric` searches a table, and on a page in Russian or Japanese that
/// search for every character was a quarter of the whole scan.
fn in_letter_block(c: char) -> bool {
    matches!(c as u32,
        0x00C0..=0x00D6 | 0x00D8..=0x00F6 | 0x00F8..=0x024F | 0x0391..=0x03A1 | 0x03A3..=0x03C9
        | 0x0400..=0x0481 | 0x048A..=0x04FF | 0x05D0..=0x05EA | 0x0621..=0x064A | 0x0E01..=0x0E30
        | 0x3041..=0x3096 | 0x30A1..=0x30FA | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3)
}

/// Characters that bind emoji together (variation selector, zero-width joiner, keycap) and
/// modifiers (skin tones): part of the run, not a new pictograph.
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '\u{FE0F}' | '\u{FE0E}' | '\u{200D}' | '\u{20E3}' | '\u{1F3FB}'..='\u{1F3FF}'
    )
}

/// Words people write in a fancy font to decorate an ordinary comment (𝐂𝐚𝐧𝐭𝐢𝐤 𝐛𝐚𝐧𝐠𝐞𝐭,
/// 𝓗𝓪𝓹𝓹𝔂 𝓫𝓲𝓻𝓽𝓱𝓭𝓪𝔂, ＭＡＮＴＡＰ), sorted and folded as `text::fold` writes them: doubled
/// letters once (`quen`, `hapy`). A styled word among these is decoration, not a brand hidden
/// from filters: judol brands are invented names, usually with a number (𝓑𝓤𝓜𝓘𝓙𝓟𝟕), which no
/// entry here is.
const EVERYDAY_STYLED: &[&str] = &[
    "alah",
    "alhamdulilah",
    "amin",
    "and",
    "aniversary",
    "banga",
    "banget",
    "bestie",
    "birthday",
    "bismilah",
    "bunda",
    "cakep",
    "cantik",
    "cinta",
    "congrats",
    "congratulations",
    "cute",
    "forever",
    "ganteng",
    "gemes",
    "god",
    "hapy",
    "hebat",
    "ibu",
    "idola",
    "idolaku",
    "indah",
    "kakak",
    "kangen",
    "kasih",
    "keren",
    "king",
    "love",
    "lucu",
    "makasih",
    "manis",
    "mantap",
    "mantul",
    "masya",
    "masyalah",
    "mery",
    "mis",
    "morning",
    "night",
    "oficial",
    "quen",
    "rindu",
    "sayang",
    "sehat",
    "selalu",
    "selamat",
    "semangat",
    "sukses",
    "tahun",
    "terima",
    "thank",
    "thanks",
    "the",
    "ulang",
    "wisuda",
    "you",
];

/// Whether `word` (folded) is an everyday word people decorate, not a name.
pub fn everyday_styled_word(word: &str) -> bool {
    EVERYDAY_STYLED.binary_search(&word).is_ok()
}

/// Longest display-name label looked at, in bytes (four styled words of ten letters, each
/// letter four bytes in UTF-8, with spaces and an emoji).
const MAX_LABEL_BYTES: usize = 200;

/// The end of a commenter's display name written in front of the comment (`𝓝𝓪𝓷𝓭𝓪 𝓢𝓪𝓻𝓲: …`,
/// `ＭＡＳ ＹＯＧＡ ✌: …`): two to four words of letters only, then a colon.
///
/// People style their own names on Facebook and TikTok, and copied comments keep the name in
/// front. A site being promoted is one token and usually carries a number (`𝐌𝐀𝐌𝐀𝐉𝐈𝐓𝐔:`,
/// `Ｐｕｌａｕ７７７:`), so a single word or any digit is not a display name. Emoji and
/// symbols between the words are allowed and not counted.
pub fn display_name_label(text: &str) -> Option<usize> {
    let head = text.trim_start();
    let offset = text.len() - head.len();
    let colon = head
        .char_indices()
        .take_while(|&(at, _)| at <= MAX_LABEL_BYTES)
        .find(|&(_, c)| c == ':')
        .map(|(at, _)| at)?;
    let mut words = 0;
    for word in head[..colon].split_whitespace() {
        if word.chars().any(char::is_numeric) {
            return None;
        }
        if word.chars().all(char::is_alphabetic) {
            words += 1;
        } else if word.chars().any(char::is_alphanumeric) {
            // Letters mixed with punctuation (`bapak²`, `yg.`, a link): a sentence, not a name.
            return None;
        }
    }
    (2..=4).contains(&words).then_some(offset + colon)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_are_two_to_four_plain_words_before_a_colon() {
        assert!(display_name_label("𝓝𝓪𝓷𝓭𝓪 𝓢𝓪𝓻𝓲: videonya bikin nangis").is_some());
        assert!(display_name_label("ＭＡＳ ＹＯＧＡ ✌: alhamdulillah").is_some());
        assert_eq!(display_name_label("  Bayu Santoso: pak guru"), Some(14));
        // A site's name: one word, or a number in it.
        assert_eq!(
            display_name_label("𝐌𝐀𝐌𝐀𝐉𝐈𝐓𝐔: dari gabut jadi ganteng"),
            None
        );
        assert_eq!(display_name_label("Ｐｕｌａｕ ７７７: Menang besar"), None);
        // No colon, or a sentence before it.
        assert_eq!(display_name_label("𝓝𝓪𝓷𝓭𝓪 𝓢𝓪𝓻𝓲 videonya bagus"), None);
        assert_eq!(
            display_name_label("main yang menghasilkan cek aja di google : SUPERMONEY"),
            None
        );
    }

    fn found(text: &str) -> Option<&str> {
        emoji_spelled_name(text).map(|r| &text[r])
    }

    #[test]
    fn letter_blocks_hold_only_letters() {
        // The range test must answer as `is_alphanumeric` would, or a pictograph run changes.
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| in_letter_block(c))
        {
            assert!(
                c.is_alphanumeric(),
                "{c:?} (U+{:04X}) is not a letter",
                c as u32
            );
        }
    }

    #[test]
    fn finds_names_spelt_in_emoji() {
        assert_eq!(
            found("Sis, Kenapa namanya ⭐➡⛽⛳⚜⁉♈️17? Unik banget."),
            Some("⭐➡⛽⛳⚜⁉♈️17")
        );
        assert_eq!(
            found("Sumpah, ⭐⚜✔▶0⃣⛳❕17 ngebantu banget"),
            Some("⭐⚜✔▶0⃣⛳❕17")
        );
        assert_eq!(
            found("Cuma ⭐♍▪㊗⏺4⃣☂️17 yang ngertiin"),
            Some("⭐♍▪㊗⏺4⃣☂️17")
        );
    }

    /// The search before ASCII was skipped: every character decoded and looked at.
    fn emoji_spelled_name_char_by_char(text: &str) -> Option<Range<usize>> {
        let mut run_start: Option<usize> = None;
        let mut distinct: Vec<char> = Vec::with_capacity(8);
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let keycap = c.is_ascii_digit()
                && chars
                    .peek()
                    .is_some_and(|&(_, n)| n == '\u{20E3}' || n == '\u{FE0F}');
            if is_pictograph(c) || keycap {
                run_start.get_or_insert(at);
                if !distinct.contains(&c) && distinct.len() < 8 {
                    distinct.push(c);
                }
                continue;
            }
            if is_joiner(c) && run_start.is_some() {
                continue;
            }
            if c.is_ascii_digit() && distinct.len() >= MIN_DISTINCT {
                let start = run_start.unwrap_or(at);
                let mut end = at + 1;
                let mut digits = 1;
                while let Some(&(next_at, next)) = chars.peek() {
                    if !next.is_ascii_digit() {
                        break;
                    }
                    digits += 1;
                    end = next_at + 1;
                    chars.next();
                }
                let followed_by_word = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
                if (2..=3).contains(&digits) && !followed_by_word {
                    return Some(start..end);
                }
            }
            run_start = None;
            distinct.clear();
        }
        None
    }

    const PIECES: &[&str] = &[
        "a",
        "kata ",
        " ",
        "1",
        "7",
        "17",
        "4",
        "2024",
        "$",
        ".",
        "⭐",
        "➡",
        "⛽",
        "⛳",
        "⚜",
        "⁉",
        "♈",
        "\u{FE0F}",
        "\u{20E3}",
        "\u{200D}",
        "🎉",
        "é",
        "…",
        "😀",
        "\u{1F3FB}",
        "x",
    ];

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        /// Skipping ASCII finds exactly what looking at every character found.
        #[test]
        fn skipping_ascii_finds_the_same(
            parts in proptest::collection::vec(proptest::sample::select(PIECES), 0..40),
        ) {
            let text = parts.concat();
            prop_assert_eq!(
                emoji_spelled_name(&text),
                emoji_spelled_name_char_by_char(&text),
                "{:?}", text
            );
        }
    }

    #[test]
    fn ignores_celebrations_prices_and_plain_numbers() {
        assert_eq!(found("Selamat ulang tahun 🎉🎉🎉17 tahun!"), None);
        assert_eq!(found("Hey pple...$700 or $900 for 5 nights"), None);
        assert_eq!(found("Skor 🔥⚽🏆 2-1, juara!"), None);
        assert_eq!(found("nomor 17 ⭐➡⛽"), None);
        assert_eq!(found("⭐➡⛽2024abc"), None);
        assert_eq!(found(""), None);
    }

    #[test]
    fn the_everyday_list_is_sorted_and_names_are_not_in_it() {
        assert!(
            EVERYDAY_STYLED.windows(2).all(|w| w[0] < w[1]),
            "sorted, no duplicates"
        );
        assert!(everyday_styled_word("cantik") && everyday_styled_word("hapy"));
        let folded = crate::text::fold("𝙌𝙪𝙚𝙚𝙣 𝓗𝓪𝓹𝓹𝔂");
        for word in folded.text.split(' ') {
            assert!(
                everyday_styled_word(word),
                "{word} is listed as folding writes it"
            );
        }
        assert!(!everyday_styled_word("bumijp7") && !everyday_styled_word("kusuma"));
    }
}
