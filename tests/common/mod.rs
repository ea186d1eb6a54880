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

/// Fails, listing every URL that is louder, unless each stays below `level` and raises none of
/// `never` (rule ids that must not appear even below it).
pub fn assert_below(engine: &Engine, urls: &[&str], level: Level, never: &[&str]) {
    let mut loud = Vec::new();
    for &url in urls {
        let (got, rules) = judge(engine, url);
        if got >= level || rules.iter().any(|r| never.contains(&r.as_str())) {
            loud.push(format!("{url}: {got:?} {rules:?}"));
        }
    }
    assert!(loud.is_empty(), "not quiet:\n{}", loud.join("\n"));
}
