//! Shapes of scam URLs an independent set of made-up URLs showed the engine missing, each
//! beside the honest addresses that share its words, judged through the whole engine:
//! online-gambling pages planted on institutions' sites (`url.gambling-path-on-gov`), short
//! links named after a brand and a lure (`url.shortener-brand-lure`), government aid,
//! investment, loan and task scams named by their promise (brand lookalikes of the aid
//! programmes' ministries, `url.investment-host`, `url.loan-host`, `url.job-scam-host`),
//! product names as brands only beside their lures (SharePoint, Steam), wallet-fix drainers,
//! judol mirrors' names, a brand in the path of a bare address, and the brands' own GitHub
//! Pages sites. A later set: official addresses with a dot written as a hyphen before a
//! one-label ending (`xl-co.id`), typos of an official name on its own ending (`ovvo.id`), an
//! ordinary-word brand glued to its app's name on free hosting, short links named for gambling
//! or an app file or a government brand's prize, vacancies on cheap endings, and a bank's
//! initials beside a lure in a free-hosted path.
//!
//! The URLs are written for this test, not copied from any evaluation set.

mod common;

use common::{assert_below, assert_warned_with};
use waspada::{Engine, Level};

#[test]
fn judol_pages_planted_on_institutions_warn() {
    let engine = Engine::with_default_pack().expect("default pack");
    let rule = "url.gambling-path-on-gov";
    assert_warned_with(
        &engine,
        &[
            (
                "https://sia.univ-harapan-timur.ac.id/slot-gacor-hari-ini/",
                rule,
            ),
            (
                "https://ojs.stkip-pelita.ac.id/index.php/amp/slot777/",
                rule,
            ),
            (
                "https://dpmptsp.kab-sukamaju.go.id/?page=togel-hongkong",
                rule,
            ),
            ("https://smpn4-lembang.sch.id/media/sbobet-resmi.html", rule),
            ("https://bumdes.sukamakmur.desa.id/rtp-live/", rule),
            ("https://yayasan-pelita.or.id/situs-judi-slot-online/", rule),
            (
                "https://elearning.poltek-bahari.ac.id/mahjong-ways-2/",
                rule,
            ),
            ("https://lppm.univ-cendana.ac.id/sor789-gacor/", rule),
            ("https://www.agency.example.gov/casino-online/", rule),
            ("https://library.northfield.edu/slot-thailand/", rule),
        ],
    );
}

#[test]
fn institutions_writing_about_judol_stay_quiet() {
    let engine = Engine::with_default_pack().expect("default pack");
    let urls = [
        // News and notices about online gambling: sentences, tags, searches.
        "https://www.komdigi.go.id/berita/pengumuman/detail/komdigi-blokir-ribuan-situs-judi-online",
        "https://www.unpad.ac.id/2025/03/seminar-bahaya-judi-online-bagi-mahasiswa/",
        "https://humas.polri.go.id/tag/judi-online/",
        "https://humas.polri.go.id/tag/togel/",
        "https://www.kemenkopmk.go.id/satgas-judi-online",
        "https://ppid.kab-sukamaju.go.id/?s=slot+gacor",
        "https://pn-sukamaju.go.id/berita/judi-slot",
        "https://fisip.univ-cendana.ac.id/search/label/judi-online",
        // Time slots, people named Toto, songbirds "on form", a slot machine's mathematics.
        "https://siakad.univ-cendana.ac.id/jadwal/slot-2",
        "https://siakad.univ-cendana.ac.id/booking/slot-10",
        "https://ft.univ-cendana.ac.id/dosen/toto-wahyudi/",
        "https://peternakan.univ-cendana.ac.id/burung-gacor/",
        "https://math.northfield.edu/courses/slot-machine-probability",
        "https://www.sukamakmur.desa.id/live",
    ];
    assert_below(
        &engine,
        &urls,
        Level::Caution,
        &["url.gambling-path-on-gov"],
    );
}

#[test]
fn short_links_named_after_a_brand_and_a_lure_warn() {
    let engine = Engine::with_default_pack().expect("default pack");
    let rule = "url.shortener-brand-lure";
    assert_warned_with(
        &engine,
        &[
            ("https://bit.ly/bni-tarif-baru", rule),
            ("https://s.id/BRImoBlokir", rule),
            ("https://tinyurl.com/ovo-verifikasi-akun", rule),
            ("https://cutt.ly/KlaimSaldoDana", rule),
            ("https://bit.ly/dana-kaget-2025", rule),
            ("https://rebrand.ly/jne-paket-ditahan", rule),
            ("https://s.id/pencairan-bsu-2025", rule),
            ("https://bit.ly/BCAUpdateTarif", rule),
        ],
    );
}

#[test]
fn brands_own_short_links_stay_quiet() {
    let engine = Engine::with_default_pack().expect("default pack");
    let urls = [
        // A brand's name with its own promotion, card, app or sign-up page.
        "https://bit.ly/BCAKartuKredit",
        "https://s.id/PromoBRImo",
        "https://s.id/BukaRekeningBNI",
        "https://bit.ly/shopee-1111",
        "https://bit.ly/webinar-ojk-2025",
        // No brand, or no words at all.
        "https://s.id/formulir-pendaftaran",
        "https://bit.ly/3AbCdEf",
        "https://s.id/InfoBansos2025",
    ];
    assert_below(
        &engine,
        &urls,
        Level::Warning,
        &["url.shortener-brand-lure"],
    );
}

#[test]
fn aid_investment_loan_and_task_scam_names_warn() {
    let engine = Engine::with_default_pack().expect("default pack");
    assert_warned_with(
        &engine,
        &[
            // Aid programmes as their ministries' names, beside a claim or another programme.
            ("https://daftar-bansos-pkh.xyz/", "url.brand-lookalike"),
            ("https://pencairan-bsu-2025.com/", "url.brand-lookalike"),
            ("https://bpnt-cek-penerima.online/", "url.brand-lookalike"),
            ("https://pip-cair-2025.site/", "url.brand-lookalike"),
            ("https://banpres-umkm-2025.site/", "url.brand-lookalike"),
            // Promises of returns, loans and paid tasks.
            ("https://emas-untung-harian.com/", "url.investment-host"),
            (
                "https://trading-robot-indonesia.com/",
                "url.investment-host",
            ),
            ("https://arisan-online-untung.net/", "url.investment-host"),
            (
                "https://pinjaman-tanpa-bi-checking.online/",
                "url.loan-host",
            ),
            ("https://kta-pasti-acc.com/", "url.loan-host"),
            (
                "https://kerja-paruh-waktu-dibayar.com/",
                "url.job-scam-host",
            ),
        ],
    );
}

#[test]
fn honest_aid_money_and_job_names_stay_quiet() {
    let engine = Engine::with_default_pack().expect("default pack");
    let urls = [
        // The programmes' own offices, and other things named "BSU" or "BLT".
        "https://cekbansos.kemensos.go.id/",
        "https://bansos.jatengprov.go.id/",
        "https://dinsos.kab-sukamaju.go.id/bansos",
        "https://pip.kemdikbud.go.id/",
        "https://www.bsu.edu/",
        "https://blt-sandwich-shop.com/",
        // Gold prices, licensed lenders and brokers, salary guides, job boards.
        "https://harga-emas-hari-ini.com/",
        "https://hargaemas-harian.com/",
        "https://www.rupiahcepat.co.id/",
        "https://pinjaman-cepat.com/",
        "https://crypto-profit-calculator.com/",
        "https://cek-pinjol-ilegal.id/",
        "https://robottrading.ojk.go.id/",
        "https://info-gaji-loker.com/",
        "https://loker-jogja.com/",
        "https://koperasi-simpan-pinjam.co.id/",
    ];
    assert_below(
        &engine,
        &urls,
        Level::Warning,
        &["url.investment-host", "url.loan-host", "url.job-scam-host"],
    );
}

#[test]
fn product_names_wallet_fixes_mirrors_and_bare_addresses_warn() {
    let engine = Engine::with_default_pack().expect("default pack");
    assert_warned_with(
        &engine,
        &[
            ("https://sharepoint-secure-file.net/", "url.brand-lookalike"),
            ("https://office365-docs-share.com/", "url.brand-lookalike"),
            ("https://steam-gift-card.com/", "url.brand-lookalike"),
            ("https://steam-skins-trade.net/", "url.brand-lookalike"),
            (
                "https://wallet-rectification.com/",
                "url.crypto-drainer-host",
            ),
            (
                "https://dapps-synchronize.online/",
                "url.crypto-drainer-host",
            ),
            ("https://garuda4d-alternatif.com/", "url.gambling-host"),
            ("https://link-alternatif-kilat4d.net/", "url.gambling-host"),
            ("https://live-casino-online.com/", "url.gambling-host"),
            ("https://toto-macau.com/", "url.gambling-host"),
            ("http://198.51.100.23/mandiri/login", "url.brand-path-on-ip"),
            ("http://192.0.2.10/bca-klik/", "url.brand-path-on-ip"),
            ("http://45.77.10.20/shopee/", "url.brand-path-on-ip"),
        ],
    );
}

#[test]
fn the_same_words_in_honest_places_stay_quiet() {
    let engine = Engine::with_default_pack().expect("default pack");
    let urls = [
        // SharePoint consultancies, Office 365 trainers, steam engines and STEAM education.
        "https://www.sharepointeurope.com/",
        "https://sharepoint-community.net/",
        "https://office365.io/",
        "https://office365-training.com/",
        "https://steam-engine-society.org/",
        "https://steam-education.org/",
        "https://www.steamgifts.com/",
        // Power-supply rectifiers, form validation, staking validators.
        "https://rectifier-shop.com/",
        "https://form-validation-demo.com/",
        "https://eth-validator.com/",
        // Lucky numbers in shops' names; a bank's intranet on a private address.
        "https://route88-motel.com/",
        "https://kedai88-jaya.com/",
        "http://10.20.30.40/bri/portal/",
        "http://192.168.1.1/login.html",
        // The brands' own GitHub Pages sites.
        "https://google.github.io/styleguide/pyguide.html",
        "https://microsoft.github.io/monaco-editor/",
        "https://facebook.github.io/react-native/",
        "https://netflix.github.io/",
    ];
    assert_below(&engine, &urls, Level::Warning, &[]);
}

#[test]
fn a_brand_on_someone_elses_github_pages_still_warns() {
    let engine = Engine::with_default_pack().expect("default pack");
    assert_warned_with(
        &engine,
        &[
            (
                "https://google-account-verify.github.io/",
                "url.free-hosting-brand",
            ),
            (
                "https://microsoft365-login.github.io/",
                "url.free-hosting-brand",
            ),
            ("https://bca-mobile.github.io/", "url.free-hosting-brand"),
        ],
    );
}

#[test]
fn official_addresses_retyped_on_their_own_ending_warn() {
    let engine = Engine::with_default_pack().expect("default pack");
    let rule = "url.brand-lookalike";
    assert_warned_with(
        &engine,
        &[
            // The dot before a two-label ending written as a hyphen: `.id` is the rest.
            ("https://www.xl-co.id/kuota-gratis", rule),
            ("https://axis-co.id/kuota", rule),
            ("https://tri-co.id/undian", rule),
            // One slip of the finger in the name, on the official domain's own ending.
            ("https://ovvo.id/promo", rule),
            ("https://tikki.id/cek-resi", rule),
            ("https://bnni.co.id/", rule),
            ("https://lazadda.co.id/flash-sale", rule),
            ("https://telkm.co.id/indihome", rule),
        ],
    );
}

#[test]
fn names_near_official_ones_that_are_other_firms_stay_quiet() {
    let engine = Engine::with_default_pack().expect("default pack");
    let urls = [
        // The officials themselves.
        "https://www.dana.id/",
        "https://www.bni.co.id/id-id/",
        "https://jet.co.id/track",
        "https://www.xl.co.id/",
        // A short name's letter changed, dropped or swapped; a long name's first letter or a
        // letter changed into another; the same name on another ending; an office's neighbour.
        "https://bki.co.id/",
        "https://bin.co.id/",
        "https://dan.id/",
        "https://arena.co.id/",
        "https://karena.co.id/",
        "https://telcom.co.id/",
        "https://mtelkom.co.id/",
        "https://danna.com/",
        "https://danna.co.id/",
        "https://bpkp.go.id/",
        // Other names that start like a retyped address.
        "https://jet-cola.id/",
        "https://xl-com.id/",
    ];
    assert_below(&engine, &urls, Level::Warning, &["url.brand-lookalike"]);
}

#[test]
fn an_ordinary_word_brand_glued_to_its_app_on_free_hosting_warns() {
    let engine = Engine::with_default_pack().expect("default pack");
    assert_warned_with(
        &engine,
        &[
            ("https://mandirilivin.weebly.com/", "url.brand-glued"),
            (
                "https://mandiripoin.wixsite.com/klaim",
                "url.free-hosting-brand",
            ),
            (
                "https://mandirikartu.netlify.app/login",
                "url.free-hosting-brand",
            ),
        ],
    );
    let urls = [
        // "Mandiri" after another word is an adjective: firms' and shops' names.
        "https://tokomandiri.wixsite.com/menu",
        "https://kreditmandiri.co.id/",
        "https://pinmandiri.com/",
        "https://mandiriutama.co.id/",
        "https://www.steamgifts.com/",
    ];
    assert_below(&engine, &urls, Level::Warning, &[]);
}

#[test]
fn short_links_named_for_gambling_an_app_file_or_a_prize_warn() {
    let engine = Engine::with_default_pack().expect("default pack");
    assert_warned_with(
        &engine,
        &[
            ("https://s.id/slot88-gacor-maxwin", "url.shortener-gambling"),
            ("https://linktr.ee/situsgacor", "url.shortener-gambling"),
            ("https://bit.ly/Undangan_Digital_APK", "url.shortener-apk"),
            ("https://rebrand.ly/cek-resi-jnt-apk", "url.shortener-apk"),
            ("https://s.id/apk-resmi", "url.shortener-apk"),
            ("https://s.id/hadiah-pln-2025", "url.shortener-brand-lure"),
            (
                "https://bit.ly/undian-bpjs-kesehatan",
                "url.shortener-brand-lure",
            ),
        ],
    );
    let categories = |url: &str| {
        let v = engine.check_url(url, waspada::Lang::En).expect("valid URL");
        v.categories
    };
    assert!(categories("https://s.id/slot88-gacor-maxwin").contains(&waspada::Category::Gambling));
    assert!(
        categories("https://bit.ly/Undangan_Digital_APK").contains(&waspada::Category::Malware)
    );
}

#[test]
fn honest_short_links_stay_below_a_warning() {
    let engine = Engine::with_default_pack().expect("default pack");
    let urls = [
        "https://s.id/undangan-rapat-rt",
        "https://bit.ly/daftar-kkn-2025",
        "https://s.id/booking-slot-3",
        // News and warnings about APKs, a bank's own draw, a government brand's notice.
        "https://bit.ly/waspada-apk-undangan",
        "https://s.id/modus-penipuan-apk-kurir",
        "https://bit.ly/undian-bca-2025",
        "https://s.id/info-bpjs-2025",
        "https://bit.ly/apkpure",
    ];
    assert_below(
        &engine,
        &urls,
        Level::Warning,
        &["url.shortener-gambling", "url.shortener-apk"],
    );
}

#[test]
fn vacancies_on_cheap_endings_and_bank_initials_in_free_hosted_paths_warn() {
    let engine = Engine::with_default_pack().expect("default pack");
    assert_warned_with(
        &engine,
        &[
            ("https://lowongan-kerja-bank.site/", "url.job-vacancy-host"),
            (
                "https://rekrutmen-pertamina2025.online/daftar",
                "url.job-vacancy-host",
            ),
            (
                "https://pub-3c9d0e1f2a4b4c5d8e6f.r2.dev/bri/verifikasi/index.html",
                "url.brand-in-path",
            ),
            (
                "https://x7k2m9q4.pages.dev/bni/login.html",
                "url.brand-in-path",
            ),
        ],
    );
    let urls = [
        // Job boards on ordinary endings; work shoes and spare parts; a warning page.
        "https://lowongan-kerja.id/",
        "https://loker-jogja.com/",
        "https://sepatu-kerja.store/",
        "https://spare-part-motor.store/",
        "https://info-lowongan-palsu-waspada.site/",
        // Initials without a lure, or off free hosting.
        "https://budi.github.io/pln/",
        "https://tugas-kuliah.github.io/bri/docs/",
        "https://www.example.com/bri/login",
    ];
    assert_below(&engine, &urls, Level::Warning, &["url.job-vacancy-host"]);
}
