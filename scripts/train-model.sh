#!/usr/bin/env bash
# Retrains the pack's text model (rules/model/text.wmodel; rules/README.md, "The text model") on
# what its licence or authorship allows: YouTube comments (MIT) and UCI SMS (CC BY 4.0) from the
# labelled data, every fitted message set (tests/fixtures/messages/independent.jsonl, whichever
# sets it holds today) and the rules' examples. Never the held-out sets, the TikTok comments or
# the Indonesian SMS: they are how the model is judged. 30 % of each source's ids stay out of
# training for `waspada eval --unseen`. Then `cargo build --release` embeds it in the default pack.
#
#   scripts/train-model.sh [--bits N] [--threshold P]    defaults: the shipped 2^17 and 0.97
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
DATA="${WASPADA_DATA:-$ROOT/../shared/data}"
[ -f "$DATA/eval/text.jsonl" ] || { echo "no labelled data at $DATA (set WASPADA_DATA)" >&2; exit 1; }
[ -x target/release/waspada ] || cargo build --release --locked

fitted=tests/fixtures/messages/independent.jsonl
prefixes=(--id-prefix yt- --id-prefix uci-)
# One prefix per fitted set: its ids are `ind{set}-{n}`.
while read -r p; do prefixes+=(--id-prefix "$p"); done \
  < <(sed -n 's/.*"id": *"\(ind[0-9]*-\)[0-9]*".*/\1/p' "$fitted" | sort -uV)

target/release/waspada model train "$DATA/eval/text.jsonl" "$fitted" "${prefixes[@]}" \
  --rules rules --bits 17 --threshold 0.97 "$@"
