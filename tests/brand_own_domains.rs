//! Everyday links never warn, and the brands' own second domains (regional shops, mail, media
//! and infrastructure hosts, a bank's second site) are never their lookalikes, while the same
//! names on a scammer's ending or beside lure words still warn. Before these were listed, 60
//! domains of the TrustPositif mirror's and BrigsLabs' whitelists of known-good domains warned,
//! among them shopee.com.my, lazada.sg, maybank2u.com.my, facebookmail.com and media-amazon.com.

mod common;

use common::{assert_below, assert_warned_with};
use waspada::{Engine, Level};

/// The URLs of a fixture under `tests/fixtures/urls/`, one a line (`#` starts a comment line).
fn fixture_urls(name: &str) -> Vec<String> {
    let path = format!("{}/tests/fixtures/urls/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path)
        .expect("fixture")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

#[test]
fn brands_own_domains_never_warn() {
    let engine = Engine::with_default_pack().expect("default pack");
    let urls = fixture_urls("brand-owned.txt");
    assert!(urls.len() >= 50, "fixture read: {}", urls.len());
    let urls: Vec<&str> = urls.iter().map(String::as_str).collect();
    assert_below(&engine, &urls, Level::Warning, &[]);
}

#[test]
fn the_same_names_on_a_scammers_ending_still_warn() {
    let engine = Engine::with_default_pack().expect("default pack");
    assert_warned_with(
        &engine,
        &[
            // A cheap or generic ending is not a country site.
            ("https://shopee.xyz/", "url.brand-lookalike"),
            ("https://lazada.top/promo", "url.brand-lookalike"),
            ("https://tiktok.click/", "url.brand-lookalike"),
            // Lure words beside the name, on any ending.
            ("https://shopee-hadiah.com.my/", "url.brand-lookalike"),
            ("https://lazada-voucher.sg/", "url.brand-lookalike"),
            ("https://blibli-promo.co.id/", "url.brand-lookalike"),
            ("https://bni-verifikasi.co.id/", "url.brand-lookalike"),
            ("https://poinbankbtn.co.id/", "url.brand-lookalike"),
            // Open Indonesian endings are anyone's.
            ("https://blibli.web.id/", "url.brand-lookalike"),
            ("https://traveloka.my.id/", "url.brand-lookalike"),
            // The official domain in front of another one.
            (
                "https://shopee.co.id.klaim-hadiah.com/",
                "url.brand-in-subdomain",
            ),
            // A country ending inside the host, other than "id".
            (
                "https://login.ebay.de.secure-check.com/",
                "url.tld-inside-host",
            ),
        ],
    );
}

#[test]
fn everyday_links_never_warn() {
    let engine = Engine::with_default_pack().expect("default pack");
    let urls = fixture_urls("everyday-links.txt");
    assert!(urls.len() >= 150, "fixture read: {}", urls.len());
    let urls: Vec<&str> = urls.iter().map(String::as_str).collect();
    assert_below(&engine, &urls, Level::Warning, &["url.email-in-query"]);
}
