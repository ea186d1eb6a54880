//! An NGO's own pack names its helplines in `pack.toml` (`[[helpline]]`); every warning and the
//! popup show them. They become `tel:` and web links in pages, so a bad one is refused both when
//! the pack is built (with its file and line) and when a pack is loaded.

use std::path::{Path, PathBuf};

use waspada::Engine;
use waspada::pack::format;
use waspada::pack::source::compile_dir;

const PACK_HEAD: &str = r#"name = "lsm-contoh"
version = "2026.12.03"
publisher = "LSM Contoh"
"#;

/// A rules folder holding only `pack.toml` with `text`, removed when dropped.
struct RulesDir(PathBuf);

impl RulesDir {
    fn new(tag: &str, text: &str) -> RulesDir {
        let dir = std::env::temp_dir().join(format!("waspada-ngo-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("pack.toml"), text).unwrap();
        RulesDir(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn problems(&self) -> Vec<String> {
        match compile_dir(self.path()) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.0.iter().map(|p| p.to_string()).collect(),
        }
    }
}

impl Drop for RulesDir {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

#[test]
fn helplines_go_from_pack_toml_into_the_loaded_packs_info() {
    let dir = RulesDir::new(
        "ok",
        &format!(
            r#"{PACK_HEAD}
[[helpline]]
name = "Hotline Cek Penipuan LSM Contoh"
phone = "+62 812-3456-7890"
hours = "Senin–Jumat 08.00–17.00"

[[helpline]]
name = "Pusat Bantuan LSM Contoh"
url = "https://lsm-contoh.or.id/bantuan"
"#
        ),
    );
    let compiled = compile_dir(dir.path()).expect("compiles");
    let bytes = format::encode(&compiled.pack).expect("encodes");
    let info = Engine::from_pack_bytes(&bytes).expect("loads").info();
    assert_eq!(info.publisher, "LSM Contoh");
    assert_eq!(info.helplines.len(), 2);
    assert_eq!(info.helplines[0].phone, "+62 812-3456-7890");
    assert_eq!(info.helplines[0].hours, "Senin–Jumat 08.00–17.00");
    assert_eq!(info.helplines[1].url, "https://lsm-contoh.or.id/bantuan");
    assert_eq!(info.helplines[1].phone, "");
}

#[test]
fn a_bad_helpline_is_refused_with_its_line() {
    let dir = RulesDir::new(
        "bad",
        &format!(
            r#"{PACK_HEAD}
[[helpline]]
name = "Klik di sini"
url = "javascript:alert(1)"

[[helpline]]
name = "Nomor huruf"
phone = "0812-CALL-NOW"

[[helpline]]
name = "Tanpa kontak"
"#
        ),
    );
    let problems = dir.problems();
    let has = |needle: &str| problems.iter().any(|p| p.contains(needle));
    assert!(has("pack.toml:6: helpline `Klik di sini`"), "{problems:?}");
    assert!(has("https://"), "{problems:?}");
    assert!(has("pack.toml:10: helpline `Nomor huruf`"), "{problems:?}");
    assert!(
        has("pack.toml:14: helpline `Tanpa kontak`: a helpline needs a `phone` or a `url`"),
        "{problems:?}"
    );
}

#[test]
fn four_helplines_are_too_many_for_a_warning() {
    let one = "[[helpline]]\nname = \"H\"\nphone = \"112\"\n";
    let dir = RulesDir::new("many", &format!("{PACK_HEAD}{}", one.repeat(4)));
    let problems = dir.problems();
    assert!(
        problems.iter().any(|p| p.contains("at most 3 helplines")),
        "{problems:?}"
    );
}

/// A pack is data from outside (an NGO's file): one whose helpline would put a script in a
/// link is refused when loaded, whoever built it.
#[test]
fn a_pack_with_a_bad_helpline_does_not_load() {
    let dir = RulesDir::new(
        "load",
        &format!("{PACK_HEAD}\n[[helpline]]\nname = \"Hotline\"\nphone = \"112\"\n"),
    );
    let mut pack = compile_dir(dir.path()).expect("compiles").pack;
    pack.meta.helplines[0].url = "javascript:alert(1)".into();
    let bytes = format::encode(&pack).expect("encodes");
    let error = Engine::from_pack_bytes(&bytes)
        .expect_err("refused")
        .to_string();
    assert!(error.contains("https://"), "{error}");

    pack.meta.helplines[0].url = String::new();
    pack.meta.helplines[0].phone = "112; DROP".into();
    let bytes = format::encode(&pack).expect("encodes");
    assert!(Engine::from_pack_bytes(&bytes).is_err());
}

/// The default pack names no helpline: it invents no one's number.
#[test]
fn the_default_pack_has_no_helpline() {
    let engine = Engine::with_default_pack().expect("default pack");
    assert!(engine.info().helplines.is_empty());
}

/// `waspada pack keygen | sign | verify`, as an NGO runs them before publishing its pack: the
/// signed pack verifies with the printed public key and with no other, and still loads.
#[test]
fn the_cli_signs_a_pack_and_checks_the_signature() {
    let dir = std::env::temp_dir().join(format!("waspada-ngo-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cli = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_waspada"))
            .args(args)
            .output()
            .expect("runs")
    };
    let path = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let public_of = |out: std::process::Output| {
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(out.status.success(), "{text}");
        text.rsplit(' ').next().unwrap_or("").trim().to_string()
    };
    let key = public_of(cli(&["pack", "keygen", "--secret", &path("ngo.key")]));
    let other = public_of(cli(&["pack", "keygen", "--secret", &path("other.key")]));
    assert_eq!(key.len(), 64, "{key}");
    assert!(
        !cli(&["pack", "keygen", "--secret", &path("ngo.key")])
            .status
            .success(),
        "an existing key is never overwritten"
    );
    std::fs::write(path("ngo.wpk"), waspada::pack::DEFAULT_PACK).unwrap();
    let unsigned = cli(&["pack", "verify", &path("ngo.wpk"), "--public-key", &key]);
    assert_eq!(unsigned.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unsigned.stderr).contains("not signed"));
    let signed = cli(&["pack", "sign", &path("ngo.wpk"), "--key", &path("ngo.key")]);
    assert!(signed.status.success());
    assert_eq!(
        cli(&["pack", "verify", &path("ngo.wpk"), "--public-key", &key])
            .status
            .code(),
        Some(0)
    );
    let wrong = cli(&["pack", "verify", &path("ngo.wpk"), "--public-key", &other]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("does not match"));
    let bytes = std::fs::read(path("ngo.wpk")).unwrap();
    assert!(
        Engine::from_pack_bytes(&bytes).is_ok(),
        "a signed pack still loads"
    );
    std::fs::remove_dir_all(&dir).ok();
}
