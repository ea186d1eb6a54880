//! `waspada`: the scam shield on the command line. Same engine as the extension, native.

/// `println!` that ends quietly on a closed pipe (`waspada pack info | head`) instead of
/// panicking: a reader that stopped reading is not an error.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// `print!` with the same care for a closed pipe.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// mimalloc, for the pack load's many small allocations (Cargo.toml says why).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod batch;
mod eval;
mod model;
mod output;
mod sign;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use waspada::page::html::{looks_like_html, page_from_html};
use waspada::{Engine, Lang, PageModel};

#[derive(Parser)]
#[command(
    name = "waspada",
    version,
    about = "Waspada: recognise scams in pages, messages and links, offline"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Scan a message or an HTML page (from files or stdin), or JSON lines with --batch.
    Scan {
        /// Files to scan; `-` (or nothing) reads stdin. Text or HTML is detected.
        inputs: Vec<PathBuf>,
        /// The page's URL (for a single HTML page; otherwise its canonical link is used).
        #[arg(long)]
        url: Option<String>,
        /// Read JSON lines ({"id", "text"|"html"|"url"}) and write one verdict line each.
        #[arg(long)]
        batch: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Judge marketplace listings seen together (a grid or a feed): a JSON array of listings
    /// (ARCHITECTURE.md, camelCase fields) from a file or stdin; one verdict per listing, in order.
    ScanListings {
        /// The JSON file; `-` (or nothing) reads stdin.
        input: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Check links without opening them.
    CheckUrl {
        /// URLs or host names.
        #[arg(required = true)]
        urls: Vec<String>,
        #[command(flatten)]
        common: Common,
    },
    /// Measure accuracy on labelled data: per group, per category, threshold curve, mistakes.
    Eval {
        /// Labelled JSON-lines files (contract 1 plus `label` 1/0 and `group`).
        files: Vec<PathBuf>,
        /// Folders of saved pages (with a manifest.json of URLs and labels, or all benign).
        #[arg(long = "pages")]
        pages: Vec<PathBuf>,
        /// Folders of saved pages whose links are judged as benign URLs (scam pages skipped).
        #[arg(long = "links")]
        links: Vec<PathBuf>,
        /// Also write the whole report as JSON to this file.
        #[arg(long = "json-out")]
        json_out: Option<PathBuf>,
        /// Also write every judged record (id, group, label, level, score, reasons) as JSON lines
        /// to this file, to study a group's mistakes and near misses beyond the worst ones.
        #[arg(long = "samples-out")]
        samples_out: Option<PathBuf>,
        /// How many of the worst false alarms and misses to list.
        #[arg(long, default_value_t = 10)]
        worst: usize,
        /// Fail (exit 1) when a group does worse than recorded in this file.
        #[arg(long)]
        baseline: Option<PathBuf>,
        /// Record this run's per-group figures as a baseline file.
        #[arg(long)]
        write_baseline: Option<PathBuf>,
        /// Leave out the records the pack's text model was trained on.
        #[arg(long)]
        unseen: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Train the on-device text model.
    Model {
        #[command(subcommand)]
        command: ModelCommand,
    },
    /// Build or inspect rule packs.
    Pack {
        #[command(subcommand)]
        command: PackCommand,
    },
    /// Work on rule sources.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
}

#[derive(clap::Args)]
struct Common {
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
    /// Language of the explanations: id (Bahasa Indonesia) or en.
    #[arg(long, default_value = "id")]
    lang: String,
    /// Use this pack instead of the built-in default.
    #[arg(long)]
    pack: Option<PathBuf>,
}

#[derive(Subcommand)]
enum PackCommand {
    /// Compile a rules folder into a .wpk pack.
    Build {
        /// The rules folder.
        #[arg(default_value = "rules")]
        dir: PathBuf,
        /// Where to write the pack.
        #[arg(short, long)]
        output: PathBuf,
        /// Also carry the reported accounts and numbers of this CSV file (repeatable; the
        /// format is in rules/README.md). Files in DIR/reported/*.csv are always included.
        #[arg(long, value_name = "FILE.csv")]
        reported: Vec<PathBuf>,
    },
    /// Check a CSV of bank accounts and phone numbers reported for fraud and add it to a
    /// rules folder (as DIR/reported/NAME.csv, normalised), so every pack built from it carries them.
    ImportReported {
        /// The CSV file: header `kind,value,bank,source,date` (see rules/README.md).
        file: PathBuf,
        /// The rules folder to add it to.
        #[arg(long, default_value = "rules")]
        rules: PathBuf,
    },
    /// Print every rule phrase as JSON lines: {"rule", "phrase" (as written), "key" (folded,
    /// chat spellings in full, `*` on open sides)}, then the chat spellings the search reads in
    /// full: {"spelling", "full"}. For benchmarks that run the same phrase list elsewhere.
    Phrases {
        /// The pack file; the built-in default when omitted.
        file: Option<PathBuf>,
    },
    /// Make a key pair for signing packs: the secret key goes to a new file, the public key
    /// (for the extension's `packPublicKey` policy) is printed.
    Keygen {
        /// Where to write the secret key (must not exist yet; keep it private).
        #[arg(long, value_name = "FILE")]
        secret: PathBuf,
    },
    /// Sign a pack with a secret key from `pack keygen`, for publishing at a URL.
    Sign {
        /// The pack file.
        file: PathBuf,
        /// The secret key file.
        #[arg(long, value_name = "FILE")]
        key: PathBuf,
        /// Where to write the signed pack (default: in place).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Check that a public key signed a pack (exit 0), or say why not (exit 1).
    Verify {
        /// The pack file.
        file: PathBuf,
        /// The public key, 64 hex characters.
        #[arg(long, value_name = "HEX")]
        public_key: String,
    },
    /// Show what a pack holds.
    Info {
        /// The pack file; the built-in default when omitted.
        file: Option<PathBuf>,
        /// Also time loading it from bytes (fastest of 7 loads, in `load_ms`), and a fixed
        /// yardstick of the machine's speed in between (`reference_ms`).
        #[arg(long)]
        load_time: bool,
    },
}

#[derive(Subcommand)]
enum ModelCommand {
    /// Train from labelled JSON lines (and the rules' examples); writes rules/model/text.wmodel.
    Train(model::TrainArgs),
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Lint rule sources and run every rule's examples.
    Check {
        /// The rules folder.
        #[arg(default_value = "rules")]
        dir: PathBuf,
    },
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("waspada: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Scan {
            inputs,
            url,
            batch,
            common,
        } => {
            let engine = load_engine(common.pack.as_deref())?;
            let lang = Lang::from_code(&common.lang);
            if batch {
                return batch::run(&engine, lang, &inputs).map(|()| ExitCode::SUCCESS);
            }
            scan_inputs(&engine, lang, &inputs, url.as_deref(), common.json)
        }
        Command::ScanListings { input, common } => {
            let engine = load_engine(common.pack.as_deref())?;
            let lang = Lang::from_code(&common.lang);
            let path = input.unwrap_or_else(|| PathBuf::from("-"));
            let text = read_input(&path)?;
            let listings: Vec<waspada::Listing> = serde_json::from_str(&text)
                .map_err(|e| format!("{}: not a JSON array of listings: {e}", path.display()))?;
            for (i, (listing, v)) in listings
                .iter()
                .zip(engine.scan_listings(&listings, lang))
                .enumerate()
            {
                if common.json {
                    outln!("{}", output::json_line(Some(&i.into()), &v, None));
                } else {
                    let name = format!("#{i} {} ({})", listing.title, listing.price_text);
                    out!("{}", output::human(&name, &v));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::CheckUrl { urls, common } => {
            let engine = load_engine(common.pack.as_deref())?;
            let lang = Lang::from_code(&common.lang);
            let mut failed = false;
            for url in &urls {
                match engine.check_url(url, lang) {
                    Ok(v) if common.json => outln!(
                        "{}",
                        output::json_line(Some(&url.as_str().into()), &v, None)
                    ),
                    Ok(v) => out!("{}", output::human(url, &v)),
                    Err(e) => {
                        failed = true;
                        eprintln!("waspada: {url}: {e}");
                    }
                }
            }
            Ok(if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Eval {
            files,
            pages,
            links,
            json_out,
            samples_out,
            worst,
            baseline,
            write_baseline,
            unseen,
            common,
        } => {
            let engine = load_engine(common.pack.as_deref())?;
            let args = eval::EvalArgs {
                files,
                pages,
                links,
                json: json_out,
                samples: samples_out,
                worst,
                baseline,
                write_baseline,
                unseen,
                lang: Lang::from_code(&common.lang),
            };
            Ok(if eval::run(&engine, &args)? {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Command::Model {
            command: ModelCommand::Train(args),
        } => model::run(&args).map(|()| ExitCode::SUCCESS),
        Command::Pack {
            command:
                PackCommand::Build {
                    dir,
                    output,
                    reported,
                },
        } => {
            let mut compiled =
                waspada::pack::source::compile_dir(&dir).map_err(|e| e.to_string())?;
            for path in &reported {
                compiled.pack.reported.push(read_reported(path)?);
            }
            let bytes = waspada::pack::format::encode(&compiled.pack).map_err(|e| e.to_string())?;
            // Load it back: a pack that does not load must never be published.
            let engine = Engine::from_pack_bytes(&bytes).map_err(|e| e.to_string())?;
            std::fs::write(&output, &bytes)
                .map_err(|e| format!("cannot write {}: {e}", output.display()))?;
            let info = engine.info();
            outln!(
                "{}: {} {} — {} rules, {} phrases, {} brands, {} blocked domains, {} reported numbers, {} bytes",
                output.display(),
                info.name,
                info.version,
                info.rules,
                info.phrases,
                info.brands,
                info.blocked_domains,
                info.reported,
                bytes.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Pack {
            command: PackCommand::ImportReported { file, rules },
        } => {
            let list = read_reported(&file)?;
            let dir = rules.join("reported");
            std::fs::create_dir_all(&dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            let target = dir.join(&list.name);
            let mut csv = String::from("kind,value,bank,source,date\n");
            for e in &list.entries {
                let fields = [e.kind.as_str(), &e.value, &e.bank, &e.source, &e.date];
                let quoted: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
                csv.push_str(&quoted.join(","));
                csv.push('\n');
            }
            std::fs::write(&target, csv)
                .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
            outln!(
                "{}: {} reported numbers imported; build a pack to ship them",
                target.display(),
                list.entries.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Pack {
            command: PackCommand::Phrases { file },
        } => {
            let bytes = match &file {
                Some(path) => std::fs::read(path)
                    .map_err(|e| format!("cannot read pack {}: {e}", path.display()))?,
                None => waspada::pack::DEFAULT_PACK.to_vec(),
            };
            let data = waspada::pack::format::decode(&bytes).map_err(|e| e.to_string())?;
            let mut out = String::new();
            for rule in &data.rules {
                for raw in rule.phrases.iter().chain(rule.all.iter().flatten()) {
                    let Some(phrase) = waspada::text::matcher::Phrase::parse(raw) else {
                        continue;
                    };
                    let line =
                        serde_json::json!({"rule": rule.id, "phrase": raw, "key": phrase.key()});
                    out.push_str(&format!("{line}\n"));
                }
            }
            // The chat spellings the search reads in full (`yg` as `yang`), for tools that
            // search the same phrases themselves (`scripts/bench-text.mjs`).
            for (spelling, full) in waspada::text::chat::ChatWords::shared().spellings() {
                let line = serde_json::json!({"spelling": spelling, "full": full});
                out.push_str(&format!("{line}\n"));
            }
            // A closed pipe (`| head`) is not an error worth a panic.
            let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), out.as_bytes());
            Ok(ExitCode::SUCCESS)
        }
        Command::Pack {
            command: PackCommand::Keygen { secret },
        } => sign::keygen(&secret),
        Command::Pack {
            command: PackCommand::Sign { file, key, output },
        } => sign::sign_pack(&file, &key, output.as_deref()),
        Command::Pack {
            command: PackCommand::Verify { file, public_key },
        } => sign::verify(&file, &public_key),
        Command::Pack {
            command: PackCommand::Info { file, load_time },
        } => {
            let engine = load_engine(file.as_deref())?;
            let mut info = serde_json::to_value(engine.info()).map_err(|e| e.to_string())?;
            if load_time && let Some(fields) = info.as_object_mut() {
                let (load_ms, reference_ms) = fastest_load_ms(file.as_deref())?;
                fields.insert("load_ms".into(), load_ms.into());
                fields.insert("reference_ms".into(), reference_ms.into());
            }
            let info = serde_json::to_string_pretty(&info).map_err(|e| e.to_string())?;
            outln!("{info}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules {
            command: RulesCommand::Check { dir },
        } => {
            let report = waspada::check::check_rules(&dir);
            for p in &report.problems {
                eprintln!("{p}");
            }
            if report.is_ok() {
                outln!(
                    "rules ok: {} rules, {} examples and counter-examples pass",
                    report.rules,
                    report.examples
                );
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!("{} problem(s)", report.problems.len());
                Ok(ExitCode::from(1))
            }
        }
    }
}

/// Time to load the pack from bytes in memory, the fastest of 7 loads (the fastest, as
/// `timeit` advises: noise from other processes only ever adds time): what the extension's
/// service worker pays at every restart, checked against a budget in CI. Second, the fastest
/// of 7 builds of [`reference_phrases`]' automaton, timed between the loads.
fn fastest_load_ms(pack: Option<&Path>) -> Result<(f64, f64), String> {
    let bytes = match pack {
        Some(path) => {
            std::fs::read(path).map_err(|e| format!("cannot read pack {}: {e}", path.display()))?
        }
        None => waspada::pack::DEFAULT_PACK.to_vec(),
    };
    let reference_phrases = reference_phrases();
    let (mut load, mut reference) = (f64::MAX, f64::MAX);
    // Interleaved, so a slow spell of a shared machine slows both alike.
    for _ in 0..7 {
        let start = std::time::Instant::now();
        let engine = Engine::from_pack_bytes(&bytes).map_err(|e| e.to_string())?;
        load = load.min(start.elapsed().as_secs_f64() * 1000.0);
        drop(std::hint::black_box(engine));
        let start = std::time::Instant::now();
        let automaton = aho_corasick::nfa::contiguous::NFA::builder()
            .dense_depth(4)
            .build(&reference_phrases)
            .map_err(|e| e.to_string())?;
        reference = reference.min(start.elapsed().as_secs_f64() * 1000.0);
        drop(std::hint::black_box(automaton));
    }
    let round = |ms: f64| (ms * 100.0).round() / 100.0;
    Ok((round(load), round(reference)))
}

/// A fixed yardstick of the machine's speed at a pack load's kind of work: 20,000 made-up
/// phrases of one to three words (the same on every machine) for an Aho-Corasick automaton
/// like the rules'. `scripts/budgets.sh` compares a load with it, so that the pack-load
/// budget catches a slower load, not a slower machine.
fn reference_phrases() -> Vec<String> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % n
    };
    let letters = b"aeiounkgmbtsdrlhpyjc";
    (0..20_000)
        .map(|_| {
            let words = 1 + next(3);
            let mut phrase = String::from(" ");
            for _ in 0..words {
                for _ in 0..3 + next(6) {
                    phrase.push(char::from(letters[next(20) as usize]));
                }
                phrase.push(' ');
            }
            phrase
        })
        .collect()
}

/// Reads and checks a reported-numbers CSV file; every bad line is reported.
fn read_reported(path: &Path) -> Result<waspada::pack::model::ReportedList, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "reported.csv".into());
    waspada::pack::source::parse_reported_csv(&name, &text).map_err(|problems| {
        problems
            .iter()
            .map(|(line, msg)| format!("{}:{line}: {msg}", path.display()))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// A CSV field, quoted when it needs to be.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn load_engine(pack: Option<&Path>) -> Result<Engine, String> {
    match pack {
        Some(path) => {
            let bytes = std::fs::read(path)
                .map_err(|e| format!("cannot read pack {}: {e}", path.display()))?;
            Engine::from_pack_bytes(&bytes).map_err(|e| format!("{}: {e}", path.display()))
        }
        None => Engine::with_default_pack().map_err(|e| format!("built-in pack: {e}")),
    }
}

fn scan_inputs(
    engine: &Engine,
    lang: Lang,
    inputs: &[PathBuf],
    url: Option<&str>,
    json: bool,
) -> Result<ExitCode, String> {
    let stdin = [PathBuf::from("-")];
    let inputs = if inputs.is_empty() {
        &stdin[..]
    } else {
        inputs
    };
    let mut failed = false;
    for path in inputs {
        let name = path.display().to_string();
        let content = match read_input(path) {
            Ok(c) => c,
            Err(e) => {
                failed = true;
                eprintln!("waspada: {e}");
                continue;
            }
        };
        let verdict = if looks_like_html(&content) {
            engine.scan_page(&page_from_html(&content, url), lang)
        } else {
            match url {
                Some(u) => engine.scan_page(&PageModel::from_text(&content, Some(u)), lang),
                None => engine.scan_text(&content, lang),
            }
        };
        if json {
            outln!(
                "{}",
                output::json_line(Some(&name.as_str().into()), &verdict, None)
            );
        } else {
            out!("{}", output::human(&name, &verdict));
        }
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Reads a file or stdin (`-`); invalid UTF-8 is replaced rather than refused, since scam
/// pages are often badly encoded.
fn read_input(path: &Path) -> Result<String, String> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read stdin: {e}"))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
