#!/usr/bin/env bash
# Accuracy on the labelled data in ../shared/data (or $WASPADA_DATA), with the default pack:
# per group, per category, the threshold curve and the worst mistakes (`waspada eval`).
# `--unseen` leaves out the records the pack's text model was trained on (rules/README.md), so
# its groups are measured on what the model never saw.
#
#   scripts/eval.sh            print the report; write docs/accuracy.md and target/eval.json;
#                              refresh the table in README.md (between the eval markers)
#   scripts/eval.sh --record   also record the per-group figures as the CI accuracy budget
#                              (tests/budgets/accuracy.json), after an intended change
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
DATA="${WASPADA_DATA:-$ROOT/../shared/data}"
[ -d "$DATA/eval" ] || { echo "no labelled data at $DATA (set WASPADA_DATA)" >&2; exit 1; }
[ -x target/release/waspada ] || cargo build --release --locked

record=()
[ "${1:-}" = "--record" ] && record=(--write-baseline tests/budgets/accuracy.json)

node scripts/heldout-sets.mjs "$DATA" target
eval_inputs "$DATA"
target/release/waspada eval --unseen --lang en --worst 15 --json-out target/eval.json "${record[@]}" "${EVAL_INPUTS[@]}" > target/eval.md
cat target/eval.md

stamp="$(date -u +%Y-%m-%d), pack $(target/release/waspada pack info | awk -F'"' '/"version"/ {print $4}')"
{
  echo "# Accuracy report"
  echo
  echo "Produced by \`scripts/eval.sh\` on $stamp, from the labelled data in \`../shared/data\`."
  echo "\"Flagged\" means warning or danger: for scam groups (label 1) the flagged share is the recall,"
  echo "for benign groups (label 0) it is the false-positive rate. The threshold curve shows both as the"
  echo "lowest flagged score moves (the pack flags from 50)."
  echo
  cat target/eval.md
} > docs/accuracy.md

# The README carries the group table, between its markers.
awk -v stamp="$stamp" '
  /<!-- eval:begin -->/ { print; print "Measured by `scripts/eval.sh` on " stamp ":"; print "";
                          while ((getline line < "target/eval.md") > 0) { if (line == "") break; print line }
                          skip = 1; next }
  /<!-- eval:end -->/   { skip = 0 }
  !skip' README.md > target/README.eval && mv target/README.eval README.md
echo "wrote docs/accuracy.md, target/eval.json and the README table"
