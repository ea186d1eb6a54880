//! Links sent through a trusted site's redirector (`google.com/url?q=…`, `vk.com/away.php?to=…`,
//! a shop's open redirect) are judged by where they lead: a risky target makes the link risky and
//! the reason names both hosts; an honest target, or a redirect back to the same service, changes
//! nothing. Cases from the phishing feeds in ../shared/data/eval/urls.jsonl and from real
//! sign-in and share links.

use waspada::{Engine, Lang, Level, Verdict};

fn engine() -> Engine {
    Engine::with_default_pack().expect("the default pack loads")
}

fn rules(v: &Verdict) -> Vec<&str> {
    v.reasons.iter().map(|r| r.rule.as_str()).collect()
}

#[test]
fn a_redirector_does_not_vouch_for_a_lookalike() {
    let engine = engine();
    let link = "https://www.google.com/url?q=https://klikbca-verifikasi.xyz/login&sa=D&usg=AOv";
    let v = engine.check_url(link, Lang::Id).expect("a URL");
    assert!(v.level >= Level::Warning, "{v:?}");
    assert!(rules(&v).contains(&"url.brand-lookalike"), "{v:?}");
    let redirect = v
        .reasons
        .iter()
        .find(|r| r.rule == "url.redirect-target")
        .expect("the reason names the redirect");
    assert!(
        redirect.message.contains("www.google.com"),
        "{}",
        redirect.message
    );
    assert!(redirect.evidence.contains("klikbca-verifikasi.xyz"));
}

#[test]
fn encoded_and_open_redirects_are_followed() {
    let engine = engine();
    for link in [
        // vk.com's "leaving the site" page, the target percent-encoded.
        "https://vk.com/away.php?to=http%3A%2F%2Fcomfirmastionveriasarivasel-sjdn2389hajd280jad2.com%2Fvk&post=477214661_2",
        // A shop's open redirect to a bare IP address's login page.
        "http://www.myappwiz.com/home/redirect?targetUrl=http://5.83.162.160/staff",
        // A redirect inside a redirect.
        "https://www.google.com/url?q=https%3A%2F%2Fvk.com%2Faway.php%3Fto%3Dhttps%253A%252F%252Fklikbca-verifikasi.xyz%252Flogin",
        // Google's AMP viewer showing a lookalike (`/amp/s/` is https).
        "https://www.google.com/amp/s/verify-account-apple.top/",
    ] {
        let v = engine.check_url(link, Lang::En).expect("a URL");
        assert!(v.level >= Level::Warning, "{link}: {v:?}");
        assert!(rules(&v).contains(&"url.redirect-target"), "{link}: {v:?}");
    }
}

#[test]
fn a_target_wrapped_in_several_redirectors_is_found() {
    let engine = engine();
    let mut link = "https://klikbca-verifikasi.xyz/login".to_string();
    for (depth, wrapper) in [
        "https://www.google.com/url?q=",
        "https://vk.com/away.php?to=",
        "https://www.google.com/url?q=",
        "https://l.facebook.com/l.php?u=",
    ]
    .into_iter()
    .enumerate()
    {
        link = format!("{wrapper}{}", encode(&link));
        let v = engine.check_url(&link, Lang::En).expect("a URL");
        assert!(v.level >= Level::Warning, "{} wrappers: {v:?}", depth + 1);
        assert!(rules(&v).contains(&"url.brand-lookalike"), "{v:?}");
    }
    // Deeper than the engine follows: still a bounded, clean answer.
    for _ in 0..20 {
        link = format!("https://www.google.com/url?q={}", encode(&link));
    }
    assert!(engine.check_url(&link, Lang::En).is_ok());
}

/// Percent-encodes a URL to go inside another's query, as redirectors expect.
fn encode(url: &str) -> String {
    url.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[test]
fn honest_targets_change_nothing() {
    let engine = engine();
    for link in [
        "https://www.google.com/url?q=https://www.tokopedia.com/&sa=D",
        "https://accounts.google.com/ServiceLogin?service=mail&continue=https://mail.google.com/mail/",
        "https://www.tumblr.com/safe-mode?url=https%3A%2F%2Fstaff.tumblr.com%2F",
        "https://facebook.com/sharer.php?u=https%3A%2F%2Fwww.kompas.com%2Fread%2F2024%2F01%2F01%2Fberita",
        "https://mail.example.ac.id/owa/auth/logon.aspx?url=https://mail.example.ac.id/owa/&reason=0",
    ] {
        let v = engine.check_url(link, Lang::En).expect("a URL");
        assert!(v.level < Level::Warning, "{link}: {v:?}");
        assert!(!rules(&v).contains(&"url.redirect-target"), "{link}: {v:?}");
    }
}

#[test]
fn a_message_with_a_redirected_link_is_judged_by_its_target() {
    let engine = engine();
    let text = "Yth nasabah, akun Anda kami tangguhkan sementara. Buka \
                https://www.google.com/url?q=https://klikbca-verifikasi.xyz/login";
    let v = engine.scan_text(text, Lang::Id);
    assert!(v.level >= Level::Warning, "{v:?}");
    assert!(rules(&v).contains(&"url.redirect-target"), "{v:?}");
    let honest = "Jadwal rapat ada di https://www.google.com/url?q=https://www.tokopedia.com/";
    assert!(!rules(&engine.scan_text(honest, Lang::Id)).contains(&"url.redirect-target"));
}

#[test]
fn hostile_redirect_chains_stay_bounded() {
    let engine = engine();
    // Fifty redirects inside one another: only the first few are followed, without a panic.
    let mut link = "https://klikbca-verifikasi.xyz/login".to_string();
    for i in 0..50 {
        link = format!("https://r{i}.example.com/go?u={link}");
    }
    let started = std::time::Instant::now();
    let v = engine.check_url(&link, Lang::En).expect("a URL");
    assert!(
        !rules(&v).contains(&"url.brand-lookalike"),
        "followed too deep: {v:?}"
    );
    assert!(started.elapsed().as_secs() < 5);
    // A target that is no URL at all is ignored.
    let v = engine
        .check_url("https://r.example.com/go?u=https://", Lang::En)
        .expect("a URL");
    assert_eq!(v.level, Level::Safe);
}
