//! The kit traits of `src/url/kit.rs`, judged through the whole engine: kits that name no
//! brand are warned about and say why, while the honest pages that share one of their traits
//! (a university's webmail, a company's Outlook on the web, a newsletter's unsubscribe link,
//! a site that repeats a folder name, a German name with an umlaut, an NFT's picture on an
//! IPFS gateway) stay below a warning.
//!
//! The URLs are written for this test (hosts under example domains, paths in the shapes kits
//! take), not copied from the evaluation data.

mod common;

use common::{assert_below, assert_warned_with, judge};
use waspada::{Engine, Level};

#[test]
fn kits_without_a_brand_are_warned_about_and_say_why() {
    let engine = Engine::with_default_pack().expect("default pack");
    let kits = [
        // The webmail kit's form action, on a bakery's site: alone.
        (
            "http://toko-roti.example.com/asset/ajax/mail/login.php?cmd=login_submit&id=8f02a56b310c4326&session=8f02a56b310c4326",
            "url.kit-query",
        ),
        // A page inside a certificate-proof folder: alone.
        (
            "https://kebun.example.com/demo/.well-known/pki-validation/ghdghg/verify.php",
            "url.kit-hideout",
        ),
        // A mail service glued into a page name, inside a script folder.
        (
            "http://bengkel.example.net/includes/js/pokagmail.html",
            "url.service-glued-in-path",
        ),
        // A kit's archive unpacked into its own name, with a glued service name.
        (
            "http://sekolah.example.com/media/kokoro/kokoro/hotmailverify.php",
            "url.repeated-folder",
        ),
        // blockchɑin with the IPA letter ɑ: no protected brand, but look-alike letters.
        ("https://xn--blockchin-c2d.com/", "url.confusable-host"),
        // A country site's name inside another host.
        (
            "http://hostpoint.ch.kantor.example.com/ar2/",
            "url.tld-inside-host",
        ),
        // A login word naming a site on free hosting.
        (
            "http://secure-login-portal.el.r.appspot.com/",
            "url.free-hosting-lure",
        ),
        (
            "http://owa-verification-center.myfreesites.net/",
            "url.free-hosting-lure",
        ),
        // A page on a public IPFS gateway, path form: alone.
        (
            "https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/index.html",
            "url.ipfs-page",
        ),
    ];
    assert_warned_with(&engine, &kits);
}

#[test]
fn honest_pages_sharing_one_kit_trait_stay_below_warning() {
    let engine = Engine::with_default_pack().expect("default pack");
    let honest = [
        // A university's webmail and its login page; a company's Outlook on the web.
        "https://webmail.ui.example.ac.id/",
        "https://mail.kampus.example.ac.id/webmail/login.php",
        "https://portal.kampus.example.ac.id/roundcube/?_task=login",
        "https://owa.contoso-group.example.com/owa/auth/logon.aspx?url=https%3a%2f%2fowa.contoso-group.example.com%2fowa%2f",
        // A newsletter's unsubscribe link carrying the reader's address.
        "https://news.example.com/newsletter/unsubscribe?email=budi.santoso@example.co.id",
        // A site that repeats a folder, and a catalogue page named like its folder.
        "https://www.structures.example.org/Structure/Structure/protein-domains.html",
        "https://forum.example.com/forums/forums/thread-view.asp?tid=15430",
        // Certificate robots' files and other programs' well-known documents.
        "https://www.example.co.id/.well-known/pki-validation/3F2A9C0B7D.txt",
        "https://www.example.co.id/.well-known/acme-challenge/x-Yz_09aBcDeF",
        "https://login.example.com/.well-known/openid-configuration",
        // A German place name with an umlaut; a Russian word under .ru.
        "https://www.xn--mhringen-n4a.de/",
        "https://xn--80ak9a.ru/",
        // Blogs on free hosting about accounting and about an app's update.
        "https://belajaraccounting.blogspot.com/2021/03/jurnal-umum.html",
        "https://myapp-authentication.firebaseapp.com/__/auth/handler",
        // Blogs named for a game's updates, a recovery journey, an economic outlook.
        "https://mcupdate.tumblr.com/",
        "https://recoveryjourney.blogspot.com/",
        "https://economicoutlook.wordpress.com/2020/01/",
        // A how-to article naming Gmail and Dropbox in its title.
        "https://blog.example.com/tips/how-to-move-gmail-attachments-to-dropbox/",
        // A country section of a company's site.
        "https://id.careers.example.com/jobs/jakarta",
        // An NFT's picture and metadata on an IPFS gateway; the gateway's own docs.
        "https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/1.png",
        "https://gateway.pinata.cloud/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/metadata.json",
        "https://docs.ipfs.io/concepts/what-is-ipfs/",
    ];
    assert_below(&engine, &honest, Level::Warning, &[]);
}

#[test]
fn hosts_named_after_online_gambling_warn_and_look_alike_names_do_not() {
    let engine = Engine::with_default_pack().expect("default pack");
    // Names in the shapes judol sites take (none of them in the pack's block lists).
    for url in [
        "https://maxwin-hari-ini.example/",
        "http://slotgacor-terbaru.example.com/daftar",
        "https://rtpslot-hariini.example.net/",
        "https://jagototo4d.example/login",
        "https://dewaslot.example.org/",
        "https://zeus88.example.id/",
    ] {
        let (level, rules) = judge(&engine, url);
        assert!(level >= Level::Warning, "{url}: {level:?} {rules:?}");
        assert!(
            rules.iter().any(|r| r == "url.gambling-host"),
            "{url}: {rules:?}"
        );
    }
    // "slot", "toto" and "rtp" alone are ordinary: a booking site's time slots, a toilet maker,
    // a smartphone shop, a Portuguese broadcaster.
    for url in [
        "https://booking.timeslot.example.com/",
        "https://toto.example.com/products",
        "https://smartphone-murah.example.id/",
        "https://www.rtp.example.pt/play",
        "https://slotcar-club.example.org/",
    ] {
        let (level, rules) = judge(&engine, url);
        assert!(
            !rules.iter().any(|r| r == "url.gambling-host"),
            "{url}: {level:?} {rules:?}"
        );
    }
}

#[test]
fn sites_on_abused_free_hosts_warn_by_their_host_alone() {
    let engine = Engine::with_default_pack().expect("default pack");
    // Names that say nothing (a person's, a made-up word, a sandbox's code): the host is the
    // sign. Written for this test, in the shapes these hosts' phishing sites take.
    let abused = [
        ("http://dewi-rahma.000webhostapp.com/", "url.abused-hosting"),
        ("https://x7k2p.csb.app/", "url.abused-hosting"),
        (
            "https://q4zn8.codesandbox.io/index2.html",
            "url.abused-hosting",
        ),
        ("http://toko-kue-ani.webcindario.com/", "url.abused-hosting"),
        ("https://mawar.myfreesites.net/", "url.abused-hosting"),
        ("https://s1234.cprapid.com/~tokoku/", "url.abused-hosting"),
    ];
    assert_warned_with(&engine, &abused);
    // The same kinds of names on the big free platforms, where honest sites are many: free
    // hosting is a caution there, not a warning; the platforms' own sites are not judged.
    let honest = [
        "https://dewi-rahma.netlify.app/",
        "https://toko-kue-ani.web.app/",
        "https://mawar.github.io/",
        "https://tokokue.wordpress.com/2024/05/resep/",
        "https://www.000webhost.com/",
        "https://codesandbox.io/s/react-new",
    ];
    assert_below(&engine, &honest, Level::Warning, &["url.abused-hosting"]);
}

#[test]
fn an_apk_named_like_an_invitation_or_a_bill_is_danger_and_a_plain_one_a_caution() {
    let engine = Engine::with_default_pack().expect("default pack");
    // The file's name is read as a message: an invitation, a bill or a gambling app.
    for url in [
        "https://undangan-digital.example.com/download/Surat_Undangan.apk",
        "https://cdn.example.net/f/Undangan%20Pernikahan%20Rina.apk",
        "https://files.example.org/Tagihan_BPJS_Juni.apk",
        "https://dl.example.com/slot-gacor-maxwin.apk",
    ] {
        let (level, rules) = judge(&engine, url);
        assert_eq!(level, Level::Danger, "{url}: {rules:?}");
    }
    // An app's own download, named after the app: the download alone, a caution.
    for url in [
        "https://f-droid.org/F-Droid.apk",
        "https://www.example.com/releases/app-release-2.4.1.apk",
    ] {
        let (level, rules) = judge(&engine, url);
        assert_eq!(level, Level::Caution, "{url}: {rules:?}");
        assert_eq!(rules, ["page.apk-download"], "{url}");
    }
}
