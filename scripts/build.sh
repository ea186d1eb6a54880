#!/usr/bin/env bash
# Builds everything into dist/ and runs the main job: scan the example pages, messages and links.
#   scripts/build.sh            build, then scan examples/
#   scripts/build.sh --no-demo  build only (used by scripts/test.sh)
#   WASPADA_RULES=DIR scripts/build.sh   an NGO's edition: the extension and the web checker get
#                               the pack compiled from DIR (a copy of rules/ with its own
#                               pack.toml, helplines and reports) instead of rules/
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

ensure_wasm_tools
ensure_npm

step "Building the waspada CLI (native, release)"
cargo build --release --locked --bin waspada

RULES="${WASPADA_RULES:-rules}"
step "Compiling $RULES/ into the default pack"
mkdir -p target/packs
target/release/waspada pack build "$RULES" -o target/packs/default.wpk

step "Building the engine for WebAssembly"
cargo build --locked --profile wasm --target wasm32-unknown-unknown --lib --no-default-features
raw="target/wasm32-unknown-unknown/wasm/waspada.wasm"
rm -rf target/wasm-pkg
wasm-bindgen --target web --out-dir target/wasm-pkg --out-name waspada "$raw"
# npm's binaryen, not Debian's (v108 breaks externref tables at run time).
# --low-memory-unused lets loads and stores fold constant offsets: Rust links wasm32 with the
# stack first (addresses below 1 MB), so the lowest 1 KB is only reached by a stack that is
# already overflowing. With --converge it saves ~2.9 KB of gzip (measured 2026-12-03).
wasm-opt -Oz --low-memory-unused --converge --strip-debug --strip-producers target/wasm-pkg/waspada_bg.wasm -o target/wasm-pkg/waspada_bg.wasm
size() { stat -c %s "$1"; }
gz() { gzip -9 -c "$1" | wc -c; }
printf 'wasm: cargo %s bytes → optimised %s bytes, %s bytes gzip; pack %s bytes (%s gzip)\n' \
  "$(size "$raw")" "$(size target/wasm-pkg/waspada_bg.wasm)" "$(gz target/wasm-pkg/waspada_bg.wasm)" \
  "$(size target/packs/default.wpk)" "$(gz target/packs/default.wpk)" | tee target/wasm-size.txt

step "Assembling dist/ (extensions, store packages, web site)"
node scripts/assemble.mjs

if [ "${1:-}" != "--no-demo" ]; then
  step "Main job: scanning examples/ with the default pack"
  shopt -s nullglob
  examples=(examples/scam/* examples/benign/*)
  [ "${#examples[@]}" -gt 0 ] || { echo "examples/ has no pages to scan" >&2; exit 1; }
  target/release/waspada scan --lang "${WASPADA_LANG:-en}" "${examples[@]}"
  step "Main job: checking the links in examples/urls.txt"
  mapfile -t urls < <(grep -v '^\s*#' examples/urls.txt | awk 'NF { print $1 }')
  target/release/waspada check-url --lang "${WASPADA_LANG:-en}" "${urls[@]}"
fi
