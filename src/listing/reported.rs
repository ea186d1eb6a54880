//! Bank accounts and phone numbers reported for fraud, from the pack's reported lists.

use std::collections::HashMap;

use crate::pack::model::{ReportedEntry, ReportedKind, ReportedList};

use super::contacts;

/// Every reported value of a pack, looked up by canonical value.
#[derive(Debug, Clone, Default)]
pub struct ReportedIndex {
    /// Canonical phone (`62…`) → entry.
    phones: HashMap<String, ReportedEntry>,
    /// Canonical account digits → entry.
    accounts: HashMap<String, ReportedEntry>,
}

/// A reported value found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportedHit<'a> {
    /// As written in the text.
    pub written: String,
    /// The report.
    pub entry: &'a ReportedEntry,
}

impl ReportedIndex {
    /// Indexes the pack's lists (a value in several lists keeps its first report).
    pub fn new(lists: Vec<ReportedList>) -> ReportedIndex {
        let mut index = ReportedIndex::default();
        for entry in lists.into_iter().flat_map(|l| l.entries) {
            let map = match entry.kind {
                ReportedKind::Bank => &mut index.accounts,
                ReportedKind::Phone | ReportedKind::Ewallet => &mut index.phones,
            };
            map.entry(entry.value.clone()).or_insert(entry);
        }
        index
    }

    /// Number of reported values.
    pub fn len(&self) -> usize {
        self.phones.len() + self.accounts.len()
    }

    /// Whether the pack carries no reported values.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The first reported number written in `text`: any digit run that is a reported phone
    /// or account, whatever words surround it.
    pub fn find_in(&self, text: &str) -> Option<ReportedHit<'_>> {
        if self.is_empty() {
            return None;
        }
        for run in contacts::number_runs(text, 256) {
            let written = || text[run.range.clone()].trim().to_string();
            if let Some(entry) = self.accounts.get(&run.digits) {
                return Some(ReportedHit {
                    written: written(),
                    entry,
                });
            }
            if let Some(entry) =
                crate::pack::model::normalize_phone(&run.digits).and_then(|p| self.phones.get(&p))
            {
                return Some(ReportedHit {
                    written: written(),
                    entry,
                });
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(kind: ReportedKind, value: &str) -> ReportedEntry {
        ReportedEntry {
            kind,
            value: value.into(),
            bank: "BCA".into(),
            source: "test".into(),
            date: "2026-11-01".into(),
        }
    }

    #[test]
    fn finds_reported_numbers_however_written() {
        let idx = ReportedIndex::new(vec![ReportedList {
            name: "t.csv".into(),
            entries: vec![
                entry(ReportedKind::Bank, "1234567890"),
                entry(ReportedKind::Phone, "6281299998888"),
            ],
        }]);
        assert_eq!(idx.len(), 2);
        let hit = idx.find_in("tf ke 123-456-7890 ya").expect("account");
        assert_eq!(hit.written, "123-456-7890");
        assert!(idx.find_in("WA +62 812 9999 8888").is_some());
        assert!(idx.find_in("WA 0812-9999-8888").is_some());
        assert!(idx.find_in("WA 0812-9999-8887").is_none());
    }
}
