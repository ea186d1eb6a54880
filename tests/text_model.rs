//! The on-device text model: `waspada model train` writes it into a rules folder, `pack build`
//! ships it, and the engine lets it confirm, never start, a warning about a message, quoting the
//! words that made it sure. The default pack carries one (rules/README.md says how it was
//! trained and measured).

use std::path::{Path, PathBuf};
use std::process::Command;

use waspada::{Category, Engine, Lang, Level};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read rules") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

fn waspada(args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_waspada"))
        .args(args)
        .output()
        .expect("the CLI runs");
    assert!(
        out.status.success(),
        "waspada {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A copy of the project's rules in a fresh folder under the test's temporary directory.
fn rules_copy(name: &str) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&work);
    let rules = work.join("rules");
    copy_dir(&root.join("rules"), &rules);
    rules
}

/// Builds a pack from a rules folder and loads it.
fn engine_from(rules: &Path) -> Engine {
    let pack = rules.with_file_name("built.wpk");
    waspada(&[
        "pack",
        "build",
        rules.to_str().expect("utf-8"),
        "-o",
        pack.to_str().expect("utf-8"),
    ]);
    Engine::from_pack_bytes(&std::fs::read(&pack).expect("pack written")).expect("pack loads")
}

/// A marketplace scam from a held-out set (`ind14-73`, written by an outside writer, never
/// fitted to): the rules see only "DP 50% dulu", which honest sellers of custom orders say too.
/// Each retraining moves a few borderline messages (`ind4-72`, the iPhone sold from Batam, served
/// here until the model of 2026-12-01 left it at caution); this one the model rates near 1.0.
const IPHONE: &str = "Dijual iPhone 15 Pro 256GB ex-inter mulus, harga cuma 6,5 juta nego. Wajib transfer \
DP 50% dulu, barang dikirim hari ini. No COD.";

#[test]
fn the_model_lifts_a_suspicious_message_to_a_warning_and_quotes_its_words() {
    let rules = rules_copy("text_model_without");
    std::fs::remove_file(rules.join("model/text.wmodel")).expect("the default rules have a model");
    let without = engine_from(&rules).scan_text(IPHONE, Lang::Id);
    assert_eq!(without.level, Level::Caution, "{without:?}");

    let with = Engine::with_default_pack()
        .expect("default pack")
        .scan_text(IPHONE, Lang::Id);
    assert_eq!(with.level, Level::Warning, "{with:?}");
    let reason = with
        .reasons
        .iter()
        .find(|r| r.rule == "text.model")
        .unwrap_or_else(|| panic!("the model confirms: {with:?}"));
    assert_eq!(
        reason.category,
        Category::Marketplace,
        "the rules' category"
    );
    assert!(!reason.evidence.is_empty());
    for piece in reason.evidence.split(" … ") {
        assert!(IPHONE.contains(piece), "quoted from the input: {piece:?}");
        assert!(
            piece.chars().any(char::is_alphabetic),
            "a word, not a number: {piece:?}"
        );
    }
}

#[test]
fn the_model_warns_alone_only_about_a_request_for_money() {
    let engine = Engine::with_default_pack().expect("default pack");
    // No rule fires on this fake investment, but it asks for money and the model is sure.
    let scam = engine.scan_text(
        "Kak, ada proyek pendanaan pengadaan sembako pemerintah, imbal hasil 15%/bulan, \
         min 2jt. Slot tinggal sedikit, TF ke rek virtual 8808 1234 5678 ya",
        Lang::Id,
    );
    assert_eq!(scam.level, Level::Warning, "{scam:?}");
    assert_eq!(scam.reasons[0].rule, "text.model-asks", "{scam:?}");
    // The same kind of words without an amount to pay stay quiet.
    let no_amount = engine.scan_text(
        "Kak, ada proyek pendanaan pengadaan sembako pemerintah, slot tinggal sedikit ya",
        Lang::Id,
    );
    assert!(!no_amount.is_flagged(), "{no_amount:?}");
}

#[test]
fn the_model_stays_quiet_about_what_asks_for_no_money() {
    let engine = Engine::with_default_pack().expect("default pack");
    // An operator's promotion: the model is sure it is spam (0.998 when this was written), but
    // no rule or signal finds anything and it asks for no payment, so it stays quiet.
    let promo = engine.scan_text(
        "GRATIS nelpon 100 menit ke sesama! Isi ulang min 20rb hari ini, info hub 188",
        Lang::Id,
    );
    assert_eq!(promo.level, Level::Safe, "{promo:?}");
    // A message the rules already warn about keeps its own reasons.
    let judol = engine.scan_text(
        "Gabung MERAPISLOT sekarang, rezeki ngalir maxwin tiap hari",
        Lang::Id,
    );
    assert!(judol.is_flagged());
    assert!(
        judol.reasons.iter().all(|r| r.rule != "text.model"),
        "{judol:?}"
    );
}

#[test]
fn the_model_warns_alone_about_a_strangers_number_it_is_sure_of() {
    let engine = Engine::with_default_pack().expect("default pack");
    // No rule fires on this old Ponzi advert and it asks for nothing the asks reader sees,
    // but it hands over a phone number and the model is sure (held-out set 11).
    let text = "Bergabunglah di MMM Indonesia, dana Anda tumbuh 30% per bulan. Sudah ribuan member. \
                Info: 0852 1100 3388";
    let scam = engine.scan_text(text, Lang::Id);
    assert_eq!(scam.level, Level::Warning, "{scam:?}");
    assert_eq!(scam.reasons[0].rule, "text.model-contact", "{scam:?}");
    // Without the number there is no one to contact: quiet.
    let without = engine.scan_text(
        "Bergabunglah di MMM Indonesia, dana Anda tumbuh 30% per bulan. Sudah ribuan member.",
        Lang::Id,
    );
    assert!(!without.is_flagged(), "{without:?}");
}

#[test]
fn the_default_pack_knows_which_records_its_model_was_trained_on() {
    let engine = Engine::with_default_pack().expect("default pack");
    // Trained on: UCI SMS and YouTube comments (licensed) and the fitted independent sets,
    // less the 30 % of ids held out; never the held-out sets or the unlicensed sources.
    let trained = [
        "uci-1", "uci-2", "uci-3", "uci-4", "ind1-0", "ind1-1", "ind1-2",
    ];
    assert!(trained.iter().any(|id| engine.model_trained_on(id)));
    for id in ["ind4-0", "ind11-3", "ind14-7", "id-sms-1", "tt-1"] {
        assert!(!engine.model_trained_on(id), "{id}");
    }
}

/// `model train` on a file, then `pack build`: the pack carries the model and its provenance.
#[test]
fn a_model_trained_on_a_file_goes_into_the_pack() {
    let rules = rules_copy("text_model_trained");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let data = root.join("tests/fixtures/model/comments.jsonl");
    let model = rules.join("model/text.wmodel");
    waspada(&[
        "model",
        "train",
        data.to_str().expect("utf-8"),
        "--id-prefix",
        "fx-",
        "--held-out",
        "0",
        "--bits",
        "14",
        "--rules",
        rules.to_str().expect("utf-8"),
        "-o",
        model.to_str().expect("utf-8"),
    ]);
    let engine = engine_from(&rules);
    assert!(
        engine.model_trained_on("fx-1"),
        "trained on every fixture id"
    );
    assert!(!engine.model_trained_on("uci-1"), "and on nothing else");
}

#[test]
fn a_damaged_model_file_is_a_clear_pack_build_error() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("text_model_bad");
    let _ = std::fs::remove_dir_all(&work);
    let rules = work.join("rules");
    copy_dir(&root.join("rules"), &rules);
    std::fs::create_dir_all(rules.join("model")).expect("mkdir");
    std::fs::write(rules.join("model/text.wmodel"), b"not a model").expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_waspada"))
        .args(["pack", "build"])
        .arg(&rules)
        .args(["-o"])
        .arg(work.join("bad.wpk"))
        .output()
        .expect("the CLI runs");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("text.wmodel") && stderr.contains("retrain"),
        "{stderr}"
    );
}
