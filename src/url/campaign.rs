//! Judol sites registered under the names of Indonesian offices and associations, one per
//! regency or city: `dlhacehtengah.org` (an environment office, Dinas Lingkungan Hidup),
//! `pafikabsubang.org` (the pharmacists' association, PAFI), `adobsiacehbarat.id`,
//! `ypcibandung.org`. Such names are bought by the thousand and filled with slot pages, so
//! that searches for the office or the town lead to them. The real offices live under `go.id`
//! and the real associations under `or.id` (`pafi.or.id`), which this check leaves alone.
//!
//! Measured 2026-11-30 on BrigsLabs' judol list (read only, never packed): of the 70 % used
//! for choosing, 1,054 domains that nothing else flags carry such a name (444 of the 30 %
//! held out); among the legitimate URLs of urls.jsonl, the top 500, the links of the benign
//! pages and BrigsLabs' whitelist, none.

use super::ParsedUrl;

/// The names the campaigns copy, each followed by a place (`kab`/`kota` and a regency or city
/// name): an office that is always on `go.id` and associations whose branches are not
/// separate domains.
const COPIED_NAMES: &[&[u8]] = &[b"dlh", b"pafi", b"adobsi", b"ypci"];

/// Letters that must follow a copied name: a place name, not the association's own domain
/// (`adobsi.id`) nor a word that merely starts the same way.
const MIN_PLACE_LETTERS: usize = 4;

/// Where the real offices and associations are, and where a name like theirs is theirs.
const OWN_SUFFIXES: &[&str] = &["go.id", "or.id", "ac.id", "sch.id", "desa.id"];

/// The copied name and its place (`pafikabsubang`) when the host is one of these campaigns'.
pub fn judol_campaign_host(url: &ParsedUrl) -> Option<String> {
    if url.is_ip || OWN_SUFFIXES.iter().any(|s| url.is_under(s)) {
        return None;
    }
    let head = url.head();
    super::kit::letter_runs(head.as_bytes())
        .find(|run| {
            COPIED_NAMES
                .iter()
                .any(|name| run.len() >= name.len() + MIN_PLACE_LETTERS && run.starts_with(name))
        })
        .map(|run| String::from_utf8_lossy(run).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(u: &str) -> Option<String> {
        let list = crate::url::suffix::tests::list("com org id co.id go.id or.id");
        judol_campaign_host(&ParsedUrl::parse(u, &list).expect("valid"))
    }

    #[test]
    fn copied_names_with_a_place() {
        assert_eq!(
            hit("https://dlhacehtengah.org/").as_deref(),
            Some("dlhacehtengah")
        );
        assert_eq!(
            hit("https://pafikabsubang.org/").as_deref(),
            Some("pafikabsubang")
        );
        assert!(hit("https://www.adobsiacehbarat.id/slot").is_some());
        assert!(hit("https://ypcibandung.org/").is_some());
        assert!(
            hit("https://kreativewebstudio.pafi-ungaran.org/").is_none(),
            "a dash between"
        );
    }

    #[test]
    fn the_real_ones_and_lookalike_words_stay_quiet() {
        assert!(hit("https://pafi.or.id/").is_none());
        assert!(hit("https://bogor.pafi.or.id/").is_none());
        assert!(hit("https://dlh.bandungkab.go.id/").is_none());
        assert!(hit("https://adobsi.id/").is_none());
        assert!(
            hit("https://www.dlhs.org/").is_none(),
            "too short for a place"
        );
    }
}
