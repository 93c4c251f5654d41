//! Cache key namespacing: one Jira site and one jirahub user never see each other's entries.

use sha2::{Digest, Sha256};

/// Bumped when the layout of cached values changes, so old entries are simply never read again.
const LAYOUT_VERSION: &str = "v1";

/// Hex characters of the site hash kept in keys: 64 bits, short but collision-free in practice.
const SITE_HASH_LEN: usize = 16;

/// Builds keys of the form `jirahub:v1:<site-hash>:<user-id>:<name>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Namespace {
    prefix: String,
}

impl Namespace {
    /// `site_url` is the Jira base URL as configured; spelling variants of the same site
    /// (case of the host, default port, trailing slash) share one namespace.
    pub fn new(site_url: &str, user_id: i64) -> Self {
        let site = normalise_site_url(site_url);
        let digest = Sha256::digest(site.as_bytes());
        let hash = hex(&digest);
        Namespace {
            prefix: format!(
                "jirahub:{LAYOUT_VERSION}:{}:{user_id}:",
                &hash[..SITE_HASH_LEN]
            ),
        }
    }

    /// Direct mode (no jirahub account): keyed by the site and the Jira credentials used, so
    /// two tokens — which may see different issues — never share a snapshot. Only a digest of
    /// the credentials appears in key names.
    pub fn for_jira_account(site_url: &str, email: Option<&str>, token: &str) -> Self {
        let site = normalise_site_url(site_url);
        let site_hash = hex(&Sha256::digest(site.as_bytes()));
        let mut account = Sha256::new();
        account.update(b"jirahub direct mode\0");
        account.update(email.unwrap_or("").to_lowercase().as_bytes());
        account.update(b"\0");
        account.update(token.as_bytes());
        let account_hash = hex(&account.finalize());
        Namespace {
            prefix: format!(
                "jirahub:{LAYOUT_VERSION}:{}:direct-{}:",
                &site_hash[..SITE_HASH_LEN],
                &account_hash[..SITE_HASH_LEN]
            ),
        }
    }

    /// The full cache key for `name` inside this namespace.
    pub fn key(&self, name: &str) -> String {
        format!("{}{name}", self.prefix)
    }

    /// The common prefix of every key of this namespace (ends with `:`).
    pub fn prefix(&self) -> &str {
        &self.prefix
    }
}

/// Lower-case scheme and host, no default port, no credentials, query, fragment or trailing `/`.
/// The path is kept as is: Data Center often lives under a context path such as `/jira`.
fn normalise_site_url(site_url: &str) -> String {
    let trimmed = site_url.trim();
    match url::Url::parse(trimmed) {
        Ok(mut url) if url.has_host() => {
            url.set_query(None);
            url.set_fragment(None);
            // Cannot fail for URLs with a host (only "cannot-be-a-base" URLs refuse these).
            let _ = url.set_username("");
            let _ = url.set_password(None);
            let path = url.path().trim_end_matches('/').to_owned();
            url.set_path(&path);
            url.as_str().trim_end_matches('/').to_owned()
        }
        // Not a URL we understand: still a stable, distinct namespace for that exact text.
        _ => trimmed.trim_end_matches('/').to_ascii_lowercase(),
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        write!(out, "{b:02x}").expect("writing to a String cannot fail");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_has_the_documented_shape() {
        let key = Namespace::new("https://acme.atlassian.net", 7).key("issues:PROJ");
        let parts: Vec<&str> = key.splitn(5, ':').collect();
        assert_eq!(parts[0], "jirahub");
        assert_eq!(parts[1], "v1");
        assert_eq!(parts[2].len(), SITE_HASH_LEN);
        let direct = Namespace::for_jira_account("https://x.atlassian.net", Some("a@b.c"), "tok");
        assert!(direct.prefix().contains(":direct-"), "{}", direct.prefix());
        assert!(!direct.prefix().contains("tok") && !direct.prefix().contains("a@b.c"));
        assert_ne!(
            direct,
            Namespace::for_jira_account("https://x.atlassian.net", Some("a@b.c"), "other")
        );
        assert_eq!(
            direct,
            Namespace::for_jira_account("https://X.atlassian.net/", Some("A@b.c"), "tok")
        );
        assert!(parts[2].chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(parts[3], "7");
        assert_eq!(parts[4], "issues:PROJ");
    }

    #[test]
    fn spelling_variants_of_one_site_share_a_namespace() {
        let base = Namespace::new("https://acme.atlassian.net", 1);
        for variant in [
            "https://ACME.atlassian.net/",
            "  https://acme.atlassian.net:443  ",
            "https://acme.atlassian.net/?x=1#frag",
            "https://someone@acme.atlassian.net",
        ] {
            assert_eq!(Namespace::new(variant, 1), base, "{variant}");
        }
    }

    #[test]
    fn two_sites_never_share_keys() {
        let a = Namespace::new("https://acme.atlassian.net", 1);
        let b = Namespace::new("https://other.atlassian.net", 1);
        let c = Namespace::new("https://jira.acme.com/jira", 1);
        let d = Namespace::new("https://jira.acme.com", 1);
        assert_ne!(a.key("x"), b.key("x"));
        assert_ne!(c.key("x"), d.key("x"));
    }

    #[test]
    fn two_users_never_share_keys() {
        let a = Namespace::new("https://acme.atlassian.net", 1);
        let b = Namespace::new("https://acme.atlassian.net", 2);
        assert_ne!(a.key("x"), b.key("x"));
    }

    #[test]
    fn unparsable_site_still_gets_a_stable_namespace() {
        assert_eq!(
            Namespace::new("not a url", 1),
            Namespace::new("NOT A URL/", 1)
        );
        assert_ne!(Namespace::new("not a url", 1), Namespace::new("another", 1));
    }
}
