//! Engine speed: pack load, text scans of 10 KB / 100 KB / 1 MB, URL checks, page scans.
//! Run with `cargo bench --bench engine`; throughput is reported in MB/s.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use waspada::page::html::page_from_html;
use waspada::{Engine, Lang};

/// Realistic mixed text: mostly ordinary Indonesian news and chat, some scam lines. The lines
/// are in `mixed-text.txt`, shared with the Wasm and JavaScript benchmark
/// (`scripts/bench-text.mjs`), which builds its pages the same way.
fn mixed_text(bytes: usize) -> String {
    let lines: Vec<&str> = include_str!("mixed-text.txt").lines().collect();
    let mut s = String::with_capacity(bytes + 128);
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(lines[i % lines.len()]);
        s.push('\n');
        i += 1;
    }
    s.truncate(waspada::text::normalize::truncate(&s, bytes).len());
    s
}

/// One line of ordinary text in another script or typography, per benchmark of that name.
const OTHER_SCRIPTS: [(&str, &str); 3] = [
    (
        "russian",
        "Городской совет утвердил новый бюджет на общественный транспорт после долгих обсуждений.",
    ),
    (
        "japanese",
        "日本語のニュース記事です。市議会は長い議論の末、公共交通の新しい予算を承認しました。",
    ),
    (
        "english_typographic",
        "The council’s “new plan” isn’t ready — officials said it’d take weeks… “We’ll see.”",
    ),
];

/// The visible text of every page of the labelled page corpus (`../shared/data/pages`, or
/// `$WASPADA_DATA/pages`: English articles, Indonesian news, real scam pages), as the content
/// script would send it, page after page in path order; `None` without the corpus. Also written
/// to `target/bench-page-text.txt` for `scripts/bench-text.mjs`, so the Wasm figures are on the
/// same text.
///
/// Why beside `mixed_text`: that text is 725 bytes repeated. Its hits are dense, but a CPU's
/// branch predictor learns a text that repeats every 725 bytes, so it scans ~2–3× faster than
/// any real page (measured 2026-11-30: 146 MB/s for a 725-byte piece of a news page repeated,
/// 50 MB/s for the corpus itself). These pages are the figure to trust.
fn page_corpus_text() -> Option<String> {
    let data = std::env::var("WASPADA_DATA").unwrap_or_else(|_| "../shared/data".into());
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(data).join("pages")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).ok()?.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "html") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut text = String::new();
    for file in files {
        let html = std::fs::read_to_string(&file).ok()?;
        let page = page_from_html(&html, None);
        text.push_str(&page.title);
        text.push('\n');
        for chunk in &page.text {
            text.push_str(chunk);
            text.push('\n');
        }
    }
    // For the Wasm figures only: failing to write it must not cost the native ones.
    if let Err(e) = std::fs::write("target/bench-page-text.txt", &text) {
        eprintln!(
            "target/bench-page-text.txt not written ({e}): bench-text.mjs will skip real pages"
        );
    }
    Some(text)
}

/// Consecutive pieces of `text` of about `size` bytes each (cut at character boundaries).
fn windows(text: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while rest.len() >= size {
        let piece = waspada::text::normalize::truncate(rest, size);
        out.push(piece);
        rest = &rest[piece.len()..];
    }
    out
}

/// `line` repeated, one a line, to `bytes` (cut at a character boundary).
fn repeated(line: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + line.len() + 1);
    while s.len() < bytes {
        s.push_str(line);
        s.push('\n');
    }
    s.truncate(waspada::text::normalize::truncate(&s, bytes).len());
    s
}

fn bench(c: &mut Criterion) {
    let pack = waspada::pack::DEFAULT_PACK;
    c.bench_function("pack_load_default", |b| {
        b.iter(|| Engine::from_pack_bytes(black_box(pack)).unwrap())
    });

    let engine = Engine::from_pack_bytes(pack).unwrap();
    let mut group = c.benchmark_group("scan_text");
    for size in [10 * 1024, 100 * 1024, 1024 * 1024] {
        let text = mixed_text(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, t| {
            b.iter(|| engine.scan_text(black_box(t), Lang::Id))
        });
    }
    group.finish();

    // Real pages, not repeated: every window of the size over the page corpus is scanned in
    // one iteration (~1 MB in all, whatever the size), so short pages are not one lucky page.
    if let Some(corpus) = page_corpus_text() {
        let mut group = c.benchmark_group("scan_text_pages");
        group.sample_size(20);
        for size in [10 * 1024, 100 * 1024, 1024 * 1024] {
            let pieces = windows(&corpus, size);
            let bytes: usize = pieces.iter().map(|p| p.len()).sum();
            group.throughput(Throughput::Bytes(bytes as u64));
            group.bench_with_input(BenchmarkId::from_parameter(size), &pieces, |b, pieces| {
                b.iter(|| {
                    for piece in pieces {
                        black_box(engine.scan_text(black_box(piece), Lang::Id));
                    }
                })
            });
        }
        group.finish();
    } else {
        eprintln!(
            "no page corpus in ../shared/data/pages (or $WASPADA_DATA): scan_text_pages skipped"
        );
    }

    // Pages are not all ASCII: a news page in Russian or Japanese, or English with typographic
    // quotes and dashes, goes through the general path of folding (other_scripts_text).
    let mut group = c.benchmark_group("scan_text_other_scripts");
    for (name, line) in OTHER_SCRIPTS {
        let text = repeated(line, 100 * 1024);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| engine.scan_text(black_box(t), Lang::Id))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("fold");
    let text = mixed_text(100 * 1024);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("100k", |b| b.iter(|| waspada::text::fold(black_box(&text))));
    group.finish();

    // The stages of a text scan on their own, over text folded beforehand: the automaton's
    // walk (every whole-word hit of every phrase), then the rules' bookkeeping on top of it.
    let data = waspada::pack::format::decode(pack).unwrap();
    let rules = waspada::text::rules::RuleMatcher::new(&data.rules).unwrap();
    let folded = waspada::text::fold(&text);
    let mut group = c.benchmark_group("phrase_search");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("100k", |b| {
        b.iter(|| {
            let mut hits = 0usize;
            rules
                .phrases()
                .for_each_hit(black_box(&folded.text), |_| hits += 1);
            hits
        })
    });
    group.finish();
    let mut group = c.benchmark_group("rule_scan");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("100k", |b| b.iter(|| rules.scan(black_box(&folded), &text)));
    group.finish();
    eprintln!(
        "phrase automaton: {} phrases, {} bytes",
        rules.phrase_count(),
        rules.memory_usage()
    );

    // Fold and phrase rules without links and the verdict: scan_text minus fired_rules is
    // what link extraction and scoring cost.
    let mut group = c.benchmark_group("fired_rules");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("100k", |b| b.iter(|| engine.fired_rules(black_box(&text))));
    group.finish();

    let urls = [
        "https://ibank.klikbca.com/login",
        "http://klikbca-verifikasi.com/form",
        "https://www.tokopedia.com/toko/produk-123",
        "http://bca.co.id.secure-login.xyz/",
        "https://bri-poin.web.app/",
    ];
    c.bench_function("check_url", |b| {
        b.iter(|| {
            for u in &urls {
                black_box(engine.check_url(black_box(u), Lang::Id).ok());
            }
        })
    });

    let html = std::fs::read_to_string("tests/fixtures/pages/klikbca-phishing.html").unwrap();
    let page = page_from_html(&html, Some("http://klikbca-verifikasi.com/login"));
    c.bench_function("scan_page_phishing", |b| {
        b.iter(|| engine.scan_page(black_box(&page), Lang::Id))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
