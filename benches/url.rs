//! URL check speed, whole and by stage, on sets of URLs: popular sites (the Moz top 500,
//! each as `https://host/` and `https://www.host/login`), lookalikes generated from the pack's
//! own brands (typos, combosquats, free hosting, official domain inside another host, digits for
//! letters), `examples/urls.txt`, and, when `../shared/data` is beside the repo, the 5,715
//! legitimate URLs of its `eval/urls.jsonl` (`check_url/legitimate`, not part of the mix). Stages: URL parsing with the public-suffix split (and the
//! `url` crate alone, which plain URLs no longer go through), brand classification, the words
//! of paths, the download-ending test, and the whole `Engine::check_url`.
//!
//! Run with `cargo bench --bench url`. Before the timings it prints heap allocations per whole
//! check (a counting allocator wraps the system one), since allocation is most of what a check
//! costs in Wasm. `cargo bench --bench url -- --profile-time 10 check_url/mix` runs one
//! benchmark without analysis, for `perf record`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use waspada::url::{BrandIndex, Href, ParsedUrl, SuffixList};
use waspada::{Engine, Lang};

/// The system allocator, counting allocations.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn top500() -> Vec<String> {
    std::fs::read_to_string("tests/fixtures/top500.txt")
        .expect("tests/fixtures/top500.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .flat_map(|h| [format!("https://{h}/"), format!("https://www.{h}/login")])
        .collect()
}

/// Lookalikes of every brand keyword of six letters or more: the kinds a check must catch.
fn lookalikes(pack: &waspada::PackData) -> Vec<String> {
    let mut out = Vec::new();
    for brand in &pack.brands {
        let Some(official) = brand.official.first() else {
            continue;
        };
        for k in brand.keywords.iter().filter(|k| k.len() >= 6) {
            let mut typo = k.clone().into_bytes();
            typo.swap(2, 3);
            let typo = String::from_utf8_lossy(&typo);
            let leet = k.replacen('o', "0", 1).replacen('i', "1", 1);
            out.push(format!("https://{typo}.com/"));
            out.push(format!("http://{k}-verifikasi.xyz/login"));
            out.push(format!("https://{k}-wallet.web.app/"));
            out.push(format!("https://{official}.secure-login.top/ibank"));
            out.push(format!("https://{leet}.net/"));
        }
    }
    out
}

fn examples() -> Vec<String> {
    std::fs::read_to_string("examples/urls.txt")
        .expect("examples/urls.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// The legitimate half of `../shared/data/eval/urls.jsonl` (empty when the data is absent): the
/// set whose Wasm check time is furthest from the 5 µs target.
fn legitimate() -> Vec<String> {
    let Ok(text) = std::fs::read_to_string("../shared/data/eval/urls.jsonl") else {
        return Vec::new();
    };
    text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|r| r["label"] == 0)
        .filter_map(|r| r["url"].as_str().map(String::from))
        .collect()
}

fn bench(c: &mut Criterion) {
    let bytes = waspada::pack::DEFAULT_PACK;
    let pack = waspada::pack::format::decode(bytes).expect("default pack");
    let engine = Engine::from_pack_bytes(bytes).expect("default pack");
    let suffixes = SuffixList::new(pack.suffixes.clone()).expect("sorted suffixes");
    let brands = BrandIndex::new(pack.brands.clone());
    let sets = [
        ("top500", top500()),
        ("lookalikes", lookalikes(&pack)),
        ("examples", examples()),
        ("legitimate", legitimate()),
    ];
    // The mix is the three sets that are always there, so its figures compare across machines.
    let mix: Vec<String> = sets[..3]
        .iter()
        .flat_map(|(_, s)| s.iter().cloned())
        .collect();

    for (name, urls) in sets.iter().chain(std::iter::once(&("mix", mix.clone()))) {
        if urls.is_empty() {
            continue;
        }
        let before = ALLOCATIONS.load(Ordering::Relaxed);
        for u in urls {
            black_box(engine.check_url(u, Lang::En).ok());
        }
        let allocations = ALLOCATIONS.load(Ordering::Relaxed) - before;
        println!(
            "check_url/{name}: {} URLs, {:.1} allocations a check",
            urls.len(),
            allocations as f64 / urls.len() as f64
        );
    }

    // Times are per URL (criterion's "elements").
    let mut group = c.benchmark_group("check_url");
    for (name, urls) in sets.iter().chain(std::iter::once(&("mix", mix.clone()))) {
        if urls.is_empty() {
            continue;
        }
        group.throughput(Throughput::Elements(urls.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| {
                for u in urls {
                    black_box(engine.check_url(black_box(u), Lang::En).ok());
                }
            })
        });
    }
    group.finish();

    let parsed: Vec<ParsedUrl> = mix
        .iter()
        .filter_map(|u| ParsedUrl::parse(u, &suffixes).ok())
        .collect();
    let mut group = c.benchmark_group("url_stage");
    group.throughput(Throughput::Elements(mix.len() as u64));
    group.bench_function("parse", |b| {
        b.iter(|| {
            for u in &mix {
                black_box(ParsedUrl::parse(black_box(u), &suffixes).ok());
            }
        })
    });
    // What the own parser of plain URLs saves: the `url` crate alone, on the same URLs.
    group.bench_function("url_crate", |b| {
        b.iter(|| {
            for u in &mix {
                black_box(url::Url::parse(black_box(u)).ok());
            }
        })
    });
    let plain = mix.iter().filter(|u| Href::plain(u).is_some()).count();
    println!(
        "url_stage/parse: {plain} of {} URLs take the plain fast path",
        mix.len()
    );
    group.throughput(Throughput::Elements(parsed.len() as u64));
    group.bench_function("suffix_split", |b| {
        b.iter(|| {
            for p in &parsed {
                black_box(suffixes.split(black_box(&p.host)));
            }
        })
    });
    group.bench_function("brand_classify", |b| {
        b.iter(|| {
            for p in &parsed {
                black_box(brands.classify(black_box(&p.host), &p.labels()));
            }
        })
    });
    // The words of paths and queries that brand and login-word checks read (byte splitting).
    group.bench_function("path_words", |b| {
        b.iter(|| {
            for p in &parsed {
                black_box(
                    waspada::url::path::words_outside_slugs(black_box(p.url.from_path())).count(),
                );
            }
        })
    });
    group.bench_function("download_ending", |b| {
        b.iter(|| {
            for u in &mix {
                black_box(waspada::page::is_download_url(black_box(u)));
            }
        })
    });
    group.bench_function("lookalike_hosts", |b| {
        b.iter(|| {
            for p in &parsed {
                black_box(p.skeleton_host().or_else(|| p.leet_host()));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
