//! Signal messages: templates with `{placeholders}`, split into pieces once when a pack loads.
//!
//! A signal's message (`rules/signals.toml`) names what it found with placeholders:
//! "The address {domain} uses the name {brand} but is not its official site ({official})…".
//! Scanning a template for `{` on every reason was a fifth of a flagged URL check's
//! reason-building, so each template is split once into its literal text and its slots, and a
//! reason's message is written in one allocation of the exact size.

/// A placeholder a signal's message may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    /// `{brand}`: the brand imitated.
    Brand,
    /// `{official}`: the brand's official domains.
    Official,
    /// `{domain}`: the host (or listed parent) concerned.
    Domain,
    /// `{detail}`: a reference price, where a number was reported.
    Detail,
    /// `{list}`: the block list's label.
    List,
    /// `{evidence}`: the quoted evidence.
    Evidence,
}

impl Slot {
    /// The slot a placeholder's name stands for; any other `{name}` is literal text.
    fn named(name: &str) -> Option<Slot> {
        Some(match name {
            "brand" => Slot::Brand,
            "official" => Slot::Official,
            "domain" => Slot::Domain,
            "detail" => Slot::Detail,
            "list" => Slot::List,
            "evidence" => Slot::Evidence,
            _ => return None,
        })
    }
}

/// A piece of a template: literal text (a byte range of it) or a slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Text(usize, usize),
    Slot(Slot),
}

/// A message template split into literal text and slots.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Template {
    text: String,
    pieces: Vec<Piece>,
}

impl Template {
    /// Splits `template`: each `{name}` naming a [`Slot`] becomes that slot; any other `{`,
    /// with what follows it, stays text (`{unknown}`, a lone `{`).
    pub(crate) fn new(template: &str) -> Template {
        let mut pieces: Vec<Piece> = Vec::new();
        // Adjacent literal ranges (text, then an unknown `{`, then text) are one piece.
        let text = |pieces: &mut Vec<Piece>, from: usize, to: usize| match pieces.last_mut() {
            _ if from == to => {}
            Some(Piece::Text(_, end)) if *end == from => *end = to,
            _ => pieces.push(Piece::Text(from, to)),
        };
        let bytes = template.as_bytes();
        let mut at = 0;
        // `{` and `}` are ASCII, so their offsets are char boundaries.
        while let Some(open) = bytes[at..].iter().position(|&b| b == b'{').map(|i| at + i) {
            text(&mut pieces, at, open);
            let close = bytes[open..]
                .iter()
                .position(|&b| b == b'}')
                .map(|i| open + i);
            match close.and_then(|c| Some((c, Slot::named(&template[open + 1..c])?))) {
                Some((close, slot)) => {
                    pieces.push(Piece::Slot(slot));
                    at = close + 1;
                }
                None => {
                    text(&mut pieces, open, open + 1);
                    at = open + 1;
                }
            }
        }
        text(&mut pieces, at, template.len());
        Template {
            text: template.to_string(),
            pieces,
        }
    }

    /// The message with each slot filled by `value`. Values are not read again, so a URL
    /// holding `{list}` is quoted as it is.
    pub(crate) fn render<'a>(&self, value: impl Fn(Slot) -> &'a str) -> String {
        let piece = |p: &Piece| match *p {
            Piece::Text(from, to) => self.text.get(from..to).unwrap_or_default(),
            Piece::Slot(slot) => value(slot),
        };
        let mut out = String::with_capacity(self.pieces.iter().map(|p| piece(p).len()).sum());
        for p in &self.pieces {
            out.push_str(piece(p));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass filling the engine did before templates were split at load: the
    /// reference the split templates must agree with.
    fn fill<'a>(template: &str, value: impl Fn(&str) -> Option<&'a str>) -> String {
        let mut out = String::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open..];
            let known = after
                .find('}')
                .and_then(|close| Some((close, value(&after[1..close])?)));
            match known {
                Some((close, v)) => {
                    out.push_str(v);
                    rest = &after[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = &after[1..];
                }
            }
        }
        out.push_str(rest);
        out
    }

    fn by_name(name: &str) -> Option<&'static str> {
        Some(match Slot::named(name)? {
            Slot::Brand => "BCA",
            Slot::Official => "bca.co.id, klikbca.com",
            Slot::Domain => "klikbca-x.com",
            Slot::Detail => "Rp 1",
            Slot::List => "{list}",
            Slot::Evidence => "é{brand}",
        })
    }

    fn by_slot(slot: Slot) -> &'static str {
        let name = match slot {
            Slot::Brand => "brand",
            Slot::Official => "official",
            Slot::Domain => "domain",
            Slot::Detail => "detail",
            Slot::List => "list",
            Slot::Evidence => "evidence",
        };
        by_name(name).unwrap_or_default()
    }

    #[test]
    fn slots_are_filled_and_other_braces_kept() {
        let t = Template::new("{brand} {unknown} {evidence} {brand}{");
        assert_eq!(t.render(by_slot), "BCA {unknown} é{brand} BCA{");
        assert_eq!(
            Template::new("no placeholders").render(by_slot),
            "no placeholders"
        );
        assert_eq!(Template::new("").render(by_slot), "");
    }

    proptest::proptest! {
        /// Whatever the template, the split one renders what filling it in one pass gave.
        #[test]
        fn split_templates_render_what_filling_gave(
            t in "(\\{|\\}|brand|official|domain|detail|list|evidence|x|é| ){0,16}",
        ) {
            proptest::prop_assert_eq!(Template::new(&t).render(by_slot), fill(&t, by_name));
        }
    }
}
