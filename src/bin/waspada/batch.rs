//! `waspada scan --batch`: JSON lines in, one verdict line out per input line, same order.

use std::io::{BufRead, BufWriter, Write};
use std::path::PathBuf;

use serde::Deserialize;
use waspada::page::html::page_from_html;
use waspada::{Engine, Lang, PageModel, Verdict};

use crate::output::json_line;

/// One input record (design contract 1). `label`, `group` and `category` are read by
/// `waspada eval`; other unknown fields are ignored.
#[derive(Deserialize, Default)]
pub struct Record {
    /// Echoed in the verdict line.
    pub id: Option<serde_json::Value>,
    /// A message or comment.
    pub text: Option<String>,
    /// A whole page.
    pub html: Option<String>,
    /// The page's or the link's URL.
    pub url: Option<String>,
    /// Language of the explanations for this record.
    pub lang: Option<String>,
    /// 1 for a scam, 0 for benign (evaluation only).
    pub label: Option<u8>,
    /// Where the record comes from (evaluation only).
    pub group: Option<String>,
    /// The expected scam category, when known (evaluation only).
    pub category: Option<String>,
}

/// Reads JSON lines from the files given (or stdin) and writes verdict lines to stdout.
pub fn run(engine: &Engine, lang: Lang, inputs: &[PathBuf]) -> Result<(), String> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let readers: Vec<Box<dyn BufRead>> =
        if inputs.is_empty() || inputs.iter().all(|p| p.as_os_str() == "-") {
            vec![Box::new(std::io::stdin().lock())]
        } else {
            let mut v: Vec<Box<dyn BufRead>> = Vec::new();
            for p in inputs {
                let f = std::fs::File::open(p)
                    .map_err(|e| format!("cannot open {}: {e}", p.display()))?;
                v.push(Box::new(std::io::BufReader::new(f)));
            }
            v
        };
    let mut line = Vec::new();
    for mut reader in readers {
        loop {
            line.clear();
            let n = reader
                .read_until(b'\n', &mut line)
                .map_err(|e| format!("cannot read input: {e}"))?;
            if n == 0 {
                break;
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end_matches(['\n', '\r']);
            let result = judge_line(engine, lang, text);
            writeln!(out, "{result}").map_err(|e| format!("cannot write output: {e}"))?;
        }
    }
    out.flush().map_err(|e| format!("cannot write output: {e}"))
}

/// Judges one line; a bad line yields a safe verdict line with an `error` field.
fn judge_line(engine: &Engine, default_lang: Lang, line: &str) -> String {
    let record: Record = match serde_json::from_str(line) {
        Ok(r) => r,
        Err(e) => {
            // Echo the id if the line is JSON with an id but the wrong shape.
            let id = serde_json::from_str::<serde_json::Value>(line)
                .ok()
                .and_then(|v| v.get("id").cloned());
            return json_line(
                id.as_ref(),
                &Verdict::safe(),
                Some(&format!("invalid JSON line: {e}")),
            );
        }
    };
    let lang = record.lang.as_deref().map_or(default_lang, Lang::from_code);
    let id = record.id.as_ref();
    if id.is_none_or(|v| !(v.is_string() || v.is_number())) {
        return json_line(
            id,
            &Verdict::safe(),
            Some("missing `id` (a string or number)"),
        );
    }
    match judge(engine, lang, &record) {
        Ok(verdict) => json_line(id, &verdict, None),
        Err(e) => json_line(id, &Verdict::safe(), Some(&e)),
    }
}

/// Judges one record: a page (`html`), a text with or without its page URL, or a URL alone.
pub fn judge(engine: &Engine, lang: Lang, record: &Record) -> Result<Verdict, String> {
    let url = record.url.as_deref().filter(|u| !u.trim().is_empty());
    Ok(match (&record.html, &record.text, url) {
        (Some(html), _, _) => engine.scan_page(&page_from_html(html, url), lang),
        (None, Some(text), Some(u)) => engine.scan_page(&PageModel::from_text(text, Some(u)), lang),
        (None, Some(text), None) => engine.scan_text(text, lang),
        (None, None, Some(u)) => engine
            .check_url(u, lang)
            .map_err(|e| format!("bad url: {e}"))?,
        (None, None, None) => return Err("the line needs `text`, `html` or `url`".into()),
    })
}
