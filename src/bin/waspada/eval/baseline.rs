//! Accuracy budgets: the per-group figures recorded in the repository, which a run must not
//! fall below (scam groups) or rise above (benign groups).

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::report::Report;

/// Rates are printed with two decimals; a difference below this is rounding, not a change.
const EPSILON: f64 = 0.005;

/// The recorded figures of each group.
#[derive(Debug, Serialize, Deserialize)]
pub struct Baseline {
    /// One entry per (group, label).
    pub groups: Vec<GroupFigure>,
}

/// What one group scored when the baseline was recorded.
#[derive(Debug, Serialize, Deserialize)]
pub struct GroupFigure {
    /// Group name.
    pub group: String,
    /// 1 scam, 0 benign.
    pub label: u8,
    /// Records: a different count means the data changed and the baseline must be re-recorded.
    pub n: usize,
    /// Flagged share in percent.
    pub rate: f64,
}

impl Baseline {
    /// This run's figures.
    pub fn from_report(report: &Report) -> Baseline {
        Baseline {
            groups: report
                .groups
                .iter()
                .map(|g| GroupFigure {
                    group: g.group.clone(),
                    label: g.label,
                    n: g.n,
                    rate: g.rate,
                })
                .collect(),
        }
    }

    /// Reads a baseline file.
    pub fn load(path: &Path) -> Result<Baseline, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read baseline {}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("baseline {}: {e}", path.display()))
    }

    /// Writes the baseline as pretty JSON (one group per block, easy to review in a diff).
    pub fn save(&self, path: &Path) -> Result<(), String> {
        let text = serde_json::to_string_pretty(self).map_err(|e| e.to_string())?;
        std::fs::write(path, text + "\n")
            .map_err(|e| format!("cannot write {}: {e}", path.display()))
    }

    /// Every way `report` does worse than this baseline, one line each naming the group.
    pub fn check(&self, report: &Report) -> Vec<String> {
        let mut failures = Vec::new();
        for want in &self.groups {
            let Some(got) = report
                .groups
                .iter()
                .find(|g| g.group == want.group && g.label == want.label)
            else {
                failures.push(format!(
                    "group {} (label {}) is missing from this run",
                    want.group, want.label
                ));
                continue;
            };
            if got.n != want.n {
                failures.push(format!(
                    "group {}: {} records, baseline has {} (the data changed: re-record the baseline)",
                    want.group, got.n, want.n
                ));
            } else if want.label == 1 && got.rate + EPSILON < want.rate {
                failures.push(format!(
                    "group {}: recall fell from {:.2}% to {:.2}%",
                    want.group, want.rate, got.rate
                ));
            } else if want.label == 0 && got.rate > want.rate + EPSILON {
                failures.push(format!(
                    "group {}: false-positive rate rose from {:.2}% to {:.2}%",
                    want.group, want.rate, got.rate
                ));
            }
        }
        failures
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::Sample;
    use waspada::Level;

    fn sample(group: &str, label: u8, level: Level) -> Sample {
        Sample {
            id: String::new(),
            group: group.into(),
            label,
            expected: None,
            score: 0,
            level,
            categories: Vec::new(),
            reasons: Vec::new(),
            snippet: String::new(),
        }
    }

    #[test]
    fn a_drop_in_recall_or_a_rise_in_false_alarms_fails_and_names_the_group() {
        let before = Report::new(
            &[
                sample("spam", 1, Level::Danger),
                sample("spam", 1, Level::Warning),
                sample("ham", 0, Level::Safe),
            ],
            0,
        );
        let baseline = Baseline::from_report(&before);
        assert!(baseline.check(&before).is_empty());

        let worse = Report::new(
            &[
                sample("spam", 1, Level::Danger),
                sample("spam", 1, Level::Caution),
                sample("ham", 0, Level::Warning),
            ],
            0,
        );
        let failures = baseline.check(&worse);
        assert_eq!(failures.len(), 2, "{failures:?}");
        assert!(
            failures
                .iter()
                .any(|f| f.contains("spam") && f.contains("recall"))
        );
        assert!(
            failures
                .iter()
                .any(|f| f.contains("ham") && f.contains("false-positive"))
        );

        let fewer = Report::new(&[sample("spam", 1, Level::Danger)], 0);
        let failures = baseline.check(&fewer);
        assert!(failures.iter().any(|f| f.contains("re-record")));
        assert!(
            failures
                .iter()
                .any(|f| f.contains("ham") && f.contains("missing"))
        );
    }
}
