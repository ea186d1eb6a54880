//! Government, academic and school sites, and the online-gambling pages planted on them.
//!
//! Judol operators break into the sites of Indonesian offices, universities and schools (and
//! other countries' `gov` and `edu` sites) and add pages whose addresses are their search
//! engine slugs: `siakad.univ-x.ac.id/slot-gacor/`, `dinkes.x.go.id/?id=slot-gacor-maxwin`,
//! `smkn3.sch.id/assets/judi/toto-4d.html`, `e-journal.x.ac.id/index.php/amp/slot88/`. The
//! site's standing carries the pages up the search results. A folder, page or query value
//! named only with judol words is such a page: an office writes about online gambling in
//! sentences (`/berita/komdigi-blokir-ribuan-situs-judi-online`, a seminar on the dangers of
//! "judi online"), and lists its articles under tags and searches (`/tag/togel`, `?s=slot`).
//!
//! The words are [`super::kit::gambling_name`]'s, the test `url.gambling-host` puts to host
//! names, asked of the slug written like a host (`slot-gacor`), with the words "judi" and
//! "judol" left out of it: news and notices name the crime so, the slugs sell a game.

use super::ParsedUrl;
use super::kit::{GAMBLING_NEIGHBOURS, GAMBLING_STEMS, GAMBLING_WORDS, LUCKY_NUMBERS};

/// Indonesian second-level endings that only institutions can register (PANDI asks for their
/// papers): offices, universities, schools, organisations, villages, the military, Islamic
/// boarding schools (`go.id`, `ac.id`, `sch.id`, `or.id`, `desa.id`, `mil.id`, `ponpes.id`).
const INDONESIAN_INSTITUTIONS: &[&str] = &["go", "ac", "sch", "or", "desa", "mil", "ponpes"];

/// Second-level labels of countries' endings for governments, the military, universities and
/// schools (`gov.my`, `go.jp`, `ac.uk`, `edu.au`, `gob.mx`, `gouv.fr`).
const INSTITUTION_LABELS: &[&str] = &[
    "gov", "go", "gob", "gouv", "govt", "mil", "edu", "ac", "sch",
];
/// The government's and the military's of them: nobody else registers there.
const GOVERNMENT_LABELS: &[&str] = &["gov", "go", "gob", "gouv", "govt", "mil"];

/// Whether `url` is on a government's, a university's, a school's or (in Indonesia) a vetted
/// organisation's site, by its ending: the hand-written list of `rules/hosting.toml` names
/// some, this covers every country's `gov.xx`, `edu.xx`, `ac.xx`.
pub fn institutional_suffix(url: &ParsedUrl) -> bool {
    suffix_of_kind(
        url,
        INSTITUTION_LABELS,
        INDONESIAN_INSTITUTIONS,
        &["gov", "edu", "mil"],
    )
}

/// Whether `url` is under an ending only a government (or its military) registers:
/// `go.id`, `mil.id`, `gov`, `gov.uk`, `go.jp`…
pub fn government_only(url: &ParsedUrl) -> bool {
    suffix_of_kind(url, GOVERNMENT_LABELS, &["go", "mil"], &["gov", "mil"])
}

/// Whether `url`'s public suffix is one of `tlds`, or a second level named by one of
/// `indonesian` under `id` or by one of `labels` under another two-letter country code
/// (`gov.my`). Read from the suffix the URL was split at: a URL check asks this of every host,
/// so no walk over the host's labels.
fn suffix_of_kind(url: &ParsedUrl, labels: &[&str], indonesian: &[&str], tlds: &[&str]) -> bool {
    let Some(suffix) = url.suffix() else {
        return false; // an IP address
    };
    let Some(dot) = super::first_dot(suffix) else {
        return one_of(suffix, tlds);
    };
    let (first, country) = (&suffix[..dot], &suffix[dot + 1..]);
    match country {
        "id" => one_of(first, indonesian),
        _ => country.len() == 2 && !country.contains('.') && one_of(first, labels),
    }
}

/// Whether `s` is one of `words`, compared byte by byte: these are a few letters each, and
/// `==` on strings calls `memcmp` for every word of the same length (`com` and `gov`).
fn one_of(s: &str, words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| w.len() == s.len() && w.bytes().zip(s.bytes()).all(|(a, b)| a == b))
}

/// Folders whose pages list what a site wrote about a word (`/tag/judi-online`,
/// `/search/label/togel`), not a page named with it.
const LISTING_FOLDERS: &[&str] = &[
    "tag",
    "tags",
    "label",
    "labels",
    "kategori",
    "category",
    "categories",
    "topik",
    "topic",
    "topics",
    "search",
    "cari",
    "pencarian",
    "hashtag",
    "keyword",
    "keywords",
];

/// Query keys of searches and listings: `?s=slot+gacor` is what someone looked for.
const SEARCH_KEYS: &[&str] = &[
    "s", "q", "search", "query", "keyword", "keywords", "cari", "k", "kata", "tag", "tags", "term",
    "kategori", "category", "topic", "topik",
];

/// Words a judol slug is made of besides [`GAMBLING_WORDS`], [`GAMBLING_STEMS`] and
/// [`GAMBLING_NEIGHBOURS`]: games and their providers, markets, deposit methods, the slogans
/// ("anti rungkad", "gampang menang") and the words of a mirror (`link`, `alternatif`,
/// `login`). Ordinary words among them (`hari`, `ini`, `data`, `live`) only let a slug through;
/// the judol words themselves must make it one ([`super::kit::gambling_name`]).
#[rustfmt::skip]
const SLUG_WORDS: &[&str] = &[
    "judi", "slots", "casino", "kasino", "poker", "bet", "bola", "parlay", "taruhan", "sabung",
    "ayam", "domino", "qq", "pkv", "ceme", "baccarat", "roulette", "jackpot", "spin", "freebet",
    "freespin", "bonus", "wd", "withdraw", "dana", "ovo", "gopay", "tanpa", "potongan", "login",
    "masuk", "alternatif", "terpercaya", "terbaik", "terbaru", "terlengkap", "terbesar",
    "official", "hari", "ini", "malam", "gratis", "angka", "keluaran", "pengeluaran", "result",
    "data", "live", "hk", "hongkong", "singapore", "sdy", "sydney", "pools", "thai", "cambodia",
    "vietnam", "myanmar", "rusia", "russia", "jepang", "japan", "korea", "china", "server", "luar",
    "negeri", "pragmatic", "play", "pg", "soft", "habanero", "joker", "idn", "mpo", "sultan",
    "kakek", "merah", "petir", "hitam", "putih", "mania", "new", "member", "anti", "rungkad", "x",
    "gampang", "menang", "mudah", "cepat", "super", "mega", "win", "wins", "princess", "starlight",
    "gates", "gate", "of", "sweet", "bonanza", "aztec", "koi", "wild", "ways", "amp", "id", "indo",
    "indonesia", "asia", "gaming", "game", "games", "mix", "apk", "wap", "online", "sabong",
    "esabong",
];

/// Letters a slug may hold at most, and its pieces (runs of letters): a slug names a game in a
/// few words, a sentence needs more.
const MAX_SLUG_BYTES: usize = 64;
const MAX_SLUG_PIECES: usize = 6;

/// The first folder, page or query value of `url` named only with judol words
/// (`slot-gacor`, `toto-4d.html`, `?id=slot-gacor-maxwin`), outside tag and search listings.
/// Asked only on institutional hosts ([`institutional_suffix`]), where such a name is a page
/// planted by a break-in.
pub fn judol_page(url: &ParsedUrl) -> Option<String> {
    let path = url.url.path();
    let mut previous = "";
    for segment in super::split_at_byte(path, b'/').filter(|s| !s.is_empty()) {
        let listed = LISTING_FOLDERS
            .iter()
            .any(|f| f.eq_ignore_ascii_case(previous));
        if !listed && judol_slug(segment) {
            return Some(super::kit::evidence(segment, 60));
        }
        previous = segment;
    }
    let query = url.url.query()?;
    for pair in super::split_at_byte(query, b'&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        if SEARCH_KEYS.iter().any(|k| k.eq_ignore_ascii_case(key)) {
            continue;
        }
        if judol_slug(key) || judol_slug(value) {
            return Some(super::kit::evidence(pair, 60));
        }
    }
    None
}

/// Whether `segment` (a folder, a page, a query key or value) is a judol slug: at most
/// [`MAX_SLUG_PIECES`] runs of letters, each made wholly of judol and slug words, numbers only
/// where judol brands carry them (`88`, `4d`; a `slot-10` is a booking's time slot), a judol
/// brand's word with its own number (`sor789`) let through, and a name
/// [`super::kit::gambling_name`] takes for gambling once "judi" and "judol" are left out (with
/// them, only in a slug of three pieces or more).
#[inline(never)] // two callers (`judol_page`, `url::slug`): one copy in the Wasm
pub(super) fn judol_slug(segment: &str) -> bool {
    let name = super::path::strip_page_ending(segment).unwrap_or(segment);
    let b = name.as_bytes();
    if b.len() < 4 || b.len() > MAX_SLUG_BYTES {
        return false;
    }
    // The slug's pieces glued together, lower case, numbers kept only where judol brands
    // carry them (at most every byte of the slug): without the words "judi" and "judol" in
    // `out`, with them in `all`.
    let mut out = Glued::default();
    let mut all = Glued::default();
    let mut pieces = 0;
    // Whether the slug says "judi" or "judol", the crime's name.
    let mut crime = false;
    let mut i = 0;
    while i < b.len() {
        let start = i;
        if b[i].is_ascii_alphabetic() {
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            pieces += 1;
            let mut lower = [0u8; MAX_SLUG_BYTES];
            let run = &mut lower[..i - start];
            run.copy_from_slice(&b[start..i]);
            run.make_ascii_lowercase();
            // A judol brand's name is any word with its number glued on (`sor789`, `indo688`):
            // it lets a slug through, the judol words beside it must still make it one.
            let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            let brand = (2..=8).contains(&run.len()) && (2..=4).contains(&digits);
            if pieces > MAX_SLUG_PIECES || !(brand || slug_words(run)) {
                return false;
            }
            if run == b"judi" || run == b"judol" {
                crime = true;
            } else {
                out.push(run);
            }
            all.push(run);
        } else if b[i].is_ascii_digit() {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            // A togel bet's "4d" (four digits): one or two digits and a "d".
            if i - start <= 2 && i < b.len() && b[i] | 0x20 == b'd' {
                i += 1;
            }
            let mut lower = [0u8; MAX_SLUG_BYTES];
            let number = &mut lower[..i - start];
            number.copy_from_slice(&b[start..i]);
            number.make_ascii_lowercase();
            if LUCKY_NUMBERS.contains(&&number[..]) {
                out.push(number);
                all.push(number);
            }
        } else if b[i] == b'%'
            && b.get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
        {
            i += 3; // an escaped separator (`%20`), not its digits
        } else {
            i += 1;
        }
    }
    // The pieces are glued (`casinoonline`, `slot88gacor`): every one is a judol or slug word
    // or a number, so no honest word is made across them, and the host test's neighbours then
    // meet without a hyphen between.
    let judol = |name: &[u8]| std::str::from_utf8(name).is_ok_and(super::kit::gambling_name);
    // "judi" and "judol" name the crime in news and notices (`/judi-online/`, `/judi-slot/`),
    // so the rest must be judol on its own; three pieces or more with them are a slug that
    // sells the game (`judi-bola-online`, `situs-judi-slot-online`).
    (out.len > 0 && judol(out.bytes())) || (crime && pieces >= 3 && judol(all.bytes()))
}

/// Pieces of a slug glued together on the stack (a slug has at most [`MAX_SLUG_BYTES`]).
struct Glued {
    buf: [u8; MAX_SLUG_BYTES],
    len: usize,
}

impl Default for Glued {
    fn default() -> Glued {
        Glued {
            buf: [0; MAX_SLUG_BYTES],
            len: 0,
        }
    }
}

impl Glued {
    /// Appends `piece` (lower case), up to the buffer's end: the pieces of one slug never
    /// hold more bytes than it.
    fn push(&mut self, piece: &[u8]) {
        let end = (self.len + piece.len()).min(MAX_SLUG_BYTES);
        self.buf[self.len..end].copy_from_slice(&piece[..end - self.len]);
        self.len = end;
    }

    fn bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// How many words [`VOCABULARY`] holds.
const VOCABULARY_LEN: usize =
    SLUG_WORDS.len() + GAMBLING_WORDS.len() + GAMBLING_STEMS.len() + GAMBLING_NEIGHBOURS.len();

/// Every word a slug may be made of, in one list built when compiling: [`SLUG_WORDS`] and the
/// host test's judol words, stems and neighbours.
const VOCABULARY: [&str; VOCABULARY_LEN] = {
    let parts: [&[&str]; 4] = [
        SLUG_WORDS,
        GAMBLING_WORDS,
        GAMBLING_STEMS,
        GAMBLING_NEIGHBOURS,
    ];
    let mut out = [""; VOCABULARY_LEN];
    let (mut n, mut p) = (0, 0);
    while p < parts.len() {
        let mut i = 0;
        while i < parts[p].len() {
            out[n] = parts[p][i];
            n += 1;
            i += 1;
        }
        p += 1;
    }
    out
};

/// Most words of [`VOCABULARY`] starting with one letter.
const MAX_PER_LETTER: usize = 40;

/// [`VOCABULARY`] by first letter, built when compiling (`lure::index_by_first_letter`): a
/// position of a slug is compared with the words of its letter only.
const BY_FIRST_LETTER: super::lure::FirstLetterIndex<MAX_PER_LETTER> =
    super::lure::index_by_first_letter(&VOCABULARY);

/// Whether `run` (lower-case letters) splits wholly into judol and slug words.
fn slug_words(run: &[u8]) -> bool {
    let n = run.len();
    // ends[i]: run[..i] splits into words. Runs are at most MAX_SLUG_BYTES long.
    let mut ends = [false; MAX_SLUG_BYTES + 1];
    ends[0] = true;
    let (table, counts) = &BY_FIRST_LETTER;
    for start in 0..n {
        if !ends[start] || !run[start].is_ascii_lowercase() {
            continue;
        }
        let letter = usize::from(run[start] - b'a');
        for &w in &table[letter][..usize::from(counts[letter])] {
            let word = VOCABULARY[usize::from(w)].as_bytes();
            if run[start..].starts_with(word) {
                ends[start + word.len()] = true;
            }
        }
    }
    ends[n]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(u: &str) -> ParsedUrl {
        let list = crate::url::suffix::tests::list(
            "com id go.id ac.id sch.id or.id desa.id co.id gov edu uk ac.uk gov.uk my gov.my com.my jp go.jp",
        );
        ParsedUrl::parse(u, &list).expect("valid")
    }

    #[test]
    fn institutional_endings() {
        for u in [
            "https://siakad.univ-x.ac.id/",
            "https://dinkes.kab-x.go.id/",
            "https://smkn3.sch.id/",
            "https://yayasan.or.id/",
            "https://sukamaju.desa.id/",
            "https://www.example.gov/",
            "https://cs.example.edu/",
            "https://www.ox.ac.uk/",
            "https://www.moh.gov.my/",
            "https://www.mhlw.go.jp/",
        ] {
            assert!(institutional_suffix(&parse(u)), "{u}");
        }
        for u in [
            "https://www.example.com/",
            "https://toko.co.id/",
            "https://www.example.com.my/",
            "http://10.0.0.1/",
        ] {
            assert!(!institutional_suffix(&parse(u)), "{u}");
        }
        assert!(government_only(&parse(
            "https://cekbansos.jatengprov.go.id/"
        )));
        assert!(government_only(&parse("https://www.gov.uk/")));
        assert!(!government_only(&parse("https://www.ox.ac.uk/")));
        assert!(!government_only(&parse("https://yayasan.or.id/")));
    }

    #[test]
    fn judol_slugs_planted_on_institutional_sites() {
        let hit = |u: &str| judol_page(&parse(u));
        assert_eq!(
            hit("https://siakad.univ-x.ac.id/slot-gacor/").as_deref(),
            Some("slot-gacor")
        );
        assert!(hit("https://jurnal.x.ac.id/public/site/slot-thailand/").is_some());
        assert_eq!(
            hit("https://dinkes.x.go.id/?id=slot-gacor-maxwin").as_deref(),
            Some("id=slot-gacor-maxwin")
        );
        assert!(hit("https://smkn3.sch.id/assets/judi/toto-4d.html").is_some());
        assert!(hit("https://e-journal.x.ac.id/index.php/amp/slot88/").is_some());
        assert!(hit("https://pmb.x.ac.id/-/rtp-live/").is_some());
        assert!(hit("https://bappeda.x.go.id/images/sbobet-resmi/index.html").is_some());
        assert!(hit("https://x.sch.id/SlotGacorMaxwin.php").is_some());
        assert!(hit("https://x.go.id/?situs-judi-slot-online").is_some());
    }

    #[test]
    fn news_tags_searches_and_time_slots_are_not_judol_pages() {
        let hit = |u: &str| judol_page(&parse(u));
        for u in [
            "https://www.komdigi.go.id/berita/pengumuman/detail/komdigi-blokir-ribuan-situs-judi-online",
            "https://www.ui.ac.id/seminar-bahaya-judi-online-bagi-mahasiswa/",
            "https://x.go.id/berita/judi-online",
            "https://x.go.id/satgas-judi-online",
            "https://polri.go.id/tag/togel",
            "https://x.ac.id/search/label/slot-gacor",
            "https://x.go.id/?s=slot+gacor",
            "https://x.go.id/index.php?option=com_content&id=12:polisi-ringkus-bandar-togel",
            "https://siakad.x.ac.id/jadwal/slot-1",
            "https://siakad.x.ac.id/booking/slot-10",
            "https://x.ac.id/dosen/toto",
            "https://x.ac.id/toto-wahyudi/",
            "https://x.ac.id/burung-gacor/",
            "https://math.x.edu/slot-machines",
            "https://x.go.id/live",
            "https://x.go.id/judi-slot",
        ] {
            assert_eq!(hit(u), None, "{u}");
        }
    }
}
