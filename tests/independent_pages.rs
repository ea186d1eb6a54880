//! Web pages written independently of the rules (set 12 of 2026-11-30): a separate agent
//! session, which saw neither the rules nor the labelled data, wrote 40 scam pages (judol
//! landing and hacked-site pages, phishing logins, Ponzi apps, task-job sites, illegal loans,
//! fake shops and auctions, airdrop drainers, fake prizes, APK pushers) and 40 benign pages
//! made hard on purpose (news and fraud education quoting scams, forum threads about scams,
//! gambling and crypto, real shops, banks, careers and government pages, a developer's guide to
//! installing an APK). `tests/fixtures/independent-pages/manifest.json` gives each page's URL.
//!
//! First scanned with the session's starting rules: 36 of 40 scam pages flagged, 7 of 40 benign
//! pages flagged. The rules written from them since must keep every benign page below a
//! warning and flag at least nine scam pages in ten.

use serde::Deserialize;
use waspada::page::html::page_from_html;
use waspada::{Engine, Lang, Level};

#[derive(Deserialize)]
struct Manifest {
    pages: Vec<Page>,
}

#[derive(Deserialize)]
struct Page {
    file: String,
    label: String,
    url: String,
}

#[test]
fn independently_written_scam_pages_warn_and_benign_pages_stay_quiet() {
    let engine = Engine::with_default_pack().expect("default pack");
    let dir = "tests/fixtures/independent-pages";
    let manifest: Manifest = serde_json::from_str(
        &std::fs::read_to_string(format!("{dir}/manifest.json")).expect("manifest"),
    )
    .expect("manifest is JSON");
    let (mut scams, mut caught) = (0, 0);
    let mut missed = Vec::new();
    let mut false_alarms = Vec::new();
    for page in &manifest.pages {
        let html = std::fs::read_to_string(format!("{dir}/{}", page.file)).expect("page");
        let verdict = engine.scan_page(&page_from_html(&html, Some(&page.url)), Lang::En);
        let warned = verdict.level >= Level::Warning;
        if page.label == "scam" {
            scams += 1;
            caught += usize::from(warned);
            if !warned {
                missed.push(format!(
                    "{} ({:?} {})",
                    page.file, verdict.level, verdict.score
                ));
            }
        } else if warned {
            let rules: Vec<&str> = verdict.reasons.iter().map(|r| r.rule.as_str()).collect();
            false_alarms.push(format!("{} {rules:?}", page.file));
        }
    }
    assert_eq!(scams, 40, "the fixture holds 40 scam pages");
    assert!(
        false_alarms.is_empty(),
        "benign pages warned:\n{}",
        false_alarms.join("\n")
    );
    assert!(
        caught * 10 >= scams * 9,
        "{caught} of {scams} scam pages warned; missed:\n{}",
        missed.join("\n")
    );
}
