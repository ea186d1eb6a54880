//! The `.wpk` container: a fixed header, then the postcard-encoded [`PackData`].
//!
//! ```text
//! offset  size  field
//! 0       4     magic "WSPK"
//! 4       2     format version (u16 LE)
//! 6       2     flags (u16 LE); bit 0: signed
//! 8       4     payload length (u32 LE)
//! 12      32    BLAKE3 hash of the payload (SHA-256 in format version 1)
//! 44      64    Ed25519 signature of the payload (zeros when unsigned)
//! 108     …     payload
//! ```
//! Shared with `build.rs`, so it depends on serde, postcard, blake3 and thiserror only.

use thiserror::Error;

use super::model::{PackData, TextModelData};

/// First four bytes of every pack.
pub const MAGIC: [u8; 4] = *b"WSPK";
/// The payload layout this build reads and writes.
/// Version 2: block lists became one hashed set (`PackData::blocked`) with list labels, and the
/// payload checksum changed from SHA-256 to BLAKE3 (fast enough for 30 MB packs in Wasm); packs
/// also gained reference prices, reported numbers and the optional text model.
/// Version 5: brands gained `lure_keywords`.
/// Version 7: phrase rules gained `negated_by`.
/// Version 8: hosting gained `app_hosting`.
/// Version 9: the metadata gained `helplines`.
/// Version 10: hosting gained `abused_hosting`.
pub const FORMAT_VERSION: u16 = 10;
/// Size of the fixed header in bytes.
pub const HEADER_LEN: usize = 108;
/// Flag bit: the signature field holds an Ed25519 signature.
pub const FLAG_SIGNED: u16 = 1;
/// Packs larger than this are refused before decoding (a hostile URL could serve anything).
pub const MAX_PAYLOAD_LEN: usize = 256 * 1024 * 1024;

/// Why pack bytes could not be loaded.
#[derive(Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum PackError {
    /// Fewer bytes than the header needs.
    #[error("pack is too short: {len} bytes, the header alone is {HEADER_LEN}")]
    TooShort {
        /// Bytes received.
        len: usize,
    },
    /// The file does not start with `WSPK`.
    #[error("not a Waspada pack (bad magic bytes)")]
    BadMagic,
    /// Written by a newer or older format.
    #[error("pack format version {found} is not supported (this build reads version {supported})")]
    UnsupportedVersion {
        /// Version in the file.
        found: u16,
        /// Version this build reads.
        supported: u16,
    },
    /// The header's length disagrees with the bytes present.
    #[error("pack payload length mismatch: header says {declared} bytes, file has {actual}")]
    LengthMismatch {
        /// Length in the header.
        declared: usize,
        /// Bytes after the header.
        actual: usize,
    },
    /// The payload does not match its checksum: damaged or altered.
    #[error("pack checksum mismatch (damaged or altered): expected {expected}, got {actual}")]
    BadChecksum {
        /// Checksum in the header (hex).
        expected: String,
        /// Checksum of the payload (hex).
        actual: String,
    },
    /// The payload is not a valid pack of this version.
    #[error("pack payload could not be decoded: {0}")]
    Decode(String),
    /// Decoded, but its content breaks an invariant.
    #[error("pack content is invalid: {0}")]
    Invalid(String),
}

/// Encodes pack data into `.wpk` bytes (unsigned).
pub fn encode(data: &PackData) -> Result<Vec<u8>, PackError> {
    let payload = postcard::to_allocvec(data).map_err(|e| PackError::Decode(e.to_string()))?;
    if payload.len() > MAX_PAYLOAD_LEN {
        return Err(PackError::Invalid(format!(
            "payload of {} bytes exceeds the {MAX_PAYLOAD_LEN}-byte limit",
            payload.len()
        )));
    }
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    // Fits: checked against MAX_PAYLOAD_LEN above.
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(blake3::hash(&payload).as_bytes());
    out.extend_from_slice(&[0u8; 64]);
    out.extend_from_slice(&payload);
    Ok(out)
}

/// Checks the header and checksum of `.wpk` bytes and decodes the payload.
pub fn decode(bytes: &[u8]) -> Result<PackData, PackError> {
    if bytes.len() < HEADER_LEN {
        return Err(PackError::TooShort { len: bytes.len() });
    }
    let (header, payload) = bytes.split_at(HEADER_LEN);
    if header[0..4] != MAGIC {
        return Err(PackError::BadMagic);
    }
    let version = u16::from_le_bytes([header[4], header[5]]);
    if version != FORMAT_VERSION {
        return Err(PackError::UnsupportedVersion {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    let declared = u32::from_le_bytes([header[8], header[9], header[10], header[11]]) as usize;
    if declared != payload.len() || declared > MAX_PAYLOAD_LEN {
        return Err(PackError::LengthMismatch {
            declared,
            actual: payload.len(),
        });
    }
    let expected = &header[12..44];
    let actual = blake3::hash(payload);
    if expected != actual.as_bytes() {
        return Err(PackError::BadChecksum {
            expected: hex(expected),
            actual: hex(actual.as_bytes()),
        });
    }
    postcard::from_bytes(payload).map_err(|e| PackError::Decode(e.to_string()))
}

/// The BLAKE3 hash of a pack's payload as hex, from its header (no validation).
pub fn checksum_hex(bytes: &[u8]) -> Option<String> {
    bytes.get(12..44).map(hex)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// First four bytes of a text-model file (`rules/model/text.wmodel`).
pub const MODEL_MAGIC: [u8; 4] = *b"WTXM";
/// The text-model file's layout. It followed [`FORMAT_VERSION`] until 7; since then it
/// changes only when [`TextModelData`] does, so a pack change that leaves the model alone
/// (version 8's `app_hosting`) does not force a retrain, which moves borderline verdicts.
pub const MODEL_FORMAT_VERSION: u16 = 7;

/// Encodes a text model for `rules/model/`: magic, format version, postcard payload.
pub fn encode_text_model(model: &TextModelData) -> Result<Vec<u8>, PackError> {
    let mut out = MODEL_MAGIC.to_vec();
    out.extend_from_slice(&MODEL_FORMAT_VERSION.to_le_bytes());
    let payload = postcard::to_allocvec(model).map_err(|e| PackError::Decode(e.to_string()))?;
    out.extend_from_slice(&payload);
    Ok(out)
}

/// Decodes a text-model file written by [`encode_text_model`].
pub fn decode_text_model(bytes: &[u8]) -> Result<TextModelData, PackError> {
    if bytes.len() < 6 {
        return Err(PackError::TooShort { len: bytes.len() });
    }
    if bytes[0..4] != MODEL_MAGIC {
        return Err(PackError::BadMagic);
    }
    let version = u16::from_le_bytes([bytes[4], bytes[5]]);
    if version != MODEL_FORMAT_VERSION {
        return Err(PackError::UnsupportedVersion {
            found: version,
            supported: MODEL_FORMAT_VERSION,
        });
    }
    postcard::from_bytes(&bytes[6..]).map_err(|e| PackError::Decode(e.to_string()))
}
