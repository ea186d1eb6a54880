//! Letter classes in rule phrases: `*[a-oq-z]88` stands for `*a88`, `*b88`, … `*z88` without `*p88`.
//!
//! Judol brand shapes are "any letter but a few, then a number" (JUNIOR88, but not Rp99 or info888).
//! Spelt out, each shape is 20–150 phrases, and rules that share a shape drifted apart when
//! edited by hand. A class keeps the exception visible (`[a-oq-z]`: no `p`) and the lists equal.
//! Expansion happens once, when the pack is built; the engine only ever sees plain phrases.

/// Most phrases one pattern may expand to (two classes of 26 letters each are 676).
pub const MAX_EXPANSIONS: usize = 1_000;

/// The phrases `pattern` stands for, in order: the first class varies slowest, so
/// `*[g-h][a-b]4d` is `*ga4d`, `*gb4d`, `*ha4d`, `*hb4d`. A pattern without `[` is itself.
pub fn expand_classes(pattern: &str) -> Result<Vec<String>, String> {
    let mut out = vec![String::new()];
    let mut rest = pattern;
    while let Some(open) = rest.find('[') {
        let close = rest[open..]
            .find(']')
            .map(|c| open + c)
            .ok_or_else(|| format!("`[` without `]` in `{pattern}`"))?;
        let letters =
            class_letters(&rest[open + 1..close]).map_err(|why| format!("{why} in `{pattern}`"))?;
        let literal = &rest[..open];
        if out.len() * letters.len() > MAX_EXPANSIONS {
            return Err(format!(
                "`{pattern}` stands for more than {MAX_EXPANSIONS} phrases"
            ));
        }
        out = out
            .iter()
            .flat_map(|head| {
                letters.iter().map(move |c| {
                    let mut s = String::with_capacity(head.len() + literal.len() + 1);
                    s.push_str(head);
                    s.push_str(literal);
                    s.push(*c);
                    s
                })
            })
            .collect();
        rest = &rest[close + 1..];
    }
    if rest.contains(']') {
        return Err(format!("`]` without `[` in `{pattern}`"));
    }
    for s in &mut out {
        s.push_str(rest);
    }
    Ok(out)
}

/// The letters of a class body such as `a-oq-z` or `aeiou`: ASCII letters and digits, ranges
/// ascending, no letter twice.
fn class_letters(body: &str) -> Result<Vec<char>, String> {
    let chars: Vec<char> = body.chars().collect();
    let mut letters = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let from = chars[i];
        let (to, step) = if chars.get(i + 1) == Some(&'-') && i + 2 < chars.len() {
            (chars[i + 2], 3)
        } else {
            (from, 1)
        };
        if !from.is_ascii_alphanumeric() || !to.is_ascii_alphanumeric() || from > to {
            return Err(format!("bad letter class `[{body}]`"));
        }
        for c in from..=to {
            if letters.contains(&c) {
                return Err(format!("`{c}` twice in `[{body}]`"));
            }
            letters.push(c);
        }
        i += step;
    }
    if letters.is_empty() {
        return Err("empty letter class `[]`".into());
    }
    Ok(letters)
}

/// How people type common Indonesian words in chat, SMS and comments (`yg`, `sdh`, `utk`,
/// `tdk`, `gak`, `dgn`, `krn`, `jgn`, `tf`, `no rek`), most common first. Scam texts are full of
/// them, and a rule written in full words (`kode yang masuk`) missed `kode yg masuk`; writing
/// both in every rule was left to chance. Only whole words are replaced, and only words no other
/// language here spells the same way.
///
/// English text-speak too (`ur`, `u`, `pls`, `txt`, `2nite`): SMS spam has written "ur number
/// was picked" and "pls verify ur account" since the 2000s, and the English rules are written in
/// full words. Not `2` for "to" or `4` for "for": digits in a phrase are a brand's number
/// (`*88`), and "to"/"for" are in most phrases, so they would near double the English ones.
const CHAT_SPELLINGS: &[(&str, &[&str])] = &[
    ("yang", &["yg"]),
    ("sudah", &["sdh", "udh", "udah", "dah"]),
    ("untuk", &["utk", "buat"]),
    ("tidak", &["tdk", "gak", "ga", "nggak", "gk", "enggak"]),
    ("dengan", &["dgn", "dg"]),
    ("saya", &["sy", "aku"]),
    ("karena", &["krn", "karna"]),
    ("belum", &["blm"]),
    ("bisa", &["bs", "bsa"]),
    ("harus", &["hrs"]),
    ("lagi", &["lg"]),
    ("tapi", &["tp"]),
    ("dalam", &["dlm"]),
    ("tolong", &["tlg", "tlong"]),
    ("sekarang", &["skrg", "skrng", "skr"]),
    ("juga", &["jg"]),
    ("jangan", &["jgn"]),
    ("kalau", &["klo", "kalo", "kl"]),
    ("sama", &["sm"]),
    ("dari", &["dr"]),
    ("jadi", &["jd"]),
    ("kamu", &["kmu"]),
    ("nomor", &["no", "nmr"]),
    ("rekening", &["rek"]),
    ("transfer", &["tf", "trf"]),
    ("transferkan", &["tfkan", "tf"]),
    ("silakan", &["silahkan"]),
    ("bapak", &["bpk"]),
    ("hubungi", &["hub"]),
    ("informasi", &["info"]),
    ("kirim", &["krm"]),
    ("whatsapp", &["wa"]),
    ("telepon", &["telp", "tlp", "telpon"]),
    ("dulu", &["dl", "dlu"]),
    ("lebih", &["lbh"]),
    ("atau", &["atw", "ato"]),
    ("semua", &["smua"]),
    ("segera", &["sgera"]),
    ("sebelum", &["sblm"]),
    ("pembayaran", &["pembyran"]),
    ("langsung", &["lgsg", "lgsung"]),
    ("your", &["ur", "yr"]),
    ("you", &["u"]),
    ("are", &["r"]),
    ("please", &["pls", "plz"]),
    ("text", &["txt"]),
    ("message", &["msg"]),
    ("tomorrow", &["2moro", "tmrw"]),
    ("tonight", &["2nite", "tonite"]),
];

/// Most chat spellings one phrase gains.
pub const MAX_CHAT_VARIANTS: usize = 16;

/// The phrase as it is typed in chat, without the phrase itself, at most [`MAX_CHAT_VARIANTS`]:
/// each of its words in each of its [`CHAT_SPELLINGS`] with the other words as written, most
/// common first (`tdk bisa cod`, `gak bisa cod`, `tidak bs cod`), then, when two or more words
/// have one, all of them in their most common spelling (`tdk bs cod`). A word at an open end
/// (`yang*`) is kept as written: a prefix has no chat spelling.
///
/// Not every combination: a phrase of three such words had up to 7 × 3 × 5 of them, and the
/// cap kept only those that varied its last words. One word at a time covers every word's
/// spellings in a quarter fewer phrases (the automaton's build is half of a pack's load).
pub fn chat_variants(phrase: &str) -> Vec<String> {
    let words: Vec<&str> = phrase.split(' ').collect();
    let spellings: Vec<&[&str]> = words
        .iter()
        .map(|&w| {
            CHAT_SPELLINGS
                .iter()
                .find(|(full, _)| *full == w)
                .map_or(&[][..], |(_, s)| *s)
        })
        .collect();
    let mut out: Vec<String> = Vec::new();
    for (i, options) in spellings.iter().enumerate() {
        for &spelling in *options {
            let mut variant = words.clone();
            variant[i] = spelling;
            out.push(variant.join(" "));
        }
    }
    if spellings.iter().filter(|s| !s.is_empty()).count() >= 2 {
        let shortest: Vec<&str> = words
            .iter()
            .zip(&spellings)
            .map(|(&word, options)| options.first().copied().unwrap_or(word))
            .collect();
        out.push(shortest.join(" "));
    }
    out.truncate(MAX_CHAT_VARIANTS);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_class_stands_for_each_letter_in_order() {
        assert_eq!(
            expand_classes("*[a-c]88").unwrap(),
            ["*a88", "*b88", "*c88"]
        );
        assert_eq!(
            expand_classes("*[a-oq-z]88").unwrap().len(),
            25,
            "every letter but p"
        );
        assert_eq!(
            expand_classes("*[g-h][a-b]4d").unwrap(),
            ["*ga4d", "*gb4d", "*ha4d", "*hb4d"]
        );
        assert_eq!(expand_classes("slot gacor").unwrap(), ["slot gacor"]);
        assert_eq!(expand_classes("[xy] club").unwrap(), ["x club", "y club"]);
    }

    #[test]
    fn bad_classes_are_explained() {
        for bad in [
            "*[a-c88",
            "*a]88",
            "*[]88",
            "*[z-a]88",
            "*[a-cb]88",
            "*[!]88",
        ] {
            assert!(expand_classes(bad).is_err(), "{bad}");
        }
        let huge = "[a-z][a-z][a-z]";
        assert!(expand_classes(huge).unwrap_err().contains("more than"));
    }

    #[test]
    fn chat_spellings_of_a_phrase() {
        assert_eq!(chat_variants("kode yang masuk"), ["kode yg masuk"]);
        // English text-speak, one word at a time and then all at once.
        assert_eq!(
            chat_variants("you are selected"),
            ["u are selected", "you r selected", "u r selected"]
        );
        assert!(chat_variants("verify your account").contains(&"verify ur account".to_string()));
        let v = chat_variants("tidak bisa cod");
        assert!(v.contains(&"tdk bisa cod".to_string()));
        assert!(v.contains(&"gak bisa cod".to_string()));
        assert!(v.contains(&"tidak bs cod".to_string()));
        assert!(v.contains(&"tdk bs cod".to_string()));
        assert!(!v.contains(&"tidak bisa cod".to_string()));
        assert!(v.len() <= MAX_CHAT_VARIANTS);
        assert!(chat_variants("slot gacor").is_empty());
        // A word at an open end is a prefix: kept.
        assert!(chat_variants("yang*").is_empty());
        assert_eq!(chat_variants("*sudah"), Vec::<String>::new());
        // Every spelling of every word, however long the phrase.
        let v = chat_variants("sudah transfer ke rekening yang tidak dikenal");
        for spelling in [
            "udah transfer",
            "sudah tf",
            "ke rek yang",
            "yg tidak",
            "yang gak dikenal",
            "yang enggak",
        ] {
            assert!(v.iter().any(|x| x.contains(spelling)), "{spelling}: {v:?}");
        }
    }
}
