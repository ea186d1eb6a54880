//! Messages written independently of the rules, in sets, each by a writer (a separate agent
//! session, 2026-11-30) who saw neither the rules nor the labelled data and was asked for the
//! scams people in Indonesia receive in 2024–2026 (judol, fake customer service, APK lures,
//! task and job scams, investment and romance-investment, illegal loans and collectors,
//! marketplace tricks, impersonation, English global scams) and for hard benign messages
//! (bank notices, OTP texts, family warnings about scams, news, real promos and job posts,
//! friends' chat). `tests/fixtures/messages/independent.jsonl`, one
//! `{"text", "label", "family", "lang", "set"}` a line.
//!
//! Set 1 was used to find the rule gaps of the day (its recall was 66 %, with 6 false alarms
//! among its 110 benign messages). Each later set was scanned before any rule was fitted to it,
//! then used to write more rules: set 2, 53 % with the day's starting rules and 69 % with the
//! rules written for set 1 (false alarms 3 → 0 of 100); set 3, 52.5 % and 62.5 % with the rules
//! written for sets 1 and 2 (false alarms 7 → 4 of 100); set 5 (more scams told as a story, with
//! no link and no scam word in any one sentence), 50 % with 6 false alarms of 100 before its
//! rules and 88.6 % with none after; set 7 (more English, crypto and romance scams), 47.1 % with
//! 3 false alarms before the session's rules, 51.4 % after set 5's, and 87.9 % with none after
//! its own. Set 9 is 300 benign messages only, each using the words scams use (relatives asking
//! for money, honest refunds, job ads that say "no fee", family warnings quoting scams): 16 warned
//! (5.3 %) with the session's starting rules, none now. Set 10 is plain SMS as feature phones got
//! them in 2014–2026 ("uangnya transfer ke rek ini aja", "no HP anda menang", "ketik NAMA#KOTA"):
//! 57.1 % with 1 false alarm before the session's rules, 58.6 % after sets 5–9's, 89.3 % with
//! none after its own. None of them is held out any more: this
//! test keeps what they taught from slipping back. Sets 4, 6 and 8 are held out
//! (`independent-heldout.jsonl`, eval group `independent-msgs-heldout`): never fit rules to them.

use waspada::{Engine, Lang, Level};

#[test]
fn independently_written_scams_warn_and_benign_messages_stay_quiet() {
    let engine = Engine::with_default_pack().expect("default pack");
    let fixture = include_str!("fixtures/messages/independent.jsonl");
    let (mut scams, mut caught) = (0, 0);
    let mut missed = Vec::new();
    let mut false_alarms = Vec::new();
    for line in fixture.lines().filter(|l| !l.trim().is_empty()) {
        let case: serde_json::Value = serde_json::from_str(line).expect("fixture line is JSON");
        let text = case["text"].as_str().expect("text");
        let lang = if case["lang"] == "en" {
            Lang::En
        } else {
            Lang::Id
        };
        let warned = engine.scan_text(text, lang).level >= Level::Warning;
        if case["label"] == 1 {
            scams += 1;
            caught += usize::from(warned);
            if !warned {
                missed.push(format!("{} {text}", case["family"]));
            }
        } else if warned {
            false_alarms.push(text.to_string());
        }
    }
    assert!(scams >= 790, "fixture holds {scams} scams");
    assert!(
        false_alarms.is_empty(),
        "benign messages warned:\n{}",
        false_alarms.join("\n")
    );
    // 343 of 370 on 2026-11-30; the floor leaves room for a rule trade-off, not for a family.
    assert!(
        caught * 100 >= scams * 90,
        "{caught} of {scams} scams warned; missed:\n{}",
        missed.join("\n")
    );
}
