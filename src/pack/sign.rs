//! Pack signatures: an Ed25519 signature (RFC 8032) of the payload in the header's signature
//! slot, with [`FLAG_SIGNED`] set (`format`'s layout). A pack that an NGO publishes at a URL is
//! signed with its secret key; the extension fetches it and uses it only if the NGO's public
//! key, set by the browser policy that names the URL, verifies it (with WebCrypto, the same
//! algorithm as here). The checksum catches damage; the signature says who made the pack.
//!
//! ```text
//! waspada pack keygen --secret ngo.key        → public key (64 hex characters) for the policy
//! waspada pack sign ngo.wpk --key ngo.key      → the signature in the pack's header
//! waspada pack verify ngo.wpk --public-key …  → whether that key signed it
//! ```

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};

use super::format::{FLAG_SIGNED, HEADER_LEN, PackError, decode};

/// Where the signature sits in the header, and the flags.
const SIGNATURE: std::ops::Range<usize> = 44..108;
const FLAGS: std::ops::Range<usize> = 6..8;

/// A new secret key (32 random bytes from the operating system) and its public key.
pub fn keygen() -> Result<([u8; 32], [u8; 32]), PackError> {
    let mut secret = [0u8; 32];
    getrandom::fill(&mut secret)
        .map_err(|e| PackError::Invalid(format!("no randomness for a key: {e}")))?;
    let public = SigningKey::from_bytes(&secret).verifying_key().to_bytes();
    Ok((secret, public))
}

/// The public key of a secret key.
pub fn public_key(secret: &[u8; 32]) -> [u8; 32] {
    SigningKey::from_bytes(secret).verifying_key().to_bytes()
}

/// `pack` with its payload signed by `secret`: the pack must load first (header, checksum,
/// payload), so a damaged pack is never signed.
pub fn sign(pack: &[u8], secret: &[u8; 32]) -> Result<Vec<u8>, PackError> {
    decode(pack)?;
    let signature = SigningKey::from_bytes(secret).sign(&pack[HEADER_LEN..]);
    let mut out = pack.to_vec();
    let flags = u16::from_le_bytes([out[6], out[7]]) | FLAG_SIGNED;
    out[FLAGS].copy_from_slice(&flags.to_le_bytes());
    out[SIGNATURE].copy_from_slice(&signature.to_bytes());
    Ok(out)
}

/// Why a pack's signature does not hold.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum SignatureError {
    /// The pack does not load.
    #[error(transparent)]
    Pack(#[from] PackError),
    /// The header says the pack is unsigned.
    #[error("the pack is not signed")]
    Unsigned,
    /// The public key is not a valid Ed25519 key.
    #[error("the public key is not a valid Ed25519 key")]
    BadKey,
    /// The signature is not this key's over this payload.
    #[error("the signature does not match this public key (signed by another key, or altered)")]
    Mismatch,
}

/// Whether `public` signed `pack`'s payload.
pub fn verify(pack: &[u8], public: &[u8; 32]) -> Result<(), SignatureError> {
    decode(pack)?;
    let flags = u16::from_le_bytes([pack[6], pack[7]]);
    if flags & FLAG_SIGNED == 0 {
        return Err(SignatureError::Unsigned);
    }
    let key = VerifyingKey::from_bytes(public).map_err(|_| SignatureError::BadKey)?;
    let bytes: [u8; 64] = pack[SIGNATURE]
        .try_into()
        .map_err(|_| SignatureError::Mismatch)?;
    key.verify_strict(&pack[HEADER_LEN..], &Signature::from_bytes(&bytes))
        .map_err(|_| SignatureError::Mismatch)
}

#[cfg(all(test, feature = "embedded-pack"))]
mod tests {
    use super::*;

    fn pack() -> Vec<u8> {
        crate::pack::DEFAULT_PACK.to_vec()
    }

    #[test]
    fn a_signed_pack_verifies_with_its_key_and_no_other() {
        let (secret, public) = keygen().expect("key");
        let (_, other) = keygen().expect("key");
        assert_eq!(public_key(&secret), public);
        let signed = sign(&pack(), &secret).expect("signs");
        assert_eq!(verify(&signed, &public), Ok(()));
        assert_eq!(verify(&signed, &other), Err(SignatureError::Mismatch));
        assert_eq!(verify(&pack(), &public), Err(SignatureError::Unsigned));
        // Still a pack the engine loads.
        assert!(decode(&signed).is_ok());
    }

    #[test]
    fn an_altered_signed_pack_fails() {
        let (secret, public) = keygen().expect("key");
        let mut signed = sign(&pack(), &secret).expect("signs");
        signed[50] ^= 1; // the signature
        assert_eq!(verify(&signed, &public), Err(SignatureError::Mismatch));
        let mut signed = sign(&pack(), &secret).expect("signs");
        let last = signed.len() - 1;
        signed[last] ^= 1; // the payload: the checksum says so first
        assert!(matches!(
            verify(&signed, &public),
            Err(SignatureError::Pack(PackError::BadChecksum { .. }))
        ));
    }

    #[test]
    fn a_damaged_pack_is_not_signed() {
        let (secret, _) = keygen().expect("key");
        assert!(sign(b"not a pack", &secret).is_err());
    }
}
