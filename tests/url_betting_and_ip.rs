//! Betting sites named after their wager (`src/url/betting.rs`, through `url.gambling-host`)
//! and pages on a bare public IP address (`src/url/addr.rs`, `url.ip-host`), judged through
//! the whole engine, beside the honest addresses that share their letters or their shape.
//!
//! The URLs are written for this test in the shapes such sites take, not copied from the
//! evaluation data.

mod common;

use common::{assert_below, assert_warned_with};
use waspada::{Engine, Level};

#[test]
fn betting_mirrors_and_kits_on_public_addresses_warn() {
    let engine = Engine::with_default_pack().expect("default pack");
    assert_warned_with(
        &engine,
        &[
            // Mirrors of blocked betting sites on free hosting: "giriş adresi" is Turkish
            // for "entry address", "bahis" for betting.
            (
                "http://contohbetgirisadresi.blogspot.com/",
                "url.gambling-host",
            ),
            ("https://superbahis912.blogspot.com/", "url.gambling-host"),
            ("http://360betper.blogspot.com", "url.gambling-host"),
            ("https://kilatbet.example.com/daftar", "url.gambling-host"),
            ("https://777casino-online.example/", "url.gambling-host"),
            // Judgement call: a licensed bookmaker's name is betting too, and online betting
            // is illegal in Indonesia, so bet365-style names warn as gambling.
            ("https://www.bet365.example/", "url.gambling-host"),
            // Pages on a rented server's bare address, with and without a login word.
            ("http://45.76.12.34/secure/login.php", "url.ip-host"),
            ("http://45.76.12.34/kliping/", "url.ip-host"),
            ("http://[2a01:4f8:1c1c::1]/verify/", "url.ip-host"),
        ],
    );
}

#[test]
fn words_holding_bet_and_home_addresses_stay_quiet() {
    let engine = Engine::with_default_pack().expect("default pack");
    let urls = [
        // A home router's and an office server's admin pages: no one's lure.
        "http://192.168.0.1/login.html",
        "http://192.168.1.1/",
        "http://10.0.0.138:8080/cgi-bin/luci",
        "http://127.0.0.1:3000/login",
        "http://[::1]/admin/",
        // Words holding "bet" or "casino", and a Turkish student-login subdomain ("giriş").
        "https://abc.xyz/",
        "https://www.alphabet.example/investors/",
        "https://www.betterhelp.example/get-started/",
        "https://between-the-lines.example.com/",
        "https://www.tibet.example.org/",
        "https://beta.example.com/signin",
        "https://resepsherbet.blogspot.com/",
        "https://www.casinocitytimes.example/news/",
        "https://ogrencigiris.example.edu.tr/",
        // A real blog on free hosting.
        "https://catatanbelajarkimia.blogspot.com/2019/05/stoikiometri.html",
    ];
    assert_below(&engine, &urls, Level::Caution, &["url.gambling-host"]);
}

/// Togel and slot sites named the way they come by the thousand: a word, a town or two letters
/// with "toto" after it, a togel market's place with "pools" or "lottery", poker, "bukti JP" (proof of a jackpot), result charts (`paito`), a market's "pools",
/// "hoki" or "naga" beside a number; and the honest names around them.
#[test]
fn judol_names_warn_and_their_neighbours_stay_quiet() {
    let engine = Engine::with_default_pack().expect("default pack");
    assert_warned_with(
        &engine,
        &[
            ("https://kebunrayatoto.com/", "url.gambling-host"),
            ("https://buktijp-harian.net/", "url.gambling-host"),
            ("https://paitowarna-sdy.org/", "url.gambling-host"),
            ("https://hkpools-live.info/", "url.gambling-host"),
            ("https://gudanghoki77.com/", "url.gambling-host"),
            ("https://naga303-resmi.net/", "url.gambling-host"),
            ("https://rtpjitu-harian.com/", "url.gambling-host"),
            // Two letters or more before "toto"; togel markets named after a place; poker.
            ("https://bwtoto.live/", "url.gambling-host"),
            ("https://dentoto-resmi.id/", "url.gambling-host"),
            ("https://tokyopools.com/", "url.gambling-host"),
            ("https://bandung-pools.com/hasil", "url.gambling-host"),
            ("https://kanagawalottery.com/", "url.gambling-host"),
            ("https://masukkudapoker.space/", "url.gambling-host"),
            // The same words across hyphens.
            ("https://rtp-slot-live.com/", "url.gambling-host"),
            ("https://situs-judi-terpercaya.site/", "url.gambling-host"),
            ("https://hk-pools.info/", "url.gambling-host"),
            // A judol brand's number on a cheap ending.
            ("https://gerbang99.sbs/", "url.gambling-host"),
            ("https://link-aksara4d.xyz/", "url.gambling-host"),
            // …with a mirror's tag after it, and on the other endings judol sites use.
            ("https://alfabet99win.online/", "url.gambling-host"),
            ("https://agen77g.lat/", "url.gambling-host"),
            ("https://mpo88.pro/", "url.gambling-host"),
            ("https://garuda4dp.shop/", "url.gambling-host"),
            // Offices' and associations' names with a regency's, bought by the thousand.
            ("https://pafikabsubang.org/", "url.judol-campaign-host"),
            ("https://dlhacehtengah.org/", "url.judol-campaign-host"),
        ],
    );
    let urls = [
        "https://www.toto.com/en/products",
        "https://totolive.sportstoto.com.my/",
        "https://www.photo-tour.example/",
        "https://nagaland.gov.in/",
        "https://hokiresto.example.com/menu",
        "https://swimmingpools.example.com/",
        "https://bluehavenpools.example.com/",
        "https://www.singaporepools.com.sg/",
        "https://www.floridalottery.com/",
        "https://www.lotto-sport.example/",
        "https://ototo.example.jp/",
        "https://poker.wikia.com/wiki/Texas_hold_%27em",
        "https://slot-car-club.example.com/",
        "https://toto-washlet.example.co.id/",
        "https://www.rtp.pt/play/",
        // The same numbers on ordinary endings, or not ending a name.
        "https://www.guru99.com/",
        "https://studio88.co.id/",
        "https://shop365.example.com/",
        "https://route88-motel.com/",
        "https://88keys.xyz/",
        "https://pafi.or.id/",
        "https://dlh.bandungkab.go.id/",
        "https://kedai88.my/",
        "https://toko88jaya.com/",
        "https://rudy88.github.io/",
        "https://office365.io/",
        "https://reunion1988.co/",
        "https://route88-motel.info/",
    ];
    assert_below(&engine, &urls, Level::Warning, &["url.gambling-host"]);
}
