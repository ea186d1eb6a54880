//! `waspada eval`: per-group rates on labelled data, the JSON report, and the accuracy budget
//! that fails CI when a group does worse than recorded.

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/eval")
}

fn eval(extra: &[&str]) -> Output {
    let dir = fixtures();
    Command::new(env!("CARGO_BIN_EXE_waspada"))
        .arg("eval")
        .arg(dir.join("labelled.jsonl"))
        .arg("--pages")
        .arg(dir.join("pages"))
        .args(extra)
        .output()
        .expect("the CLI runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli_eval");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir.join(name)
}

#[test]
fn reports_each_group_with_its_rate_and_writes_json() {
    let json = scratch("report.json");
    let out = eval(&["--json-out", json.to_str().expect("utf-8 path")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.contains("| comments-judol | 1 | 1 | 100.00% | recall |"),
        "{table}"
    );
    assert!(table.contains("| sms-normal | 0 | 1 | 0.00% | false-positive rate |"));
    assert!(table.contains("| pages/pages-scam | 1 | 1 | 100.00% | recall |"));

    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(&json).expect("json written")).expect("json");
    let groups = report["groups"].as_array().expect("groups");
    assert_eq!(groups.len(), 8, "one row per (group, label): {groups:?}");
    let links: Vec<_> = groups.iter().filter(|g| g["group"] == "links").collect();
    assert_eq!(links.len(), 2, "a group with both labels gets two rows");
    let curve = report["curve"].as_array().expect("curve");
    assert_eq!(curve.len(), 20);
    // The curve never gains recall as the threshold rises.
    let recalls: Vec<f64> = curve.iter().filter_map(|p| p["recall"].as_f64()).collect();
    assert!(recalls.windows(2).all(|w| w[0] >= w[1]), "{recalls:?}");
    let phishing = report["categories"]
        .as_array()
        .expect("categories")
        .iter()
        .find(|c| c["category"] == "phishing")
        .expect("phishing row");
    assert_eq!(phishing["expected"], 2);
}

#[test]
fn a_group_below_its_recorded_figure_fails_and_is_named() {
    let baseline = scratch("baseline.json");
    let path = baseline.to_str().expect("utf-8 path");
    let out = eval(&["--write-baseline", path]);
    assert!(out.status.success());
    let ok = eval(&["--baseline", path, "--worst", "0"]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );

    // Pretend the repository recorded a lower false-positive rate than this run achieves.
    let mut recorded: Value =
        serde_json::from_str(&std::fs::read_to_string(&baseline).expect("read")).expect("json");
    for g in recorded["groups"].as_array_mut().expect("groups") {
        if g["group"] == "comments-judol" {
            g["n"] = 1.into();
            g["rate"] = 100.0.into();
        }
        if g["group"] == "sms-normal" {
            g["rate"] = (-1.0).into();
        }
    }
    std::fs::write(&baseline, recorded.to_string()).expect("write");
    let failed = eval(&["--baseline", path, "--worst", "0"]);
    assert_eq!(failed.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(
        stderr.contains("group sms-normal: false-positive rate rose"),
        "{stderr}"
    );
    assert!(!stderr.contains("comments-judol"), "{stderr}");
}

#[test]
fn an_unlabelled_record_is_an_error_with_its_line() {
    let data = scratch("unlabelled.jsonl");
    std::fs::write(
        &data,
        "{\"id\": 1, \"text\": \"halo\", \"label\": 0}\n{\"id\": 2, \"text\": \"halo\"}\n",
    )
    .expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_waspada"))
        .arg("eval")
        .arg(&data)
        .output()
        .expect("the CLI runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("unlabelled.jsonl:2") && stderr.contains("label"),
        "{stderr}"
    );
}
