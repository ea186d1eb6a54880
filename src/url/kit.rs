//! Traits of a phishing kit's address that [`super::shape`] and [`super::path`] do not cover:
//! the query strings kits are known by, the web-server folders they hide in, a mail or file
//! service's name glued into a folder name, a folder extracted into a folder of the same name,
//! letters of another script inside a host name, a free-hosting site named after a login, and
//! a host named after online gambling.
//!
//! Each check returns its evidence or `None`; each is a weighted signal in
//! `rules/signals.toml`. Only what no ordinary page has warns alone (a kit's query, a page in
//! a certificate folder, look-alike letters); the others are hints that warn with one more
//! trait. Like the rest of `url`, they read the parsed URL's bytes and allocate only for the
//! evidence they return.

use super::ParsedUrl;
use super::shape::ShapeCheck;

/// Every check of this module with the id of the signal it raises (`free_hosting_lure` is
/// asked only for sites on free hosting, so it is not here).
pub const CHECKS: [(&str, ShapeCheck); 14] = [
    ("url.kit-query", kit_query),
    ("url.victim-folder", super::path::victim_folder),
    ("url.gambling-host", gambling_host),
    (
        "url.judol-campaign-host",
        super::campaign::judol_campaign_host,
    ),
    ("url.kit-hideout", kit_hideout),
    ("url.service-glued-in-path", service_glued_in_path),
    ("url.repeated-folder", repeated_folder),
    ("url.confusable-host", confusable_host),
    // The same trait as `shape::tld_inside_host`, for country endings (`ebay.de.x.com`).
    ("url.tld-inside-host", country_inside_host),
    // The same traits as `shape`'s, where its checks do not look (`url::planted`).
    (
        "url.tld-inside-host",
        super::planted::com_glued_to_registrable,
    ),
    ("url.cms-folder-page", super::planted::wp_admin_stranger),
    ("url.cms-folder-page", super::planted::joomla_stranger),
    ("url.kit-path", super::planted::kit_path),
    ("url.ipfs-page", super::ipfs::ipfs_page),
];

/// Country endings kits put inside a host to pass for a country site of a brand
/// (`store.ebay.de.ineedpto.com`, `rakuten.co.jp.rakuen.xyz`, `hostpoint.ch.x.fr`).
/// Two letters each, in one string: a list of 30 `&str` compares costs far more Wasm.
/// Not `id`: inside a host it is "identity" (`login.id.hp.com`, `account.id.example.com`), and
/// Indonesian kits write `bca.co.id.x.com`, found by its `co`.
const COUNTRY_LABELS: &[u8] = b"deukfriteschnlbeatplbraucajpmyinruusmxarcosedkptienzsghkkr";

/// Country endings of the Cyrillic, Greek and Armenian scripts' countries, where a name in
/// those letters is the local language, not a disguise.
const NON_LATIN_COUNTRIES: &[u8] = b"rusuuabykzbgmkrsmnkggram";

/// Whether `label` is one of the two-letter `codes`.
fn is_code(codes: &[u8], label: &str) -> bool {
    label.len() == 2 && codes.chunks(2).any(|c| c == label.as_bytes())
}

/// Pieces of a query that phishing kits write and no site's own pages do: the form action of
/// the "WellsEmail"/webmail kits (`cmd=login_submit`), the Yahoo/Roundcube kits' fake inbox
/// (`.rand=13InboxLight.aspx`) and their dotted parameter names. Compared in lower case.
const KIT_QUERY: &[&str] = &["login_submit", "inboxlight", ".rand="];

/// What a path must hold before [`kit_hideout`] reads its folders, and their [`letters`].
const HIDEOUT_MARKS: &[&str] = &["-validation", "-challenge", ".well-known"];
const HIDEOUT_MASKS: [u32; HIDEOUT_MARKS.len()] = masks(HIDEOUT_MARKS);

/// Folders a web host creates to prove a certificate (`/.well-known/pki-validation/`,
/// `acme-challenge`): a site's owner never looks inside, so kits are uploaded there. A person
/// is never sent into one: the proof is a single token file, fetched by a certificate robot.
const CERT_FOLDERS: &[&str] = &["pki-validation", "acme-challenge"];

/// Mail, file-sharing and payment services whose names kits glue into folder and page names
/// (`/pokagmail.html`, `/naverfile/`, `/yahoomail/`): the name standing alone is
/// `url.brand-in-path`'s or `url.service-in-path`'s evidence, so only a longer word counts
/// here. None of them is part of an ordinary English word ("purchase" holds chase, "pineapple"
/// apple: those are left out).
#[rustfmt::skip]
const GLUED_SERVICES: &[&str] = &[
    "hotmail", "gmail", "yahoo", "outlook", "office365", "onedrive", "dropbox", "sharepoint",
    "docusign", "wetransfer", "icloud", "paypal", "netflix", "wellsfargo", "alibaba", "coinbase",
    "blockchain", "metamask", "microsoft", "webmail", "roundcube",
];

/// Names kits use that no other list has, counted alone too: mail portals (Daum, Naver,
/// Yandex), the "bizmail" kit, and misspelt services (`/dropbx.z/`, `/oneddrive`).
const KIT_SERVICE_WORDS: &[&str] = &["daum", "naver", "yandex", "bizmail", "dropbx", "oneddrive"];
const GLUED_MASKS: [u32; GLUED_SERVICES.len()] = masks(GLUED_SERVICES);
const KIT_SERVICE_MASKS: [u32; KIT_SERVICE_WORDS.len()] = masks(KIT_SERVICE_WORDS);

/// Words that name a login or an account fix (`secure-login-portal-outlook`,
/// `verif-main2d`), looked for inside the name of a site on free hosting. Not the words honest
/// blogs are named with too: "update" (`mcupdate.tumblr.com`, a game's news), "service",
/// "support", "mail", "recover", "unlock", "outlook", "billing" (a city), "confirm".
#[rustfmt::skip]
const LURE_WORDS: &[&str] = &[
    "login", "logln", "signin", "logon", "verif", "validat", "reactivat", "suspend", "webmail",
    "office365", "helpdesk", "secure", "account", "quota",
];

/// A query holding a known kit's parameters (`login.php?cmd=login_submit&id=…&session=…`,
/// `?.rand=13InboxLight.aspx?n=…`).
pub fn kit_query(url: &ParsedUrl) -> Option<String> {
    let query = url.url.query()?;
    let at = KIT_QUERY
        .iter()
        .find_map(|k| find_ci(query.as_bytes(), k.as_bytes()))?;
    // The pieces are ASCII: `at` is a character boundary.
    Some(evidence(query.get(at..)?, 40))
}

/// Where `needle` (lower-case ASCII, not empty) starts in `hay`, in any case. The helpers
/// below are shared by every check here and kept out of line: the crate is built at
/// opt-level 3 for Wasm, where each inlined, unrolled copy costs hundreds of bytes.
///
/// Only windows starting with the needle's first byte in either case (`b | 0x20`, which also
/// lets a few non-letters through) are compared whole: a comparison per window was most of
/// the kit checks' time.
#[inline(never)]
pub(super) fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle.first()? | 0x20;
    hay.windows(needle.len())
        .position(|w| w[0] | 0x20 == first && w.eq_ignore_ascii_case(needle))
}

/// Where `needle` (not empty) starts in `hay`, exactly: [`find_ci`]'s first-byte test, in
/// place of `str::find` and `contains`, whose searcher set-up costs more than the scan of a
/// URL's path.
#[inline(never)]
pub(super) fn find_exact(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = *needle.first()?;
    hay.windows(needle.len())
        .position(|w| w[0] == first && w == needle)
}

/// The letters a–z in `bytes`, in any case, one bit each. A word whose letters are not all
/// there cannot be inside: most words of the lists here are ruled out without a search.
pub(super) const fn letters(bytes: &[u8]) -> u32 {
    let mut mask = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphabetic() {
            mask |= 1 << ((bytes[i] | 32) - b'a');
        }
        i += 1;
    }
    mask
}

/// [`letters`] of each word of `words`, computed when compiling.
pub(super) const fn masks<const N: usize>(words: &[&str]) -> [u32; N] {
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        out[i] = letters(words[i].as_bytes());
        i += 1;
    }
    out
}

/// Where `word` (lower-case ASCII) is in `hay`, in any case; `need` and `have` are their
/// [`letters`], so a word that cannot be there is not searched for.
pub(super) fn find_word(hay: &[u8], have: u32, word: &str, need: u32) -> Option<usize> {
    if have & need != need {
        return None;
    }
    find_ci(hay, word.as_bytes())
}

/// Whether `s` is `word` (lower-case ASCII) in any case.
#[inline(never)]
fn is_ci(s: &str, word: &str) -> bool {
    s.eq_ignore_ascii_case(word)
}

/// The evidence shown to the user: `s` cut to `max` bytes.
#[inline(never)]
pub(super) fn evidence(s: &str, max: usize) -> String {
    crate::text::normalize::truncate(s, max).to_string()
}

/// A page or a folder inside a certificate folder (`/.well-known/pki-validation/x/y.php`), a
/// certificate folder away from `/.well-known/` (`/~u4373/pki-validation`), or a web page
/// inside `/.well-known/` (`/.well-known/acme-challenge/login.html`).
pub fn kit_hideout(url: &ParsedUrl) -> Option<String> {
    let path = url.url.path();
    let bytes = path.as_bytes();
    let have = letters(bytes);
    if !HIDEOUT_MARKS
        .iter()
        .zip(HIDEOUT_MASKS)
        .any(|(mark, need)| find_word(bytes, have, mark, need).is_some())
    {
        return None; // the common case
    }
    // The first certificate folder: whether it sits right under `.well-known`, and how many
    // segments follow it. The robot fetches one token file right inside; anything more is not
    // its proof.
    let (mut well_known, mut previous_well_known) = (false, false);
    let (mut cert, mut after, mut last) = (None, 0, "");
    for segment in super::split_at_byte(path, b'/').filter(|s| !s.is_empty()) {
        let is_well_known = is_ci(segment, ".well-known");
        if cert.is_some() {
            after += 1;
        } else if CERT_FOLDERS.iter().any(|c| is_ci(segment, c)) {
            cert = Some(previous_well_known);
        }
        well_known |= is_well_known;
        previous_well_known = is_well_known;
        last = segment;
    }
    let found = cert.is_some_and(|under| !under || after > 1) || (well_known && is_page(last));
    found.then(|| evidence(path, 80))
}

/// A web page's name (`x.php`, `x.html`, `x.aspx`), not a token, a text file or a JSON document.
#[inline(never)]
fn is_page(segment: &str) -> bool {
    let ending = super::last_dot(segment).map_or("", |d| &segment[d + 1..]);
    ending.len() <= 4
        && [&b"php"[..], b"htm", b"asp"]
            .iter()
            .any(|e| find_ci(ending.as_bytes(), e) == Some(0))
}

/// A word of a path segment (not an article's title) that holds a mail, file or payment
/// service's name glued to other letters, or a misspelling of one (`/pokagmail.html`,
/// `/naverfile/`, `/oneddrive`, `/dropbx.z/`).
pub fn service_glued_in_path(url: &ParsedUrl) -> Option<String> {
    let path = url.url.path();
    // A segment's letters are some of the path's: a word whose letters the whole path lacks
    // is in no segment. The words that remain are bits of `kit` and `glued`, so a segment
    // tries only those (on most paths none: no split, no search at all).
    let in_path = letters(path.as_bytes());
    let possible = |masks: &[u32]| {
        masks.iter().enumerate().fold(0u32, |set, (i, &need)| {
            set | u32::from(in_path & need == need) << i
        })
    };
    let (kit, glued) = (possible(&KIT_SERVICE_MASKS), possible(&GLUED_MASKS));
    if kit | glued == 0 {
        return None;
    }
    let is_glued = |segment: &&str| {
        let bytes = segment.as_bytes();
        let have = letters(bytes);
        let letter_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
        bits(kit)
            .any(|i| find_word(bytes, have, KIT_SERVICE_WORDS[i], KIT_SERVICE_MASKS[i]).is_some())
            || bits(glued).any(|i| {
                let (s, need) = (GLUED_SERVICES[i], GLUED_MASKS[i]);
                // Glued: a letter or digit right before or after the name, other than a
                // plural's "s" (`/economic-outlooks/`, `/blockchains/` are topics).
                find_word(bytes, have, s, need).is_some_and(|at| {
                    let end = at + s.len();
                    let plural =
                        bytes.get(end).is_some_and(|b| b | 32 == b's') && !letter_at(end + 1);
                    (at > 0 && letter_at(at - 1)) || (letter_at(end) && !plural)
                })
            })
    };
    super::split_at_byte(path, b'/')
        .filter(|segment| !is_slug(segment.as_bytes()))
        .find(is_glued)
        .map(|segment| evidence(segment, 60))
}

/// The positions of the set bits of `set`, lowest first.
fn bits(mut set: u32) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        let i = set.trailing_zeros();
        set &= set.wrapping_sub(1);
        (i < 32).then_some(i as usize)
    })
}

/// Three or more word separators (`-`, `_`, `+`, `%20`): an article's title, whose words are
/// what it is about.
fn is_slug(segment: &[u8]) -> bool {
    let mut count = 0;
    for (i, &b) in segment.iter().enumerate() {
        if matches!(b, b'-' | b'_' | b'+') || (b == b'%' && segment[i + 1..].starts_with(b"20")) {
            count += 1;
        }
    }
    count >= 3
}

/// The same folder twice in a row (`/kokoro/kokoro/`, `/cab_jo/cab_jo/`): a kit's archive
/// unpacked into a folder of its own name. Some sites' paths repeat a word too
/// (`/forums/forums/`), so this is a hint, never a warning alone.
pub fn repeated_folder(url: &ParsedUrl) -> Option<String> {
    let path = url.url.path();
    let mut previous = "";
    // Folders only: the last segment is a page or a listing (`/computer/computer` is a
    // catalogue's category page as often as a kit).
    let folders = path
        .bytes()
        .rposition(|b| b == b'/')
        .map_or("", |end| &path[..end]);
    for segment in super::split_at_byte(folders, b'/') {
        if segment.len() >= 3
            && segment == previous
            && segment.bytes().any(|b| b.is_ascii_alphabetic())
        {
            return Some(evidence(segment, 60));
        }
        previous = segment;
    }
    None
}

/// A host label that mixes Latin letters with Cyrillic, Greek or Armenian ones (`pаypal` with a
/// Cyrillic а), holds phonetic letters no language writes names with (`blockchɑin`, IPA ɑ), or
/// is written wholly in another script's letters that all look Latin (`асе.com`) under a
/// generic or Latin-script country ending. Browsers show such names as `xn--…` for the same
/// reason; the brand check reads them as Latin, this says so even when no brand is imitated.
pub fn confusable_host(url: &ParsedUrl) -> Option<String> {
    if !url.has_unicode_form() {
        return None; // plain ASCII: no letter of another script
    }
    let cyrillic_tld = is_code(NON_LATIN_COUNTRIES, url.tld());
    // The labels outside the public suffix: as many as the ASCII host has there.
    let own = url.label_iter().count();
    let spoof = super::split_dots(url.unicode_host())
        .take(own)
        .any(|label| {
            let kinds = label.chars().fold(0, |kinds, c| kinds | letter_kind(c));
            // IPA letters; another script mixed with Latin; or wholly look-alike letters.
            kinds & PHONETIC != 0
                || kinds & (LOOKALIKE | OTHER) != 0 && kinds & LATIN != 0
                || kinds & (LOOKALIKE | OTHER) == LOOKALIKE && !cyrillic_tld
        });
    spoof.then(|| url.unicode_host().to_string())
}

/// What kind of letter [`letter_kind`] found.
const LATIN: u8 = 1;
const PHONETIC: u8 = 2;
/// A Cyrillic, Greek or Armenian letter that reads as a Latin one (in [`LATIN_LOOKALIKES`]).
const LOOKALIKE: u8 = 4;
/// Any other letter outside ASCII and Latin (Cyrillic д, Chinese, Arabic…).
const OTHER: u8 = 8;

/// The kind of one character of a host label (0 for ASCII digits, hyphens and the like).
#[inline(never)]
fn letter_kind(c: char) -> u8 {
    match c as u32 {
        0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => LATIN,
        0x250..=0x2AF | 0x1D00..=0x1DBF => PHONETIC,
        _ if LATIN_LOOKALIKES.contains(&c) => LOOKALIKE,
        _ if c.is_ascii() => 0,
        _ => OTHER,
    }
}

/// A country ending inside the host after a name (`ebay.de.ineedpto.com`), where
/// [`super::shape::tld_inside_host`] (generic endings) found nothing. Not the first label
/// (`id.example.com`, `uk.example.com` are a site's country sections) nor after `www`.
pub fn country_inside_host(url: &ParsedUrl) -> Option<String> {
    let labels = url.label_list();
    let inside = labels
        .windows(3)
        .any(|w| is_code(COUNTRY_LABELS, w[1]) && w[0].len() >= 3 && !w[0].starts_with("www"))
        || labels.iter().any(|l| glued_country_ending(l));
    (inside && super::shape::tld_inside_host(url).is_none()).then(|| url.unicode_host().to_string())
}

/// Second-level endings of the countries whose offices and banks smishing imitates most,
/// as kits glue them into a name with a hyphen: `gov-uk.help`, `mygov-au.cc`, `co-nz.cc`,
/// `pajak-go-id.online`. The dot a country's own sites have (`gov.uk`) cannot be bought under
/// another ending, so the hyphen stands in for it. Pairs of a second-level word and a country.
const GLUED_ENDINGS: &[(&str, &str)] = &[
    ("gov", "uk"),
    ("co", "uk"),
    ("org", "uk"),
    ("gov", "au"),
    ("com", "au"),
    ("govt", "nz"),
    ("co", "nz"),
    ("gc", "ca"),
    ("gov", "in"),
    ("gov", "sg"),
    ("com", "sg"),
    ("gov", "my"),
    ("com", "my"),
    ("go", "id"),
    ("co", "id"),
    ("gov", "ph"),
    ("com", "ph"),
    ("gov", "za"),
    ("co", "za"),
    ("gov", "ng"),
    ("gov", "ie"),
];

/// Whether a label holds a country's second-level ending glued with hyphens ([`GLUED_ENDINGS`]):
/// `gov-uk`, `co-uk-refund`, `mygov-au` (a word ending in `gov`), never inside a longer word
/// (`taco-uk`, `deco-id`).
fn glued_country_ending(label: &str) -> bool {
    let mut pieces = label.split('-').peekable();
    while let Some(piece) = pieces.next() {
        let Some(&next) = pieces.peek() else {
            break;
        };
        let hit = GLUED_ENDINGS.iter().any(|(second, country)| {
            next == *country && (piece == *second || (*second == "gov" && piece.ends_with("gov")))
        });
        if hit {
            return true;
        }
    }
    false
}

/// Cyrillic and Greek letters that read as Latin ones (а с е о р х у і ј ѕ ԁ ӏ һ ԛ ԝ, ο α ν ρ ι
/// κ υ): a name written only with them passes for a Latin one. A short list rather than the
/// UTS #39 table, whose skeleton code costs kilobytes of Wasm here.
const LATIN_LOOKALIKES: [char; 22] = [
    'а', 'с', 'е', 'о', 'р', 'х', 'у', 'і', 'ј', 'ѕ', 'ԁ', 'ӏ', 'һ', 'ԛ', 'ԝ', 'ο', 'α', 'ν', 'ρ',
    'ι', 'κ', 'υ',
];

/// A login or account-fix word inside the name of a site on free hosting
/// (`secure-login-portal-outlook.el.r.appspot.com`, `updatemail.my-free.website`): anyone can
/// take such a name in a minute, and honest sites there are named after what they are about.
pub fn free_hosting_lure(url: &ParsedUrl) -> Option<String> {
    site_name_lure(url.head())
}

/// [`free_hosting_lure`] on a site's chosen name, wherever it is written (a host's labels, or
/// a path segment of a shared host: `url::sites`).
pub fn site_name_lure(name: &str) -> Option<String> {
    let head = name.as_bytes();
    LURE_WORDS
        .iter()
        .find(|w| {
            find_ci(head, w.as_bytes()).is_some_and(|at| {
                // "accounting", "accountant" and "accountability" are not an account to fix,
                // nor "quotations" a mailbox's quota.
                let rest = &head[at + w.len()..];
                ![&b"ing"[..], b"ant", b"ab", b"tion"]
                    .iter()
                    .any(|t| rest.starts_with(t))
            })
        })
        .map(|w| w.to_string())
}

/// Words that name online gambling (judol) and nothing else in a host name.
pub(super) const GAMBLING_WORDS: &[&str] = &[
    "gacor",
    "maxwin",
    "togel",
    "sbobet",
    "judol",
    "situsjudi",
    "agenjudi",
    "bandarjudi",
    "judionline",
    "judislot",
    "judibola",
    // Proof of a jackpot, togel result charts and "accurate numbers": nothing else in a name.
    "buktijp",
    "paito",
    "angkajitu",
    "rtplive",
    "bocoranrtp",
    "prediksitogel",
    "prediksisgp",
    "prediksihk",
    "prediksisdy",
    // Togel markets' result pages ("Hongkong pools", "Sydney pools").
    "hkpools",
    "sgppools",
    "sdypools",
    "totopools",
    "macaupools",
    // The slot games judol sites are named after, and their makers: Pragmatic Play's "Gates of
    // Olympus" (its mascot "kakek Zeus", grandpa Zeus), "Sweet Bonanza", "Starlight Princess",
    // PG Soft's "Mahjong Ways", and the players' "scatter hitam" (black scatter).
    "mahjongways",
    "gatesofolympus",
    "sweetbonanza",
    "starlightprincess",
    "kakekzeus",
    "scatterhitam",
    "pragmaticplay",
    "pgsoft",
    // Football betting's bookies and its accumulator bet ("bandar bola", "agen bola", "mix
    // parlay"), online cockfight betting ("sabung ayam", SV388), the card games of the judol
    // poker rooms (DominoQQ, BandarQ, PKV Games), and the players' "bocoran admin" (the
    // admin's tip-off).
    "bandarbola",
    "agenbola",
    "mixparlay",
    "parlaybola",
    "sabungayam",
    // The Philippines' online cockfight betting, banned in 2022 and planted on its government
    // sites since (`/uploads/online-sabong-casino/`).
    "esabong",
    "onlinesabong",
    "sabongonline",
    "sv388",
    "dominoqq",
    "bandarq",
    "pkvgames",
    "bocoranadmin",
];

/// Poker rooms, the judol operators' own (`masukkudapoker`, `idnpoker88`) and the rest, in the
/// name a site bought: a shared host's subdomain is its topic (`poker.wikia.com`, a wiki).
/// Not "casino", a French supermarket chain and many a music hall's name.
const POKER: &[u8] = b"poker";
const POKER_MASK: u32 = letters(POKER);

/// Places whose names togel "markets" (pasaran) borrow, the results of draws no one holds:
/// `tokyopools`, `taiwanlotto-official`, `kanagawalottery`, `bandung-pools`. A place with
/// [`MARKET_ENDS`] right after it (a hyphen between them allowed) names such a market; a
/// place's real lottery is named otherwise (`singaporepools`, `floridalottery`: not listed).
const TOGEL_PLACES: &[&[u8]] = &[
    b"hongkong",
    b"sydney",
    b"taiwan",
    b"china",
    b"japan",
    b"tokyo",
    b"osaka",
    b"nagoya",
    b"kanagawa",
    b"fujiyama",
    b"shanghai",
    b"beijing",
    b"macau",
    b"cambodia",
    b"bangkok",
    b"seoul",
    b"busan",
    b"manila",
    b"laos",
    b"vietnam",
    b"hanoi",
    b"korea",
    b"thailand",
    b"bullseye",
    b"eropa",
    b"bandung",
    b"sulawesi",
    b"jakarta",
    b"bali",
];

/// What a togel market's name ends with after its place.
const MARKET_ENDS: &[&[u8]] = &[b"pools", b"lotto", b"lottery"];

const POOLS: u32 = letters(b"pools");
const LOTTO: u32 = letters(b"lotto");

/// A togel market's name in `host`: one of [`TOGEL_PLACES`] right before one of
/// [`MARKET_ENDS`] (`chinapoolsnight`, `eropa-pools`). Not the word alone: swimming-pool
/// builders and sportswear (`Lotto`) carry it too.
fn togel_market(host: &[u8], have: u32) -> bool {
    if have & POOLS != POOLS && have & LOTTO != LOTTO {
        return false;
    }
    (0..host.len()).any(|at| {
        matches!(host[at], b'p' | b'l')
            && MARKET_ENDS.iter().any(|end| host[at..].starts_with(end))
            && {
                let before = &host[..at];
                let before = before.strip_suffix(b"-").unwrap_or(before);
                TOGEL_PLACES.iter().any(|place| before.ends_with(place))
            }
    })
}

/// Judol words that are only judol beside a number or another of these words: "slot" (a
/// booking site's `timeslot`), "toto" (the toilet maker), "rtp", and the slot games' names.
/// "Hoki" (luck) and "naga" (dragon) name judol brands beside a number (`pphoki99`,
/// `naga303`), and only there.
pub(super) const GAMBLING_STEMS: &[&str] = &[
    "slot", "toto", "rtp", "zeus", "olympus", "mahjong", "hoki", "naga",
];
const GAMBLING_WORD_MASKS: [u32; GAMBLING_WORDS.len()] = masks(GAMBLING_WORDS);

/// For each byte, the [`GAMBLING_WORDS`] (a bit each, by index) that start with it.
const WORD_FIRST_BYTES: [u64; 256] = {
    assert!(GAMBLING_WORDS.len() <= 64, "one bit per word in a u64");
    let mut table = [0u64; 256];
    let mut i = 0;
    while i < GAMBLING_WORDS.len() {
        let first = GAMBLING_WORDS[i].as_bytes()[0] as usize;
        table[first] |= 1 << i;
        i += 1;
    }
    table
};

/// Whether one of [`GAMBLING_WORDS`] is in `name` (lower case), whose [`letters`] are `have`:
/// the words whose letters it has, as a bit each, then one walk over it where a table of first
/// bytes says which may start at each byte (a search per word cost more as the list grew).
fn gambling_word_in(name: &[u8], have: u32) -> bool {
    let mut live = 0u64;
    for (i, need) in GAMBLING_WORD_MASKS.iter().enumerate() {
        if have & need == *need {
            live |= 1 << i;
        }
    }
    live != 0
        && (0..name.len()).any(|at| {
            let mut starting = WORD_FIRST_BYTES[usize::from(name[at])] & live;
            while starting != 0 {
                let word = GAMBLING_WORDS[starting.trailing_zeros() as usize].as_bytes();
                starting &= starting - 1;
                if name[at..].starts_with(word) {
                    return true;
                }
            }
            false
        })
}
const GAMBLING_STEM_MASKS: [u32; GAMBLING_STEMS.len()] = masks(GAMBLING_STEMS);

/// For each byte, the [`GAMBLING_STEMS`] (a bit each, by index) that start with it.
const STEM_FIRST_BYTES: [u8; 256] = {
    assert!(GAMBLING_STEMS.len() <= 8, "one bit per stem in a u8");
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < GAMBLING_STEMS.len() {
        let first = GAMBLING_STEMS[i].as_bytes()[0] as usize;
        table[first] |= 1 << i;
        i += 1;
    }
    table
};

/// What may stand beside a [`GAMBLING_STEMS`] word to make it judol (`slotgacor`, `dewaslot`,
/// `rtpslot`, `toto88`); digits count too. Not "live": `totolive.sportstoto.com.my` is
/// Malaysia's licensed lottery.
pub(super) const GAMBLING_NEIGHBOURS: &[&str] = &[
    "slot", "gacor", "online", "demo", "resmi", "vip", "hoki", "situs", "link", "agen", "bandar",
    "daftar", "raja", "dewa", "toto", "maxwin", "thailand", "kamboja", "jp", "jitu", "sakti",
    "mantap", "pola", "cuan", "scatter", "mahjong", "zeus", "prediksi", "bocoran",
    // Deposits by phone credit or QR payment ("slot deposit pulsa", "depo qris"), and the
    // togel markets "Toto Macau" and "Togel SGP".
    "deposit", "depo", "pulsa", "qris", "macau", "sgp",
];

const TOTO_MASK: u32 = letters(b"toto");

/// A name of two letters or more ending in "toto" (`peraktoto`, `sorongtoto`, `dentoto`,
/// `bwtoto`): togel sites take a word, a town, a slogan or two letters and add "toto", by the
/// thousand. No word of the 100,000 most frequent English, Indonesian or Malay ones ends so
/// (wordfreq). Not "toto" alone (the toilet maker) nor glued to a word after it
/// (`totobarong`, judged with its neighbours above), nor Malaysia's licensed lottery, Sports
/// Toto (`sportstoto.com.my`), nor the Japanese "ototo" (a younger brother).
fn named_toto(host: &[u8]) -> bool {
    letter_runs(host).any(|token| {
        token.len() >= 6 && token.ends_with(b"toto") && !token.ends_with(b"sportstoto")
    })
}

/// The runs of letters in a host, between dots, dashes, digits and underscores.
pub(super) fn letter_runs(host: &[u8]) -> impl Iterator<Item = &[u8]> {
    host.split(|b| !b.is_ascii_alphabetic())
        .filter(|t| !t.is_empty())
}

/// The numbers judol brands carry (`hoki99`, `garuda4d`, `naga303`, `asia138`).
pub(super) const LUCKY_NUMBERS: &[&[u8]] = &[
    b"88", b"77", b"99", b"138", b"168", b"188", b"303", b"777", b"888", b"999", b"4d", b"365",
];

/// "365" is judol's only on the cheap endings: elsewhere it names office suites and shops.
const CHEAP_ENDING_ONLY: &[u8] = b"365";

/// Letters (and digits after a letter) a judol name may carry after its number: a brand's
/// mirrors and variants (`agen77g`, `alfabet99win`, `api88ok`).
const MAX_AFTER_NUMBER: usize = 4;

/// The endings most honest sites live on, where a scam's words in a name say little because
/// honest names use them too: the old generic endings and the ones small businesses and people
/// use like them (`.co`, `.io`, `.me`, `.app`), Indonesia's, those of places where 8, 88 and
/// 168 are ordinary lucky numbers in shop names, and big markets' country endings. Outside
/// them, on the judol and drainer lists, a judol number or a drainer's offer in a name is
/// nearly always the scam's (`agen77g.lat`, `doodles-claim.xyz`, `allocation-pyth.network`).
const MAINSTREAM_ENDINGS: &[&str] = &[
    "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "co", "io", "me", "us", "app",
    "id", "my", "sg", "cn", "hk", "tw", "cc", "jp", "kr", "vn", "th", "uk", "au", "de", "nl", "fr",
    "it", "es", "ca", "in", "eu", "br", "ru", "pl",
];

/// Whether `url` is on one of the [`MAINSTREAM_ENDINGS`], or under a suffix of more than one
/// label (`com.br`, a hosting suffix such as `github.io`: judged by its own rules).
pub(super) fn on_mainstream_ending(url: &ParsedUrl) -> bool {
    MAINSTREAM_ENDINGS.contains(&url.tld()) || url.suffix() != Some(url.tld())
}

/// A name of two letters or more with a judol brand's number after a letter, and at most a
/// short tag after it (`abang99`, `aksara4d`, `lgo188`, `agen77g`, `alfabet99win`). Honest
/// names carry such numbers too, so it is asked on the cheap endings scam sites favour
/// (`cheap_ending`: `url.risky-tld`) and on other endings that are a top-level domain on its
/// own, but not on [`MAINSTREAM_ENDINGS`] nor on hosting suffixes (`rudy88.github.io` is a
/// person). Measured 2026-11-30: asked beyond the cheap endings and with a tag allowed, it
/// flags 1,043 more of the 70 % of BrigsLabs' judol list used for choosing (424 more of the
/// 30 % held out: 14.2 → 18.0 %), and none of the legitimate URLs of urls.jsonl, the top 500,
/// the 6,540 links of the benign pages or BrigsLabs' 1,062 whitelisted hosts.
///
/// On the mainstream endings the name counts beside a judol mirror's word in the same label
/// (`dewa4d-link.com`, `garuda4d-alternatif.net`, `hoki99-login.com`): blocked judol sites
/// send players to a "link alternatif" under such names, and an honest shop's lucky number
/// goes with its own words (`route88-motel`, `kedai88-jaya`).
pub fn lucky_number_name(url: &ParsedUrl, cheap_ending: bool) -> bool {
    let head = url.head().as_bytes();
    if !cheap_ending && on_mainstream_ending(url) {
        return head.split(|&b| b == b'.').any(judol_mirror_label);
    }
    head.split(|&b| b == b'.' || b == b'-')
        .any(|token| lucky_token(token, cheap_ending))
}

/// The words a blocked judol site's mirror is named with beside its brand: its "alternative
/// link", its login or sign-up page, "official".
const MIRROR_WORDS: &[&[u8]] = &[
    b"link",
    b"links",
    b"alternatif",
    b"alternative",
    b"login",
    b"daftar",
    b"resmi",
    b"situs",
    b"masuk",
    b"wap",
];

/// Whether a host label holds a judol brand's number name ([`lucky_token`], not "365") beside
/// a [`MIRROR_WORDS`] piece: `dewa4d-link`, `link-alternatif-garuda4d`.
fn judol_mirror_label(label: &[u8]) -> bool {
    // Most labels have no digit, and so no judol number: one scan turns them away.
    if !label.iter().any(u8::is_ascii_digit) || !label.contains(&b'-') {
        return false;
    }
    let pieces = || label.split(|&b| b == b'-').filter(|p| !p.is_empty());
    pieces().any(|p| lucky_token(p, false)) && pieces().any(|p| MIRROR_WORDS.contains(&p))
}

/// Whether `token` is a [`lucky_number_name`]'s name.
fn lucky_token(token: &[u8], cheap_ending: bool) -> bool {
    if token.len() < 4
        || !token[..2].iter().all(u8::is_ascii_alphabetic)
        || !token.iter().all(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    // Each place where digits start after a letter.
    (2..token.len())
        .filter(|&at| token[at].is_ascii_digit() && token[at - 1].is_ascii_alphabetic())
        .any(|at| {
            let after = &token[at..];
            LUCKY_NUMBERS.iter().any(|n| {
                after.starts_with(n)
                    && (cheap_ending || *n != CHEAP_ENDING_ONLY)
                    && match &after[n.len()..] {
                        [] => true,
                        tag => tag.len() <= MAX_AFTER_NUMBER && tag[0].is_ascii_alphabetic(),
                    }
            })
        })
}

/// A host named after online gambling: `slotgacor88.xyz`, `togelhk.net`, `rtpslot-live.site`,
/// `polototo168.com`. Judol sites are registered by the thousand under names that advertise
/// them, faster than any block list can follow. On the gambling domains of a list the default
/// pack does not ship (BrigsLabs' judol list, 37,078 not in TrustPositif's) 8 % carry such a
/// name; of 5,715 URLs labelled legitimate, the top 500 sites and 1,062 whitelisted domains,
/// one (`togel4dbet.net`, a gambling site labelled legitimate).
pub fn gambling_host(url: &ParsedUrl) -> Option<String> {
    if url.is_ip {
        return None;
    }
    let judol = gambling_name(&url.host)
        || (letters(url.host.as_bytes()) & POKER_MASK == POKER_MASK
            && url
                .registrable()
                .is_some_and(|r| find_ci(r.as_bytes(), POKER).is_some()));
    judol.then(|| url.unicode_host().to_string())
}

/// Whether `name` (lower-case ASCII letters, digits, dots and hyphens: a host, or a folder's
/// name written like one, `super::institution`) is named after online gambling by the words of
/// [`gambling_host`]: judol words, a stem beside a number or another such word, betting names,
/// a name ending in "toto", a togel market.
pub(super) fn gambling_name(name: &str) -> bool {
    let host = name.as_bytes();
    let have = letters(host);

    let is_neighbour = |piece: &[u8], after: bool| {
        // One hyphen may stand between them: `rtp-slot-live`, `link-slot88`.
        let piece = if after {
            piece.strip_prefix(b"-").unwrap_or(piece)
        } else {
            piece.strip_suffix(b"-").unwrap_or(piece)
        };
        let digit = if after { piece.first() } else { piece.last() };
        digit.is_some_and(u8::is_ascii_digit)
            || GAMBLING_NEIGHBOURS.iter().any(|n| {
                let n = n.as_bytes();
                if after {
                    piece.starts_with(n)
                } else {
                    piece.ends_with(n)
                }
            })
    };
    // The judol words spelt across hyphens too (`situs-judi-terpercaya`, `hk-pools`): the
    // host's name without its hyphens, on the stack (longer hosts are read as they are).
    let mut joined_buf = [0u8; 128];
    let joined: &[u8] = if host.contains(&b'-') && host.len() <= joined_buf.len() {
        let mut n = 0;
        for &b in host.iter().filter(|&&b| b != b'-') {
            joined_buf[n] = b;
            n += 1;
        }
        &joined_buf[..n]
    } else {
        host
    };
    gambling_word_in(joined, have)
        || {
            // The stems whose letters the host has, as a bit each; then one walk over the
            // host, where a table of first bytes says which of them may start at each byte
            // (a walk per stem was a twelfth of a plain URL's check).
            let mut live = 0u8;
            for (i, need) in GAMBLING_STEM_MASKS.iter().enumerate() {
                if have & need == *need {
                    live |= 1 << i;
                }
            }
            live != 0
                && (0..host.len()).any(|at| {
                    let mut starting = STEM_FIRST_BYTES[usize::from(host[at])] & live;
                    while starting != 0 {
                        let stem = GAMBLING_STEMS[starting.trailing_zeros() as usize].as_bytes();
                        starting &= starting - 1;
                        if host[at..].starts_with(stem)
                            && (is_neighbour(&host[at + stem.len()..], true)
                                || is_neighbour(&host[..at], false))
                        {
                            return true;
                        }
                    }
                    false
                })
        }
        || super::betting::betting_host(name, have)
        || (have & TOTO_MASK == TOTO_MASK && named_toto(host))
        || togel_market(host, have)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(u: &str) -> ParsedUrl {
        let list =
            crate::url::suffix::tests::list("com net org id co.id appspot.com r.appspot.com");
        ParsedUrl::parse(u, &list).expect("valid")
    }

    #[test]
    fn kit_queries() {
        let hit = |u: &str| kit_query(&parse(u));
        assert_eq!(
            hit("http://a.example.com/x/login.php?cmd=login_submit&id=8f02a5&session=8f02a5")
                .as_deref(),
            Some("login_submit&id=8f02a5&session=8f02a5")
        );
        assert!(hit("http://a.example.com/m.i.php?.rand=13InboxLight.aspx?n=1774256418").is_some());
        assert!(hit("https://shop.example.com/search?q=login&submit=1").is_none());
        assert!(hit("https://a.example.com/img.png?rand=0.1234").is_none());
        assert!(
            hit("https://a.example.com/login_submit").is_none(),
            "the path is not the query"
        );
    }

    #[test]
    fn certificate_folders_hide_kits() {
        let hit = |u: &str| kit_hideout(&parse(u));
        assert!(
            hit("https://a.example.com/demo/.well-known/pki-validation/gh/n7j.php?x").is_some()
        );
        assert!(hit("http://mail.example.nl/~u43730p39181/pki-validation").is_some());
        assert!(hit("https://a.example.com/.well-known/acme-challenge/login.html").is_some());
        // What the certificate robot and other programs fetch.
        assert!(hit("https://a.example.com/.well-known/pki-validation/3F2A9C.txt").is_none());
        assert!(hit("https://a.example.com/.well-known/acme-challenge/x-Yz_09aBc").is_none());
        assert!(hit("https://a.example.com/.well-known/security.txt").is_none());
        assert!(hit("https://a.example.com/.well-known/openid-configuration").is_none());
        assert!(hit("https://a.example.com/docs/domain-validation/").is_none());
    }

    #[test]
    fn services_glued_into_folder_names() {
        let hit = |u: &str| service_glued_in_path(&parse(u));
        assert_eq!(
            hit("http://www.example.co/includes/pokagmail.html").as_deref(),
            Some("pokagmail.html")
        );
        assert!(hit("http://a.example.com/asset/WellsEmail/WellsEmail/login.php").is_none());
        assert!(hit("http://a.example.com/A/3/naverfile/naver.html").is_some());
        assert!(hit("https://a.example.com/huy/oneddrive").is_some());
        assert!(hit("https://a.example.org/dropbx.z/document.html").is_some());
        assert!(hit("http://a.example.com/keramika/excelzz/bizmail.php?email=").is_some());
        // The name alone is another signal's; an article's title is what it is about.
        assert!(hit("https://a.example.com/dropbox/").is_none());
        assert!(hit("https://a.example.com/onedrive/share").is_none());
        assert!(hit("https://blog.example.com/how-to-clear-gmail-inbox-fast/").is_none());
        assert!(hit("https://shop.example.com/purchase/pineapple").is_none());
        assert!(hit("https://imf.example.org/en/economic-outlooks/2024").is_none());
        assert!(hit("https://news.example.com/topics/blockchains").is_none());
    }

    #[test]
    fn folders_extracted_into_themselves() {
        let hit = |u: &str| repeated_folder(&parse(u));
        assert_eq!(
            hit("http://a.example.com/wp-admin/images/kokoro/kokoro/Webmail.htm").as_deref(),
            Some("kokoro")
        );
        assert!(hit("http://a.example.com/volare/cab/cab/").is_some());
        assert!(
            hit("https://a.example.com/2020/2020/x").is_none(),
            "numbers are not names"
        );
        assert!(hit("https://a.example.com/shop/computer/computer").is_none());
        assert!(hit("https://a.example.com/a/a/a").is_none());
    }

    #[test]
    fn look_alike_letters_in_hosts() {
        let hit = |u: &str| confusable_host(&parse(u));
        // blockchɑin (IPA ɑ), pаypal (Cyrillic а among Latin letters), асе (all Cyrillic).
        assert!(hit("https://xn--blockchin-c2d.com/").is_some());
        assert!(hit("https://xn--pypal-4ve.com/").is_some());
        assert!(hit("https://xn--80ak9a.com/").is_some());
        // German and Vietnamese words, a Russian name under .ru, plain ASCII.
        assert!(hit("https://www.xn--mhringen-n4a.de/").is_none());
        assert!(hit("https://xn--80ak9a.ru/").is_none());
        // A Russian word whose letters do not all look Latin (рпа: п does not).
        assert!(hit("https://xn--80a3ac.com/").is_none());
        assert!(hit("https://xn--e1afmkfd.com/").is_none()); // пример, "example"
        assert!(hit("https://www.example.com/").is_none());
    }

    #[test]
    fn country_endings_inside_hosts() {
        let hit = |u: &str| country_inside_host(&parse(u));
        assert!(hit("http://store.ebay.de.ineedpto.com/").is_some());
        assert!(hit("http://hostpoint.ch.hebetec.ch.p2aexpertise.com/9167/").is_some());
        assert!(hit("https://id.example.com/").is_none());
        assert!(hit("https://www.de.example.com/").is_none());
        assert!(hit("https://shop.example.co.id/").is_none());
        // Generic endings are the other check's.
        assert!(hit("http://paypal.com.de.example.com/").is_none());
        // A country's second-level ending glued in with a hyphen.
        assert!(hit("https://winterfuel-payment.gov-uk.help/").is_some());
        assert!(hit("https://centrelink-support.mygov-au.cc/").is_some());
        assert!(hit("https://nzpost-reschedule.co-nz.cc/").is_some());
        assert!(hit("https://britishgas-refunds.co-uk.online/").is_some());
        assert!(hit("https://pajak-go-id.online/lapor").is_some());
        // Words that merely end like one, and a country's own second-level ending.
        assert!(hit("https://taco-uk.com/").is_none());
        assert!(hit("https://deco-id.com/").is_none());
        assert!(hit("https://www.gov.uk/").is_none());
        assert!(hit("https://co-op.co.uk/").is_none());
    }

    #[test]
    fn judol_names_beside_a_mirrors_words_on_mainstream_endings() {
        let hit = |u: &str| lucky_number_name(&parse(u), false);
        assert!(hit("https://dewa4d-link.com/daftar"));
        assert!(hit("https://link-alternatif-kilat4d.net/"));
        assert!(hit("https://hoki99-login.com/"));
        // A shop's lucky number with its own words, a login subdomain, "365".
        assert!(!hit("https://route88-motel.com/"));
        assert!(!hit("https://kedai88-jaya.com/"));
        assert!(!hit("https://login.toko88.com/"));
        assert!(!hit("https://office365-login.com/"));
    }

    #[test]
    fn gambling_names_read_the_same_in_hosts_and_slugs() {
        for name in [
            "slotgacor88",
            "mahjongways",
            "live-casino-online",
            "totomacau",
            "sv388",
        ] {
            assert!(gambling_name(name), "{name}");
        }
        for name in ["slot", "toto", "live", "casino-de-paris", "macau-travel"] {
            assert!(!gambling_name(name), "{name}");
        }
    }

    #[test]
    fn lure_words_in_free_hosted_names() {
        let hit = |u: &str| free_hosting_lure(&parse(u));
        assert_eq!(
            hit("http://secure-login-portal-outlook.el.r.appspot.com/").as_deref(),
            Some("login")
        );
        assert!(hit("https://verif-main2d.appspot.com").is_some());
        assert!(hit("https://accountingtips.appspot.com/").is_none());
        assert!(hit("https://mcupdate.appspot.com/").is_none());
        assert!(hit("https://resepmasakanibu.appspot.com/").is_none());
    }
}
