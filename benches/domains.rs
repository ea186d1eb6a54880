//! The block-list set at national scale: a synthetic list of 7,000,000 domains.
//!
//! `cargo bench --bench domains` prints and writes `target/bench-domains.json`:
//! - bytes per domain (the set's actual heap size / domains);
//! - the false-match rate measured with non-member probes (10⁸ by default,
//!   `WASPADA_FP_PROBES` to change), and the same measurement with only 16 of the 32 stored bits
//!   compared, where false matches are frequent enough to check that the hash behaves like a
//!   random one (measured vs expected `n / 2^(q+16)`);
//! - lookups (criterion): a listed host, a host under a listed domain, an unlisted host;
//! - loading a full pack holding the 7 million domains (criterion), and writes that pack to
//!   `target/bench-7m.wpk` for the Wasm load measurement in `scripts/bench-url-peers.mjs`.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Instant;
use waspada::pack::model::DomainList;
use waspada::url::domains::{HashedDomainSet, MAX_PROBES, host_hash};
use waspada::{Category, Engine};

const DOMAINS: usize = 7_000_000;
const TLDS: [&str; 8] = [
    "com", "xyz", "site", "co.id", "net", "online", "top", "my.id",
];
const STEMS: [&str; 8] = [
    "slot", "gacor", "togel", "bocoran", "rtp", "judi", "maxwin", "toto",
];

/// The i-th synthetic listed domain: `gacor1234567.xyz`, `slot99.co.id`…
fn listed(i: usize) -> String {
    format!("{}{}.{}", STEMS[i % 8], i / 8, TLDS[(i / 64) % 8])
}

/// The i-th name that is not listed (same shape, different stem).
fn unlisted(i: usize) -> String {
    format!("berita{}.{}", i, TLDS[i % 8])
}

fn measure(set: &HashedDomainSet, probes: usize) -> serde_json::Value {
    let q = (set.len() as f64).log2().ceil();
    let n = set.len() as f64;
    // Full set: every stored bit compared.
    let start = Instant::now();
    let false_matches = (0..probes)
        .filter(|&i| set.get(&unlisted(i)).is_some())
        .count();
    let ns_per_probe = start.elapsed().as_nanos() as f64 / probes as f64;
    let expected_rate = n / 2f64.powf(q + 32.0);
    // The same construction keeping only 16 of the 32 low bits (hashes with the lower bits
    // cleared): false matches become common and must come at the rate a random hash gives.
    let keep = 64 - (q as u32) - 16;
    let truncate = |h: u64| h & !((1u64 << keep) - 1);
    let weak = HashedDomainSet::from_hashes(
        (0..DOMAINS)
            .map(|i| (truncate(host_hash(&listed(i))), 0))
            .collect(),
    );
    let weak_probes = probes.min(20_000_000);
    let weak_matches = (0..weak_probes)
        .filter(|&i| weak.get_hash(truncate(host_hash(&unlisted(i)))).is_some())
        .count();
    let weak_expected = weak.len() as f64 / 2f64.powf(q + 16.0) * weak_probes as f64;
    serde_json::json!({
        "probes": probes,
        "false_matches": false_matches,
        "measured_rate_per_probe": false_matches as f64 / probes as f64,
        "expected_rate_per_probe": expected_rate,
        "bound_per_lookup": expected_rate * MAX_PROBES as f64,
        "ns_per_probe_in_the_loop": ns_per_probe,
        "check_16_bits": {
            "probes": weak_probes,
            "false_matches": weak_matches,
            "expected": weak_expected,
        },
    })
}

fn synthetic_pack(set: HashedDomainSet) -> Vec<u8> {
    let mut data = waspada::pack::source::compile_dir(std::path::Path::new("rules"))
        .expect("rules compile")
        .pack;
    data.domain_lists = vec![DomainList {
        name: "synthetic.txt".into(),
        category: Some(Category::Gambling),
        source: "synthetic".into(),
        count: set.len() as u32,
        ..DomainList::default()
    }];
    data.blocked = set;
    waspada::pack::format::encode(&data).expect("encodes")
}

fn bench(c: &mut Criterion) {
    let start = Instant::now();
    let names: Vec<String> = (0..DOMAINS).map(listed).collect();
    let set = HashedDomainSet::build(names.iter().map(|n| (n.as_str(), 0)));
    let build_s = start.elapsed().as_secs_f64();
    drop(names);
    let bytes = set.memory_usage();
    let probes = std::env::var("WASPADA_FP_PROBES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000_000);
    let fp = measure(&set, probes);

    let pack = synthetic_pack(set.clone());
    let _ = std::fs::create_dir_all("target");
    let _ = std::fs::write("target/bench-7m.wpk", &pack);
    let start = Instant::now();
    let engine = Engine::from_pack_bytes(&pack).expect("pack loads");
    let load_ms = start.elapsed().as_secs_f64() * 1e3;
    drop(engine);

    let report = serde_json::json!({
        "domains": set.len(),
        "heap_bytes": bytes,
        "bytes_per_domain": bytes as f64 / set.len() as f64,
        "build_seconds": build_s,
        "pack_bytes": pack.len(),
        "pack_load_native_ms_once": load_ms,
        "false_matches": fp,
    });
    println!(
        "{}",
        serde_json::to_string_pretty(&report).unwrap_or_default()
    );
    let _ = std::fs::write(
        "target/bench-domains.json",
        serde_json::to_string_pretty(&report).unwrap_or_default(),
    );

    let mut group = c.benchmark_group("domain_set_7m");
    let member = listed(4_242_424);
    let child = format!("www.cdn.{member}");
    let floor = member.clone();
    group.bench_function("listed_host", |b| {
        b.iter(|| set.find(black_box(&member), Some(&floor)))
    });
    group.bench_function("host_under_listed_domain", |b| {
        b.iter(|| set.find(black_box(&child), Some(&floor)))
    });
    let other = "www.news.berita-harian.co.id";
    group.bench_function("unlisted_host_3_probes", |b| {
        b.iter(|| set.find(black_box(other), Some("berita-harian.co.id")))
    });
    group.finish();

    let mut group = c.benchmark_group("pack_7m");
    group.sample_size(10);
    group.bench_function("load", |b| {
        b.iter(|| Engine::from_pack_bytes(black_box(&pack)).expect("loads"))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
