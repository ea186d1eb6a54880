//! News datelines: `KLATEN - Seorang warga …`, `JAKARTA, KOMPAS.com — …`, `LONDON (Reuters) -`.
//!
//! A forwarded news report quotes a scam's words to warn about them; its dateline says so. The
//! city alone is not enough (a classified ad opens with `SURABAYA - Dijual cepat`), nor is an
//! upper-case word and a dash (scam SMS open with `POLRI -` or `SURAT TILANG -`), so a line must
//! open with a known city in capitals, or in any case when a news outlet follows it, and the text
//! must also use the words news reports are written in (`kata`, `menurut`, `korban`, `police`).

/// Cities that open news reports: Indonesia's provincial capitals and the towns most often in
/// its news, then the foreign cities of scam news (compounds, regional bureaus), upper case.
#[rustfmt::skip]
const CITIES: &[&str] = &[
    "AMBON", "BALIKPAPAN", "BANDA ACEH", "BANDAR LAMPUNG", "BANDUNG", "BANGKALAN", "BANJARBARU",
    "BANJARMASIN", "BANTUL", "BANYUMAS", "BANYUWANGI", "BATAM", "BEKASI", "BENGKULU", "BIMA",
    "BITUNG", "BLITAR", "BLORA", "BOGOR", "BOJONEGORO", "BONE", "BOYOLALI", "BREBES", "BUKITTINGGI",
    "CIAMIS", "CIANJUR", "CILACAP", "CILEGON", "CIMAHI", "CIREBON", "DENPASAR", "DEPOK", "DUMAI",
    "GARUT", "GIANYAR", "GORONTALO", "GRESIK", "INDRAMAYU", "JAKARTA", "JAMBI", "JAYAPURA",
    "JEMBER", "JEPARA", "JOMBANG", "KARAWANG", "KEDIRI", "KENDARI", "KLATEN", "KUDUS", "KUPANG",
    "LABUAN BAJO", "LAMONGAN", "LHOKSEUMAWE", "LUMAJANG", "MADIUN", "MAGELANG", "MAKASSAR",
    "MALANG", "MAMUJU", "MANADO", "MANOKWARI", "MATARAM", "MEDAN", "MERAUKE", "MOJOKERTO",
    "NUNUKAN", "PADANG", "PALANGKA RAYA", "PALEMBANG", "PALU", "PANGKALPINANG", "PARE-PARE",
    "PAREPARE", "PASURUAN", "PATI", "PEKALONGAN", "PEKANBARU", "PONOROGO", "PONTIANAK",
    "PROBOLINGGO", "PURWAKARTA", "PURWOKERTO", "SALATIGA", "SAMARINDA", "SEMARANG", "SERANG",
    "SIDOARJO", "SLEMAN", "SOLO", "SORONG", "SUBANG", "SUKABUMI", "SUMEDANG", "SURABAYA",
    "SURAKARTA", "TANGERANG", "TANGERANG SELATAN", "TANJUNG PINANG", "TANJUNGPINANG", "TARAKAN",
    "TASIKMALAYA", "TEGAL", "TERNATE", "TUBAN", "TULUNGAGUNG", "YOGYAKARTA", "BANGKOK", "BEIJING",
    "DUBAI", "HONG KONG", "KUALA LUMPUR", "LONDON", "MANILA", "NEW YORK", "PHNOM PENH", "SEOUL",
    "SINGAPORE", "SINGAPURA", "SYDNEY", "TAIPEI", "TOKYO", "WASHINGTON",
];

/// Words news reports are written in, folded (lower case): reporting verbs, the police and
/// officials they quote, the victims and residents they are about. Any one of them, anywhere.
#[rustfmt::skip]
const REPORTING_WORDS: &[&str] = &[
    "mengatakan", "menjelaskan", "menyebutkan", "mengungkapkan", "ujarnya", "katanya", "ungkapnya",
    "jelasnya", "tuturnya", "menurut", "sebanyak", "seorang", "warga", "korban", "polisi", "polda",
    "polres", "polresta", "kapolres", "kapolda", "pihak", "mengimbau", "tersangka", "ditangkap",
    "diamankan", "kementerian", "dinas", "mencatat", "menangani", "laporan", "dilaporkan", "said",
    "says", "police", "according", "officials", "arrested", "authorities", "reported", "victims",
];

/// Outlets whose name follows a dateline: `JAKARTA, KOMPAS.com -`, `Solo (ANTARA) -`. Compared
/// in lower case with the first word after the city.
#[rustfmt::skip]
const OUTLETS: &[&str] = &[
    "kompas", "detik", "detikcom", "antara", "antaranews", "liputan6", "tempo", "tribun",
    "tribunnews", "cnn", "suara", "okezone", "kumparan", "republika", "jawapos", "merdeka", "idn",
    "reuters", "ap", "afp", "bernama",
];

/// Most lines of a text looked at: a forwarded report's dateline is near its start.
const MAX_LINES: usize = 12;

/// Whether `text` is a news report by its dateline: a line opening with a known city and a dash,
/// in a text that also uses reporting words (`folded_words`: the text's folded words).
pub fn news_dateline<'w>(text: &str, folded_words: impl IntoIterator<Item = &'w str>) -> bool {
    let dated = text.lines().take(MAX_LINES).any(opens_with_dateline);
    dated
        && folded_words
            .into_iter()
            .any(|w| REPORTING_WORDS.contains(&w))
}

/// `CITY -`, `CITY, Outlet -` or `City (Outlet) -` at the start of `line`, after any quote,
/// bullet or markdown marks a forward adds. Every city the line starts with is tried: one
/// city's name can begin another's (`TANGERANG`, `TANGERANG SELATAN`).
fn opens_with_dateline(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '*' | '_' | '>' | '"' | '\'' | '“' | '‘' | '•')
    });
    CITIES.iter().any(|&city| {
        line.get(..city.len())
            .filter(|head| head.eq_ignore_ascii_case(city))
            .is_some_and(|head| dash_after_city(head, &line[city.len()..]))
    })
}

/// Whether what follows a city's name (`rest`) makes it a dateline: a word boundary, an optional
/// outlet, then a dash between spaces; `head` is the city as the line writes it.
fn dash_after_city(head: &str, rest: &str) -> bool {
    let rest = rest.trim_start_matches(['*', '_']); // `*BANDA ACEH* —`
    if !rest.starts_with([',', '(']) && !rest.starts_with(char::is_whitespace) {
        return false; // the city's name goes on: `MEDANBET88`, `BOGOR-an`
    }
    let rest = rest.trim_start();
    let (outlet, rest) = if rest.starts_with([',', '(']) {
        let Some(dash) = rest.find(['-', '–', '—']).filter(|&i| i <= 48) else {
            return false;
        };
        let named = rest[..dash]
            .trim_matches(|c: char| matches!(c, ',' | '(' | ')') || c.is_whitespace())
            .to_ascii_lowercase();
        let first = named.split([' ', '.']).next().unwrap_or_default();
        (OUTLETS.contains(&first), &rest[dash..])
    } else {
        (false, rest)
    };
    let is_capitals = head.bytes().all(|b| !b.is_ascii_lowercase());
    let dash = rest.starts_with(['-', '–', '—']);
    let spaced = rest
        .trim_start_matches(['-', '–', '—'])
        .starts_with(char::is_whitespace);
    dash && spaced && (is_capitals || outlet)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As the engine asks: the text's folded words.
    fn dated(text: &str) -> bool {
        let folded = crate::text::fold(text);
        news_dateline(text, folded.text.split(|c: char| !c.is_alphanumeric()))
    }

    #[test]
    fn forwarded_news_reports_have_datelines() {
        for text in [
            "KLATEN - Seorang warga Kecamatan Pedan kehilangan uang Rp47 juta",
            "MAKASSAR – Sebanyak 17 warga Sulawesi Selatan yang menjadi korban TPPO",
            "Liat nih beritanya:\nKUPANG – Polda NTT mengimbau masyarakat tidak membuka file .apk",
            "JAKARTA, KOMPAS.com - Polisi menangkap tiga orang pelaku",
            "Solo (ANTARA) - Polresta Surakarta mengungkap kasus penipuan",
            "*BANDA ACEH* — Korban investasi bodong melapor",
            // A city whose name begins another's.
            "TANGERANG SELATAN - Seorang warga tertipu kerja paruh waktu",
            "JAKARTA — Police have arrested 14 suspects operating a task scam",
        ] {
            assert!(dated(text), "{text}");
        }
    }

    #[test]
    fn ads_and_scam_openings_are_not_datelines() {
        for text in [
            // A classified ad opens with its city; no reporting words.
            "SURABAYA - Dijual cepat iPhone 14 Pro, transfer dulu ya",
            // A city in title case without an outlet is an address, not a dateline.
            "Jakarta - lowongan kerja admin, korban PHK boleh melamar",
            // Upper-case senders that are not cities.
            "POLRI - Anda mendapat surat tilang elektronik. Lihat bukti foto",
            "SURAT TILANG ELEKTRONIK - Anda melanggar lalu lintas",
            // A city's name inside a longer word, and no dash.
            "MEDANBET88 - daftar sekarang, korban kekalahan bisa cashback",
            "JAKARTA hari ini hujan, kata ibu",
            "Jakarta, apartemen murah - warga sekitar boleh survei",
            "BOGOR-an yuk, kata dia",
        ] {
            assert!(!dated(text), "{text}");
        }
    }
}
