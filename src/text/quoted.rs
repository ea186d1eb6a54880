//! Quoted passages of a message: where someone repeats words they received.
//!
//! People who ask whether a message is a scam, or warn others about one, quote it: "Ma ini
//! bener? 'Selamat Anda penerima Bansos, daftar di link'", "Got an SMS: 'Pre-approved loan, no
//! credit check'. Ignoring it." When every scam phrase of a message sits inside such quotes and
//! the sender adds words of their own, the message is about a scam rather than one
//! (`Engine::text_rules` then dampens its text evidence; its links are judged all the same).

use std::ops::Range;

/// At most this many quoted passages are looked for: a message holds a few.
const MAX_SPANS: usize = 16;

/// Fewest words between the quote marks of a passage: a message repeated, not a word or a
/// phrase in scare quotes ('platform', 'kesalahan operasi', 'izinkan aksesibilitas'), which
/// scammers write themselves.
const MIN_QUOTED_WORDS: usize = 5;

/// The closing marks that end a passage opened by `open`, if `open` opens one.
fn closers(open: char) -> Option<&'static [char]> {
    match open {
        '\'' => Some(&['\'', '’']),
        '"' => Some(&['"', '”']),
        '‘' => Some(&['’']),
        '“' => Some(&['”', '"']),
        '«' => Some(&['»']),
        _ => None,
    }
}

/// The quoted passages of `text` (byte ranges inside the marks), in order. A mark opens a
/// passage after a space or punctuation and before a non-space; it closes one after a
/// non-space and before a non-letter, so the apostrophes of "don't" and "it's" do neither.
pub fn quoted_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut before: Option<char> = None;
    while let Some((at, c)) = chars.next() {
        let opens = closers(c).filter(|_| {
            !before.is_some_and(char::is_alphanumeric)
                && chars.peek().is_some_and(|&(_, next)| !next.is_whitespace())
        });
        before = Some(c);
        let Some(closing) = opens else {
            continue;
        };
        let start = at + c.len_utf8();
        let mut prev = c;
        let mut end = None;
        while let Some((at, c)) = chars.next() {
            // A passage ends with its line: a mark left open there pairs with nothing.
            if c == '\n' {
                before = Some(c);
                break;
            }
            let after_ok = chars
                .peek()
                .is_none_or(|&(_, next)| !next.is_alphanumeric());
            if closing.contains(&c) && !prev.is_whitespace() && after_ok {
                end = Some(at);
                before = Some(c);
                break;
            }
            prev = c;
        }
        let Some(end) = end else {
            continue; // an unclosed mark: no passage (the next line is read afresh)
        };
        if count_words(&text[start..end]) >= MIN_QUOTED_WORDS {
            spans.push(start..end);
            if spans.len() == MAX_SPANS {
                break;
            }
        }
    }
    spans
}

/// Words in `text`: runs of letters and digits with a letter in them (a voice note's "0:19"
/// is no word of the sender's).
fn count_words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// Whether `range` lies inside one of `spans`.
pub fn inside(spans: &[Range<usize>], range: &Range<usize>) -> bool {
    spans
        .iter()
        .any(|s| s.start <= range.start && range.end <= s.end)
}

/// Words of `text` outside `spans`: what the sender wrote around the quotes.
pub fn words_outside(text: &str, spans: &[Range<usize>]) -> usize {
    let mut words = 0;
    let mut from = 0;
    for s in spans
        .iter()
        .chain(std::iter::once(&(text.len()..text.len())))
    {
        words += count_words(text.get(from..s.start).unwrap_or_default());
        from = s.end;
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        quoted_spans(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn finds_passages_in_straight_and_curly_quotes() {
        assert_eq!(
            quoted("Ma ini bener? 'Selamat Anda penerima Bansos Kemensos' kayaknya tipu"),
            ["Selamat Anda penerima Bansos Kemensos"]
        );
        assert_eq!(
            quoted("Got an SMS: “Pre-approved loan, no credit check”. Ignoring it."),
            ["Pre-approved loan, no credit check"]
        );
        assert_eq!(
            quoted(
                "dapet \"paket anda tertahan, klik link\" sama 'undian berhadiah mobil dari bank'"
            ),
            [
                "paket anda tertahan, klik link",
                "undian berhadiah mobil dari bank"
            ]
        );
    }

    #[test]
    fn apostrophes_and_scare_quotes_are_no_passages() {
        assert!(quoted("I don't know, it's my mom's phone and she can't log in").is_empty());
        assert!(quoted("their 'platform' showed gains").is_empty());
        assert!(quoted("Akun kakak terkena 'kesalahan operasi', wajib isi ulang").is_empty());
        assert!(quoted("an unclosed 'quote that never ends").is_empty());
        // A passage does not run across lines.
        assert_eq!(
            quoted(
                "WALIMATUL 'URSY\nCara buka: jika muncul 'aplikasi tidak dikenal dari sumber ini' pilih"
            ),
            ["aplikasi tidak dikenal dari sumber ini"]
        );
        // A passage's apostrophe does not close it.
        assert_eq!(
            quoted("she got 'you've been selected as a winner' yesterday"),
            ["you've been selected as a winner"]
        );
    }

    #[test]
    fn counts_the_senders_own_words() {
        let voice = "[Pesan suara 0:19] \"Bu ini Nita, tolong ikutin aja apa kata bapak ini\"";
        assert_eq!(words_outside(voice, &quoted_spans(voice)), 2);
        let text = "Pa ini SMS 'Selamat nomor anda menang undian' bener gak?";
        assert_eq!(quoted(text), ["Selamat nomor anda menang undian"]);
        let spans = quoted_spans(text);
        assert_eq!(words_outside(text, &spans), 5);
        assert!(inside(&spans, &(12..19)));
        assert!(!inside(&spans, &(0..2)));
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in [
            "'",
            "''",
            "\"\"",
            "'a",
            "« »",
            "“”",
            "x'y'z",
            "'   '",
            "‘é’ñ’",
        ] {
            let spans = quoted_spans(text);
            for s in &spans {
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
            let _ = words_outside(text, &spans);
        }
    }
}
