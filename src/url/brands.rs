//! Protected brands: their official domains, and their names inside other domains.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

use super::edit::{MIN_TYPO_KEYWORD, within_one_edit};
use super::fasthash::{FastMap, FastSet, or_insert};

use crate::pack::model::BrandData;

/// What a host has to do with a protected brand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BrandMatch<'a> {
    /// The host is on one of the brand's official domains.
    Official(&'a BrandData),
    /// The host contains a brand's official domain followed by more labels
    /// (`bca.co.id.secure-login.xyz`).
    OfficialInside(&'a BrandData, &'a str),
    /// A label of the host names the brand (`klikbca-verifikasi.com`), or is one typo away.
    NameInHost(&'a BrandData, &'a str),
}

/// Lookup structure over a pack's brands: hash maps and one automaton, so a URL check costs
/// a few lookups per label instead of a pass over every brand.
#[derive(Debug, Clone, Default)]
pub struct BrandIndex {
    brands: Vec<BrandData>,
    /// Official registrable domain → brand.
    official: FastMap<String, usize>,
    /// First labels of the official domains (`bca` of bca.co.id): a host position that does not
    /// start with one cannot start an official domain, which saves most lookups.
    official_heads: FastSet<String>,
    /// Official domains with their dots written as hyphens (`t-me`, `wa-me`, `bca-co-id`) →
    /// brand: a label starting so (`t-me.join-channel.online`) copies the official address.
    /// A name under a two-label ending also with its first dot only so written (`bca-co.id`,
    /// `pajak-go.id`): the ending's last label then serves as the scammer's own.
    official_dashed: FastMap<String, usize>,
    /// Keyword → brand, for whole tokens of a label.
    keywords: FastMap<String, usize>,
    /// Keywords long enough to be found inside a token, and their brands.
    long_keywords: Option<LongKeywords>,
    /// Keywords long enough to match one typo away, and their brands, in brand order.
    typo_keywords: Vec<(String, usize)>,
    /// Length of the longest typo keyword: a token two letters longer is no typo of any.
    longest_typo_keyword: usize,
    /// [`deletion_hash`] of each typo keyword, whole and with each one letter left out →
    /// positions in `typo_keywords`. A token one edit from a keyword shares one of these with
    /// it, so a token looks up its own deletions (a dozen lookups) instead of comparing itself
    /// with every keyword of a similar length (over a hundred).
    typo_index: FastMap<u64, Vec<u32>>,
    /// One bit per value of a deletion hash's top [`TYPO_FILTER_BITS`] bits, set for the keys
    /// of `typo_index`: most of a token's deletions are no keyword's, and a bit test turns
    /// them away before a table lookup (a token of ten letters has eleven deletion hashes).
    typo_filter: Vec<u64>,
    /// Ordinary words one edit from a keyword (`finance`, `cloud`): never a typo of any brand.
    not_typos: FastSet<String>,
    /// Official domains on Indonesia's open endings ([`OWN_ENDING_TYPOS`]) and their brands,
    /// shortest first (in brand order within a length), for [`BrandIndex::official_typo`]:
    /// a hundred or so, of which a name's typos can only be the few one letter longer or
    /// shorter than it.
    typo_officials: Vec<(String, usize)>,
    /// Brand names that are also ordinary words (`mandiri`) and their brands: a name only
    /// beside a banking lure word in the same host ([`BANKING_LURES`]). A handful, so a list:
    /// comparing a token's length with each costs less than hashing every token.
    lure_keywords: Vec<(String, usize)>,
    /// Bit `n` set when some lure keyword has `n` letters (below 64): most tokens are turned
    /// away by one test.
    lure_keyword_lengths: u64,
    /// The lure keywords of [`MIN_GLUED_NAME`] letters or more, read glued before a banking
    /// word too ([`BrandIndex::glued_name`]), and their brands.
    glued_names: Vec<(String, usize)>,
    /// Bit `c - b'a'` set when one of `glued_names` starts with `c`: most tokens are turned
    /// away by one test.
    glued_name_firsts: u32,
    /// Words that name a brand in text: keywords of 3+ letters and brand names.
    names: FastMap<String, usize>,
    /// Global brands by the name part of their official domains (`google` of google.com):
    /// they own that name under many country suffixes (google.com.hk, google.td).
    global_names: FastMap<String, usize>,
    /// Every brand by the name part of its official domains (`blibli` of blibli.com), for
    /// [`VETTED_INDONESIAN_SUFFIXES`].
    own_names: FastMap<String, usize>,
}

/// Indonesian second-level endings whose names PANDI hands out only against a company's,
/// organisation's or institution's papers in that name: a brand's own name there
/// (`blibli.co.id`, `traveloka.co.id`) is the brand's or a registered namesake's, never a
/// scammer's throwaway lookalike. Not `.id`, `web.id`, `my.id` or `biz.id`, open to anyone.
const VETTED_INDONESIAN_SUFFIXES: &[&str] = &[
    "co.id", "or.id", "ac.id", "sch.id", "go.id", "mil.id", "net.id",
];

/// Official domains whose hyphenated spelling is someone else's name: X-COM, the game series.
const NOT_DASHED: &[&str] = &["x-com"];

/// Endings on which a name one typo from an official domain's, on that same ending, is a
/// lookalike ([`BrandIndex::official_typo`]): Indonesia's own, where names are new and cheap.
/// Not the old generic endings, whose short names others took decades ago (`dana.com`), nor
/// `go.id` and `mil.id`, where only the government registers (`bpk.go.id` and `bpkp.go.id` are
/// two offices).
const OWN_ENDING_TYPOS: &[&str] = &["id", "co.id"];

/// Lure keywords this long are read glued before a banking word too (`mandirilivin`,
/// [`BrandIndex::glued_name`]); shorter ones join other words by chance (`metapoint`, `kipcard`).
const MIN_GLUED_NAME: usize = 5;

/// Whether `suffix` is one of [`VETTED_INDONESIAN_SUFFIXES`].
pub fn is_vetted_indonesian(suffix: &str) -> bool {
    VETTED_INDONESIAN_SUFFIXES.contains(&suffix)
}

/// The words beside which an ordinary-word brand name ([`BrandData::lure_keywords`]) is the
/// brand: signing in, security, cards and points, the words of Indonesian bank phishing hosts
/// (`mandiri-poin`, `mandiri-livin`, `verifikasi-mandiri`), and the same in other languages
/// ([`is_banking_lure`] adds `url::lure`'s foreign account words). Narrower than the lure words
/// of `url::lure`: "online", "home" or "promo" beside "mandiri" are a shop's own words.
#[rustfmt::skip]
const BANKING_LURES: &[&str] = &[
    "login", "signin", "secure", "security", "verify", "verifikasi", "validasi", "validation", "konfirmasi",
    "confirm", "auth", "account", "akun", "update", "unlock", "blokir", "blocked", "limit", "aktivasi",
    "activation", "reset", "password", "pin", "otp", "kartu", "card", "kredit", "credit", "banking", "onlinebanking",
    "mbanking", "ebanking", "ibank", "livin", "poin", "point", "points", "reward", "rewards", "hadiah",
    "undian", "bonus", "cashback", "refund", "tarif", "transfer", "helpdesk", "pengaduan", "nasabah",
    // The words of account-appeal kits (`meta-business-support-center`, `fb-appeal-review`).
    "support", "appeal", "recovery", "suspended", "violation", "helpcenter", "verification",
];

/// Whether `word` is one of [`BANKING_LURES`] or of `url::lure`'s foreign account words.
fn is_banking_lure(word: &str) -> bool {
    BANKING_LURES.contains(&word) || super::lure::FOREIGN_ACCOUNT_LURES.contains(&word)
}

/// Lure words by what a kind of brand is phished for, taken beside its ordinary-word names on
/// top of [`BANKING_LURES`] ([`lures_of_kind`]). Government aid is claimed, checked and
/// disbursed, and one programme's name goes with another's (`bansos-blt-2025-cek`,
/// `bantuan-subsidi-upah-bsu`); a game store's accounts are phished with trade offers, gifts
/// and skins (`steam-trade-offer`); an office suite's with shared documents and invoices
/// (`office365-sharepoint-docs`). Each list is narrow on purpose: "trade" or "market" beside
/// "outlook" is an economic outlook, so those words are a game store's lures only.
#[rustfmt::skip]
const AID_LURES: &[&str] = &[
    "bansos", "blt", "bsu", "pkh", "bpnt", "subsidi", "bantuan", "upah", "tunai", "cek", "daftar",
    "pendaftaran", "klaim", "claim", "cair", "pencairan", "penerima", "kemensos", "kemnaker",
    // Traffic fines and tolls, the other thing a government office is phished for (`jpj-saman`,
    // `lto-ph-fines`, `lta-sg-parking`, `etle-tilang`).
    "fine", "fines", "saman", "multa", "tilang", "penalty", "summons", "parking", "toll", "ayuda",
];
#[rustfmt::skip]
const GAME_LURES: &[&str] = &[
    "trade", "tradeoffer", "offer", "offers", "gift", "gifts", "giftcard", "skin", "skins", "item",
    "items", "inventory", "giveaway", "market", "guard", "wallet", "community",
];
#[rustfmt::skip]
const TELCO_LURES: &[&str] = &[
    "kuota", "pulsa", "registrasi", "sim", "esim", "paket", "gratis",
];
#[rustfmt::skip]
const DOCUMENT_LURES: &[&str] = &[
    "doc", "docs", "document", "documents", "file", "files", "shared", "sharing", "pdf", "invoice",
    "fax", "voicemail", "download", "sign", "esign",
];

/// The lure words of [`AID_LURES`], [`GAME_LURES`], [`DOCUMENT_LURES`] or [`TELCO_LURES`]
/// that go with a brand of `kind` (`rules/brands.toml`), besides [`BANKING_LURES`].
fn lures_of_kind(kind: &str) -> &'static [&'static str] {
    match kind {
        "government" => AID_LURES,
        "global-gaming" => GAME_LURES,
        "global-tech" => DOCUMENT_LURES,
        "telco" => TELCO_LURES,
        _ => &[],
    }
}

/// Bits of a deletion hash that index [`BrandIndex::typo_filter`] (2¹⁵ bits, 4 KB: a few
/// thousand deletions of the default pack's keywords set under a tenth of them).
const TYPO_FILTER_BITS: u32 = 15;
/// Longest keyword spelt across hyphens that [`BrandIndex::lookalike`] looks for (the default
/// pack's longest keyword has 18 letters: `mandirikartukredit`).
const MAX_JOINED_KEYWORD: usize = 32;
/// Keywords shorter than this only match a whole hyphen- or digit-separated token of a label
/// (`bri-poin.online`), never a substring (`fabric.com` must not be BRI).
const MIN_SUBSTRING_KEYWORD: usize = 5;

impl BrandIndex {
    /// Indexes the brands. Earlier brands win when two share a keyword.
    pub fn new(brands: Vec<BrandData>) -> BrandIndex {
        let mut index = BrandIndex::default();
        let mut long = Vec::new();
        for (b, brand) in brands.iter().enumerate() {
            for d in &brand.official {
                or_insert(&mut index.official, d, b);
                let head = d.split(['.', '-']).next().unwrap_or_default();
                index.official_heads.insert(head.to_string());
                let dashed = d.replace('.', "-");
                if dashed != *d && !NOT_DASHED.contains(&dashed.as_str()) {
                    or_insert(&mut index.official_dashed, &dashed, b);
                }
                if let Some(dot) = super::first_dot(d) {
                    let (name, ending) = (&d[..dot], &d[dot + 1..]);
                    // `bca-co.id`, `jet-co.id`: the name joined to a two-label ending.
                    if super::first_dot(ending).is_some_and(|e| !ending[e + 1..].contains('.')) {
                        or_insert(&mut index.official_dashed, &format!("{name}-{ending}"), b);
                    }
                    if name.len() >= 3 && OWN_ENDING_TYPOS.contains(&ending) {
                        // Kept in order of length, after those as long: a domain several
                        // brands list stays its first brand's (a sort's code would add to the
                        // Wasm).
                        let officials = &mut index.typo_officials;
                        let at = officials.partition_point(|(o, _)| o.len() <= d.len());
                        officials.insert(at, (d.clone(), b));
                    }
                }
                let name = d.split('.').next().unwrap_or_default();
                // A short-link domain one letter short of the brand's name (Shopee's
                // `shope.ee`) is that one domain, not a name the brand holds under every
                // ending: `shope.co.id` and `shope.ph` stay typos. (A letter more is a name
                // the brand does hold: TikTok's `tiktokv.com`, `tiktokv.eu`.)
                if brand
                    .keywords
                    .iter()
                    .any(|k| name.len() < k.len() && super::edit::is_typo_of(name, k))
                {
                    continue;
                }
                if brand.kind.starts_with("global") || brand.kind == "social" {
                    or_insert(&mut index.global_names, name, b);
                }
                or_insert(&mut index.own_names, name, b);
            }
            for k in brand.keywords.iter().filter(|k| !k.is_empty()) {
                or_insert(&mut index.keywords, k, b);
                if k.len() >= 3 {
                    or_insert(&mut index.names, k, b);
                }
                if k.len() >= MIN_SUBSTRING_KEYWORD {
                    long.push((k.clone(), b));
                }
                if k.len() >= MIN_TYPO_KEYWORD {
                    index.typo_keywords.push((k.clone(), b));
                }
            }
            for k in brand.lure_keywords.iter().filter(|k| !k.is_empty()) {
                if !index.lure_keywords.iter().any(|(known, _)| known == k) {
                    index.lure_keywords.push((k.clone(), b));
                    index.lure_keyword_lengths |= 1u64.checked_shl(k.len() as u32).unwrap_or(0);
                    if k.len() >= MIN_GLUED_NAME && k.as_bytes()[0].is_ascii_lowercase() {
                        index.glued_names.push((k.clone(), b));
                        index.glued_name_firsts |= 1 << (k.as_bytes()[0] - b'a');
                    }
                }
            }
            or_insert(&mut index.names, &crate::text::fold(&brand.name).text, b);
            index.not_typos.extend(brand.not_typos.iter().cloned());
        }
        for (i, (k, _)) in index.typo_keywords.iter().enumerate() {
            index.longest_typo_keyword = index.longest_typo_keyword.max(k.len());
            let k = k.as_bytes();
            let typo_index = &mut index.typo_index;
            deletion_hashes(k, |h| {
                let ids = typo_index.entry(h).or_default();
                // A keyword with a doubled letter has equal deletions: list it once.
                if ids.last() != Some(&(i as u32)) {
                    ids.push(i as u32);
                }
            });
        }
        index.typo_filter = vec![0; 1 << (TYPO_FILTER_BITS - 6)];
        for &h in index.typo_index.keys() {
            let bit = (h >> (64 - TYPO_FILTER_BITS)) as usize;
            index.typo_filter[bit / 64] |= 1 << (bit % 64);
        }
        if !long.is_empty() {
            // Only fails on absurd sizes; then long keywords simply match whole tokens only.
            index.long_keywords = LongKeywords::new(long);
        }
        index.brands = brands;
        index
    }

    /// Number of brands.
    pub fn len(&self) -> usize {
        self.brands.len()
    }

    /// Whether there are no brands.
    pub fn is_empty(&self) -> bool {
        self.brands.is_empty()
    }

    /// The brand whose official domain is `host` or one of its parents.
    pub fn official(&self, host: &str) -> Option<&BrandData> {
        let mut h = host;
        loop {
            if let Some(&b) = self.official.get(h) {
                return Some(&self.brands[b]);
            }
            h = super::after_dot(h)?;
        }
    }

    /// The global brand that owns `registrable` as a country variant of its name
    /// (`google.com.hk`: the name `google` under the suffix `com.hk`), or any brand whose own
    /// name it is under a vetted Indonesian ending (`blibli.co.id`).
    pub fn country_variant(&self, registrable: &str, suffix: &str) -> Option<&BrandData> {
        let name = registrable.strip_suffix(suffix)?.strip_suffix('.')?;
        let b = if is_vetted_indonesian(suffix) {
            // The name of an official domain, or one of the brand's keywords (`bankbtn`,
            // `gofood`). Not `names`: it holds the brands' folded display names, and folding
            // squeezes doubled letters, so `shope.co.id` would pass for Shopee's own domain.
            self.own_names.get(name).or_else(|| self.keywords.get(name))
        } else {
            self.global_names.get(name)
        };
        b.map(|&b| &self.brands[b])
    }

    /// The brand numbered `index` (as [`BrandIndex::official_domains`] numbers them).
    pub fn brand(&self, index: usize) -> Option<&BrandData> {
        self.brands.get(index)
    }

    /// Every official domain with the number of its brand (the first brand listing it).
    pub fn official_domains(&self) -> impl Iterator<Item = (&str, usize)> {
        self.official.iter().map(|(d, &b)| (d.as_str(), b))
    }

    /// How `host` (lower-case) relates to a brand; `labels` are the host's labels outside
    /// its public suffix.
    pub fn classify(&self, host: &str, labels: &[&str]) -> Option<BrandMatch<'_>> {
        if let Some(b) = self.official(host) {
            return Some(BrandMatch::Official(b));
        }
        self.lookalike(host, labels)
    }

    /// [`BrandIndex::classify`] for a host already known to be on no official domain (a URL
    /// check learns that in its walk up the host's parents, [`DomainKinds`](super::DomainKinds)).
    pub fn lookalike(&self, host: &str, labels: &[&str]) -> Option<BrandMatch<'_>> {
        // An official domain starting at a label and followed by more host: bca.co.id.evil.xyz,
        // login.bca.co.id-secure.com.
        let b = host.as_bytes();
        let starts =
            std::iter::once(0).chain((0..b.len()).filter(|&i| b[i] == b'.').map(|i| i + 1));
        for start in starts {
            let rest = &host[start..];
            let cuts = rest
                .bytes()
                .enumerate()
                .filter(|&(_, c)| c == b'.' || c == b'-')
                .map(|(i, _)| i);
            let head = &rest[..cuts.clone().next().unwrap_or(rest.len())];
            if !self.official_heads.contains(head) {
                continue;
            }
            for end in cuts.chain(std::iter::once(rest.len())) {
                if let Some((domain, &b)) = self.official.get_key_value(&rest[..end]) {
                    return Some(BrandMatch::OfficialInside(&self.brands[b], domain));
                }
                // `t-me.join-channel.online`, `bca-co-id.com`: the address with hyphens.
                if let Some((dashed, &b)) = self.official_dashed.get_key_value(&rest[..end]) {
                    return Some(BrandMatch::NameInHost(&self.brands[b], dashed));
                }
            }
        }
        // An ordinary-word name seen on the way (`mandiri`), for after the other ways fail;
        // and one glued before a banking word (`mandirilivin`).
        let (mut ordinary, mut glued) = (None, None);
        for label in labels {
            for token in label_tokens(label) {
                if let Some(found) = self.name_in_token(token) {
                    return Some(found);
                }
                // A glued name has at least its five letters and a banking word's three.
                if glued.is_none() && token.len() >= MIN_GLUED_NAME + 3 {
                    glued = self.glued_name(token);
                }
                if ordinary.is_none()
                    && token.len() < 64
                    && self.lure_keyword_lengths >> token.len() & 1 == 1
                {
                    // First bytes before whole names: three-letter names (`blt`, `bsu`) meet
                    // every `www`.
                    ordinary = self.lure_keywords.iter().find(|(k, _)| {
                        k.as_bytes().first() == token.as_bytes().first() && k == token
                    });
                }
            }
        }
        if let Some(found) = labels.iter().find_map(|l| self.name_across_hyphens(l)) {
            return Some(found);
        }
        if let Some((keyword, b)) = glued {
            return Some(BrandMatch::NameInHost(&self.brands[*b], keyword));
        }
        // An ordinary-word name is the brand only with a banking word (or a word of what its
        // kind of brand is phished for) as another piece: `mandiri-poin.com`,
        // `livin.mandiri-verifikasi.xyz`, `steam-trade-offer.ru`; `maju-mandiri.com` and
        // `mandiri-jaya.co.id` are shops and firms, not the bank.
        let (keyword, b) = ordinary?;
        let brand = &self.brands[*b];
        let kind_lures = lures_of_kind(&brand.kind);
        labels
            .iter()
            .flat_map(|l| label_tokens(l))
            // Not the name itself: "blt" and "bansos" are each other's lures.
            .any(|t| t != keyword && (is_banking_lure(t) || kind_lures.contains(&t)))
            .then(|| BrandMatch::NameInHost(brand, keyword))
    }

    /// The ordinary-word name (a lure keyword of [`MIN_GLUED_NAME`] letters or more) that
    /// `token` is, glued before a banking word (`mandirilivin`, `mandiripoin`): the brand's
    /// name before its app's or its points' name, as the bank writes them ("Mandiri Livin'").
    /// Not after another word (`pinmandiri`, `kreditmandiri`): an Indonesian adjective follows
    /// its noun, so there "mandiri" (independent) is a firm's name ("Kredit Mandiri").
    fn glued_name(&self, token: &str) -> Option<&(String, usize)> {
        let first = *token.as_bytes().first()?;
        if !first.is_ascii_lowercase() || self.glued_name_firsts >> (first - b'a') & 1 == 0 {
            return None; // most tokens
        }
        self.glued_names.iter().find(|(k, _)| {
            k.as_bytes()[0] == first
                && token.len() > k.len()
                && token.starts_with(k.as_str())
                && is_banking_lure(&token[k.len()..])
        })
    }

    /// The brand with an official domain on one of Indonesia's open endings
    /// ([`OWN_ENDING_TYPOS`]) whose name is one typo from `registrable`'s, on the same ending:
    /// `danna.id` (dana.id), `bnii.co.id` (bni.co.id), `shoppe.co.id` (shopee.co.id; "shoppe"
    /// is a shop's word elsewhere, not beside Shopee's own ending). Short names allow fewer
    /// typos ([`is_own_ending_typo`]).
    pub fn official_typo(&self, registrable: &str, suffix: &str) -> Option<&BrandData> {
        if !OWN_ENDING_TYPOS.contains(&suffix) {
            return None; // nearly every host
        }
        let name = registrable.strip_suffix(suffix)?.strip_suffix('.')?;
        let (len, officials) = (registrable.len(), &self.typo_officials);
        let from = officials.partition_point(|(d, _)| d.len() + 1 < len);
        officials[from..]
            .iter()
            .take_while(|(d, _)| d.len() <= len + 1)
            .find(|(d, _)| {
                d.strip_suffix(suffix)
                    .and_then(|d| d.strip_suffix('.'))
                    .is_some_and(|official| is_own_ending_typo(name, official))
            })
            .map(|&(_, b)| &self.brands[b])
    }

    /// A keyword with digits in it (`office365`, `maybank2u`, `bp2mi`) as a whole hyphen piece
    /// of `label`, beside another piece made of lure words (`office365-login`,
    /// `bp2mi-daftar`). [`label_tokens`] cut names at digits, so such a keyword is never one of
    /// them. Alone (`office365.io`) or beside a site's own words (`office365-training`) it is a
    /// product's or a hotline's name, which resellers, trainers and guides use too.
    fn numbered_name(&self, label: &str) -> Option<BrandMatch<'_>> {
        let bytes = label.as_bytes();
        let is_cut = |b: &u8| *b == b'-' || *b == b'_';
        // Asked only of labels with a hyphen or an underscore (`name_across_hyphens`).
        if !bytes.iter().any(u8::is_ascii_digit) {
            return None;
        }
        // Byte splits: pieces of a str cut at ASCII bytes are str again.
        let pieces = || {
            bytes
                .split(is_cut)
                .filter(|p| !p.is_empty())
                .filter_map(|p| std::str::from_utf8(p).ok())
        };
        let (keyword, b) = pieces()
            .filter(|p| p.bytes().any(|b| b.is_ascii_digit()))
            .find_map(|p| self.keywords.get_key_value(p))?;
        pieces()
            .any(|p| p != keyword && super::lure::is_lure_piece(p))
            .then(|| BrandMatch::NameInHost(&self.brands[*b], keyword.as_str()))
    }

    /// A keyword spelt across a label's hyphens, whole pieces only: `bank-mandiri-poin`
    /// (`bankmandiri`), `apple-id-support` (`appleid`), `pay-pal`. Not a keyword that starts
    /// or ends inside a piece (`apple-idea` is not `appleid`), and no typos: the pieces are
    /// the site's own words, and only an exact brand name split by a hyphen is a lure.
    fn name_across_hyphens(&self, label: &str) -> Option<BrandMatch<'_>> {
        /// Pieces joined at most: `livin-by-mandiri` is three.
        const MOST_PIECES: usize = 4;
        let bytes = label.as_bytes();
        let is_cut = |c: &u8| *c == b'-' || *c == b'_';
        if !bytes.iter().any(is_cut) {
            return None;
        }
        // A numbered name (`office365-login`) is a piece of such a label too: asked here, where
        // labels without a hyphen have already gone (most labels; a scan each for nothing).
        if let Some(found) = self.numbered_name(label) {
            return Some(found);
        }
        // Joined pieces longer than every keyword name nothing: a stack buffer of that size.
        let mut joined = [0u8; MAX_JOINED_KEYWORD];
        let mut pieces = bytes.split(is_cut).filter(|p| !p.is_empty());
        while let Some(first) = pieces.next() {
            let mut len = first.len();
            if len >= MAX_JOINED_KEYWORD {
                continue;
            }
            joined[..len].copy_from_slice(first);
            for piece in pieces.clone().take(MOST_PIECES - 1) {
                let Some(end) = Some(len + piece.len()).filter(|&e| e <= MAX_JOINED_KEYWORD) else {
                    break;
                };
                joined[len..end].copy_from_slice(piece);
                len = end;
                // Pieces of a str cut at ASCII bytes are str again; a keyword is ASCII.
                let Ok(text) = std::str::from_utf8(&joined[..len]) else {
                    break;
                };
                if let Some((k, &b)) = self.keywords.get_key_value(text) {
                    return Some(BrandMatch::NameInHost(&self.brands[b], k));
                }
            }
        }
        None
    }

    /// The brand whose keyword is exactly `token` (at least four letters: `chase`, `paypal`).
    pub fn keyword(&self, token: &str) -> Option<&BrandData> {
        if token.len() < 4 {
            return None;
        }
        self.keywords.get(token).map(|&b| &self.brands[b])
    }

    fn name_in_token(&self, token: &str) -> Option<BrandMatch<'_>> {
        if let Some((k, &b)) = self.keywords.get_key_value(token) {
            return Some(BrandMatch::NameInHost(&self.brands[b], k));
        }
        let long = self.long_keywords.as_ref()?;
        // Every long keyword has MIN_SUBSTRING_KEYWORD letters: a shorter token holds none.
        if token.len() >= MIN_SUBSTRING_KEYWORD
            && let Some((keyword, b)) = long.find(token)
        {
            return Some(BrandMatch::NameInHost(&self.brands[b], keyword));
        }
        self.typo(token)
            .map(|(k, b)| BrandMatch::NameInHost(&self.brands[b], k))
    }

    /// The keyword one edit from `token`: of several, the earliest brand's, then the shortest,
    /// then the first listed.
    fn typo(&self, token: &str) -> Option<(&str, usize)> {
        let t = token.as_bytes();
        // One edit changes the length by one at most: skip the dozen lookups of a token
        // that is too short or too long for any keyword (most tokens of long host names).
        if t.len() + 1 < MIN_TYPO_KEYWORD || t.len() > self.longest_typo_keyword + 1 {
            return None;
        }
        let mut best: Option<(usize, usize, u32)> = None; // (brand, length, position)
        deletion_hashes(t, |h| {
            let bit = (h >> (64 - TYPO_FILTER_BITS)) as usize;
            if self
                .typo_filter
                .get(bit / 64)
                .is_none_or(|w| w >> (bit % 64) & 1 == 0)
            {
                return;
            }
            for &i in self.typo_index.get(&h).map_or(&[][..], Vec::as_slice) {
                let (k, b) = &self.typo_keywords[i as usize];
                let key = (*b, k.len(), i);
                if best.is_none_or(|x| key < x) && within_one_edit(token, k) {
                    best = Some(key);
                }
            }
        });
        // Checked only once a typo is found: most tokens are no brand's typo at all.
        if best.is_some() && self.not_typos.contains(token) {
            return None;
        }
        best.map(|(_, _, i)| {
            let (k, b) = &self.typo_keywords[i as usize];
            (k.as_str(), *b)
        })
    }

    /// The brand whose long keyword (`mandirikartukredit`, `digibank`) appears anywhere in
    /// `text`, such as a title with its spaces taken out.
    pub fn keyword_inside(&self, text: &str) -> Option<&BrandData> {
        let (_, b) = self.long_keywords.as_ref()?.find(text)?;
        Some(&self.brands[b])
    }

    /// The first brand named as a word in `folded` text (lower-case words separated by spaces).
    pub fn named_in_text(&self, folded: &str) -> Option<&BrandData> {
        folded
            .split(' ')
            .find_map(|w| self.names.get(w))
            .map(|&b| &self.brands[b])
    }
}

/// The long keywords in one automaton, walked by our own loop: `AhoCorasick::find` sets up a
/// search (input, prefilter, match kind) on every call, which cost more than the walk over a
/// host label's few bytes (a sixteenth of a URL check natively).
#[derive(Debug, Clone)]
struct LongKeywords {
    automaton: NFA,
    start: StateID,
    /// Each pattern's keyword and brand.
    keywords: Vec<(String, usize)>,
}

impl LongKeywords {
    /// `None` only on absurd sizes; then long keywords simply match whole tokens only.
    fn new(keywords: Vec<(String, usize)>) -> Option<LongKeywords> {
        let automaton = NFA::builder()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(keywords.iter().map(|(k, _)| k))
            .ok()?;
        let start = automaton.start_state(Anchored::No).ok()?;
        Some(LongKeywords {
            automaton,
            start,
            keywords,
        })
    }

    /// The keyword that ends first in `hay`, and its brand: what `AhoCorasick::find` reports
    /// with standard match semantics (the first match state reached, its first pattern).
    fn find(&self, hay: &str) -> Option<(&str, usize)> {
        let aut = &self.automaton;
        let mut sid = self.start;
        for &b in hay.as_bytes() {
            sid = aut.next_state(Anchored::No, sid, b);
            if aut.is_special(sid) && aut.is_match(sid) {
                let (k, b) = self.keywords.get(aut.match_pattern(sid, 0).as_usize())?;
                return Some((k, *b));
            }
        }
        None
    }
}

/// The base of [`deletion_hash`]'s polynomial (odd, so no power of it is zero).
const DELETION_BASE: u64 = 0x0100_0000_01b3;

/// Whether `name` is one typo from the official name `official` of the kinds a slip of the
/// finger makes, which [`BrandIndex::official_typo`] takes: a letter doubled (`bnii`, `danna`),
/// two neighbours swapped (`dnaa`; from four letters), and from six letters a letter dropped
/// (`bankmandri`, `shope`) or a letter turned into a copy of its neighbour (`shoppe`). Not the
/// first letter changed, dropped or preceded by another (`arena`, `karena` and `mtelkom` are
/// other firms', not `garena` and `telkom`), nor a letter changed into another (`citylink`,
/// `telcom`), nor any change to a short name but a doubled letter or a swap: those make other
/// firms' initials and words (`bki`, `bir`, `opay` from `gopay`).
fn is_own_ending_typo(name: &str, official: &str) -> bool {
    if name == official || !within_one_edit(name, official) {
        return false;
    }
    let (n, o) = (name.as_bytes(), official.as_bytes());
    let long = o.len() >= MIN_TYPO_KEYWORD;
    // Where they part: the letter added, dropped or changed, or the first of two swapped.
    let p = n.iter().zip(o).take_while(|(a, b)| a == b).count();
    let copies_neighbour = |word: &[u8], at: usize| {
        at > 0 && word[at] == word[at - 1] || word.get(at + 1) == Some(&word[at])
    };
    if n.len() == o.len() + 1 {
        return p > 0 && n[p] == n[p - 1];
    }
    if n.len() + 1 == o.len() {
        // Not the first letter; the last only as one of a doubled pair (`shopee` → `shope`).
        return long && p > 0 && (p + 1 < o.len() || o[p] == o[p - 1]);
    }
    let swapped = p + 1 < n.len() && n[p] == o[p + 1] && n[p + 1] == o[p];
    (swapped && o.len() >= 4) || (long && p > 0 && !swapped && copies_neighbour(n, p))
}

/// The pieces of a host label between hyphens, underscores and digits (`bri-poin` → `bri`,
/// `poin`): where [`BrandIndex::classify`] looks for brand names.
pub fn label_tokens(label: &str) -> impl Iterator<Item = &str> {
    // Split at ASCII bytes (no char decoding): the pieces of a str cut at ASCII bytes are str
    // again.
    label
        .as_bytes()
        .split(|&b| b == b'-' || b == b'_' || b.is_ascii_digit())
        .filter(|t| !t.is_empty())
        .map(|t| std::str::from_utf8(t).unwrap_or_default())
}

/// A hash of `bytes` with the byte at `skip` left out: a polynomial in `DELETION_BASE`
/// (Horner's rule, wrapping). Two strings one edit apart share the hash of one of their
/// deletions, or one's whole hash is a deletion hash of the other: a substitution at `i`
/// leaves both equal without `i`; swapping `i` and `i + 1` leaves one without `i` equal to the
/// other without `i + 1`; an insertion leaves the longer without it equal to the shorter.
/// Candidates are always verified, so a collision costs time, never a wrong match.
/// (The index is built and searched with [`deletion_hashes`]; this one-at-a-time form is the
/// definition its tests check it against.)
#[cfg(test)]
fn deletion_hash(bytes: &[u8], skip: Option<usize>) -> u64 {
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, _)| Some(i) != skip)
        .fold(0, |h, (_, &b)| {
            h.wrapping_mul(DELETION_BASE).wrapping_add(u64::from(b) + 1)
        })
}

/// Calls `f` with the whole [`deletion_hash`] of `bytes`, then with each deletion's in order,
/// in one pass instead of one per deletion: with `P(i)` the hash of the first `i` bytes and `H`
/// the whole one, leaving out byte `i` gives `H + (P(i) − P(i + 1))·B^(n − 1 − i)`.
fn deletion_hashes(bytes: &[u8], mut f: impl FnMut(u64)) {
    // Two passes and no tables: the whole hash and DELETION_BASE^(n-1) first, then each
    // deletion from the running prefix, the power stepping down by the base's inverse (the base
    // is odd, so it has one modulo 2^64). A check of a URL hashes every token of its host this
    // way; zeroing two 65-word tables a call was most of that cost.
    let (mut whole, mut power) = (0u64, 1u64);
    for (i, &b) in bytes.iter().enumerate() {
        whole = whole
            .wrapping_mul(DELETION_BASE)
            .wrapping_add(u64::from(b) + 1);
        if i > 0 {
            power = power.wrapping_mul(DELETION_BASE);
        }
    }
    f(whole);
    let mut prefix = 0u64;
    for &b in bytes {
        let next = prefix
            .wrapping_mul(DELETION_BASE)
            .wrapping_add(u64::from(b) + 1);
        f(whole.wrapping_add(prefix.wrapping_sub(next).wrapping_mul(power)));
        prefix = next;
        power = power.wrapping_mul(DELETION_BASE_INVERSE);
    }
}

/// The inverse of [`DELETION_BASE`] modulo 2^64 (Newton's iteration: each step doubles the
/// correct low bits, from the 3 an odd number's own square gives).
const DELETION_BASE_INVERSE: u64 = {
    let mut x = DELETION_BASE;
    let mut i = 0;
    while i < 5 {
        x = x.wrapping_mul(2u64.wrapping_sub(DELETION_BASE.wrapping_mul(x)));
        i += 1;
    }
    x
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_inverse_base_is_the_bases_inverse() {
        assert_eq!(DELETION_BASE.wrapping_mul(DELETION_BASE_INVERSE), 1);
    }

    proptest::proptest! {
        /// The one-pass hashes are the one-at-a-time hashes, in the same order.
        #[test]
        fn deletion_hashes_in_one_pass_are_each_deletions_hash(word in "[a-z0-9]{0,70}") {
            let b = word.as_bytes();
            let mut fast = Vec::new();
            deletion_hashes(b, |h| fast.push(h));
            let slow: Vec<u64> = std::iter::once(None)
                .chain((0..b.len()).map(Some))
                .map(|skip| deletion_hash(b, skip))
                .collect();
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    fn bca() -> BrandIndex {
        BrandIndex::new(vec![
            BrandData {
                name: "BCA".into(),
                kind: "bank".into(),
                keywords: vec!["bca".into(), "klikbca".into()],
                official: vec!["bca.co.id".into(), "klikbca.com".into()],
                not_typos: vec![],
                lure_keywords: vec![],
            },
            BrandData {
                name: "BRI".into(),
                kind: "bank".into(),
                keywords: vec!["bri".into(), "brimo".into()],
                official: vec!["bri.co.id".into()],
                not_typos: vec![],
                lure_keywords: vec![],
            },
            BrandData {
                name: "Binance".into(),
                kind: "crypto".into(),
                keywords: vec!["binance".into()],
                official: vec!["binance.com".into()],
                not_typos: vec!["finance".into()],
                lure_keywords: vec![],
            },
        ])
    }

    #[test]
    fn ordinary_words_are_no_typos() {
        let idx = bca();
        let cases: [(&str, &[&str]); 2] = [
            ("finance.example.com", &["finance", "example"]),
            ("finance-news.co.id", &["finance-news"]),
        ];
        for (host, labels) in cases {
            assert!(idx.lookalike(host, labels).is_none(), "{host}");
        }
        // A real typo of the same keyword still is one.
        assert!(matches!(
            idx.lookalike("binanse.com", &["binanse"]),
            Some(BrandMatch::NameInHost(b, "binance")) if b.name == "Binance"
        ));
    }

    #[test]
    fn official_domains_and_subdomains_are_official() {
        let idx = bca();
        assert!(matches!(
            idx.classify("ibank.klikbca.com", &["ibank", "klikbca"]),
            Some(BrandMatch::Official(_))
        ));
        assert!(matches!(
            idx.classify("bca.co.id", &["bca"]),
            Some(BrandMatch::Official(_))
        ));
    }

    #[test]
    fn lookalikes_are_named() {
        let idx = bca();
        let cases = [
            ("klikbca-verifikasi.com", vec!["klikbca-verifikasi"]),
            ("bri-poin.online", vec!["bri-poin"]),
            ("klikbac.com", vec!["klikbac"]),
            ("klikbcaindonesia.net", vec!["klikbcaindonesia"]),
        ];
        for (host, labels) in cases {
            assert!(
                matches!(
                    idx.classify(host, &labels),
                    Some(BrandMatch::NameInHost(..))
                ),
                "{host}"
            );
        }
        let inside = idx.classify(
            "bca.co.id.secure-login.xyz",
            &["bca", "co", "id", "secure-login"],
        );
        assert!(matches!(inside, Some(BrandMatch::OfficialInside(..))));
    }

    #[test]
    fn own_names_on_vetted_indonesian_endings_are_the_brands() {
        let idx = bca();
        let variant = |r: &str, s: &str| idx.country_variant(r, s).map(|b| b.name.as_str());
        // A bank's name on an ending PANDI vets against company papers.
        assert_eq!(variant("klikbca.co.id", "co.id"), Some("BCA"));
        assert_eq!(variant("binance.or.id", "or.id"), Some("Binance"));
        // Not on endings anyone can register, and not for a name no official domain has.
        assert_eq!(variant("klikbca.web.id", "web.id"), None);
        assert_eq!(variant("klikbca.id", "id"), None);
        assert_eq!(
            variant("brimo.co.id", "co.id"),
            Some("BRI"),
            "a brand's name"
        );
        assert_eq!(variant("brimox.co.id", "co.id"), None);
        // Country endings elsewhere are for global brands only.
        assert_eq!(variant("bca.com.my", "com.my"), None);
    }

    #[test]
    fn names_split_by_hyphens_are_names() {
        let idx = bca();
        let named = |host: &str, label: &str| match idx.classify(host, &[label]) {
            Some(BrandMatch::NameInHost(b, k)) => Some((b.name.clone(), k.to_string())),
            _ => None,
        };
        assert_eq!(
            named("klik-bca-poin.com", "klik-bca-poin"),
            Some(("BCA".into(), "bca".into())),
            "a whole piece still wins first"
        );
        assert_eq!(
            named("login-klik_bca.xyz", "login-klik_bca"),
            named("login-bca.xyz", "login-bca")
        );
        assert_eq!(
            named("bri-mo-update.com", "bri-mo-update"),
            Some(("BRI".into(), "bri".into()))
        );
        assert_eq!(
            named("secure-bri-mo.com", "secure-bri-mo"),
            Some(("BRI".into(), "bri".into()))
        );
        assert_eq!(
            named("bin-ance-gift.com", "bin-ance-gift"),
            Some(("Binance".into(), "binance".into()))
        );
        // Only whole pieces: a keyword ending inside a piece is the site's own word.
        assert_eq!(named("bin-anceo.com", "bin-anceo"), None);
        assert_eq!(named("toko-bin-ancestry.com", "toko-bin-ancestry"), None);
    }

    #[test]
    fn ordinary_word_names_need_a_banking_word_beside_them() {
        let mut brands = vec![BrandData {
            name: "Bank Mandiri".into(),
            kind: "bank".into(),
            keywords: vec!["bankmandiri".into()],
            official: vec!["bankmandiri.co.id".into()],
            not_typos: vec![],
            lure_keywords: vec!["mandiri".into()],
        }];
        brands.extend(bca().brands);
        let idx = BrandIndex::new(brands);
        let named = |host: &str, labels: &[&str]| match idx.classify(host, labels) {
            Some(BrandMatch::NameInHost(b, k)) => Some((b.name.clone(), k.to_string())),
            _ => None,
        };
        let mandiri = Some(("Bank Mandiri".to_string(), "mandiri".to_string()));
        assert_eq!(named("mandiri-poin.com", &["mandiri-poin"]), mandiri);
        assert_eq!(
            named(
                "livin.mandiri-verifikasi.xyz",
                &["livin", "mandiri-verifikasi"]
            ),
            mandiri
        );
        assert_eq!(named("mandiri2-login.online", &["mandiri2-login"]), mandiri);
        // A shop's or a firm's name, and the word inside another.
        assert_eq!(named("maju-mandiri.com", &["maju-mandiri"]), None);
        assert_eq!(named("mandiri-online.co.id", &["mandiri-online"]), None);
        assert_eq!(
            named("mandirisejahtera-login.com", &["mandirisejahtera-login"]),
            None
        );
        assert_eq!(named("pinmandiri.com", &["pinmandiri"]), None);
        // The bank's own domain stays official; a full keyword still wins.
        assert!(matches!(
            idx.classify("bankmandiri.co.id", &["bankmandiri"]),
            Some(BrandMatch::Official(_))
        ));
        assert_eq!(
            named("bankmandiri-poin.com", &["bankmandiri-poin"]),
            Some(("Bank Mandiri".to_string(), "bankmandiri".to_string()))
        );
    }

    #[test]
    fn ordinary_word_names_glued_before_a_banking_word_are_the_brand() {
        let idx = BrandIndex::new(vec![
            BrandData {
                name: "Bank Mandiri".into(),
                kind: "bank".into(),
                keywords: vec!["bankmandiri".into()],
                official: vec!["bankmandiri.co.id".into()],
                not_typos: vec![],
                lure_keywords: vec!["mandiri".into()],
            },
            BrandData {
                name: "Meta".into(),
                kind: "social".into(),
                keywords: vec!["facebook".into()],
                official: vec!["facebook.com".into()],
                not_typos: vec![],
                lure_keywords: vec!["meta".into()],
            },
        ]);
        let named = |host: &str| match idx.classify(host, &[host]) {
            Some(BrandMatch::NameInHost(b, k)) => Some((b.name.clone(), k.to_string())),
            _ => None,
        };
        let mandiri = Some(("Bank Mandiri".to_string(), "mandiri".to_string()));
        assert_eq!(named("mandirilivin"), mandiri);
        assert_eq!(named("mandiripoin-2025"), mandiri);
        // After another word "mandiri" is an adjective (`kredit mandiri`), and beside a
        // firm's own word a name; a short name glues into other words by chance.
        assert_eq!(named("pinmandiri"), None);
        assert_eq!(named("kreditmandiri"), None);
        assert_eq!(named("mandiriutama"), None);
        assert_eq!(named("mandirilivingroom"), None);
        assert_eq!(named("metapoint"), None);
    }

    #[test]
    fn official_domains_with_their_first_dot_as_a_hyphen_copy_them() {
        let mut brands = bca().brands;
        brands.push(BrandData {
            name: "J&T Express".into(),
            kind: "courier".into(),
            keywords: vec!["jnt".into()],
            official: vec!["jet.co.id".into()],
            not_typos: vec![],
            lure_keywords: vec![],
        });
        let idx = BrandIndex::new(brands);
        let named = |host: &str, labels: &[&str]| match idx.classify(host, labels) {
            Some(BrandMatch::NameInHost(b, _)) => Some(b.name.clone()),
            _ => None,
        };
        assert_eq!(named("jet-co.id", &["jet-co"]), Some("J&T Express".into()));
        assert_eq!(
            named("cek.jet-co.id", &["cek", "jet-co"]),
            Some("J&T Express".into())
        );
        assert_eq!(
            named("jet-co-id.com", &["jet-co-id"]),
            Some("J&T Express".into())
        );
        // Only where the ending starts: `jet-co.identity` and `jet-cola` are other names.
        assert_eq!(named("jet-co.identity.com", &["jet-co", "identity"]), None);
        assert_eq!(named("jet-cola.id", &["jet-cola"]), None);
    }

    #[test]
    fn typos_of_official_names_on_their_own_ending() {
        let brand = |name: &str, official: &str| BrandData {
            name: name.into(),
            kind: "other".into(),
            keywords: vec![],
            official: vec![official.into()],
            not_typos: vec![],
            lure_keywords: vec![],
        };
        let idx = BrandIndex::new(vec![
            brand("DANA", "dana.id"),
            brand("BNI", "bni.co.id"),
            brand("Shopee", "shopee.co.id"),
            brand("Garena", "garena.co.id"),
            brand("Telkom", "telkom.co.id"),
            brand("DJP", "pajak.go.id"),
            brand("PayPal", "paypal.com"),
        ]);
        let typo = |r: &str, s: &str| idx.official_typo(r, s).map(|b| b.name.as_str());
        assert_eq!(typo("danna.id", "id"), Some("DANA"));
        assert_eq!(typo("dnaa.id", "id"), Some("DANA"));
        assert_eq!(typo("bnii.co.id", "co.id"), Some("BNI"));
        assert_eq!(typo("shoppe.co.id", "co.id"), Some("Shopee"));
        assert_eq!(typo("shopeee.co.id", "co.id"), Some("Shopee"));
        assert_eq!(typo("shpoee.co.id", "co.id"), Some("Shopee"));
        assert_eq!(typo("telkm.co.id", "co.id"), Some("Telkom"));
        // Another ending, the official name itself, and typos of other kinds.
        assert_eq!(typo("danna.com", "com"), None);
        assert_eq!(typo("danna.co.id", "co.id"), None);
        assert_eq!(typo("dana.id", "id"), None);
        assert_eq!(typo("pajakk.go.id", "go.id"), None);
        assert_eq!(typo("paypall.com", "com"), None);
        for (r, s) in [
            // A short name's letter changed, dropped or swapped: others' initials and words.
            ("bki.co.id", "co.id"),
            ("bin.co.id", "co.id"),
            ("bn.co.id", "co.id"),
            ("dan.id", "id"),
            ("duna.id", "id"),
            // A long name's first letter, or a letter changed into another.
            ("arena.co.id", "co.id"),
            ("karena.co.id", "co.id"),
            ("mtelkom.co.id", "co.id"),
            ("telcom.co.id", "co.id"),
            ("telko.co.id", "co.id"),
        ] {
            assert_eq!(typo(r, s), None, "{r}");
        }
    }

    #[test]
    fn ordinary_word_names_take_the_lures_of_their_kind() {
        let brand = |name: &str, kind: &str, lure: &str| BrandData {
            name: name.into(),
            kind: kind.into(),
            // Unlike the lure keyword by more than a typo.
            keywords: vec![format!("{}zzzz", name.to_lowercase())],
            official: vec![format!("{}.example", name.to_lowercase())],
            not_typos: vec![],
            lure_keywords: vec![lure.into()],
        };
        let idx = BrandIndex::new(vec![
            brand("Steam", "global-gaming", "steam"),
            brand("Kemensos", "government", "bansos"),
            brand("Microsoft", "global-tech", "sharepoint"),
        ]);
        let named = |host: &str| match idx.classify(host, &[host]) {
            Some(BrandMatch::NameInHost(b, _)) => Some(b.name.clone()),
            _ => None,
        };
        assert_eq!(named("steam-trade-offer"), Some("Steam".into()));
        assert_eq!(named("bansos-blt-cek"), Some("Kemensos".into()));
        assert_eq!(named("sharepoint-docs"), Some("Microsoft".into()));
        // Another kind's lures, the site's own words, and the name as its own lure.
        assert_eq!(named("steam-docs"), None);
        assert_eq!(named("sharepoint-trade"), None);
        assert_eq!(named("steam-engine-society"), None);
        assert_eq!(named("bansos-bansos"), None);
        // A banking word goes with every kind.
        assert_eq!(named("steam-login"), Some("Steam".into()));
    }

    #[test]
    fn keywords_with_digits_are_pieces_beside_lures() {
        let idx = BrandIndex::new(vec![BrandData {
            name: "Microsoft".into(),
            kind: "global-tech".into(),
            keywords: vec!["microsoft".into(), "office365".into()],
            official: vec!["microsoft.com".into()],
            not_typos: vec![],
            lure_keywords: vec![],
        }]);
        let named = |host: &str| {
            matches!(
                idx.classify(host, &[host]),
                Some(BrandMatch::NameInHost(_, "office365"))
            )
        };
        assert!(named("office365-login"));
        assert!(named("secure-office365-docs"));
        // Alone or beside a trainer's or a reseller's words, a product's name.
        assert!(!named("office365"));
        assert!(!named("office365-training"));
    }

    #[test]
    fn short_names_inside_words_are_not_brands() {
        let idx = bca();
        assert_eq!(idx.classify("fabric.com", &["fabric"]), None);
        assert_eq!(idx.classify("abcanews.com", &["abcanews"]), None);
    }

    /// Every one-edit variant of every keyword of the default pack's brands, and a few
    /// tokens two edits away: the index finds what comparing with every keyword finds.
    #[cfg(feature = "embedded-pack")]
    #[test]
    fn typo_index_finds_what_a_scan_of_every_keyword_finds() {
        let pack = crate::pack::format::decode(crate::pack::DEFAULT_PACK).unwrap();
        let idx = BrandIndex::new(pack.brands);
        let scan = |token: &str| {
            idx.typo_keywords
                .iter()
                .filter(|(k, _)| within_one_edit(token, k) && !idx.not_typos.contains(token))
                .min_by_key(|(k, b)| (*b, k.len()))
                .map(|(k, b)| (k.as_str(), *b))
        };
        let mut tokens = Vec::new();
        for (k, _) in &idx.typo_keywords {
            let k = k.as_bytes();
            for i in 0..=k.len() {
                for c in [b'a', b'k', b'z'] {
                    let mut ins = k.to_vec();
                    ins.insert(i, c);
                    tokens.push(ins);
                    if i < k.len() {
                        let mut sub = k.to_vec();
                        sub[i] = c;
                        tokens.push(sub);
                    }
                }
                if i < k.len() {
                    let mut del = k.to_vec();
                    del.remove(i);
                    tokens.push(del);
                }
                if i + 1 < k.len() {
                    let mut swap = k.to_vec();
                    swap.swap(i, i + 1);
                    tokens.push(swap);
                }
            }
        }
        let mut found = 0;
        for t in tokens {
            let t = String::from_utf8(t).unwrap();
            assert_eq!(idx.typo(&t), scan(&t), "{t}");
            found += usize::from(idx.typo(&t).is_some());
        }
        assert!(found > 1000, "{found}");
        assert_eq!(idx.typo("klikbac").map(|(k, _)| k), Some("klikbca"));
        assert_eq!(idx.typo("kilkbac"), None);
    }

    /// The automaton walk finds what `AhoCorasick::find` finds, on the default pack's long
    /// keywords, variants of them and random tokens.
    #[cfg(feature = "embedded-pack")]
    #[test]
    fn long_keywords_walk_finds_what_aho_corasick_finds() {
        let pack = crate::pack::format::decode(crate::pack::DEFAULT_PACK).unwrap();
        let idx = BrandIndex::new(pack.brands);
        let long = idx.long_keywords.as_ref().unwrap();
        let ac = aho_corasick::AhoCorasick::new(long.keywords.iter().map(|(k, _)| k)).unwrap();
        let reference = |t: &str| {
            ac.find(t).map(|m| {
                let (k, b) = &long.keywords[m.pattern().as_usize()];
                (k.as_str(), *b)
            })
        };
        let mut tokens = vec![String::new(), "x".into(), "paypalpaypal".into()];
        for (k, _) in &long.keywords {
            tokens.push(k.clone());
            tokens.push(format!("my{k}login"));
            tokens.push(k[1..].to_string());
            tokens.push(format!("{}{k}", &k[..k.len() / 2]));
        }
        let mut found = 0;
        for t in &tokens {
            assert_eq!(long.find(t), reference(t), "{t}");
            found += usize::from(long.find(t).is_some());
        }
        assert!(found > long.keywords.len(), "{found}");
    }

    proptest::proptest! {
        #[test]
        fn long_keywords_walk_agrees_on_any_token(t in "[a-z]{0,3}(klikbca|brimo|bca|[a-z]{0,4}){0,3}") {
            let idx = bca();
            if let Some(long) = idx.long_keywords.as_ref() {
                let ac = aho_corasick::AhoCorasick::new(long.keywords.iter().map(|(k, _)| k)).unwrap();
                let reference = ac.find(&t).map(|m| long.keywords[m.pattern().as_usize()].0.clone());
                proptest::prop_assert_eq!(long.find(&t).map(|(k, _)| k.to_string()), reference);
            }
        }
    }

    #[test]
    fn one_edit() {
        assert!(within_one_edit("klikbca", "klikbac"));
        assert!(within_one_edit("klikbca", "kllkbca"));
        assert!(within_one_edit("klikbca", "klikbcaa"));
        assert!(!within_one_edit("klikbca", "kilkbac"));
    }
}
