#!/usr/bin/env bash
# Budgets the test command checks after a build: Wasm size, pack load time, Wasm scan speed,
# and accuracy per group.
# Generous enough not to flake on a busy 2-core machine, tight enough to catch a regression.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
WASM_GZIP_MAX=$((400 * 1024))   # bytes, the engine without pack data
PACK_LOAD_MAX_MS=50             # native, fastest of 7 loads of the default pack
SCAN_MIN_MB_S=15                # Wasm scanText of 100 KB and 1 MB, fastest of several scans
failed=0

gz=$(gzip -9 -c target/wasm-pkg/waspada_bg.wasm | wc -c)
if [ "$gz" -le "$WASM_GZIP_MAX" ]; then
  echo "ok   wasm gzip $gz bytes (budget $WASM_GZIP_MAX)"
else
  echo "FAIL wasm gzip $gz bytes is over the budget of $WASM_GZIP_MAX"; failed=1
fi

# Noise from other processes only ever adds time, and on a shared 2-core machine it comes in
# spells lasting seconds (the same binary measured 31 and 46 ms a minute apart): when a reading
# is over the budget, wait and read again, up to five readings over ~20 s, and keep the fastest.
# A real regression is over the budget in every reading.
# Machines differ too: the 2-core AMD EPYC of 2026-12-03 runs a load ~1.6× slower than the Xeon
# the 50 ms were set on, and never read under ~45 ms. So a load over 50 ms still passes if it is
# within PACK_LOAD_MAX_RATIO of a fixed yardstick timed in between (`reference_ms`: an automaton
# of 20,000 made-up phrases, src/bin/waspada/main.rs): that catches a slower load, not a slower
# machine. The ratio read 1.3–1.7 on the EPYC.
PACK_LOAD_MAX_RATIO=2.0
load=""; reference=""
for attempt in 1 2 3 4 5; do
  info=$(target/release/waspada pack info --load-time)
  reading=$(echo "$info" | awk -F': ' '/"load_ms"/ { gsub(/,/, "", $2); print $2 }')
  ref=$(echo "$info" | awk -F': ' '/"reference_ms"/ { gsub(/,/, "", $2); print $2 }')
  if [ -z "$load" ] || awk -v r="$reading" -v l="$load" 'BEGIN { exit !(r < l) }'; then load="$reading"; fi
  if [ -z "$reference" ] || awk -v r="$ref" -v l="$reference" 'BEGIN { exit !(r < l) }'; then reference="$ref"; fi
  awk -v l="$load" -v max="$PACK_LOAD_MAX_MS" 'BEGIN { exit !(l <= max) }' && break
  sleep 4
done
ratio=$(awk -v l="$load" -v r="$reference" 'BEGIN { printf "%.2f", l / r }')
if awk -v l="$load" -v max="$PACK_LOAD_MAX_MS" 'BEGIN { exit !(l <= max) }'; then
  echo "ok   default pack loads in $load ms (budget $PACK_LOAD_MAX_MS ms)"
elif awk -v q="$ratio" -v max="$PACK_LOAD_MAX_RATIO" 'BEGIN { exit !(q <= max) }'; then
  echo "ok   default pack loads in $load ms, over $PACK_LOAD_MAX_MS ms on this machine but $ratio× its yardstick of $reference ms (budget ${PACK_LOAD_MAX_RATIO}×)"
else
  echo "FAIL default pack loads in $load ms, over the budget of $PACK_LOAD_MAX_MS ms and ${ratio}× its yardstick of $reference ms (budget ${PACK_LOAD_MAX_RATIO}×)"; failed=1
fi

# Text-scan speed in Wasm (Node): a floor far under the measured speed, against work that grows
# faster than the text (scripts/budget-scan.mjs says why Wasm, not native).
node scripts/budget-scan.mjs "$SCAN_MIN_MB_S" || failed=1

DATA="${WASPADA_DATA:-$ROOT/../shared/data}"
if [ -d "$DATA/eval" ]; then
  node scripts/heldout-sets.mjs "$DATA" target
  eval_inputs "$DATA"
  if target/release/waspada eval --unseen --lang en --worst 0 --baseline tests/budgets/accuracy.json "${EVAL_INPUTS[@]}" > target/eval-budget.md; then
    echo "ok   accuracy per group at or above tests/budgets/accuracy.json"
  else
    cat target/eval-budget.md; failed=1
  fi
else
  echo "SKIPPED accuracy budget: no labelled data at $DATA (set WASPADA_DATA)"
fi
exit "$failed"
