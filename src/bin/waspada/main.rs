//! `waspada`: the scam shield on the command line. Same engine as the extension, native.

mod batch;
mod output;

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
    /// Check links without opening them.
    CheckUrl {
        /// URLs or host names.
        #[arg(required = true)]
        urls: Vec<String>,
        #[command(flatten)]
        common: Common,
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
    },
    /// Print every rule phrase as JSON lines: {"rule", "phrase" (as written), "key" (folded,
    /// `*` on open sides)}. For benchmarks that run the same phrase list elsewhere.
    Phrases {
        /// The pack file; the built-in default when omitted.
        file: Option<PathBuf>,
    },
    /// Show what a pack holds.
    Info {
        /// The pack file; the built-in default when omitted.
        file: Option<PathBuf>,
    },
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
        Command::CheckUrl { urls, common } => {
            let engine = load_engine(common.pack.as_deref())?;
            let lang = Lang::from_code(&common.lang);
            let mut failed = false;
            for url in &urls {
                match engine.check_url(url, lang) {
                    Ok(v) if common.json => println!(
                        "{}",
                        output::json_line(Some(&url.as_str().into()), &v, None)
                    ),
                    Ok(v) => print!("{}", output::human(url, &v)),
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
        Command::Pack {
            command: PackCommand::Build { dir, output },
        } => {
            let compiled = waspada::pack::source::compile_dir(&dir).map_err(|e| e.to_string())?;
            let bytes = waspada::pack::format::encode(&compiled.pack).map_err(|e| e.to_string())?;
            // Load it back: a pack that does not load must never be published.
            let engine = Engine::from_pack_bytes(&bytes).map_err(|e| e.to_string())?;
            std::fs::write(&output, &bytes)
                .map_err(|e| format!("cannot write {}: {e}", output.display()))?;
            let info = engine.info();
            println!(
                "{}: {} {} — {} rules, {} phrases, {} brands, {} blocked domains, {} bytes",
                output.display(),
                info.name,
                info.version,
                info.rules,
                info.phrases,
                info.brands,
                info.blocked_domains,
                bytes.len()
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
            // A closed pipe (`| head`) is not an error worth a panic.
            let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), out.as_bytes());
            Ok(ExitCode::SUCCESS)
        }
        Command::Pack {
            command: PackCommand::Info { file },
        } => {
            let engine = load_engine(file.as_deref())?;
            let info = serde_json::to_string_pretty(&engine.info()).map_err(|e| e.to_string())?;
            println!("{info}");
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
                println!(
                    "rules ok: {} rules, {} examples and counter-examples pass",
                    report.rules, report.examples
                );
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!("{} problem(s)", report.problems.len());
                Ok(ExitCode::from(1))
            }
        }
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
            println!(
                "{}",
                output::json_line(Some(&name.as_str().into()), &verdict, None)
            );
        } else {
            print!("{}", output::human(&name, &verdict));
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
