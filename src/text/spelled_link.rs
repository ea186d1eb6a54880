//! Links spelled out so that filters and link previews miss them: `rajapelangi . fun`,
//! `pintujaya dot lol`, `ombakhoki (dot) com`, `jp777 titik net`.
//!
//! Comment sections and chat apps turn `name.tld` into a link, and platforms delete comments
//! with links; judol spam and scam recruiters write the dot as a spaced period or a word so
//! the address survives. Honest people paste the link as it is. What is found here is the
//! host put back together, for the engine to judge like any other link, and the place in the
//! text where it was written, to quote as evidence.

use std::ops::Range;

/// How a dot is written out between a name and its ending.
const DOT_WORDS: [&str; 5] = ["dot", "(dot)", "[dot]", "titik", "(titik)"];

/// Endings the spelt-out form is looked for with: the generic ones spam uses. Not `me`, `to`,
/// `in`, `co`, `is`, `it`, `so` or `us`, which are also words ("thank u . me too").
/// Not `org` either: in Indonesian and Malay chat it is "orang" (`cerita . org su kena`).
const ENDINGS: [&str; 33] = [
    "com", "net", "id", "xyz", "top", "vip", "fun", "lol", "site", "online", "store", "shop",
    "live", "club", "info", "biz", "cc", "asia", "pro", "link", "click", "win", "bet", "icu",
    "cyou", "buzz", "sbs", "life", "world", "app", "io", "ws", "cfd",
];

/// Mail services: `budi.santoso at gmail dot com` is an address someone dictates, not a link.
const MAIL_HOSTS: [&str; 6] = ["gmail", "yahoo", "ymail", "hotmail", "outlook", "icloud"];

/// A name before the dot: 4 to 40 ASCII letters, digits or hyphens, with at least one letter
/// ("the dot com era" has a three-letter name and is prose). People who talk *about* endings
/// put a word before them (`linknya .com bukan .go.id`, `some .vip site`); spam names are
/// compounds (`rajapelangi`, `gacorberkah`) or carry a number (`hoki88`), so a name needs a
/// digit, a hyphen or eight letters.
fn is_name(word: &str) -> bool {
    let compound = word.len() >= 8 || word.bytes().any(|b| b.is_ascii_digit() || b == b'-');
    (4..=40).contains(&word.len())
        && compound
        && word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && word.bytes().any(|b| b.is_ascii_alphabetic())
        && !word.starts_with('-')
        && !word.ends_with('-')
        && !MAIL_HOSTS.iter().any(|m| word.eq_ignore_ascii_case(m))
}

/// The ending after the dot, with any path or closing punctuation cut off; `None` unless it
/// is one of [`ENDINGS`].
fn ending(word: &str) -> Option<&'static str> {
    let end = word
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(word.len());
    let rest = &word[end..];
    // "fun/daftar" and "fun!" end the host; "fun2" or "funny" do not.
    if !(rest.is_empty() || rest.starts_with(['/', '.', ',', '!', '?', ')', ':', ';'])) {
        return None;
    }
    let lower = word[..end].to_ascii_lowercase();
    ENDINGS.iter().copied().find(|e| *e == lower)
}

/// "Online", not "online" or "ONLINE".
fn is_title_case(word: &str) -> bool {
    let mut letters = word.chars().take_while(char::is_ascii_alphabetic);
    letters.next().is_some_and(|c| c.is_ascii_uppercase())
        && letters.any(|c| c.is_ascii_lowercase())
}

/// One link spelled out: the host put back together and where it is in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpelledLink {
    /// The host as a link would have it, lower case (`rajapelangi.fun`).
    pub host: String,
    /// Byte range in the text, from the name to the end of the ending.
    pub range: Range<usize>,
}

/// The links spelled out in `text`, at most `limit` of them.
pub fn spelled_links(text: &str, limit: usize) -> Vec<SpelledLink> {
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < words.len() && found.len() < limit {
        let (start, name) = words[i];
        let (sep_at, sep) = words[i + 1];
        // "name . tld" / "name dot tld": the dot as a word of its own.
        let spaced = sep == "." || DOT_WORDS.iter().any(|d| sep.eq_ignore_ascii_case(d));
        let (tail_at, tail) = if spaced {
            match words.get(i + 2) {
                Some(&w) => w,
                None => break,
            }
        } else if let Some(glued) = sep.strip_prefix('.') {
            // "name .tld": a space before the dot and none after.
            (sep_at + 1, glued)
        } else {
            i += 1;
            continue;
        };
        // After a spaced period, a capitalised word starts a sentence ("Harga naik . Online
        // shop tutup"); spam writes the ending in lower case or capitals.
        let sentence = sep == "." && is_title_case(tail);
        if is_name(name) && !sentence {
            if let Some(end) = ending(tail) {
                let host = format!("{}.{end}", name.to_ascii_lowercase());
                found.push(SpelledLink {
                    host,
                    range: start..tail_at + end.len(),
                });
                i += if spaced { 3 } else { 2 };
                continue;
            }
        }
        i += 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hosts(text: &str) -> Vec<String> {
        spelled_links(text, 8).into_iter().map(|l| l.host).collect()
    }

    #[test]
    fn finds_the_dot_written_as_a_word_or_a_spaced_period() {
        assert_eq!(hosts("cek 👉 rajapelangi . fun"), ["rajapelangi.fun"]);
        assert_eq!(hosts("daftar di pintujaya dot lol ya"), ["pintujaya.lol"]);
        assert_eq!(hosts("OMBAKHOKI (dot) com/daftar"), ["ombakhoki.com"]);
        assert_eq!(hosts("link jp777 titik net!"), ["jp777.net"]);
        assert_eq!(hosts("buka kilat88 .vip sekarang"), ["kilat88.vip"]);
    }

    #[test]
    fn quotes_the_words_as_written() {
        let text = "cek rajapelangi . fun sekarang";
        let link = &spelled_links(text, 8)[0];
        assert_eq!(&text[link.range.clone()], "rajapelangi . fun");
        let text = "daftar di pintujaya dot lol/ref";
        let link = &spelled_links(text, 8)[0];
        assert_eq!(&text[link.range.clone()], "pintujaya dot lol");
    }

    #[test]
    fn leaves_prose_and_plain_links_alone() {
        // Ordinary links are the link finder's; sentences and short words are prose.
        assert!(hosts("daftar di rajapelangi.fun").is_empty());
        assert!(hosts("the dot com bubble burst in 2000").is_empty());
        assert!(hosts("It was great. fun times").is_empty());
        assert!(hosts("thank you . me too").is_empty());
        assert!(hosts("Harga naik . Online shop tutup").is_empty());
        assert!(hosts("skor akhir 2 . 1 untuk tuan rumah").is_empty());
        assert!(hosts("polka dot dress").is_empty());
        assert!(hosts("aku dapet sms, linknya .com bukan .go.id").is_empty());
        assert!(hosts("cerita . org su kena tahan").is_empty());
        assert!(hosts("kirim ke budisantoso at gmail dot com").is_empty());
    }

    #[test]
    fn stops_at_the_limit() {
        let text = "satu1 . com dua22 . com tiga3 . com";
        assert_eq!(spelled_links(text, 2).len(), 2);
    }
}
