//! `waspada model train`: trains the on-device text model from labelled messages and the
//! rules' own examples, and writes it where `pack build` picks it up (`rules/model/`).

use std::io::BufRead;
use std::path::PathBuf;

use serde::Deserialize;
use waspada::Category;
use waspada::text::model::is_held_out;
use waspada::text::train::{Example, TrainOptions, train};

/// What `waspada model train` was asked to do.
#[derive(clap::Args)]
pub struct TrainArgs {
    /// Labelled JSON-lines files (`id`, `text`, `label` 1/0, `group`).
    pub files: Vec<PathBuf>,
    /// Train only on records whose id starts with this (repeat; sources whose license allows).
    #[arg(long = "id-prefix")]
    pub id_prefixes: Vec<String>,
    /// Percent of ids held out of training, for `waspada eval --unseen`.
    #[arg(long, default_value_t = 30)]
    pub held_out: u8,
    /// Also train on this rules folder's examples and counter-examples.
    #[arg(long)]
    pub rules: Option<PathBuf>,
    /// Where to write the model.
    #[arg(short, long, default_value = "rules/model/text.wmodel")]
    pub output: PathBuf,
    /// Hash table size: 2^bits weights per head.
    #[arg(long, default_value_t = 18)]
    pub bits: u8,
    /// Lowest scam probability that counts as evidence.
    #[arg(long, default_value_t = 0.85)]
    pub threshold: f32,
}

#[derive(Deserialize)]
struct Record {
    id: serde_json::Value,
    text: Option<String>,
    label: Option<u8>,
    group: Option<String>,
}

/// Trains and writes the model; prints what it was trained on.
pub fn run(args: &TrainArgs) -> Result<(), String> {
    if !(10..=22).contains(&args.bits) {
        return Err("--bits must be between 10 and 22".into());
    }
    if !(0.0..1.0).contains(&args.threshold) {
        return Err("--threshold must be at least 0 and below 1".into());
    }
    let mut examples = Vec::new();
    for path in &args.files {
        let file = std::fs::File::open(path)
            .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
        for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
            let line = line.map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let r: Record = serde_json::from_str(&line)
                .map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
            let id = match &r.id {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let wanted = args.id_prefixes.is_empty()
                || args.id_prefixes.iter().any(|p| id.starts_with(p.as_str()));
            let (Some(text), Some(label)) = (r.text, r.label) else {
                continue;
            };
            if !wanted || is_held_out(&id, args.held_out) {
                continue;
            }
            examples.push(Example {
                text,
                scam: label == 1,
                group: r.group.unwrap_or_else(|| "data".into()),
            });
        }
    }
    if let Some(dir) = &args.rules {
        examples.extend(rule_examples(dir)?);
    }
    if examples.is_empty() {
        return Err("no training examples (check the files and --id-prefix)".into());
    }
    let mut model = train(
        &examples,
        &TrainOptions {
            bits: args.bits,
            threshold: args.threshold,
            ..TrainOptions::default()
        },
    );
    model.trained_id_prefixes = args.id_prefixes.clone();
    model.held_out_percent = args.held_out;
    let bytes = waspada::pack::format::encode_text_model(&model).map_err(|e| e.to_string())?;
    if let Some(parent) = args.output.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(&args.output, &bytes)
        .map_err(|e| format!("cannot write {}: {e}", args.output.display()))?;
    let mut groups: std::collections::BTreeMap<&str, usize> = Default::default();
    for e in &examples {
        *groups.entry(e.group.as_str()).or_default() += 1;
    }
    let summary: Vec<String> = groups.iter().map(|(g, n)| format!("{g} {n}")).collect();
    outln!(
        "{}: {} bytes, 2^{} buckets, trained on {} texts ({})",
        args.output.display(),
        bytes.len(),
        args.bits,
        examples.len(),
        summary.join(", ")
    );
    Ok(())
}

/// The rules' examples (scams) and counter-examples and the dampeners' examples (benign):
/// text the project wrote, in the languages the rules cover.
fn rule_examples(dir: &std::path::Path) -> Result<Vec<Example>, String> {
    let compiled = waspada::pack::source::compile_dir(dir).map_err(|e| e.to_string())?;
    let categories: std::collections::HashMap<&str, Option<Category>> = compiled
        .pack
        .rules
        .iter()
        .map(|r| (r.id.as_str(), r.category))
        .collect();
    let mut out = Vec::new();
    for r in &compiled.examples {
        let category = categories.get(r.rule.as_str()).copied().flatten();
        let scam = !matches!(category, None | Some(Category::Context));
        for text in &r.examples {
            out.push(Example {
                text: text.clone(),
                scam,
                group: "rule-examples".into(),
            });
        }
        for text in &r.counter_examples {
            out.push(Example {
                text: text.clone(),
                scam: false,
                group: "rule-counter-examples".into(),
            });
        }
    }
    Ok(out)
}
