//! `--sort FIELD` (prefix `-` for descending) for ticket lists, and the natural order of keys.

use std::cmp::Ordering;

use crate::jira::model::{StatusCategory, Ticket};
use crate::{Error, Result};

use super::metrics::cmp_ci;

/// A field tickets can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortField {
    Key,
    Due,
    Created,
    Updated,
    Points,
    Status,
    Assignee,
    Priority,
}

impl SortField {
    pub const ALL: [SortField; 8] = [
        SortField::Key,
        SortField::Due,
        SortField::Created,
        SortField::Updated,
        SortField::Points,
        SortField::Status,
        SortField::Assignee,
        SortField::Priority,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SortField::Key => "key",
            SortField::Due => "due",
            SortField::Created => "created",
            SortField::Updated => "updated",
            SortField::Points => "points",
            SortField::Status => "status",
            SortField::Assignee => "assignee",
            SortField::Priority => "priority",
        }
    }
}

/// `--sort`: a field and a direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SortSpec {
    pub field: SortField,
    pub descending: bool,
}

impl SortSpec {
    /// Parses `due`, `-points`, `+key` (case-insensitive).
    pub fn parse(s: &str) -> Result<SortSpec> {
        let t = s.trim();
        let (descending, name) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        SortField::ALL
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(name))
            .map(|field| SortSpec { field, descending })
            .ok_or_else(|| {
                Error::usage(format!(
                    "unknown sort field '{s}': use key, due, created, updated, points, status, \
                     assignee or priority (prefix - for descending)"
                ))
            })
    }

    /// Orders two tickets. Tickets without a value (no due date, no points, nobody assigned,
    /// no priority) come last in both directions; ties fall back to the natural key order.
    pub fn compare(&self, a: &Ticket, b: &Ticket) -> Ordering {
        let by_key = || natural_cmp(&a.key, &b.key);
        let ord = match self.field {
            SortField::Key => by_key(),
            SortField::Due => {
                return self
                    .missing_last(a.due.as_ref(), b.due.as_ref(), Ord::cmp)
                    .then_with(by_key);
            }
            SortField::Created => a.created.cmp(&b.created),
            SortField::Updated => a.updated.cmp(&b.updated),
            SortField::Points => {
                return self
                    .missing_last(a.story_points.as_ref(), b.story_points.as_ref(), |x, y| {
                        x.total_cmp(y)
                    })
                    .then_with(by_key);
            }
            SortField::Status => category_rank(a.status_category)
                .cmp(&category_rank(b.status_category))
                .then_with(|| cmp_ci(&a.status, &b.status)),
            SortField::Assignee => {
                return self
                    .missing_last(a.assignee.as_ref(), b.assignee.as_ref(), |x, y| {
                        cmp_ci(&x.display_name, &y.display_name)
                    })
                    .then_with(by_key);
            }
            SortField::Priority => {
                return self
                    .missing_last(a.priority.as_deref(), b.priority.as_deref(), |x, y| {
                        priority_rank(x)
                            .cmp(&priority_rank(y))
                            .then_with(|| cmp_ci(x, y))
                    })
                    .then_with(by_key);
            }
        };
        let ord = if self.descending { ord.reverse() } else { ord };
        ord.then_with(by_key)
    }

    fn missing_last<T: ?Sized>(
        &self,
        a: Option<&T>,
        b: Option<&T>,
        cmp: impl Fn(&T, &T) -> Ordering,
    ) -> Ordering {
        match (a, b) {
            (Some(x), Some(y)) => {
                let o = cmp(x, y);
                if self.descending { o.reverse() } else { o }
            }
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
}

impl std::str::FromStr for SortSpec {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        SortSpec::parse(s)
    }
}

/// Sorts tickets by `spec`, or by key (naturally) without one.
pub fn sort_tickets(tickets: &mut [&Ticket], spec: Option<SortSpec>) {
    match spec {
        Some(spec) => tickets.sort_by(|a, b| spec.compare(a, b)),
        None => tickets.sort_by(|a, b| natural_cmp(&a.key, &b.key)),
    }
}

fn category_rank(c: StatusCategory) -> u8 {
    match c {
        StatusCategory::ToDo => 0,
        StatusCategory::InProgress => 1,
        StatusCategory::Done => 2,
        StatusCategory::Undefined => 3,
    }
}

/// Most urgent first: Jira Cloud's default scheme, then Data Center's; unknown names after.
fn priority_rank(name: &str) -> u8 {
    const ORDER: [&str; 10] = [
        "highest", "blocker", "critical", "high", "major", "medium", "low", "minor", "lowest",
        "trivial",
    ];
    ORDER
        .iter()
        .position(|p| p.eq_ignore_ascii_case(name))
        .map_or(u8::MAX, |i| i as u8)
}

/// Natural order: runs of digits compare as numbers, so `PROJ-2 < PROJ-10`; other text compares
/// case-insensitively (ASCII), with the exact bytes as the last tie-breaker. Does not allocate.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    while i < x.len() && j < y.len() {
        if x[i].is_ascii_digit() && y[j].is_ascii_digit() {
            let (si, sj) = (i, j);
            while i < x.len() && x[i].is_ascii_digit() {
                i += 1;
            }
            while j < y.len() && y[j].is_ascii_digit() {
                j += 1;
            }
            // Compare numbers by value without parsing (no overflow): strip leading zeros,
            // then the longer run is larger, then digit by digit.
            let na = trim_zeros(&x[si..i]);
            let nb = trim_zeros(&y[sj..j]);
            let ord = na.len().cmp(&nb.len()).then_with(|| na.cmp(nb));
            if ord != Ordering::Equal {
                return ord;
            }
        } else {
            let ord = x[i].to_ascii_lowercase().cmp(&y[j].to_ascii_lowercase());
            if ord != Ordering::Equal {
                return ord;
            }
            i += 1;
            j += 1;
        }
    }
    (x.len() - i).cmp(&(y.len() - j)).then_with(|| a.cmp(b))
}

fn trim_zeros(digits: &[u8]) -> &[u8] {
    let start = digits
        .iter()
        .position(|&d| d != b'0')
        .unwrap_or(digits.len());
    &digits[start..]
}
