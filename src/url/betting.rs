//! Host names of international betting sites, beside the Indonesian judol words of
//! [`super::kit::gambling_host`]: `bet` beside a number or another gambling word
//! (`180betper`, `bet88`, `slotbet`), a name ending in `bet` (`sultanbet`), the Turkish word
//! for betting (`bahis`), `casino` beside a number or such a word, and the Turkish "entry
//! address" of a blocked betting site's mirror (`elexbetgirisadresi`).
//!
//! Mirrors of blocked betting sites are put up by the hundred on free hosting and throw-away
//! domains under such names (in Indonesia the judol operators name theirs the same way:
//! `sbobet88`, `asiabet`). English and other words holding `bet` (`alphabet`, `between`,
//! `better`, `tibet`, `beta`, `beton`) do not count.
//!
//! With these words `url.gambling-host` names 3,442 of the 37,221 BrigsLabs judol domains
//! rather than 2,557; of the 5,715 URLs labelled legitimate in urls.jsonl it adds one,
//! `johnnybet.com`, a betting-tips site (the top 500 sites and the whitelists: none).

/// Words that come right after `bet` in ordinary words (`better`, `between`, `betty`,
/// `bethel`, `beta`, `betray`, `beton`, concrete in several languages): such a `bet` is not
/// a wager.
const NOT_AFTER_BET: &[&str] = &["ter", "ween", "ty", "h", "a", "ray", "on"];

/// What comes right before `bet` in ordinary words ending with it: `alphabet`, `alfabet`,
/// `arpabet`, `sherbet`, `barbet`, `tibet`, `sorbet`, `gibbet`, `ribbet`, Turkish `sohbet` (a chat),
/// Russian `diabet` (diabetes), the name Lisbet.
const NOT_BEFORE_BET: &[&str] = &[
    "ha", "fa", "pa", "he", "sher", "bar", "ti", "sor", "b", "soh", "dia", "lis",
];

/// Gambling words that make a `bet` or `casino` beside them a wager: `betgiris`,
/// `slotbet`, `casinobonus`, `bet-online`. "gir" and "giris" are Turkish for "enter" and
/// "entry", the words of a betting mirror's name.
const BET_NEIGHBOURS: &[&str] = &[
    "giris", "gir", "bahis", "casino", "slot", "vip", "online", "bonus", "resmi", "daftar",
    "situs", "agen", "bola", "poker", "toto", "judi", "sport",
];

/// Words that name betting and nothing else in a host: Turkish "bahis" (betting) and the
/// Turkish "giriş adresi" (entry address) / "güncel giriş" (current entry) of a blocked
/// betting site's mirror.
const BET_WORDS: &[&str] = &["bahis", "girisadres", "guncelgiris"];

use super::kit::{find_exact, letters, masks};

const BET_WORD_MASKS: [u32; BET_WORDS.len()] = masks(BET_WORDS);
const BET: u32 = letters(b"bet");
const CASINO: u32 = letters(b"casino");
const GIRIS: u32 = letters(b"giris");

/// Whether `host` (lower-case ASCII) is named after betting, by the words of this module.
/// `have` is the host's letters ([`super::kit::letters`]): a word whose letters are not all
/// there is not searched for, which rules out nearly every host before any search.
pub(crate) fn betting_host(host: &str, have: u32) -> bool {
    let h = host.as_bytes();
    let has = |need: u32| have & need == need;
    BET_WORDS
        .iter()
        .zip(BET_WORD_MASKS)
        .any(|(w, need)| has(need) && find_exact(h, w.as_bytes()).is_some())
        || (has(CASINO) && stem_with_neighbour(h, b"casino"))
        || (has(BET)
            && (0..h.len())
                .any(|at| h[at] == b'b' && h[at..].starts_with(b"bet") && is_wager(h, at)))
        || (has(GIRIS) && turkish_entry(host))
}

/// Whether the `bet` at `at` in `h` is a wager: not inside an ordinary word, and beside a
/// number or a gambling word, or ending a name (`sultanbet.x`, `resbet-1.x`).
fn is_wager(h: &[u8], at: usize) -> bool {
    let (before, after) = (&h[..at], &h[at + 3..]);
    if NOT_AFTER_BET
        .iter()
        .any(|w| after.starts_with(w.as_bytes()))
        || NOT_BEFORE_BET
            .iter()
            .any(|w| before.ends_with(w.as_bytes()))
    {
        return false;
    }
    // A name ending in `bet`, with a name before it (not the words "bet" and "abet").
    let named = before.len() >= 2
        && before[before.len() - 2..]
            .iter()
            .all(u8::is_ascii_alphanumeric);
    let ends_name = after.first().is_none_or(|b| matches!(b, b'.' | b'-')) && named;
    ends_name || beside_neighbour(before, after)
}

/// `stem` somewhere in `h` with a number or a [`BET_NEIGHBOURS`] word right beside it.
fn stem_with_neighbour(h: &[u8], stem: &[u8]) -> bool {
    (0..h.len()).any(|at| {
        h[at] == stem[0]
            && h[at..].starts_with(stem)
            && beside_neighbour(&h[..at], &h[at + stem.len()..])
    })
}

/// Whether `before` ends, or `after` starts, with a digit or a [`BET_NEIGHBOURS`] word, one
/// hyphen between them allowed (`live-casino-online`, `bet-88`), as for the judol words.
fn beside_neighbour(before: &[u8], after: &[u8]) -> bool {
    let before = before.strip_suffix(b"-").unwrap_or(before);
    let after = after.strip_prefix(b"-").unwrap_or(after);
    before.last().is_some_and(u8::is_ascii_digit)
        || after.first().is_some_and(u8::is_ascii_digit)
        || BET_NEIGHBOURS.iter().any(|n| {
            let n = n.as_bytes();
            before.ends_with(n) || after.starts_with(n)
        })
}

/// The Turkish "giriş" (entry) in a host label that also holds a betting word
/// (`betasusgiris5`, `casinogiris`): alone it is a login page's word (`ogrencigiris`, a
/// university's student login), beside `bet` it is a betting mirror.
fn turkish_entry(host: &str) -> bool {
    super::split_dots(host).any(|label| {
        label.contains("giris") && ["bet", "casino", "slot"].iter().any(|w| label.contains(w))
    })
}

#[cfg(test)]
mod tests {
    use super::{betting_host, letters};

    #[test]
    fn betting_sites_and_their_mirrors() {
        for host in [
            "180betper.blogspot.com",
            "elexbetgirisadresi.blogspot.com",
            "betasus022giris.blogspot.com",
            "grandbet2020.blogspot.com",
            "sultanbet.blogspot.com",
            "1xbet-mirror.example.com",
            "sbobet88.example",
            "asiabet.example.net",
            "superbahis555.example.com",
            "777casino.example",
            "casinobonus-online.example",
            "slotbet.example.org",
            "live-casino-online.example.com",
            "bet-online88.example",
        ] {
            assert!(betting_host(host, letters(host.as_bytes())), "{host}");
        }
    }

    #[test]
    fn words_that_hold_bet_or_casino_are_not_betting() {
        for host in [
            "abc.xyz",
            "www.alphabet.com",
            "www.betterhelp.com",
            "between2worlds.example.com",
            "tibet.example.org",
            "sorbet-shop.example",
            "beta2.example.com",
            "bethel1.example.org",
            "diabetes2.example.org",
            "diabet.example.ru",
            "abet.example.com",
            "goruntulusohbet.example.com.tr",
            "ribbet.example.org",
            "sherbet.example.com",
            "barbet.example.net",
            "beton24.example.de",
            "www.casinocitytimes.com",
            "casinodeparis.example.fr",
            "ogrencigiris.example.edu.tr",
            "girish.blogspot.com",
            "bet.example.com",
            "www.adulttubetwink.com",
            "casino-de-paris.example.fr",
            "grand-casino-hotel.example.com",
        ] {
            assert!(!betting_host(host, letters(host.as_bytes())), "{host}");
        }
    }
}
