//! The name a short link was given: `bit.ly/klaim-dana-kaget-2025`, `s.id/BansosBLT2025`,
//! `cutt.ly/brimo-tarif`.
//!
//! A shortener's host says nothing about where a link goes, and a custom name is the only name
//! such a link has: scammers pick one that reads like the brand's own notice
//! (`tinyurl.com/bca-update-tarif`). It is judged as a host label would be, by the same brand
//! index (`url::brands`), split into words at hyphens, underscores, dots and changes of case.

use super::ParsedUrl;

/// Longest short-link name looked at: custom names are a few words.
const MAX_NAME: usize = 64;

/// Words of news, warnings and guides, which name an app file to warn about it or explain it
/// (`s.id/waspada-penipuan-apk-undangan`, a fact check's or a newsroom's short link).
const NEWS_WORDS: &[&str] = &[
    "waspada", "awas", "bahaya", "penipuan", "modus", "hoaks", "hoax", "berita", "fakta", "scam",
    "cara", "tips",
];

/// The signal a short link's name raises whatever brand it names (`names`: its
/// [`short_link_name`]): `url.shortener-gambling` for a name made only of judol words
/// (`bit.ly/slotgacor-88`, `linktr.ee/situsgacor`; the test of judol pages planted on
/// institutions' sites, `url::institution`), `url.shortener-apk` for one with the word "apk"
/// (`s.id/undangan-pernikahan-apk`, `cutt.ly/tagihan-pln-apk`) outside news and warnings.
/// Banks, offices, couriers and wedding invitations send no app file through a short link in
/// Indonesia: such links are how the SMS-stealing APKs spread.
pub fn telling_name(url: &ParsedUrl, names: &[String; 2]) -> Option<&'static str> {
    let segment = super::split_at_byte(url.url.path(), b'/').find(|s| !s.is_empty())?;
    if super::institution::judol_slug(segment) {
        return Some("url.shortener-gambling");
    }
    let says = |word: &str| names.iter().any(|n| has_piece(n, word));
    let apk = says("apk") && !NEWS_WORDS.iter().any(|w| says(w));
    apk.then_some("url.shortener-apk")
}

/// Whether `word` is a whole piece of `name` (a short link's name in [`short_link_name`]'s
/// spelling): between its ends, hyphens and digits. Bytes compared in place: names are short.
fn has_piece(name: &str, word: &str) -> bool {
    let (n, w) = (name.as_bytes(), word.as_bytes());
    let letter = |i: usize| n.get(i).is_some_and(u8::is_ascii_alphabetic);
    (0..n.len())
        .any(|i| n[i..].starts_with(w) && (i == 0 || !letter(i - 1)) && !letter(i + w.len()))
}

/// The custom name of a short link (its first path segment), written as host labels are: lower
/// case, its words joined by hyphens. Two spellings, since case changes split names two ways:
/// at a lower-case letter before a capital only (`BRImoTarif` → `brimo-tarif`), and also
/// before the last capital of a run followed by lower-case letters (`BCAUpdate` →
/// `bca-update`). `None` without a name of letters (`bit.ly/`, `bit.ly/3792`).
pub fn short_link_name(url: &ParsedUrl) -> Option<[String; 2]> {
    let path = url.url.path();
    let name = super::split_at_byte(path, b'/').find(|s| !s.is_empty())?;
    if name.len() > MAX_NAME || !name.bytes().any(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    Some([words(name, false), words(name, true)])
}

/// `name` in lower case with a hyphen between its words; with `acronyms`, an upper-case run
/// followed by a capitalised word is cut before that word (`BCAUpdate`).
fn words(name: &str, acronyms: bool) -> String {
    let b = name.as_bytes();
    let mut out = String::with_capacity(b.len() + 8);
    for (i, &c) in b.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
            continue;
        }
        let prev = i.checked_sub(1).map(|p| b[p]);
        let next = b.get(i + 1).copied();
        let cut = c.is_ascii_uppercase()
            && prev.is_some_and(|p| {
                p.is_ascii_lowercase()
                    || (acronyms
                        && p.is_ascii_uppercase()
                        && next.is_some_and(|n| n.is_ascii_lowercase()))
            });
        if cut && !out.ends_with('-') {
            out.push('-');
        }
        out.push(char::from(c.to_ascii_lowercase()));
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(u: &str) -> Option<[String; 2]> {
        let list = crate::url::suffix::tests::list("ly id com");
        short_link_name(&ParsedUrl::parse(u, &list).expect("valid"))
    }

    #[test]
    fn custom_names_split_into_words() {
        let [plain, acronyms] = name("https://s.id/BansosBLT2025").unwrap();
        assert_eq!(plain, "bansos-blt2025");
        assert_eq!(acronyms, "bansos-blt2025");
        let [plain, acronyms] = name("https://bit.ly/BRImoTarif").unwrap();
        assert_eq!(plain, "brimo-tarif");
        assert_eq!(acronyms, "br-imo-tarif");
        let [plain, acronyms] = name("https://bit.ly/BCAUpdate_Tarif").unwrap();
        assert_eq!(plain, "bcaupdate-tarif");
        assert_eq!(acronyms, "bca-update-tarif");
        assert_eq!(
            name("https://bit.ly/klaim-dana-kaget-2025/x").unwrap()[0],
            "klaim-dana-kaget-2025"
        );
    }

    fn telling(u: &str) -> Option<&'static str> {
        let list = crate::url::suffix::tests::list("ly id com");
        let url = ParsedUrl::parse(u, &list).expect("valid");
        telling_name(&url, &short_link_name(&url)?)
    }

    #[test]
    fn judol_and_apk_names_tell() {
        let gambling = Some("url.shortener-gambling");
        assert_eq!(telling("https://bit.ly/slotgacor-88"), gambling);
        assert_eq!(telling("https://s.id/SitusTotoResmi"), gambling);
        let apk = Some("url.shortener-apk");
        assert_eq!(telling("https://s.id/undangan-pernikahan-apk"), apk);
        assert_eq!(telling("https://cutt.ly/TagihanPLN_APK"), apk);
        assert_eq!(telling("https://bit.ly/APKUndangan"), apk);
        assert_eq!(telling("https://s.id/apk-resmi"), apk);
        // Time slots, plain names, news and warnings, and words that only hold "apk".
        assert_eq!(telling("https://s.id/slot-2"), None);
        assert_eq!(telling("https://s.id/undangan-rapat-rt"), None);
        assert_eq!(telling("https://bit.ly/daftar-kkn-2025"), None);
        assert_eq!(telling("https://s.id/waspada-penipuan-apk-undangan"), None);
        assert_eq!(telling("https://bit.ly/cara-cek-apk-palsu"), None);
        assert_eq!(telling("https://bit.ly/apkpure"), None);
        assert_eq!(telling("https://bit.ly/3AbCdEf"), None);
    }

    #[test]
    fn no_name_no_words() {
        assert_eq!(name("https://bit.ly/"), None);
        assert_eq!(name("https://bit.ly/3792"), None);
        assert_eq!(name(&format!("https://bit.ly/{}", "a".repeat(100))), None);
    }
}
