//! `waspada scan --batch` (design contract 1): one verdict line per input line, same order,
//! `id` echoed, bad lines answered with an `error` field while the run goes on.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

fn run_batch(input: &[u8]) -> Vec<Value> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_waspada"))
        .args(["scan", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let owned = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&owned));
    let out = child.wait_with_output().expect("the CLI finishes");
    writer
        .join()
        .expect("writer thread")
        .expect("input written");
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("output is UTF-8")
        .lines()
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("output line is JSON ({e}): {l}"))
        })
        .collect()
}

fn assert_contract_shape(v: &Value) {
    let level = v["level"].as_str().expect("level");
    assert!(["safe", "caution", "warning", "danger"].contains(&level));
    let score = v["score"].as_u64().expect("score");
    assert!(score <= 100);
    assert!(v["categories"].is_array());
    for r in v["reasons"].as_array().expect("reasons") {
        for key in ["rule", "category", "message", "evidence"] {
            assert!(r[key].is_string(), "reason lacks {key}: {r}");
        }
    }
}

#[test]
fn mixed_good_and_bad_lines_keep_order_and_ids() {
    let input = std::fs::read("tests/fixtures/batch/mixed.jsonl").expect("fixture");
    let lines = input.iter().filter(|&&b| b == b'\n').count();
    let out = run_batch(&input);
    assert_eq!(out.len(), lines, "one output line per input line");
    for v in &out {
        assert_contract_shape(v);
    }
    let ids: Vec<&Value> = out.iter().map(|v| &v["id"]).collect();
    assert_eq!(ids[0], "sms-phish");
    assert_eq!(ids[1], 2, "numeric ids are echoed as numbers");
    assert_eq!(ids[5], "url-lookalike");

    let by_id = |id: &str| {
        out.iter()
            .find(|v| v["id"] == id)
            .unwrap_or_else(|| panic!("no line for {id}"))
    };
    let flagged = |v: &Value| matches!(v["level"].as_str(), Some("warning" | "danger"));
    assert!(flagged(by_id("sms-phish")), "{}", by_id("sms-phish"));
    assert_eq!(out[1]["level"], "safe");
    assert!(
        flagged(by_id("url-lookalike")),
        "{}",
        by_id("url-lookalike")
    );
    assert_eq!(
        by_id("html-phish")["level"],
        "danger",
        "{}",
        by_id("html-phish")
    );
    assert_eq!(by_id("url-official")["level"], "safe");

    // The bad lines: not JSON, no id, nothing to scan, a URL without a host, a blank line,
    // an id of the wrong type. Each gets a safe verdict with an error, and no id is invented.
    let errors: Vec<&Value> = out.iter().filter(|v| v.get("error").is_some()).collect();
    assert_eq!(errors.len(), 6, "{errors:#?}");
    assert!(out[2]["error"].as_str().unwrap().contains("invalid JSON"));
    assert_eq!(out[2]["id"], Value::Null);
    assert!(out[3]["error"].as_str().unwrap().contains("id"));
    assert!(
        by_id("nothing-to-scan")["error"]
            .as_str()
            .unwrap()
            .contains("text")
    );
    assert!(by_id("url-bad")["error"].as_str().unwrap().contains("url"));
    assert!(
        out.iter()
            .filter(|v| v.get("error").is_some())
            .all(|v| v["level"] == "safe")
    );
    assert!(by_id("sms-phish").get("error").is_none());
}

#[test]
fn invalid_utf8_and_huge_lines_get_an_answer() {
    let mut input = b"{\"id\": \"latin1\", \"text\": \"caf\xe9 \xff\"}\n".to_vec();
    let huge = "slot gacor hari ini ".repeat(200_000); // 4 MB in one line
    input.extend_from_slice(format!("{{\"id\": \"huge\", \"text\": \"{huge}\"}}\n").as_bytes());
    input.extend_from_slice(b"{\"id\": \"last\", \"text\": \"sampai jumpa\"}");
    let out = run_batch(&input);
    assert_eq!(out.len(), 3);
    assert_eq!(out[0]["id"], "latin1");
    assert_eq!(out[1]["id"], "huge");
    assert_eq!(
        out[2]["id"], "last",
        "a line without a final newline is read too"
    );
    for v in &out {
        assert_contract_shape(v);
    }
}

#[test]
fn single_file_scan_prints_json_with_reasons() {
    let out = Command::new(env!("CARGO_BIN_EXE_waspada"))
        .args([
            "scan",
            "--json",
            "--url",
            "http://klikbca-verifikasi.com/login",
            "tests/fixtures/pages/klikbca-phishing.html",
        ])
        .output()
        .expect("the CLI runs");
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_contract_shape(&v);
    assert_eq!(v["level"], "danger");
    assert!(!v["reasons"].as_array().unwrap().is_empty());
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_waspada"))
        .args(["scan", "no/such/file.html"])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read no/such/file.html"));
}

#[test]
fn a_damaged_pack_file_is_a_clear_error() {
    let dir = std::env::temp_dir().join(format!("waspada-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pack = dir.join("bad.wpk");
    std::fs::write(&pack, b"WSPK\x01\x00garbage").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_waspada"))
        .args(["check-url", "--pack"])
        .arg(&pack)
        .arg("example.com")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("too short"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_reader_that_stops_reading_is_not_a_crash() {
    // `waspada pack info | head -2`: the pipe closes before the output is written (the engine
    // takes milliseconds to load), and the CLI must end quietly rather than panic (exit 101).
    for args in [
        &["pack", "info"][..],
        &["check-url", "http://klikbca-verifikasi.com/login"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_waspada"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the CLI starts");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("the CLI ends");
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("panicked"),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_ne!(out.status.code(), Some(101), "{args:?}");
    }
}
