//! Sets of domain names where a host matches if it, or any parent domain, is listed.

use crate::category::Category;

/// A sorted, de-duplicated set of host names, searched by walking up the host's parents
/// (`a.b.example.com` → `b.example.com` → `example.com` → `com`).
///
/// Binary search over sorted strings: exact, and compact enough for the default pack's lists.
#[derive(Debug, Clone, Default)]
pub struct DomainSet {
    domains: Vec<String>,
}

impl DomainSet {
    /// Builds a set; `domains` need not be sorted.
    pub fn new(mut domains: Vec<String>) -> DomainSet {
        domains.sort_unstable();
        domains.dedup();
        DomainSet { domains }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.domains.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.domains.is_empty()
    }

    /// The listed entry covering `host` (the host itself or its nearest listed parent).
    pub fn find(&self, host: &str) -> Option<&str> {
        let mut h = host;
        loop {
            if let Ok(i) = self.domains.binary_search_by(|d| d.as_str().cmp(h)) {
                return Some(&self.domains[i]);
            }
            h = h.split_once('.')?.1;
        }
    }

    /// Approximate heap memory in bytes.
    pub fn memory_usage(&self) -> usize {
        self.domains
            .iter()
            .map(|d| d.capacity() + std::mem::size_of::<String>())
            .sum()
    }
}

/// A block list ready for lookups.
#[derive(Debug, Clone)]
pub struct BlockList {
    /// Category reported for a listed host.
    pub category: Category,
    /// Where the list came from (shown in the reason's evidence).
    pub source: String,
    /// The domains.
    pub set: DomainSet,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents_match_children_do_not() {
        let set = DomainSet::new(vec!["judi.example".into(), "slot88.xyz".into()]);
        assert_eq!(set.find("www.slot88.xyz"), Some("slot88.xyz"));
        assert_eq!(set.find("slot88.xyz"), Some("slot88.xyz"));
        assert_eq!(set.find("xyz"), None);
        assert_eq!(set.find("notslot88.xyz"), None);
    }
}
