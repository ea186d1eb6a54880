//! Phishing kits on hacked ordinary sites, judged by their URL alone, against ordinary pages
//! that share one trait with them.
//!
//! The URLs are written for this test (hosts under example domains, paths in the shapes kits
//! take), not copied from the evaluation data: a kit must be warned about through a
//! combination of traits, or a trait no real page has; an ordinary page with one weak trait
//! (a login word, a hex id, a brand in an article title) must not be.

mod common;

use common::{assert_below, assert_warned_with};
use waspada::{Engine, Level};

#[test]
fn kits_on_hacked_sites_are_warned_about_and_say_why() {
    let engine = Engine::with_default_pack().expect("default pack");
    let kits = [
        // WordPress's code folder: alone.
        (
            "http://bakery-sunrise.example.com/wp-includes/js/tinymce/x9/email.php",
            "url.cms-folder-page",
        ),
        // Another site's name as a folder, with a login page.
        (
            "http://toko-mebel.example.net/credit-agricole.fr/espace-client/login.php",
            "url.host-in-path",
        ),
        // A per-victim folder named by an MD5 digest.
        (
            "https://studio-foto.example.org/secure/5f2b9c0e7a1d43e8b6f0c2a9d4e7b1f3/",
            "url.victim-folder",
        ),
        // A random token and a login word.
        (
            "https://studio-foto.example.org/secure/knhmWSOc40J4X3DJCeXJ3v1oVrLP/",
            "url.random-path",
        ),
        // A copied service's folder and its sign-in page.
        (
            "http://bengkel-jaya.example.com/docusign/signin.html",
            "url.service-in-path",
        ),
        // The victim's address in the path, on a random folder.
        (
            "https://kebun.example.com/track/a8F3kLm9Qz2Xw7Rt5Yb1Nc/budi.santoso@mail.example.co.id",
            "url.victim-email",
        ),
        // A bank's name on a free dynamic-DNS name.
        ("http://klikbca-secure.ddns.net/", "url.free-hosting-brand"),
        // A site builder that is not in the Public Suffix List.
        (
            "https://bankmandiri-update-data.000webhostapp.com/",
            "url.free-hosting",
        ),
        // Names the app host made up, or a throwaway's long one, on app hosting.
        (
            "http://elegant-meitner-d64348.netlify.app/",
            "url.odd-name-on-app-hosting",
        ),
        (
            "https://pinksale-finance-solana-launchpad-baom.pages.dev/",
            "url.odd-name-on-app-hosting",
        ),
        // A page in a hacked shop's folder of pictures.
        (
            "http://toko-bangunan.example.com/images/cp/index.php",
            "url.asset-folder-page",
        ),
        // A login word in the host of an unknown site, and a system folder page.
        (
            "http://webmail.kantor-pos.example.com/admin/owa/auth/logon.aspx",
            "url.system-folder-page",
        ),
    ];
    assert_warned_with(&engine, &kits);
}

#[test]
fn ordinary_pages_with_one_weak_trait_stay_below_warning() {
    let engine = Engine::with_default_pack().expect("default pack");
    let ordinary = [
        // Article titles naming brands and "update".
        "https://www.techblog.example.com/2021/03/microsoft-windows-update-what-is-new/",
        "https://news.example.co.id/tekno/cara-mengganti-password-google-dengan-mudah",
        // Hex ids of places, gists and commits.
        "https://ru.placefinder.example.com/v/burger-bar/4cb5e045e262b60c46cb6ae0",
        "https://code.example.org/someone/ff0d888dc65479fb9905",
        // A shop's catalogue, an owner's admin, a font catalogue.
        "https://shop.example.com/Components/Store/graphics-cards",
        "https://blog.example.com/wp-admin/post.php?post=12&action=edit",
        "https://fonts.example.com/fonts/list/classification/serif",
        // App projects under names their owners picked, App Engine's regional names, and
        // blogs with a long title or a number for a name on blog hosts.
        "https://sistem-informasi-kas-rt.web.app/",
        "https://myproject.uc.r.appspot.com/",
        "https://freedomfromnarcissisticandemotionalabuse.weebly.com/",
        "https://a842612964.tumblr.com/",
        // A fan site's picture pages: `images` deep in the path is a section of the site.
        "https://fans.example.com/clubs/dynasty/images/23262260/title/dynasty-cast-photo",
        // A newsletter link with the reader's address, a login page of an ordinary site.
        "https://news.example.com/unsubscribe?email=budi@example.co.id",
        "https://forum.example.com/login",
        // A blog on free hosting, a documentation page about ASP.NET.
        "https://resepmasakanibu.blogspot.com/2020/05/rendang-padang.html",
        "https://docs.example.com/en-us/asp.net/core/getting-started/",
        // Media inside WordPress's folders.
        "https://toko.example.com/wp-content/uploads/2023/07/brosur-promo.pdf",
    ];
    assert_below(&engine, &ordinary, Level::Warning, &[]);
}
