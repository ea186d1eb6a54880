//! Reading labelled data: JSON-lines files and folders of saved pages.

use std::io::BufRead;
use std::path::Path;

use serde::Deserialize;
use waspada::{Engine, Lang, Verdict};

use super::Sample;
use crate::batch::{Record, judge};

/// Characters of text kept in a sample to show what was judged.
const SNIPPET_CHARS: usize = 120;

/// Judges every line of a labelled JSON-lines file. A line without `label` is an error: an
/// evaluation that silently skipped records would report the wrong rates. With `unseen`,
/// records the pack's text model was trained on are left out.
pub fn judge_jsonl(
    engine: &Engine,
    lang: Lang,
    path: &Path,
    unseen: bool,
) -> Result<Vec<Sample>, String> {
    let file =
        std::fs::File::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let fallback_group = path
        .file_stem()
        .map_or_else(|| "data".to_string(), |s| s.to_string_lossy().into_owned());
    let mut samples = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let at = || format!("{}:{}", path.display(), n + 1);
        let line = line.map_err(|e| format!("{}: {e}", at()))?;
        if line.trim().is_empty() {
            continue;
        }
        let record: Record =
            serde_json::from_str(&line).map_err(|e| format!("{}: invalid JSON line: {e}", at()))?;
        let label = match record.label {
            Some(l @ (0 | 1)) => l,
            _ => return Err(format!("{}: `label` must be 1 (scam) or 0 (benign)", at())),
        };
        let id = id_string(record.id.as_ref(), n + 1);
        if unseen && engine.model_trained_on(&id) {
            continue;
        }
        let lang = record.lang.as_deref().map_or(lang, Lang::from_code);
        let verdict = judge(engine, lang, &record).map_err(|e| format!("{}: {e}", at()))?;
        let snippet = record
            .text
            .as_deref()
            .or(record.url.as_deref())
            .unwrap_or("(page)");
        samples.push(sample(
            id_string(record.id.as_ref(), n + 1),
            record
                .group
                .clone()
                .unwrap_or_else(|| fallback_group.clone()),
            label,
            record.category.clone(),
            &verdict,
            snippet,
        ));
    }
    Ok(samples)
}

/// `manifest.json` of a page folder, as in `../shared/data/pages/real`.
#[derive(Deserialize)]
struct Manifest {
    pages: Vec<ManifestPage>,
}

#[derive(Deserialize)]
struct ManifestPage {
    file: String,
    url: Option<String>,
    /// `scam` / `benign` (or 1 / 0).
    label: serde_json::Value,
    category: Option<String>,
}

/// A saved page of a folder, with what its manifest says about it.
struct SavedPage {
    path: std::path::PathBuf,
    /// File name, as the report shows it.
    name: String,
    url: Option<String>,
    label: u8,
    category: Option<String>,
}

/// The pages of a folder. With a `manifest.json`, each page has its URL, label and category;
/// without one, every `.html` file directly in the folder is benign.
fn saved_pages(dir: &Path) -> Result<(Vec<SavedPage>, bool), String> {
    let manifest_path = dir.join("manifest.json");
    if manifest_path.exists() {
        let text = std::fs::read_to_string(&manifest_path)
            .map_err(|e| format!("cannot read {}: {e}", manifest_path.display()))?;
        let manifest: Manifest =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", manifest_path.display()))?;
        let mut pages = Vec::new();
        for page in manifest.pages {
            let label = match &page.label {
                serde_json::Value::String(s) if s == "scam" => 1,
                serde_json::Value::String(s) if s == "benign" => 0,
                serde_json::Value::Number(n) if n.as_u64() == Some(1) => 1,
                serde_json::Value::Number(n) if n.as_u64() == Some(0) => 0,
                other => {
                    return Err(format!(
                        "{}: {}: label {other} is neither scam nor benign",
                        manifest_path.display(),
                        page.file
                    ));
                }
            };
            pages.push(SavedPage {
                path: dir.join(&page.file),
                name: page.file,
                url: page.url,
                label,
                category: page.category,
            });
        }
        return Ok((pages, true));
    }
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html" || x == "htm"))
        .collect();
    files.sort();
    let pages = files
        .into_iter()
        .map(|path| SavedPage {
            name: path
                .file_name()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned()),
            path,
            url: None,
            label: 0,
            category: None,
        })
        .collect();
    Ok((pages, false))
}

fn folder_name(dir: &Path) -> String {
    dir.file_name()
        .map_or_else(|| "pages".to_string(), |s| s.to_string_lossy().into_owned())
}

/// Judges the pages of a folder. With a `manifest.json` the groups are
/// `pages/<folder>-scam` and `pages/<folder>-benign`; without one, every page is benign, in
/// group `pages/<folder>`.
pub fn judge_pages(engine: &Engine, lang: Lang, dir: &Path) -> Result<Vec<Sample>, String> {
    let folder = folder_name(dir);
    let (pages, has_manifest) = saved_pages(dir)?;
    let mut samples = Vec::new();
    for page in pages {
        let group = match (has_manifest, page.label) {
            (false, _) => format!("pages/{folder}"),
            (true, 1) => format!("pages/{folder}-scam"),
            (true, _) => format!("pages/{folder}-benign"),
        };
        let record = Record {
            html: Some(read_page(&page.path)?),
            url: page.url.clone(),
            ..Record::default()
        };
        let verdict = judge(engine, lang, &record)?;
        let shown = page.url.as_deref().unwrap_or(&page.name);
        samples.push(sample(
            page.name.clone(),
            group,
            page.label,
            page.category,
            &verdict,
            shown,
        ));
    }
    Ok(samples)
}

/// Judges the links of a folder's benign pages as URLs, in group `links/<folder>`: every
/// distinct absolute `http(s)` link the page model reads (`<a href>`) is one benign record.
/// Real pages link to the wider web (news, shops, ad and analytics hosts), so this measures
/// false alarms on addresses nobody picked for a data set. Scam pages are skipped: their
/// links are the scam's.
pub fn judge_links(engine: &Engine, lang: Lang, dir: &Path) -> Result<Vec<Sample>, String> {
    let group = format!("links/{}", folder_name(dir));
    let mut links = std::collections::BTreeSet::new();
    for page in saved_pages(dir)?.0.into_iter().filter(|p| p.label == 0) {
        let html = read_page(&page.path)?;
        let model = waspada::page::html::page_from_html(&html, page.url.as_deref());
        links.extend(
            model
                .links
                .into_iter()
                .map(|l| l.href)
                .filter(|h| h.starts_with("http://") || h.starts_with("https://")),
        );
    }
    let mut samples = Vec::new();
    for href in links {
        let record = Record {
            url: Some(href.clone()),
            ..Record::default()
        };
        // A link the engine cannot read as a URL (a stray space in a host) leads nowhere.
        let Ok(verdict) = judge(engine, lang, &record) else {
            continue;
        };
        samples.push(sample(
            href.clone(),
            group.clone(),
            0,
            None,
            &verdict,
            &href,
        ));
    }
    Ok(samples)
}

/// Saved pages are often badly encoded: replace invalid UTF-8 rather than refuse the page.
fn read_page(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn id_string(id: Option<&serde_json::Value>, line: usize) -> String {
    match id {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
        None => format!("line {line}"),
    }
}

fn sample(
    id: String,
    group: String,
    label: u8,
    expected: Option<String>,
    verdict: &Verdict,
    shown: &str,
) -> Sample {
    let reasons = verdict
        .reasons
        .iter()
        .take(3)
        .map(|r| format!("{}: {}", r.rule, one_line(&r.evidence, 60)))
        .collect();
    Sample {
        id,
        group,
        label,
        expected,
        score: verdict.score,
        level: verdict.level,
        categories: verdict.categories.clone(),
        reasons,
        snippet: one_line(shown, SNIPPET_CHARS),
    }
}

/// The first `max` characters on one line, for a table cell.
fn one_line(text: &str, max: usize) -> String {
    let mut out: String = text
        .chars()
        .map(|c| if c.is_control() || c == '|' { ' ' } else { c })
        .take(max)
        .collect();
    if text.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}
