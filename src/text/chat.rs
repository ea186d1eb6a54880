//! Chat spellings: `yg` is `yang`, `tdk` and `gak` are `tidak`, `ur` is `your`.
//!
//! Scam texts are full of them, and a rule written in full words (`kode yang masuk`) must also
//! match "kode yg masuk". Until 2026-12-04 the pack spelt every phrase out in each chat
//! spelling of its words, a quarter of the automaton's phrases and of a pack's load. Now the
//! phrase search reads each chat-spelt word of the text as its full word (the folded text
//! itself is left as it is: evidence, the text model and every other check see the words as
//! written), and rule phrases get the same treatment, so `kode yg masuk` in a rule and
//! "kode yang masuk" in a text match too.

use std::borrow::Cow;

/// How people type common Indonesian words in chat, SMS and comments (`yg`, `sdh`, `utk`,
/// `tdk`, `gak`, `dgn`, `krn`, `jgn`, `tf`, `no rek`), most common first, in folded form
/// (doubled letters dropped: `nggak` is `ngak`, `whatsapp` is `whatsap`). Only whole words,
/// and only words no other language here spells the same way.
///
/// English text-speak too (`ur`, `u`, `pls`, `txt`, `2nite`): SMS spam has written "ur number
/// was picked" and "pls verify ur account" since the 2000s. Not `2` for "to" or `4` for "for":
/// digits are a brand's number (`*88`).
///
/// Some short forms are not read in full; phrases with the full word get a copy with them
/// instead ([`COPIED_READINGS`]). `dr` is read as `dari`, never as "doctor": rules say
/// `dokter`.
///
/// One line per full word, its spellings after it. One string rather than a table of string
/// slices: in the Wasm a slice is 8 bytes of pointer and length, which compress poorly.
pub const CHAT_SPELLINGS: &str = "\
yang yg
sudah sdh udh udah dah
untuk utk
tidak tdk gak ga ngak gk engak
dengan dgn dg
saya sy
karena krn karna
belum blm
bisa bs bsa
harus hrs
lagi lg
tapi tp
dalam dlm
tolong tlg tlong
sekarang skrg skrng skr
juga jg
jangan jgn
kalau klo kalo kl
sama sm
dari dr
jadi jd
kamu kmu
nomor no nmr
rekening rek
transfer tf trf
transferkan tfkan
silakan silahkan
bapak bpk
hubungi hub
kirim krm
whatsap wa
telepon telp tlp telpon
dulu dl dlu
lebih lbh
atau atw ato
semua smua
segera sgera
sebelum sblm
pembayaran pembyran
langsung lgsg lgsung
your ur yr
you u
are r
please pls plz
text txt
mesage msg
tomorow 2moro tmrw
tonight 2nite tonite";

/// The lines of [`CHAT_SPELLINGS`]: each full word and its spellings.
pub fn chat_spellings() -> impl Iterator<Item = (&'static str, impl Iterator<Item = &'static str>)>
{
    CHAT_SPELLINGS.lines().filter_map(|line| {
        let mut words = line.split(' ');
        Some((words.next()?, words))
    })
}

/// Words whose other form is not read in full, so a phrase holding the word also gets a copy
/// with that form when the pack is built (one word at a time, then all at once):
/// - `saya` → `aku`: both are "I", but a rule written with `aku` is written for family talk,
///   and one with `saya` for a stranger's formal register; "nanti aku telpon" (a daughter)
///   must not match what `nanti saya telpon` (a fake officer) was meant for, or the reverse.
/// - `untuk` → `buat`: "buat" is also "make" (`buat akun`).
/// - `informasi` → `info`: rules name the `.info` ending, and a link group holding `info`
///   would match every "informasi".
/// - `transferkan` → `transfer`: "tf" reads as `transfer`, and "tf ke rekening ini" should
///   still match `transferkan ke rekening ini`.
pub const COPIED_READINGS: &[(&str, &str)] = &[
    ("saya", "aku"),
    ("untuk", "buat"),
    ("informasi", "info"),
    ("transferkan", "transfer"),
];

/// The longest chat spelling, in bytes: longer words are never looked up.
const MAX_SPELLING: usize = 8;

/// The chat spellings, ready for lookups.
#[derive(Debug, Clone)]
pub struct ChatWords {
    /// One bit per [`filter_slot`]: most words of a text are turned away by one load.
    filter: [u64; 64],
    /// (spelling, full word), sorted by spelling.
    spellings: Vec<(&'static str, &'static str)>,
}

/// Where a word's bit lies in [`ChatWords::filter`]: its length and first and last letters.
fn filter_slot(word: &[u8]) -> usize {
    let (first, last) = match word {
        [first, .., last] => (*first, *last),
        [only] => (*only, *only),
        [] => (0, 0),
    };
    ((usize::from(first) * 67) ^ (usize::from(last) * 7) ^ (word.len() * 1031)) & 4095
}

impl Default for ChatWords {
    fn default() -> Self {
        Self::new()
    }
}

impl ChatWords {
    /// The table, built once per process (phrases are read in full one by one at load).
    pub fn shared() -> &'static ChatWords {
        static SHARED: std::sync::OnceLock<ChatWords> = std::sync::OnceLock::new();
        SHARED.get_or_init(ChatWords::new)
    }

    /// The table of [`CHAT_SPELLINGS`].
    pub fn new() -> ChatWords {
        // A byte loop rather than `lines` and `split`: a third of the code in the Wasm.
        let mut spellings: Vec<(&'static str, &'static str)> = Vec::with_capacity(100);
        let (mut full, mut start) = ("", 0);
        for (at, &b) in CHAT_SPELLINGS.as_bytes().iter().enumerate() {
            let last = at + 1 == CHAT_SPELLINGS.len();
            if b == b' ' || b == b'\n' || last {
                let word = &CHAT_SPELLINGS[start..at + usize::from(last)];
                if full.is_empty() {
                    full = word;
                } else {
                    spellings.push((word, full));
                }
                if b == b'\n' {
                    full = "";
                }
                start = at + 1;
            }
        }
        // ~90 pairs, once: the standard sort would cost ~7 KB of Wasm (`small_sort`).
        crate::small_sort::sort_short_by_key(&mut spellings, |&pair| pair);
        let mut filter = [0u64; 64];
        for &(form, _) in &spellings {
            let slot = filter_slot(form.as_bytes());
            filter[slot / 64] |= 1 << (slot % 64);
        }
        ChatWords { filter, spellings }
    }

    /// The full word `word` (one folded word) is the chat spelling of, if any.
    #[inline]
    pub fn full_word(&self, word: &[u8]) -> Option<&'static str> {
        if word.is_empty() || word.len() > MAX_SPELLING {
            return None;
        }
        let slot = filter_slot(word);
        if self.filter[slot / 64] & (1 << (slot % 64)) == 0 {
            return None;
        }
        self.spellings
            .binary_search_by(|&(form, _)| form.as_bytes().cmp(word))
            .ok()
            .map(|i| self.spellings[i].1)
    }

    /// The pairs (spelling, full word), sorted by spelling.
    pub fn spellings(&self) -> &[(&'static str, &'static str)] {
        &self.spellings
    }

    /// `folded` (text from `fold`) with every chat-spelt word in full, and the way back.
    pub(crate) fn in_full<'a>(&self, folded: &'a str) -> InFull<'a> {
        let bytes = folded.as_bytes();
        let mut text: Option<String> = None;
        let mut shifts = Vec::new();
        let mut copied = 0;
        let mut start = 0;
        while start < bytes.len() {
            let end = bytes[start..]
                .iter()
                .position(|&b| b == b' ')
                .map_or(bytes.len(), |len| start + len);
            if let Some(full) = self.full_word(&bytes[start..end]) {
                let out = text.get_or_insert_with(|| String::with_capacity(folded.len() + 64));
                out.push_str(&folded[copied..start]);
                out.push_str(full);
                copied = end;
                shifts.push((out.len(), end));
            }
            start = end + 1;
        }
        let text = match text {
            Some(mut out) => {
                out.push_str(&folded[copied..]);
                Cow::Owned(out)
            }
            None => Cow::Borrowed(folded),
        };
        InFull {
            text,
            shifts,
            folded_len: folded.len(),
        }
    }

    /// A folded phrase with its chat-spelt words in full, `None` when it has none. A word at an
    /// open end (`wa*`, `*yg`) is part of a longer word and stays as written: the pack adds
    /// copies for the spellings it could be part of ([`open_word_readings`]).
    pub(crate) fn phrase_in_full(
        &self,
        folded: &str,
        open_start: bool,
        open_end: bool,
    ) -> Option<String> {
        // The closed words, `folded[closed]`, read as a text would be.
        let mut closed = 0..folded.len();
        if open_start {
            closed.start = folded.find(' ').map_or(folded.len(), |space| space + 1);
        }
        if open_end {
            closed.end = folded.rfind(' ').unwrap_or(0);
        }
        if closed.start >= closed.end {
            return None;
        }
        match self.in_full(&folded[closed.clone()]).text {
            Cow::Borrowed(_) => None,
            Cow::Owned(middle) => {
                let mut phrase = String::with_capacity(folded.len() + middle.len());
                phrase.push_str(&folded[..closed.start]);
                phrase.push_str(&middle);
                phrase.push_str(&folded[closed.end..]);
                Some(phrase)
            }
        }
    }
}

/// `full` (a folded phrase) and the ways chat spells its full words: one word at a time in
/// each of its spellings, then every word in its most common one. For the few words compared
/// with the text as written rather than searched (a rule's negators: "gak ada" must negate as
/// `tidak ada` does).
pub(crate) fn spelt_forms(full: &str) -> Vec<String> {
    let words: Vec<&str> = full.split(' ').collect();
    let mut forms = vec![full.to_string()];
    let mut all_at_once = words.clone();
    let mut spelt = 0;
    for (i, &word) in words.iter().enumerate() {
        let Some((_, spellings)) = chat_spellings().find(|&(of, _)| of == word) else {
            continue;
        };
        // In the table's order: the most common spelling first.
        for (k, form) in spellings.enumerate() {
            if k == 0 {
                all_at_once[i] = form;
                spelt += 1;
            }
            let mut copy = words.clone();
            copy[i] = form;
            forms.push(copy.join(" "));
        }
    }
    if spelt >= 2 {
        forms.push(all_at_once.join(" "));
    }
    forms
}

/// Folded text with its chat-spelt words in full ([`ChatWords::in_full`]).
#[derive(Debug)]
pub(crate) struct InFull<'a> {
    /// The text; borrowed when it had no chat spelling.
    pub text: Cow<'a, str>,
    /// After each replaced word: its end in `text`, and in the folded text.
    shifts: Vec<(usize, usize)>,
    folded_len: usize,
}

impl InFull<'_> {
    /// The offset in the folded text of `at`, an offset of [`text`](Self::text) at a word's
    /// start or end (a replaced word maps whole to the word as written).
    pub(crate) fn folded_offset(&self, at: usize) -> usize {
        let i = self.shifts.partition_point(|&(end, _)| end <= at);
        let (text_end, folded_end) = i.checked_sub(1).map_or((0, 0), |i| self.shifts[i]);
        (folded_end + (at - text_end)).min(self.folded_len)
    }
}

/// [`open_word_readings`] of a phrase as a rule writes it (`wa*`, `transferkan ke`), for the
/// pack compiler, which has no `fold` (the build script compiles the default pack): words are
/// split at anything but letters and digits and lose doubled letters, as folding would do to
/// the plain words every chat spelling is made of.
pub fn readings_of_written(chat: &ChatWords, raw: &str) -> Vec<String> {
    let raw = raw.trim();
    let (open_start, open_end) = (raw.starts_with('*'), raw.ends_with('*'));
    let words: Vec<String> = raw
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut out = String::with_capacity(w.len());
            for c in w.chars().flat_map(char::to_lowercase) {
                if !(c.is_ascii_alphabetic() && out.ends_with(c)) {
                    out.push(c);
                }
            }
            out
        })
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    open_word_readings(chat, &words.join(" "), open_start, open_end)
}

/// Copies of a phrase (as written in a rule, `*` on open sides) for chat spellings its open
/// word could be the start or end of: `wa*` matches "wa" itself, which the search reads as
/// "whatsap", so the pack adds `whatsap`; `*yg` gains `yang`. The copies are closed on that
/// side. And copies with [`COPIED_READINGS`]: `transferkan ke` gains `transfer ke`.
pub fn open_word_readings(
    chat: &ChatWords,
    folded: &str,
    open_start: bool,
    open_end: bool,
) -> Vec<String> {
    let words: Vec<&str> = folded.split(' ').collect();
    let last = words.len() - 1;
    let star = |open: bool| if open { "*" } else { "" };
    let mut out = Vec::new();
    for &(form, full) in chat.spellings() {
        if last == 0 && open_start && open_end {
            if form.contains(words[0]) && !full.contains(words[0]) {
                out.push(full.to_string());
            }
            continue;
        }
        if open_end && form.starts_with(words[last]) && !full.starts_with(words[last]) {
            let mut copy = words.clone();
            copy[last] = full;
            out.push(format!(
                "{}{}",
                star(open_start && last > 0),
                copy.join(" ")
            ));
        }
        if open_start && form.ends_with(words[0]) && !full.ends_with(words[0]) {
            let mut copy = words.clone();
            copy[0] = full;
            out.push(format!("{}{}", copy.join(" "), star(open_end && last > 0)));
        }
    }
    let mut all_at_once = words.clone();
    let mut copied = 0;
    for (i, &w) in words.iter().enumerate() {
        let open = (i == 0 && open_start) || (i == last && open_end);
        let Some(&(_, reading)) = COPIED_READINGS.iter().find(|(word, _)| *word == w) else {
            continue;
        };
        if open {
            continue;
        }
        let mut copy = words.clone();
        copy[i] = reading;
        out.push(format!(
            "{}{}{}",
            star(open_start),
            copy.join(" "),
            star(open_end)
        ));
        all_at_once[i] = reading;
        copied += 1;
    }
    if copied >= 2 {
        out.push(format!(
            "{}{}{}",
            star(open_start),
            all_at_once.join(" "),
            star(open_end)
        ));
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    #[test]
    fn the_table_is_in_folded_form_and_reads_one_way() {
        let chat = ChatWords::new();
        let mut words = 0;
        for (full, forms) in chat_spellings() {
            words += 1;
            assert_eq!(fold(full).text, full, "{full}");
            assert!(
                chat.full_word(full.as_bytes()).is_none(),
                "{full} is itself a spelling"
            );
            let mut spellings = 0;
            for form in forms {
                spellings += 1;
                assert_eq!(fold(form).text, form, "{form}");
                assert!(form.len() <= MAX_SPELLING, "{form}");
                assert!(chat.full_word(form.as_bytes()).is_some(), "{form}");
            }
            assert!(spellings > 0, "{full} has no spelling");
        }
        assert_eq!(words, CHAT_SPELLINGS.lines().count());
        let pairs = chat.spellings();
        assert_eq!(pairs.len(), chat_spellings().flat_map(|(_, f)| f).count());
        assert!(
            pairs.windows(2).all(|w| w[0].0 < w[1].0),
            "a spelling is listed twice"
        );
        assert!(words > 40);
        for &(word, reading) in COPIED_READINGS {
            assert_eq!(fold(word).text, word, "{word}");
            assert_eq!(fold(reading).text, reading, "{reading}");
            assert!(chat.full_word(word.as_bytes()).is_none(), "{word}");
            assert!(chat.full_word(reading.as_bytes()).is_none(), "{reading}");
        }
    }

    #[test]
    fn negators_get_their_chat_spellings() {
        let forms = spelt_forms("tidak ada");
        for form in ["tidak ada", "gak ada", "tdk ada", "ga ada", "gk ada"] {
            assert!(forms.iter().any(|f| f == form), "{form} in {forms:?}");
        }
        assert!(spelt_forms("tidak perlu transfer").contains(&"tdk perlu tf".to_string()));
        assert_eq!(spelt_forms("tanpa"), ["tanpa"]);
    }

    #[test]
    fn only_whole_spellings_are_read_in_full() {
        let chat = ChatWords::new();
        assert_eq!(chat.full_word(b"yg"), Some("yang"));
        assert_eq!(chat.full_word(b"gak"), Some("tidak"));
        assert_eq!(chat.full_word(b"tf"), Some("transfer"));
        for word in ["ygy", "yang", "slot", "", "gacor", "nomornya", "y"] {
            assert_eq!(chat.full_word(word.as_bytes()), None, "{word}");
        }
    }

    #[test]
    fn text_in_full_maps_back_to_the_words_as_written() {
        let chat = ChatWords::new();
        let folded = "kode yg masuk tdk boleh dikasih ke siapa2 ya";
        let full = chat.in_full(folded);
        assert_eq!(
            full.text,
            "kode yang masuk tidak boleh dikasih ke siapa2 ya"
        );
        // "yang" is "yg", "tidak" is "tdk", later words keep their place.
        assert_eq!(full.folded_offset(5), 5);
        assert_eq!(full.folded_offset(9), 7);
        assert_eq!(
            &folded[full.folded_offset(16)..full.folded_offset(21)],
            "tdk"
        );
        let end = full.text.len();
        assert_eq!(full.folded_offset(end), folded.len());
        // Nothing to read in full: the text is borrowed.
        let plain = chat.in_full("slot gacor malam ini");
        assert!(matches!(plain.text, Cow::Borrowed(_)));
        assert_eq!(plain.folded_offset(4), 4);
        // Shorter in full (silahkan → silakan) maps back too.
        let short = chat.in_full("silahkan isi data");
        assert_eq!(short.text, "silakan isi data");
        assert_eq!(short.folded_offset(7), 8);
        assert_eq!(short.folded_offset(12), 13);
    }

    #[test]
    fn phrases_read_their_closed_words_in_full() {
        let chat = ChatWords::new();
        assert_eq!(
            chat.phrase_in_full("kode yg masuk", false, false)
                .as_deref(),
            Some("kode yang masuk")
        );
        assert_eq!(chat.phrase_in_full("kode yang masuk", false, false), None);
        // Open words are parts of longer words.
        assert_eq!(chat.phrase_in_full("wa", false, true), None);
        assert_eq!(
            chat.phrase_in_full("yg wa", false, true).as_deref(),
            Some("yang wa")
        );
    }

    #[test]
    fn written_phrases_are_read_as_folding_would() {
        let chat = ChatWords::new();
        assert_eq!(readings_of_written(&chat, "Wa*"), ["whatsap"]);
        assert_eq!(readings_of_written(&chat, "*  yyg"), ["yang"]);
        assert_eq!(
            readings_of_written(&chat, "Transferkan, ke rekening"),
            ["transfer ke rekening"]
        );
        assert!(readings_of_written(&chat, "*").is_empty());
        assert!(readings_of_written(&chat, "slot gacor*").is_empty());
    }

    #[test]
    fn open_words_gain_the_spellings_they_could_be_part_of() {
        let chat = ChatWords::new();
        assert_eq!(open_word_readings(&chat, "wa", false, true), ["whatsap"]);
        let tf = open_word_readings(&chat, "kirim tf", false, true);
        assert!(tf.contains(&"kirim transfer".to_string()), "{tf:?}");
        assert!(tf.contains(&"kirim transferkan".to_string()), "{tf:?}");
        // `no*` already matches "nomor": no copy.
        assert!(open_word_readings(&chat, "no", false, true).is_empty());
        assert_eq!(open_word_readings(&chat, "yg", true, false), ["yang"]);
        assert_eq!(
            open_word_readings(&chat, "transferkan ke rekening", false, false),
            ["transfer ke rekening"]
        );
        assert_eq!(
            open_word_readings(&chat, "informasi lebih lanjut", false, false),
            ["info lebih lanjut"]
        );
        assert_eq!(
            open_word_readings(&chat, "saya kirim untuk kamu", false, false),
            [
                "aku kirim buat kamu",
                "aku kirim untuk kamu",
                "saya kirim buat kamu"
            ]
        );
        assert!(open_word_readings(&chat, "slot gacor", false, false).is_empty());
        assert!(open_word_readings(&chat, "88", true, false).is_empty());
    }
}
