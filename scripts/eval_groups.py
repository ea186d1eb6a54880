#!/usr/bin/env python3
"""Per-group flagged rates of `waspada scan --batch` on labelled JSON lines.

    target/release/waspada scan --batch < data.jsonl > verdicts.jsonl
    python3 scripts/eval_groups.py data.jsonl verdicts.jsonl

For scam groups (label 1) the flagged share is the recall; for benign groups (label 0) it is
the false-positive rate. "Flagged" means warning or danger (design contract 2).
"""
import collections
import json
import sys


def main(records_path: str, verdicts_path: str) -> None:
    with open(records_path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    with open(verdicts_path, encoding="utf-8") as f:
        verdicts = [json.loads(line) for line in f if line.strip()]
    if len(records) != len(verdicts):
        sys.exit(f"{len(records)} records but {len(verdicts)} verdicts")
    groups = collections.defaultdict(lambda: [0, 0])
    for record, verdict in zip(records, verdicts):
        if record.get("id") != verdict.get("id"):
            sys.exit(f"order broken at id {record.get('id')!r}")
        g = groups[(record.get("group", "?"), record.get("label"))]
        g[0] += 1
        g[1] += verdict["level"] in ("warning", "danger")
    print("| group | label | n | flagged | measures |")
    print("|---|---|---:|---:|---|")
    for (name, label), (n, flagged) in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        what = "recall" if label == 1 else "false-positive rate"
        print(f"| {name} | {label} | {n} | {100 * flagged / n:.2f}% | {what} |")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
