//! Sets of domain names where a host matches if it, or a parent domain, is listed.
//!
//! Two kinds:
//! - [`DomainSet`]: exact strings in a hash set, for the small hand-written lists (allow,
//!   hosting kinds).
//! - [`HashedDomainSet`]: the block lists, at national scale (millions of domains). Each host is
//!   kept as a 64-bit hash split into a bucket number (implicit) and 32 stored bits; about
//!   4.3 bytes a domain, a false match at most once in 2³² probes, loaded without parsing.
//!
//! Shared with `build.rs` (which compiles block lists into the pack), so it depends on serde
//! and `fasthash.rs` only.

use serde::{Deserialize, Serialize};

use crate::url::fasthash::{FastMap, FastSet};

/// A set of host names, searched by walking up the host's parents
/// (`a.b.example.com` → `b.example.com` → `example.com` → `com`).
///
/// A hash set of exact strings: one hash and one comparison per parent (a URL check walks four
/// such sets), where binary search over sorted strings compared a dozen strings per parent.
#[derive(Debug, Clone, Default)]
pub struct DomainSet {
    domains: FastSet<Box<str>>,
    /// Fewest and most labels of an entry: a parent with another number of labels cannot be
    /// one, so most hosts probe one or two parents instead of all of them.
    labels: (usize, usize),
}

impl DomainSet {
    /// Builds a set; duplicates are dropped.
    pub fn new(domains: Vec<String>) -> DomainSet {
        let domains: FastSet<Box<str>> = domains.into_iter().map(String::into_boxed_str).collect();
        let counts = domains.iter().map(|d| label_count(d));
        let labels = (counts.clone().min().unwrap_or(0), counts.max().unwrap_or(0));
        DomainSet { domains, labels }
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
        let (fewest, most) = self.labels;
        let mut h = host;
        let mut labels = label_count(host);
        loop {
            if labels < fewest {
                return None;
            }
            if labels <= most
                && let Some(d) = self.domains.get(h)
            {
                return Some(d);
            }
            h = crate::url::dots::after_dot(h)?;
            labels -= 1;
        }
    }

    /// Approximate heap memory in bytes (the table's slots, one control byte each, and names).
    pub fn memory_usage(&self) -> usize {
        let slots = self.domains.capacity() * (std::mem::size_of::<Box<str>>() + 1);
        slots + self.domains.iter().map(|d| d.len()).sum::<usize>()
    }
}

/// Several [`DomainSet`]s in one table: each name maps to the lists holding it (bit `i` for
/// the `i`-th list), so one walk up a host's parents answers all of them. A URL check asks four
/// lists (allow, free hosting, shorteners, institutional) about every host; one walk hashes
/// each parent once instead of once per list.
#[derive(Debug, Clone, Default)]
pub struct DomainKinds {
    /// Name → bits of its lists (a `usize`, as in the brand tables: the same hash-table code
    /// serves both in the Wasm module, see [`or_insert`](crate::url::fasthash::or_insert)).
    kinds: FastMap<String, usize>,
    /// Fewest and most labels of an entry, as in [`DomainSet`].
    labels: (usize, usize),
}

impl DomainKinds {
    /// One table for up to eight lists of names; list `i` is bit `1 << i`.
    pub fn new(lists: &[&[String]]) -> DomainKinds {
        let mut kinds: FastMap<String, usize> = FastMap::default();
        for (i, list) in lists.iter().enumerate().take(8) {
            for d in list.iter() {
                *crate::url::fasthash::or_insert(&mut kinds, d, 0) |= 1 << i;
            }
        }
        let counts = kinds.keys().map(|d| label_count(d));
        let labels = (counts.clone().min().unwrap_or(0), counts.max().unwrap_or(0));
        DomainKinds { kinds, labels }
    }

    /// Tags `name` with `tag` (say, the brand whose official domain it is), unless it has a
    /// tag already: the first tag of a name wins. A tagged name need be on no list.
    pub fn tag(&mut self, name: &str, tag: usize) {
        let value = crate::url::fasthash::or_insert(&mut self.kinds, name, 0);
        if *value >> TAG_SHIFT == 0 {
            *value |= (tag + 1) << TAG_SHIFT;
        }
        let labels = label_count(name);
        self.labels = if self.kinds.len() == 1 {
            (labels, labels)
        } else {
            (self.labels.0.min(labels), self.labels.1.max(labels))
        };
    }

    /// Calls `f(start, kinds)` for each listed name covering `host` (the host itself, then its
    /// parents up the tree), with where that name starts in `host` and the bits of its lists.
    /// The first call naming a list is that list's [`DomainSet::find`].
    pub fn each_listed(&self, host: &str, mut f: impl FnMut(usize, u8)) {
        self.each_listed_tagged(host, |start, kinds, _| f(start, kinds));
    }

    /// [`DomainKinds::each_listed`], with each name's [`DomainKinds::tag`] if it has one.
    pub fn each_listed_tagged(&self, host: &str, mut f: impl FnMut(usize, u8, Option<usize>)) {
        let (fewest, most) = self.labels;
        let mut start = 0;
        let mut labels = label_count(host);
        loop {
            if labels < fewest {
                return;
            }
            let h = &host[start..];
            if labels <= most
                && let Some(&kinds) = self.kinds.get(h)
            {
                let tag = (kinds >> TAG_SHIFT).checked_sub(1);
                f(start, kinds as u8, tag);
            }
            match crate::url::dots::first_dot(h) {
                Some(dot) => start += dot + 1,
                None => return,
            }
            labels -= 1;
        }
    }
}

/// Where a [`DomainKinds`] value's tag starts (plus one; zero for none): above the eight list
/// bits.
const TAG_SHIFT: u32 = 8;

/// Labels of a name (`a.b.c` has 3), as a walk up its parents counts them.
fn label_count(name: &str) -> usize {
    name.bytes().filter(|&b| b == b'.').count() + 1
}

/// At most this many names are probed per lookup: the host, its registrable domain and the
/// two names just above the registrable domain. Each probe is a chance of a false match
/// (≤ 2⁻³²), so a lookup's false-match rate is at most 4 × 2⁻³² ≈ 9.3 × 10⁻¹⁰.
pub const MAX_PROBES: usize = 4;

/// A 64-bit hash of a host name, stable across platforms and releases (packs store it).
///
/// A wyhash-style multiply-fold over 8-byte little-endian words; host names are short, so
/// this costs a few nanoseconds.
pub fn host_hash(host: &str) -> u64 {
    const P0: u64 = 0xa076_1d64_78bd_642f;
    const P1: u64 = 0xe703_7ed1_a0b4_28db;
    const P2: u64 = 0x8ebc_6af0_9c88_c6e3;
    let bytes = host.as_bytes();
    let len = bytes.len() as u64;
    let mut h = fold_mul(P0 ^ len, P1);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = fold_mul(h ^ u64::from_le_bytes(word), P1 ^ h.rotate_left(17));
    }
    let rest = chunks.remainder();
    let mut word = [0u8; 8];
    word[..rest.len()].copy_from_slice(rest);
    h = fold_mul(h ^ u64::from_le_bytes(word), P2);
    fold_mul(h ^ P0, len ^ P2)
}

/// The 128-bit product of `a` and `b`, folded to 64 bits (low half XOR high half).
///
/// Computed from 32-bit halves with four 64-bit multiplies: a `u128` product is a call to
/// `__multi3` in Wasm, and a URL check hashes up to four names of several words each
/// (the block-list lookup was a twentieth of a check there). The same value as the `u128`
/// product on every target (tested below), so packs stay portable.
fn fold_mul(a: u64, b: u64) -> u64 {
    const LOW: u64 = 0xffff_ffff;
    let (a0, a1, b0, b1) = (a & LOW, a >> 32, b & LOW, b >> 32);
    let (p00, p01, p10, p11) = (a0 * b0, a0 * b1, a1 * b0, a1 * b1);
    // At most 3 × (2³² − 1): no overflow.
    let mid = (p00 >> 32) + (p01 & LOW) + (p10 & LOW);
    let low = (p00 & LOW) | (mid << 32);
    let high = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
    low ^ high
}

/// Bits kept per key below the bucket number.
const LOW_BITS: u32 = 32;
/// Every `SAMPLE`-th bucket end is remembered at load time to find a bucket fast.
const SAMPLE: u64 = 64;

/// A compact set of host names for block lists at national scale: each name is reduced to a
/// 64-bit hash; the set keeps, in hash order, the hash's top `q` bits implicitly (as bucket
/// sizes coded in unary, ~2 bits a key) and the next 32 bits explicitly (4 bytes a key). This is
/// an Elias–Fano coded sorted hash set with a 32-bit low part, so the low parts are a plain
/// `u32` array: loading is a copy, not a decode.
///
/// With `2^q ≥ n` buckets, a name that is not in the set matches with probability
/// `n / 2^(q+32) ≤ 2⁻³²` per probe. Memory: `4n + (n + 2^q)/8 + 2^q/16` bytes, 4.25–4.5 bytes a
/// name. Each name may carry a one-byte value (here: which block list it came from).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawHashedSet", into = "RawHashedSet")]
pub struct HashedDomainSet {
    raw: RawHashedSet,
    /// Bit position in `raw.high` of every `SAMPLE`-th zero (bucket end), rebuilt at load.
    samples: Vec<u32>,
}

/// The serialized form of a [`HashedDomainSet`]: little-endian byte blocks, so postcard
/// copies them instead of decoding element by element.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct RawHashedSet {
    /// log2 of the bucket count.
    q: u8,
    /// Number of keys.
    len: u32,
    /// `len` × u32 LE: bits `64-q-32 .. 64-q` of each key's hash, in hash order.
    lows: Bytes,
    /// u64 LE words: for each bucket, one 1 bit per key then a 0 bit; padding bits are 1.
    high: Bytes,
    /// One byte a key (a value such as a list number), or empty when every value is 0.
    values: Bytes,
}

/// Why a hashed set's bytes are not a valid set.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HashedSetError {
    /// A length field disagrees with the data present.
    #[error("hashed domain set: {0}")]
    Inconsistent(&'static str),
}

impl TryFrom<RawHashedSet> for HashedDomainSet {
    type Error = HashedSetError;

    fn try_from(raw: RawHashedSet) -> Result<Self, Self::Error> {
        if raw.q > 32 {
            return Err(HashedSetError::Inconsistent("more than 2^32 buckets"));
        }
        let len = u64::from(raw.len);
        let buckets = 1u64 << raw.q;
        let bits = len + buckets;
        if bits > u64::from(u32::MAX) {
            return Err(HashedSetError::Inconsistent("too many keys"));
        }
        if raw.lows.0.len() as u64 != 4 * len {
            return Err(HashedSetError::Inconsistent("length of the low parts"));
        }
        if !raw.values.0.is_empty() && raw.values.0.len() as u64 != len {
            return Err(HashedSetError::Inconsistent("length of the values"));
        }
        if raw.high.0.len() as u64 != 8 * bits.div_ceil(64) {
            return Err(HashedSetError::Inconsistent("length of the bucket bits"));
        }
        // One pass over the bucket bits: count the zeros and remember every SAMPLE-th one.
        let mut samples = Vec::with_capacity(buckets.div_ceil(SAMPLE) as usize);
        let mut zeros = 0u64;
        for (w, chunk) in raw.high.0.chunks_exact(8).enumerate() {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let mut inverted = !u64::from_le_bytes(word);
            let first_bit = w as u64 * 64;
            if bits - first_bit < 64 {
                inverted &= (1u64 << (bits - first_bit)) - 1; // padding
            }
            let count = u64::from(inverted.count_ones());
            let mut next = samples.len() as u64 * SAMPLE;
            while next < zeros + count {
                let at = first_bit + u64::from(select_in_word(inverted, (next - zeros) as u32));
                samples.push(at as u32); // < bits ≤ u32::MAX
                next += SAMPLE;
            }
            zeros += count;
        }
        if zeros != buckets {
            return Err(HashedSetError::Inconsistent("bucket count"));
        }
        Ok(HashedDomainSet { raw, samples })
    }
}

impl From<HashedDomainSet> for RawHashedSet {
    fn from(set: HashedDomainSet) -> RawHashedSet {
        set.raw
    }
}

impl HashedDomainSet {
    /// Builds a set from host names (lower-case ASCII) and a value for each. A name given
    /// twice keeps its smallest value.
    pub fn build<'a>(entries: impl IntoIterator<Item = (&'a str, u8)>) -> HashedDomainSet {
        let hashed: Vec<(u64, u8)> = entries
            .into_iter()
            .map(|(host, value)| (host_hash(host), value))
            .collect();
        Self::from_hashes(hashed)
    }

    /// Builds a set from precomputed [`host_hash`] values and a value for each.
    pub fn from_hashes(mut hashed: Vec<(u64, u8)>) -> HashedDomainSet {
        hashed.sort_unstable();
        hashed.dedup_by_key(|(h, _)| *h);
        let q = hashed
            .len()
            .max(1)
            .next_power_of_two()
            .trailing_zeros()
            .min(32);
        let key = |h: u64| (bucket_of(h, q), low_of(h, q));
        // Distinct hashes may share their top q+32 bits: keep the first (smallest value).
        hashed.dedup_by_key(|(h, _)| key(*h));
        let len = hashed.len() as u64;
        let buckets = 1u64 << q;
        let bits = len + buckets;
        let mut high = vec![u64::MAX; bits.div_ceil(64) as usize];
        let mut lows = Vec::with_capacity(hashed.len() * 4);
        let mut values = Vec::with_capacity(hashed.len());
        // Keys are ones at (bucket + index); every other position up to `bits` is a zero.
        let mut clear_upto = 0u64;
        for (i, &(h, v)) in hashed.iter().enumerate() {
            let (bucket, low) = key(h);
            let one_at = bucket + i as u64;
            for p in clear_upto..one_at {
                high[(p / 64) as usize] &= !(1u64 << (p % 64));
            }
            clear_upto = one_at + 1;
            lows.extend_from_slice(&low.to_le_bytes());
            values.push(v);
        }
        for p in clear_upto..bits {
            high[(p / 64) as usize] &= !(1u64 << (p % 64));
        }
        if values.iter().all(|&v| v == 0) {
            values.clear();
        }
        let raw = RawHashedSet {
            q: q as u8,
            len: len as u32,
            lows: Bytes(lows),
            high: Bytes(high.iter().flat_map(|w| w.to_le_bytes()).collect()),
            values: Bytes(values),
        };
        // Built here, so it is consistent; a failure would be a bug in this function.
        HashedDomainSet::try_from(raw.clone()).unwrap_or(HashedDomainSet {
            raw,
            samples: Vec::new(),
        })
    }

    /// Number of names.
    pub fn len(&self) -> usize {
        self.raw.len as usize
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.raw.len == 0
    }

    /// Whether the set holds exactly this name; its value if so.
    pub fn get(&self, host: &str) -> Option<u8> {
        self.get_hash(host_hash(host))
    }

    /// Looks `host` and its parents up, down to `floor` (the registrable domain; names above
    /// the public suffix only), at most [`MAX_PROBES`] names: the host, the floor and the
    /// names just above the floor. Returns the listed name (a suffix of `host`) and its value.
    pub fn find<'h>(&self, host: &'h str, floor: Option<&str>) -> Option<(&'h str, u8)> {
        if self.is_empty() {
            return None;
        }
        let floor_len = match floor {
            Some(f)
                if host.ends_with(f)
                    && (host.len() == f.len()
                        || host.as_bytes().get(host.len().wrapping_sub(f.len() + 1))
                            == Some(&b'.')) =>
            {
                f.len()
            }
            _ => host.len(),
        };
        // Names from the floor upwards: the floor and the two above it, then the host itself.
        let mut candidates: [&str; MAX_PROBES] = [""; MAX_PROBES];
        let mut n = 0;
        let mut at = host.len() - floor_len;
        loop {
            if n < MAX_PROBES - 1 {
                candidates[n] = &host[at..];
                n += 1;
            } else if at == 0 {
                candidates[MAX_PROBES - 1] = host;
                n = MAX_PROBES;
            }
            if at == 0 {
                break;
            }
            // The next name up starts after the previous dot.
            at = crate::url::dots::last_dot(&host[..at - 1]).map_or(0, |d| d + 1);
        }
        // Most specific first, so the reason names the listed host itself.
        candidates[..n]
            .iter()
            .rev()
            .find_map(|name| self.get(name).map(|v| (*name, v)))
    }

    /// Heap memory in bytes.
    pub fn memory_usage(&self) -> usize {
        self.raw.lows.0.capacity()
            + self.raw.high.0.capacity()
            + self.raw.values.0.capacity()
            + self.samples.capacity() * std::mem::size_of::<u32>()
    }

    /// The value of a name given by its [`host_hash`], if the set holds it.
    pub fn get_hash(&self, h: u64) -> Option<u8> {
        let q = u32::from(self.raw.q);
        let bucket = bucket_of(h, q);
        let low = low_of(h, q);
        let mut pos = if bucket == 0 {
            0
        } else {
            self.select_zero(bucket - 1)? + 1
        };
        loop {
            if !self.high_bit(pos)? {
                return None; // end of the bucket
            }
            let index = (pos - bucket) as usize; // ones before `pos`
            let stored = self.raw.lows.0.get(index * 4..index * 4 + 4)?;
            let stored = u32::from_le_bytes([stored[0], stored[1], stored[2], stored[3]]);
            if stored == low {
                return Some(self.raw.values.0.get(index).copied().unwrap_or(0));
            }
            if stored > low {
                return None;
            }
            pos += 1;
        }
    }

    fn high_word(&self, w: u64) -> Option<u64> {
        let at = usize::try_from(w).ok()?.checked_mul(8)?;
        let b = self.raw.high.0.get(at..at + 8)?;
        Some(u64::from_le_bytes([
            b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
        ]))
    }

    fn high_bit(&self, pos: u64) -> Option<bool> {
        Some(self.high_word(pos / 64)? >> (pos % 64) & 1 == 1)
    }

    /// Position of the zero bit of rank `rank` (0-based) in the bucket bits.
    fn select_zero(&self, rank: u64) -> Option<u64> {
        let sample = *self.samples.get((rank / SAMPLE) as usize)?;
        let mut left = rank % SAMPLE;
        if left == 0 {
            return Some(u64::from(sample));
        }
        let start = u64::from(sample) + 1;
        let mut w = start / 64;
        let mut zeros = !self.high_word(w)? & (u64::MAX << (start % 64));
        loop {
            let count = u64::from(zeros.count_ones());
            if left <= count {
                return Some(w * 64 + u64::from(select_in_word(zeros, (left - 1) as u32)));
            }
            left -= count;
            w += 1;
            zeros = !self.high_word(w)?;
        }
    }
}

/// The top `q` bits of a hash.
fn bucket_of(h: u64, q: u32) -> u64 {
    h.checked_shr(64 - q).unwrap_or(0)
}

/// The 32 bits below the top `q` bits.
fn low_of(h: u64, q: u32) -> u32 {
    (h >> (64 - q - LOW_BITS)) as u32
}

/// Position of the set bit of rank `k` (0-based) in `x`; 64 if there is none.
fn select_in_word(x: u64, k: u32) -> u32 {
    let mut k = k;
    let mut shift = 0;
    while shift < 64 {
        let byte = (x >> shift) & 0xff;
        let count = byte.count_ones();
        if k < count {
            let mut b = byte;
            for _ in 0..k {
                b &= b - 1;
            }
            return shift + b.trailing_zeros();
        }
        k -= count;
        shift += 8;
    }
    64
}

/// A byte block serialized as bytes (one copy with postcard), not as a sequence of numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Bytes(Vec<u8>);

impl Serialize for Bytes {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Bytes;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a byte block")
            }
            fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Bytes, E> {
                Ok(Bytes(v.to_vec()))
            }
            fn visit_byte_buf<E: serde::de::Error>(self, v: Vec<u8>) -> Result<Bytes, E> {
                Ok(Bytes(v))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Bytes, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 20));
                while let Some(b) = seq.next_element()? {
                    out.push(b);
                }
                Ok(Bytes(out))
            }
        }
        d.deserialize_byte_buf(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The product from 32-bit halves is the `u128` product, folded the same way.
        #[test]
        fn fold_mul_from_halves_is_the_wide_product(a: u64, b: u64) {
            let r = u128::from(a) * u128::from(b);
            proptest::prop_assert_eq!(fold_mul(a, b), (r as u64) ^ ((r >> 64) as u64));
        }
    }

    #[test]
    fn host_hashes_stay_what_packs_store() {
        // Values of the u128 product, computed independently (Python): packs built before
        // must still match.
        assert_eq!(host_hash("klikbca-verifikasi.com"), 0x2628_5424_a6ac_ca89);
        assert_eq!(host_hash("a"), 0x1328_e9b9_dd97_db10);
        assert_eq!(host_hash(""), 0x0d79_c8ef_497e_ec89);
    }

    /// One walk through `DomainKinds` finds, for every list, what its own `DomainSet` finds.
    /// Tagged names (brands' official domains) are found by the same walk, the nearest
    /// first, whether or not a list holds them and however many labels they have.
    #[test]
    fn tags_are_found_by_the_walk_up_the_parents() {
        let allow = vec!["bank.co.id".to_string()];
        let mut kinds = DomainKinds::new(&[&allow]);
        kinds.tag("bank.co.id", 7);
        kinds.tag("bank.co.id", 9); // the first tag wins
        kinds.tag("ibank.deep.bank.co.id", 3);
        kinds.tag("brand.com", 0);
        let nearest = |host: &'static str| {
            let mut found = None;
            kinds.each_listed_tagged(host, |start, _, tag| {
                if found.is_none() {
                    found = tag.map(|t| (&host[start..], t));
                }
            });
            found
        };
        assert_eq!(nearest("x.bank.co.id"), Some(("bank.co.id", 7)));
        assert_eq!(
            nearest("a.ibank.deep.bank.co.id"),
            Some(("ibank.deep.bank.co.id", 3))
        );
        assert_eq!(nearest("brand.com"), Some(("brand.com", 0)));
        assert_eq!(nearest("notbrand.com"), None);
        let mut allowed = false;
        kinds.each_listed("bank.co.id", |_, bits| allowed |= bits & 1 != 0);
        assert!(allowed, "a tag leaves the list bits as they were");
    }

    #[test]
    fn one_walk_answers_each_list_as_its_own_set_would() {
        let names = |l: &str| l.split(' ').map(String::from).collect::<Vec<_>>();
        let lists = [
            names("blogspot.com web.app sites.google.com"),
            names("bit.ly s.id web.app"),
            names("go.id ac.id sch.id"),
        ];
        let kinds = DomainKinds::new(&[&lists[0], &lists[1], &lists[2]]);
        let sets: Vec<DomainSet> = lists.iter().cloned().map(DomainSet::new).collect();
        for host in [
            "x.blogspot.com",
            "web.app",
            "a.b.web.app",
            "bit.ly",
            "sites.google.com",
            "a.sites.google.com",
            "google.com",
            "kemkes.go.id",
            "smk1.sch.id",
            "example.org",
            "id",
        ] {
            let mut nearest = [None; 3];
            kinds.each_listed(host, |start, bits| {
                for (i, n) in nearest.iter_mut().enumerate() {
                    if bits & (1 << i) != 0 && n.is_none() {
                        *n = Some(&host[start..]);
                    }
                }
            });
            for (i, set) in sets.iter().enumerate() {
                assert_eq!(nearest[i], set.find(host), "list {i}, {host}");
            }
        }
    }

    #[test]
    fn parents_match_children_do_not() {
        let set = DomainSet::new(vec!["judi.example".into(), "slot88.xyz".into()]);
        assert_eq!(set.find("www.slot88.xyz"), Some("slot88.xyz"));
        assert_eq!(set.find("slot88.xyz"), Some("slot88.xyz"));
        assert_eq!(set.find("xyz"), None);
        assert_eq!(set.find("notslot88.xyz"), None);
    }

    #[test]
    fn entries_of_any_number_of_labels_are_found_nearest_first() {
        let set = DomainSet::new(vec!["id".into(), "go.id".into(), "a.b.go.id".into()]);
        assert_eq!(set.find("x.a.b.go.id"), Some("a.b.go.id"));
        assert_eq!(set.find("b.go.id"), Some("go.id"));
        assert_eq!(set.find("example.id"), Some("id"));
        assert_eq!(set.find("example.com"), None);
        assert_eq!(DomainSet::new(Vec::new()).find("a.b"), None);
    }

    fn sample_set() -> HashedDomainSet {
        HashedDomainSet::build([
            ("slot88.xyz", 0),
            ("judi.example", 1),
            ("api.evil.co.id", 2),
        ])
    }

    #[test]
    fn hashed_set_finds_members_and_parents_only() {
        let set = sample_set();
        assert_eq!(set.len(), 3);
        assert_eq!(set.get("slot88.xyz"), Some(0));
        assert_eq!(set.get("judi.example"), Some(1));
        assert_eq!(
            set.find("www.slot88.xyz", Some("slot88.xyz")),
            Some(("slot88.xyz", 0))
        );
        assert_eq!(
            set.find("a.b.api.evil.co.id", Some("evil.co.id")),
            Some(("api.evil.co.id", 2))
        );
        // A listed child does not block its parent.
        assert_eq!(set.find("evil.co.id", Some("evil.co.id")), None);
        assert_eq!(set.find("notslot88.xyz", Some("notslot88.xyz")), None);
        assert_eq!(set.find("xyz", None), None);
    }

    #[test]
    fn probes_are_bounded_and_keep_host_and_floor() {
        let set = HashedDomainSet::build([("evil.com", 0), ("x.y.z.w.v.evil.com", 1)]);
        let deep = "x.y.z.w.v.evil.com";
        assert_eq!(set.find(deep, Some("evil.com")), Some((deep, 1)));
        assert_eq!(
            set.find("q.y.z.w.v.evil.com", Some("evil.com")),
            Some(("evil.com", 0))
        );
        // Without a floor only the host itself is probed.
        assert_eq!(set.find("www.evil.com", None), None);
        // A floor that is not a suffix of the host is ignored.
        assert_eq!(set.find("www.evil.com", Some("other.com")), None);
    }

    #[test]
    fn empty_and_single_sets_work() {
        let empty = HashedDomainSet::build([]);
        assert!(empty.is_empty());
        assert_eq!(empty.get("a.com"), None);
        let one = HashedDomainSet::build([("a.com", 3)]);
        assert_eq!(one.get("a.com"), Some(3));
        assert_eq!(one.get("b.com"), None);
    }

    #[test]
    fn every_member_is_found_with_its_value() {
        let names: Vec<String> = (0..20_000).map(|i| format!("site{i}.example")).collect();
        let set = HashedDomainSet::build(names.iter().map(|n| (n.as_str(), (n.len() % 5) as u8)));
        assert_eq!(set.len(), names.len());
        for n in &names {
            assert_eq!(set.get(n), Some((n.len() % 5) as u8), "{n}");
        }
        let per_key = set.memory_usage() as f64 / names.len() as f64;
        assert!(per_key < 6.0, "{per_key} bytes a key"); // values add 1 byte here
    }

    /// A bounded false-match check (the criterion bench measures 10⁸ probes on 7 million).
    #[test]
    fn non_members_do_not_match() {
        let names: Vec<String> = (0..100_000).map(|i| format!("judi{i}.site")).collect();
        let set = HashedDomainSet::build(names.iter().map(|n| (n.as_str(), 0)));
        let false_matches = (0..300_000)
            .filter(|i| set.get(&format!("judi{i}.sites")).is_some())
            .count();
        // Expected 300,000 × 2⁻³² ≈ 7 × 10⁻⁵ false matches.
        assert_eq!(false_matches, 0);
    }

    #[test]
    fn round_trips_through_postcard_as_byte_blocks() {
        let set = sample_set();
        let bytes = postcard::to_allocvec(&set).expect("serializes");
        // q + len + three length-prefixed blocks: no per-element encoding.
        assert!(bytes.len() < 4 * 3 + 8 + 3 + 16, "{} bytes", bytes.len());
        let back: HashedDomainSet = postcard::from_bytes(&bytes).expect("decodes");
        assert_eq!(back, set);
        assert_eq!(back.get("judi.example"), Some(1));
    }

    #[test]
    fn inconsistent_bytes_are_rejected() {
        let set = sample_set();
        let mut raw = RawHashedSet::from(set.clone());
        raw.len += 1;
        assert!(HashedDomainSet::try_from(raw).is_err());
        let mut raw = RawHashedSet::from(set.clone());
        raw.high.0.iter_mut().for_each(|b| *b = 0xff); // no bucket ends
        assert!(HashedDomainSet::try_from(raw).is_err());
        let mut raw = RawHashedSet::from(set);
        raw.q = 40;
        assert!(HashedDomainSet::try_from(raw).is_err());
    }

    #[test]
    fn host_hash_is_stable() {
        // Packs store these hashes: changing the function needs a new pack format version.
        assert_eq!(host_hash("example.com"), host_hash("example.com"));
        assert_ne!(host_hash("example.com"), host_hash("example.co"));
        assert_ne!(host_hash(""), host_hash("a"));
        assert_eq!(host_hash("slot88.xyz"), 10_089_841_112_000_434_760);
    }
}
