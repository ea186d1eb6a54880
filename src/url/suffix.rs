//! Public suffixes: which part of a host anyone can register under.
//!
//! The Public Suffix List travels in the pack as three sorted lists (plain, wildcard and
//! exception rules). At load they go into one hash map from a name to the kinds of rule it has
//! (~13,000 names, under a millisecond), so a split costs one lookup per label of the host.
//! Binary search over the sorted lists cost three searches of ~14 string comparisons per
//! label, the largest part of a URL check. Not the `publicsuffix` crate: it builds a trie of
//! hash maps at load, ~10 ms native at every service-worker cold start.

use super::fasthash::FastMap;
use crate::pack::model::SuffixRules;

/// The Public Suffix List carried in a pack.
#[derive(Debug, Clone, Default)]
pub struct SuffixList {
    /// Rule name → `EXACT | WILDCARD | EXCEPTION` bits (`*.ck` is stored as `ck`, `!www.ck`
    /// as `www.ck`).
    rules: FastMap<Box<str>, u8>,
}

/// `name` is a rule.
const EXACT: u8 = 1;
/// `*.name` is a rule.
const WILDCARD: u8 = 2;
/// `!name` is a rule.
const EXCEPTION: u8 = 4;

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
        let mut map = FastMap::default();
        map.reserve(rules.exact.len() + rules.wildcard.len() + rules.exception.len());
        for (list, kind) in [
            (rules.exact, EXACT),
            (rules.wildcard, WILDCARD),
            (rules.exception, EXCEPTION),
        ] {
            for name in list {
                *map.entry(name.into_boxed_str()).or_insert(0) |= kind;
            }
        }
        Ok(SuffixList { rules: map })
    }

    /// Splits a lower-case ASCII host name (the list's algorithm: the longest matching rule
    /// wins, an exception rule beats a wildcard, and with no match the last label is the suffix).
    pub fn split(&self, host: &str) -> Split {
        let (suffix_start, known) = self.suffix_start(host);
        Split {
            registrable: registrable_start(host, suffix_start).map(|r| host[r..].to_string()),
            suffix: host[suffix_start..].to_string(),
            known,
        }
    }

    /// Where the public suffix of `host` starts (a byte offset), and whether a rule of the
    /// list matched. Candidates are tried from the whole host down, so the longest rule wins;
    /// each candidate's kinds are looked up once and serve as the next candidate's parent.
    pub fn suffix_start(&self, host: &str) -> (usize, bool) {
        let kinds = |name: &str| self.rules.get(name).copied().unwrap_or(0);
        let mut start = 0;
        let mut here = kinds(host);
        loop {
            let candidate = &host[start..];
            let dot = super::first_dot(candidate);
            if here & EXCEPTION != 0 {
                return match dot {
                    Some(d) => (start + d + 1, true),
                    None => (super::last_dot(host).map_or(0, |d| d + 1), false),
                };
            }
            let parent = dot.map_or(0, |d| kinds(&candidate[d + 1..]));
            if here & EXACT != 0 || parent & WILDCARD != 0 {
                return (start, true);
            }
            match dot {
                Some(d) => {
                    start += d + 1;
                    here = parent;
                }
                None => return (super::last_dot(host).map_or(0, |d| d + 1), false),
            }
        }
    }
}

/// Where the registrable domain of `host` starts, given where its public suffix starts: the
/// label before the suffix, if there is one.
pub(crate) fn registrable_start(host: &str, suffix_start: usize) -> Option<usize> {
    (suffix_start > 1).then(|| super::last_dot(&host[..suffix_start - 1]).map_or(0, |d| d + 1))
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
