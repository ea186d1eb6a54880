//! Marketplace listings end to end: the reported-numbers CSV import and listing verdicts.

use std::path::Path;

use waspada::pack::source::{compile_dir, parse_reported_csv};
use waspada::{Engine, Lang, Level, Listing};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(Path::new("tests/fixtures/reported").join(name)).expect("fixture")
}

#[test]
fn reported_csv_is_normalised() {
    let list = parse_reported_csv("fixture.csv", &fixture("fixture.csv")).expect("valid");
    let values: Vec<&str> = list.entries.iter().map(|e| e.value.as_str()).collect();
    assert_eq!(values, ["7771234567", "6281299990001", "6281399990002"]);
    assert_eq!(list.entries[2].source, "NGO hotline, Jakarta (fixture)");
}

#[test]
fn bad_reported_csv_names_every_bad_line() {
    let problems = parse_reported_csv("bad.csv", &fixture("bad.csv")).expect_err("invalid");
    let lines: Vec<usize> = problems.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, [2, 3, 4], "{problems:?}");
    let header = parse_reported_csv("x.csv", "value,kind\n1,2\n").expect_err("bad header");
    assert!(header[0].1.contains("kind,value,bank,source,date"));
}

fn engine_with_fixture() -> Engine {
    let mut compiled = compile_dir(Path::new("rules")).expect("rules compile");
    assert!(
        compiled.pack.reported.is_empty(),
        "the default pack ships no reported data"
    );
    assert!(
        !compiled.pack.prices.items.is_empty(),
        "the default pack ships reference prices"
    );
    compiled
        .pack
        .reported
        .push(parse_reported_csv("fixture.csv", &fixture("fixture.csv")).expect("valid"));
    let bytes = waspada::pack::format::encode(&compiled.pack).expect("encode");
    Engine::from_pack_bytes(&bytes).expect("load")
}

#[test]
fn a_listing_or_message_with_a_reported_number_is_danger() {
    let engine = engine_with_fixture();
    assert_eq!(engine.info().reported, 3);
    let listing = Listing {
        title: "Honda Vario 160 2023 mulus".into(),
        price_text: "Rp 24.000.000".into(),
        description: "Serius hub WA 0812 9999 0001".into(),
        ..Listing::default()
    };
    let v = &engine.scan_listings(&[listing], Lang::En)[0];
    assert_eq!(v.level, Level::Danger, "{v:?}");
    assert_eq!(v.reasons[0].rule, "listing.reported");
    assert!(
        v.reasons[0]
            .message
            .contains("aduannomor.id (fixture), 2026-11-12")
    );
    let msg = engine.scan_text("Bayar ke DANA 0813-9999-0002 ya", Lang::Id);
    assert_eq!(msg.level, Level::Danger);
    let clean = engine.scan_text("Bayar ke DANA 0813-9999-0003 ya", Lang::Id);
    assert!(clean.level < Level::Warning, "{clean:?}");
}

/// A listing in a fixture file, with what Waspada must make of it.
#[derive(serde::Deserialize)]
struct Case {
    note: String,
    expect: String,
    #[serde(flatten)]
    listing: Listing,
}

#[test]
fn fixture_listings_are_judged_as_labelled() {
    let text = std::fs::read_to_string("tests/fixtures/listings/mixed.json").expect("fixture");
    let cases: Vec<Case> = serde_json::from_str(&text).expect("valid fixture");
    let engine = Engine::with_default_pack().expect("default pack");
    let listings: Vec<Listing> = cases.iter().map(|c| c.listing.clone()).collect();
    let verdicts = engine.scan_listings(&listings, Lang::Id);
    let mut wrong = Vec::new();
    for (case, v) in cases.iter().zip(&verdicts) {
        let flagged = v.level.is_flagged();
        if flagged != (case.expect == "flagged") {
            let rules: Vec<&str> = v.reasons.iter().map(|r| r.rule.as_str()).collect();
            wrong.push(format!(
                "{} ({}): {} {} {rules:?}",
                case.listing.title, case.note, v.level, v.score
            ));
        }
    }
    assert!(wrong.is_empty(), "misjudged:\n{}", wrong.join("\n"));
}

#[test]
fn the_cli_judges_a_json_array_of_listings() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_waspada"))
        .args([
            "scan-listings",
            "--json",
            "--lang",
            "en",
            "tests/fixtures/listings/mixed.json",
        ])
        .output()
        .expect("the CLI runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), 20);
    assert_eq!(lines[0]["id"], 0);
    assert_eq!(lines[0]["level"], "safe");
    assert_eq!(lines[17]["categories"][0], "marketplace");
}

/// The reason a listing got for an off-platform contact, if any.
fn contact_reason(v: &waspada::Verdict) -> Option<&str> {
    v.reasons
        .iter()
        .find(|r| r.rule == "listing.off-platform-contact")
        .map(|r| r.evidence.as_str())
}

fn olx(description: &str, contacts: &[&str]) -> Listing {
    Listing {
        title: "Yamaha NMAX 155 2022 mulus".into(),
        price_text: "Rp 21.500.000".into(),
        description: description.into(),
        contacts: contacts.iter().map(|c| c.to_string()).collect(),
        seller: "Agus".into(),
        site: "olx".into(),
        ..Listing::default()
    }
}

#[test]
fn a_masked_number_beside_an_invitation_is_an_off_platform_contact() {
    let engine = Engine::with_default_pack().expect("default pack");
    let cases = [
        olx("Minat serius hubungi WA 0812 xxx xxx, nego tipis.", &[]),
        olx("Nego sampai jadi. Telp/WA 08xx-xxxx-1234", &[]),
        olx(
            "Motor siap pakai. Langsung WA aja ya, jangan lewat chat.",
            &["Tampilkan nomor"],
        ),
        olx("Yang serius hubungi langsung.", &["0812-xxx-xxx"]),
    ];
    for l in cases {
        let v = &engine.scan_listings(std::slice::from_ref(&l), Lang::Id)[0];
        let evidence = contact_reason(v).unwrap_or_else(|| panic!("{}: {v:?}", l.description));
        assert!(
            evidence.contains("xxx")
                || evidence.contains("Tampilkan nomor")
                || evidence.contains("tampilkan nomor"),
            "{evidence}"
        );
        // Alone it is what a full phone number is: caution, a badge, never a marker.
        assert_eq!(v.level, Level::Caution, "{}: {v:?}", l.description);
    }
}

#[test]
fn a_masked_number_adds_to_an_off_platform_payment_push() {
    let engine = Engine::with_default_pack().expect("default pack");
    let l = olx(
        "Tidak bisa COD, transfer dulu ongkirnya. Hubungi WA 0812 xxx xxx.",
        &[],
    );
    let with = &engine.scan_listings(std::slice::from_ref(&l), Lang::Id)[0];
    let without = &engine.scan_listings(
        &[olx("Tidak bisa COD, transfer dulu ongkirnya.", &[])],
        Lang::Id,
    )[0];
    assert!(contact_reason(with).is_some(), "{with:?}");
    assert!(with.score > without.score, "{with:?} vs {without:?}");
    assert!(with.level >= Level::Warning, "{with:?}");
}

#[test]
fn olx_masking_its_own_phone_widget_is_no_signal() {
    let engine = Engine::with_default_pack().expect("default pack");
    let quiet = [
        // OLX masks every seller's number until asked: a dealer saying nothing of WhatsApp.
        olx(
            "Unit ready di showroom, silakan cek fisik dan test ride. Bisa kredit via leasing resmi.",
            &["0812-xxx-xxx", "Tampilkan nomor"],
        ),
        // An invitation with no number anywhere, and a price with hidden digits.
        olx(
            "Hubungi langsung lewat chat aplikasi ya. Harga Rp 21.xxx.xxx nego.",
            &[],
        ),
    ];
    for l in quiet {
        let v = &engine.scan_listings(std::slice::from_ref(&l), Lang::Id)[0];
        assert_eq!(contact_reason(v), None, "{}: {v:?}", l.description);
        assert!(!v.level.is_flagged(), "{}: {v:?}", l.description);
    }
}
