//! Domain block lists, side by side: Brave's `adblock` engine loaded with the default pack's
//! gambling domains as `||domain^` rules, against Waspada's whole URL check with the default
//! pack, on the same URLs in the same process.
//!
//!     cargo run --release --manifest-path peers/adblock/Cargo.toml [-- rules/lists/gambling-trustpositif.txt]
//!
//! Reports load time, retained heap (a counting allocator), time per check and agreement on
//! listed hosts, as Markdown on stdout and JSON in `target/bench-adblock.json`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::Instant;

use adblock::Engine as Adblock;
use adblock::lists::{FilterSet, ParseOptions};
use adblock::request::Request;
use waspada::url::HashedDomainSet;
use waspada::{Engine, Lang};

/// Counts live heap bytes, so each engine's retained memory can be measured.
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size as isize - layout.size() as isize, Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn live() -> isize {
    LIVE.load(Ordering::Relaxed)
}

/// Builds something and returns it with its load time (ms) and retained heap (bytes).
fn measured<T>(build: impl FnOnce() -> T) -> (T, f64, isize) {
    let before = live();
    let start = Instant::now();
    let value = build();
    let ms = start.elapsed().as_secs_f64() * 1e3;
    (value, ms, live() - before)
}

/// Nanoseconds per call over all `urls`, best of 5 rounds.
fn per_check(urls: &[String], mut check: impl FnMut(&str) -> bool) -> (f64, usize) {
    let mut best = f64::MAX;
    let mut hits = 0;
    for _ in 0..5 {
        hits = 0;
        let start = Instant::now();
        for u in urls {
            hits += usize::from(check(u));
        }
        best = best.min(start.elapsed().as_secs_f64() * 1e9 / urls.len() as f64);
    }
    (best, hits)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let list_path = std::env::args()
        .nth(1)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root.join("rules/lists/gambling-trustpositif.txt"));
    let text = std::fs::read_to_string(&list_path)
        .map_err(|e| format!("cannot read {}: {e}", list_path.display()))?;
    let domains: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let rules: Vec<String> = domains.iter().map(|d| format!("||{d}^")).collect();

    let (adblock, adblock_ms, adblock_bytes) =
        measured(|| {
            let mut set = FilterSet::new(false);
            set.add_filter_list(rules.join("\n"), ParseOptions::default());
            Adblock::new_with_filter_set(set)
        });
    let (set, set_ms, set_bytes) = measured(|| HashedDomainSet::build(domains.iter().map(|d| (*d, 0u8))));
    let (ours, ours_ms, ours_bytes) = measured(Engine::with_default_pack);
    let ours = ours?;

    // The same URLs for both: every listed domain (with a path, as a page load would be)
    // and as many unlisted look-alike hosts.
    let mut urls: Vec<String> = domains.iter().map(|d| format!("http://{d}/slot/")).collect();
    urls.extend(domains.iter().map(|d| format!("http://www.not-{d}/berita/")));
    let (adblock_ns, adblock_hits) = per_check(&urls, |u| {
        Request::new(u, u, "document", "GET").is_ok_and(|r| adblock.check_network_request(&r).should_block())
    });
    let hosts: Vec<String> = urls
        .iter()
        .map(|u| u.trim_start_matches("http://").split('/').next().unwrap_or("").to_string())
        .collect();
    let (set_ns, set_hits) = per_check(&hosts, |h| set.find(h, None).is_some());
    let (ours_ns, ours_hits) = per_check(&urls, |u| {
        ours.check_url(u, Lang::En)
            .is_ok_and(|v| v.reasons.iter().any(|r| r.rule == "url.blocklisted"))
    });

    let mb = |b: isize| b as f64 / 1e6;
    println!(
        "Block-list lookups, {} gambling domains from {}; {} URLs (half listed)\n",
        domains.len(),
        list_path.display(),
        urls.len()
    );
    println!("| | adblock crate (`||domain^` rules) | Waspada domain set (`HashedDomainSet`) | ratio | Waspada whole URL check (default pack) |");
    println!("|---|---:|---:|---:|---:|");
    println!(
        "| build / load | {adblock_ms:.1} ms | {set_ms:.1} ms | {:.0}× | {ours_ms:.1} ms (every rule, brand and list) |",
        adblock_ms / set_ms
    );
    println!(
        "| retained heap | {:.2} MB ({:.1} B a domain) | {:.2} MB ({:.1} B a domain) | {:.0}× | {:.2} MB (whole engine) |",
        mb(adblock_bytes),
        adblock_bytes as f64 / domains.len() as f64,
        mb(set_bytes),
        set_bytes as f64 / domains.len() as f64,
        adblock_bytes as f64 / set_bytes.max(1) as f64,
        mb(ours_bytes)
    );
    println!(
        "| time per lookup | {adblock_ns:.0} ns (URL parse + match) | {set_ns:.0} ns (host lookup) | {:.0}× | {ours_ns:.0} ns (URL parse, brands, shape, lists) |",
        adblock_ns / set_ns
    );
    println!("| listed URLs matched (of {}) | {adblock_hits} | {set_hits} | | {ours_hits} |", domains.len());
    let json = format!(
        "{{\"domains\":{},\"urls\":{},\"adblock\":{{\"load_ms\":{adblock_ms:.2},\"heap_bytes\":{adblock_bytes},\"ns_per_check\":{adblock_ns:.1},\"matched\":{adblock_hits}}},\"waspada_set\":{{\"load_ms\":{set_ms:.2},\"heap_bytes\":{set_bytes},\"ns_per_check\":{set_ns:.1},\"matched\":{set_hits}}},\"waspada\":{{\"load_ms\":{ours_ms:.2},\"heap_bytes\":{ours_bytes},\"ns_per_check\":{ours_ns:.1},\"matched\":{ours_hits}}}}}\n",
        domains.len(),
        urls.len()
    );
    let out = root.join("target/bench-adblock.json");
    std::fs::create_dir_all(root.join("target"))?;
    std::fs::write(&out, json)?;
    Ok(())
}
