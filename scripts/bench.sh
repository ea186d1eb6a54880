#!/usr/bin/env bash
# The benchmark report, peers side by side, in one command (after scripts/build.sh):
#   scripts/bench.sh            everything (~15 min on 2 cores); writes docs/benchmarks.md
#   scripts/bench.sh --quick    shorter criterion runs and 10 benign pages in the browser
# Engine (criterion, native), the same workloads in Wasm under Node with their JavaScript peers,
# domain lists against Brave's adblock crate, URL checks against MetaMask's eth-phishing-detect,
# and the extension in Chromium. Noisy on a busy machine: run it on a quiet one.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
quick=0; [ "${1:-}" = "--quick" ] && quick=1
[ -f dist/chrome/manifest.json ] && [ -f target/wasm-pkg/waspada_bg.wasm ] || scripts/build.sh --no-demo
scripts/install-browsers.sh >/dev/null

criterion=(-- --warm-up-time 2 --measurement-time 5)
[ "$quick" = 1 ] && criterion=(-- --warm-up-time 1 --measurement-time 2)
pages=(); [ "$quick" = 1 ] && pages=(--pages 10)

out=docs/benchmarks.md
tmp=target/bench-report.md
{
  echo "# Benchmarks"
  echo
  echo "Produced by \`scripts/bench.sh\` on $(date -u +%Y-%m-%d) on $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(free -g | awk '/Mem:/ {print $2}') GB;"
  echo "$(chromium --version 2>/dev/null | head -1), Node $(node --version). Peers run in the same process or browser as ours."
  echo
  echo "## Engine, native (criterion)"
  echo
} > "$tmp"

step "Engine benches (criterion)"
cargo bench --locked --bench engine "${criterion[@]}" >&2
cargo bench --locked --bench domains "${criterion[@]}" >&2
node scripts/criterion-table.mjs >> "$tmp"

step "Text scanning in Wasm vs JavaScript peers"
{ echo; echo "## Text scanning in Wasm (Node), with JavaScript peers"; echo; } >> "$tmp"
node scripts/bench-text.mjs >> "$tmp"

step "URL checks in Wasm vs MetaMask's eth-phishing-detect"
{ echo; echo "## URL checks in Wasm (Node), with eth-phishing-detect"; echo; } >> "$tmp"
node scripts/bench-url-peers.mjs >> "$tmp"

step "Domain lists vs Brave's adblock crate"
{ echo; echo "## Domain lists, native, with the adblock crate"; echo; } >> "$tmp"
cargo run --quiet --release --manifest-path peers/adblock/Cargo.toml >> "$tmp"

step "The extension in Chromium"
{ echo; echo "## The extension in Chromium"; echo; } >> "$tmp"
node scripts/bench-browser.mjs "${pages[@]}" >> "$tmp"
{ echo; echo "### Marketplace listings (scripts/bench-listings.mjs)"; echo; echo '```'; } >> "$tmp"
node scripts/bench-listings.mjs >> "$tmp"
echo '```' >> "$tmp"

mv "$tmp" "$out"
step "Wrote $out"
