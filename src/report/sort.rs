//! `--sort FIELD` (prefix `-` for descending) for ticket lists, and the natural order of keys.

use std::cmp::Ordering;

use crate::model::{StatusCategory, Ticket};
use crate::{Error, Result};

use std::cmp::Reverse;

use chrono::{DateTime, NaiveDate, Utc};

use rustc_hash::FxHashMap;

use super::text::cmp_ci;

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
        self.compare_field(a, b)
            .then_with(|| natural_cmp(&a.key, &b.key))
    }

    /// [`SortSpec::compare`] without the key tie-breaker.
    fn compare_field(&self, a: &Ticket, b: &Ticket) -> Ordering {
        let ord = match self.field {
            SortField::Key => natural_cmp(&a.key, &b.key),
            SortField::Due => {
                return self.missing_last(a.due.as_ref(), b.due.as_ref(), Ord::cmp);
            }
            SortField::Created => a.created.cmp(&b.created),
            SortField::Updated => a.updated.cmp(&b.updated),
            SortField::Points => {
                return self.missing_last(
                    a.story_points.as_ref(),
                    b.story_points.as_ref(),
                    |x, y| x.total_cmp(y),
                );
            }
            SortField::Status => category_rank(a.status_category)
                .cmp(&category_rank(b.status_category))
                .then_with(|| cmp_ci(&a.status, &b.status)),
            SortField::Assignee => {
                return self.missing_last(a.assignee.as_ref(), b.assignee.as_ref(), |x, y| {
                    cmp_ci(&x.display_name, &y.display_name)
                });
            }
            SortField::Priority => {
                return self.missing_last(a.priority.as_deref(), b.priority.as_deref(), |x, y| {
                    priority_rank(x)
                        .cmp(&priority_rank(y))
                        .then_with(|| cmp_ci(x, y))
                });
            }
        };
        if self.descending { ord.reverse() } else { ord }
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

/// Sorts tickets by `spec`, or by key (naturally) without one. Each ticket's sort key is
/// computed once (case folding, priority ranks), not on every comparison of a 100k sort.
pub fn sort_tickets(tickets: &mut [&Ticket], spec: Option<SortSpec>) {
    sort_by_spec(tickets, spec, |t| t);
}

/// [`sort_tickets`] for anything that leads to a ticket (e.g. indexes into a slice of them).
pub fn sort_by_spec<'t, T>(
    items: &mut [T],
    spec: Option<SortSpec>,
    ticket: impl Fn(&T) -> &'t Ticket,
) {
    let spec = spec.unwrap_or(SortSpec {
        field: SortField::Key,
        descending: false,
    });
    let keys = KeyOrder::of(items.iter().map(&ticket));
    items.sort_by_cached_key(|item| SortKey::new(ticket(item), spec, &keys));
}

/// What a ticket sorts by; orders exactly as [`SortSpec::compare`] does.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct SortKey<'t> {
    /// Tickets without a value come last in both directions.
    missing: bool,
    value: Directed<FieldValue>,
    /// The tie-breaker, which also reverses when sorting by key descending.
    key: Directed<(u32, u64, NaturalKey<'t>)>,
}

impl<'t> SortKey<'t> {
    fn new(t: &'t Ticket, spec: SortSpec, keys: &KeyOrder<'_>) -> SortKey<'t> {
        let value = match spec.field {
            SortField::Key => Some(FieldValue::None),
            SortField::Due => t.due.map(FieldValue::Date),
            SortField::Created => Some(FieldValue::Time(t.created)),
            SortField::Updated => Some(FieldValue::Time(t.updated)),
            SortField::Points => t.story_points.map(|p| FieldValue::Points(TotalF64(p))),
            SortField::Status => Some(FieldValue::Text(
                category_rank(t.status_category),
                fold(&t.status),
            )),
            SortField::Assignee => t
                .assignee
                .as_ref()
                .map(|p| FieldValue::Text(0, fold(&p.display_name))),
            SortField::Priority => t
                .priority
                .as_deref()
                .map(|p| FieldValue::Text(priority_rank(p), fold(p))),
        };
        let key_descending = spec.descending && spec.field == SortField::Key;
        SortKey {
            missing: value.is_none(),
            value: Directed::new(value.unwrap_or(FieldValue::None), spec.descending),
            key: Directed::new(keys.key(&t.key), key_descending),
        }
    }
}

/// A field's value in sortable form (one sort only ever holds one kind).
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum FieldValue {
    None,
    Date(NaiveDate),
    Time(DateTime<Utc>),
    Points(TotalF64),
    /// A rank that comes first (workflow category, priority), then the case-folded text.
    Text(u8, String),
}

/// A value, or its reverse.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Directed<T> {
    Ascending(T),
    Descending(Reverse<T>),
}

impl<T> Directed<T> {
    fn new(value: T, descending: bool) -> Directed<T> {
        if descending {
            Directed::Descending(Reverse(value))
        } else {
            Directed::Ascending(value)
        }
    }
}

/// `f64` ordered by [`f64::total_cmp`].
struct TotalF64(f64);

impl PartialEq for TotalF64 {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for TotalF64 {}
impl PartialOrd for TotalF64 {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for TotalF64 {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// Issue keys of the usual `PROJ-123` shape as (rank of `PROJ` among the prefixes present,
/// 123): two integers compare much faster than key text, and order the same way as
/// [`natural_cmp`], which decides only among keys equal in both.
struct KeyOrder<'a> {
    /// `None` when a key has another shape: then [`natural_cmp`] alone decides.
    prefix_rank: Option<FxHashMap<&'a str, u32>>,
}

impl<'a> KeyOrder<'a> {
    fn of(tickets: impl Iterator<Item = &'a Ticket>) -> KeyOrder<'a> {
        let mut prefixes: Vec<&str> = Vec::new();
        let mut seen: FxHashMap<&str, u32> = FxHashMap::default();
        for t in tickets {
            let Some((prefix, _)) = split_key(&t.key) else {
                return KeyOrder { prefix_rank: None };
            };
            if seen.insert(prefix, 0).is_none() {
                prefixes.push(prefix);
            }
        }
        prefixes.sort_by(|a, b| natural_cmp(a, b));
        // Prefixes equal but for case or leading zeros share a rank: the full natural
        // comparison, the last tie-breaker, orders them exactly as `natural_cmp` would.
        let mut r = 0u32;
        for (i, p) in prefixes.iter().enumerate() {
            if i > 0 && natural_cmp_loose(prefixes[i - 1], p) != Ordering::Equal {
                r += 1;
            }
            seen.insert(p, r);
        }
        KeyOrder {
            prefix_rank: Some(seen),
        }
    }

    fn key<'t>(&self, key: &'t str) -> (u32, u64, NaturalKey<'t>) {
        let fast = self.prefix_rank.as_ref().and_then(|ranks| {
            let (prefix, number) = split_key(key)?;
            Some((*ranks.get(prefix)?, number))
        });
        let (rank, number) = fast.unwrap_or((0, 0));
        (rank, number, NaturalKey(key))
    }
}

/// `PREFIX-DIGITS` split, when the prefix has no `-` and no byte below `0` (so that every
/// prefix byte sorts after the `-`, and comparing prefixes first is what [`natural_cmp`] does).
fn split_key(key: &str) -> Option<(&str, u64)> {
    let (prefix, digits) = key.rsplit_once('-')?;
    if digits.is_empty()
        || digits.len() > 18
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || prefix.contains('-')
        || prefix.bytes().any(|b| b < b'0')
    {
        return None;
    }
    Some((prefix, digits.parse().ok()?))
}

/// An issue key ordered by [`natural_cmp`].
#[derive(PartialEq, Eq)]
pub(crate) struct NaturalKey<'t>(pub &'t str);

impl PartialOrd for NaturalKey<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for NaturalKey<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        natural_cmp(self.0, other.0)
    }
}

/// Case-folded text: byte order of the folded text is [`cmp_ci`]'s order.
fn fold(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.chars().flat_map(char::to_lowercase).collect()
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
    natural_cmp_loose(a, b).then_with(|| a.cmp(b))
}

/// [`natural_cmp`] without the exact-bytes tie-breaker.
fn natural_cmp_loose(a: &str, b: &str) -> Ordering {
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
    (x.len() - i).cmp(&(y.len() - j))
}

fn trim_zeros(digits: &[u8]) -> &[u8] {
    let start = digits
        .iter()
        .position(|&d| d != b'0')
        .unwrap_or(digits.len());
    &digits[start..]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;
    use crate::report::testdata::{date, person, ticket};

    fn sorted(tickets: &[Ticket], spec: Option<&str>) -> Vec<String> {
        let mut refs: Vec<&Ticket> = tickets.iter().collect();
        sort_tickets(
            &mut refs,
            spec.map(|s| SortSpec::parse(s).expect("valid spec")),
        );
        refs.iter().map(|t| t.key.clone()).collect()
    }

    #[test]
    fn keys_sort_naturally() {
        let mut keys = vec![
            "PROJ-10",
            "PROJ-2",
            "ALPHA-100",
            "PROJ-1",
            "alpha-9",
            "PROJ-002",
        ];
        keys.sort_by(|a, b| natural_cmp(a, b));
        // Equal numbers (2 and 002) fall back to the exact text, so the order is total.
        assert_eq!(
            keys,
            [
                "alpha-9",
                "ALPHA-100",
                "PROJ-1",
                "PROJ-002",
                "PROJ-2",
                "PROJ-10"
            ]
        );
    }

    #[test]
    fn natural_order_handles_huge_numbers_without_overflow() {
        let big = "A-99999999999999999999999999";
        assert_eq!(
            natural_cmp(big, "A-100000000000000000000000000"),
            Ordering::Less
        );
        assert_eq!(natural_cmp(big, big), Ordering::Equal);
        assert_eq!(natural_cmp("A", "A-1"), Ordering::Less);
    }

    #[test]
    fn the_key_sort_agrees_with_natural_cmp() {
        let keys = [
            "SAM1-6", "SAM1-10", "sam1-7", "SAM01-8", "A1-5", "A01-9", "A1B-3", "AB-2", "ABC-1",
            "abc-3", "ABC-20", "AB_C-4", "Z-0", "Z-00", "Z-1",
        ];
        let tickets: Vec<Ticket> = keys.iter().map(|k| ticket(k)).collect();
        for spec in [None, Some("key"), Some("-key")] {
            let mut want: Vec<&str> = keys.to_vec();
            want.sort_by(|a, b| natural_cmp(a, b));
            if spec == Some("-key") {
                want.reverse();
            }
            assert_eq!(sorted(&tickets, spec), want, "{spec:?}");
        }
        // Keys of any shape sort the same way.
        let mut odd = tickets.clone();
        odd.push(ticket("weird key"));
        let mut want: Vec<String> = odd.iter().map(|t| t.key.clone()).collect();
        want.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(sorted(&odd, None), want);
    }

    #[test]
    fn tickets_default_to_natural_key_order() {
        let tickets: Vec<Ticket> = ["B-1", "A-10", "A-9"].map(ticket).into();
        assert_eq!(sorted(&tickets, None), ["A-9", "A-10", "B-1"]);
    }

    #[test]
    fn sort_specs_parse_fields_and_direction() {
        let spec = SortSpec::parse("-Points").expect("valid");
        assert_eq!(
            spec,
            SortSpec {
                field: SortField::Points,
                descending: true
            }
        );
        let spec = SortSpec::parse("+due").expect("valid");
        assert_eq!(
            spec,
            SortSpec {
                field: SortField::Due,
                descending: false
            }
        );
        for f in SortField::ALL {
            assert_eq!(SortSpec::parse(f.as_str()).expect("valid").field, f);
        }
    }

    #[test]
    fn unknown_sort_fields_are_usage_errors_listing_the_fields() {
        let err = SortSpec::parse("size").expect_err("unknown");
        assert_eq!(err.kind(), ErrorKind::Usage);
        assert!(
            err.message()
                .starts_with("unknown sort field 'size': use key, due"),
            "{}",
            err.message()
        );
        assert!(SortSpec::parse("-").is_err());
    }

    #[test]
    fn tickets_without_a_value_sort_last_in_both_directions() {
        let mut a = ticket("A-1");
        a.due = Some(date(2026, 12, 1));
        let b = ticket("A-2");
        let mut c = ticket("A-3");
        c.due = Some(date(2026, 11, 1));
        let tickets = vec![a, b, c];
        assert_eq!(sorted(&tickets, Some("due")), ["A-3", "A-1", "A-2"]);
        assert_eq!(sorted(&tickets, Some("-due")), ["A-1", "A-3", "A-2"]);
    }

    #[test]
    fn points_sort_by_value_with_ties_by_key() {
        let mut tickets: Vec<Ticket> = ["A-10", "A-2", "A-3"].map(ticket).into();
        tickets[0].story_points = Some(5.0);
        tickets[1].story_points = Some(5.0);
        tickets[2].story_points = Some(1.0);
        assert_eq!(sorted(&tickets, Some("-points")), ["A-2", "A-10", "A-3"]);
        assert_eq!(sorted(&tickets, Some("points")), ["A-3", "A-2", "A-10"]);
    }

    #[test]
    fn priority_sorts_most_urgent_first() {
        let mut tickets: Vec<Ticket> = ["A-1", "A-2", "A-3", "A-4", "A-5"].map(ticket).into();
        for (t, p) in tickets.iter_mut().zip([
            Some("Low"),
            Some("Highest"),
            None,
            Some("Custom"),
            Some("medium"),
        ]) {
            t.priority = p.map(str::to_string);
        }
        assert_eq!(
            sorted(&tickets, Some("priority")),
            ["A-2", "A-5", "A-1", "A-4", "A-3"]
        );
    }

    #[test]
    fn assignee_and_status_sort_by_name_and_workflow() {
        let mut tickets: Vec<Ticket> = ["A-1", "A-2", "A-3"].map(ticket).into();
        tickets[0].assignee = Some(person("z", "zed", None));
        tickets[2].assignee = Some(person("a", "Amy", None));
        assert_eq!(sorted(&tickets, Some("assignee")), ["A-3", "A-1", "A-2"]);
        tickets[0].status_category = StatusCategory::Done;
        tickets[1].status_category = StatusCategory::InProgress;
        assert_eq!(sorted(&tickets, Some("status")), ["A-3", "A-2", "A-1"]);
        assert_eq!(sorted(&tickets, Some("-status")), ["A-1", "A-2", "A-3"]);
    }

    #[test]
    fn cached_key_sorts_agree_with_the_field_comparison() {
        let mut tickets = crate::report::testdata::generate(3000, 11);
        // Names equal but for case, non-ASCII names, odd priorities and statuses.
        for (i, t) in tickets.iter_mut().enumerate() {
            match i % 7 {
                0 => t.assignee = Some(person("x", ["zoë", "Zoë", "ZOË", "Ådam"][i % 4], None)),
                1 => t.priority = Some(["HIGH", "high", "Weird", "weird"][i % 4].into()),
                2 => t.status = ["in review", "In Review", "Ärger"][i % 3].into(),
                _ => {}
            }
        }
        for field in SortField::ALL {
            for spec in [field.as_str().to_string(), format!("-{}", field.as_str())] {
                let parsed = SortSpec::parse(&spec).expect("valid spec");
                let mut expected: Vec<&Ticket> = tickets.iter().collect();
                expected.sort_by(|a, b| parsed.compare(a, b));
                let expected: Vec<&str> = expected.iter().map(|t| t.key.as_str()).collect();
                assert_eq!(sorted(&tickets, Some(&spec)), expected, "--sort {spec}");
            }
        }
    }

    #[test]
    fn created_and_updated_sort_by_time() {
        let mut tickets: Vec<Ticket> = ["A-1", "A-2"].map(ticket).into();
        tickets[0].created += chrono::Duration::hours(1);
        tickets[1].updated += chrono::Duration::hours(1);
        assert_eq!(sorted(&tickets, Some("created")), ["A-2", "A-1"]);
        assert_eq!(sorted(&tickets, Some("-updated")), ["A-2", "A-1"]);
    }
}
