//! Mathematical letters that lost their plane: 𝐀𝐋𝐄𝐗𝐈𝐒 (U+1D400…) stored by a system that
//! keeps only 16 bits of a code point arrives as 퐀퐋퐄퐗퐈퐒 (U+D400…), Hangul syllables.
//!
//! Comment spam copied through such systems keeps its brand names readable to no one but the
//! filter that knows the trick: all 41 such comments in the labelled TikTok data are judol
//! promotion. Real Korean is written with syllables from the whole Hangul block, most of them
//! below U+D400, so a segment that holds any of those is Korean and left alone; so is a lone
//! syllable or a repeated one (하하하, a laugh).

/// First and last code point of the range the mathematical alphanumerics fall into when the
/// plane bit is dropped (U+1D400–U+1D7FF → U+D400–U+D7FF).
const FIRST: u32 = 0xD400;
const LAST: u32 = 0xD7FF;

/// Whether `segment` may hold truncated mathematical letters: one of its characters is in
/// U+D400–U+D7FF and none is a Hangul syllable or compatibility jamo outside that range.
/// Works on bytes: a segment without the lead byte 0xED is answered at once.
pub(super) fn may_hold_truncated_math(segment: &str) -> bool {
    let bytes = segment.as_bytes();
    if !bytes.contains(&0xED) {
        return false;
    }
    let mut found = false;
    for c in segment.chars() {
        match c as u32 {
            FIRST..=LAST => found = true,
            0xAC00..=0xD3FF | 0x3130..=0x318F => return false,
            _ => {}
        }
    }
    found
}

/// The characters of `input[range]` with truncated mathematical letters restored, for a
/// segment that [`may_hold_truncated_math`]. A run of such characters is restored when it has
/// three or more characters, not all the same, or two or more touching a digit or a Latin
/// letter (퐀퐋퐄퐗퐈퐒17); shorter runs may be a Korean word (해피) or a laugh (하하하).
/// Returns each character with the byte range in `input` of the character it stands for: a
/// restored letter is longer in UTF-8 than the one it replaces, and its evidence is the original.
pub(super) fn restore(input: &str, range: std::ops::Range<usize>) -> Vec<(usize, usize, char)> {
    let in_range = |c: char| (FIRST..=LAST).contains(&(c as u32));
    let mut chars: Vec<(usize, usize, char)> = input[range.clone()]
        .char_indices()
        .map(|(at, c)| (range.start + at, range.start + at + c.len_utf8(), c))
        .collect();
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let mut i = 0;
    while i < chars.len() {
        if !in_range(chars[i].2) {
            i += 1;
            continue;
        }
        let end = (i..chars.len())
            .find(|&j| !in_range(chars[j].2))
            .unwrap_or(chars.len());
        let run = &chars[i..end];
        let varied = run.iter().any(|&(_, _, c)| c != run[0].2);
        // Neighbours may lie outside `range` (the ASCII fast path wrote them).
        let before = input[..run[0].0].chars().next_back();
        let after = input[run[run.len() - 1].1..].chars().next();
        let touches = latin(before) || latin(after);
        if (run.len() >= 3 && varied) || (run.len() >= 2 && touches) {
            for (_, _, c) in &mut chars[i..end] {
                *c = char::from_u32(*c as u32 + 0x1_0000).unwrap_or(*c);
            }
        }
        i = end;
    }
    chars
}

#[cfg(test)]
mod tests {
    use super::*;

    fn restored(s: &str) -> String {
        if !may_hold_truncated_math(s) {
            return s.to_string();
        }
        restore(s, 0..s.len())
            .into_iter()
            .map(|(_, _, c)| c)
            .collect()
    }

    #[test]
    fn truncated_bold_letters_come_back() {
        assert_eq!(restored("coba 퐀퐋퐄퐗퐈퐒17 gacor"), "coba 𝐀𝐋𝐄𝐗𝐈𝐒17 gacor");
        // U+D7D2 was U+1D7D2, a mathematical bold digit 4.
        assert_eq!(restored("퐕퐈퐒퐈ퟒ퐃"), "𝐕𝐈𝐒𝐈𝟒𝐃");
    }

    #[test]
    fn korean_and_laughter_are_left_alone() {
        // 하 (U+D558) is in the range; 안녕 and 세요 are not, so the text is Korean.
        assert_eq!(restored("안녕하세요 퐀퐋퐄"), "안녕하세요 퐀퐋퐄");
        assert_eq!(restored("wkwk 하하하 lucu"), "wkwk 하하하 lucu");
        assert_eq!(restored("halo 하"), "halo 하");
        assert_eq!(restored("해피 ulang tahun"), "해피 ulang tahun");
        assert_eq!(restored("plain text"), "plain text");
    }
}
