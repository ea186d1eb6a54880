//! The optional on-device text model: `waspada model train` writes it into a rules folder,
//! `pack build` ships it, and the engine quotes the words that made it fire. The default pack
//! carries no model (see rules/README.md), so a pack is built here from a copy of `rules/`.

use std::path::{Path, PathBuf};
use std::process::Command;

use waspada::{Engine, Lang};

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

/// A pack from the project's rules plus a model trained on the fixture comments.
fn pack_with_model() -> Vec<u8> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("text_model");
    let _ = std::fs::remove_dir_all(&work);
    let rules = work.join("rules");
    copy_dir(&root.join("rules"), &rules);
    let data = root.join("tests/fixtures/model/comments.jsonl");
    let model = rules.join("model/text.wmodel");
    let pack = work.join("with-model.wpk");
    waspada(&[
        "model",
        "train",
        data.to_str().expect("utf-8"),
        "--gambling-group",
        "fx-judol",
        "--held-out",
        "0",
        "--bits",
        "14",
        "--rules",
        rules.to_str().expect("utf-8"),
        "-o",
        model.to_str().expect("utf-8"),
    ]);
    waspada(&[
        "pack",
        "build",
        rules.to_str().expect("utf-8"),
        "-o",
        pack.to_str().expect("utf-8"),
    ]);
    std::fs::read(&pack).expect("pack written")
}

#[test]
fn a_trained_model_flags_an_unseen_gambling_comment_and_quotes_its_words() {
    let engine = Engine::from_pack_bytes(&pack_with_model()).expect("pack loads");
    // A brand name and wording the model never saw in training.
    let verdict = engine.scan_text(
        "Gabung MERAPISLOT sekarang, rezeki ngalir maxwin tiap hari",
        Lang::Id,
    );
    let reason = verdict
        .reasons
        .iter()
        .find(|r| r.rule == "text.model")
        .unwrap_or_else(|| panic!("the model fires: {verdict:?}"));
    assert_eq!(reason.category.as_str(), "gambling");
    assert!(!reason.evidence.is_empty());
    assert!(
        "Gabung MERAPISLOT sekarang, rezeki ngalir maxwin tiap hari"
            .contains(reason.evidence.split(" … ").next().unwrap_or("")),
        "evidence is quoted from the input: {}",
        reason.evidence
    );
    let plain = engine.scan_text(
        "Resep rendangnya enak, makasih kak, anak-anak suka",
        Lang::Id,
    );
    assert!(
        plain.reasons.iter().all(|r| r.rule != "text.model"),
        "{plain:?}"
    );
}

#[test]
fn the_default_pack_has_no_model_and_records_it_trained_on_are_known() {
    let default = Engine::with_default_pack().expect("default pack");
    let verdict = default.scan_text(
        "Gabung MERAPISLOT sekarang, rezeki ngalir maxwin tiap hari",
        Lang::Id,
    );
    assert!(verdict.reasons.iter().all(|r| r.rule != "text.model"));
    assert!(!default.model_trained_on("fx-1"));
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
