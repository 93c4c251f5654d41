//! Password hashing with argon2id (the crate's default, OWASP-recommended parameters).
//!
//! Hashes are PHC strings (`$argon2id$v=19$m=…`), so the parameters travel with each hash and
//! old hashes keep verifying if the defaults change.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rand::TryRngCore;
use rand::rngs::OsRng;
use secrecy::{ExposeSecret, SecretString};

use crate::{Error, Result};

/// Shortest password accepted, in characters.
pub const MIN_PASSWORD_CHARS: usize = 8;

/// A valid hash, with `Argon2::default()` parameters, of a password nobody uses. Verifying
/// against it costs the same as verifying a real user's password, so a login attempt for an
/// unknown email takes as long as one with a wrong password. Fixed (not computed on first
/// use) so that the first unknown-email attempt is not slower than the rest.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$amlyYWh1Yi1kdW1teS1zYWx0$J9Rc1aeF4wEOwmm2JGjKbAbbnFh+NZTbK+1MN4ERnC0";

/// Checks the password policy: at least [`MIN_PASSWORD_CHARS`] characters.
pub fn check_policy(password: &SecretString) -> Result<()> {
    if password.expose_secret().chars().count() < MIN_PASSWORD_CHARS {
        return Err(Error::usage(format!(
            "password too short: use at least {MIN_PASSWORD_CHARS} characters"
        )));
    }
    Ok(())
}

/// Hashes a password (after checking the policy) into a PHC string with a fresh random salt.
pub fn hash_password(password: &SecretString) -> Result<String> {
    check_policy(password)?;
    let mut salt_bytes = [0u8; 16];
    OsRng.try_fill_bytes(&mut salt_bytes).map_err(|e| {
        Error::unexpected(format!("cannot read the OS random number generator: {e}"))
    })?;
    let salt = SaltString::encode_b64(&salt_bytes)
        .map_err(|e| Error::unexpected(format!("cannot encode password salt: {e}")))?;
    let hash = Argon2::default()
        .hash_password(password.expose_secret().as_bytes(), &salt)
        .map_err(|e| Error::unexpected(format!("cannot hash password: {e}")))?;
    Ok(hash.to_string())
}

/// Whether `password` matches the PHC string `phc`. A malformed hash never matches.
pub fn verify_password(password: &SecretString, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.expose_secret().as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// Spends the same time as [`verify_password`] and always fails. Call it when the email is
/// unknown, then give the same "wrong email or password" message as for a wrong password.
pub fn verify_dummy(password: &SecretString) -> bool {
    // The result is discarded on purpose; only the time spent matters.
    let _ = verify_password(password, DUMMY_HASH);
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    fn secret(s: &str) -> SecretString {
        SecretString::from(s.to_string())
    }

    #[test]
    fn correct_password_verifies() {
        let hash = hash_password(&secret("correct horse")).expect("hashes");
        assert!(verify_password(&secret("correct horse"), &hash));
    }

    #[test]
    fn wrong_password_does_not_verify() {
        let hash = hash_password(&secret("correct horse")).expect("hashes");
        assert!(!verify_password(&secret("correct horsE"), &hash));
    }

    #[test]
    fn hash_is_argon2id_phc_with_default_params() {
        let hash = hash_password(&secret("correct horse")).expect("hashes");
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
    }

    #[test]
    fn same_password_hashes_differently_each_time() {
        let a = hash_password(&secret("correct horse")).expect("hashes");
        let b = hash_password(&secret("correct horse")).expect("hashes");
        assert_ne!(a, b, "salts must be random");
    }

    #[test]
    fn password_shorter_than_eight_chars_is_a_usage_error() {
        let err = hash_password(&secret("1234567")).expect_err("too short");
        assert_eq!(err.kind(), ErrorKind::Usage);
        assert!(err.message().contains("at least 8"), "{}", err.message());
    }

    #[test]
    fn policy_counts_characters_not_bytes() {
        // 8 characters, 16 bytes.
        assert!(check_policy(&secret("éééééééé")).is_ok());
        assert!(check_policy(&secret("ééééééé")).is_err());
    }

    #[test]
    fn malformed_hash_never_verifies() {
        assert!(!verify_password(
            &secret("anything at all"),
            "not a phc string"
        ));
    }

    #[test]
    fn dummy_hash_uses_current_default_params() {
        let parsed = PasswordHash::new(DUMMY_HASH).expect("dummy hash is a valid PHC string");
        let params = argon2::Params::try_from(&parsed).expect("argon2 params");
        let defaults = argon2::Params::default();
        assert_eq!(parsed.algorithm.as_str(), "argon2id");
        assert_eq!(params.m_cost(), defaults.m_cost());
        assert_eq!(params.t_cost(), defaults.t_cost());
        assert_eq!(params.p_cost(), defaults.p_cost());
    }

    #[test]
    fn dummy_verification_always_fails() {
        // That it also takes as long as a real one follows from the same parameters (the test
        // above); `cargo bench --bench login` measures both.
        assert!(!verify_dummy(&secret("some password")));
        assert!(!verify_dummy(&secret("")));
    }
}
