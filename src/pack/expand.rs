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
}
