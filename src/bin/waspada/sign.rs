//! `waspada pack keygen | sign | verify`: an NGO signs the pack it publishes at a URL; the
//! extension, told the URL and the public key by a browser policy, uses the pack only if that
//! key signed it (`waspada::pack::sign`). Keys are written as hex: 64 characters each.

use std::path::Path;
use std::process::ExitCode;

use waspada::pack::sign;

/// Writes a new secret key to `secret` (never over an existing file) and prints its public key.
pub fn keygen(secret: &Path) -> Result<ExitCode, String> {
    let (key, public) = sign::keygen().map_err(|e| e.to_string())?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(secret).map_err(|e| {
        format!(
            "cannot create {} (it must not exist yet): {e}",
            secret.display()
        )
    })?;
    std::io::Write::write_all(&mut file, format!("{}\n", hex(&key)).as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", secret.display()))?;
    outln!(
        "secret key written to {} (keep it private; anyone with it can sign packs as you)",
        secret.display()
    );
    outln!(
        "public key (for the packPublicKey policy): {}",
        hex(&public)
    );
    Ok(ExitCode::SUCCESS)
}

/// Signs the pack `file` with the secret key in `key`, writing it to `output` (or in place).
pub fn sign_pack(file: &Path, key: &Path, output: Option<&Path>) -> Result<ExitCode, String> {
    let text = std::fs::read_to_string(key)
        .map_err(|e| format!("cannot read key {}: {e}", key.display()))?;
    let secret = parse_key(text.trim())
        .ok_or_else(|| format!("{}: not a secret key (64 hex characters)", key.display()))?;
    let pack =
        std::fs::read(file).map_err(|e| format!("cannot read pack {}: {e}", file.display()))?;
    let signed = sign::sign(&pack, &secret).map_err(|e| format!("{}: {e}", file.display()))?;
    let output = output.unwrap_or(file);
    std::fs::write(output, signed)
        .map_err(|e| format!("cannot write {}: {e}", output.display()))?;
    outln!(
        "{}: signed; public key {}",
        output.display(),
        hex(&sign::public_key(&secret))
    );
    Ok(ExitCode::SUCCESS)
}

/// Checks that `public` (hex) signed the pack `file`: exit 0 if so, 1 with the reason if not.
pub fn verify(file: &Path, public: &str) -> Result<ExitCode, String> {
    let public = parse_key(public.trim())
        .ok_or("the public key must be 64 hex characters (as `pack keygen` prints it)")?;
    let pack =
        std::fs::read(file).map_err(|e| format!("cannot read pack {}: {e}", file.display()))?;
    match sign::verify(&pack, &public) {
        Ok(()) => {
            outln!("{}: signed by this key", file.display());
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("{}: {e}", file.display());
            Ok(ExitCode::from(1))
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// 32 bytes from 64 hex characters.
fn parse_key(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}
