//! Whether a message asks the reader for money or for a secret.
//!
//! The text model may speak for a message no rule caught only when the message asks for one of
//! these (`Engine::model_reason`): a scam always wants money or the key to it, while the honest
//! texts the model also finds scam-like (operators' promotions, greetings, news) mostly do not.
//! Read on the original text, not the folded one: folding reads digits beside letters as
//! leetspeak ("500rb"), and an amount is digits beside letters.

/// Words that put money in motion: paying, sending, depositing, lending, asking.
const PAY_WORDS: [&str; 20] = [
    "transfer", "tf", "trf", "bayar", "kirim", "setor", "deposit", "dp", "biaya", "fee", "pay",
    "send", "wire", "topup", "modal", "tebus", "ongkir", "titip", "pinjam", "talangi",
];

/// "minta" (to ask for) moves money only beside an amount, as the others do; kept apart so
/// that the list above reads as payments.
const ASK_WORD: &str = "minta";

/// What "kirim" sends when it is no payment: an SMS to an operator's short code ("kirim SMS
/// ke 99455"), a CV, an address ("gaji 4,5jt, kirim CV ke aku").
const NOT_MONEY: [&str; 5] = ["sms", "cv", "lamaran", "alamat", "lokasi"];

/// Currencies written before or after an amount ("Rp 75.000", "HKD 9,500", "RM800").
const CURRENCIES: [&str; 12] = [
    "rp", "idr", "rm", "hkd", "usd", "sgd", "ntd", "twd", "php", "cad", "aud", "myr",
];

/// Units written after an amount ("500rb", "2,4 juta", "10k"): the common ones of
/// `listing::price::parse_idr`, not its "m", which in running text is as often metres.
const UNITS: [&str; 6] = ["rb", "ribu", "jt", "juta", "k", "miliar"];

/// Secrets no one may ask for, as one word.
const SECRETS: [&str; 6] = ["otp", "cvv", "password", "sandi", "pin", "selfie"];

/// Secrets named by two words in a row.
const SECRET_PAIRS: [(&str, &str); 4] = [
    ("foto", "ktp"),
    ("kode", "verifikasi"),
    ("verification", "code"),
    ("seed", "phrase"),
];

/// "pin" is also a verb ("kami pin di channel", "tolong pin komentar"): it names the secret
/// only beside one of these words, before it ("kode PIN", "masukkan PIN") or after it ("PIN
/// ATM", "PIN kamu").
const PIN_BEFORE: [&str; 12] = [
    "kode", "nomor", "no", "masukkan", "sebutkan", "berikan", "kasih", "minta", "your", "enter",
    "share", "and",
];
/// Words after "pin" that make it the secret ("PIN ATM", "PIN kamu").
const PIN_AFTER: [&str; 11] = [
    "atm", "kartu", "anda", "kamu", "mu", "nya", "bank", "mbanking", "dan", "otp", "card",
];

/// Words that deny asking for a secret or a payment just before it ("TIDAK perlu PIN/OTP",
/// "never share your OTP", "Tdk melayani transfer"): up to three words back ([`denied`]).
const DENIALS: [&str; 10] = [
    "tidak", "tdk", "tak", "gak", "nggak", "jangan", "bukan", "never", "not", "don",
];

/// What a message asks the reader for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    /// An amount of money, with a word that moves it.
    Money,
    /// A secret: an OTP, a PIN, a password, a photo of one's ID.
    Secret,
}

/// What `text` asks for: a secret (an OTP, a PIN, a password, a photo of one's ID), or money
/// (an amount beside a word that moves money), or neither. "Kirim SMS ke 99455" is an
/// operator's short code, not a payment.
pub fn what_it_asks(text: &str) -> Option<Ask> {
    // ASCII only: every listed word is ASCII, and Unicode case tables would cost the Wasm
    // ~5 KB; other letters only separate words here.
    let lower = text.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '$' && c != '£' && c != '€')
        .filter(|w| !w.is_empty())
        .collect();
    let mut amount = false;
    let mut pays = false;
    for (i, &word) in words.iter().enumerate() {
        let next = words.get(i + 1).copied().unwrap_or("");
        let prev = if i > 0 { words[i - 1] } else { "" };
        let named = word != "pin" || PIN_BEFORE.contains(&prev) || PIN_AFTER.contains(&next);
        let secret = (SECRETS.contains(&word) && named) || SECRET_PAIRS.contains(&(word, next));
        if secret && !denied(&words[..i]) {
            return Some(Ask::Secret);
        }
        let top_up = word == "top" && next == "up";
        pays |= (PAY_WORDS.contains(&word) || word == ASK_WORD || top_up)
            && !(word == "kirim" && NOT_MONEY.contains(&next))
            && !denied(&words[..i]);
        amount |= is_amount(word, next);
    }
    (amount && pays).then_some(Ask::Money)
}

/// Whether one of the three words before a word denies it ("TIDAK perlu PIN", "Tdk melayani
/// transfer duluan", "Tidak ada biaya apa pun").
fn denied(before: &[&str]) -> bool {
    before[before.len().saturating_sub(3)..]
        .iter()
        .any(|w| DENIALS.contains(w))
}

/// Whether `word` (and the word after it) is an amount of money: a currency before digits,
/// digits before a unit, or digits glued to either ("rp10rb", "500rb", "$50").
fn is_amount(word: &str, next: &str) -> bool {
    let starts_with_digit = |w: &str| w.bytes().next().is_some_and(|b| b.is_ascii_digit());
    let digits_end = word.bytes().take_while(u8::is_ascii_digit).count();
    if digits_end > 0 {
        let unit = &word[digits_end..];
        let money = |w: &str| UNITS.contains(&w) || CURRENCIES.contains(&w);
        return money(unit) || (unit.is_empty() && money(next));
    }
    let sign = word.trim_start_matches(['$', '£', '€']);
    if sign.len() < word.len() {
        return starts_with_digit(sign) || (sign.is_empty() && starts_with_digit(next));
    }
    CURRENCIES.iter().any(|c| {
        word.strip_prefix(c).is_some_and(|rest| {
            starts_with_digit(rest) || (rest.is_empty() && starts_with_digit(next))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::{Ask, what_it_asks};

    fn asks(text: &str) -> bool {
        what_it_asks(text).is_some()
    }

    #[test]
    fn money_asked_for() {
        for text in [
            "Kalau minat transfer DP 1 juta dhisik, motor tak kirim",
            "ongkir + kandang khusus 650rb transfer dulu",
            "Visa processing fee HKD 9,500 to be paid to our agency",
            "pihak kastam minta bayaran RM800 dulu. Boleh sayang tolong bayarkan?",
            "TF ke rek virtual 8808 0812 3345 6701 ya, min 3jt",
            "Send $250 in gift cards today",
        ] {
            assert!(asks(text), "{text}");
        }
    }

    #[test]
    fn what_is_asked_for_is_named() {
        assert_eq!(what_it_asks("sebutkan kode OTP nya"), Some(Ask::Secret));
        assert_eq!(what_it_asks("TF dulu 500rb ya"), Some(Ask::Money));
        assert_eq!(what_it_asks("Rapat jam 7"), None);
    }

    #[test]
    fn secrets_asked_for() {
        for text in [
            "tolong sebutkan kode OTP yang masuk ya",
            "Biar cepat, kasih PIN ATM kamu ke petugas kami",
            "Kirim foto KTP dan selfie untuk pencairan",
            "please tell me the password so I can fix it",
        ] {
            assert!(asks(text), "{text}");
        }
    }

    #[test]
    fn no_money_or_secret_asked() {
        for text in [
            // An amount without a payment, a payment without an amount.
            "Harga cabai hari ini Rp 45.000 per kilo di pasar Kramat Jati",
            "Nanti aku transfer ya kalau sudah gajian",
            // An operator's short code.
            "BONUS Rp. 5,000 untuk kamu! Cukup kirim SMS 2X hari ini",
            // A pinned comment is no PIN; a secret denied is not asked for.
            "Mas Guru, tolong pin komentar supaya spamnya tenggelam",
            "cukup RSVP di form Google yg kami pin di channel",
            "pemenang cukup DM nomor e-wallet, TIDAK perlu PIN/OTP",
            "Never share your OTP with anyone",
            "Jual Beat 2017, 7,5jt nego. Tdk melayani transfer duluan, COD aja",
            "Caregiver, gaji 3,5jt + makan. Tidak ada biaya apa pun.",
            "smartfrenmu bisa ditukar dengan Andromax hny 859rb",
            "Rapat RT jam 7 malam di rumah Pak Budi",
            "Kantorku butuh driver, gaji 4,5jt. Kalau adikmu minat, suruh kirim CV ke aku",
        ] {
            assert!(!asks(text), "{text}");
        }
    }
}
