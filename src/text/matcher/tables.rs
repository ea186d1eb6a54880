//! The lookup tables of the word matcher: words by their bytes, trie edges by (node, token),
//! and word beginnings and endings (`gacor*`, `*88`) by their first or last bytes.
//! Keys come from the pack, not the page, and every hit is checked byte for byte, so a fast
//! multiply hash is enough.

/// Multiplier of the word hash (FxHash's): 64-bit multiplies only, cheap in Wasm too.
const K: u64 = 0x517c_c1b7_2722_0a95;

/// Hash of a word's bytes, eight at a time.
#[inline]
pub(super) fn word_hash(word: &[u8]) -> u64 {
    let mut h = word.len() as u64;
    let mut chunks = word.chunks_exact(8);
    for c in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut x = 0u64;
        for (i, &b) in rest.iter().enumerate() {
            x |= u64::from(b) << (8 * i);
        }
        h = (h.rotate_left(5) ^ x).wrapping_mul(K);
    }
    h
}

/// Slots for `n` keys: a power of two, at most half full.
fn slots_for(n: usize) -> (usize, u32) {
    let size = (2 * n).next_power_of_two().max(16);
    (size, 64 - size.trailing_zeros())
}

/// Distinct words, each with a number (its index in insertion order).
#[derive(Debug, Clone, Default)]
pub(super) struct Words {
    /// Word number + 1 per slot, 0 for an empty slot.
    slots: Vec<u32>,
    shift: u32,
    hashes: Vec<u64>,
    /// Word `i` is `bytes[ends[i - 1]..ends[i]]`.
    bytes: Vec<u8>,
    ends: Vec<u32>,
}

impl Words {
    /// The table of `words` (distinct), numbered in order.
    pub(super) fn new(words: &[&[u8]]) -> Words {
        let (size, shift) = slots_for(words.len());
        let mut table = Words {
            slots: vec![0; size],
            shift,
            ..Words::default()
        };
        for (id, w) in words.iter().enumerate() {
            let h = word_hash(w);
            table.bytes.extend_from_slice(w);
            table.ends.push(table.bytes.len() as u32);
            table.hashes.push(h);
            let mut i = (h >> shift) as usize;
            while table.slots[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            table.slots[i] = id as u32 + 1;
        }
        table
    }

    fn word(&self, id: usize) -> &[u8] {
        let start = id.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        &self.bytes[start..self.ends[id] as usize]
    }

    pub(super) fn memory_usage(&self) -> usize {
        4 * self.slots.len() + 8 * self.hashes.len() + self.bytes.len() + 4 * self.ends.len()
    }

    /// The number of `word`, if it is in the table.
    #[inline]
    pub(super) fn get(&self, word: &[u8]) -> Option<u32> {
        let h = word_hash(word);
        let mask = self.slots.len() - 1;
        let mut i = (h >> self.shift) as usize;
        loop {
            let id = self.slots[i].checked_sub(1)?;
            if self.hashes[id as usize] == h && self.word(id as usize) == word {
                return Some(id);
            }
            i = (i + 1) & mask;
        }
    }
}

/// Trie edges: (node, token) to the child node.
#[derive(Debug, Clone, Default)]
pub(super) struct Edges {
    keys: Vec<u64>,
    children: Vec<u32>,
    shift: u32,
}

const NO_KEY: u64 = u64::MAX;

impl Edges {
    /// The table of `edges`: ((node, token), child), no key twice.
    pub(super) fn new(edges: &[((u32, u32), u32)]) -> Edges {
        let (size, shift) = slots_for(edges.len());
        let mut table = Edges {
            keys: vec![NO_KEY; size],
            children: vec![0; size],
            shift,
        };
        for &((node, token), child) in edges {
            let key = edge_key(node, token);
            let mut i = table.slot(key);
            while table.keys[i] != NO_KEY {
                i = (i + 1) & (size - 1);
            }
            table.keys[i] = key;
            table.children[i] = child;
        }
        table
    }

    #[inline]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(K) >> self.shift) as usize
    }

    pub(super) fn memory_usage(&self) -> usize {
        12 * self.keys.len()
    }

    /// The child of `node` along `token`.
    #[inline]
    pub(super) fn get(&self, node: u32, token: u32) -> Option<u32> {
        let key = edge_key(node, token);
        let mask = self.keys.len() - 1;
        let mut i = self.slot(key);
        loop {
            match self.keys[i] {
                k if k == key => return Some(self.children[i]),
                NO_KEY => return None,
                _ => i = (i + 1) & mask,
            }
        }
    }
}

fn edge_key(node: u32, token: u32) -> u64 {
    (u64::from(node) << 32) | u64::from(token)
}

/// Buckets of the affix table (a power of two).
const AFFIX_BUCKETS: usize = 1024;
/// Bits of the affix filter (a power of two): with ~1,000 affixes, one word in ~60 passes it
/// by chance.
const FILTER_BITS: usize = 1 << 16;
/// Affix bytes a bucket is chosen by.
const AFFIX_KEY: usize = 3;

/// Word beginnings (or endings), found by the first (or last) up to three bytes of a word.
///
/// Most words begin and end with bytes no affix has: a bit filter turns them away before the
/// buckets are read (reading a bucket for every word cost more than the rest of the search).
#[derive(Debug, Clone)]
pub(super) struct Affixes {
    /// Whether affixes are matched at the end of words.
    suffix: bool,
    /// Bit `n` set: some affix is keyed by `n` bytes (those shorter than [`AFFIX_KEY`]).
    key_lens: u8,
    /// One bit per key hash: set for the key of some affix.
    filter: Vec<u64>,
    /// Bucket `b` holds `items[start[b]..start[b + 1]]`.
    start: Vec<u32>,
    /// (key, affix start in `bytes`, affix length, id).
    items: Vec<(u32, u32, u32, u32)>,
    bytes: Vec<u8>,
}

impl Affixes {
    /// The table of `affixes` (bytes and id); `suffix`: matched at the end of words.
    pub(super) fn new(affixes: &[(&[u8], u32)], suffix: bool) -> Affixes {
        let mut table = Affixes {
            suffix,
            key_lens: 0,
            filter: vec![0; FILTER_BITS / 64],
            start: vec![0; AFFIX_BUCKETS + 1],
            items: Vec::with_capacity(affixes.len()),
            bytes: Vec::new(),
        };
        let mut keyed = Vec::with_capacity(affixes.len());
        for &(a, id) in affixes {
            let n = a.len().min(AFFIX_KEY);
            table.key_lens |= 1 << n;
            let key = table.key(a, n);
            let h = key_hash(key);
            table.filter[filter_bit(h) / 64] |= 1 << (filter_bit(h) % 64);
            keyed.push((
                bucket(h),
                (key, table.bytes.len() as u32, a.len() as u32, id),
            ));
            table.bytes.extend_from_slice(a);
        }
        keyed.sort_by_key(|&(b, _)| b);
        for &(b, item) in &keyed {
            table.start[b + 1] += 1;
            table.items.push(item);
        }
        for b in 0..AFFIX_BUCKETS {
            table.start[b + 1] += table.start[b];
        }
        table
    }

    pub(super) fn memory_usage(&self) -> usize {
        8 * self.filter.len() + 4 * self.start.len() + 16 * self.items.len() + self.bytes.len()
    }

    /// The key of `word`'s first (or last) `n` bytes (1 to 3, at most its length): the
    /// bytes and `n`.
    #[inline]
    fn key(&self, word: &[u8], n: usize) -> u32 {
        let at = if self.suffix { word.len() - n } else { 0 };
        let byte = |i: usize| u32::from(word[at + i]);
        match n {
            1 => (1 << 24) | byte(0),
            2 => (2 << 24) | (byte(0) << 8) | byte(1),
            _ => (3 << 24) | (byte(0) << 16) | (byte(1) << 8) | byte(2),
        }
    }

    /// Calls `found(id, len)` for every affix `word` begins (or ends) with.
    #[inline]
    pub(super) fn each_in(&self, word: &[u8], mut found: impl FnMut(u32, usize)) {
        for n in 1..=AFFIX_KEY.min(word.len()) {
            if self.key_lens & (1 << n) == 0 {
                continue;
            }
            let key = self.key(word, n);
            let h = key_hash(key);
            if self.filter[filter_bit(h) / 64] & (1 << (filter_bit(h) % 64)) == 0 {
                continue;
            }
            let b = bucket(h);
            let items = &self.items[self.start[b] as usize..self.start[b + 1] as usize];
            for &(k, at, len, id) in items {
                let (at, len) = (at as usize, len as usize);
                // The key holds the first three bytes (and the length they were keyed by).
                let fits = k == key
                    && len <= word.len()
                    && (len <= AFFIX_KEY || {
                        let affix = &self.bytes[at..at + len];
                        if self.suffix {
                            word.ends_with(affix)
                        } else {
                            word.starts_with(affix)
                        }
                    });
                if fits {
                    found(id, len);
                }
            }
        }
    }
}

/// Hash of an affix key (multiplicative: its high bits are the well-mixed ones).
#[inline]
fn key_hash(key: u32) -> u32 {
    key.wrapping_mul(0x9E37_79B1)
}

#[inline]
fn filter_bit(h: u32) -> usize {
    (h >> (32 - FILTER_BITS.trailing_zeros())) as usize
}

#[inline]
fn bucket(h: u32) -> usize {
    (h >> (32 - AFFIX_BUCKETS.trailing_zeros())) as usize
}
