//! Whether a brand name glued into a longer word of a host is a lure or a coincidence.
//!
//! Phishing hosts glue the brand to words that make a link look like the brand's own service
//! (`servicepaypal`, `instagramnotice`, `whatsappjoingrup`, `klikbcaverifikasi`). Honest sites
//! glue a famous name to their own words (`dipyoutube`, `googlefeud`), and some names only
//! appear by accident inside other words (`m|yahoo|kah`). Combosquatting studies (Kintis et al.,
//! "Hiding in Plain Sight", 2017) found the phishing side uses a small vocabulary: account,
//! security and support words, login and payment words, prizes, group-chat invitations, file
//! sharing and, for crypto, wallet words. A glued name whose other letters are all such words
//! keeps the full weight of a lookalike; any other glued name is weaker evidence
//! (`url.brand-glued`), which still reaches a warning with one more sign (free hosting, a random
//! path, a login page).

/// Words phishing hosts glue to a brand's name, English and Indonesian. Plurals and the
/// Indonesian `-ku` ("my") are handled by [`glued_without_lure`], not listed.
#[rustfmt::skip]
const LURE_WORDS: &[&str] = &[
    // account and security
    "login", "log", "signin", "sign", "logon", "secure", "security", "safe", "verify",
    "verification", "verifikasi", "validate", "validation", "valid", "confirm", "konfirmasi",
    "auth", "account", "akun", "update", "upgrade", "unlock", "recovery", "recover", "restore",
    "reset", "password", "aktivasi", "activation", "blokir", "blocked", "limit", "limited",
    // money
    "billing", "bill", "pay", "payment", "pembayaran", "wallet", "card", "kartu", "refund",
    "invoice", "transfer", "tarif", "bank", "banking", "cash", "cashback", "dana",
    // support and notices
    "support", "help", "helpdesk", "service", "layanan", "care", "cs", "customer", "client",
    "center", "centre", "team", "desk", "contact", "hubungi", "bantuan", "pengaduan", "notice",
    "notif", "notification", "alert", "info", "informasi", "message", "mail", "email", "inbox",
    // looking official
    "my", "m", "mobile", "app", "web", "online", "portal", "id", "official", "resmi", "home",
    "access", "net", "site", "page", "live", "go", "get", "new", "baru",
    // prizes and offers
    "promo", "bonus", "hadiah", "gift", "reward", "poin", "point", "undian", "kuis", "gratis",
    "free", "prize", "winner", "claim", "klaim", "event", "lottery", "giveaway", "voucher",
    "diskon", "subsidi", "bansos",
    // group-chat invitations
    "join", "gabung", "invite", "grup", "group", "grub", "chat", "vip", "daftar",
    // crypto
    "airdrop", "connect", "sync", "extension", "dex", "swap", "bridge", "stake", "nft", "mint",
    "token", "defi", "dapp",
    // shared files
    "drive", "doc", "document", "file", "share", "shared", "cloud", "storage", "download",
    "view", "viewer", "scan",
    // the same lures in other languages beyond `FOREIGN_ACCOUNT_LURES` (which `BY_FIRST_LETTER`
    // indexes with these): payments, bills and "my" in Dutch, Spanish, Portuguese, French,
    // German and Italian (banamex-acceso, compte-ameli); a traffic fine and aid in Malay and
    // Tagalog (jpj-saman, gcash-ayuda)
    "betaling", "rekening", "klant", "banca", "enlinea", "pago", "atualizacao", "paiement",
    "facture", "espace", "mon", "zahlung", "mein", "conto", "pagamento", "rinnovo", "saman",
    "ayuda",
];

/// Sign-in, security and account words in the languages of the phishing feeds beyond English
/// and Indonesian: lure words here, and banking lures beside a brand's ordinary-word name in
/// `url::brands` (one list for both, so a language added is added to both). Dutch, Spanish,
/// Portuguese, French, German and Italian (`mijn-ing-verificatie`, `santander-acceso-cliente`,
/// `itau-seguranca`, `sparkasse-sicherheit`, `poste-accesso`); Malay and Vietnamese, the latter
/// without its marks and glued as hosts carry it (`pbebank-pengesahan`, `vietcombank-xacminh`,
/// `momo-hoantien`); a wallet's rebates (`tng-rebate`).
#[rustfmt::skip]
pub(super) const FOREIGN_ACCOUNT_LURES: &[&str] = &[
    "mijn", "verificatie", "inloggen", "beveiliging", "acceso", "seguridad", "clave", "cuenta",
    "cliente", "verificacion", "acesso", "seguranca", "senha", "conta", "atualizar", "cadastro",
    "verificacao", "connexion", "compte", "securite", "anmelden", "konto", "sicherheit",
    "accesso", "sicurezza", "verifica",
    "akaun", "pengesahan", "kemaskini", "tebus", "semak", "rebate", "dangnhap", "xacminh",
    "xacthuc", "capnhat", "taikhoan", "hoantien", "nhanqua", "khuyenmai",
];

/// [`LURE_WORDS`] and [`FOREIGN_ACCOUNT_LURES`] as one list, joined when compiling.
const ALL_LURE_WORDS: [&str; LURE_WORDS.len() + FOREIGN_ACCOUNT_LURES.len()] =
    joined(LURE_WORDS, FOREIGN_ACCOUNT_LURES);

/// `a` then `b`, as an array of `N` (their lengths' sum), when compiling.
const fn joined<const N: usize>(a: &[&'static str], b: &[&'static str]) -> [&'static str; N] {
    assert!(a.len() + b.len() == N, "N is the sum of the lengths");
    let mut out = [""; N];
    let mut i = 0;
    while i < a.len() {
        out[i] = a[i];
        i += 1;
    }
    while i < N {
        out[i] = b[i - a.len()];
        i += 1;
    }
    out
}

/// Whether `keyword` appears in `labels` only glued into longer tokens whose other letters are
/// not lure words (`dipyoutube`, `googlefeud`, `myahookah`). False when some token is exactly
/// the keyword (`bri-poin`), when one letter more makes it a typo (`openseaa`), when a glued
/// token's remainder is all lure words (`servicepaypal`, `whatsappjoingrup`), and when the keyword is not in the labels at all (a
/// typo such as `paypa1`, judged elsewhere).
pub fn glued_without_lure(labels: &[&str], keyword: &str) -> bool {
    let mut glued = false;
    for token in labels.iter().flat_map(|l| super::brands::label_tokens(l)) {
        if token == keyword {
            return false;
        }
        if let Some(at) = token.find(keyword) {
            let (before, after) = (&token[..at], &token[at + keyword.len()..]);
            // One letter more (`openseaa`, `ccoinbase`, `paypall`) is a typo, one edit away,
            // not a word glued on.
            if before.len() + after.len() <= 1 {
                return false;
            }
            // `whatsapps`, `danaku`: a plural or "my" straight after the name.
            let after_ok = all_lure_words(after)
                || ["s", "ku"]
                    .iter()
                    .any(|t| after.strip_prefix(t).is_some_and(all_lure_words));
            if all_lure_words(before) && after_ok {
                return false;
            }
            glued = true;
        }
    }
    glued
}

/// Whether some piece of `labels` beside `keyword` is made of lure words: a token other than
/// the keyword's (`bni-verifikasi`), or what is glued to the keyword in its token
/// (`bniverifikasi`). `bni-am` (BNI's asset manager) has none.
pub fn beside_lure_word(labels: &[&str], keyword: &str) -> bool {
    beside(labels, keyword, is_lure_piece)
}

/// Whether some piece of `labels` beside `keyword` is a `lure`: a token other than the
/// keyword's, or what is glued to the keyword in its token.
fn beside(labels: &[&str], keyword: &str, lure: impl Fn(&str) -> bool) -> bool {
    labels
        .iter()
        .flat_map(|l| super::brands::label_tokens(l))
        .any(|token| match token.find(keyword) {
            Some(at) => lure(&token[..at]) || lure(&token[at + keyword.len()..]),
            None => lure(token),
        })
}

/// What a short link's own name adds to a brand's to make it a lure (`bit.ly/bca-update-tarif`,
/// `cutt.ly/brimo-tarif`, `rebrand.ly/jnt-paket-tertahan`, `s.id/BansosBLT2025`): an account to
/// unlock or verify, a new fee, a claim, a parcel held back, a government aid programme's
/// payout, a giveaway. Narrower than [`LURE_WORDS`]: brands publish short links to their own promotions,
/// cards, points, apps and sign-up pages (`bit.ly/BCAKartuKredit`, `s.id/BukaAkunBRI`), so
/// "promo", "kartu", "poin", "app", "akun" or "daftar" beside a brand's name are not lures here.
#[rustfmt::skip]
const SHORT_LINK_LURES: &[&str] = &[
    "login", "signin", "verifikasi", "verify", "verification", "validasi", "validate",
    "konfirmasi", "confirm", "update", "unlock", "blokir", "blocked", "suspend", "suspended",
    "limit", "aktivasi", "activation", "reset", "password", "pin", "otp", "recovery",
    "pemulihan", "tarif", "refund", "klaim", "claim", "cair", "pencairan", "penerima",
    "tertahan", "ditahan", "cukai", "blt", "bansos", "bsu", "subsidi",
    // "DANA Kaget" surprise money and giveaways are made by users in the app, not published
    // by the brand as short links.
    "kaget", "giveaway",
];

/// Prizes and draws, lures beside the name of a brand of a kind that holds none: a government
/// office or a utility (`tinyurl.com/hadiah-bpjs-2025`, `s.id/undian-pln`). Banks and shops
/// hold real draws and link to them (`bit.ly/undian-bca`), so not beside theirs.
const PRIZE_LURES: &[&str] = &["hadiah", "undian"];

/// Whether a piece of a short link's name beside `keyword` is one of [`SHORT_LINK_LURES`], or
/// of [`PRIZE_LURES`] when the brand's `kind` (`rules/brands.toml`) holds no draws: a token
/// other than the keyword's (`bca-update-tarif`), or what is glued to the keyword in its token
/// (`brimotarif`).
pub fn beside_short_link_lure(labels: &[&str], keyword: &str, kind: &str) -> bool {
    let prizes = matches!(kind, "government" | "utility");
    beside(labels, keyword, |s| {
        SHORT_LINK_LURES.contains(&s) || (prizes && PRIZE_LURES.contains(&s))
    })
}

/// Whether `piece` (a piece of a host label, or of a short link's name) is made wholly of lure
/// words (`verifikasi`, `docs`, `loginaccount`), each maybe with a plural `s` or `ku`.
pub fn is_lure_piece(piece: &str) -> bool {
    !piece.is_empty() && all_lure_words(piece)
}

/// Most lure words starting with one letter.
const MAX_PER_LETTER: usize = 32;

/// [`ALL_LURE_WORDS`] by first letter, built when compiling (see [`index_by_first_letter`]). A scan
/// of the whole list for each position of a remainder (170 first-byte tests) was a twentieth of
/// a lookalike's check.
const BY_FIRST_LETTER: FirstLetterIndex<MAX_PER_LETTER> = index_by_first_letter(&ALL_LURE_WORDS);

/// Words by first letter: for each letter `a`–`z` the indices of its words in list order (at
/// most `M`), and how many there are.
pub(super) type FirstLetterIndex<const M: usize> = ([[u8; M]; 26], [u8; 26]);

/// Indexes `words` (each starting with `a`–`z`, at most 256) by first letter, when compiling:
/// a position of a name is then compared with the few words of its letter, not with all of
/// them (the word lists of `lure`, `institution` and `money` are read so for every host).
pub(super) const fn index_by_first_letter<const M: usize>(words: &[&str]) -> FirstLetterIndex<M> {
    let mut table = [[0u8; M]; 26];
    let mut counts = [0u8; 26];
    let mut i = 0;
    while i < words.len() {
        let first = words[i].as_bytes()[0];
        assert!(first.is_ascii_lowercase(), "words start with a-z");
        let letter = (first - b'a') as usize;
        let n = counts[letter] as usize;
        assert!(n < M, "raise MAX_PER_LETTER");
        assert!(i < 256, "word indices fit in a byte");
        table[letter][n] = i as u8;
        counts[letter] += 1;
        i += 1;
    }
    (table, counts)
}

/// Whether `s` is empty or splits wholly into lure words (each maybe with a plural `s` or
/// the Indonesian `ku`). Short input only (a label's remainder), so the quadratic search is cheap.
fn all_lure_words(s: &str) -> bool {
    // ends[i]: s[..i] splits into lure words.
    let n = s.len();
    if n > 63 {
        return false;
    }
    let mut ends = [false; 64];
    ends[0] = true;
    for start in 0..n {
        if !ends[start] {
            continue;
        }
        // Only the words starting with this byte are compared (a call to memcmp each).
        // Every lure word starts with a-z: nothing else starts one.
        let first = s.as_bytes()[start];
        if !first.is_ascii_lowercase() {
            continue;
        }
        let letter = usize::from(first - b'a');
        let count = usize::from(BY_FIRST_LETTER.1[letter]);
        for &w in &BY_FIRST_LETTER.0[letter][..count] {
            let word = ALL_LURE_WORDS[usize::from(w)];
            if s[start..].starts_with(word) {
                let end = start + word.len();
                ends[end] = true;
                for tail in ["s", "ku"] {
                    if s[end..].starts_with(tail) {
                        ends[end + tail.len()] = true;
                    }
                }
            }
        }
    }
    ends[n]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glued(host: &str, keyword: &str) -> bool {
        let labels: Vec<&str> = host.split('.').collect();
        glued_without_lure(&labels, keyword)
    }

    #[test]
    fn lure_words_beside_a_name() {
        let beside = |host: &str, keyword: &str| {
            let labels: Vec<&str> = host.split('.').collect();
            beside_lure_word(&labels, keyword)
        };
        assert!(beside("bni-verifikasi", "bni"));
        assert!(beside("bnipoin", "bni"));
        assert!(beside("login.bni-x", "bni"));
        assert!(!beside("bni-am", "bni"));
        assert!(!beside("cimb-principal", "cimb"));
        assert!(!beside("bankbtn", "bankbtn"));
    }

    #[test]
    fn short_link_lures_are_narrower() {
        let beside = |name: &str, keyword: &str| beside_short_link_lure(&[name], keyword, "bank");
        assert!(beside("bca-update-tarif", "bca"));
        assert!(beside("brimotarif", "brimo"));
        assert!(beside("jnt-paket-tertahan", "jnt"));
        assert!(beside("bansos-blt2025", "bansos"));
        // A brand's own promotions, cards and sign-up pages.
        assert!(!beside("bca-kartu-kredit", "bca"));
        assert!(!beside("promo-brimo", "brimo"));
        assert!(!beside("buka-akun-bri", "bri"));
        // Prizes: a bank's own draws, a government office's lure.
        assert!(!beside("undian-bca-2025", "bca"));
        assert!(!beside("hadiahbri", "bri"));
        assert!(beside_short_link_lure(
            &["hadiah-bpjs-2025"],
            "bpjs",
            "government"
        ));
        assert!(beside_short_link_lure(&["undian-pln"], "pln", "utility"));
        assert!(!beside_short_link_lure(
            &["info-bpjs-2025"],
            "bpjs",
            "government"
        ));
        assert!(is_lure_piece("verifikasi"));
        assert!(!is_lure_piece("training"));
        assert!(!is_lure_piece(""));
    }

    #[test]
    fn names_glued_to_their_own_words_are_weak() {
        assert!(glued("dipyoutube", "youtube"));
        assert!(glued("www.googlefeud", "google"));
        assert!(glued("www.myahookah", "yahoo"));
        assert!(glued("googlesystem", "google"));
    }

    #[test]
    fn names_glued_to_lure_words_stay_lookalikes() {
        for (host, keyword) in [
            ("servicepaypal.serveirc", "paypal"),
            ("instagramnotice-security", "instagram"),
            ("joinchatgrupwhatsapp31.mrbonus", "whatsapp"),
            ("www.paypalsigninfo.deisemelo", "paypal"),
            ("invite-whatsapps.xxuz", "whatsapp"),
            ("klikbcaverifikasi", "klikbca"),
            ("binanceofficialdex", "binance"),
            ("mfacebook.blogspot", "facebook"),
            ("metamaskconnect", "metamask"),
            ("hadiahdanaku", "dana"),
        ] {
            assert!(!glued(host, keyword), "{host}");
        }
    }

    #[test]
    fn whole_tokens_and_typos_are_not_glued() {
        assert!(!glued("bri-poin", "bri"));
        assert!(!glued("openseaa", "opensea"));
        assert!(!glued("ccoinbase", "coinbase"));
        assert!(!glued("dipyoutube.youtube-help", "youtube"));
        assert!(!glued("paypa1-login", "paypal"));
    }

    #[test]
    fn odd_input_is_bounded() {
        let long = "x".repeat(200) + "paypal";
        assert!(glued(&long, "paypal"));
        assert!(!all_lure_words(&"login".repeat(20)));
    }
}
