//! What a form asks for: a password, a PIN, a one-time code, a card number.

use super::{Form, Input};

/// Sensitive things a form can ask for, strongest last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Secret {
    /// A password field.
    Password,
    /// A bank or e-wallet PIN.
    Pin,
    /// A one-time code sent by SMS (OTP): handing it over lets a thief approve transfers.
    Otp,
    /// Card number, expiry or CVV.
    Card,
}

impl Secret {
    /// English word for evidence quotes.
    pub fn label(self) -> &'static str {
        match self {
            Secret::Password => "password",
            Secret::Pin => "PIN",
            Secret::Otp => "OTP",
            Secret::Card => "card number/CVV",
        }
    }
}

/// Words naming each secret, matched as whole words in an input's name, id, placeholder and
/// label (folded, so `kode_otp`, `KodeOTP` and `Kode OTP` all read `kode otp`).
const WORDS: &[(Secret, &[&str])] = &[
    (
        Secret::Otp,
        &[
            "otp",
            "kode otp",
            "one time password",
            "kode verifikasi",
            "verification code",
            "token",
            "kode sms",
            "sms code",
        ],
    ),
    (
        Secret::Pin,
        &[
            "pin",
            "mpin",
            "m pin",
            "pin atm",
            "pin transaksi",
            "pin m banking",
        ],
    ),
    (
        Secret::Card,
        &[
            "cvv",
            "cvc",
            "cvv2",
            "nomor kartu",
            "no kartu",
            "card number",
            "kartu kredit",
            "credit card",
            "kartu debit",
            "expiry",
            "masa berlaku",
            "exp date",
        ],
    ),
    (
        Secret::Password,
        &["password", "kata sandi", "sandi", "passcode"],
    ),
];

/// Secrets an input asks for.
pub fn input_secret(input: &Input) -> Option<Secret> {
    let kind = input.kind.to_ascii_lowercase();
    if matches!(
        kind.as_str(),
        "hidden" | "submit" | "button" | "checkbox" | "radio" | "image" | "reset" | "search"
    ) {
        return None; // not typed by the user: a hidden csrf `token` asks nothing of them
    }
    let auto = input.autocomplete.to_ascii_lowercase();
    if auto.contains("one-time-code") {
        return Some(Secret::Otp);
    }
    if auto.starts_with("cc-") || auto.contains(" cc-") {
        return Some(Secret::Card);
    }
    let described = format!(
        "{} {} {} {}",
        split_camel(&input.name),
        split_camel(&input.id),
        input.placeholder,
        input.label
    );
    let folded = crate::text::fold(&described).text;
    let padded = format!(" {folded} ");
    let named = WORDS
        .iter()
        .filter(|(_, words)| words.iter().any(|w| padded.contains(&format!(" {w} "))))
        .map(|(s, _)| *s)
        .max();
    match (named, kind.as_str()) {
        (Some(s), _) => Some(s),
        (None, "password") => Some(Secret::Password),
        _ => None,
    }
}

/// The strongest secrets a set of forms asks for (sorted, unique).
pub fn secrets(forms: &[Form]) -> Vec<Secret> {
    let mut found: Vec<Secret> = forms
        .iter()
        .flat_map(|f| f.inputs.iter())
        .filter_map(input_secret)
        .collect();
    crate::small_sort::sort_short_by_key(&mut found, |&s| s);
    found.dedup();
    found
}

/// `kodeOtp` → `kode Otp`, so camelCase names split into words.
fn split_camel(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    let mut prev_lower = false;
    for c in s.chars() {
        if c.is_uppercase() && prev_lower {
            out.push(' ');
        }
        prev_lower = c.is_lowercase();
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(kind: &str, name: &str, placeholder: &str) -> Input {
        Input {
            kind: kind.into(),
            name: name.into(),
            placeholder: placeholder.into(),
            ..Input::default()
        }
    }

    #[test]
    fn recognises_what_phishing_kits_ask_for() {
        assert_eq!(
            input_secret(&input("password", "pass", "")),
            Some(Secret::Password)
        );
        assert_eq!(
            input_secret(&input("tel", "kode_otp", "")),
            Some(Secret::Otp)
        );
        assert_eq!(
            input_secret(&input("text", "kodeOtp", "")),
            Some(Secret::Otp)
        );
        assert_eq!(
            input_secret(&input("password", "pin", "Masukkan PIN")),
            Some(Secret::Pin)
        );
        assert_eq!(
            input_secret(&input("text", "cc", "Nomor Kartu")),
            Some(Secret::Card)
        );
        assert_eq!(input_secret(&input("text", "q", "Cari produk")), None);
        assert_eq!(input_secret(&input("email", "email", "Email")), None);
        assert_eq!(
            input_secret(&input("text", "spinner", "")),
            None,
            "pin must be a whole word"
        );
    }
}
