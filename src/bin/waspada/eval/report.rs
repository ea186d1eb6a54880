//! The evaluation report: per group, per category, threshold curve, worst mistakes.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Serialize;
use waspada::Level;

use super::Sample;

/// Score thresholds of the curve, as the level threshold moves.
const CURVE_STEP: u8 = 5;

/// Everything `waspada eval` measured.
#[derive(Debug, Serialize)]
pub struct Report {
    /// One row per (group, label).
    pub groups: Vec<GroupRow>,
    /// One row per category, expected or found.
    pub categories: Vec<CategoryRow>,
    /// Recall and false-positive rate if "flagged" started at each score.
    pub curve: Vec<CurvePoint>,
    /// Benign records flagged, highest score first.
    pub false_alarms: Vec<Sample>,
    /// Scam records not flagged, lowest score first.
    pub misses: Vec<Sample>,
}

/// Figures of one group.
#[derive(Debug, Serialize)]
pub struct GroupRow {
    /// Group name from the data.
    pub group: String,
    /// 1 scam, 0 benign.
    pub label: u8,
    /// Records.
    pub n: usize,
    /// Records at warning or danger.
    pub flagged: usize,
    /// `flagged / n` in percent: recall for scam groups, false-positive rate for benign ones.
    pub rate: f64,
    /// Records at caution (badge only; not counted as flagged).
    pub caution: usize,
    /// Records at danger.
    pub danger: usize,
}

/// Figures of one category.
#[derive(Debug, Default, Serialize)]
pub struct CategoryRow {
    /// Category name (contract 3), or the data's own label for it.
    pub category: String,
    /// Scam records whose data says they are of this category.
    pub expected: usize,
    /// Of those, flagged.
    pub expected_flagged: usize,
    /// Flagged scam records whose strongest category is this one.
    pub found_in_scams: usize,
    /// Flagged benign records (false alarms) whose strongest category is this one.
    pub found_in_false_alarms: usize,
}

/// One point of the threshold curve.
#[derive(Debug, Serialize)]
pub struct CurvePoint {
    /// Lowest score counted as flagged.
    pub threshold: u8,
    /// Share of all scam records at or above it, in percent.
    pub recall: f64,
    /// Share of all benign records at or above it, in percent.
    pub false_positive_rate: f64,
    /// Per group: share at or above it, in percent.
    pub groups: BTreeMap<String, f64>,
}

impl Report {
    /// Computes the report; `worst` bounds each list of mistakes.
    pub fn new(samples: &[Sample], worst: usize) -> Report {
        Report {
            groups: group_rows(samples),
            categories: category_rows(samples),
            curve: curve(samples),
            false_alarms: worst_of(samples, 0, worst),
            misses: worst_of(samples, 1, worst),
        }
    }

    /// The report as Markdown tables.
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        out.push_str("| group | label | n | flagged | measures | caution | danger |\n");
        out.push_str("|---|---|---:|---:|---|---:|---:|\n");
        for g in &self.groups {
            let what = if g.label == 1 {
                "recall"
            } else {
                "false-positive rate"
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {:.2}% | {what} | {} | {} |",
                g.group, g.label, g.n, g.rate, g.caution, g.danger
            );
        }
        if !self.categories.is_empty() {
            out.push_str("\n| category | scams labelled so | of those flagged | flagged scams naming it | false alarms naming it |\n");
            out.push_str("|---|---:|---:|---:|---:|\n");
            for c in &self.categories {
                let recall = if c.expected == 0 {
                    "–".to_string()
                } else {
                    format!("{}", c.expected_flagged)
                };
                let _ = writeln!(
                    out,
                    "| {} | {} | {recall} | {} | {} |",
                    c.category, c.expected, c.found_in_scams, c.found_in_false_alarms
                );
            }
        }
        out.push_str("\n| flagged from score | recall (all scam records) | false-positive rate (all benign) |\n");
        out.push_str("|---:|---:|---:|\n");
        for p in &self.curve {
            let _ = writeln!(
                out,
                "| {} | {:.2}% | {:.2}% |",
                p.threshold, p.recall, p.false_positive_rate
            );
        }
        mistakes(&mut out, "Worst false alarms", &self.false_alarms);
        mistakes(&mut out, "Worst misses", &self.misses);
        out
    }
}

fn mistakes(out: &mut String, title: &str, samples: &[Sample]) {
    if samples.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{title}:\n");
    out.push_str("| group | id | level | score | reasons | text |\n|---|---|---|---:|---|---|\n");
    for s in samples {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            s.group,
            s.id,
            s.level.as_str(),
            s.score,
            s.reasons.join("; ").replace('|', " "),
            s.snippet
        );
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        // Two decimals, so the JSON and the table agree.
        (10_000.0 * part as f64 / whole as f64).round() / 100.0
    }
}

fn group_rows(samples: &[Sample]) -> Vec<GroupRow> {
    let mut rows: BTreeMap<(String, u8), GroupRow> = BTreeMap::new();
    for s in samples {
        let row = rows
            .entry((s.group.clone(), s.label))
            .or_insert_with(|| GroupRow {
                group: s.group.clone(),
                label: s.label,
                n: 0,
                flagged: 0,
                rate: 0.0,
                caution: 0,
                danger: 0,
            });
        row.n += 1;
        row.flagged += usize::from(s.flagged());
        row.caution += usize::from(s.level == Level::Caution);
        row.danger += usize::from(s.level == Level::Danger);
    }
    rows.into_values()
        .map(|mut r| {
            r.rate = percent(r.flagged, r.n);
            r
        })
        .collect()
}

fn category_rows(samples: &[Sample]) -> Vec<CategoryRow> {
    let mut rows: BTreeMap<String, CategoryRow> = BTreeMap::new();
    fn row<'a>(rows: &'a mut BTreeMap<String, CategoryRow>, name: &str) -> &'a mut CategoryRow {
        rows.entry(name.to_string()).or_insert_with(|| CategoryRow {
            category: name.to_string(),
            ..CategoryRow::default()
        })
    }
    for s in samples {
        if s.label == 1
            && let Some(expected) = &s.expected
        {
            let r = row(&mut rows, expected);
            r.expected += 1;
            r.expected_flagged += usize::from(s.flagged());
        }
        if s.flagged()
            && let Some(found) = s.categories.first()
        {
            let r = row(&mut rows, found.as_str());
            if s.label == 1 {
                r.found_in_scams += 1;
            } else {
                r.found_in_false_alarms += 1;
            }
        }
    }
    rows.into_values().collect()
}

fn curve(samples: &[Sample]) -> Vec<CurvePoint> {
    let (scams, benign): (Vec<&Sample>, Vec<&Sample>) = samples.iter().partition(|s| s.label == 1);
    (1..=100 / CURVE_STEP)
        .map(|i| {
            let t = i * CURVE_STEP;
            let at_or_above = |set: &[&Sample]| set.iter().filter(|s| s.score >= t).count();
            let mut groups: BTreeMap<String, (usize, usize)> = BTreeMap::new();
            for s in samples {
                let g = groups.entry(s.group.clone()).or_default();
                g.0 += 1;
                g.1 += usize::from(s.score >= t);
            }
            CurvePoint {
                threshold: t,
                recall: percent(at_or_above(&scams), scams.len()),
                false_positive_rate: percent(at_or_above(&benign), benign.len()),
                groups: groups
                    .into_iter()
                    .map(|(g, (n, above))| (g, percent(above, n)))
                    .collect(),
            }
        })
        .collect()
}

/// Mistakes of one label: false alarms (label 0) by highest score, misses (label 1) by lowest.
fn worst_of(samples: &[Sample], label: u8, worst: usize) -> Vec<Sample> {
    let mut wrong: Vec<&Sample> = samples
        .iter()
        .filter(|s| s.label == label && s.mistaken())
        .collect();
    if label == 0 {
        wrong.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
    } else {
        wrong.sort_by(|a, b| a.score.cmp(&b.score).then_with(|| a.id.cmp(&b.id)));
    }
    wrong.into_iter().take(worst).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(group: &str, label: u8, score: u8, level: Level) -> Sample {
        Sample {
            id: format!("{group}-{score}"),
            group: group.into(),
            label,
            expected: None,
            score,
            level,
            categories: Vec::new(),
            reasons: Vec::new(),
            snippet: String::new(),
        }
    }

    #[test]
    fn rates_curve_and_mistakes() {
        let samples = vec![
            s("spam", 1, 80, Level::Danger),
            s("spam", 1, 30, Level::Caution),
            s("ham", 0, 0, Level::Safe),
            s("ham", 0, 55, Level::Warning),
        ];
        let r = Report::new(&samples, 5);
        let spam = r.groups.iter().find(|g| g.group == "spam").unwrap();
        assert_eq!((spam.n, spam.flagged, spam.rate), (2, 1, 50.0));
        assert_eq!((spam.caution, spam.danger), (1, 1));
        let at_30 = r.curve.iter().find(|p| p.threshold == 30).unwrap();
        assert_eq!((at_30.recall, at_30.false_positive_rate), (100.0, 50.0));
        let at_60 = r.curve.iter().find(|p| p.threshold == 60).unwrap();
        assert_eq!((at_60.recall, at_60.false_positive_rate), (50.0, 0.0));
        assert_eq!(r.false_alarms.len(), 1);
        assert_eq!(r.misses[0].score, 30);
        assert!(
            r.markdown()
                .contains("| spam | 1 | 2 | 50.00% | recall | 1 | 1 |")
        );
    }
}
