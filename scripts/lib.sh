# Shared helpers for scripts/build.sh and scripts/test.sh. Source it; don't run it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Slow tools (wasm-bindgen-cli takes minutes to build) are cached here, outside the checkout,
# so repeated runs and fresh clones on the same machine reuse them.
TOOLS="${WASPADA_TOOLS:-$HOME/.cache/waspada-tools}"
export PATH="$TOOLS/bin:$ROOT/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# The wasm-bindgen version pinned in Cargo.lock: the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "Installing the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  local want have
  want="$(wasm_bindgen_version)"
  have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
  if [ "$have" != "$want" ]; then
    step "Installing wasm-bindgen-cli $want into $TOOLS (once per machine, ~5 min)"
    # --locked can fail against this registry (a pinned dependency is missing): fall back.
    cargo install wasm-bindgen-cli --version "$want" --locked --root "$TOOLS" \
      || cargo install wasm-bindgen-cli --version "$want" --root "$TOOLS"
  fi
}

ensure_npm() {
  if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    step "Installing npm dev tools (wasm-opt, web-ext, playwright-core, puppeteer-core)"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
  fi
}

# What every accuracy run reads (scripts/eval.sh, scripts/budgets.sh), kept in one place: the
# labelled data in $1, the held-out lists scripts/heldout-sets.mjs writes into target/, and the
# independently written messages, links and page folders under tests/fixtures. Sets EVAL_INPUTS.
eval_inputs() {
  local data="$1" dir
  EVAL_INPUTS=(
    "$data/eval/text.jsonl" "$data/eval/urls.jsonl"
    target/crypto-drainers-heldout.jsonl target/judol-domains-heldout.jsonl target/known-good-whitelists.jsonl
    tests/fixtures/messages/independent.jsonl tests/fixtures/messages/independent-heldout.jsonl
    tests/fixtures/urls/independent.jsonl tests/fixtures/urls/independent-heldout.jsonl
    --pages "$data/pages/benign" --pages "$data/pages/real"
  )
  for dir in tests/fixtures/independent-pages tests/fixtures/pages-set*; do
    EVAL_INPUTS+=(--pages "$dir")
  done
  EVAL_INPUTS+=(--links "$data/pages/benign" --links "$data/pages/real")
}
