//! Phrases that may start inside a word but end at a word's end (`*88`, `*toto`,
//! `*garuda hoki`), found by walking back from each word end through a trie of the phrases
//! written backwards.
//!
//! Why not in the automaton with the other phrases: a phrase that may start anywhere gives the
//! automaton a path from its start state for every letter and digit, so inside any word it
//! keeps stepping into and failing out of those paths. On news text the thousand `*name`
//! phrases of the default pack made the automaton's walk ~45 % slower (1.43 against 0.99 ms per
//! 100 KB) while matching nothing there. Backwards from a word end, almost every word leaves
//! the trie at its last or second-to-last byte.

/// No phrase ends at this node.
const NONE: u32 = u32::MAX;

/// A trie of reversed phrases.
#[derive(Debug, Clone)]
pub(crate) struct SuffixTrie {
    /// One bit per pair of last two bytes that some phrase ends with (all pairs when a phrase
    /// is one byte long): most word ends are turned away by this one test, where the walk
    /// from the root would go a step or two into the trie for every word ending in a letter
    /// a phrase ends with ("…an", "…in").
    last_pairs: Box<[u64; 1024]>,
    /// Per last byte, the node reached from the root, plus one (0: no phrase ends so).
    root: Box<[u32; 256]>,
    nodes: Vec<Node>,
    /// Edges of every node, a node's edges side by side: (byte, child node).
    edges: Vec<(u8, u32)>,
}

fn set_pair(pairs: &mut [u64; 1024], a: u8, b: u8) {
    let bit = (a as usize) << 8 | b as usize;
    pairs[bit / 64] |= 1 << (bit % 64);
}

#[derive(Debug, Clone, Copy)]
struct Node {
    first_edge: u32,
    edge_count: u32,
    /// The phrase (its index in the caller's list) that ends here, or [`NONE`].
    phrase: u32,
}

impl SuffixTrie {
    /// Builds the trie of `phrases`: (index in the caller's list, folded bytes).
    pub(crate) fn new<'a>(phrases: impl IntoIterator<Item = (usize, &'a [u8])>) -> SuffixTrie {
        // Built with a child map per node, then laid out flat for the walk.
        let mut children: Vec<std::collections::BTreeMap<u8, usize>> = vec![Default::default()];
        let mut ends: Vec<u32> = vec![NONE];
        let mut last_pairs = Box::new([0u64; 1024]);
        for (index, bytes) in phrases {
            match *bytes {
                [] => continue,
                [only] => (0..=255u8).for_each(|b| set_pair(&mut last_pairs, b, only)),
                [.., a, b] => set_pair(&mut last_pairs, a, b),
            }
            let mut node = 0;
            for &b in bytes.iter().rev() {
                node = match children[node].get(&b) {
                    Some(&child) => child,
                    None => {
                        children.push(Default::default());
                        ends.push(NONE);
                        let child = children.len() - 1;
                        children[node].insert(b, child);
                        child
                    }
                };
            }
            ends[node] = index as u32;
        }
        let mut root = Box::new([0u32; 256]);
        for (&b, &child) in &children[0] {
            root[b as usize] = child as u32 + 1;
        }
        let mut nodes = Vec::with_capacity(children.len());
        let mut edges = Vec::new();
        for (map, &phrase) in children.iter().zip(&ends) {
            nodes.push(Node {
                first_edge: edges.len() as u32,
                edge_count: map.len() as u32,
                phrase,
            });
            edges.extend(map.iter().map(|(&b, &child)| (b, child as u32)));
        }
        SuffixTrie {
            last_pairs,
            root,
            nodes,
            edges,
        }
    }

    /// Whether no phrase ends with `bytes[..end]`'s last two bytes. At the text's start the
    /// first of the two is taken as 0: only a one-byte phrase can end there, and those set
    /// every pair.
    #[inline]
    fn turned_away(&self, bytes: &[u8], end: usize) -> bool {
        let (a, b) = match end {
            0 => return true,
            1 => (0, bytes[0]),
            _ => (bytes[end - 2], bytes[end - 1]),
        };
        let bit = (a as usize) << 8 | b as usize;
        self.last_pairs[bit / 64] & (1 << (bit % 64)) == 0
    }

    /// Calls `on_phrase(index, length)` for every phrase that `bytes[..end]` ends with,
    /// shortest first.
    #[inline]
    pub(crate) fn for_each_ending_at(
        &self,
        bytes: &[u8],
        end: usize,
        mut on_phrase: impl FnMut(usize, usize),
    ) {
        if end > bytes.len() || self.turned_away(bytes, end) {
            return;
        }
        let last = bytes[end - 1];
        let mut node = match self.root[last as usize] {
            0 => return,
            n => n - 1,
        };
        let mut len = 1;
        loop {
            let n = self.nodes[node as usize];
            if n.phrase != NONE {
                on_phrase(n.phrase as usize, len);
            }
            if len == end {
                return;
            }
            let b = bytes[end - 1 - len];
            let edges = &self.edges[n.first_edge as usize..(n.first_edge + n.edge_count) as usize];
            match edges.iter().find(|e| e.0 == b) {
                Some(&(_, child)) => {
                    node = child;
                    len += 1;
                }
                None => return,
            }
        }
    }

    /// Heap memory used, in bytes.
    pub(crate) fn memory_usage(&self) -> usize {
        std::mem::size_of::<[u64; 1024]>()
            + std::mem::size_of::<[u32; 256]>()
            + self.nodes.capacity() * std::mem::size_of::<Node>()
            + self.edges.capacity() * std::mem::size_of::<(u8, u32)>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn endings(phrases: &[&str], text: &str, end: usize) -> Vec<(usize, usize)> {
        let trie = SuffixTrie::new(phrases.iter().enumerate().map(|(i, p)| (i, p.as_bytes())));
        let mut found = Vec::new();
        trie.for_each_ending_at(text.as_bytes(), end, |i, len| found.push((i, len)));
        found
    }

    #[test]
    fn finds_every_phrase_the_text_ends_with_shortest_first() {
        let phrases = ["88", "r88", "junior88", "hoki", "garuda hoki"];
        assert_eq!(
            endings(&phrases, "main junior88", 13),
            [(0, 2), (1, 3), (2, 8)]
        );
        assert_eq!(endings(&phrases, "xgaruda hoki", 12), [(3, 4), (4, 11)]);
        assert_eq!(endings(&phrases, "88", 2), [(0, 2)]);
        assert!(endings(&phrases, "junior89", 8).is_empty());
        assert!(endings(&phrases, "", 0).is_empty());
        // Only up to `end`: "junior88 x" ends at 8 with the phrases, at 10 with none.
        assert_eq!(endings(&phrases, "junior88 x", 8).len(), 3);
        assert!(endings(&phrases, "junior88 x", 10).is_empty());
    }
}
