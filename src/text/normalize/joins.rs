//! Context rules over units: spaced-out letters (s l o t) and names split by symbols
//! (ALEXIS⭐17) are joined, and leetspeak between letters (g4c0r) becomes letters.

use super::units::{Kind, Unit};

/// Leetspeak: one or two digits (or `@`/`$`) between letters are letters
/// (g4c0r → gacor, m4xw1n → maxwin, b@nk → bank). Digits elsewhere stay digits, so brand
/// numbers (JUNIOR88, 4D) and amounts are kept; a leftover `@` or `$` is a separator.
/// One digit ending a word that is already leetspeak is a letter too (B4L1T0T0 → balitoto):
/// a name that spells its letters as digits spells its last one so as well, while a plain
/// name's number (JUNIOR8, ROBOT1) is left alone.
pub(super) fn resolve_leet(units: &mut [Unit]) {
    let is_leet = |k: Kind| matches!(k, Kind::Digit | Kind::LeetSymbol);
    // The last unit turned from leetspeak into a letter.
    let mut last_converted: Option<usize> = None;
    let mut i = 0;
    while i < units.len() {
        if !is_leet(units[i].kind) {
            i += 1;
            continue;
        }
        let run_end = (i..units.len())
            .find(|&j| !is_leet(units[j].kind))
            .unwrap_or(units.len());
        let between_letters = i > 0
            && units[i - 1].kind == Kind::Letter
            && run_end < units.len()
            && units[run_end].kind == Kind::Letter
            && !is_togel_suffix(units, i, run_end);
        // Checked before anything changes, without collecting the letters.
        let all_leet = units[i..run_end].iter().all(|u| leet_letter(u.c).is_some());
        let ends_leet_word = run_end - i == 1
            && units
                .get(run_end)
                .is_none_or(|u| !matches!(u.kind, Kind::Letter | Kind::Digit))
            && last_converted
                .is_some_and(|k| k < i && units[k + 1..i].iter().all(|u| u.kind == Kind::Letter));
        if all_leet && (between_letters && run_end - i <= 2 || ends_leet_word) {
            for u in &mut units[i..run_end] {
                if let Some(c) = leet_letter(u.c) {
                    u.c = c;
                    u.kind = Kind::Letter;
                }
            }
            last_converted = Some(run_end - 1);
        } else {
            for u in &mut units[i..run_end] {
                if u.kind == Kind::LeetSymbol {
                    u.c = ' ';
                    u.kind = Kind::Sep;
                }
            }
        }
        i = run_end;
    }
}

/// `VISI4D`, `ALEXA4D`: "4D" ends a word in the names of lottery (togel) sites; it is a
/// number, not leetspeak for "ad".
fn is_togel_suffix(units: &[Unit], run_start: usize, run_end: usize) -> bool {
    run_end - run_start == 1
        && units[run_start].c == '4'
        && units[run_end].c == 'd'
        && units
            .get(run_end + 1)
            .is_none_or(|u| u.kind != Kind::Letter && u.kind != Kind::Digit)
}

/// The letter a leetspeak digit or symbol stands for (`0` → `o`, `4` → `a`, `$` → `s`).
pub(crate) fn leet_letter(c: char) -> Option<char> {
    Some(match c {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '@' => 'a',
        '$' => 's',
        _ => return None,
    })
}

/// Marks a separator removed by [`join_spaced_letters`].
pub(super) const JOINED: char = '\0';

/// "s l o t", "s.l.o.t", "A L E X I S 1 7": three or more single characters, each separated by
/// exactly one separator, become one word. Two separators in a row end the word, so
/// "s l o t  g a c o r" (double space) reads "slot gacor".
pub(super) fn join_spaced_letters(units: &mut [Unit]) {
    // First, so that "HOKI 7 7 7" is not read as "hoki" and a spaced-out "777".
    join_spaced_number(units);
    let n = units.len();
    let is_word = |k: Kind| matches!(k, Kind::Letter | Kind::Digit);
    let mut i = 0;
    while i < n {
        // A single word character with a separator (or the end) on each side starts a run.
        let single = |j: usize| {
            is_word(units[j].kind)
                && (j == 0 || !is_word(units[j - 1].kind))
                && (j + 1 == n || !is_word(units[j + 1].kind))
        };
        if !single(i) {
            i += 1;
            continue;
        }
        let mut last = i;
        let mut count = 1;
        // A spelt-out name comes before its number, never after: a run of lone digits ends
        // where a letter follows, so "…1037951-0 a.n Reza" (an account number, then "atas
        // nama") keeps its "a n" instead of reading "0an".
        let digits_then_letter = |from: usize, to: usize| {
            units[i..=from].iter().all(|u| u.kind != Kind::Letter) && units[to].kind == Kind::Letter
        };
        // Between two letters: one separator, or two symbols (【H】【o】, ░░).
        while let Some(gap) = spacing_gap(units, last + 1)
            && last + 1 + gap < n
            && single(last + 1 + gap)
            && !digits_then_letter(last, last + 1 + gap)
        {
            last += 1 + gap;
            count += 1;
        }
        if count >= 3 {
            for u in &mut units[i + 1..last] {
                if u.kind == Kind::Sep {
                    u.c = JOINED;
                }
            }
            // "S U K S E S 303", "M E G A B E T 99": a spelt-out name with its number after
            // one space. The number belongs to the name; joined, the pair reads as a brand.
            let spelt_name = units[i..=last].iter().all(|u| u.kind != Kind::Digit);
            if spelt_name && let Some(end) = spaced_number_after(units, last + 1) {
                // "K I L A T - 8 8", "P E L A N G I 🌈 5 5": the number set apart by a dash or
                // an emoji between spaces, and spelt out digit by digit like the name.
                for u in &mut units[last + 1..end] {
                    if u.kind == Kind::Sep {
                        u.c = JOINED;
                    }
                }
                last = end - 1;
            }
            let gap = last + 1;
            if spelt_name && gap < n && units[gap].kind == Kind::Sep {
                let digits = units[gap + 1..]
                    .iter()
                    .take_while(|u| u.kind == Kind::Digit)
                    .count();
                let word_ends = units.get(gap + 1 + digits).is_none_or(|u| !is_word(u.kind));
                // "P*L*T*4D": a lottery site's "4D" after the spelt name belongs to it too.
                let togel = digits == 1
                    && units[gap + 1].c == '4'
                    && units.get(gap + 2).is_some_and(|u| u.c == 'd')
                    && units.get(gap + 3).is_none_or(|u| !is_word(u.kind));
                if togel {
                    units[gap].c = JOINED;
                    last = gap + 2;
                } else if (2..=3).contains(&digits) && word_ends {
                    units[gap].c = JOINED;
                    last = gap + digits;
                }
            }
            // A name and its number spelt out one by one ("A L E X I S 1 7") is a gambling
            // brand dodging filters: the joined word counts as styled. Spaced letters alone
            // ("S E L A M A T") are emphasis, and stay plain.
            // Brand-shaped: three letters or more, then the number ("2 u 4 a" is chat, not that).
            let run = &mut units[i..=last];
            let letters = run.iter().filter(|u| u.kind == Kind::Letter).count();
            let ends_in_digit = run.last().is_some_and(|u| u.kind == Kind::Digit);
            if letters >= 3 && ends_in_digit {
                for u in run.iter_mut().filter(|u| is_word(u.kind)) {
                    u.styled = true;
                }
            }
        }
        i = last + 1;
    }
    join_symbol_split_names(units);
}

/// After a spelt-out name ending at `at`: a space, a dash or one emoji, a space, then two or
/// three lone digits one space apart, and the word ends there. The end of the last digit.
fn spaced_number_after(units: &[Unit], at: usize) -> Option<usize> {
    let unit = |j: usize| units.get(j);
    let space = |j: usize| unit(j).is_some_and(|u| u.kind == Kind::Sep && u.c == ' ');
    // An emoji or decorative symbol is a styled separator; ASCII keeps its shape.
    let mark = |j: usize| unit(j).is_some_and(|u| u.kind == Kind::Sep && (u.styled || u.c == '-'));
    if !(space(at) && mark(at + 1) && space(at + 2)) {
        return None;
    }
    let digit = |j: usize| unit(j).is_some_and(|u| u.kind == Kind::Digit);
    let mut j = at + 3;
    let mut digits = 0;
    while digit(j) && !unit(j + 1).is_some_and(|u| matches!(u.kind, Kind::Letter | Kind::Digit)) {
        digits += 1;
        if digits == 3 || !(space(j + 1) && digit(j + 2)) {
            break;
        }
        j += 2;
    }
    // "2 0 2 6" is a year spelt out, not a brand's number.
    let number_goes_on = space(j + 1) && digit(j + 2);
    ((2..=3).contains(&digits) && !number_goes_on).then_some(j + 1)
}

/// Length of the separator gap starting at `at` that may sit inside a spaced-out word:
/// one separator of any kind, two non-ASCII symbols (░░), a closing bracket then an opening
/// one (`[P][U][L]`), or a symbol, a space and a symbol (`░P░ ░U░`).
fn spacing_gap(units: &[Unit], at: usize) -> Option<usize> {
    let sep = |j: usize| units.get(j).filter(|u| u.kind == Kind::Sep);
    let symbol = |j: usize| sep(j).is_some_and(|u| u.styled);
    let bracket_pair = |j: usize| {
        let original = |k: usize| units.get(k).map(|u| u.c);
        matches!(
            (original(j), original(j + 1)),
            (Some(']'), Some('[')) | (Some(')'), Some('(')) | (Some('}'), Some('{'))
        )
    };
    match (sep(at), sep(at + 1), sep(at + 2)) {
        (Some(_), None, _) => Some(1),
        (Some(_), Some(_), None) if symbol(at) && symbol(at + 1) => Some(2),
        (Some(_), Some(_), None) if bracket_pair(at) => Some(2),
        (Some(_), Some(space), Some(_))
            if symbol(at) && space.c == ' ' && symbol(at + 2) && sep(at + 3).is_none() =>
        {
            Some(3)
        }
        _ => None,
    }
}

/// `ALEXIS⭐17`, `HOKI✨777`: a name and its number split by one emoji or symbol are one word.
/// Only decorative symbols join, so "covid-19", "jam 7.30" and "Calls£1" are left alone.
fn join_symbol_split_names(units: &mut [Unit]) {
    for i in 1..units.len().saturating_sub(1) {
        let gap = units[i];
        if gap.kind != Kind::Sep || !gap.styled {
            continue;
        }
        let letters_before = units[..i]
            .iter()
            .rev()
            .take_while(|u| u.kind == Kind::Letter)
            .count();
        let digits_after = units[i + 1..]
            .iter()
            .take_while(|u| u.kind == Kind::Digit)
            .count();
        let word_ends = units
            .get(i + 1 + digits_after)
            .is_none_or(|u| u.kind != Kind::Letter);
        if letters_before >= 3 && (1..=4).contains(&digits_after) && word_ends {
            units[i].c = JOINED;
            // A name and its number split by an emoji is written to dodge filters: styled.
            for u in &mut units[i - letters_before..i + 1 + digits_after] {
                u.styled |= u.kind != Kind::Sep;
            }
        }
    }
}

/// `AERO 8 8`, `WETON_88`: a name whose number is spaced out digit by digit, or tied on with an
/// underscore, reads as one word (`aero88`, `weton88`), as the name written whole would. Only
/// two or three digits after a word of three letters or more, ending there: "menang 2 1"
/// joins too but names nothing, while "tahun 2024", "gaji 15 juta", "jam 8-8:30" and
/// "abc_1234" stay apart.
/// Not styled: spacing a number is also how people write scores and lists.
fn join_spaced_number(units: &mut [Unit]) {
    let kind = |units: &[Unit], j: usize| units.get(j).map(|u| (u.kind, u.c));
    let is_word =
        |units: &[Unit], j: usize| matches!(kind(units, j), Some((Kind::Letter | Kind::Digit, _)));
    let is_sep =
        |units: &[Unit], j: usize| matches!(kind(units, j), Some((Kind::Sep, c)) if c != JOINED);
    let is_digit = |units: &[Unit], j: usize| matches!(kind(units, j), Some((Kind::Digit, _)));
    for at in 3..units.len().saturating_sub(1) {
        // The cheap test first, in one look: a letter, a separator, a digit.
        let (before, gap, after) = (&units[at - 1], &units[at], &units[at + 1]);
        if before.kind != Kind::Letter
            || gap.kind != Kind::Sep
            || gap.c == JOINED
            || after.kind != Kind::Digit
        {
            continue;
        }
        let letters = units[..at]
            .iter()
            .rev()
            .take_while(|u| u.kind == Kind::Letter)
            .count();
        if letters < 3 || (at > letters && is_word(units, at - letters - 1)) {
            continue;
        }
        // A name in plain letters takes only plain digits: the fast path then needs to look
        // at one byte after a word to leave it to this function (`AERO ８ ８` is not joined).
        let styled_name = units[at - letters..at].iter().any(|u| u.end - u.start > 1);
        let digit = |units: &[Unit], j: usize| {
            is_digit(units, j) && (styled_name || units[j].end - units[j].start == 1)
        };
        if units[at].c == '_' {
            let digits = (at + 1..units.len())
                .take_while(|&j| digit(units, j))
                .count();
            if (2..=3).contains(&digits) && !is_word(units, at + 1 + digits) {
                units[at].c = JOINED;
            }
            continue;
        }
        // Space (or dash), digit, space, digit…: each digit alone, the same separator each
        // time, and no number after ("around 8-8:30", "2 1,5 juta" are times and amounts).
        // The separators typed as such: `½` folds to "1 2" but is one character.
        let gap = units[at].c;
        let typed = |u: &Unit| u.c == gap && u.end - u.start == 1;
        let mut digits = 0;
        while matches!(gap, ' ' | '-')
            && units.get(at + 2 * digits).is_some_and(typed)
            && digit(units, at + 2 * digits + 1)
            && !is_word(units, at + 2 * digits + 2)
        {
            digits += 1;
        }
        let end = at + 2 * digits; // the unit after the last digit
        let number_goes_on = is_sep(units, end) && is_digit(units, end + 1);
        if (2..=3).contains(&digits) && !number_goes_on {
            for k in 0..digits {
                units[at + 2 * k].c = JOINED;
            }
        }
    }
}
