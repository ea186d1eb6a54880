//! Rule sources (`rules/`) → [`PackData`], with every problem reported as `file:line: message`.
//!
//! Shared with `build.rs` (serde, toml, thiserror only): the default pack embedded in the
//! library is compiled by exactly this code. The folder layout is described in `rules/README.md`.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::model::{
    BrandData, DomainList, Helpline, HostingData, Levels, MAX_HELPLINES, Messages, PackData,
    PackMeta, PriceData, PriceItem, ReportedEntry, ReportedKind, ReportedList, RuleData, RuleKind,
    SignalData, SourceInfo,
};
use crate::category::Category;
use crate::url::domains::{DomainSet, HashedDomainSet};

/// One problem found in the rule sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceProblem {
    /// File the problem is in.
    pub path: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// What is wrong, in words an editor of the file understands.
    pub message: String,
}

impl fmt::Display for SourceProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path.display(), line, self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

/// The rule sources could not be compiled; every problem found is listed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} problem(s) in the rule sources:\n{}", .0.len(), .0.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))]
pub struct SourceErrors(pub Vec<SourceProblem>);

/// A rule's examples, kept outside the compiled pack so that tools can run them as tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleExamples {
    /// The rule's id.
    pub rule: String,
    /// The file and line where the rule starts.
    pub path: PathBuf,
    /// 1-based line of the rule's `id`.
    pub line: usize,
    /// Texts the rule must fire on.
    pub examples: Vec<String>,
    /// Texts the rule must not fire on.
    pub counter_examples: Vec<String>,
}

/// The result of compiling a rules folder.
#[derive(Debug, Clone)]
pub struct CompiledSources {
    /// What goes into the pack.
    pub pack: PackData,
    /// Every rule's examples, for `waspada rules check` and the tests.
    pub examples: Vec<RuleExamples>,
    /// Every file read, for build scripts that rerun on change.
    pub files: Vec<PathBuf>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    name: String,
    version: String,
    publisher: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    levels: Option<Levels>,
    #[serde(default)]
    source: Vec<SourceInfo>,
    #[serde(default)]
    helpline: Vec<Helpline>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    /// Named phrase lists that `phrases` and `all` refer to as `"@name"` (this file only).
    #[serde(default)]
    sets: BTreeMap<String, Vec<Spanned<String>>>,
    #[serde(default)]
    rule: Vec<RuleSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSource {
    id: Spanned<String>,
    #[serde(default)]
    kind: RuleKind,
    category: Spanned<String>,
    #[serde(default)]
    lang: Vec<String>,
    weight: Spanned<i64>,
    #[serde(default)]
    message_weight: Option<Spanned<i64>>,
    #[serde(default)]
    phrases: Vec<Spanned<String>>,
    #[serde(default)]
    all: Vec<Vec<Spanned<String>>>,
    #[serde(default)]
    window: Option<u16>,
    #[serde(default)]
    negated_by: Vec<Spanned<String>>,
    #[serde(default)]
    message: Option<Messages>,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    counter_examples: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SignalFile {
    #[serde(default)]
    signal: Vec<SignalSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SignalSource {
    id: Spanned<String>,
    category: Spanned<String>,
    weight: Spanned<i64>,
    message: Messages,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BrandFile {
    #[serde(default)]
    brand: Vec<BrandSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BrandSource {
    name: Spanned<String>,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    keywords: Vec<String>,
    official: Vec<String>,
    #[serde(default)]
    not_typos: Vec<String>,
    #[serde(default)]
    lure_keywords: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HostingFile {
    #[serde(default)]
    free_hosting: Vec<String>,
    #[serde(default)]
    app_hosting: Vec<String>,
    #[serde(default)]
    abused_hosting: Vec<String>,
    #[serde(default)]
    shorteners: Vec<String>,
    #[serde(default)]
    risky_tlds: Vec<String>,
    #[serde(default)]
    institutional: Vec<String>,
    #[serde(default)]
    allow: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PriceFile {
    too_cheap_percent: u8,
    below_page_percent: u8,
    high_value: u64,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    item: Vec<PriceItemSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PriceItemSource {
    id: Spanned<String>,
    name: String,
    kind: String,
    phrases: Vec<String>,
    floor: u64,
    new: u64,
    #[serde(default)]
    per_gram: bool,
    source: String,
}

/// Languages a rule may declare.
pub const LANGUAGES: [&str; 4] = ["id", "en", "ms", "tl"];

/// Files in a rules folder that are not phrase-rule files.
const SPECIAL_FILES: [&str; 5] = [
    "pack.toml",
    "signals.toml",
    "brands.toml",
    "hosting.toml",
    "prices.toml",
];

/// Compiles every source in `dir` (see `rules/README.md` for the layout).
pub fn compile_dir(dir: &Path) -> Result<CompiledSources, SourceErrors> {
    let mut c = Compiler::default();
    let pack_path = dir.join("pack.toml");
    let mut toml_files = Vec::new();
    let mut list_files = Vec::new();
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            for entry in entries.flatten() {
                let path = entry.path();
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.ends_with(".toml") && !SPECIAL_FILES.contains(&name.as_str()) {
                    toml_files.push(path);
                }
            }
        }
        Err(e) => c.problem(dir, None, format!("cannot read the rules folder: {e}")),
    }
    if let Ok(entries) = std::fs::read_dir(dir.join("lists")) {
        for entry in entries.flatten() {
            if entry.path().extension().is_some_and(|e| e == "txt") {
                list_files.push(entry.path());
            }
        }
    }
    toml_files.sort();
    list_files.sort();

    if let Some(text) = c.read(&pack_path) {
        c.pack_file(&pack_path, &text);
    }
    let psl_path = dir.join("psl").join("public_suffix_list.dat");
    if psl_path.exists()
        && let Some(text) = c.read(&psl_path)
    {
        c.suffix_file(&psl_path, &text);
    }
    for (file, handler) in [
        (
            "signals.toml",
            Compiler::signal_file as fn(&mut Compiler, &Path, &str),
        ),
        ("brands.toml", Compiler::brand_file),
        ("hosting.toml", Compiler::hosting_file),
        ("prices.toml", Compiler::price_file),
    ] {
        let path = dir.join(file);
        if path.exists()
            && let Some(text) = c.read(&path)
        {
            handler(&mut c, &path, &text);
        }
    }
    for path in &toml_files {
        if let Some(text) = c.read(path) {
            c.rule_file(path, &text);
        }
    }
    for path in &list_files {
        if let Some(text) = c.read(path) {
            c.list_file(path, &text);
        }
    }
    let model_path = dir.join("model").join("text.wmodel");
    if model_path.exists() {
        c.files.push(model_path.clone());
        match std::fs::read(&model_path) {
            Ok(bytes) => match super::format::decode_text_model(&bytes) {
                Ok(model) => c.pack.text_model = Some(model),
                Err(e) => c.problem(
                    &model_path,
                    None,
                    format!("{e} (retrain it with `waspada model train`)"),
                ),
            },
            Err(e) => c.problem(&model_path, None, format!("cannot read: {e}")),
        }
    }
    let mut csv_files: Vec<PathBuf> = std::fs::read_dir(dir.join("reported"))
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "csv"))
                .collect()
        })
        .unwrap_or_default();
    csv_files.sort();
    for path in &csv_files {
        if let Some(text) = c.read(path) {
            c.reported_file(path, &text);
        }
    }
    c.finish()
}

#[derive(Default)]
struct Compiler {
    pack: PackData,
    examples: Vec<RuleExamples>,
    files: Vec<PathBuf>,
    problems: Vec<SourceProblem>,
    rule_ids: BTreeMap<String, (PathBuf, usize)>,
    signal_ids: HashSet<String>,
    saw_pack_file: bool,
    psl_source: bool,
    /// Every block list's hosts with the index of their list.
    block_hosts: Vec<(String, u8)>,
    /// The current rule file's `sets`, and which of them a rule used.
    sets: BTreeMap<String, Vec<Spanned<String>>>,
    used_sets: HashSet<String>,
}

impl Compiler {
    fn problem(&mut self, path: &Path, line: Option<usize>, message: String) {
        self.problems.push(SourceProblem {
            path: path.to_path_buf(),
            line,
            message,
        });
    }

    fn read(&mut self, path: &Path) -> Option<String> {
        self.files.push(path.to_path_buf());
        match std::fs::read_to_string(path) {
            Ok(text) => Some(text),
            Err(e) => {
                self.problem(path, None, format!("cannot read: {e}"));
                None
            }
        }
    }

    fn parse<T: serde::de::DeserializeOwned>(&mut self, path: &Path, text: &str) -> Option<T> {
        match toml::from_str::<T>(text) {
            Ok(v) => Some(v),
            Err(e) => {
                let line = e.span().map(|s| line_of(text, s.start));
                self.problem(path, line, e.message().to_string());
                None
            }
        }
    }

    fn category(&mut self, path: &Path, text: &str, name: &Spanned<String>) -> Option<Category> {
        let found = Category::from_name(name.get_ref());
        if found.is_none() {
            let known: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
            self.problem(
                path,
                Some(line_of(text, name.span().start)),
                format!(
                    "unknown category `{}` (known: {})",
                    name.get_ref(),
                    known.join(", ")
                ),
            );
        }
        found
    }

    fn weight(&mut self, path: &Path, text: &str, w: &Spanned<i64>) -> u8 {
        match u8::try_from(*w.get_ref()) {
            Ok(v @ 1..=100) => v,
            _ => {
                let line = Some(line_of(text, w.span().start));
                self.problem(
                    path,
                    line,
                    format!("weight {} is outside 1..=100", w.get_ref()),
                );
                0
            }
        }
    }

    fn pack_file(&mut self, path: &Path, text: &str) {
        self.saw_pack_file = true;
        let Some(file) = self.parse::<PackFile>(path, text) else {
            return;
        };
        let levels = file.levels.unwrap_or_default();
        if !(levels.caution < levels.warning
            && levels.warning < levels.danger
            && levels.danger <= 100)
        {
            self.problem(
                path,
                None,
                "levels must rise: caution < warning < danger ≤ 100".into(),
            );
        }
        if file.helpline.len() > MAX_HELPLINES {
            self.problem(
                path,
                None,
                format!("at most {MAX_HELPLINES} helplines: a warning has room for a few lines"),
            );
        }
        let mut helplines = Vec::new();
        for mut helpline in file.helpline {
            for field in [
                &mut helpline.name,
                &mut helpline.phone,
                &mut helpline.url,
                &mut helpline.hours,
            ] {
                *field = field.trim().to_string();
            }
            match helpline.problem() {
                Some(problem) => {
                    let line = text.find(&helpline.name).map(|at| line_of(text, at));
                    let message = format!("helpline `{}`: {problem}", helpline.name);
                    self.problem(path, line, message);
                }
                None => helplines.push(helpline),
            }
        }
        self.pack.meta = PackMeta {
            name: file.name,
            version: file.version,
            publisher: file.publisher,
            description: file.description,
            sources: file.source,
            helplines,
        };
        self.pack.levels = levels;
    }

    fn rule_file(&mut self, path: &Path, text: &str) {
        let Some(file) = self.parse::<RuleFile>(path, text) else {
            return;
        };
        self.sets = file.sets;
        self.used_sets.clear();
        for rule in file.rule {
            self.rule(path, text, rule);
        }
        let sets = std::mem::take(&mut self.sets);
        for (name, list) in &sets {
            let line = list.first().map(|p| line_of(text, p.span().start));
            if !self.used_sets.contains(name) {
                self.problem(path, line, format!("set `{name}` is never used"));
            }
        }
    }

    fn rule(&mut self, path: &Path, text: &str, rule: RuleSource) {
        let line = line_of(text, rule.id.span().start);
        let id = rule.id.get_ref().trim().to_string();
        if let Some((first_path, first_line)) = self.rule_ids.get(&id).cloned() {
            let msg = format!(
                "duplicate rule id `{id}` (first at {}:{first_line})",
                first_path.display()
            );
            self.problem(path, Some(line), msg);
        }
        self.rule_ids.insert(id.clone(), (path.to_path_buf(), line));
        let category = self.category(path, text, &rule.category);
        let weight = self.weight(path, text, &rule.weight);
        let message_weight = rule
            .message_weight
            .as_ref()
            .map(|w| self.weight(path, text, w));
        if let Some(cat) = category {
            let expected = if rule.kind == RuleKind::Dampen {
                Category::Context
            } else {
                cat
            };
            if cat != expected {
                self.problem(
                    path,
                    Some(line),
                    "a dampening rule must have category `context`".into(),
                );
            } else if rule.kind == RuleKind::Signal && cat == Category::Context {
                self.problem(
                    path,
                    Some(line),
                    "category `context` is only for `kind = \"dampen\"`".into(),
                );
            } else if !id.starts_with(&format!("{}.", cat.as_str())) {
                self.problem(
                    path,
                    Some(line),
                    format!("rule id `{id}` should start with `{cat}.`"),
                );
            }
        }
        for lang in &rule.lang {
            if !LANGUAGES.contains(&lang.as_str()) {
                let msg = format!(
                    "unknown language `{lang}` (known: {})",
                    LANGUAGES.join(", ")
                );
                self.problem(path, Some(line), msg);
            }
        }
        if rule.phrases.is_empty() && rule.all.is_empty() {
            self.problem(
                path,
                Some(line),
                "a rule needs `phrases`, `all`, or both".into(),
            );
        }
        if rule.window.is_some() && rule.all.is_empty() {
            self.problem(
                path,
                Some(line),
                "`window` only applies together with `all`".into(),
            );
        }
        let phrases = self.phrase_list(path, text, &rule.phrases);
        let all: Vec<Vec<String>> = rule
            .all
            .iter()
            .map(|g| self.phrase_list(path, text, g))
            .collect();
        if all.iter().any(|g| g.is_empty()) {
            self.problem(
                path,
                Some(line),
                "every group in `all` needs at least one phrase".into(),
            );
        }
        let negated_by = self.phrase_list(path, text, &rule.negated_by);
        if negated_by.iter().any(|n| n.contains('*')) {
            self.problem(
                path,
                Some(line),
                "`negated_by` takes whole words, not `*` patterns".into(),
            );
        }
        let message = rule.message.unwrap_or_default();
        if rule.kind == RuleKind::Signal
            && (message.id.trim().is_empty() || message.en.trim().is_empty())
        {
            self.problem(
                path,
                Some(line),
                "a rule needs `message.id` and `message.en`".into(),
            );
        }
        if rule.kind == RuleKind::Signal && rule.examples.is_empty() {
            self.problem(path, Some(line), "a rule needs at least one example".into());
        }
        self.examples.push(RuleExamples {
            rule: id.clone(),
            path: path.to_path_buf(),
            line,
            examples: rule.examples,
            counter_examples: rule.counter_examples,
        });
        self.pack.rules.push(RuleData {
            id,
            kind: rule.kind,
            category,
            weight,
            message_weight,
            phrases,
            all,
            window: rule.window,
            negated_by,
            message,
        });
    }

    /// Trims and lower-cases phrases, puts in the file's sets (`"@name"`), expands letter
    /// classes (`*[a-oq-z]88`, see `expand`) and adds copies for chat spellings (`text::chat`),
    /// reporting empty and repeated phrases.
    fn phrase_list(&mut self, path: &Path, text: &str, list: &[Spanned<String>]) -> Vec<String> {
        let mut seen = HashSet::new();
        let mut out = Vec::with_capacity(list.len());
        let mut patterns = Vec::with_capacity(list.len());
        for p in list {
            let raw = p.get_ref().trim().to_lowercase();
            let line = Some(line_of(text, p.span().start));
            let Some(name) = raw.strip_prefix('@') else {
                patterns.push((raw, line));
                continue;
            };
            let Some(set) = self.sets.get(name) else {
                self.problem(path, line, format!("unknown set `@{name}`"));
                continue;
            };
            for q in set {
                let item_line = Some(line_of(text, q.span().start));
                patterns.push((q.get_ref().trim().to_lowercase(), item_line));
            }
            self.used_sets.insert(name.to_string());
        }
        for (pattern, line) in patterns {
            match super::expand::expand_classes(&pattern) {
                Ok(phrases) => self.check_phrases(path, line, phrases, &mut seen, &mut out),
                Err(why) => self.problem(path, line, why),
            }
        }
        // The search reads chat spellings in full (`yg` as `yang`, `text::chat`), which a word
        // at an open end cannot be (`wa*` is also "wa", read as "whatsap"): such phrases gain
        // copies, after every phrase as written, so a rule listing one itself is no duplicate.
        let written = out.len();
        let chat = crate::text::chat::ChatWords::shared();
        for i in 0..written {
            for copy in crate::text::chat::readings_of_written(chat, &out[i]) {
                if seen.insert(copy.clone()) {
                    out.push(copy);
                }
            }
        }
        out
    }

    /// Keeps the usable phrases of one pattern: not empty, `*` only at an end, not repeated.
    fn check_phrases(
        &mut self,
        path: &Path,
        line: Option<usize>,
        phrases: Vec<String>,
        seen: &mut HashSet<String>,
        out: &mut Vec<String>,
    ) {
        for phrase in phrases {
            if phrase.starts_with('@') {
                self.problem(path, line, format!("sets cannot hold sets: `{phrase}`"));
            } else if phrase.trim_matches('*').trim().is_empty() {
                self.problem(path, line, "empty phrase".into());
            } else if phrase.trim_matches('*').contains('*') {
                self.problem(
                    path,
                    line,
                    format!("`*` may only start or end a phrase: `{phrase}`"),
                );
            } else if !seen.insert(phrase.clone()) {
                self.problem(path, line, format!("duplicate phrase `{phrase}`"));
            } else {
                out.push(phrase);
            }
        }
    }

    fn signal_file(&mut self, path: &Path, text: &str) {
        let Some(file) = self.parse::<SignalFile>(path, text) else {
            return;
        };
        for s in file.signal {
            let line = Some(line_of(text, s.id.span().start));
            let id = s.id.get_ref().clone();
            if !self.signal_ids.insert(id.clone()) {
                self.problem(path, line, format!("duplicate signal `{id}`"));
            }
            let category = self.category(path, text, &s.category);
            let weight = self.weight(path, text, &s.weight);
            self.pack.signals.push(SignalData {
                id,
                category,
                weight,
                message: s.message,
            });
        }
    }

    fn brand_file(&mut self, path: &Path, text: &str) {
        let Some(file) = self.parse::<BrandFile>(path, text) else {
            return;
        };
        for b in file.brand {
            let line = Some(line_of(text, b.name.span().start));
            if b.official.is_empty() {
                self.problem(
                    path,
                    line,
                    format!("brand `{}` has no official domain", b.name.get_ref()),
                );
            }
            let official: Vec<String> =
                b.official.iter().map(|d| d.trim().to_lowercase()).collect();
            for d in &official {
                if !is_host_name(d) {
                    self.problem(path, line, format!("`{d}` is not a domain name"));
                }
            }
            // Words of a brand as written by hand: trimmed, lower case.
            let words = |v: &[String]| -> Vec<String> {
                v.iter().map(|w| w.trim().to_lowercase()).collect()
            };
            let keywords = words(&b.keywords);
            let not_typos = words(&b.not_typos);
            for w in &not_typos {
                if !keywords.iter().any(|k| crate::url::edit::is_typo_of(w, k)) {
                    self.problem(
                        path,
                        line,
                        format!("not_typos: `{w}` is no typo of any keyword of `{}`, so it changes nothing", b.name.get_ref()),
                    );
                }
            }
            let lure_keywords = words(&b.lure_keywords);
            for k in &lure_keywords {
                if k.len() < 3 || !k.bytes().all(|c| c.is_ascii_lowercase()) {
                    self.problem(
                        path,
                        line,
                        format!("lure_keywords: `{k}` must be one word of 3+ letters a-z (a whole piece of a host name)"),
                    );
                }
            }
            self.pack.brands.push(BrandData {
                name: b.name.into_inner(),
                kind: b.kind,
                keywords,
                official,
                not_typos,
                lure_keywords,
            });
        }
    }

    fn hosting_file(&mut self, path: &Path, text: &str) {
        let Some(file) = self.parse::<HostingFile>(path, text) else {
            return;
        };
        let clean = |v: Vec<String>| -> Vec<String> {
            let mut v: Vec<String> = v
                .into_iter()
                .map(|s| s.trim().trim_start_matches('.').to_lowercase())
                .collect();
            v.sort();
            v.dedup();
            v
        };
        let hosting = HostingData {
            free_hosting: clean(file.free_hosting),
            app_hosting: clean(file.app_hosting),
            shorteners: clean(file.shorteners),
            risky_tlds: clean(file.risky_tlds),
            institutional: clean(file.institutional),
            allow: clean(file.allow),
            abused_hosting: clean(file.abused_hosting),
        };
        // The abused hosts are a part of free hosting, not a kind of their own: the engine
        // asks about them only for a site it already found on free hosting.
        for host in &hosting.abused_hosting {
            if !hosting.free_hosting.contains(host) && !hosting.app_hosting.contains(host) {
                self.problem(
                    path,
                    None,
                    format!("`{host}` is in `abused_hosting` but in neither `free_hosting` nor `app_hosting`"),
                );
            }
        }
        self.pack.hosting = hosting;
    }

    fn price_file(&mut self, path: &Path, text: &str) {
        let Some(file) = self.parse::<PriceFile>(path, text) else {
            return;
        };
        for (name, v) in [
            ("too_cheap_percent", file.too_cheap_percent),
            ("below_page_percent", file.below_page_percent),
        ] {
            if !(1..=99).contains(&v) {
                self.problem(path, None, format!("`{name}` must be within 1..=99"));
            }
        }
        let mut ids = HashSet::new();
        let mut items = Vec::with_capacity(file.item.len());
        for item in file.item {
            let line = Some(line_of(text, item.id.span().start));
            let id = item.id.into_inner();
            if !ids.insert(id.clone()) {
                self.problem(path, line, format!("duplicate item `{id}`"));
            }
            if item.phrases.iter().all(|p| p.trim().is_empty()) {
                self.problem(path, line, format!("item `{id}` needs `phrases`"));
            }
            if item.floor == 0 || item.floor > item.new {
                self.problem(
                    path,
                    line,
                    format!("item `{id}`: `floor` must be above 0 and at most `new`"),
                );
            }
            if item.source.trim().is_empty() {
                self.problem(path, line, format!("item `{id}` needs a `source`"));
            }
            items.push(PriceItem {
                id,
                name: item.name,
                kind: item.kind,
                phrases: item
                    .phrases
                    .iter()
                    .map(|p| p.trim().to_lowercase())
                    .filter(|p| !p.is_empty())
                    .collect(),
                floor: item.floor,
                new: item.new,
                per_gram: item.per_gram,
                source: item.source,
            });
        }
        self.pack.prices = PriceData {
            too_cheap_percent: file.too_cheap_percent,
            below_page_percent: file.below_page_percent,
            high_value: file.high_value,
            exclude: file
                .exclude
                .iter()
                .map(|w| w.trim().to_lowercase())
                .collect(),
            items,
        };
    }

    fn reported_file(&mut self, path: &Path, text: &str) {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match parse_reported_csv(&name, text) {
            Ok(list) => self.pack.reported.push(list),
            Err(problems) => {
                for (line, message) in problems {
                    self.problem(path, Some(line), message);
                }
            }
        }
    }

    /// Sorts the Public Suffix List's rules into plain, wildcard and exception lists, in
    /// punycode (hosts reach the engine in ASCII), and credits the list.
    fn suffix_file(&mut self, path: &Path, text: &str) {
        let rules = &mut self.pack.suffixes;
        for (i, line) in text.lines().enumerate() {
            let Some(rule) = line.split_whitespace().next() else {
                continue;
            };
            if rule.starts_with("//") {
                continue;
            }
            let (list, name) = if let Some(rest) = rule.strip_prefix("*.") {
                (&mut rules.wildcard, rest)
            } else if let Some(rest) = rule.strip_prefix('!') {
                (&mut rules.exception, rest)
            } else {
                (&mut rules.exact, rule)
            };
            match idna::domain_to_ascii(name) {
                Ok(ascii) if is_host_name(&ascii) => list.push(ascii),
                _ => self.problems.push(SourceProblem {
                    path: path.to_path_buf(),
                    line: Some(i + 1),
                    message: format!("`{rule}` is not a public suffix rule"),
                }),
            }
        }
        for list in [&mut rules.exact, &mut rules.wildcard, &mut rules.exception] {
            list.sort();
            list.dedup();
        }
        self.psl_source = true;
    }

    fn list_file(&mut self, path: &Path, text: &str) {
        let mut list = DomainList {
            name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            ..DomainList::default()
        };
        let Ok(index) = u8::try_from(self.pack.domain_lists.len()) else {
            self.problem(path, None, "a pack holds at most 256 block lists".into());
            return;
        };
        let mut hosts = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if let Some(comment) = line.strip_prefix('#') {
                if let Some((key, value)) = comment.split_once(':') {
                    let value = value.trim().to_string();
                    match key.trim() {
                        "category" => match Category::from_name(&value) {
                            Some(c) => list.category = Some(c),
                            None => self.problem(
                                path,
                                Some(i + 1),
                                format!("unknown category `{value}`"),
                            ),
                        },
                        "source" => list.source = value,
                        "license" => list.license = value,
                        "label.id" => list.label.id = value,
                        "label.en" => list.label.en = value,
                        _ => {}
                    }
                }
                continue;
            }
            if line.is_empty() {
                continue;
            }
            let host = line
                .trim_start_matches("*.")
                .trim_end_matches('.')
                .to_lowercase();
            if is_host_name(&host) && host.contains('.') {
                hosts.push(host);
            } else {
                self.problem(path, Some(i + 1), format!("`{line}` is not a domain name"));
            }
        }
        if list.category.is_none() {
            self.problem(
                path,
                None,
                "a list needs a `# category: …` header line".into(),
            );
        }
        let fallback = if list.source.is_empty() {
            list.name.clone()
        } else {
            list.source.clone()
        };
        if list.label.id.is_empty() {
            list.label.id = fallback.clone();
        }
        if list.label.en.is_empty() {
            list.label.en = fallback;
        }
        hosts.sort();
        hosts.dedup();
        self.block_hosts
            .extend(hosts.into_iter().map(|h| (h, index)));
        self.pack.domain_lists.push(list);
    }

    /// Compiles the block lists into one hashed set. Allow lists win over block lists: a listed
    /// host on (or under) an allowed domain or a brand's official domain is left out.
    fn block_set(&mut self) {
        let mut trusted: Vec<String> = self.pack.hosting.allow.clone();
        for brand in &self.pack.brands {
            trusted.extend(brand.official.iter().cloned());
        }
        let trusted = DomainSet::new(trusted);
        let hosts = std::mem::take(&mut self.block_hosts);
        let kept: Vec<(String, u8)> = hosts
            .into_iter()
            .filter(|(h, _)| trusted.find(h).is_none())
            .collect();
        for list in &mut self.pack.domain_lists {
            list.count = 0;
        }
        for (_, index) in &kept {
            if let Some(list) = self.pack.domain_lists.get_mut(usize::from(*index)) {
                list.count += 1;
            }
        }
        self.pack.blocked = HashedDomainSet::build(kept.iter().map(|(h, i)| (h.as_str(), *i)));
    }

    fn finish(mut self) -> Result<CompiledSources, SourceErrors> {
        self.block_set();
        if !self.saw_pack_file {
            self.problem(
                Path::new("pack.toml"),
                None,
                "missing pack.toml (name, version, publisher)".into(),
            );
        }
        if self.psl_source
            && !self
                .pack
                .meta
                .sources
                .iter()
                .any(|s| s.name.contains("Public Suffix"))
        {
            self.pack.meta.sources.push(SourceInfo {
                name: "Public Suffix List".into(),
                license: "MPL-2.0".into(),
                url: "https://publicsuffix.org/list/".into(),
            });
        }
        if self.problems.is_empty() {
            Ok(CompiledSources {
                pack: self.pack,
                examples: self.examples,
                files: self.files,
            })
        } else {
            Err(SourceErrors(self.problems))
        }
    }
}

/// The columns of a reported-accounts CSV file, in this order (a header row is required).
pub const REPORTED_COLUMNS: [&str; 5] = ["kind", "value", "bank", "source", "date"];

/// Parses a CSV file of reported bank accounts and phone numbers (`rules/README.md`):
/// a header row `kind,value,bank,source,date`, then one entry a line. Fields may be quoted
/// (`"…"`, with `""` for a quote). Every bad line is reported as `(line, message)`.
pub fn parse_reported_csv(name: &str, text: &str) -> Result<ReportedList, Vec<(usize, String)>> {
    let mut problems = Vec::new();
    let mut entries = Vec::new();
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    match lines.next() {
        Some((i, header)) => {
            let cols: Vec<String> = csv_fields(header)
                .iter()
                .map(|c| c.trim().to_ascii_lowercase())
                .collect();
            if cols != REPORTED_COLUMNS {
                problems.push((
                    i + 1,
                    format!(
                        "the header must be `{}` (found `{}`)",
                        REPORTED_COLUMNS.join(","),
                        cols.join(",")
                    ),
                ));
                return Err(problems);
            }
        }
        None => {
            return Ok(ReportedList {
                name: name.to_string(),
                entries,
            });
        }
    }
    for (i, line) in lines {
        let fields = csv_fields(line);
        if fields.len() != REPORTED_COLUMNS.len() {
            problems.push((
                i + 1,
                format!(
                    "expected {} fields, found {}",
                    REPORTED_COLUMNS.len(),
                    fields.len()
                ),
            ));
            continue;
        }
        let Some(kind) = ReportedKind::from_name(&fields[0]) else {
            problems.push((
                i + 1,
                format!("unknown kind `{}` (known: bank, phone, ewallet)", fields[0]),
            ));
            continue;
        };
        let Some(value) = kind.normalize(&fields[1]) else {
            problems.push((
                i + 1,
                format!("`{}` is not a valid {} number", fields[1], kind.as_str()),
            ));
            continue;
        };
        if fields[3].trim().is_empty() {
            problems.push((i + 1, "every entry needs a `source`".into()));
            continue;
        }
        entries.push(ReportedEntry {
            kind,
            value,
            bank: fields[2].trim().to_string(),
            source: fields[3].trim().to_string(),
            date: fields[4].trim().to_string(),
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    entries.sort_by(|a, b| (a.kind, &a.value).cmp(&(b.kind, &b.value)));
    entries.dedup_by(|a, b| a.kind == b.kind && a.value == b.value);
    Ok(ReportedList {
        name: name.to_string(),
        entries,
    })
}

/// The fields of one CSV line (RFC 4180 quoting, no line breaks inside fields).
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.trim_end_matches('\r').chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if field.trim().is_empty() => {
                field.clear();
                quoted = true;
            }
            (',', false) => fields.push(std::mem::take(&mut field)),
            (c, _) => field.push(c),
        }
    }
    fields.push(field);
    fields
}

/// A lower-case host name: labels of letters, digits and hyphens (punycode for IDNs).
pub fn is_host_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 253
        && s.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        })
}

fn line_of(text: &str, byte: usize) -> usize {
    text.as_bytes()[..byte.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
