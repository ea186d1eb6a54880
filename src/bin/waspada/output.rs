//! How verdicts are printed: contract JSON lines, or text for people.

use serde::Serialize;
use waspada::{Category, Level, Reason, Verdict};

/// One output line of `scan --batch` (design contract 1), in contract key order.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a serde_json::Value,
    level: Level,
    score: u8,
    categories: &'a [Category],
    reasons: &'a [Reason],
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

/// The verdict as one JSON line; `id` is echoed as given (null when missing).
pub fn json_line(id: Option<&serde_json::Value>, verdict: &Verdict, error: Option<&str>) -> String {
    let null = serde_json::Value::Null;
    let line = Line {
        id: id.unwrap_or(&null),
        level: verdict.level,
        score: verdict.score,
        categories: &verdict.categories,
        reasons: &verdict.reasons,
        error,
    };
    // Serialising plain strings and numbers cannot fail.
    serde_json::to_string(&line).unwrap_or_else(|e| format!("{{\"id\":null,\"error\":\"{e}\"}}"))
}

/// The verdict for people: a headline, then each reason with its evidence.
pub fn human(name: &str, verdict: &Verdict) -> String {
    let mut out = format!(
        "{name}\n  {} (score {})",
        verdict.level.as_str().to_uppercase(),
        verdict.score
    );
    if !verdict.categories.is_empty() {
        let cats: Vec<&str> = verdict.categories.iter().map(|c| c.as_str()).collect();
        out.push_str(&format!(" — {}", cats.join(", ")));
    }
    out.push('\n');
    for r in &verdict.reasons {
        out.push_str(&format!(
            "  • [{}] {}\n      {}\n",
            r.rule, r.message, r.evidence
        ));
    }
    out
}
