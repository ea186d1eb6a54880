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
load=""
for attempt in 1 2 3 4 5; do
  reading=$(target/release/waspada pack info --load-time | awk -F': ' '/"load_ms"/ { gsub(/,/, "", $2); print $2 }')
  if [ -z "$load" ] || awk -v r="$reading" -v l="$load" 'BEGIN { exit !(r < l) }'; then load="$reading"; fi
  awk -v l="$load" -v max="$PACK_LOAD_MAX_MS" 'BEGIN { exit !(l <= max) }' && break
  sleep 4
done
if awk -v l="$load" -v max="$PACK_LOAD_MAX_MS" 'BEGIN { exit !(l <= max) }'; then
  echo "ok   default pack loads in $load ms (budget $PACK_LOAD_MAX_MS ms)"
else
  echo "FAIL default pack loads in $load ms, over the budget of $PACK_LOAD_MAX_MS ms"; failed=1
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
