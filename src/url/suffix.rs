//! Public suffixes: which part of a host anyone can register under.
//!
//! The Public Suffix List travels in the pack as three sorted lists (plain, wildcard and
//! exception rules), searched by binary search. Not the `publicsuffix` crate: it builds a trie
//! of hash maps at load, ~10 ms native at every service-worker cold start; sorted lists cost
//! nothing to build and a lookup is a few binary searches.

use crate::pack::model::SuffixRules;

/// The Public Suffix List carried in a pack.
#[derive(Debug, Clone, Default)]
pub struct SuffixList {
    rules: SuffixRules,
}

/// A host split at its public suffix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// The registrable domain (`klikbca.com` for `ibank.klikbca.com`), if the host is longer
    /// than its suffix.
    pub registrable: Option<String>,
    /// The public suffix (`com`, `co.id`, `web.app`).
    pub suffix: String,
    /// Whether a rule of the list matched (not just the implicit "last label" rule).
    pub known: bool,
}

impl SuffixList {
    /// Wraps the pack's rules; every list must be sorted (the compiler sorts them).
    pub fn new(rules: SuffixRules) -> Result<SuffixList, String> {
        for list in [&rules.exact, &rules.wildcard, &rules.exception] {
            if !list.windows(2).all(|w| w[0] < w[1]) {
                return Err("public suffix rules are not sorted and unique".into());
            }
        }
        Ok(SuffixList { rules })
    }

    /// Splits a lower-case ASCII host name (the list's algorithm: the longest matching rule
    /// wins, an exception rule beats a wildcard, and with no match the last label is the suffix).
    pub fn split(&self, host: &str) -> Split {
        let has =
            |list: &[String], name: &str| list.binary_search_by(|r| r.as_str().cmp(name)).is_ok();
        let mut found: Option<(usize, bool)> = None; // (byte offset where the suffix starts, known)
        let mut start = 0;
        loop {
            let candidate = &host[start..];
            let parent = candidate.split_once('.').map(|(_, p)| p);
            if has(&self.rules.exception, candidate) {
                found = parent.map(|p| (host.len() - p.len(), true));
                break;
            }
            if has(&self.rules.exact, candidate)
                || parent.is_some_and(|p| has(&self.rules.wildcard, p))
            {
                found = Some((start, true));
                break;
            }
            match candidate.find('.') {
                Some(dot) => start += dot + 1,
                None => break,
            }
        }
        let (suffix_start, known) =
            found.unwrap_or_else(|| (host.rfind('.').map_or(0, |d| d + 1), false));
        let suffix = host[suffix_start..].to_string();
        let registrable = (suffix_start > 1).then(|| {
            let head = &host[..suffix_start - 1];
            let label_start = head.rfind('.').map_or(0, |d| d + 1);
            host[label_start..].to_string()
        });
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

    /// A list from rules written as in the Public Suffix List file.
    pub(crate) fn list(rules: &str) -> SuffixList {
        let mut r = SuffixRules::default();
        for rule in rules.split_whitespace() {
            if let Some(w) = rule.strip_prefix("*.") {
                r.wildcard.push(w.into());
            } else if let Some(e) = rule.strip_prefix('!') {
                r.exception.push(e.into());
            } else {
                r.exact.push(rule.into());
            }
        }
        for l in [&mut r.exact, &mut r.wildcard, &mut r.exception] {
            l.sort();
        }
        SuffixList::new(r).unwrap()
    }

    #[test]
    fn follows_the_list_and_its_special_rules() {
        let l = list("com id co.id web.app *.ck !www.ck");
        let s = l.split("ibank.klikbca.com");
        assert_eq!(
            (s.registrable.as_deref(), s.suffix.as_str(), s.known),
            (Some("klikbca.com"), "com", true)
        );
        assert_eq!(
            l.split("bca-login.web.app").registrable.as_deref(),
            Some("bca-login.web.app")
        );
        assert_eq!(
            l.split("www.bca.co.id").registrable.as_deref(),
            Some("bca.co.id")
        );
        assert_eq!(l.split("co.id").registrable, None);
        assert_eq!(l.split("a.b.ck").suffix, "b.ck", "wildcard");
        assert_eq!(
            l.split("www.ck").registrable.as_deref(),
            Some("www.ck"),
            "exception"
        );
        let unknown = l.split("judi.zzz");
        assert_eq!((unknown.suffix.as_str(), unknown.known), ("zzz", false));
        assert_eq!(unknown.registrable.as_deref(), Some("judi.zzz"));
        assert_eq!(l.split("localhost").registrable, None);
    }

    #[test]
    fn unsorted_rules_are_refused() {
        let rules = SuffixRules {
            exact: vec!["id".into(), "com".into()],
            ..SuffixRules::default()
        };
        assert!(SuffixList::new(rules).is_err());
    }
}
