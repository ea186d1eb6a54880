//! `waspada eval`: how well the engine does on labelled data.
//!
//! Reads JSON lines (contract 1 plus `label` 1/0, `group`, and optionally `category`) and page
//! folders, judges every record with the same code as `scan --batch`, and reports per group
//! the flagged share (recall for scam groups, false-positive rate for benign ones), per
//! category, the threshold curve, and the worst mistakes with their reasons. `--baseline`
//! turns the report into a budget: a group that does worse than the recorded figure fails.

mod baseline;
mod corpus;
mod report;

use std::path::PathBuf;

use waspada::{Category, Engine, Lang, Level};

pub use baseline::Baseline;

/// What `waspada eval` was asked to do.
pub struct EvalArgs {
    /// Labelled JSON-lines files.
    pub files: Vec<PathBuf>,
    /// Page folders: a `manifest.json` gives URLs and labels, otherwise every page is benign.
    pub pages: Vec<PathBuf>,
    /// Page folders whose benign pages' links are judged as benign URLs.
    pub links: Vec<PathBuf>,
    /// Write the whole report as JSON here.
    pub json: Option<PathBuf>,
    /// Write every judged record here as JSON lines.
    pub samples: Option<PathBuf>,
    /// How many false alarms and misses to show.
    pub worst: usize,
    /// Fail when a group does worse than recorded in this file.
    pub baseline: Option<PathBuf>,
    /// Record this run's figures as the new baseline.
    pub write_baseline: Option<PathBuf>,
    /// Leave out records the pack's text model was trained on.
    pub unseen: bool,
    /// Language of the reasons quoted in the report.
    pub lang: Lang,
}

/// One judged record, kept small: the report needs the score, the top reasons and a snippet.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Sample {
    /// The record's id.
    pub id: String,
    /// Where it comes from.
    pub group: String,
    /// 1 scam, 0 benign.
    pub label: u8,
    /// Expected category, when the data says.
    pub expected: Option<String>,
    /// The engine's score.
    pub score: u8,
    /// The engine's level.
    pub level: Level,
    /// Categories found, strongest first.
    pub categories: Vec<Category>,
    /// The three strongest reasons as `rule: evidence`.
    pub reasons: Vec<String>,
    /// The start of the text (or the URL), to see what was judged.
    pub snippet: String,
}

impl Sample {
    /// Whether the engine warned (warning or danger, contract 2).
    pub fn flagged(&self) -> bool {
        self.level.is_flagged()
    }

    /// Whether the engine got it wrong.
    pub fn mistaken(&self) -> bool {
        self.flagged() != (self.label == 1)
    }
}

/// Runs the evaluation and prints the report; `Ok(false)` when a baseline check failed.
pub fn run(engine: &Engine, args: &EvalArgs) -> Result<bool, String> {
    if args.files.is_empty() && args.pages.is_empty() && args.links.is_empty() {
        return Err("give labelled .jsonl files and/or --pages or --links folders".into());
    }
    let mut samples = Vec::new();
    for file in &args.files {
        samples.extend(corpus::judge_jsonl(engine, args.lang, file, args.unseen)?);
    }
    for dir in &args.pages {
        samples.extend(corpus::judge_pages(engine, args.lang, dir)?);
    }
    for dir in &args.links {
        samples.extend(corpus::judge_links(engine, args.lang, dir)?);
    }
    let report = report::Report::new(&samples, args.worst);
    out!("{}", report.markdown());
    if let Some(path) = &args.json {
        let text = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
        std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    if let Some(path) = &args.samples {
        write_samples(path, &samples)?;
    }
    if let Some(path) = &args.write_baseline {
        Baseline::from_report(&report).save(path)?;
        eprintln!("baseline written to {}", path.display());
    }
    match &args.baseline {
        Some(path) => {
            let failures = Baseline::load(path)?.check(&report);
            for f in &failures {
                eprintln!("BUDGET FAILED: {f}");
            }
            if failures.is_empty() {
                eprintln!("accuracy budget ok ({})", path.display());
            }
            Ok(failures.is_empty())
        }
        None => Ok(true),
    }
}

/// Every judged record as one JSON line, in the order judged.
fn write_samples(path: &std::path::Path, samples: &[Sample]) -> Result<(), String> {
    let mut text = String::new();
    for sample in samples {
        text.push_str(&serde_json::to_string(sample).map_err(|e| e.to_string())?);
        text.push('\n');
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
