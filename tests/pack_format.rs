//! Loading damaged, foreign or hostile pack bytes gives a typed error, never a panic.

use proptest::prelude::*;
use waspada::pack::format::{self, FORMAT_VERSION, HEADER_LEN, PackError};
use waspada::{Engine, Error};

/// BLAKE3, as the format's header stores it.
fn checksum(bytes: &[u8]) -> Vec<u8> {
    blake3::hash(bytes).as_bytes().to_vec()
}

fn default_pack() -> Vec<u8> {
    waspada::pack::DEFAULT_PACK.to_vec()
}

fn pack_error(bytes: &[u8]) -> PackError {
    match Engine::from_pack_bytes(bytes) {
        Err(Error::Pack(e)) => e,
        Err(other) => panic!("expected a pack error, got {other}"),
        Ok(_) => panic!("damaged pack was accepted"),
    }
}

#[test]
fn the_default_pack_loads() {
    let engine = Engine::from_pack_bytes(&default_pack()).expect("default pack loads");
    let info = engine.info();
    assert_eq!(info.name, "waspada-default");
    assert!(info.rules > 0 && info.brands > 0);
    assert!(
        info.sources.iter().all(|s| !s.license.is_empty()),
        "every source names its license"
    );
}

#[test]
fn empty_and_short_input_is_too_short() {
    assert_eq!(pack_error(&[]), PackError::TooShort { len: 0 });
    assert_eq!(pack_error(b"WSPK"), PackError::TooShort { len: 4 });
}

#[test]
fn other_files_have_bad_magic() {
    let mut bytes = default_pack();
    bytes[..4].copy_from_slice(b"PK\x03\x04");
    assert_eq!(pack_error(&bytes), PackError::BadMagic);
}

#[test]
fn newer_formats_are_refused_with_both_versions() {
    let mut bytes = default_pack();
    bytes[4..6].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    assert_eq!(
        pack_error(&bytes),
        PackError::UnsupportedVersion {
            found: FORMAT_VERSION + 1,
            supported: FORMAT_VERSION
        }
    );
}

#[test]
fn truncated_packs_are_length_mismatches() {
    let bytes = default_pack();
    let cut = &bytes[..bytes.len() - 10];
    assert!(matches!(pack_error(cut), PackError::LengthMismatch { .. }));
}

#[test]
fn a_flipped_payload_byte_fails_the_checksum() {
    let mut bytes = default_pack();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x40;
    assert!(matches!(pack_error(&bytes), PackError::BadChecksum { .. }));
}

#[test]
fn a_valid_checksum_over_garbage_fails_to_decode() {
    // Someone who rewrites the checksum still cannot make garbage load.
    let payload = vec![0xFFu8; 64];
    let mut bytes = default_pack()[..HEADER_LEN].to_vec();
    bytes[8..12].copy_from_slice(&(payload.len() as u32).to_le_bytes());
    bytes[12..44].copy_from_slice(&checksum(&payload));
    bytes.extend_from_slice(&payload);
    assert!(matches!(pack_error(&bytes), PackError::Decode(_)));
}

#[test]
fn encode_then_decode_is_identity() {
    let data = format::decode(&default_pack()).unwrap();
    let again = format::encode(&data).unwrap();
    assert_eq!(format::decode(&again).unwrap(), data);
}

proptest! {
    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = Engine::from_pack_bytes(&bytes);
    }

    #[test]
    fn random_corruption_never_panics(pos in 0usize..4096, value in any::<u8>()) {
        let mut bytes = default_pack();
        let i = pos % bytes.len();
        bytes[i] = value;
        let _ = Engine::from_pack_bytes(&bytes);
    }
}
