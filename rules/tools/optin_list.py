#!/usr/bin/env python3
"""Turns a plain host list into a block list file for an OPT-IN pack (never the default pack).

    python3 rules/tools/optin_list.py HOSTS.txt CATEGORY LICENSE "NAME" > my-rules/lists/x.txt

Use it for lists whose license does not allow shipping them in the Apache-2.0 default pack
(GPL-3.0: ScamSniffer, HaGeZi; no license: BrigsLabs). Hosts are lower-cased, `#` comments,
`0.0.0.0 host` hosts-file lines and `*.` prefixes are handled; invalid lines are skipped.
Allow lists and brands' official domains are applied again when the pack is built.
"""
import re
import sys

HOST_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\.)+[a-z0-9-]{2,63}$")


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    path, category, license, name = sys.argv[1:]
    hosts = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.split("#", 1)[0].strip().lower()
            parts = line.split()
            if not parts:
                continue
            host = parts[-1].removeprefix("*.").rstrip(".")
            if HOST_RE.match(host):
                hosts.add(host)
    print(f"# category: {category}")
    print(f"# source: {name}")
    print(f"# license: {license}")
    print(f"# label.id: {name}")
    print(f"# label.en: {name}")
    print("# OPT-IN ONLY: this license does not allow shipping the list in the default pack.")
    for h in sorted(hosts):
        print(h)


if __name__ == "__main__":
    main()
