//! Public suffixes: which part of a host anyone can register under.

use publicsuffix::{List, Psl};

/// The Public Suffix List carried in a pack.
#[derive(Debug, Clone, Default)]
pub struct SuffixList {
    /// `None` when the pack has no list: then the last label is the suffix.
    list: Option<List>,
}

/// A host split at its public suffix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// The registrable domain (`klikbca.com` for `ibank.klikbca.com`), if the host is longer
    /// than its suffix.
    pub registrable: Option<String>,
    /// The public suffix (`com`, `co.id`, `web.app`).
    pub suffix: String,
    /// Whether the suffix is on the list (not just an unknown top-level domain).
    pub known: bool,
}

impl SuffixList {
    /// Parses rules in the list's own format: one a line, `//` comments, and the
    /// `===BEGIN ICANN DOMAINS===` / `===BEGIN PRIVATE DOMAINS===` markers before the rules.
    pub fn parse(rules: &str) -> Result<SuffixList, String> {
        if rules.trim().is_empty() {
            return Ok(SuffixList { list: None });
        }
        rules
            .parse::<List>()
            .map(|list| SuffixList { list: Some(list) })
            .map_err(|e| format!("public suffix list: {e}"))
    }

    /// Splits a lower-case ASCII host name.
    pub fn split(&self, host: &str) -> Split {
        let last_label = || host.rsplit('.').next().unwrap_or(host).to_string();
        let (suffix, known) = match self.list.as_ref().and_then(|l| l.suffix(host.as_bytes())) {
            Some(s) => (
                String::from_utf8_lossy(s.as_bytes()).into_owned(),
                s.is_known(),
            ),
            None => (last_label(), false),
        };
        let registrable = match &self.list {
            Some(l) => l
                .domain(host.as_bytes())
                .map(|d| String::from_utf8_lossy(d.as_bytes()).into_owned()),
            None => {
                let cut = host.len().saturating_sub(suffix.len() + 1);
                host[..cut]
                    .rsplit('.')
                    .next()
                    .filter(|l| !l.is_empty())
                    .map(|l| format!("{l}.{suffix}"))
            }
        };
        Split {
            registrable,
            suffix,
            known,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Rules as the pack carries them: under the ICANN section marker.
    pub(crate) fn list_text(rules: &str) -> String {
        format!("// ===BEGIN ICANN DOMAINS===\n{rules}")
    }

    #[test]
    fn follows_the_list_and_falls_back_without_it() {
        let list = SuffixList::parse(&list_text("com\nid\nco.id\nweb.app\n*.ck\n!www.ck")).unwrap();
        let s = list.split("ibank.klikbca.com");
        assert_eq!(
            (s.registrable.as_deref(), s.suffix.as_str(), s.known),
            (Some("klikbca.com"), "com", true)
        );
        assert_eq!(
            list.split("bca-login.web.app").registrable.as_deref(),
            Some("bca-login.web.app")
        );
        assert_eq!(
            list.split("www.bca.co.id").registrable.as_deref(),
            Some("bca.co.id")
        );
        assert_eq!(list.split("co.id").registrable, None);
        assert!(!list.split("judi.zzz").known);

        let none = SuffixList::parse("").unwrap();
        assert_eq!(
            none.split("a.b.example.com").registrable.as_deref(),
            Some("example.com")
        );
    }
}
