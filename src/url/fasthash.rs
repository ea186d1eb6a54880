//! A fast hasher for the engine's lookup tables of short names (public suffixes, hosting
//! kinds, brand keywords).
//!
//! The standard library's SipHash resists hash flooding by whoever chooses the keys; here the
//! keys come from the pack and only the probes come from a web page, so flooding is not a
//! threat and SipHash's cost is pure overhead on a URL check (a dozen lookups each). This is
//! the same multiply-fold as [`host_hash`](super::domains::host_hash), streamed.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A multiply-fold hasher for short keys (a few nanoseconds for a host name).
#[derive(Debug, Clone, Copy, Default)]
pub struct FastHasher {
    state: u64,
}

const K0: u64 = 0xa076_1d64_78bd_642f;
const K1: u64 = 0xe703_7ed1_a0b4_28db;

/// The 128-bit product of `a` and `b`, folded to 64 bits.
fn fold_mul(a: u64, b: u64) -> u64 {
    let r = u128::from(a) * u128::from(b);
    (r as u64) ^ ((r >> 64) as u64)
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.state ^ (bytes.len() as u64);
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            h = fold_mul(h ^ u64::from_le_bytes(word) ^ K0, K1);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            h = fold_mul(h ^ u64::from_le_bytes(word) ^ K0, K1);
        }
        self.state = h;
    }

    fn write_u8(&mut self, byte: u8) {
        self.state = fold_mul(self.state ^ u64::from(byte) ^ K1, K0);
    }

    fn write_usize(&mut self, n: usize) {
        self.state = fold_mul(self.state ^ n as u64 ^ K1, K0);
    }

    fn finish(&self) -> u64 {
        // One more fold so the top bits (hashbrown's tag) depend on every input byte.
        fold_mul(self.state ^ K0, K1)
    }
}

/// Builds [`FastHasher`]s.
pub type FastBuild = BuildHasherDefault<FastHasher>;
/// A hash map keyed by short names, hashed with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, FastBuild>;
/// A hash set of short names, hashed with [`FastHasher`].
pub type FastSet<K> = HashSet<K, FastBuild>;

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
