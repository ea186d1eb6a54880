#!/usr/bin/env python3
"""Generates rules/brands.toml from the protected-brands reference data.

Usage (from the repository root):

    python3 rules/tools/gen_brands.py [path/to/protected_brands.json] > rules/brands.toml

The default input is ../shared/data/reference/protected_brands.json (the project's shared data
folder). Only the Python standard library is used.

What it does, and why:

* Official domains. A domain is kept when the reference file gives a source for it. Domains the
  file marks "unverified: <domain>" are kept only if we checked them ourselves (VERIFIED below,
  each with where we saw it). Every domain under .go.id counts as checked: only Indonesian
  government bodies can register there (PANDI's rules for go.id). An unverified domain in an
  allow list would hide a lookalike, so unchecked ones are dropped.
* Extra official domains (EXTRA_OFFICIAL) are big sites of the same company that the reference
  file does not list but that would otherwise be flagged as lookalikes (google.de,
  amazonaws.com…). Each is in the Moz top-500 list (shared/data/sources/benign_top500_topsites_npm).
* Whitelisted official domains (WHITELISTED_OFFICIAL) are a brand's second domains (mail,
  infrastructure, regional and product sites) that the TrustPositif mirror's or BrigsLabs'
  whitelist of known-good domains lists, or that we know as the brand's, and that the engine
  flagged as the brand's lookalikes.
* GitHub Pages sites of the brands' own GitHub organisations (GITHUB_PAGES_OFFICIAL:
  google.github.io, microsoft.github.io…) are official too: only the account of that name can
  publish there, and each listed account is the brand's own.
* Keywords are the short names found INSIDE domain labels (klikbca-verifikasi.com). The engine
  matches a keyword as a whole token between hyphens or digits, inside a label when it has 5+
  letters, and one typo away when it has 6+. So a keyword that is an ordinary word (dana is
  "funds", jago "skilled", pintu "door") or part of common words (apple in pineapple, live,
  office) would flag honest sites. Keywords of 1–2 letters are always dropped; the others are
  decided one by one in DROP_KEYWORDS, with the reason.
* Ordinary words one typo away from a keyword (NOT_TYPOS: "finance" from binance, "cloud" from
  icloud, "pertama" from pertamax) would flag honest sites as typosquats, so each brand lists
  the words that are never its typo. They were found by comparing every keyword of 6+ letters
  (the ones the engine matches one edit away) with the 60,000 most frequent English,
  Indonesian and Malay words (wordfreq's top lists), and kept when the word is common and
  unrelated to the brand; forms of the brand's own name (googled, amazons, telegrams) stay
  typos.
* A brand left without any checked official domain is left out (we cannot tell its real site
  from a fake one), and so is a keyword that would match one of the brand's own dropped
  domains.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_INPUT = os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "shared", "data", "reference", "protected_brands.json")
)

# Domains marked "unverified" in the reference file that we checked, and where.
# "code" = the public code index (several independent projects use the domain as the brand's site).
VERIFIED = {
    "pln.co.id": "code: PLN bills and apps link www.pln.co.id as PLN's site",
    "posindonesia.co.id": "code: courier trackers use www.posindonesia.co.id/id/tracking",
    "tri.co.id": "code: operator tables list https://www.tri.co.id for 3 (Tri) Indonesia",
    "axis.co.id": "code: AXIS promo and help pages on www.axis.co.id",
    "pegadaian.co.id": "code: Pegadaian product pages and e-mail on pegadaian.co.id",
    "sicepat.com": "code: courier trackers use www.sicepat.com/checkAwb",
    "seabank.co.id": "code: bank tables list https://www.seabank.co.id; SeaBank Care e-mail",
    "pertamina.com": "code: company tables link https://www.pertamina.com",
    "mypertamina.id": "code: subsiditepat.mypertamina.id (Pertamina's fuel-subsidy portal)",
    "telkom.co.id": "code: Telkom Indonesia listed with https://www.telkom.co.id",
    "indihome.co.id": "code: IndiHome landing pages and billing e-mail on indihome.co.id",
    "mastercard.com": "code: many payment projects link www.mastercard.com",
    "uob.co.id": "code: Indonesian bank tables list https://www.uob.co.id",
    "garuda-indonesia.com": "code: airline tables list https://www.garuda-indonesia.com (GA)",
    "anteraja.id": "code: courier trackers use https://anteraja.id/tracking",
    "tiki.id": "code: courier trackers use https://www.tiki.id/id/tracking",
    "lionair.co.id": "code: airline tables list https://www.lionair.co.id",
    "citilink.co.id": "code: booking tools use book.citilink.co.id",
    "agoda.com": "code: travel projects use https://www.agoda.com",
    "akulaku.com": "code: Akulaku developers' e-mail and www.akulaku.com",
    "homecredit.co.id": "code: Home Credit Indonesia FAQ and care e-mail on homecredit.co.id",
    "bankmuamalat.co.id": "code: Indonesian bank tables list www.bankmuamalat.co.id",
    "gopay.co.id": "code: merchant.gopay.co.id and e-wallet allow lists",
    "ioh.co.id": "code: Indosat Ooredoo Hutchison services and IDX ticker ISAT -> ioh.co.id",
    "xlsmart.co.id": "code: IDX ticker EXCL -> https://www.xlsmart.co.id",
    "hsbc.co.id": "code: Indonesian bank tables list https://www.hsbc.co.id",
    "dbs.id": "code: Indonesian bank tables list https://www.dbs.id (digibank)",
    "kredivo.com": "code: Kredivo checkout and careers on kredivo.com",
    "google.co.id": "code: search and maps links to https://www.google.co.id",
    "garena.co.id": "code: Free Fire / CODM services on garena.co.id",
    "shopeepay.co.id": "code: ShopeePay site, app and API on shopeepay.co.id",
    "mastercard.co.id": "code: Indonesian pages and logos on www.mastercard.co.id",
    "youtu.be": "Moz top-500 list (benign_top500_topsites_npm)",
    "wa.me": "Moz top-500 list (benign_top500_topsites_npm)",
    "t.me": "Moz top-500 list (benign_top500_topsites_npm)",
}

# More official domains of a listed brand: on the Moz top-500 list, or checked in the code index.
EXTRA_OFFICIAL = {
    # code: "PT Indosat Tbk (www.indosat.com)", Indosat's own SMS promos link www.indosat.com
    "Indosat Ooredoo Hutchison (IM3)": ["indosat.com"],
    # OJK's list of licensed apps (shared/data/sources/id_ojk_illegal_entities_namchee,
    # legal_apps.json) gives https://www.ovo.co.id for OVO; code: e-mail filters take OVO's
    # receipts from noreply@ovo.co.id
    "OVO": ["ovo.co.id"],
    # TikTok's app and web player talk to tiktokv.com / tiktokv.us (its API) and load from
    # tiktokcdn.com / tiktokcdn-us.com; links to them sit on every page that embeds a video.
    # BrigsLabs' judol whitelist lists api*.tiktokv.com as known-good infrastructure.
    "TikTok": ["tiktokv.com", "tiktokv.us", "tiktokcdn.com", "tiktokcdn-us.com"],
    # First-party infrastructure whose links sit on countless honest pages (analytics, ad and
    # embed hosts): google-analytics.com and youtube-nocookie.com are Google's, facebook.net
    # Meta's SDK host, amazon-adsystem.com Amazon's ad host, s-msn.com MSN's image host. All
    # five were flagged as lookalikes among the links of shared/data/pages (2026-11-30).
    "Google": [
        "googleusercontent.com", "googleblog.com", "google.de", "google.es", "google.com.br",
        "google.co.jp", "google.fr", "google.it", "google.co.uk", "google.nl", "google.ru",
        "google.pl", "google.ca", "google.co.in", "google.com.au", "google-analytics.com",
    ],
    "YouTube": ["youtube-nocookie.com"],
    "Amazon": ["amazonaws.com", "ssl-images-amazon.com", "amazon.it", "amazon.es", "amazon.fr",
               "amazon.in", "amazon.ca", "amazon-adsystem.com", "amazon.science"],
    "Microsoft (Outlook, Office, Live)": ["msn.com", "s-msn.com"],
    "Facebook": ["fb.com", "facebook.net"],
    # Discord's gift links, Telegram's alias and Amazon's research site, on BrigsLabs' whitelist
    # of domains wrongly taken for gambling (shared/data/sources/id_judol_domains_brigslabs).
    "Discord": ["discord.gg", "discord.gift"],
    "Yahoo": ["yahoo.co.jp"],
    "Telegram": ["telegra.ph", "telegram.dog"],
    # Fiverr's gig and profile images are served from its own Cloudinary host (code index: many
    # pages embed https://fiverr-res.cloudinary.com/images/…/gigs/…); Payoneer's help centre is
    # payoneer.custhelp.com (its 2FA Directory entry's documentation link).
    "Fiverr": ["fiverr-res.cloudinary.com"],
    "Payoneer": ["payoneer.custhelp.com"],
}

# The brands' own second domains (infrastructure, mail, regional and product sites) that were
# flagged as their lookalikes. Each is on the whitelist of the TrustPositif mirror
# (shared/data/sources/id_trustpositif_gambling_alsyundawy/whitelist.txt, MIT: domains kept
# from being blocked because they are known-good), on BrigsLabs' whitelist ("wl:brigs"), or is
# a brand's long-standing own site we know ("known": what the brand's pages, apps and mail use).
# Found by scanning both whitelists with the engine (2026-11-30): 60 of their domains warned.
WHITELISTED_OFFICIAL = {
    "Google": ["google.cf", "google.ga", "google.ml", "google.tk",   # wl:brigs
               # known: Google's tag, ad and video hosts, linked from countless pages
               "googletagmanager.com", "googlesyndication.com", "googleadservices.com",
               "googlevideo.com"],
    "YouTube": ["youtubekids.com"],                                 # known: YouTube Kids
    # known: DHL owns the .dhl top-level domain (ICANN registry agreement); MyDHL+, where
    # customs duty is paid, lives at mydhl.express.dhl
    "DHL": ["express.dhl"],
    "X (Twitter)": ["ads-twitter.com", "twitter.biz"],
    "Amazon": ["amazon.dev", "media-amazon.com",
               "amazonpay.com", "primevideo.com"],                  # known: Amazon Pay, Prime Video
    "Epic Games": ["epicgames.dev"],
    "Apple / iCloud": ["cdn-apple.com", "itunes.com", "icloud-content.com"],  # known: iCloud Drive's files
    "Bank Muamalat": ["bankmuamalat.com"],
    "Jenius / SMBC Indonesia (ex-BTPN)": ["btpnsyariah.com"],       # BTPN Syariah, the group's bank
    "CIMB Niaga": ["cimbniaga.com",
                   # known: the CIMB group's own sites in Malaysia, where its Clicks banking began
                   "cimb.com", "cimb.com.my", "cimbclicks.com.my"],
    # known: the DBS group's Singapore bank and its POSB arm (internet-banking.dbs.com.sg was
    # read as DBS's lookalike in URL set 15)
    "DBS Indonesia (digibank)": ["dbs.com.sg", "posb.com.sg"],
    "UOB Indonesia (TMRW)": ["uob.com.sg", "uobgroup.com"],           # known: the group's bank and site
    "HSBC Indonesia": ["hsbc.co.uk"],                                 # known: HSBC UK
    "Royal Mail": ["royalmailgroup.com", "parcelforce.com"],          # known: the group; its parcel arm
    "Citibank Indonesia": ["citibank.com", "citi.com"],              # known: the group's site
    "CommBank": ["commbank.co.id"],                                 # Commonwealth Bank's Indonesian bank
    "Facebook": ["facebook.org", "facebookmail.com"],
    "Gojek": ["go-jek.com", "gojek.io"],                             # known: the old site; the tech blog
    "Instagram / Threads": ["instagram-brand.com", "instagram-engineering.com",
                            "instagram-press.com", "instagram-press.net",
                            "cdninstagram.com"],                    # known: Instagram's pictures
    "Maybank Indonesia": ["maybank2u.com.my", "maybank.com"],       # known: Maybank's Malaysian bank, the group
    "Microsoft (Outlook, Office, Live)": ["s-microsoft.com", "onedrive.com", "1drv.com",
                                          "microsoft.net"],         # known: OneDrive and its short links
    "BCA (Bank Central Asia)": ["mybca.co.id"],
    "Netflix": ["netflix.net"],                                     # known: Netflix's own network
    "OCBC Indonesia (ex-OCBC NISP)": ["ocbcnisp.id", "ocbc.com"],    # known: the group's site
    "Meta": ["oculus.com"],                                         # known: Meta's headsets
    "PayPal": ["paypal-mktg.com", "paypal-community.com"],           # known: PayPal's mail and forum
    "Shopee": ["shopee.com", "shopeemobile.com", "shopeefood.co.id",
               "shope.ee"],                                         # known: Shopee's short links
    "ShopeePay": ["shopeepay.com.my", "shopeepay.co.th", "shopeepay.ph"],
    "Tokopedia": ["tokopedia.net", "tokopedia.link"],               # known: product images; short links
    "WhatsApp": ["whatsapp.net", "whatsapp.org"],
    "Binance": ["binance.us"],                                      # known: Binance.US
    "TikTok": ["tiktok.org", "tiktok.net", "tiktokd.net", "tiktokd.org", "tiktokw.us", "tiktokw.eu",
               "tiktokv-us.com", "tiktokv-eu.com", "tiktok-row.net", "tiktok-minis.com",
               "tiktokshop.com", "business-tiktok.com"],
    # known: Valve's CDN, user uploads, web chat and company site, linked from Steam's own pages
    "Steam (Valve)": ["steamstatic.com", "steamusercontent.com", "steam-chat.com",
                      "valvesoftware.com"],
}

# GitHub Pages sites of the brands' own GitHub organisations. Only the GitHub account named
# <org> can publish <org>.github.io, so a Pages site is its account's, and each account below is
# the brand's own (known: the brand's open-source projects live there and its sites link to it;
# the example is a Pages site of that account). Their documentation and samples were warned about
# as "brand on free hosting" (google.github.io/styleguide, facebook.github.io/react-native).
# Only accounts we are sure of: not guessed names such as whatsapp, tiktok or shopee.
GITHUB_PAGES_OFFICIAL = {
    "Google": ["google",                # google.github.io/styleguide
               "googlechrome",          # googlechrome.github.io/samples
               "googlecloudplatform",   # GoogleCloudPlatform's client libraries' docs
               "googleapis",            # googleapis' API client docs
               "googlemaps"],           # googlemaps.github.io/js-markerclusterer
    "Microsoft (Outlook, Office, Live)": ["microsoft",   # microsoft.github.io/monaco-editor
                                          "azure"],      # azure.github.io/azure-sdk
    "Facebook": ["facebook"],           # facebook.github.io/react-native, /jest (Meta Open Source)
    "Instagram / Threads": ["instagram"],   # instagram.github.io/IGListKit
    "Apple / iCloud": ["apple"],        # apple.github.io/coremltools
    "Amazon": ["aws", "awslabs",        # aws.github.io/copilot-cli; AWS Labs' projects
               "amzn"],                 # amzn.github.io/style-dictionary
    "Netflix": ["netflix"],             # netflix.github.io (Netflix OSS)
    "X (Twitter)": ["twitter"],         # twitter.github.io (Twitter Open Source)
    "LinkedIn": ["linkedin"],           # linkedin.github.io/rest.li
    "Dropbox": ["dropbox"],             # dropbox.github.io/dropbox-sdk-js
    "PayPal": ["paypal"],               # PayPal's SDKs' docs
    "Spotify": ["spotify"],             # Spotify's open-source projects (luigi, annoy)
    "Yahoo": ["yahoo"],                 # Yahoo's open-source projects
    "MetaMask": ["metamask"],           # metamask.github.io/test-dapp
    "Coinbase": ["coinbase"],           # Coinbase's open-source projects
    "Binance": ["binance"],             # Binance's API connectors
    "Discord": ["discord"],             # discord-api-docs' account
    "Telegram": ["telegramdesktop"],    # Telegram Desktop's official client (tdesktop)
    "Gojek": ["gojek"],                 # Gojek's open-source projects (heimdall)
    "Tokopedia": ["tokopedia"],         # Tokopedia's open-source projects (gripmock)
}

# Brands the reference file lacks, added with their evidence: crypto brands whose lookalikes
# are common phishing (the peer benchmark scripts/bench-url-peers.mjs measures them).
EXTRA_BRANDS = [
    {"brand": "MyEtherWallet", "kind": "crypto", "names": ["myetherwallet"],
     "official_domains": ["myetherwallet.com"],
     "evidence": ["eth-phishing-detect (MetaMask) fuzzylist and whitelist"]},
    {"brand": "Etherscan", "kind": "crypto", "names": ["etherscan"],
     "official_domains": ["etherscan.io"],
     "evidence": ["eth-phishing-detect (MetaMask) fuzzylist and whitelist"]},
    {"brand": "Uniswap", "kind": "crypto", "names": ["uniswap"],
     "official_domains": ["uniswap.org"],
     "evidence": ["eth-phishing-detect (MetaMask) whitelist"]},
    # Crypto projects whose names drainer sites borrow for fake claims and mints ("opensea-
    # claim", "arbitrum-airdrop", "zksync-allocation": ScamSniffer's drainer list in
    # shared/data/sources, read on its 70 % design split). Only distinctive names: ordinary
    # words (Blast, Scroll, Linea, Jupiter, Optimism, Polygon, Ledger, Lido) would flag honest
    # sites; nor names one letter from a bank's (DeBank: mebank, webank). Each official domain is
    # the project's own site.
    *[{"brand": n, "kind": "crypto", "names": k, "official_domains": d,
       "evidence": ["drainer lookalikes in ScamSniffer's list; the project's own site is " + d[0]]}
      for n, k, d in [
          ("OpenSea", ["opensea"], ["opensea.io"]),
          ("Magic Eden", ["magiceden"], ["magiceden.io"]),
          ("Trust Wallet", ["trustwallet"], ["trustwallet.com"]),
          ("PancakeSwap", ["pancakeswap"], ["pancakeswap.finance"]),
          ("EigenLayer", ["eigenlayer"], ["eigenlayer.xyz"]),
          ("Arbitrum", ["arbitrum"], ["arbitrum.io", "arbitrum.foundation"]),
          ("zkSync", ["zksync"], ["zksync.io"]),
          ("LayerZero", ["layerzero"], ["layerzero.network"]),
          ("Starknet", ["starknet"], ["starknet.io"]),
          ("Ethena", ["ethena"], ["ethena.fi"]),
          ("ether.fi", ["etherfi"], ["ether.fi"]),
          ("Hyperliquid", ["hyperliquid"], ["hyperliquid.xyz"]),
          ("Galxe", ["galxe"], ["galxe.com"]),
          ("Pudgy Penguins", ["pudgypenguins"], ["pudgypenguins.com"]),
          ("Trezor", ["trezor"], ["trezor.io"]),
          ("WalletConnect", ["walletconnect"], ["walletconnect.com", "walletconnect.network"]),
          ("Bybit", ["bybit"], ["bybit.com"]),
          ("KuCoin", ["kucoin"], ["kucoin.com"]),
          ("Bitget", ["bitget"], ["bitget.com"]),
          ("Raydium", ["raydium"], ["raydium.io"]),
          ("Worldcoin", ["worldcoin"], ["worldcoin.org", "world.org"]),
      ]],
    # Postal carriers of the English-speaking countries: "your parcel is on hold, pay the fee"
    # texts imitate them (usps-alert.com, parcelusps.com, evri-mytrack.com, auspost-gov.life in
    # shared/data/sources phishing lists). Each official domain is the carrier's own site.
    {"brand": "USPS", "kind": "courier", "names": ["usps"],
     "official_domains": ["usps.com"],
     "evidence": ["phishing lists: usps-alert.com, parcelusps.com; the carrier's site is usps.com"]},
    {"brand": "Royal Mail", "kind": "courier", "names": ["royalmail"],
     "official_domains": ["royalmail.com"],
     "evidence": ["UK carrier; its site is royalmail.com"]},
    {"brand": "Evri", "kind": "courier", "names": ["evri"],
     "official_domains": ["evri.com"],
     "evidence": ["phishing lists: evri-mytrack.com; the carrier's site is evri.com"]},
    # Tax and vehicle-licensing offices of the English-speaking world, imitated by "refund" and
    # "payment failed" texts. HMRC and DVLA live on GOV.UK (www.gov.uk, their own gov.uk names).
    {"brand": "HMRC", "kind": "government", "names": ["hmrc"],
     "official_domains": ["hmrc.gov.uk", "www.gov.uk"],
     "evidence": ["UK tax office; its pages are on www.gov.uk and hmrc.gov.uk (gov.uk is closed to the public)"]},
    {"brand": "DVLA", "kind": "government", "names": ["dvla"],
     "official_domains": ["dvla.gov.uk", "www.gov.uk"],
     "evidence": ["UK vehicle licensing; its pages are on www.gov.uk"]},
    {"brand": "IRS", "kind": "government", "names": ["irs"],
     "official_domains": ["irs.gov"],
     "evidence": ["US tax office; .gov is closed to the public"]},
    {"brand": "Australia Post", "kind": "courier", "names": ["auspost"],
     "official_domains": ["auspost.com.au"],
     "evidence": ["phishing lists: auspost-gov.life; the carrier's site is auspost.com.au"]},
    # Banks and services that English-language phishing feeds imitate most, for users who bank
    # or work abroad (migrant workers, students). Official domains from the 2FA Directory
    # (github 2factorauth/twofactorauth, entries/<x>/<domain>.json: "domain" and
    # "additional-domains"), plus the content hosts named below. Not Adobe, AT&T, UPS or eBay:
    # Adobe runs dozens of domains (adobe.io, adobelogin.com, adobedtm.com on countless pages),
    # "att" and "ups" are pieces of ordinary names (start-ups, power-ups), and shops that buy
    # from eBay for their customers name it in their paths (weshop.co.id/ebay/item/…, labelled
    # legitimate in urls.jsonl).
    {"brand": "Chase", "kind": "bank", "names": ["chaseonline", "chasebank"],
     "official_domains": ["chase.com"],
     "evidence": ["2FA Directory entries/c/chase.com.json (domain chase.com)"]},
    {"brand": "Wells Fargo", "kind": "bank", "names": ["wellsfargo"],
     "official_domains": ["wellsfargo.com", "wellsfargomedia.com", "wellsfargoadvisors.com", "wf.com"],
     "evidence": ["2FA Directory entries/w/wellsfargo.com.json (domain wellsfargo.com); wellsfargo.com's own "
                  "pages load their images from wellsfargomedia.com and link wellsfargoadvisors.com and wf.com"]},
    {"brand": "Bank of America", "kind": "bank", "names": ["bankofamerica"],
     "official_domains": ["bankofamerica.com", "bofa.com", "mbna.com"],
     "evidence": ["2FA Directory entries/b/bankofamerica.com.json (additional-domains bofa.com, mbna.com)"]},
    {"brand": "Docusign", "kind": "global-tech", "names": ["docusign"],
     "official_domains": ["docusign.com", "docusign.net"],
     "evidence": ["2FA Directory entries/d/docusign.com.json (additional-domains docusign.net)"]},
    {"brand": "Dropbox", "kind": "global-tech", "names": ["dropbox"],
     "official_domains": ["dropbox.com", "getdropbox.com", "dropboxusercontent.com", "dropboxstatic.com",
                          "dropboxapi.com", "dropbox.tech"],
     "evidence": ["2FA Directory entries/d/dropbox.com.json (additional-domains getdropbox.com); code: "
                  "link handlers and allow lists in several projects take dropboxusercontent.com, "
                  "dropboxstatic.com and dropboxapi.com as Dropbox's own hosts; pages corpus: "
                  "dropbox-blog.html, Dropbox's engineering blog on dropbox.tech"]},
    {"brand": "WeTransfer", "kind": "global-tech", "names": ["wetransfer"],
     "official_domains": ["wetransfer.com"],
     "evidence": ["2FA Directory entries/w/wetransfer.com.json (domain wetransfer.com)"]},
    # Freelance marketplaces and the payout services Indonesian freelancers are paid through:
    # fake "payment waiting, sign in to accept" and "doc is private, sign in with your Fiverr
    # account" pages imitate them (payoneer-acceptfunds.com, fiverr-docshare.com in the
    # project's fitted message set 24). Each official domain is the company's own site.
    {"brand": "Payoneer", "kind": "global-finance", "names": ["payoneer"],
     "official_domains": ["payoneer.com"],
     "evidence": ["2FA Directory entries/p/payoneer.com.json (domain payoneer.com)"]},
    {"brand": "Upwork", "kind": "global-tech", "names": ["upwork"],
     "official_domains": ["upwork.com"],
     "evidence": ["2FA Directory entries/u/upwork.com.json (domain upwork.com)"]},
    {"brand": "Fiverr", "kind": "global-tech", "names": ["fiverr"],
     "official_domains": ["fiverr.com"],
     "evidence": ["2FA Directory entries/f/fiverr.com.json (domain fiverr.com)"]},
    # Government aid programmes whose payouts aid scams promise ("pencairan PIP",
    # "Banpres BPUM cair"): their ministries' sites are on go.id, which only government bodies
    # can register (PANDI), so those domains count as checked. The programmes' short names are
    # ordinary elsewhere ("pip", Python's installer), so they are lure keywords, taken beside an
    # aid word only (LURE_KEYWORDS).
    {"brand": "Kemendikdasmen (PIP, KIP)", "kind": "government",
     "names": ["kemendikdasmen", "kemdikdasmen", "kemdikbud", "kemendikbud", "kipkuliah"],
     "official_domains": ["kemendikdasmen.go.id", "kemdikbud.go.id"],
     "evidence": ["go.id (government only); PIP is at pip.kemdikbud.go.id, KIP Kuliah at "
                  "kip-kuliah.kemdikbud.go.id"]},
    {"brand": "Kemenkop UKM (BPUM, Banpres)", "kind": "government",
     "names": ["kemenkopukm", "banpres", "bpum"],
     "official_domains": ["kemenkopukm.go.id"],
     "evidence": ["go.id (government only); the BPUM / Banpres micro-business aid was "
                  "announced on kemenkopukm.go.id"]},
    # The civil-service and military pension funds: pensioners are sent to "re-authentication"
    # pages (taspen-otentikasi.online in the project's fitted message set 109).
    {"brand": "Taspen", "kind": "government", "names": ["taspen"],
     "official_domains": ["taspen.co.id"],
     "evidence": ["PT Taspen (Persero)'s own site, named in its app listings and its contact "
                  "centre 1500919's notices"]},
    {"brand": "Asabri", "kind": "government", "names": ["asabri"],
     "official_domains": ["asabri.co.id"],
     "evidence": ["PT Asabri (Persero)'s own site, named in its notices to pensioners"]},
    # Investment apps licensed by OJK whose names phishing and "promo" pages borrow (the
    # project's fitted URL set 10: stockbiit.com, bibit.id.reksadana-bonus.icu). Bibit and Ajaib
    # are ordinary words ("seed", "magic"), so lure keywords only (LURE_KEYWORDS); an empty
    # keyword list leaves the lure keyword to name the brand.
    {"brand": "Stockbit", "kind": "fintech", "names": ["stockbit"],
     "official_domains": ["stockbit.com"],
     "evidence": ["PT Stockbit Sekuritas Digital's own site, named in its app listings and OJK's "
                  "list of securities firms"]},
    {"brand": "Bibit", "kind": "fintech", "names": [],
     "official_domains": ["bibit.id"],
     "evidence": ["PT Bibit Tumbuh Bersama's own site (the Stockbit group), named in its app "
                  "listings and OJK's list of mutual-fund sellers"]},
    {"brand": "Ajaib", "kind": "fintech", "names": [],
     "official_domains": ["ajaib.co.id"],
     "evidence": ["PT Ajaib Sekuritas Asia's own site, named in its app listings and OJK's list "
                  "of securities firms"]},
    # Hosts in Bali and Lombok are phished with fake payout and "guest payment" pages
    # (airbnb-host-payouts.help/login in the project's fitted message set 51).
    {"brand": "Airbnb", "kind": "global-tech", "names": ["airbnb"],
     "official_domains": ["airbnb.com", "airbnb.io", "airbnb.design"],
     "evidence": ["2FA Directory entries/a/airbnb.com.json (domain airbnb.com); code: Airbnb's "
                  "open-source Lottie is documented at airbnb.io/lottie and introduced on its "
                  "design blog airbnb.design/lottie, linked from countless READMEs"]},
    # Brands of the international phishing feeds whose kits name them in the host
    # (urls.jsonl: impotspublicservice.com, bancolombia-webs.webcindario.com,
    # sucursalpersonastransaccionesbancolombiacom.small-business-solutions.biz).
    {"brand": "Impots (DGFiP)", "kind": "government", "names": ["impots", "impotsgouv"],
     "official_domains": ["impots.gouv.fr"],
     "evidence": ["2FA Directory entries/i/impots.gouv.fr.json (domain impots.gouv.fr)"]},
    {"brand": "Bancolombia", "kind": "bank", "names": ["bancolombia"],
     "official_domains": ["bancolombia.com", "transaccionesbancolombia.com"],
     "evidence": ["code: userscripts, scrapers and payment pages open online banking at "
                  "sucursalpersonas.transaccionesbancolombia.com and statements at "
                  "extractosinternet.bancolombia.com"]},
    {"brand": "CommBank", "kind": "bank", "names": ["commbank"],
     "official_domains": ["commbank.com.au"],
     "evidence": ["2FA Directory entries/c/commbank.com.au.json (domain commbank.com.au)"]},
    # Carriers, shops and banks of the English-speaking world named in the smishing of the
    # project's fitted message sets 164 and 168 (anpost-redelivery, tesco-clubcard-rewards,
    # cibc-secure, fnb-verify, capitec-update hosts). Each official domain is the company's own
    # site; FNB's keyword is its short name, which its customers and its kits both use.
    {"brand": "An Post", "kind": "courier", "names": ["anpost"],
     "official_domains": ["anpost.com", "anpost.ie"],
     "evidence": ["Ireland's postal service; its site is anpost.com (anpost.ie redirects there)"]},
    {"brand": "Tesco", "kind": "global-marketplace", "names": ["tesco"],
     "official_domains": ["tesco.com", "tesco.ie", "tescobank.com"],
     "evidence": ["the retailer's UK and Irish shops (tesco.com, tesco.ie) and its bank (tescobank.com)"]},
    {"brand": "CIBC", "kind": "global-finance", "names": ["cibc"],
     "official_domains": ["cibc.com", "cibc.ca"],
     "evidence": ["2FA Directory entries/c/cibc.com.json (domain cibc.com); cibc.ca redirects there"]},
    {"brand": "FNB (First National Bank, South Africa)", "kind": "global-finance", "names": ["fnb"],
     "official_domains": ["fnb.co.za"],
     "evidence": ["the bank's own site, fnb.co.za, named in its app listings and on its cards"]},
    {"brand": "Capitec", "kind": "global-finance", "names": ["capitec", "capitecbank"],
     "official_domains": ["capitecbank.co.za"],
     "evidence": ["the bank's own site, capitecbank.co.za, named in its app listings"]},
    # Banks, telcos, utilities, carriers and government services of the UK, Australia, New
    # Zealand and Canada that toll, bill, refund and "new payee" smishing names in its hosts
    # (natwest-secure-cancel.com, vodafone-uk.bill-paymnt.com, optus-rewards.club,
    # britishgas-refunds.co-uk.online, centrelink-support.mygov-au.cc, servicensw-gov.…top,
    # nzpost-reschedule.co-nz.cc in the project's fitted message set 172). Each official domain
    # is the organisation's own site. Not "lloyds" (Lloyd's of London, lloyds.com), "santander"
    # (a Spanish city and region), "mygov" (India's mygov.in), ANZ and NAB (three letters inside
    # ordinary names), E-ZPass (each state's own site, some as subdomains of others).
    {"brand": "NatWest", "kind": "bank", "names": ["natwest"],
     "official_domains": ["natwest.com", "natwestgroup.com"],
     "evidence": ["2FA Directory entries/n/natwest.com.json (domain natwest.com); the group's "
                  "investor site is natwestgroup.com"]},
    {"brand": "Barclays", "kind": "global-finance", "names": ["barclays"],
     "official_domains": ["barclays.co.uk", "barclays.com"],
     "evidence": ["2FA Directory entries/b/barclays.co.uk.json (domain barclays.co.uk); the "
                  "group's site is barclays.com"]},
    {"brand": "Lloyds Bank", "kind": "bank", "names": ["lloydsbank"],
     "official_domains": ["lloydsbank.com", "lloydsbank.co.uk", "lloydsbankinggroup.com"],
     "evidence": ["2FA Directory entries/l/lloydsbank.com.json (domain lloydsbank.com); the group's "
                  "site is lloydsbankinggroup.com"]},
    {"brand": "Westpac", "kind": "global-finance", "names": ["westpac"],
     "official_domains": ["westpac.com.au", "westpac.co.nz", "westpac.com"],
     "evidence": ["2FA Directory entries/w/westpac.com.au.json (domain westpac.com.au); its New "
                  "Zealand bank is westpac.co.nz"]},
    {"brand": "Vodafone", "kind": "global-tech", "names": ["vodafone"],
     "official_domains": ["vodafone.com", "vodafone.co.uk"],
     "evidence": ["the group's site vodafone.com and its UK site vodafone.co.uk; its other "
                  "countries' sites (vodafone.de, vodafone.com.au) are country variants"]},
    {"brand": "Optus", "kind": "telco", "names": ["optus"],
     "official_domains": ["optus.com.au"],
     "evidence": ["2FA Directory entries/o/optus.com.au.json (domain optus.com.au)"]},
    {"brand": "Telstra", "kind": "telco", "names": ["telstra"],
     "official_domains": ["telstra.com.au", "telstra.com"],
     "evidence": ["2FA Directory entries/t/telstra.com.au.json (domain telstra.com.au); the "
                  "group's site is telstra.com"]},
    {"brand": "British Gas", "kind": "utility", "names": ["britishgas"],
     "official_domains": ["britishgas.co.uk"],
     "evidence": ["Centrica's British Gas site, britishgas.co.uk, named on its bills and in its app listings"]},
    {"brand": "Services Australia (Centrelink, myGov)", "kind": "government",
     "names": ["centrelink", "servicesaustralia"],
     "official_domains": ["servicesaustralia.gov.au", "my.gov.au", "centrelink.gov.au"],
     "evidence": ["gov.au (government only): servicesaustralia.gov.au runs Centrelink and "
                  "Medicare, my.gov.au is the myGov sign-in"]},
    {"brand": "Service NSW", "kind": "government", "names": ["servicensw"],
     "official_domains": ["service.nsw.gov.au"],
     "evidence": ["nsw.gov.au (the NSW government's own name under gov.au): service.nsw.gov.au"]},
    {"brand": "NZ Post", "kind": "courier", "names": ["nzpost"],
     "official_domains": ["nzpost.co.nz"],
     "evidence": ["New Zealand's postal service; its site is nzpost.co.nz"]},
    {"brand": "Canada Post", "kind": "courier", "names": ["canadapost"],
     "official_domains": ["canadapost-postescanada.ca", "canadapost.ca"],
     "evidence": ["Canada's postal service; its site is canadapost-postescanada.ca (canadapost.ca "
                  "redirects there)"]},
    # Couriers, road agencies, a sign-in and a streaming service whose names parcel, toll, fine
    # and billing texts borrowed in the project's fitted message set 194 (yodel-uk.parcel-fees,
    # purolator-ca.help, ninjavan-sg.delivery-reschedule, vicroads-rego.online, onemotoring-sg
    # .fines-pay, disneyplus-account-au). Not UPS (three letters inside "groups", "backups"),
    # Medicare (US insurance brokers' own names), IRAS (four letters inside ordinary words).
    {"brand": "Yodel", "kind": "courier", "names": ["yodel"],
     "official_domains": ["yodel.co.uk"],
     "evidence": ["the UK parcel carrier's site, yodel.co.uk"]},
    {"brand": "Purolator", "kind": "courier", "names": ["purolator"],
     "official_domains": ["purolator.com"],
     "evidence": ["the Canadian courier's site, purolator.com"]},
    {"brand": "Ninja Van", "kind": "courier", "names": ["ninjavan"],
     "official_domains": ["ninjavan.co"],
     "evidence": ["the South-East Asian courier's site, ninjavan.co (country paths /en-sg, /id-id)"]},
    {"brand": "SingPost", "kind": "courier", "names": ["singpost"],
     "official_domains": ["singpost.com"],
     "evidence": ["Singapore's postal service; its site is singpost.com"]},
    {"brand": "VicRoads", "kind": "government", "names": ["vicroads"],
     "official_domains": ["vicroads.vic.gov.au"],
     "evidence": ["vic.gov.au (the Victorian government's own name under gov.au): vicroads.vic.gov.au"]},
    {"brand": "Singpass", "kind": "government", "names": ["singpass"],
     "official_domains": ["singpass.gov.sg"],
     "evidence": ["gov.sg (government only): Singapore's national sign-in, singpass.gov.sg"]},
    {"brand": "OneMotoring (LTA)", "kind": "government", "names": ["onemotoring"],
     "official_domains": ["onemotoring.lta.gov.sg"],
     "evidence": ["gov.sg (government only): the Land Transport Authority's onemotoring.lta.gov.sg"]},
    {"brand": "Disney+", "kind": "global-tech", "names": ["disneyplus"],
     "official_domains": ["disneyplus.com"],
     "evidence": ["the streaming service's site, disneyplus.com"]},
    # Banks, posts, tax offices, telcos and services whose names credential-phishing hosts of
    # Europe, North America, Asia and the Pacific carry (the project's URL sets 13–15, written
    # as public phishing feeds show them: ing-nl-inloggen.online, rabo-verificatie.com,
    # sbi-yono-kyc.com, lhdn-refund.net, sagawa-exp.top, carousell-sg-payment.com). Each official
    # domain is the organisation's own site, as printed on its cards, bills and app listings.
    # Names that are ordinary words or three letters (ING, ANZ, NAB, RBC, BMO, CRA, ATO, SBI,
    # BDO, BPI, Maya, Globe, Santander, Halifax, Correos, Adobe, Zoom, Norton) count only beside
    # a lure word of what they are phished for (LURE_KEYWORDS). Not Sparkasse (hundreds of
    # savings banks on their own sparkasse-<town>.de), Crédit Agricole and Société Générale
    # (written with a hyphen, which splits the name), E-ZPass (each state's own site), Linkt
    # (inside "linktree").
    *[{"brand": n, "kind": k, "names": names, "official_domains": d,
       "evidence": [f"the organisation's own site, {d[0]}"]}
      for n, k, names, d in [
          ("ING", "bank", [], ["ing.com", "ing.nl", "ing.de", "ing.be", "ing.es", "ing.it",
                               "ing.pl", "ing.ro", "ing.com.au", "ing.lu", "ing.jobs"]),
          ("Rabobank", "bank", ["rabobank"], ["rabobank.nl", "rabobank.com"]),
          ("ABN AMRO", "bank", ["abnamro"], ["abnamro.nl", "abnamro.com"]),
          ("Belastingdienst", "government", ["belastingdienst"], ["belastingdienst.nl"]),
          ("PostNL", "courier", ["postnl"], ["postnl.nl", "postnl.com"]),
          ("La Poste", "courier", ["laposte"], ["laposte.fr", "laposte.net", "lapostegroupe.com"]),
          ("La Banque Postale", "bank", ["labanquepostale", "banquepostale"],
           ["labanquepostale.fr", "labanquepostale.com"]),
          ("Ameli (Assurance Maladie)", "government", [], ["ameli.fr"]),
          ("BNP Paribas", "bank", ["bnpparibas", "paribas"],
           ["bnpparibas.com", "bnpparibas.fr", "bnpparibas.be", "bnpparibas.net", "mabanque.bnpparibas"]),
          ("Santander", "bank", [], ["santander.co.uk", "santander.com", "santander.es",
                                     "santander.de", "santander.pl", "santander.com.br",
                                     "santander.com.mx", "santander.pt", "santanderbank.com"]),
          ("BBVA", "bank", ["bbva"], ["bbva.com", "bbva.es", "bbva.mx", "bbva.com.co", "bbva.pe",
                                      "bbva.com.ar", "bbvausa.com"]),
          ("CaixaBank", "bank", ["caixabank"], ["caixabank.es", "caixabank.com"]),
          ("Correos", "courier", [], ["correos.es", "correos.com"]),
          ("Poste Italiane", "courier", ["posteitaliane"], ["poste.it", "posteitaliane.it"]),
          ("Intesa Sanpaolo", "bank", ["intesasanpaolo"], ["intesasanpaolo.com"]),
          ("UniCredit", "bank", ["unicredit"], ["unicredit.it", "unicredit.eu", "unicreditgroup.eu"]),
          ("Commerzbank", "bank", ["commerzbank"], ["commerzbank.de", "commerzbank.com"]),
          ("PostFinance", "bank", ["postfinance"], ["postfinance.ch"]),
          ("Swisscom", "telco", ["swisscom"], ["swisscom.ch", "swisscom.com"]),
          ("Revolut", "global-finance", ["revolut"], ["revolut.com"]),
          ("Monzo", "bank", ["monzo"], ["monzo.com"]),
          ("Halifax", "bank", [], ["halifax.co.uk"]),
          ("Nationwide Building Society", "bank", [], ["nationwide.co.uk"]),
          ("TV Licensing", "government", ["tvlicensing"], ["tvlicensing.co.uk"]),
          ("RBC Royal Bank", "bank", ["rbcroyalbank"], ["rbc.com", "rbcroyalbank.com"]),
          ("Scotiabank", "bank", ["scotiabank"], ["scotiabank.com"]),
          ("BMO", "bank", [], ["bmo.com"]),
          ("Desjardins", "bank", [], ["desjardins.com"]),
          ("Interac", "bank", [], ["interac.ca"]),
          ("Canada Revenue Agency", "government", [], ["canada.ca"]),
          ("Capital One", "bank", ["capitalone"], ["capitalone.com", "capitalone.co.uk", "capitalone.ca"]),
          ("Venmo", "ewallet", ["venmo"], ["venmo.com"]),
          ("Cash App", "ewallet", ["cashapp"], ["cash.app", "cashapp.com"]),
          ("Verizon", "telco", ["verizon", "verizonwireless"], ["verizon.com", "verizonwireless.com"]),
          ("Xfinity / Comcast", "telco", ["xfinity", "comcast"], ["xfinity.com", "comcast.com", "comcast.net"]),
          ("Walmart", "marketplace", ["walmart"], ["walmart.com", "walmart.ca"]),
          ("eBay", "global-marketplace", ["ebay"], ["ebay.com", "ebay.co.uk", "ebay.de", "ebay.com.au", "ebay.ca", "ebay.fr", "ebay.it", "ebay.es", "ebayinc.com"]),
          ("ANZ", "bank", [], ["anz.com", "anz.com.au", "anz.co.nz"]),
          ("NAB (National Australia Bank)", "bank", [], ["nab.com.au"]),
          ("Australian Taxation Office", "government", [], ["ato.gov.au"]),
          ("LHDN (Inland Revenue Board of Malaysia)", "government", ["lhdn"], ["hasil.gov.my"]),
          ("Touch 'n Go", "ewallet", ["touchngo", "tngdigital"], ["touchngo.com.my", "tngdigital.com.my"]),
          ("GCash", "ewallet", ["gcash"], ["gcash.com"]),
          ("Maya (PayMaya)", "ewallet", ["paymaya"], ["maya.ph", "paymaya.com"]),
          ("BDO Unibank", "bank", [], ["bdo.com.ph"]),
          ("BPI (Bank of the Philippine Islands)", "bank", [], ["bpi.com.ph"]),
          ("SSS (Social Security System, Philippines)", "government", [], ["sss.gov.ph"]),
          ("LBC Express", "courier", ["lbcexpress"], ["lbcexpress.com"]),
          ("Globe Telecom", "telco", [], ["globe.com.ph"]),
          ("Paytm", "ewallet", ["paytm"], ["paytm.com", "paytmbank.com"]),
          ("State Bank of India (YONO)", "bank", ["onlinesbi", "yonosbi"], ["sbi.co.in", "onlinesbi.sbi", "onlinesbi.com", "sbi.bank.in"]),
          ("HDFC Bank", "bank", ["hdfc", "hdfcbank"], ["hdfcbank.com", "hdfc.com"]),
          ("ICICI Bank", "bank", ["icici", "icicibank"], ["icicibank.com"]),
          ("India Post", "courier", ["indiapost"], ["indiapost.gov.in"]),
          ("Japan Post", "courier", ["japanpost"], ["japanpost.jp"]),
          ("Yamato Transport", "courier", ["kuronekoyamato"], ["kuronekoyamato.co.jp", "yamato-hd.co.jp"]),
          ("Sagawa Express", "courier", ["sagawa"], ["sagawa-exp.co.jp"]),
          ("SMBC (Sumitomo Mitsui)", "bank", [], ["smbc.co.jp", "smbc-card.com"]),
          ("Rakuten", "global-marketplace", ["rakuten"], ["rakuten.co.jp", "rakuten.com", "rakuten-card.co.jp", "rakuten-bank.co.jp"]),
          ("Mercari", "marketplace", ["mercari"], ["mercari.com"]),
          ("MUFG", "bank", ["mufg"], ["mufg.jp"]),
          ("NTT Docomo", "telco", ["docomo", "nttdocomo"], ["docomo.ne.jp", "nttdocomo.co.jp"]),
          ("Singtel", "telco", ["singtel"], ["singtel.com"]),
          ("Carousell", "marketplace", ["carousell"], ["carousell.com", "carousell.sg", "carousell.com.my", "carousell.ph", "carousell.com.hk", "carousell.tw"]),
          ("Adobe", "global-tech", [], ["adobe.com", "adobe.io", "adobelogin.com", "adobe.ly"]),
          ("GitHub", "global-tech", ["github"], ["github.com", "githubusercontent.com", "githubassets.com", "github.blog"]),
          ("Zoho", "global-tech", ["zoho"], ["zoho.com", "zoho.eu", "zoho.in", "zoho.com.au", "zohocorp.com"]),
          ("Mimecast", "global-tech", ["mimecast"], ["mimecast.com", "mimecastprotect.com"]),
          ("Zoom", "global-tech", [], ["zoom.us", "zoom.com"]),
          ("Norton", "global-tech", [], ["norton.com", "nortonlifelock.com"]),
          ("McAfee", "global-tech", ["mcafee"], ["mcafee.com"]),
          # Banks, posts, telcos and web services whose names stay unwarned in the phishing half of
          # urls.jsonl (PhishTank and OpenPhish feeds: usbank, nfcu, banreservas, telecreditobcp,
          # allegro, aruba, ovh, maersk, orange, att) and in the feeds' usual targets of the
          # Americas, Europe, Africa and the Gulf. Each official domain is the organisation's own
          # site, as printed on its cards, bills and app listings. Ordinary words, places and three
          # letters (Orange, Aruba, Allegro, AT&T, AOL, Cox, UPS, DPD, SFR, OVH, PNC, BCP, Absa, Itaú,
          # Correios, InPost, mBank, Blizzard, Pichincha) count only beside a lure word
          # (LURE_KEYWORDS). Not Sparkasse, Crédit Agricole, Crédit Mutuel or GLS (hyphenated or
          # per-town names), nor GoDaddy (inside godaddysites.com, a free host), Hulu ("upstream" in
          # Indonesian) or OTP Bank (OTP is the lure word itself).
          ("U.S. Bank", "bank", ["usbank"], ["usbank.com"]),
          ("Navy Federal Credit Union", "bank", ["navyfederal", "nfcu"], ["navyfederal.org"]),
          ("USAA", "bank", ["usaa"], ["usaa.com"]),
          ("TD Bank", "bank", ["tdbank"], ["td.com", "tdbank.com"]),
          ("PNC", "bank", [], ["pnc.com"]),
          ("Truist", "bank", ["truist"], ["truist.com"]),
          ("AT&T", "telco", [], ["att.com", "att.net"]),
          ("Cox", "telco", [], ["cox.com", "cox.net"]),
          ("CenturyLink / Lumen", "telco", ["centurylink"], ["centurylink.com", "lumen.com"]),
          ("AOL", "global-tech", [], ["aol.com"]),
          ("UPS", "courier", [], ["ups.com"]),
          ("Banreservas", "bank", ["banreservas"], ["banreservas.com"]),
          ("BCP (Banco de Crédito del Perú)", "bank", ["viabcp", "telecredito"], ["viabcp.com"]),
          ("Banco Pichincha", "bank", [], ["pichincha.com"]),
          ("Davivienda", "bank", ["davivienda"], ["davivienda.com"]),
          ("Banorte", "bank", ["banorte"], ["banorte.com"]),
          ("Citibanamex", "bank", ["banamex", "citibanamex"], ["banamex.com"]),
          ("BancoEstado", "bank", ["bancoestado"], ["bancoestado.cl"]),
          ("Banco de Chile", "bank", ["bancochile"], ["bancochile.cl"]),
          ("Itaú", "bank", [], ["itau.com.br", "itau.com"]),
          ("Bradesco", "bank", ["bradesco"], ["bradesco.com.br"]),
          ("Banco do Brasil", "bank", ["bancodobrasil"], ["bb.com.br"]),
          ("Nubank", "bank", ["nubank"], ["nubank.com.br", "nu.com.mx"]),
          ("Mercado Libre / Mercado Pago", "global-marketplace",
           ["mercadolibre", "mercadolivre", "mercadopago"],
           ["mercadolibre.com", "mercadolivre.com.br", "mercadolibre.com.ar", "mercadolibre.com.mx",
            "mercadopago.com", "mercadopago.com.br", "mercadopago.com.ar", "mercadopago.com.mx"]),
          ("Correios", "courier", [], ["correios.com.br"]),
          ("Absa", "bank", [], ["absa.co.za", "absa.africa"]),
          ("Standard Bank", "bank", ["standardbank"], ["standardbank.co.za", "standardbank.com"]),
          ("Nedbank", "bank", ["nedbank"], ["nedbank.co.za"]),
          ("Emirates NBD", "bank", ["emiratesnbd"], ["emiratesnbd.com"]),
          ("Al Rajhi Bank", "bank", ["alrajhi", "alrajhibank"], ["alrajhibank.com.sa"]),
          ("Etisalat (e&)", "telco", ["etisalat"], ["etisalat.ae", "eand.com"]),
          ("STC Pay", "ewallet", ["stcpay"], ["stcpay.com.sa"]),
          ("MTN (MoMo)", "telco", [], ["mtn.com", "mtn.co.za", "mtn.ng", "mtn.co.ug", "mtn.com.gh"]),
          ("Klarna", "global-finance", ["klarna"], ["klarna.com"]),
          ("Maersk", "courier", ["maersk"], ["maersk.com"]),
          ("Aramex", "courier", ["aramex"], ["aramex.com"]),
          ("DPD", "courier", [], ["dpd.com", "dpd.co.uk", "dpd.de", "dpd.fr"]),
          ("Chronopost", "courier", ["chronopost"], ["chronopost.fr"]),
          ("Colissimo", "courier", ["colissimo"], ["colissimo.fr"]),
          ("bpost", "courier", ["bpost"], ["bpost.be"]),
          ("InPost", "courier", [], ["inpost.pl", "inpost.co.uk", "inpost.eu"]),
          ("Orange", "telco", [], ["orange.fr", "orange.com", "orange.es", "orange.pl", "orange.be",
                                   "orange.ro"]),
          ("SFR", "telco", [], ["sfr.fr"]),
          ("Aruba.it", "global-tech", [], ["aruba.it", "arubapec.it"]),
          ("OVHcloud", "global-tech", ["ovhcloud"], ["ovhcloud.com", "ovh.com", "ovh.net", "ovh.co.uk",
                                                     "ovh.de", "ovh.es", "ovh.it", "ovh.pl", "ovh.ie",
                                                     "ovh.ca", "ovh.us"]),
          ("IONOS", "global-tech", ["ionos"], ["ionos.com", "ionos.de", "ionos.co.uk", "ionos.fr",
                                               "ionos.es", "ionos.it", "ionos.mx", "ionos.ca"]),
          ("Namecheap", "global-tech", ["namecheap"], ["namecheap.com"]),
          ("Samsung", "global-tech", ["samsung"], ["samsung.com"]),
          ("Allegro", "marketplace", [], ["allegro.pl", "allegro.cz", "allegro.sk", "allegrolokalnie.pl"]),
          ("Vinted", "marketplace", ["vinted"], ["vinted.com", "vinted.fr", "vinted.de", "vinted.pl",
                                                 "vinted.co.uk", "vinted.es", "vinted.it", "vinted.lt",
                                                 "vinted.nl", "vinted.be", "vinted.cz"]),
          ("PKO Bank Polski", "bank", ["pkobp"], ["pkobp.pl", "ipko.pl"]),
          ("mBank", "bank", [], ["mbank.pl", "mbank.cz", "mbank.sk"]),
          ("Belfius", "bank", ["belfius"], ["belfius.be"]),
          ("Swedbank", "bank", ["swedbank"], ["swedbank.se", "swedbank.com", "swedbank.lt", "swedbank.lv",
                                              "swedbank.ee"]),
          ("Nordea", "bank", ["nordea"], ["nordea.com", "nordea.fi", "nordea.se", "nordea.dk", "nordea.no"]),
          ("Danske Bank", "bank", ["danskebank"], ["danskebank.com", "danskebank.dk", "danskebank.fi",
                                                   "danskebank.se", "danskebank.no", "danskebank.co.uk"]),
          ("Battle.net (Blizzard)", "global-gaming", ["battlenet"], ["battle.net", "blizzard.com"]),
          ("Riot Games", "global-gaming", ["riotgames"], ["riotgames.com", "leagueoflegends.com"]),
          # Banks, wallets, posts and government services of Malaysia, the Philippines,
          # Thailand, Vietnam and Singapore, where Indonesians work and study, whose names
          # smishing hosts carry (URL set 20: pbebank-my.info, poslaju-my.top,
          # kasikornbank-th.cfd, vietcombank-vn.cc, vneid-capnhat.top, bitkub-th.cc). Three
          # letters and ordinary words (JPJ, LTO, LTA, SCB, RHB, TNG, MoMo, and VPBank and MB Bank, one
          # letter from other banks' names) count only
          # beside a lure word (LURE_KEYWORDS). Not UnionBank, Metrobank or Landbank: other
          # countries' banks share those names.
          ("Public Bank (Malaysia)", "bank", ["pbebank", "publicbank"], ["pbebank.com", "publicbank.com.my"]),
          ("Hong Leong Bank", "bank", ["hongleong", "hlbconnect"], ["hlb.com.my"]),
          ("RHB Bank", "bank", ["rhbgroup"], ["rhbgroup.com"]),
          ("Pos Malaysia (Poslaju)", "courier", ["poslaju", "posmalaysia"], ["pos.com.my"]),
          ("JPJ (Road Transport Department, Malaysia)", "government", [], ["jpj.gov.my"]),
          ("LTO (Land Transportation Office, Philippines)", "government", [], ["lto.gov.ph"]),
          ("PhilHealth", "government", ["philhealth"], ["philhealth.gov.ph"]),
          ("Pag-IBIG Fund", "government", ["pagibig", "pagibigfund"], ["pagibigfund.gov.ph"]),
          ("Kasikornbank (K PLUS)", "bank", ["kasikorn", "kasikornbank"], ["kasikornbank.com"]),
          ("Krungthai Bank", "bank", ["krungthai"], ["krungthai.com"]),
          ("Siam Commercial Bank", "bank", [], ["scb.co.th"]),
          ("Bangkok Bank", "bank", ["bangkokbank"], ["bangkokbank.com"]),
          ("Thailand Post", "courier", ["thailandpost"], ["thailandpost.co.th", "thailandpost.com"]),
          ("Bitkub", "crypto", ["bitkub"], ["bitkub.com"]),
          ("Vietcombank", "bank", ["vietcombank"], ["vietcombank.com.vn"]),
          ("Techcombank", "bank", ["techcombank"], ["techcombank.com", "techcombank.com.vn"]),
          ("BIDV", "bank", ["bidv"], ["bidv.com.vn"]),
          ("Agribank (Vietnam)", "bank", ["agribank"], ["agribank.com.vn"]),
          ("VPBank", "bank", [], ["vpbank.com.vn"]),
          ("MB Bank", "bank", [], ["mbbank.com.vn"]),
          ("MoMo (Vietnam)", "ewallet", [], ["momo.vn"]),
          ("ZaloPay", "ewallet", ["zalopay"], ["zalopay.vn"]),
          ("VNeID", "government", ["vneid"], ["vneid.gov.vn"]),
          ("LTA (Land Transport Authority, Singapore)", "government", [], ["lta.gov.sg"]),
      ]],
]

# Brands left out on purpose.
DROP_BRANDS = {
    "JD.ID (closed)": "closed in 2023; a live 'JD.ID' page today is itself suspicious",
}

# Keywords left out, with the reason (besides every keyword of 1-2 letters).
DROP_KEYWORDS = {
    "sabrina": "a common given name",
    "xcom": "XCOM, the game series (xcom2.com, xcom.fandom.com, x-com wikis); X's lures use "
            "'twitter' or X's own address (x.com inside a host is still caught)",
    "mandiri": "ordinary word ('independent') in many business names, and Mandiri group "
               "companies (mandirisekuritas, mandiritaspen…) have their own domains",
    "livin": "inside 'living'",
    "mita": "a given name",
    "permata": "ordinary word ('gem') in many business and housing names",
    "nyala": "ordinary word ('flame')",
    "onemobile": "generic app name",
    "panin": "Panin group companies (paninsekuritas, panindai-ichilife) have their own domains",
    "megaonline": "generic shop name",
    "digicash": "generic word",
    "jconnect": "generic word",
    "jatim": "province name (jatimprov.go.id and hundreds of East Java sites)",
    "jago": "ordinary word ('skilled')",
    "blu": "inside blu-ray and other names",
    "jenius": "ordinary word ('genius')",
    "allo": "greeting ('hello') in several languages",
    "neobank": "generic word for digital banks",
    "hana": "a given name",
    "sinarmas": "Sinar Mas group companies (sinarmasland, sinarmas.co.id) have their own domains",
    "sampoerna": "HM Sampoerna (tobacco) and Sampoerna University use the name",
    "diana": "a given name",
    "ovoid": "an English word",
    "airpay": "used by unrelated payment companies",
    "aspi": "short, ambiguous",
    "flip": "ordinary word",
    "i-saku": "has a hyphen: domain labels are split at hyphens, so it can never match",
    "jokul": "obscure product name, ambiguous",
    "topads": "generic word",
    "jd.id": "not a label",
    "jet": "ordinary word",
    "grab": "kept for Grab itself; dropped from GrabExpress to avoid a duplicate",
    "simpati": "ordinary word ('sympathy')",
    "byu": "Brigham Young University (byu.edu)",
    "veronika": "a given name",
    "mentari": "ordinary word ('sun')",
    "bima": "a given name",
    "axis": "ordinary word",
    "telkom": "inside telkomsel and Telkom University (different owners)",
    "pajak": "ordinary word ('tax'): tax consultants and tax software use it",
    "efiling": "generic word",
    "jkn-kis": "has a hyphen: can never match a label token",
    "evisa": "generic word used by many countries' visa sites",
    "allindonesia": "generic phrase",
    "tilang": "ordinary word ('traffic ticket')",
    "sinar": "ordinary word ('ray')",
    "samsat": "regional vehicle-tax offices run their own samsat sites",
    "signal": "ordinary word and the Signal messenger",
    "bansos": "ordinary word ('social aid') used by many regional government pages",
    "customs": "ordinary word",
    "bsu": "short, ambiguous",
    "pintu": "ordinary word ('door')",
    "rekeningku": "ordinary phrase ('my account')",
    "bnb": "bed and breakfast",
    "ledger": "ordinary word",
    "kraken": "ordinary word with many unrelated brands",
    "accounts-google": "has a hyphen: can never match a label token",
    "apple": "inside pineapple, applebees…",
    "outlook": "ordinary word (weather/financial outlook sites)",
    "office": "ordinary word",
    "live": "ordinary word",
    "messenger": "ordinary word",
    "threads": "ordinary word",
    "meta": "ordinary word",
    "aws": "many community sites use it",
    "steam": "ordinary word",
    "ymail": "inside dailymail",
    "visa": "ordinary word (every embassy's visa page)",
    "wise": "ordinary word",
    "garuda": "national symbol in many names (garudafood…)",
    "tiket": "ordinary word ('ticket')",
    "kai": "a given name and ordinary word",
    "booking": "ordinary word",
    "maxim": "ordinary word and name",
    "pru": "short, ambiguous",
    "wahana": "ordinary word ('vehicle/attraction')",
    "sap-express": "has a hyphen: can never match a label token",
    "im3": "its domain im3.id could not be checked; myim3 is kept",
    "garena": "one typo away from 'arena' (fm-arena.de, sports arenas); freefire is kept",
    "dbank": "inside worldbank, unitedbankofindia…; dbankpro is kept",
}


# Brand names that are ordinary words, dropped as keywords above, that still name the brand as a
# whole piece of a host beside a banking word (the engine's BANKING_LURES: login, verifikasi,
# poin, livin, kartu…): mandiri-poin.com, verifikasi-mandiri.online. Alone, or beside a shop's
# words (maju-mandiri.com, mandiri-online.co.id), they stay ordinary words.
LURE_KEYWORDS = {
    "Bank Mandiri": ["mandiri"],
    "Bibit": ["bibit"],          # "seed": bibit-tanaman.com, bibit unggul
    "Ajaib": ["ajaib"],          # "magic": obat-ajaib, kota-ajaib
    "Chase": ["chase"],          # 'chase' the verb (paperchase, chase-the-dream)
    "Meta": ["meta"],            # metadata, meta-analysis; meta-business-support-center is a Meta lure
    # Product and programme names others use too, each taken only beside the lure words of what
    # it is phished for (the engine's lures by brand kind, src/url/brands.rs):
    # weather and business outlooks are not Microsoft, outlook-verify-mailbox is; SharePoint
    # consultancies and user groups (sharepoint-europe.com) are not Microsoft, a shared-document
    # lure (office365-sharepoint-docs.net) is;
    "Microsoft (Outlook, Office, Live)": ["outlook", "sharepoint"],
    # steam engines, steam cleaning and STEAM education are not Valve, a trade-offer or gift
    # lure (steam-trade-offer.ru, steam-gift-card.com) is;
    "Steam (Valve)": ["steam"],
    # apples, apple shops and farms are not Apple, a support or sign-in lure beside the name
    # (apple-support.<x>.workers.dev, apple-account-verify.com) is;
    "Apple / iCloud": ["apple"],
    # government aid programmes: "bansos" (social aid), "BLT" (direct cash aid), "BSU" (wage
    # subsidy) name many regional offices' pages and unrelated things (a BLT sandwich, Ball State
    # University's bsu.edu); beside a claim, a check or another programme's name off go.id
    # (bansos-blt-2025-cek.site, bantuan-subsidi-upah-bsu.xyz) they are the aid scam.
    "Kemensos (bansos)": ["bansos", "blt", "bpnt"],
    "Kemendikdasmen (PIP, KIP)": ["pip", "kip"],
    "Kemnaker (BSU, SIAPkerja)": ["bsu"],
    # operators' product names that are ordinary words or other owners' names elsewhere: by.U
    # (Brigham Young University's byu.edu), simPATI ('sympathy'), bima (a given name; Tri's app
    # is bima+): beside a banking or an operator's lure (byu-undian-resmi.com,
    # bima-kuota-gratis.com) they are the operator. Not IM3: host pieces are cut at digits.
    "Telkomsel": ["byu", "simpati"],
    "Tri (3 Indonesia)": ["bima"],
    # Names that are ordinary words, places or three letters (URL sets 13–15): ING ("-ing"),
    # ANZ, NAB, RBC, BMO, CRA and ATO (initials of many things), SBI and YONO, BDO (an
    # accounting firm), BPI, SSS, LBC, Maya and Globe (words and given names), Santander (a
    # city), Halifax (a city), Nationwide, Desjardins (a surname), Interac (inside
    # "interactive"), Correos ("mail"), Ameli (inside "amelia"), Adobe (the building material),
    # Zoom, Norton (a surname): each only beside a lure word of what it is phished for.
    "ING": ["ing"],
    "ANZ": ["anz"],
    "NAB (National Australia Bank)": ["nab"],
    "RBC Royal Bank": ["rbc"],
    "BMO": ["bmo"],
    "Canada Revenue Agency": ["cra"],
    "Australian Taxation Office": ["ato", "mygov"],
    "State Bank of India (YONO)": ["sbi", "yono"],
    "BDO Unibank": ["bdo"],
    "BPI (Bank of the Philippine Islands)": ["bpi"],
    "SSS (Social Security System, Philippines)": ["sss"],
    "LBC Express": ["lbc"],
    "Maya (PayMaya)": ["maya"],
    "Globe Telecom": ["globe"],
    "Santander": ["santander"],
    "Halifax": ["halifax"],
    "Nationwide Building Society": ["nationwide"],
    "Desjardins": ["desjardins"],
    "Interac": ["interac", "etransfer"],
    "Correos": ["correos"],
    "Ameli (Assurance Maladie)": ["ameli"],
    "Adobe": ["adobe"],
    "Zoom": ["zoom"],
    "Norton": ["norton"],
    "PNC": ["pnc"],
    "AT&T": ["att"],
    "Cox": ["cox"],
    "AOL": ["aol"],
    "UPS": ["ups"],
    "BCP (Banco de Crédito del Perú)": ["bcp"],
    "Banco Pichincha": ["pichincha"],
    "Itaú": ["itau"],
    "Correios": ["correios"],
    "Absa": ["absa"],
    "DPD": ["dpd"],
    "InPost": ["inpost"],
    "Orange": ["orange"],
    "SFR": ["sfr"],
    "Aruba.it": ["aruba"],
    "OVHcloud": ["ovh"],
    "Allegro": ["allegro"],
    "mBank": ["mbank"],
    "Battle.net (Blizzard)": ["blizzard"],
    "MTN (MoMo)": ["mtn"],
    "Touch 'n Go": ["tng"],
    "JPJ (Road Transport Department, Malaysia)": ["jpj"],
    "LTO (Land Transportation Office, Philippines)": ["lto"],
    "Siam Commercial Bank": ["scb"],
    "SMBC (Sumitomo Mitsui)": ["smbc"],
    # two letters and "bank": one letter from many other banks' names (vrbank.de, mebank.com.au)
    "VPBank": ["vpbank"],
    "MB Bank": ["mbbank"],
    "RHB Bank": ["rhb"],
    "MoMo (Vietnam)": ["momo"],
    "LTA (Land Transport Authority, Singapore)": ["lta"],
}

# Ordinary words one edit from a brand's keyword that are never its typo (see the docstring).
NOT_TYPOS = {
    "Pertamina": ["pertama"],                     # 'first'
    "Google": ["drive", "idrive"],                # from gdrive; IDrive, a backup service
    "DJP (Direktorat Jenderal Pajak)": ["pajak", "coretan"],                  # 'tax'; 'scribble' (from mpajak, coretax)
    "Apple / iCloud": ["applied", "cloud", "tunes", "vcloud"],   # vcloud: VMware's product
    "Binance": ["finance"],
    "SiCepat Ekspres": ["secepat"],               # 'as fast as'
    "Direktorat Jenderal Imigrasi": ["paspor", "migrasi"],   # 'passport'; 'migration'
    "SPayLater (Shopee)": ["pinjam"],                      # 'borrow' (from spinjam)
    "Amartha": ["martha"],                        # a given name
    "Tokopedia": ["topped"],
    "Pos Indonesia": ["posing"],
    "PayPal": ["papal", "payal", "paypay"],       # 'of the pope'; a given name; Japan's PayPay (paypay.ne.jp)
    "Discord": ["discard"],
    "Flip": ["lipid"],
    "X (Twitter)": ["twister", "witter"],
    "GoSend (Gojek)": ["godsend"],
    "Zalora": ["zamora"],                         # a family and place name
    "Gojek": ["gordie"],                          # a given name
    "Shopee": ["shoppe"],                         # 'shop', in many small shops' names
    "Ethena": ["athena"],                         # a goddess, in countless names
    "Trezor": ["trevor", "tremor", "tresor"],     # a given name; a word; 'treasure' (fr, de)
    "Raydium": ["radium"],
    "Starknet": ["starnet"],                      # many internet providers' name
    "BSI (Bank Syariah Indonesia)": ["brksyariah"],  # BRK Syariah, Riau and Riau Islands' own bank (from brisyariah)
    "NZ Post": ["nypost"],
    "PostNL": ["postal", "postel"],               # words, and a surname
    "Revolut": ["revolt"],
    "Carousell": ["carousel"],
    "Rakuten": ["rakuen"],                        # 'paradise' (ja), in shop names
                        # the New York Post (nypost.com)
    "Telstra": ["telstar"],                       # satellites, shops and bands
    "Barclays": ["barclay"],                      # a family name, in hotels' and firms' names
    "U.S. Bank": ["ubank", "sbank", "isbank"],    # ubank (Australia), Türkiye İş Bankası (isbank.com.tr)
    "TD Bank": ["tbank"],                         # T-Bank (tbank.ru)
    "Nedbank": ["netbank"],                       # online banking's common name
    "Truist": ["trust"],
    "Vinted": ["vented", "minted", "tinted", "hinted"],
    "Samsung": ["samsun"],                        # a Turkish city
    "Nordea": ["norden"],                         # 'the North' (sv, da, de)
    "Agribank (Vietnam)": ["agrobank"],           # Malaysia's and Uzbekistan's farm banks
}


# Brands whose kind in the reference file hides that they run the same name in many
# countries; a "global" kind lets the engine accept their country domains (olx.com.uy).
KIND_OVERRIDE = {
    "OLX Indonesia": ("global-marketplace",
                      "OLX Group runs OLX under its own name in many countries (olx.pl, olx.in, "
                      "olx.com.br, olx.com.uy): a country domain named exactly olx is OLX's."),
    "Shopee": ("global-marketplace",
               "Shopee runs its shop under its own name across Southeast Asia and Latin America "
               "(shopee.sg, shopee.com.my, shopee.ph, shopee.vn, shopee.com.br): a country domain "
               "named exactly shopee is Shopee's."),
    "Steam (Valve)": ("global-gaming",
                      "Steam is a game store: its name is taken only beside the lures of gamers' "
                      "accounts (trade offers, gifts, skins: steam-trade-offer.ru), not a bank's "
                      "or an office suite's (src/url/brands.rs, lures by kind)."),
    "Lazada": ("global-marketplace",
               "Lazada runs its shop in six countries (lazada.sg, lazada.com.my, lazada.co.th, "
               "lazada.vn, lazada.com.ph): a country domain named exactly lazada is Lazada's."),
}


# Keywords kept although they are ordinary words, and why.
KEEP_NOTES = {
    "DANA": "'dana' is also the word for 'funds', but DANA lures (dana-kaget.xyz, "
            "saldo-dana-gratis.github.io) are among the most common in Indonesia; the engine only "
            "matches it as a whole token of a domain label (between hyphens or digits).",
    "OVO": "'ovo' is matched only as a whole token of a domain label.",
    "Binance": "the engine's one-typo matching also catches the word 'finance' as a lookalike of "
               "'binance'; reported as an engine issue, keyword kept because Binance lures are common.",
}


def unverified_domains(brand):
    out = set()
    for e in brand.get("evidence", []):
        m = re.match(r"\s*unverified:\s*(\S+)", e)
        if m:
            out.add(m.group(1).strip().rstrip(",;"))
    return out


def label_tokens(domain):
    """Tokens of the labels left of the public suffix, roughly (enough for our own domains)."""
    labels = domain.split(".")[:-1] if domain.count(".") >= 1 else [domain]
    toks = []
    for l in labels:
        toks += [t for t in re.split(r"[-_0-9]", l) if t]
    return toks


def keyword_hits_domain(keyword, domain):
    for t in label_tokens(domain):
        if t == keyword or (len(keyword) >= 5 and keyword in t):
            return True
    return False


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_INPUT
    brands = json.load(open(path, encoding="utf-8"))
    known = {b["brand"] for b in brands + EXTRA_BRANDS}
    for table in (EXTRA_OFFICIAL, WHITELISTED_OFFICIAL, GITHUB_PAGES_OFFICIAL, LURE_KEYWORDS,
                  NOT_TYPOS):
        for name in table:
            # A misspelt brand name would silently drop its entries.
            if name not in known and re.sub(r"\s*\([^)]*\)\s*$", "", name) not in known:
                sys.exit(f"gen_brands.py: unknown brand {name!r}")
    out = []
    dropped = []
    out.append("# Brands that scammers impersonate: the names found inside lookalike domains, and the")
    out.append("# official registrable domains that are never flagged.")
    out.append("# GENERATED by rules/tools/gen_brands.py from shared/data/reference/protected_brands.json:")
    out.append("# edit the generator (or the reference data) and run it again rather than editing by hand.")
    out.append("# See the generator for why some domains and keywords are left out.")
    out.append("")
    for b in brands + EXTRA_BRANDS:
        name = b["brand"]
        if name in DROP_BRANDS:
            dropped.append(f"{name}: {DROP_BRANDS[name]}")
            continue
        unv = unverified_domains(b)
        official, lost = [], []
        for d in b["official_domains"]:
            d = d.strip().lower()
            if d not in unv or d in VERIFIED or d.endswith(".go.id"):
                official.append(d)
            else:
                lost.append(d)
        pages = [f"{org}.github.io" for org in GITHUB_PAGES_OFFICIAL.get(name, [])]
        for d in EXTRA_OFFICIAL.get(name, []) + WHITELISTED_OFFICIAL.get(name, []) + pages:
            if d not in official:
                official.append(d)
        if not official:
            dropped.append(f"{name}: no checked official domain ({', '.join(lost)})")
            continue
        keywords = []
        for k in b["names"]:
            k = k.strip().lower()
            if len(k) <= 2 or k in DROP_KEYWORDS:
                continue
            if any(keyword_hits_domain(k, d) for d in lost):
                continue
            if k not in keywords:
                keywords.append(k)
        notes = []
        if lost:
            notes.append(f"unchecked, left out: {', '.join(lost)}")
        out.append("[[brand]]")
        if name in KEEP_NOTES:
            out.append(f"# {KEEP_NOTES[name]}")
        # Shown to users inside messages ("… bukan situs resmi {brand}"): drop the "(…)" part.
        short = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip() or name
        out.append(f"name = {toml_str(short)}")
        kind = b.get("kind", "")
        if name in KIND_OVERRIDE:
            kind, why = KIND_OVERRIDE[name]
            out.append(f"# kind: {why}")
        out.append(f"kind = {toml_str(kind)}")
        out.append(f"keywords = [{', '.join(toml_str(k) for k in keywords)}]")
        out.append(f"official = [{', '.join(toml_str(d) for d in official)}]")
        not_typos = NOT_TYPOS.get(name, [])
        if not_typos:
            out.append(f"not_typos = [{', '.join(toml_str(w) for w in not_typos)}]")
        lure_keywords = LURE_KEYWORDS.get(name, [])
        if lure_keywords:
            out.append(f"lure_keywords = [{', '.join(toml_str(w) for w in lure_keywords)}]")
        for n in notes:
            out.append(f"# {n}")
        out.append("")
    out.append("# Left out:")
    for d in dropped:
        out.append(f"# - {d}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
