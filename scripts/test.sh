#!/usr/bin/env bash
# Runs every test: lint, Rust unit/integration tests, rule examples, Wasm tests in Node,
# web-ext lint, extension unit tests in Node, and end-to-end tests in Debian's Chromium and Firefox ESR.
# Installs what is missing (browsers from Debian, tools into ~/.cache/waspada-tools) first.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
started=$SECONDS

step "Build (everything into dist/)"
scripts/build.sh --no-demo

step "Format and lint (cargo fmt, clippy native and wasm32)"
cargo fmt --all -- --check
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --lib --no-default-features -- -D warnings

step "Rule sources: lint and run every example (waspada rules check)"
target/release/waspada rules check rules

step "Rust unit, integration and doc tests"
cargo test --locked

step "Budgets: Wasm size, pack load time, accuracy per group (scripts/budgets.sh)"
scripts/budgets.sh

step "Wasm tests in Node (wasm-bindgen-test)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --no-default-features --features embedded-pack --test wasm

step "Browsers (Debian chromium, firefox-esr)"
scripts/install-browsers.sh

step "web-ext lint on dist/firefox"
web-ext lint --source-dir dist/firefox --output json > target/web-ext-lint.json || true
node -e '
  const r = JSON.parse(require("fs").readFileSync("target/web-ext-lint.json", "utf8"));
  for (const e of r.errors) console.error(`error ${e.code}: ${e.message} (${e.file || ""})`);
  for (const w of r.warnings) console.error(`warning ${w.code}: ${w.message} (${w.file || ""})`);
  console.log(`web-ext lint: ${r.errors.length} errors, ${r.warnings.length} warnings`);
  process.exit(r.errors.length ? 1 : 0);'

step "Extension unit tests in Node (settings: validation, migration, allow list, PIN hash)"
node --test tests/js/

step "End-to-end tests in Chromium and Firefox"
node tests/e2e/run.mjs

step "All tests passed in $((SECONDS - started)) s"
