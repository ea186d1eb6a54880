//! Helpers shared by the URL integration tests (`mod common;` in each).

use waspada::{Engine, Lang, Level};

/// The level of `url` and the rules of its reasons.
pub fn judge(engine: &Engine, url: &str) -> (Level, Vec<String>) {
    let v = engine.check_url(url, Lang::En).expect("valid URL");
    (v.level, v.reasons.into_iter().map(|r| r.rule).collect())
}

/// Fails, listing every miss, unless each URL is warned about (or worse) with its expected rule.
pub fn assert_warned_with(engine: &Engine, cases: &[(&str, &str)]) {
    let mut quiet = Vec::new();
    for &(url, expected) in cases {
        let (level, rules) = judge(engine, url);
        if level < Level::Warning || !rules.iter().any(|r| r == expected) {
            quiet.push(format!("{url}: {level:?} {rules:?} (expected {expected})"));
        }
    }
    assert!(quiet.is_empty(), "not warned:\n{}", quiet.join("\n"));
}
