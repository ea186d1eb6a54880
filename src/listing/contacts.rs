//! Contact details and account numbers in a listing's words: what moves a deal off the
//! platform (phone and WhatsApp numbers, Telegram, LINE, social handles) and where the money
//! is asked to go (bank and e-wallet account numbers).

use crate::pack::model::{normalize_account, normalize_phone};

use super::simple_words;

/// A number written in a text, with its digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberRun {
    /// Byte range in the text.
    pub range: std::ops::Range<usize>,
    /// Its digits only.
    pub digits: String,
    /// Written with a leading `+`.
    pub plus: bool,
}

/// Digit runs allowing one space, `-` or `.` between digit groups (`0812-3456 7890`,
/// `+62 812.3456.7890`, `123 456 7890`). At most `max` runs.
pub fn number_runs(text: &str, max: usize) -> Vec<NumberRun> {
    let b = text.as_bytes();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < b.len() && runs.len() < max {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let plus = i > 0 && b[i - 1] == b'+';
        let start = if plus { i - 1 } else { i };
        let mut digits = String::new();
        let mut end = i;
        let mut j = i;
        while j < b.len() {
            if b[j].is_ascii_digit() {
                digits.push(b[j] as char);
                j += 1;
                end = j;
            } else if matches!(b[j], b' ' | b'-' | b'.')
                && b.get(j + 1).is_some_and(u8::is_ascii_digit)
            {
                j += 1;
            } else {
                break;
            }
        }
        runs.push(NumberRun {
            range: start..end,
            digits,
            plus,
        });
        i = end.max(i + 1);
    }
    runs
}

/// Whether a number looks like a thousands-grouped amount (`1.250.000`, `15,000`): a price,
/// not an account or a phone.
fn looks_like_amount(text: &str, run: &NumberRun) -> bool {
    let s = &text[run.range.clone()];
    let groups: Vec<&str> = s.split(['.', ',']).collect();
    let grouped = groups.len() > 1
        && groups[0].len() <= 3
        && groups[1..].iter().all(|g| g.len() == 3)
        && !s.contains(' ');
    let before = text[..run.range.start].trim_end().to_ascii_lowercase();
    grouped || before.ends_with("rp") || before.ends_with("idr")
}

/// A date, perhaps with the hour after it (`29-11-2026 19`, `2026.11.29`): a forum post's
/// timestamp read as digits is no account number.
fn looks_like_date(run: &str) -> bool {
    let date = run.split(' ').next().unwrap_or(run);
    let parts: Vec<usize> = date.split(['-', '.', '/']).map(str::len).collect();
    matches!(parts.as_slice(), [1..=2, 1..=2, 4] | [4, 1..=2, 1..=2])
}

/// A mobile phone number in the text, as written and in canonical `62…` form.
pub fn phones(text: &str) -> Vec<(String, String)> {
    number_runs(text, 64)
        .into_iter()
        .filter(|r| !looks_like_amount(text, r))
        .filter(|r| {
            (r.digits.starts_with("08") && (10..=13).contains(&r.digits.len()))
                || (r.digits.starts_with("628") && (11..=14).contains(&r.digits.len()))
        })
        .filter_map(|r| {
            Some((
                text[r.range.clone()].to_string(),
                normalize_phone(&r.digits)?,
            ))
        })
        .collect()
}

/// Words that say the next number is a bank or e-wallet account.
const ACCOUNT_WORDS: &[&str] = &[
    "rek",
    "rekening",
    "norek",
    "no rek",
    "nomor rekening",
    "a n",
    "an",
    "atas nama",
    "bca",
    "bri",
    "bni",
    "mandiri",
    "bsi",
    "cimb",
    "permata",
    "danamon",
    "btn",
    "jago",
    "seabank",
    "blu",
    "dana",
    "ovo",
    "gopay",
    "shopeepay",
    "linkaja",
    "transfer ke",
    "tf ke",
    "va",
];

/// Bank and e-wallet account numbers: 8–16 digits written shortly after an account word
/// (`BCA 1234567890`, `no rek: 123-456-7890`), that are not phone numbers or amounts.
pub fn accounts(text: &str) -> Vec<(String, String)> {
    number_runs(text, 64)
        .into_iter()
        .filter(|r| (8..=16).contains(&r.digits.len()) && !looks_like_amount(text, r))
        .filter(|r| !(r.digits.starts_with("08") || r.digits.starts_with("628")))
        .filter(|r| !looks_like_date(&text[r.range.clone()]))
        .filter(|r| {
            let from = r.range.start.saturating_sub(40);
            let mut from = from;
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let before = simple_words(&text[from..r.range.start]);
            ACCOUNT_WORDS.iter().any(|w| super::has_phrase(&before, w))
        })
        .filter_map(|r| {
            Some((
                text[r.range.clone()].to_string(),
                normalize_account(&r.digits)?,
            ))
        })
        .collect()
}

/// Chat-app links and handles that take a buyer off the platform.
const CHAT_MARKERS: &[&str] = &[
    "wa.me/",
    "api.whatsapp.com",
    "chat.whatsapp.com",
    "t.me/",
    "telegram.me/",
    "line.me/",
];
/// Words that, followed by a handle or an id, name an off-platform channel.
const HANDLE_WORDS: &[&str] = &[
    "whatsapp",
    "wa",
    "telegram",
    "tele",
    "tg",
    "line",
    "id line",
    "ig",
    "instagram",
    "dm ig",
    "facebook",
    "fb",
    "tiktok",
    "wechat",
];

/// The first chat link or handle in the text (`wa.me/62…`, `t.me/…`, `line: jualhp`,
/// `IG @tokohp`), as written.
pub fn chat_contact(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    if let Some(at) = CHAT_MARKERS.iter().filter_map(|m| lower.find(m)).min() {
        return Some(word_at(text, at));
    }
    // "line: jualhp", "IG @toko", "Telegram @admin": a channel word then a handle.
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let key = simple_words(w);
        if !HANDLE_WORDS.contains(&key.as_str()) {
            continue;
        }
        let next = words.get(i + 1).copied().unwrap_or("");
        let next = if next == ":" {
            words.get(i + 2).copied().unwrap_or("")
        } else {
            next
        };
        let handle = next.trim_start_matches(':');
        if handle.starts_with('@') && handle.len() > 2 || w.ends_with(':') && handle.len() > 2 {
            return Some(format!("{w} {next}"));
        }
    }
    None
}

fn word_at(text: &str, byte: usize) -> String {
    let start = text[..byte].rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let end = text[byte..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| byte + i);
    text[start..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_phone_numbers_not_prices() {
        let found = phones("Harga Rp 3.500.000, minat WA 0812-3456-7890 atau +62 813 1111 2222");
        let canon: Vec<&str> = found.iter().map(|(_, c)| c.as_str()).collect();
        assert_eq!(canon, ["6281234567890", "6281311112222"]);
        assert!(phones("Rp 1.250.000 stok 120 pcs").is_empty());
    }

    #[test]
    fn finds_accounts_after_bank_words() {
        let found = accounts("Transfer ke BCA 1234567890 a.n. Budi, harga 12.500.000");
        assert_eq!(
            found,
            [("1234567890".to_string(), "1234567890".to_string())]
        );
        assert!(accounts("Kode produk 1234567890").is_empty());
        assert!(
            accounts("no rek 0812 3456 7890").is_empty(),
            "a phone number"
        );
        assert!(
            accounts("laporin nomor rekeningnya. Kaskuser · 29-11-2026 19:42").is_empty(),
            "a forum post's timestamp"
        );
        assert_eq!(accounts("rekening BRI 3417 0102 5589 508").len(), 1);
    }

    #[test]
    fn finds_chat_links_and_handles() {
        assert_eq!(
            chat_contact("Order via https://wa.me/6281234567890 ya").as_deref(),
            Some("https://wa.me/6281234567890")
        );
        assert_eq!(
            chat_contact("Fast respon IG @gadget.murah").as_deref(),
            Some("IG @gadget.murah")
        );
        assert_eq!(
            chat_contact("line: jualhpmurah").as_deref(),
            Some("line: jualhpmurah")
        );
        assert_eq!(chat_contact("Garansi resmi, kirim hari ini"), None);
        assert_eq!(chat_contact("Tas line art wanita"), None);
    }
}
