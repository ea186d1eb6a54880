//! Host names of illegal investments and loans: `investasi-emas-profit-harian.com`,
//! `robot-trading-ai-indonesia.site`, `usdt-mining-harian.vip`,
//! `pinjol-cair-cepat-tanpa-bi.com`.
//!
//! OJK's warnings list such schemes by the thousand, and their sites are named with the
//! promise itself: a daily profit, a trading robot, a loan paid out at once without a credit
//! check. Licensed firms do not promise a daily profit in their name, and licensed lenders
//! do not advertise skipping Bank Indonesia's credit check (`tanpa BI checking`), so a name
//! pairing such words is the scheme's. One word alone is not: `profit`, `trading`, `emas`
//! (gold), `pinjaman` (a loan) or `cepat` (fast) name honest firms, calculators and news too
//! (`hargaemas-harian`, daily gold prices, pairs no profit word; `rupiahcepat`, a licensed
//! lender, no promise).
//!
//! A host's pieces between dots, hyphens and digits are read as words; a piece made wholly of
//! the words below (`profitharian`, `pasticair`) counts as those words, any other piece as
//! nothing (`cairo` is no payout).

use super::ParsedUrl;

/// What each word of [`WORDS`] says, a bit each.
const PROFIT: u32 = 1;
/// Profit words that need a daily or guaranteed promise beside them (`cuan-harian`), since a
/// stock community's `cuan-saham` or a freelancer's `income` is no scheme.
const SOFT_PROFIT: u32 = 1 << 1;
const DAILY: u32 = 1 << 2;
const ASSET: u32 = 1 << 3;
const MINING: u32 = 1 << 4;
const ROBOT: u32 = 1 << 5;
const BINARY: u32 = 1 << 6;
const OPTION: u32 = 1 << 7;
const LOAN: u32 = 1 << 8;
const PAYOUT: u32 = 1 << 9;
const WITHOUT: u32 = 1 << 10;
const CREDIT_CHECK: u32 = 1 << 11;
/// Words of a page about such schemes, or of a tool: `cek-pinjol-ilegal`,
/// `crypto-profit-calculator`, `berita-robot-trading`.
const ABOUT: u32 = 1 << 12;
/// Work offered (`kerja`, `lowongan`, `part-time`) and the "tasks" of task scams (liking
/// videos, rating hotels), paid for.
const JOB: u32 = 1 << 13;
const TASK: u32 = 1 << 14;
const PAID: u32 = 1 << 15;
/// A job vacancy or a recruitment (`lowongan`, `rekrutmen`): a job board's word, and on a
/// cheap ending the name of a fake recruitment in a state firm's or a big company's name.
const VACANCY: u32 = 1 << 16;
/// The words of the lures that need no brand (`tagihan-tertunda`, `akun-terblokir`,
/// `ambil-hadiah`, `toll-unpaid-notice`): a prize and the act of claiming it, free credit, a
/// blocked or held account, a check of the account, a bill or a fee and its being overdue or
/// paid, a parcel, a refund, a notice. [`lure_named`] pairs them.
const PRIZE: u32 = 1 << 17;
const CLAIM: u32 = 1 << 18;
const FREE: u32 = 1 << 19;
const CREDIT: u32 = 1 << 20;
const BLOCKED: u32 = 1 << 21;
const ACCOUNT: u32 = 1 << 22;
const CHECK: u32 = 1 << 23;
const BILL: u32 = 1 << 24;
const OVERDUE: u32 = 1 << 25;
const PAY: u32 = 1 << 26;
const PARCEL: u32 = 1 << 27;
const REFUND: u32 = 1 << 28;
const NOTICE: u32 = 1 << 29;

/// The words, Indonesian and English, and what each says.
#[rustfmt::skip]
const WORDS: &[(&str, u32)] = &[
    ("profit", PROFIT), ("profits", PROFIT), ("untung", PROFIT), ("keuntungan", PROFIT),
    ("roi", PROFIT), ("dividen", PROFIT),
    ("cuan", SOFT_PROFIT), ("income", SOFT_PROFIT), ("penghasilan", SOFT_PROFIT),
    ("harian", DAILY), ("perhari", DAILY), ("daily", DAILY), ("pasti", DAILY), ("dijamin", DAILY),
    ("instan", DAILY), ("instant", DAILY),
    ("bitcoin", ASSET), ("btc", ASSET), ("usdt", ASSET), ("crypto", ASSET), ("kripto", ASSET),
    ("forex", ASSET), ("trading", ASSET), ("emas", ASSET), ("gold", ASSET), ("saham", ASSET),
    ("investasi", ASSET), ("invest", ASSET), ("investment", ASSET),
    // Online rotating-savings groups that promise a profit (`arisan-online-untung`).
    ("arisan", ASSET),
    ("mining", MINING), ("miner", MINING),
    ("robot", ROBOT),
    ("binary", BINARY), ("option", OPTION), ("options", OPTION), ("opsi", OPTION), ("biner", BINARY),
    ("pinjol", LOAN), ("pinjaman", LOAN), ("pinjam", LOAN), ("kredit", LOAN), ("kta", LOAN),
    ("utang", LOAN), ("hutang", LOAN),
    ("cair", PAYOUT), ("acc", PAYOUT),
    // "Without BI checking" (Bank Indonesia's credit record) or "without an ID card": no
    // licensed lender skips either.
    ("tanpa", WITHOUT), ("bi", CREDIT_CHECK), ("checking", CREDIT_CHECK), ("bichecking", CREDIT_CHECK),
    ("ktp", CREDIT_CHECK),
    ("calculator", ABOUT), ("kalkulator", ABOUT), ("tax", ABOUT), ("pajak", ABOUT), ("news", ABOUT),
    ("berita", ABOUT), ("wiki", ABOUT), ("scam", ABOUT), ("penipuan", ABOUT), ("ilegal", ABOUT),
    ("illegal", ABOUT), ("waspada", ABOUT), ("lapor", ABOUT), ("report", ABOUT), ("hoax", ABOUT),
    ("hoaks", ABOUT), ("edukasi", ABOUT),
    // Not "gaji" (salary) nor English "job" and "salary": salary guides and job boards
    // (`info-gaji-loker`, `job-salary`) name them.
    ("kerja", JOB), ("lowongan", JOB | VACANCY), ("loker", JOB), ("paruh", JOB), ("parttime", JOB),
    ("part", JOB), ("freelance", JOB), ("rekrutmen", JOB | VACANCY), ("recruitment", JOB | VACANCY),
    ("tugas", TASK), ("like", TASK), ("likes", TASK), ("subscribe", TASK), ("rating", TASK),
    ("dibayar", PAID), ("komisi", PAID), ("uang", PAID), ("bayaran", PAID),
    // Lures without a brand (`lure_named`). Not "bantuan" (a help centre's word), "cek" alone
    // (`cek-resi`, parcel tracking), "promo" or "diskon" (every shop's).
    ("hadiah", PRIZE), ("reward", PRIZE), ("rewards", PRIZE), ("prize", PRIZE),
    ("bonus", PRIZE), ("poin", PRIZE), ("giveaway", PRIZE), ("winner", PRIZE),
    ("klaim", CLAIM), ("claim", CLAIM), ("ambil", CLAIM), ("tukar", CLAIM), ("redeem", CLAIM),
    ("undian", CLAIM), ("cek", CLAIM),
    ("gratis", FREE), ("free", FREE), ("kaget", FREE),
    ("kuota", CREDIT), ("pulsa", CREDIT), ("saldo", CREDIT),
    ("terblokir", BLOCKED), ("blokir", BLOCKED), ("diblokir", BLOCKED), ("suspended", BLOCKED),
    ("locked", BLOCKED), ("nonaktif", BLOCKED), ("hold", BLOCKED),
    ("akun", ACCOUNT), ("account", ACCOUNT), ("nasabah", ACCOUNT), ("rekening", ACCOUNT),
    ("verifikasi", CHECK), ("validasi", CHECK), ("konfirmasi", CHECK), ("verify", CHECK),
    ("verification", CHECK), ("update", CHECK), ("reactivate", CHECK), ("reactivation", CHECK),
    ("unlock", CHECK), ("pemulihan", CHECK),
    ("tagihan", BILL), ("denda", BILL), ("toll", BILL), ("tolls", BILL), ("fee", BILL),
    ("fees", BILL),
    ("tertunda", OVERDUE), ("tertahan", OVERDUE), ("ditahan", OVERDUE), ("unpaid", OVERDUE),
    ("overdue", OVERDUE), ("pending", OVERDUE),
    ("bayar", PAY), ("pembayaran", PAY), ("payment", PAY), ("pay", PAY), ("lunasi", PAY),
    ("paket", PARCEL), ("parcel", PARCEL), ("package", PARCEL), ("kiriman", PARCEL),
    ("redelivery", PARCEL),
    ("refund", REFUND), ("rebate", REFUND),
    ("notice", NOTICE),
];

/// Longest piece read: a host label has at most 63 bytes.
const MAX_PIECE: usize = 63;

/// The first two letters of every word of [`WORDS`], a bit each (26 × 26 bits): a position of
/// a piece whose two letters start no word is passed over with one test, which is the fate of
/// nearly every piece of every host.
const STARTS: [u32; 26] = {
    let mut starts = [0u32; 26];
    let mut i = 0;
    while i < WORDS.len() {
        let w = WORDS[i].0.as_bytes();
        assert!(w.len() >= 2, "words have two letters or more");
        starts[(w[0] - b'a') as usize] |= 1 << (w[1] - b'a');
        i += 1;
    }
    starts
};

/// Whether some word of [`WORDS`] starts with the letters `a` and `b` ([`STARTS`]).
fn starts_word(a: u8, b: u8) -> bool {
    a.is_ascii_lowercase()
        && b.is_ascii_lowercase()
        && STARTS[usize::from(a - b'a')] >> (b - b'a') & 1 == 1
}

/// Most words of [`WORDS`] starting with one letter.
const MAX_PER_LETTER: usize = 24;

/// The words of [`WORDS`] alone, for [`BY_FIRST_LETTER`].
const WORD_TEXTS: [&str; WORDS.len()] = {
    let mut texts = [""; WORDS.len()];
    let mut i = 0;
    while i < WORDS.len() {
        texts[i] = WORDS[i].0;
        i += 1;
    }
    texts
};

/// [`WORDS`] by first letter, built when compiling (`lure::index_by_first_letter`), so a
/// position of a piece is compared with a handful of words rather than all of them (every
/// host is read so: a check's cost is most of all in such loops).
const BY_FIRST_LETTER: super::lure::FirstLetterIndex<MAX_PER_LETTER> =
    super::lure::index_by_first_letter(&WORD_TEXTS);

/// What kind of scheme a host is named after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// A promise of investment returns (`url.investment-host`).
    Investment,
    /// A loan paid out at once, or without a credit check (`url.loan-host`).
    Loan,
    /// Paid work or paid "tasks" (`url.job-scam-host`): the task scams that pay for liking
    /// videos until the victim is asked to deposit.
    Job,
    /// A job vacancy on a cheap ending (`url.job-vacancy-host`): fake recruitments that charge
    /// for tests, training or travel (`lowongan-kerja-bumn2025.site`).
    Vacancy,
    /// The lure itself, with no brand (`url.lure-host`): a prize to claim, free credit, a
    /// blocked account to check, an overdue bill or a held parcel to pay, a refund
    /// (`ambil-hadiah.pages.dev`, `akun-terblokir.xyz`, `paket-tertahan.click`,
    /// `toll-unpaid-notice.com`).
    Lure,
}

/// The scheme `url`'s host is named after, if its words pair a promise with what is promised:
/// a daily or guaranteed profit, profit from an asset (`bitcoin-profit`), a trading robot,
/// binary options, mining paid daily; a loan paid out at once or without a credit check;
/// work or tasks with the pay in the name; or, on a cheap ending (`cheap_ending`:
/// `url.risky-tld`), a job vacancy. Job boards live on ordinary endings (`lowongan-kerja.id`);
/// the fake recruitments that ask for a fee are registered on the near-free ones.
pub fn scheme_host(url: &ParsedUrl, cheap_ending: bool) -> Option<Scheme> {
    if url.is_ip {
        return None;
    }
    // An office's or a university's site about such schemes is named with their words
    // (`robottrading.ojk.go.id` would be OJK's warning page): asked once the words name one.
    scheme_named(url, cheap_ending).filter(|_| !super::institution::institutional_suffix(url))
}

/// The scheme `url`'s host words name, wherever the host is.
fn scheme_named(url: &ParsedUrl, cheap_ending: bool) -> Option<Scheme> {
    let said = url
        .head()
        .as_bytes()
        .split(|b| !b.is_ascii_alphabetic())
        .filter(|p| !p.is_empty())
        .fold(0, |said, piece| said | piece_words(piece));
    let has = |bits: u32| said & bits == bits;
    if said & ABOUT != 0 {
        return None;
    }
    let profit = said & (PROFIT | SOFT_PROFIT) != 0;
    if (profit && has(DAILY))
        || has(PROFIT | ASSET)
        || has(MINING | DAILY)
        || has(ROBOT | ASSET)
        || has(BINARY | OPTION)
    {
        return Some(Scheme::Investment);
    }
    if has(LOAN | PAYOUT) || has(LOAN | WITHOUT | CREDIT_CHECK) {
        return Some(Scheme::Loan);
    }
    // Work or a task with the pay in the name (`kerja-paruh-waktu-dibayar`,
    // `like-youtube-dapat-uang`): job boards name the work, not the money.
    if said & (JOB | TASK) != 0 && has(PAID) {
        return Some(Scheme::Job);
    }
    if cheap_ending && has(VACANCY) {
        return Some(Scheme::Vacancy);
    }
    lure_named(said).then_some(Scheme::Lure)
}

/// Whether a host's words (`said`) pair a lure with what it asks: a prize with claiming it or
/// with "free", free credit, a blocked or checked account, a bill or a parcel that is overdue,
/// held or to be paid (or a fee for it), a bill's notice, a refund to claim or check, a
/// payment to confirm. Each word alone names honest things (`bonus`, `akun`, `paket`,
/// `payment`, `refund`); only a scam's name says two of them.
fn lure_named(said: u32) -> bool {
    let has = |bits: u32| said & bits == bits;
    let any = |bits: u32| said & bits != 0;
    (has(PRIZE) && any(CLAIM | FREE))
        || has(CREDIT | FREE)
        || (has(ACCOUNT) && any(BLOCKED | CHECK))
        || (has(BILL) && any(OVERDUE | PAY | NOTICE))
        || (has(PARCEL) && any(OVERDUE | PAY | BILL))
        || (has(REFUND) && any(CLAIM | CHECK | ACCOUNT))
        || has(CHECK | PAY)
}

/// What a piece of a host says: the bits of the words it splits into wholly, or nothing.
fn piece_words(piece: &[u8]) -> u32 {
    /// Marks a reachable end in `ends` (the bits of the words before it are below it).
    const REACHED: u32 = 1 << 31;
    let n = piece.len();
    if !(2..=MAX_PIECE).contains(&n) || !starts_word(piece[0], piece[1]) {
        return 0; // nearly every piece of every host: no word starts it
    }
    // ends[i]: REACHED and the bits of a split of piece[..i] into words, if it has one.
    let mut ends = [0u32; MAX_PIECE + 1];
    ends[0] = REACHED;
    for start in 0..n {
        let bits = ends[start];
        // Pieces are runs of ASCII letters, lower case in a host.
        let (Some(&a), Some(&b)) = (piece.get(start), piece.get(start + 1)) else {
            continue;
        };
        if bits == 0 || !starts_word(a, b) {
            continue;
        }
        let letter = usize::from(a - b'a');
        let (table, counts) = &BY_FIRST_LETTER;
        for &w in &table[letter][..usize::from(counts[letter])] {
            let (word, kind) = WORDS[usize::from(w)];
            let word = word.as_bytes();
            // Compared byte by byte: a `memcmp` call costs more than these few bytes.
            let rest = &piece[start..];
            if rest.len() >= word.len() && rest.iter().zip(word).all(|(x, y)| x == y) {
                ends[start + word.len()] |= bits | kind;
            }
        }
    }
    // Without the REACHED bit, which no word's kind uses.
    ends[n] & !REACHED
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scheme(u: &str) -> Option<Scheme> {
        let list = crate::url::suffix::tests::list("com site online vip id co.id go.id");
        scheme_host(&ParsedUrl::parse(u, &list).expect("valid"), false)
    }

    fn on_cheap_ending(u: &str) -> Option<Scheme> {
        let list = crate::url::suffix::tests::list("com site online store");
        scheme_host(&ParsedUrl::parse(u, &list).expect("valid"), true)
    }

    #[test]
    fn hosts_named_after_the_lure_itself() {
        for lure in [
            "https://ambil-hadiah.pages.dev/",
            "https://akun-terblokir.site/buka",
            "https://tagihan-tertunda.com/bayar?id=7781",
            "https://paket-tertahan.online/bayar",
            "https://kuota-gratis-100gb.online/",
            "https://hadiahundian2025.com/",
            "https://verifikasi-akun-anda.online/",
            "https://konfirmasi-pembayaran.site/invoice/INV8812",
            "https://toll-unpaid-notice.com/pay?state=TX",
            "https://parcel-fee-payment.online/pay?ref=GB2291",
            "https://secure-update-account.com/session/confirm",
            "http://billing.secure-verify-account.com/",
        ] {
            assert_eq!(scheme(lure), Some(Scheme::Lure), "{lure}");
        }
        // One lure word alone names honest things; so do news about them and offices' sites.
        for honest in [
            "https://www.bonus-belanja.com/",
            "https://paket-wisata-bali.com/",
            "https://cekresi.com/",
            "https://payment.example.com/",
            "https://akun.example.com/login",
            "https://refund.example.com/policy",
            "https://pusat-bantuan.com/",
            "https://berita-hadiah-undian-penipuan.com/",
            "https://cek-hadiah.kominfo.go.id/",
        ] {
            assert_eq!(scheme(honest), None, "{honest}");
        }
    }

    #[test]
    fn vacancies_on_cheap_endings_are_fake_recruitments() {
        for u in [
            "https://lowongan-kerja-bumn2025.site/",
            "https://rekrutmen-pertamina.online/",
            "https://lowongankerja-jakarta.online/",
        ] {
            assert_eq!(on_cheap_ending(u), Some(Scheme::Vacancy), "{u}");
        }
        // Other work words there are shops' (spare parts, work shoes, lockers), and a page
        // about fake vacancies is no vacancy.
        for u in [
            "https://spare-part-motor.store/",
            "https://sepatu-kerja.online/",
            "https://loker-besi.store/",
            "https://waspada-lowongan-palsu.site/",
        ] {
            assert_eq!(on_cheap_ending(u), None, "{u}");
        }
        assert_eq!(scheme("https://lowongan-kerja-bumn2025.com/"), None);
    }

    #[test]
    fn promises_in_names() {
        for u in [
            "https://investasi-emas-profit-harian.com/",
            "https://robot-trading-ai-indonesia.site/",
            "https://bitcoin-profit-indonesia.online/daftar",
            "https://usdt-mining-harian.vip/",
            "https://profitharian.com/",
            "https://cuan-harian-pasti.com/",
            "https://binary-option-id.com/",
            "https://arisan-online-untung.com/",
        ] {
            assert_eq!(scheme(u), Some(Scheme::Investment), "{u}");
        }
        for u in [
            "https://pinjol-cair-cepat-tanpa-bi.com/",
            "https://pinjamanpasticair.online/",
            "https://kredit-tanpa-bi-checking.com/",
            "https://pinjol-acc.site/",
            "https://pinjol-tanpa-ktp.site/",
        ] {
            assert_eq!(scheme(u), Some(Scheme::Loan), "{u}");
        }
        for u in [
            "https://kerja-paruh-waktu-dibayar.com/",
            "https://like-video-dapat-uang.online/",
            "https://tugas-harian-komisi.site/",
        ] {
            assert_eq!(scheme(u), Some(Scheme::Job), "{u}");
        }
    }

    #[test]
    fn one_word_alone_and_pages_about_schemes_are_not_schemes() {
        for u in [
            "https://hargaemas-harian.com/",
            "https://www.rupiahcepat.co.id/",
            "https://pinjaman-cepat.com/",
            "https://cairo-travel.com/",
            "https://profit.co.id/",
            "https://cuansaham.id/",
            "https://crypto-profit-calculator.com/",
            "https://cek-pinjol-ilegal.id/",
            "https://bitcoinmining.com/",
            "https://tradingview.com/",
            "https://kreditpintar.com/",
            "https://account.example.com/",
            "https://arisan-keluarga.com/",
            "https://ktp-online.com/",
            "https://info-loker-harian.com/",
            "https://lowongan-kerja.id/",
            "https://gaji-karyawan.com/",
            "https://info-gaji-loker.com/",
            "https://job-salary.com/",
            "https://robottrading.ojk.go.id/",
        ] {
            assert_eq!(scheme(u), None, "{u}");
        }
    }
}
