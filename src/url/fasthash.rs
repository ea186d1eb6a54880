//! A fast hasher for the engine's lookup tables of short names (public suffixes, hosting
//! kinds, brand keywords).
//!
//! The standard library's SipHash resists hash flooding by whoever chooses the keys; here the
//! keys come from the pack and only the probes come from a web page, so flooding is not a
//! threat and SipHash's cost is pure overhead on a URL check (a dozen lookups each).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A multiply-rotate hasher for short keys (a few nanoseconds for a host name). It uses
/// 64-bit multiplies only: a 128-bit product is a library call in Wasm.
#[derive(Debug, Clone, Copy, Default)]
pub struct FastHasher {
    state: u64,
}

const K0: u64 = 0x9e37_79b9_7f4a_7c15;
const K1: u64 = 0xe703_7ed1_a0b4_28db;

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.state = (self.state.rotate_left(23) ^ word).wrapping_mul(K0);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.add(bytes.len() as u64);
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        // Multiplication mixes upwards only: fold the high bits down so the table index (low
        // bits) and hashbrown's tag (top bits) both depend on every input byte.
        let h = (self.state ^ (self.state >> 32)).wrapping_mul(K1);
        h ^ (h >> 29)
    }
}

/// Builds [`FastHasher`]s.
pub type FastBuild = BuildHasherDefault<FastHasher>;
/// A hash map keyed by short names, hashed with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, FastBuild>;
/// A hash set of short names, hashed with [`FastHasher`].
pub type FastSet<K> = HashSet<K, FastBuild>;

/// `map[key]`, inserted as `value` if missing. Not inlined on purpose: the brand index and
/// `DomainKinds` fill tables of this type at load time in six places, and one copy of the
/// hash table's insertion code is ~2 KB of Wasm.
#[inline(never)]
pub fn or_insert<'m>(
    map: &'m mut FastMap<String, usize>,
    key: &str,
    value: usize,
) -> &'m mut usize {
    if !map.contains_key(key) {
        map.insert(key.to_string(), value);
    }
    map.get_mut(key).expect("inserted above")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn different_names_hash_apart_and_equal_names_together() {
        let build = FastBuild::default();
        let names = [
            "com",
            "co.id",
            "bca.co.id",
            "klikbca.com",
            "klikbca.co",
            "a",
            "",
        ];
        let hashes: FastSet<u64> = names.iter().map(|n| build.hash_one(n)).collect();
        assert_eq!(hashes.len(), names.len());
        assert_eq!(
            build.hash_one("web.app"),
            build.hash_one(String::from("web.app"))
        );
    }
}
