//! Realistic pages and messages (tests/fixtures/pages) judged end to end, as the CLI reads them.

use serde::Deserialize;
use waspada::page::html::{looks_like_html, page_from_html};
use waspada::{Engine, Lang, Level, PageModel, Verdict};

#[derive(Deserialize)]
struct Case {
    file: String,
    url: Option<String>,
    /// `danger`, `flagged` (warning or danger) or `quiet` (safe or caution).
    expect: String,
    why: String,
}

fn judge(engine: &Engine, case: &Case) -> Verdict {
    let content =
        std::fs::read_to_string(format!("tests/fixtures/pages/{}", case.file)).expect("fixture");
    if looks_like_html(&content) {
        engine.scan_page(&page_from_html(&content, case.url.as_deref()), Lang::En)
    } else {
        engine.scan_page(
            &PageModel::from_text(&content, case.url.as_deref()),
            Lang::En,
        )
    }
}

#[test]
fn fixture_pages_get_the_expected_level() {
    let engine = Engine::with_default_pack().expect("default pack");
    let cases: Vec<Case> = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/pages/expected.json").unwrap(),
    )
    .unwrap();
    let mut failures = Vec::new();
    for case in &cases {
        let v = judge(&engine, case);
        let ok = match case.expect.as_str() {
            "danger" => v.level == Level::Danger,
            "flagged" => v.is_flagged(),
            "quiet" => !v.is_flagged(),
            other => panic!("unknown expectation {other}"),
        };
        if !ok {
            let reasons: Vec<String> = v
                .reasons
                .iter()
                .map(|r| format!("{} [{}]", r.rule, r.evidence))
                .collect();
            failures.push(format!(
                "{}: expected {}, got {} ({}) — {}\n    {reasons:?}",
                case.file, case.expect, v.level, v.score, case.why
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_warning_explains_itself() {
    let engine = Engine::with_default_pack().unwrap();
    let v = judge(
        &engine,
        &Case {
            file: "klikbca-phishing.html".into(),
            url: Some("http://klikbca-verifikasi.com/login".into()),
            expect: "danger".into(),
            why: String::new(),
        },
    );
    assert!(
        v.reasons
            .iter()
            .all(|r| !r.message.is_empty() && !r.evidence.is_empty())
    );
    let brand = v
        .reasons
        .iter()
        .find(|r| r.rule == "url.brand-lookalike")
        .expect("names the lookalike");
    assert!(
        brand.message.contains("BCA"),
        "the message names the brand: {}",
        brand.message
    );
    assert!(brand.evidence.contains("klikbca-verifikasi.com"));
}

#[test]
fn official_brand_domains_are_never_flagged() {
    let engine = Engine::with_default_pack().unwrap();
    for url in [
        "https://www.bca.co.id/",
        "https://ibank.klikbca.com/login",
        "https://ib.bri.co.id/",
        "https://www.bankmandiri.co.id/",
    ] {
        let v = engine.check_url(url, Lang::Id).unwrap();
        assert_eq!(v.level, Level::Safe, "{url}: {v:?}");
    }
}

#[test]
fn lookalikes_name_the_brand() {
    let engine = Engine::with_default_pack().unwrap();
    let cases = [
        ("http://klikbca-verifikasi.com/", "url.brand-lookalike"),
        (
            "http://bca.co.id.secure-login.xyz/",
            "url.brand-in-subdomain",
        ),
        ("https://bri-poin.web.app/", "url.free-hosting-brand"),
        ("https://bca.co.id@evil.example/", "url.userinfo-trick"),
        ("http://xn--ba-omc.co.id/", "url.brand-lookalike"), // bсa.co.id with a Cyrillic с
    ];
    for (url, rule) in cases {
        let v = engine.check_url(url, Lang::En).unwrap();
        assert!(
            v.reasons.iter().any(|r| r.rule == rule),
            "{url}: expected {rule}, got {v:?}"
        );
        assert!(
            v.level >= Level::Warning || rule == "url.userinfo-trick",
            "{url}: {v:?}"
        );
    }
}

#[test]
fn global_brands_own_their_name_in_country_domains_only() {
    let engine = Engine::with_default_pack().unwrap();
    let level = |url: &str| engine.check_url(url, Lang::En).unwrap().level;
    for url in [
        "https://www.google.de/",
        "https://www.olx.com.uy/",
        "https://www.olx.pl/",
    ] {
        assert_eq!(level(url), Level::Safe, "{url}");
    }
    // A generic or near-free ending is anyone's: the brand's name there is a lookalike.
    for url in [
        "http://paypal.xyz/login",
        "http://google.top/",
        "http://amazon.tk/",
    ] {
        assert!(level(url) >= Level::Warning, "{url}");
    }
}

#[test]
fn a_name_glued_to_a_sites_own_words_is_only_a_hint() {
    let engine = Engine::with_default_pack().unwrap();
    let check = |url: &str| engine.check_url(url, Lang::En).unwrap();
    for url in [
        "http://dipyoutube.com/watch?v=x",
        "https://www.myahookah.com/",
    ] {
        let v = check(url);
        assert_eq!(v.level, Level::Caution, "{url}: {v:?}");
        assert!(v.reasons.iter().any(|r| r.rule == "url.brand-glued"));
    }
    // Glued to lure words it is still a lookalike; glued with one more sign, a warning.
    for url in [
        "http://servicepaypal.serveirc.com/",
        "http://whatsappjoingrup.example.com/",
        "http://googlefeud.example.com/a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6/",
    ] {
        assert!(check(url).level >= Level::Warning, "{url}");
    }
}

#[test]
fn a_styled_name_is_gambling_unless_it_is_a_brand() {
    let engine = Engine::with_default_pack().unwrap();
    let styled = |text: &str| {
        let v = engine.scan_text(text, Lang::En);
        v.reasons
            .into_iter()
            .find(|r| r.rule == "text.styled-name")
            .map(|r| (r.category, r.evidence))
    };
    let judol = styled("Berkat 𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖 rezeki nomplok hari ini").expect("styled gambling brand");
    assert_eq!(judol, (waspada::Category::Gambling, "𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖".to_string()));
    let kit = styled("Masuk ke 𝗞𝗹𝗶𝗸𝗕𝗖𝗔 untuk konfirmasi tarif baru").expect("styled bank name");
    assert_eq!(kit.0, waspada::Category::Phishing);
    assert!(
        styled("𝐒𝐞𝐦𝐨𝐠𝐚 𝐬𝐞𝐡𝐚𝐭 𝐬𝐞𝐥𝐚𝐥𝐮 𝐛𝐮").is_none(),
        "a whole message in a fancy font is style, not evasion"
    );
}

#[test]
fn a_brand_in_another_sites_path_is_named_but_alone_is_only_caution() {
    let engine = Engine::with_default_pack().unwrap();
    let v = engine
        .check_url(
            "http://hacked-shop.example/wp-content/paypal/signin.php",
            Lang::En,
        )
        .unwrap();
    let reason = v
        .reasons
        .iter()
        .find(|r| r.rule == "url.brand-in-path")
        .expect("names the brand in the path");
    assert!(reason.message.contains("PayPal"), "{}", reason.message);
    assert!(v.reasons.iter().any(|r| r.rule == "url.credential-path"));
    // News articles put brand names in their slugs: that alone must not flag them.
    let news = engine
        .check_url(
            "https://www.howtogeek.com/197348/how-to-clear-your-google-search-history-on-android/",
            Lang::En,
        )
        .unwrap();
    assert!(!news.is_flagged(), "{news:?}");
}
