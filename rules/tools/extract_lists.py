#!/usr/bin/env python3
"""Extracts the default pack's block lists from ../shared/data/sources into rules/lists/.

Run from the repository root:  python3 rules/tools/extract_lists.py [SOURCES_DIR]
(default SOURCES_DIR: ../shared/data/sources). Deterministic: same input, same files.

Only sources whose licenses allow shipping inside an Apache-2.0 pack are used:
  - TrustPositif gambling shard 004, alsyundawy mirror (MIT) -> gambling-trustpositif.txt
  - OJK illegal entities, namchee (data from OJK, code MIT)  -> loan-ojk.txt, investment-ojk.txt
  - Polkadot phishing list (Apache-2.0)                      -> crypto-polkadot.txt
GPL-3.0 lists (ScamSniffer, HaGeZi) and unlicensed ones (BrigsLabs) are NOT extracted here;
build an opt-in pack for them (see rules/README.md, "Opt-in block lists").

What is never let in, whatever a list says (the lists are noisy: TrustPositif holds
api.whatsapp.com):
  - anything on a source's own whitelist / allow list;
  - anything on or under our allow list (rules/hosting.toml), a brand's official domain
    (rules/brands.toml) or a Moz top-500 site's registrable domain;
  - government, academic and school hosts (go.id, ac.id, sch.id…): a listed one is a hacked
    institution, caught by the page.gambling-on-gov signal instead of being blocked;
  - bare public suffixes (pages.dev) and hosts on a platform shared by many listed entities
    (app stores and APK mirrors in the OJK data).
Gambling hosts are collapsed to their registrable domain when that domain's own name is a
gambling name (slot, gacor, togel, rtp, bocoran…) and the list holds several of its hosts:
20,603 hosts of bocorannos.site become one entry. Hacked ordinary sites keep their exact
gambling subdomains, so the site itself is not blocked.
"""

import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "rules"
SOURCES = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "sources"
OUT = RULES / "lists"
OUT.mkdir(exist_ok=True)

HOST_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\.)+[a-z0-9-]{2,63}$")
GAMBLING_NAME = re.compile(
    r"slot|gacor|togel|toto|rtp|bocoran|maxwin|judi|casino|kasino|poker|domino|qq|bet|"
    r"jackpot|jp|scatter|zeus|olympus|mahjong|sbo|win|4d|88|303|77|99|jitu|hoki|cuan|gaming"
)
COLLAPSE_MIN = 3
# An app's page on a store or directory: /app/…, /apk/…, a package name, ?id=…
APP_PAGE = re.compile(
    r"(?i)(^|/)(apps?|apk|store|details?|download|android|ios|iphone|games?)(/|$|-)"
    r"|\b[a-z0-9_]+\.[a-z0-9_]+\.[a-z0-9_]+\b|[?&]id="
)
# Words of a lender's or investment's own domain name (kept even with app-like paths).
LENDER_NAME = re.compile(r"pinjam|dana|uang|kredit|rupiah|tunai|cash|loan|modal|invest|saku")
MIRROR_NAME = re.compile(r"apk|apps|download|mods?\b|windows|\bpc")
SPAWNED = re.compile(r"^ww\d+\.")  # listed hosts under one gambling-named registrable domain


class Psl:
    """Public Suffix List (rules/psl), enough to find registrable domains."""

    def __init__(self, path):
        self.exact, self.wild, self.exc = set(), set(), set()
        for line in path.read_text(encoding="utf-8").splitlines():
            rule = line.strip().split(" ")[0]
            if not rule or rule.startswith("//"):
                continue
            rule = rule.encode("idna").decode() if not rule.isascii() else rule
            if rule.startswith("*."):
                self.wild.add(rule[2:])
            elif rule.startswith("!"):
                self.exc.add(rule[1:])
            else:
                self.exact.add(rule)

    def suffix(self, host):
        labels = host.split(".")
        for i in range(len(labels)):
            cand = ".".join(labels[i:])
            if cand in self.exc:
                return ".".join(labels[i + 1 :])
            if cand in self.exact:
                return cand
            if i + 1 < len(labels) and ".".join(labels[i + 1 :]) in self.wild:
                return cand
        return labels[-1]

    def registrable(self, host):
        suf = self.suffix(host)
        if host == suf:
            return None
        rest = host[: -len(suf) - 1]
        return rest.split(".")[-1] + "." + suf


def clean(host):
    host = host.strip().lower().rstrip(".")
    if host.startswith("*."):
        host = host[2:]
    try:
        host = host.encode("idna").decode() if not host.isascii() else host
    except UnicodeError:
        return None
    return host if HOST_RE.match(host) else None


def under(host, domains):
    """Whether host is one of `domains` or below one."""
    labels = host.split(".")
    return any(".".join(labels[i:]) in domains for i in range(len(labels)))


def main():
    psl = Psl(RULES / "psl" / "public_suffix_list.dat")
    hosting = tomllib.loads((RULES / "hosting.toml").read_text(encoding="utf-8"))
    brands = tomllib.loads((RULES / "brands.toml").read_text(encoding="utf-8"))
    top = json.loads((SOURCES / "benign_top500_topsites_npm" / "top-sites.json").read_text())
    protected = set(hosting["allow"])
    for b in brands["brand"]:
        protected.update(b["official"])
    for site in top:
        h = clean(site["rootDomain"])
        if h:
            protected.add(psl.registrable(h) or h)
    institutional = set(hosting["institutional"])
    free_hosting = set(hosting["free_hosting"])

    def keep(host, whitelist=frozenset()):
        if host is None or under(host, protected) or under(host, whitelist):
            return False
        suf = psl.suffix(host)
        if host == suf or suf in institutional or host in free_hosting:
            return False
        return psl.registrable(host) is not None

    stats = {}

    # TrustPositif gambling shard (MIT).
    tp = SOURCES / "id_trustpositif_gambling_alsyundawy"
    whitelist = {clean(l) for l in (tp / "whitelist.txt").read_text().splitlines()} - {None}
    raw = [clean(l) for l in (tp / "gambling_indonesia_004.txt").read_text().splitlines()]
    raw = [h for h in raw if h and not h.startswith("#")]
    hosts = sorted({h for h in raw if keep(h, whitelist)})
    by_reg = defaultdict(list)
    for h in hosts:
        by_reg[psl.registrable(h)].append(h)
    gambling = set()
    for reg, hs in by_reg.items():
        label = reg.split(".")[0]
        tld = reg.rsplit(".", 1)[-1]
        # Throwaway domains spawning numbered hosts (ww6068.pastidapatbagus.shop) on a cheap
        # generic TLD; hacked ordinary sites (.com, .org, country TLDs) keep exact hosts.
        spawner = (
            len(hs) >= 20
            and sum(1 for h in hs if SPAWNED.match(h)) >= 0.8 * len(hs)
            and len(tld) > 2
            and tld not in {"com", "net", "org", "edu", "gov", "info", "biz"}
        )
        collapse = (
            reg in hs or spawner or (len(hs) >= COLLAPSE_MIN and GAMBLING_NAME.search(label))
        )
        if collapse and keep(reg, whitelist):
            gambling.add(reg)
        else:
            gambling.update(hs)
    stats["gambling"] = (len(raw), len(gambling))
    write(
        "gambling-trustpositif.txt",
        "gambling",
        "TrustPositif gambling list, shard 004 (alsyundawy/TrustPositif mirror)",
        "MIT",
        "https://github.com/alsyundawy/TrustPositif",
        "daftar situs judi TrustPositif (Komdigi)",
        "the TrustPositif gambling site list (Komdigi)",
        gambling,
        f"{len(raw)} hosts in the shard; whitelist, allow lists, brands, top-500 and "
        f"institutional hosts removed; gambling-named domains with {COLLAPSE_MIN}+ hosts "
        "collapsed to the domain.",
    )

    # OJK illegal entities (data from OJK; code MIT).
    ojk = json.loads((SOURCES / "id_ojk_illegal_entities_namchee" / "illegals.json").read_text())
    entities = ojk["data"]
    owners = defaultdict(set)  # registrable domain -> entity ids using it
    platforms = set()  # app stores, APK mirrors, app directories
    for e in entities:
        for w in e.get("web") or []:
            h = host_of(w)
            if h:
                reg = psl.registrable(h) or h
                owners[reg].add(e["id"])
                path = urlsplit(w if "://" in w else "http://" + w)
                app_page = APP_PAGE.search(path.path + "?" + path.query)
                mirror = MIRROR_NAME.search(reg.split(".")[0]) and path.path.strip("/")
                if (app_page or mirror) and not LENDER_NAME.search(reg):
                    platforms.add(reg)
    loans, invest = set(), set()
    for e in entities:
        kind = e.get("entity_type", "")
        target = invest if kind == "Investasi Ilegal" else loans
        for w in e.get("web") or []:
            h = host_of(w)
            if not h or not keep(h):
                continue
            reg = psl.registrable(h)
            if len(owners[reg]) > 1 or reg in platforms:
                continue  # a platform (APK mirrors, app stores and directories)
            target.add(h)
    loans -= invest
    n_web = sum(len(e.get("web") or []) for e in entities)
    stats["ojk"] = (n_web, len(loans) + len(invest))
    note = (
        f"{len(entities)} entities, {n_web} web addresses; addresses on platforms shared by "
        "several entities, app stores, APK mirrors and app directories, allow lists, brands and top-500 removed."
    )
    write(
        "loan-ojk.txt",
        "loan",
        "OJK list of illegal online lenders and pawnshops (namchee/ojk-illegal-entities)",
        "OJK public data; code MIT",
        "https://github.com/namchee/ojk-illegal-entities",
        "daftar pinjol dan gadai ilegal OJK",
        "OJK's list of illegal online lenders",
        loans,
        note,
    )
    write(
        "investment-ojk.txt",
        "investment",
        "OJK list of illegal investments (namchee/ojk-illegal-entities)",
        "OJK public data; code MIT",
        "https://github.com/namchee/ojk-illegal-entities",
        "daftar investasi ilegal OJK (Satgas PASTI)",
        "OJK's list of illegal investments",
        invest,
        note,
    )

    # Polkadot crypto phishing (Apache-2.0).
    pd = json.loads((SOURCES / "crypto_phishing_polkadot" / "all.json").read_text())
    allow = {clean(a) for a in pd.get("allow", [])} - {None}
    deny = [clean(d) for d in pd.get("deny", [])]
    crypto = {h for h in deny if h and h not in allow and keep(h)}
    stats["crypto"] = (len(deny), len(crypto))
    write(
        "crypto-polkadot.txt",
        "crypto",
        "Polkadot phishing list (polkadot-js/phishing)",
        "Apache-2.0",
        "https://github.com/polkadot-js/phishing",
        "daftar phishing kripto Polkadot",
        "the Polkadot crypto phishing list",
        crypto,
        f"{len(deny)} denied hosts; its allow list (platforms such as pages.dev), our allow "
        "lists, brands and top-500 removed.",
    )
    for k, (a, b) in stats.items():
        print(f"{k}: {a} in the source -> {b} entries")


def host_of(url):
    url = url.strip()
    if not url or url == "-":
        return None
    if "://" not in url:
        url = "http://" + url
    try:
        host = clean(urlsplit(url).hostname or "")
    except ValueError:
        return None
    return host[4:] if host and host.startswith("www.") else host


def write(name, category, source, license, url, label_id, label_en, hosts, note):
    lines = [
        f"# category: {category}",
        f"# source: {source}",
        f"# license: {license}",
        f"# url: {url}",
        f"# label.id: {label_id}",
        f"# label.en: {label_en}",
        "#",
        "# GENERATED by rules/tools/extract_lists.py: run it again rather than editing by hand.",
        f"# {note}",
    ]
    lines += sorted(hosts)
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
