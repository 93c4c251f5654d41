//! Session tokens: generated here, kept by the client in a 0600 file, stored server-side only
//! as a SHA-256 hash so a leaked database does not hand out live sessions.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::rngs::OsRng;
use rand::{RngCore, TryRngCore};
use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::{Error, Result};

/// Every session token starts with this, so a leaked one is easy to recognise (and grep for).
pub const TOKEN_PREFIX: &str = "jh_";

/// A new session token (256 bits from the OS RNG, `jh_` + URL-safe base64) and its hash,
/// which is what the store keeps.
///
/// Panics only if the OS cannot supply randomness, where no safe token can be made anyway.
pub fn new_token() -> (SecretString, String) {
    let mut bytes = [0u8; 32];
    OsRng.unwrap_err().fill_bytes(&mut bytes);
    let token = format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes));
    let hash = hash_token(&token);
    (SecretString::from(token), hash)
}

/// Lower-case hex SHA-256 of the token, as stored in `sessions.token_hash`.
pub fn hash_token(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    let mut out = String::with_capacity(64);
    for byte in digest {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

/// Whether `token` hashes to `stored_hash`, compared in constant time.
pub fn token_matches(token: &str, stored_hash: &str) -> bool {
    hashes_equal(&hash_token(token), stored_hash)
}

/// Constant-time equality of two token hashes.
pub fn hashes_equal(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

/// Writes the token to `path` atomically: a 0600 temp file in the same directory (mode set
/// at creation, so the token is never readable by others, even briefly), then a rename.
pub fn save_token_file(path: &Path, token: &SecretString) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    crate::private_fs::own_private_dir(dir)
        .map_err(|e| file_error("create the directory for", dir, e))?;
    let file_name = path
        .file_name()
        .ok_or_else(|| Error::usage(format!("not a file path: {}", path.display())))?;
    let tmp = dir.join(format!(
        ".{}.tmp.{}.{:016x}",
        file_name.to_string_lossy(),
        std::process::id(),
        rand::random::<u64>()
    ));
    let write = || -> io::Result<()> {
        let mut file = create_private(&tmp)?;
        file.write_all(token.expose_secret().as_bytes())?;
        file.write_all(b"\n")?;
        file.sync_all()?;
        fs::rename(&tmp, path)
    };
    write().map_err(|e| {
        let _ = fs::remove_file(&tmp);
        file_error("write the session file", path, e)
    })
}

/// Reads the token saved by [`save_token_file`]; `None` if there is no file or it is empty.
pub fn read_token_file(path: &Path) -> Result<Option<SecretString>> {
    match fs::read_to_string(path) {
        Ok(text) => {
            let token = text.trim();
            Ok((!token.is_empty()).then(|| SecretString::from(token.to_string())))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(file_error("read the session file", path, e)),
    }
}

/// Removes the token file; `false` if there was none.
pub fn remove_token_file(path: &Path) -> Result<bool> {
    match fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(file_error("remove the session file", path, e)),
    }
}

/// Creates a NEW file readable and writable by the owner only (0600 from the first byte).
/// Fails if the path exists, so a planted file or symlink is never written through.
pub(crate) fn create_private(path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

fn file_error(what: &str, path: &Path, e: io::Error) -> Error {
    Error::unexpected(format!("cannot {what} {}: {e}", path.display())).with_source(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_has_prefix_and_256_bits_of_url_safe_base64() {
        let (token, _) = new_token();
        let token = token.expose_secret();
        let body = token.strip_prefix(TOKEN_PREFIX).expect("jh_ prefix");
        let bytes = URL_SAFE_NO_PAD.decode(body).expect("url-safe base64");
        assert_eq!(bytes.len(), 32);
    }

    #[test]
    fn returned_hash_is_hex_sha256_of_the_token() {
        let (token, hash) = new_token();
        assert_eq!(hash, hash_token(token.expose_secret()));
        assert_eq!(hash.len(), 64);
        assert!(
            hash.chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        );
    }

    #[test]
    fn hash_token_matches_known_sha256_vector() {
        assert_eq!(
            hash_token("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn two_tokens_differ() {
        let (a, ha) = new_token();
        let (b, hb) = new_token();
        assert_ne!(a.expose_secret(), b.expose_secret());
        assert_ne!(ha, hb);
    }

    #[test]
    fn token_matches_only_its_own_hash() {
        let (token, hash) = new_token();
        assert!(token_matches(token.expose_secret(), &hash));
        assert!(!token_matches("jh_other", &hash));
    }

    #[test]
    fn token_file_round_trips_and_is_private() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("nested/dir/session");
        let (token, _) = new_token();
        save_token_file(&path, &token).expect("saves");
        let back = read_token_file(&path).expect("reads").expect("present");
        assert_eq!(back.expose_secret(), token.expose_secret());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).expect("metadata").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn saving_again_replaces_the_token_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("session");
        save_token_file(&path, &SecretString::from("jh_first".to_string())).expect("saves");
        save_token_file(&path, &SecretString::from("jh_second".to_string())).expect("saves");
        let back = read_token_file(&path).expect("reads").expect("present");
        assert_eq!(back.expose_secret(), "jh_second");
        let entries = fs::read_dir(dir.path()).expect("lists").count();
        assert_eq!(entries, 1);
    }

    #[test]
    fn missing_token_file_reads_as_none() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert!(
            read_token_file(&dir.path().join("nope"))
                .expect("reads")
                .is_none()
        );
    }

    #[test]
    fn removing_token_file_reports_whether_there_was_one() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("session");
        save_token_file(&path, &SecretString::from("jh_x".to_string())).expect("saves");
        assert!(remove_token_file(&path).expect("removes"));
        assert!(!remove_token_file(&path).expect("no-op"));
        assert!(read_token_file(&path).expect("reads").is_none());
    }
}
