//! A typed JQL builder. Every value is quoted and escaped, so a label such as
//! `x" OR project != "Y` stays one value and cannot change the query.
//!
//! ```
//! use jirahub::jira::jql::{Jql, SortOrder};
//! use jirahub::model::StatusCategory;
//! let q = Jql::new()
//!     .project_in(&["ABC"])
//!     .status_category_not(&[StatusCategory::Done])
//!     .order_by("key", SortOrder::Asc);
//! assert_eq!(
//!     q.to_string(),
//!     r#"project IN ("ABC") AND statusCategory NOT IN ("Done") ORDER BY key ASC"#
//! );
//! ```

use std::fmt;

use chrono::{DateTime, FixedOffset, Utc};

use crate::model::StatusCategory;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortOrder {
    Asc,
    Desc,
}

/// A query under construction: clauses joined by `AND`, then `ORDER BY`.
///
/// Jira rejects unbounded queries (only an `ORDER BY`), so add at least one restriction.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Jql {
    clauses: Vec<String>,
    order: Vec<(String, SortOrder)>,
    matches_nothing: bool,
}

impl Jql {
    pub fn new() -> Jql {
        Jql::default()
    }

    /// Trusted JQL written elsewhere (a board's saved filter, a user's `--jql`), ANDed as one
    /// parenthesised clause. Never build this from untrusted values; use the typed methods.
    pub fn and_raw(mut self, jql: impl AsRef<str>) -> Jql {
        let jql = jql.as_ref().trim();
        if !jql.is_empty() {
            self.clauses.push(format!("({jql})"));
        }
        self
    }

    pub fn project_in<S: AsRef<str>>(self, keys: &[S]) -> Jql {
        self.in_list("project", "IN", keys)
    }

    pub fn project_not_in<S: AsRef<str>>(self, keys: &[S]) -> Jql {
        self.in_list("project", "NOT IN", keys)
    }

    pub fn key_in<S: AsRef<str>>(self, keys: &[S]) -> Jql {
        self.in_list("key", "IN", keys)
    }

    /// Issues with any of these labels.
    pub fn labels_in<S: AsRef<str>>(self, labels: &[S]) -> Jql {
        self.in_list("labels", "IN", labels)
    }

    /// Issues assigned to any of these users (account ids on Cloud, user names on Data Center).
    pub fn assignee_in<S: AsRef<str>>(self, users: &[S]) -> Jql {
        self.in_list("assignee", "IN", users)
    }

    pub fn assignee_is_empty(mut self) -> Jql {
        self.clauses.push("assignee IS EMPTY".into());
        self
    }

    pub fn status_category_in(self, categories: &[StatusCategory]) -> Jql {
        let names: Vec<&str> = categories.iter().map(|c| c.jql_name()).collect();
        self.in_list("statusCategory", "IN", &names)
    }

    pub fn status_category_not(self, categories: &[StatusCategory]) -> Jql {
        let names: Vec<&str> = categories.iter().map(|c| c.jql_name()).collect();
        self.in_list("statusCategory", "NOT IN", &names)
    }

    pub fn issue_type_in<S: AsRef<str>>(self, types: &[S]) -> Jql {
        self.in_list("issuetype", "IN", types)
    }

    /// Issues in a sprint that is open now.
    pub fn in_open_sprints(mut self) -> Jql {
        self.clauses.push("sprint IN openSprints()".into());
        self
    }

    /// `updated >= "yyyy/MM/dd HH:mm"`. JQL compares dates in the searching user's time zone at
    /// minute precision: pass that zone's offset as `tz` (see
    /// [`Issue::timestamp_offset`](super::wire::Issue::timestamp_offset)); `None` means UTC.
    /// The minute is rounded down, so the query never misses an update.
    pub fn updated_since(self, since: DateTime<Utc>, tz: Option<FixedOffset>) -> Jql {
        self.date_clause("updated", ">=", since, tz)
    }

    pub fn created_since(self, since: DateTime<Utc>, tz: Option<FixedOffset>) -> Jql {
        self.date_clause("created", ">=", since, tz)
    }

    /// Sort key: a plain field name (`key`, `updated`, `cf[10016]`) or a field's display name,
    /// which is then quoted. Jira accepts at most 7 sort keys.
    pub fn order_by(mut self, field: &str, order: SortOrder) -> Jql {
        self.order.push((field_ref(field), order));
        self
    }

    /// True when a list filter was given an empty list: no issue can match, so callers may skip
    /// the request (Jira has no syntax for an empty `IN` list).
    pub fn matches_nothing(&self) -> bool {
        self.matches_nothing
    }

    /// True when the query restricts something (Jira rejects queries that do not).
    pub fn is_bounded(&self) -> bool {
        !self.clauses.is_empty()
    }

    fn in_list<S: AsRef<str>>(mut self, field: &str, op: &str, values: &[S]) -> Jql {
        if values.is_empty() {
            // `x IN ()` is not JQL. An empty `IN` matches nothing; an empty `NOT IN` excludes nothing.
            if op == "IN" {
                self.matches_nothing = true;
            }
            return self;
        }
        let list: Vec<String> = values.iter().map(|v| quote(v.as_ref())).collect();
        self.clauses
            .push(format!("{field} {op} ({})", list.join(", ")));
        self
    }

    fn date_clause(
        mut self,
        field: &str,
        op: &str,
        at: DateTime<Utc>,
        tz: Option<FixedOffset>,
    ) -> Jql {
        let tz = tz.unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero is a valid offset"));
        let local = at.with_timezone(&tz).format("%Y/%m/%d %H:%M").to_string();
        self.clauses.push(format!("{field} {op} {}", quote(&local)));
        self
    }
}

impl fmt::Display for Jql {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.clauses.join(" AND "))?;
        if !self.order.is_empty() {
            if !self.clauses.is_empty() {
                f.write_str(" ")?;
            }
            let keys: Vec<String> = self
                .order
                .iter()
                .map(|(field, o)| {
                    format!(
                        "{field} {}",
                        if *o == SortOrder::Asc { "ASC" } else { "DESC" }
                    )
                })
                .collect();
            write!(f, "ORDER BY {}", keys.join(", "))?;
        }
        Ok(())
    }
}

/// A JQL string literal: double-quoted, with `"` and `\` escaped and control characters written
/// as escapes so a value can never end the literal or the line.
pub fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A field reference for ORDER BY: bare when it is a plain identifier, quoted otherwise.
fn field_ref(field: &str) -> String {
    let plain = !field.is_empty()
        && field
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '[' | ']' | '.'))
        && !is_reserved(field);
    if plain {
        field.to_string()
    } else {
        quote(field)
    }
}

fn is_reserved(word: &str) -> bool {
    const RESERVED: &[&str] = &[
        "and", "or", "not", "empty", "null", "order", "by", "asc", "desc", "in", "is", "was",
        "changed",
    ];
    RESERVED.contains(&word.to_ascii_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    /// Reads one JQL string literal back (the inverse of [`quote`]), as Jira's lexer does.
    fn unquote(lit: &str) -> Option<String> {
        let inner = lit.strip_prefix('"')?.strip_suffix('"')?;
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => return None, // an unescaped quote would end the literal early
                '\\' => match chars.next()? {
                    '"' => out.push('"'),
                    '\\' => out.push('\\'),
                    'n' => out.push('\n'),
                    'r' => out.push('\r'),
                    't' => out.push('\t'),
                    'u' => {
                        let hex: String = chars.by_ref().take(4).collect();
                        out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                    }
                    _ => return None,
                },
                c if c.is_control() => return None,
                c => out.push(c),
            }
        }
        Some(out)
    }

    const HOSTILE: &[&str] = &[
        r#"say "hi""#,
        r"back\slash",
        r#"trailing\"#,
        r#"x" OR project != "Y"#,
        "a AND b",
        "k=v",
        "emoji🚀",
        "עברית‏rtl",
        "line\nbreak",
        "tab\tand\u{7}bell",
        "(paren) [bracket] , ; ? | * / % ^ $ # @",
        "order",
        "",
    ];

    #[test]
    fn hostile_values_survive_quoting_unchanged() {
        for v in HOSTILE {
            assert_eq!(unquote(&quote(v)).as_deref(), Some(*v), "{v:?}");
        }
    }

    #[test]
    fn quoted_values_never_contain_raw_line_breaks() {
        for v in HOSTILE {
            assert!(!quote(v).chars().any(char::is_control), "{v:?}");
        }
    }

    #[test]
    fn hostile_label_stays_inside_its_clause() {
        let q = Jql::new()
            .project_in(&["ABC"])
            .labels_in(&[r#"x" OR project != "Y"#]);
        assert_eq!(
            q.to_string(),
            r#"project IN ("ABC") AND labels IN ("x\" OR project != \"Y")"#
        );
    }

    #[test]
    fn quote_escapes_backslash_before_quote() {
        assert_eq!(quote(r#"a\"b"#), r#""a\\\"b""#);
    }

    #[test]
    fn updated_since_is_minute_precision_in_the_given_zone() {
        let at = Utc
            .with_ymd_and_hms(2024, 1, 31, 14, 5, 59)
            .single()
            .expect("valid");
        let utc = Jql::new().updated_since(at, None);
        assert_eq!(utc.to_string(), r#"updated >= "2024/01/31 14:05""#);
        let plus2 = FixedOffset::east_opt(2 * 3600).expect("valid offset");
        let local = Jql::new().updated_since(at, Some(plus2));
        assert_eq!(local.to_string(), r#"updated >= "2024/01/31 16:05""#);
    }

    #[test]
    fn full_query_joins_clauses_with_and_then_orders() {
        let at = Utc
            .with_ymd_and_hms(2024, 1, 1, 0, 0, 0)
            .single()
            .expect("valid");
        let q = Jql::new()
            .project_in(&["A", "B"])
            .updated_since(at, None)
            .status_category_not(&[StatusCategory::Done])
            .assignee_in(&["5b86be50b8e3cb5895860d6d"])
            .order_by("updated", SortOrder::Desc)
            .order_by("key", SortOrder::Asc);
        assert_eq!(
            q.to_string(),
            r#"project IN ("A", "B") AND updated >= "2024/01/01 00:00" AND statusCategory NOT IN ("Done") AND assignee IN ("5b86be50b8e3cb5895860d6d") ORDER BY updated DESC, key ASC"#
        );
        assert!(q.is_bounded());
        assert!(!q.matches_nothing());
    }

    #[test]
    fn empty_in_list_matches_nothing_and_empty_not_in_excludes_nothing() {
        let empty: [&str; 0] = [];
        assert!(Jql::new().labels_in(&empty).matches_nothing());
        let q = Jql::new().project_in(&["A"]).project_not_in(&empty);
        assert!(!q.matches_nothing());
        assert_eq!(q.to_string(), r#"project IN ("A")"#);
    }

    #[test]
    fn raw_clauses_are_parenthesised_so_or_cannot_leak() {
        let q = Jql::new()
            .project_in(&["A"])
            .and_raw("labels = x OR labels = y");
        assert_eq!(
            q.to_string(),
            r#"project IN ("A") AND (labels = x OR labels = y)"#
        );
    }

    #[test]
    fn order_by_quotes_display_names_and_reserved_words() {
        let q = Jql::new()
            .project_in(&["A"])
            .order_by("cf[10016]", SortOrder::Asc)
            .order_by("Story Points", SortOrder::Desc)
            .order_by("order", SortOrder::Asc);
        assert_eq!(
            q.to_string(),
            r#"project IN ("A") ORDER BY cf[10016] ASC, "Story Points" DESC, "order" ASC"#
        );
    }

    #[test]
    fn an_order_only_query_is_not_bounded() {
        assert!(!Jql::new().order_by("key", SortOrder::Asc).is_bounded());
    }
}
