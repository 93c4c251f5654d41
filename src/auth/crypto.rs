//! Encryption at rest for Jira API tokens: XChaCha20-Poly1305 with a random 24-byte nonce per
//! value and the owning user's id bound as associated data, so a ciphertext copied to another
//! user's row does not decrypt.

use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use rand::rngs::OsRng;
use rand::{RngCore, TryRngCore};
use secrecy::{ExposeSecret, SecretBox, SecretString};

use crate::{Error, Result};

const KEY_LEN: usize = 32;
const NONCE_LEN: usize = 24;

/// The 32-byte key that seals Jira tokens. Its Debug output never shows the key.
pub struct EncryptionKey {
    key: SecretBox<[u8; KEY_LEN]>,
}

impl fmt::Debug for EncryptionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EncryptionKey([REDACTED])")
    }
}

impl EncryptionKey {
    /// A fresh random key from the OS RNG.
    ///
    /// Panics only if the OS cannot supply randomness, where no safe key can be made anyway.
    pub fn generate() -> Self {
        let mut key = Box::new([0u8; KEY_LEN]);
        OsRng.unwrap_err().fill_bytes(key.as_mut());
        EncryptionKey {
            key: SecretBox::new(key),
        }
    }

    /// Parses a key given as base64 (standard or URL-safe, padding optional), as in
    /// `ENCRYPTION_KEY`. The error never echoes the value.
    pub fn from_base64(encoded: &str) -> Result<Self> {
        let encoded = encoded.trim();
        let decoded = [STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD]
            .iter()
            .find_map(|engine| engine.decode(encoded).ok())
            .ok_or_else(|| {
                Error::usage("ENCRYPTION_KEY is not valid base64").with_hint(KEY_FORMAT_HINT)
            })?;
        let bytes: [u8; KEY_LEN] = decoded.as_slice().try_into().map_err(|_| {
            Error::usage(format!(
                "ENCRYPTION_KEY must decode to {KEY_LEN} bytes, but it decodes to {}",
                decoded.len()
            ))
            .with_hint(KEY_FORMAT_HINT)
        })?;
        Ok(EncryptionKey {
            key: SecretBox::new(Box::new(bytes)),
        })
    }

    /// Reads the key file at `path`, or on first use generates a key into a new 0600 file
    /// (parent directories created). Two processes racing here end up with the same key.
    pub fn load_or_create(path: &Path) -> Result<Self> {
        match fs::read_to_string(path) {
            Ok(text) => return Self::from_key_file(path, &text),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(key_file_error("read", path, e)),
        }
        let key = Self::generate();
        match write_new_key_file(path, &key) {
            Ok(()) => Ok(key),
            // Another process created it first: use theirs, so both agree.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                let text = fs::read_to_string(path).map_err(|e| key_file_error("read", path, e))?;
                Self::from_key_file(path, &text)
            }
            Err(e) => Err(key_file_error("create", path, e)),
        }
    }

    fn from_key_file(path: &Path, text: &str) -> Result<Self> {
        Self::from_base64(text).map_err(|e| {
            Error::usage(format!(
                "the encryption key file {} is invalid: {}",
                path.display(),
                e.message()
            ))
            .with_hint("restore the file from a backup, or set ENCRYPTION_KEY")
        })
    }

    fn to_base64(&self) -> String {
        STANDARD.encode(self.key.expose_secret())
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(Key::from_slice(self.key.expose_secret()))
    }
}

const KEY_FORMAT_HINT: &str = "generate one with `openssl rand -base64 32`";

/// Writes the key to a temp file (0600 from creation), then links it into place; linking fails
/// if the file already exists, so a key is never overwritten and never seen half-written.
fn write_new_key_file(path: &Path, key: &EncryptionKey) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    crate::private_fs::own_private_dir(dir)?;
    let tmp = dir.join(format!(
        ".encryption-key.tmp.{}.{:016x}",
        std::process::id(),
        rand::random::<u64>()
    ));
    let result = (|| {
        let mut file = super::session::create_private(&tmp)?;
        file.write_all(key.to_base64().as_bytes())?;
        file.write_all(b"\n")?;
        file.sync_all()?;
        fs::hard_link(&tmp, path)
    })();
    let _ = fs::remove_file(&tmp);
    result
}

fn key_file_error(what: &str, path: &Path, e: io::Error) -> Error {
    Error::unexpected(format!(
        "cannot {what} the encryption key file {}: {e}",
        path.display()
    ))
    .with_source(e)
}

/// An encrypted value as stored: ciphertext (with the 16-byte tag) and its 24-byte nonce.
#[derive(Clone, PartialEq, Eq)]
pub struct SealedSecret {
    pub ciphertext: Vec<u8>,
    pub nonce: Vec<u8>,
}

impl fmt::Debug for SealedSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SealedSecret({} bytes)", self.ciphertext.len())
    }
}

/// What a sealed secret is for: part of its associated data, so that one purpose's ciphertext
/// never opens as another's (a Slack webhook row copied into the Jira token's place fails).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    JiraToken,
    SlackWebhook,
}

/// Associated data: binds a ciphertext to the purpose and to the user who owns it.
fn associated_data(purpose: Purpose, user_id: i64) -> Vec<u8> {
    match purpose {
        Purpose::JiraToken => format!("jirahub/jira-token/v1/user/{user_id}"),
        Purpose::SlackWebhook => format!("jirahub/slack-webhook/v1/user/{user_id}"),
    }
    .into_bytes()
}

/// Encrypts a Jira token for `user_id` with a fresh random nonce.
pub fn seal(key: &EncryptionKey, plaintext: &SecretString, user_id: i64) -> Result<SealedSecret> {
    seal_for(key, plaintext, user_id, Purpose::JiraToken)
}

/// Decrypts a Jira token sealed for `user_id`.
pub fn open(key: &EncryptionKey, sealed: &SealedSecret, user_id: i64) -> Result<SecretString> {
    open_for(key, sealed, user_id, Purpose::JiraToken)
}

/// Encrypts `plaintext` for `user_id` and `purpose` with a fresh random nonce.
pub fn seal_for(
    key: &EncryptionKey,
    plaintext: &SecretString,
    user_id: i64,
    purpose: Purpose,
) -> Result<SealedSecret> {
    let mut nonce = [0u8; NONCE_LEN];
    OsRng.try_fill_bytes(&mut nonce).map_err(|e| {
        Error::unexpected(format!("cannot read the OS random number generator: {e}"))
    })?;
    let aad = associated_data(purpose, user_id);
    let ciphertext = key
        .cipher()
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: plaintext.expose_secret().as_bytes(),
                aad: &aad,
            },
        )
        .map_err(|_| Error::unexpected("cannot encrypt the secret"))?;
    Ok(SealedSecret {
        ciphertext,
        nonce: nonce.to_vec(),
    })
}

/// Decrypts a value sealed for `user_id` and `purpose`. A different key, another user's id,
/// another purpose or any tampering gives an error, never garbage.
pub fn open_for(
    key: &EncryptionKey,
    sealed: &SealedSecret,
    user_id: i64,
    purpose: Purpose,
) -> Result<SecretString> {
    let (what, again) = match purpose {
        Purpose::JiraToken => ("Jira token", "jirahub connect"),
        Purpose::SlackWebhook => ("Slack webhook", "jirahub notify set slack"),
    };
    if sealed.nonce.len() != NONCE_LEN {
        return Err(Error::unexpected(format!(
            "the stored {what} is corrupt (nonce is {} bytes, expected {NONCE_LEN})",
            sealed.nonce.len()
        ))
        .with_hint(format!("run `{again}` again to store it anew")));
    }
    let aad = associated_data(purpose, user_id);
    let plain = key
        .cipher()
        .decrypt(
            XNonce::from_slice(&sealed.nonce),
            Payload { msg: &sealed.ciphertext, aad: &aad },
        )
        .map_err(|_| {
            Error::auth(format!(
                "cannot decrypt the stored {what}: the encryption key differs from the one used to store it"
            ))
            .with_hint(format!(
                "set ENCRYPTION_KEY (or restore the key file) to the key used when it was \
                 saved, or run `{again}` again to store it with the current key"
            ))
        })?;
    let text = String::from_utf8(plain)
        .map_err(|_| Error::unexpected("the stored Jira token is not valid UTF-8"))?;
    Ok(SecretString::from(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    fn secret(s: &str) -> SecretString {
        SecretString::from(s.to_string())
    }

    #[test]
    fn sealed_token_opens_to_the_same_value() {
        let key = EncryptionKey::generate();
        let sealed = seal(&key, &secret("ATATT3x-token"), 7).expect("seals");
        let opened = open(&key, &sealed, 7).expect("opens");
        assert_eq!(opened.expose_secret(), "ATATT3x-token");
    }

    #[test]
    fn ciphertext_does_not_contain_the_plaintext() {
        let key = EncryptionKey::generate();
        let sealed = seal(&key, &secret("ATATT3x-token"), 7).expect("seals");
        assert!(!sealed.ciphertext.windows(6).any(|w| w == b"ATATT3"));
    }

    #[test]
    fn wrong_key_fails_with_auth_error_and_hint_about_encryption_key() {
        let sealed = seal(&EncryptionKey::generate(), &secret("tok"), 7).expect("seals");
        let err = open(&EncryptionKey::generate(), &sealed, 7).expect_err("other key");
        assert_eq!(err.kind(), ErrorKind::Auth);
        assert_eq!(
            err.message(),
            "cannot decrypt the stored Jira token: the encryption key differs from the one used to store it"
        );
        assert!(err.hint().expect("hint").contains("ENCRYPTION_KEY"));
    }

    #[test]
    fn another_users_id_fails() {
        let key = EncryptionKey::generate();
        let sealed = seal(&key, &secret("tok"), 7).expect("seals");
        let err = open(&key, &sealed, 8).expect_err("bound to user 7");
        assert_eq!(err.kind(), ErrorKind::Auth);
    }

    #[test]
    fn tampered_ciphertext_fails() {
        let key = EncryptionKey::generate();
        let mut sealed = seal(&key, &secret("tok"), 7).expect("seals");
        sealed.ciphertext[0] ^= 0x01;
        assert!(open(&key, &sealed, 7).is_err());
    }

    #[test]
    fn tampered_nonce_fails() {
        let key = EncryptionKey::generate();
        let mut sealed = seal(&key, &secret("tok"), 7).expect("seals");
        sealed.nonce[0] ^= 0x01;
        assert!(open(&key, &sealed, 7).is_err());
    }

    #[test]
    fn truncated_nonce_is_reported_as_corrupt() {
        let key = EncryptionKey::generate();
        let mut sealed = seal(&key, &secret("tok"), 7).expect("seals");
        sealed.nonce.truncate(12);
        let err = open(&key, &sealed, 7).expect_err("bad nonce");
        assert!(err.message().contains("corrupt"), "{}", err.message());
    }

    #[test]
    fn two_seals_of_the_same_value_use_different_nonces() {
        let key = EncryptionKey::generate();
        let a = seal(&key, &secret("tok"), 7).expect("seals");
        let b = seal(&key, &secret("tok"), 7).expect("seals");
        assert_eq!(a.nonce.len(), 24);
        assert_ne!(a.nonce, b.nonce);
        assert_ne!(a.ciphertext, b.ciphertext);
    }

    #[test]
    fn key_from_base64_accepts_32_bytes_in_any_base64_flavour() {
        let raw = [0xfbu8; 32];
        for encoded in [STANDARD.encode(raw), URL_SAFE_NO_PAD.encode(raw)] {
            let key = EncryptionKey::from_base64(&format!("{encoded}\n")).expect("valid key");
            assert_eq!(key.key.expose_secret(), &raw);
        }
    }

    #[test]
    fn key_of_wrong_length_is_a_clear_usage_error() {
        let err = EncryptionKey::from_base64(&STANDARD.encode([1u8; 16])).expect_err("16 bytes");
        assert_eq!(err.kind(), ErrorKind::Usage);
        assert!(err.message().contains("32 bytes"), "{}", err.message());
        assert!(err.message().contains("16"), "{}", err.message());
    }

    #[test]
    fn key_that_is_not_base64_is_a_usage_error_that_does_not_echo_it() {
        let err = EncryptionKey::from_base64("not*base64*at*all").expect_err("invalid");
        assert_eq!(err.kind(), ErrorKind::Usage);
        assert!(!err.message().contains("not*base64"));
    }

    #[test]
    fn key_debug_is_redacted() {
        let key = EncryptionKey::from_base64(&STANDARD.encode([0x41u8; 32])).expect("valid");
        let shown = format!("{key:?}");
        assert_eq!(shown, "EncryptionKey([REDACTED])");
    }

    #[test]
    fn key_file_is_created_0600_and_reused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("data/jirahub/encryption.key");
        let first = EncryptionKey::load_or_create(&path).expect("creates");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).expect("metadata").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let second = EncryptionKey::load_or_create(&path).expect("loads");
        assert_eq!(first.key.expose_secret(), second.key.expose_secret());
        let sealed = seal(&first, &secret("tok"), 1).expect("seals");
        assert!(open(&second, &sealed, 1).is_ok());
        let leftovers = fs::read_dir(path.parent().expect("parent"))
            .expect("lists")
            .count();
        assert_eq!(leftovers, 1, "temp file cleaned up");
    }

    #[test]
    fn corrupt_key_file_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("encryption.key");
        fs::write(&path, "short").expect("writes");
        let err = EncryptionKey::load_or_create(&path).expect_err("corrupt");
        assert!(
            err.message().contains("encryption.key"),
            "{}",
            err.message()
        );
    }
}
