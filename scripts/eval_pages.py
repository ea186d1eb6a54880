#!/usr/bin/env python3
"""Scan the page corpora of ../shared/data with `waspada scan --batch` and report mistakes.

    python3 scripts/eval_pages.py [../shared/data]

Scam pages (pages/real, label scam) must be flagged (warning or danger); benign pages
(pages/benign and pages/real, label benign) must not be. Prints each mistake and a summary.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main(data: str) -> int:
    records = []
    manifest = json.load(open(os.path.join(data, "pages/real/manifest.json"), encoding="utf-8"))
    for page in manifest["pages"]:
        html = open(os.path.join(data, "pages/real", page["file"]), encoding="utf-8", errors="replace").read()
        group = "real-scam" if page["label"] == "scam" else "real-benign"
        records.append(({"id": page["file"], "html": html, "url": page["url"]}, group))
    benign_dir = os.path.join(data, "pages/benign")
    for name in sorted(os.listdir(benign_dir)):
        if name.endswith(".html"):
            html = open(os.path.join(benign_dir, name), encoding="utf-8", errors="replace").read()
            records.append(({"id": "benign/" + name, "html": html}, "readability-benign"))
    cli = os.path.join(ROOT, "target/release/waspada")
    stdin = "".join(json.dumps(r) + "\n" for r, _ in records)
    out = subprocess.run([cli, "scan", "--batch", "--lang", "en"], input=stdin, capture_output=True, text=True, check=True)
    verdicts = [json.loads(line) for line in out.stdout.splitlines()]
    totals = {}
    for (record, group), verdict in zip(records, verdicts):
        flagged = verdict["level"] in ("warning", "danger")
        n, f = totals.get(group, (0, 0))
        totals[group] = (n + 1, f + flagged)
        if flagged != (group == "real-scam"):
            rules = [r["rule"] for r in verdict["reasons"]][:5]
            print(f"{'MISSED' if group == 'real-scam' else 'FALSE ALARM'}: {record['id']} {verdict['level']} {verdict['score']} {rules}")
    print("| pages | n | flagged |")
    print("|---|---:|---:|")
    for group, (n, f) in sorted(totals.items()):
        print(f"| {group} | {n} | {f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "../shared/data")))
