//! Phone numbers shown with digits hidden (`0812 xxx xxx`, `08xx-xxxx-1234`, `0812-3***-**90`)
//! and OLX's "Tampilkan nomor" button. OLX masks every seller's number until asked, and some
//! sellers mask their own to slip past a marketplace's filters. A masked number alone is no
//! signal (OLX shows one on every listing page); a listing whose words invite the buyer to
//! "hubungi / WA langsung" beside one pushes the deal off the platform as surely as a full
//! number does, so it is read as the same `listing.off-platform-contact` signal.

use std::ops::Range;

use super::{Listing, has_phrase, simple_words};

/// Masked numbers looked at per text.
const MAX_NUMBERS: usize = 16;
/// Bytes before a masked number searched for an invitation, on the same line.
const WINDOW: usize = 40;

/// Words that, just before a number, invite the reader to contact it (`simple_words` form).
const INVITE: &[&str] = &[
    "hubungi", "hub", "kontak", "contact", "telp", "tlp", "telpon", "telepon", "call", "sms", "wa",
    "whatsapp", "chat", "cp",
];

/// Phrases that invite the buyer to contact the seller directly, off the app
/// (`simple_words` form). Not "chat langsung": a marketplace's own chat is also a chat.
const DIRECT: &[&str] = &[
    "hubungi langsung",
    "langsung hubungi",
    "wa langsung",
    "langsung wa",
    "whatsapp langsung",
    "langsung whatsapp",
    "telp langsung",
    "langsung telp",
    "telepon langsung",
    "langsung telepon",
    "hubungi wa",
    "chat wa",
    "via wa",
    "lewat wa",
    "wa aja",
    "wa saja",
];

/// What a marketplace's "reveal the number" button says (`simple_words` form).
const REVEAL: &[&str] = &["tampilkan nomor", "lihat nomor", "show number"];

const fn is_mask(c: char) -> bool {
    matches!(c, 'x' | 'X' | '*' | '•' | '●')
}

/// Byte ranges of the masked mobile numbers in `text`: an `08…` (or `+62 8…`, `628…`) number of
/// 9–14 characters, digits and at least two mask characters (`x`, `*`, `•`), with single
/// spaces, `-` or `.` between groups, standing as a word of its own.
pub fn masked_numbers(text: &str) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |j: usize| chars.get(j).map_or(text.len(), |&(b, _)| b);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() && out.len() < MAX_NUMBERS {
        let (start, c) = chars[i];
        let at_word_start = i == 0 || !chars[i - 1].1.is_alphanumeric();
        if !at_word_start || !matches!(c, '0' | '6' | '+') {
            i += 1;
            continue;
        }
        let mut shape = String::new();
        let mut j = if c == '+' { i + 1 } else { i };
        let mut last = j; // one past the last digit or mask character
        while let Some(&(_, ch)) = chars.get(j) {
            if ch.is_ascii_digit() || is_mask(ch) {
                shape.push(if is_mask(ch) { 'x' } else { ch });
                j += 1;
                last = j;
            } else if matches!(ch, ' ' | '-' | '.')
                && chars
                    .get(j + 1)
                    .is_some_and(|&(_, n)| n.is_ascii_digit() || is_mask(n))
            {
                j += 1;
            } else {
                break;
            }
        }
        let at_word_end = chars.get(last).is_none_or(|&(_, n)| !n.is_alphanumeric());
        if at_word_end && is_masked_phone(&shape) {
            out.push(start..end_of(last));
            i = last;
        } else {
            i = last.max(i + 1);
        }
    }
    out
}

/// Whether digits-and-`x` `shape` is a mobile number with some digits hidden.
fn is_masked_phone(shape: &str) -> bool {
    let local = match shape.strip_prefix("62") {
        Some(rest) => format!("0{rest}"),
        None => shape.to_string(),
    };
    let hidden = local.bytes().filter(|&b| b == b'x').count();
    local.starts_with("08") && (9..=14).contains(&local.len()) && hidden >= 2
}

/// The off-platform contact a listing pushes with a masked number, as evidence: a masked
/// number in the title or description right after an invitation (`WA 0812 xxx xxx`), or words
/// inviting direct contact (`WA langsung`) on a listing showing a masked number or a
/// "Tampilkan nomor" button. `None` for a masked number alone.
pub fn masked_contact(listing: &Listing) -> Option<String> {
    for text in [&listing.title, &listing.description] {
        for range in masked_numbers(text) {
            let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
            let mut from = range.start.saturating_sub(WINDOW).max(line_start);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let before = &text[from..range.start];
            let words = simple_words(before);
            if let Some(w) = INVITE.iter().find(|w| has_phrase(&words, w)) {
                let at = before.to_ascii_lowercase().rfind(w).unwrap_or(0);
                return Some(format!("{}{}", &before[at..], &text[range]));
            }
        }
    }
    let words = simple_words(&format!("{}\n{}", listing.title, listing.description));
    let invite = DIRECT.iter().find(|p| has_phrase(&words, p))?;
    let shown = listing
        .contacts
        .iter()
        .chain([&listing.description])
        .find_map(|c| {
            if let Some(r) = masked_numbers(c).into_iter().next() {
                return Some(c[r].to_string());
            }
            let words = simple_words(c);
            REVEAL
                .iter()
                .find(|p| has_phrase(&words, p))
                .map(|p| (*p).to_string())
        })?;
    Some(format!("{invite} ({shown})"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        masked_numbers(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn masked_numbers_in_their_usual_shapes() {
        assert_eq!(
            found("WA 0812 xxx xxx, atau 08xx-xxxx-1234 / +62 812-3***-**90."),
            ["0812 xxx xxx", "08xx-xxxx-1234", "+62 812-3***-**90"]
        );
        assert_eq!(found("0812•••••789"), ["0812•••••789"]);
    }

    #[test]
    fn plain_numbers_prices_and_codes_are_not_masked_numbers() {
        assert!(found("WA 0812-3456-7890").is_empty(), "nothing hidden");
        assert!(found("Rp 12.xxx.xxx nego").is_empty(), "an amount");
        assert!(found("seri 08xx").is_empty(), "too short");
        assert!(found("kode A0812xxxx123").is_empty(), "inside a word");
        assert!(
            found("ukuran 0812xxx123abc").is_empty(),
            "runs into letters"
        );
    }
}
