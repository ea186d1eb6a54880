//! "Fancy text" characters that generators use for Latin letters and digits but that neither
//! Unicode's compatibility decomposition nor the UTS #39 confusables table maps to them:
//! dingbat digits (𝐁𝐓𝐕❶❻❽, ＭΛＮDALIKΛ❼❼), Greek and Cyrillic letters picked for their shape
//! rather than their sound (pυlαυωιn: ω for w; єяѳ for e r o; тσтσ for t o t o), Canadian
//! syllabics (ᑭᑌᒪᗩᑌᗯIᑎ) and a few symbols (¢υαη, ∂ι).
//!
//! Each entry was seen in gambling comment spam. The letters are only look-alikes when they
//! sit in a word with plain Latin letters: the caller marks them as homoglyphs, and a word made
//! only of them (real Greek or Russian) is not counted as styled.

/// A digit written as a dingbat: ❶ ➀ ➊ ⓵ (1–10) and ⓫ (11–20), ⓿. Returns the number.
pub(super) fn dingbat_number(c: char) -> Option<u32> {
    let n = c as u32;
    Some(match n {
        0x2776..=0x277F => n - 0x2776 + 1, // ❶..❿ dingbat negative circled
        0x2780..=0x2789 => n - 0x2780 + 1, // ➀..➉ dingbat circled sans-serif
        0x278A..=0x2793 => n - 0x278A + 1, // ➊..➓ dingbat negative circled sans-serif
        0x24F5..=0x24FE => n - 0x24F5 + 1, // ⓵..⓾ double circled
        0x24EB..=0x24F4 => n - 0x24EB + 11, // ⓫..⓴ negative circled
        0x24FF => 0,                       // ⓿
        _ => return None,
    })
}

/// The Latin letter a fancy-text generator meant by `c` (already lower-cased), if it is one of
/// the shapes that the confusables table does not cover.
pub(super) fn fancy_latin(c: char) -> Option<char> {
    Some(match c {
        // Greek
        'ω' | 'ώ' | 'ѡ' => 'w',
        'η' | 'ή' | 'и' | 'π' => 'n',
        'β' => 'b',
        'λ' => 'a',
        'ς' | '¢' => 'c',
        'ψ' => 'y',
        // ε is e in generators' Latin (𝗣𝗥𝗢𝗕ε𝗧𝟴𝟱𝟱); the confusables table takes it to ɛ.
        'ε' | 'έ' => 'e',
        'ƒ' => 'f',
        '∂' => 'd',
        // Cyrillic
        'я' => 'r',
        'є' => 'e',
        'ѳ' | 'ø' => 'o',
        'м' => 'm',
        'т' => 't',
        'к' => 'k',
        'ч' | 'ў' => 'y',
        'ц' => 'u',
        'в' => 'b',
        'н' => 'h',
        'ł' => 'l',
        // Canadian syllabics
        'ᗩ' | 'ᗅ' | 'ᐱ' => 'a',
        'ᗷ' | 'ᙖ' => 'b',
        'ᑕ' | 'ᑢ' => 'c',
        'ᗪ' | 'ᗞ' => 'd',
        'ᗴ' | 'ᕮ' => 'e',
        'ᖴ' => 'f',
        'ᘜ' => 'g',
        'ᕼ' => 'h',
        'ᒍ' => 'j',
        'ᒪ' => 'l',
        'ᗰ' | 'ᙢ' => 'm',
        'ᑎ' | 'ᘉ' => 'n',
        'ᑭ' | 'ᑲ' => 'p',
        'ᖇ' | 'ᖆ' => 'r',
        'ᔕ' => 's',
        'ᑌ' | 'ᑘ' => 'u',
        'ᐯ' | 'ᐺ' => 'v',
        'ᗯ' | 'ᙎ' => 'w',
        '᙭' => 'x',
        'ᒎ' => 'j',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dingbat_digits_read_as_numbers() {
        let read = |s: &str| {
            s.chars()
                .map(|c| dingbat_number(c).unwrap())
                .collect::<Vec<_>>()
        };
        assert_eq!(read("❶❻❽"), [1, 6, 8]);
        assert_eq!(read("➀➉➊➓"), [1, 10, 1, 10]);
        assert_eq!(read("⓵⓾⓫⓴⓿"), [1, 10, 11, 20, 0]);
        assert_eq!(dingbat_number('✈'), None);
    }

    #[test]
    fn fancy_letters_map_to_latin() {
        let latin: String = "ᑭᑌᒪᗩᑌᗯIᑎ"
            .chars()
            .map(|c| fancy_latin(c).unwrap_or(c))
            .collect();
        assert_eq!(latin, "pulauwIn");
        assert_eq!(fancy_latin('ω'), Some('w'));
        assert_eq!(fancy_latin('a'), None);
    }
}
