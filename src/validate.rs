//! Checks of what users type, in one place: issue and project keys, filter values, numbers.
//! Each is a usage error (exit 2) before anything reaches Jira or the store, and no message
//! repeats more of the argument than a person can read.

use crate::{Error, Result};

/// Longest project key Jira allows.
const MAX_PROJECT_KEY: usize = 255;
/// Issue numbers fit in 18 digits (Jira stores them as 64-bit integers).
const MAX_ISSUE_NUMBER_DIGITS: usize = 18;
/// How much of a bad argument an error message shows.
const SHOWN_CHARS: usize = 40;

/// A user's argument as an error message shows it: quoted, control characters escaped, and
/// cut after a few dozen characters ("…(102400 bytes)") so a huge argument is no huge message.
pub fn shown(raw: &str) -> String {
    let mut chars = raw.chars();
    let head: String = chars.by_ref().take(SHOWN_CHARS).collect();
    if chars.next().is_none() {
        format!("{head:?}")
    } else {
        format!("{:?}…({} bytes)", head, raw.len())
    }
}

/// Project keys are letters, digits and `_`, starting with a letter; upper-cased, deduplicated.
pub fn project_keys(keys: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for raw in keys {
        let key = raw.trim().to_uppercase();
        let valid = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && key.len() <= MAX_PROJECT_KEY;
        if !valid {
            return Err(Error::usage(format!(
                "invalid project key {}: expected letters, digits and _, e.g. PLAT",
                shown(raw)
            )));
        }
        if !out.contains(&key) {
            out.push(key);
        }
    }
    Ok(out)
}

/// Issue keys look like `PROJ-123`; upper-cased.
pub fn issue_keys(values: &[String]) -> Result<Vec<String>> {
    values.iter().map(|raw| issue_key(raw)).collect()
}

pub fn issue_key(raw: &str) -> Result<String> {
    let key = raw.trim().to_ascii_uppercase();
    let valid = key.split_once('-').is_some_and(|(p, n)| {
        p.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && p.len() <= MAX_PROJECT_KEY
            && !n.is_empty()
            && n.len() <= MAX_ISSUE_NUMBER_DIGITS
            && n.chars().all(|c| c.is_ascii_digit())
    });
    if valid {
        Ok(key)
    } else {
        Err(Error::usage(format!(
            "invalid issue key {}: expected e.g. PROJ-123",
            shown(raw)
        )))
    }
}

/// An email address as jirahub keeps it: trimmed and lower-cased (accounts are found
/// case-insensitively); at most 254 characters, one `@` with text on both sides, no spaces or
/// control characters. The one normaliser for the store and every command.
pub fn email(raw: &str) -> Result<String> {
    let email = raw.trim().to_lowercase();
    let valid = email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && !domain.is_empty() && !domain.contains('@')
        });
    if !valid {
        return Err(Error::usage(format!(
            "invalid email address {}",
            shown(raw)
        )));
    }
    Ok(email)
}

/// clap value parser: a filter value must say something (`--status ''` is a mistake, not
/// "match nothing").
pub fn non_empty(raw: &str) -> std::result::Result<String, String> {
    if raw.trim().is_empty() {
        Err("an empty value matches nothing; leave the flag out instead".into())
    } else {
        Ok(raw.to_string())
    }
}

/// clap value parser: a `--jql` clause ANDed with the report's scope. It stays JQL (Jira
/// checks it), but it must be one clause: no ordering (it would end the query, and `--sort`
/// orders reports), no control characters, a bounded length.
pub fn jql_clause(raw: &str) -> std::result::Result<String, String> {
    const MAX: usize = 2000;
    let clause = raw.trim();
    if clause.is_empty() {
        return Err("an empty clause; leave --jql out instead".into());
    }
    if clause.len() > MAX {
        return Err(format!("longer than {MAX} characters"));
    }
    if clause.chars().any(|c| c.is_control() && c != '\t') {
        return Err("control characters are not JQL".into());
    }
    let lower = clause.to_lowercase();
    if lower
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| w == ["order", "by"])
    {
        return Err("ORDER BY cannot be ANDed with the scope; sort with --sort".into());
    }
    Ok(clause.to_string())
}

/// clap value parser: a finite number (`nan` would match every ticket, `inf` none).
pub fn finite_number(raw: &str) -> std::result::Result<f64, String> {
    match raw.trim().parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        Ok(_) => Err("expected a finite number, e.g. 3 or 0.5".into()),
        Err(_) => Err(format!("{} is not a number", shown(raw))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_jql_clause_is_one_bounded_clause_without_ordering() {
        assert_eq!(
            jql_clause(" priority = High ").as_deref(),
            Ok("priority = High")
        );
        assert!(jql_clause("").is_err());
        assert!(jql_clause("status = Done ORDER  BY created").is_err());
        assert!(jql_clause("summary ~ \"x\"\u{1b}[2J").is_err());
        assert!(jql_clause(&"a".repeat(2001)).is_err());
    }

    #[test]
    fn emails_are_lower_cased_and_trimmed() {
        assert_eq!(email(" Ada@Example.COM ").unwrap(), "ada@example.com");
    }

    #[test]
    fn malformed_emails_are_rejected() {
        let long = format!("{}@example.com", "a".repeat(250));
        for bad in [
            "",
            "ada",
            "@x",
            "ada@",
            "a b@c",
            "a@b@c",
            "a\u{7}@b",
            long.as_str(),
        ] {
            assert!(email(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn issue_keys_are_validated_and_upper_cased() {
        assert_eq!(issue_keys(&["app-12".into()]).unwrap(), vec!["APP-12"]);
        for bad in ["APP", "APP-", "-1", "APP-1x", "A B-1", "APP-1\" OR 1=1", ""] {
            assert!(issue_keys(&[bad.into()]).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn absurdly_long_keys_are_refused_and_not_echoed_whole() {
        let huge = format!("A-{}", "1".repeat(100_000));
        let err = issue_key(&huge).expect_err("too long");
        assert!(err.message().len() < 200, "{}", err.message());
        assert!(err.message().contains("100002 bytes"), "{}", err.message());
        assert!(issue_key(&format!("A-{}", "9".repeat(18))).is_ok());
        assert!(issue_key(&format!("A-{}", "9".repeat(19))).is_err());
        let long_project = "P".repeat(100_000);
        let err = project_keys(&[long_project]).expect_err("too long");
        assert!(err.message().len() < 200, "{}", err.message());
    }

    #[test]
    fn project_keys_are_upper_cased_and_deduplicated() {
        let keys = project_keys(&["abc".into(), "ABC".into(), " x_1 ".into()]).unwrap();
        assert_eq!(keys, vec!["ABC", "X_1"]);
        for bad in ["", "1AB", "A-B", "A B", "ÄB"] {
            assert!(project_keys(&[bad.to_string()]).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn shown_escapes_control_characters() {
        assert_eq!(shown("a\u{1b}[31mb"), "\"a\\u{1b}[31mb\"");
    }

    #[test]
    fn filter_values_must_say_something() {
        assert!(non_empty("").is_err());
        assert!(non_empty("  ").is_err());
        assert_eq!(non_empty("Done"), Ok("Done".to_string()));
    }

    #[test]
    fn numbers_must_be_finite() {
        for bad in ["nan", "NaN", "inf", "-inf", "infinity", "x", ""] {
            assert!(finite_number(bad).is_err(), "{bad:?}");
        }
        assert_eq!(finite_number("2.5"), Ok(2.5));
        assert_eq!(finite_number("-1"), Ok(-1.0));
    }
}
