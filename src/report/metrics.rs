//! The numbers every report shows, defined once. These definitions are user-facing (the README
//! quotes them); change them only together with the README.
//!
//! * **open**: status category is not *Done* (an undefined category counts as open).
//! * **overdue**: open, and the due date is before *today* in the user's time zone
//!   (`--tz`, default the machine's local zone). Due today is not overdue.
//! * **due this week**: open, and due between today and the end of the ISO week (Sunday),
//!   both inclusive. Overdue tickets are not "due this week".
//! * **missing story points** ("missing estimates"): open, not a sub-task, and without story
//!   points. Sub-tasks are left out because teams estimate the parent story, not its parts.
//! * **unassigned**: open and without an assignee.
//! * **story points total**: the sum of story points over all matching tickets, any status
//!   (tickets without points add nothing). Workload counts open tickets' points only.
//! * **days late**: whole days from the due date to today (1 = it was due yesterday).
//! * **current sprint**: the active sprint, else the one with the highest id (the latest).

use std::collections::HashMap;
use std::fmt;

use chrono::{DateTime, Datelike, FixedOffset, Local, NaiveDate, Utc};

use crate::jira::model::{SprintRef, SprintState, StatusCategory, Ticket};
use crate::{Error, Result};

// ---------------------------------------------------------------------------------------------
// Time zones and "today"

/// The user's time zone (`--tz`): what "today" means for overdue and due-this-week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TimeZoneSpec {
    /// The machine's local zone.
    #[default]
    Local,
    Utc,
    /// A fixed offset such as `+05:30`.
    Fixed(FixedOffset),
    /// An IANA name such as `Europe/Berlin` (daylight saving included).
    Named(chrono_tz::Tz),
}

impl TimeZoneSpec {
    /// Parses `local`, `UTC`, an offset (`+05:30`, `-0800`, `+02`) or an IANA name.
    pub fn parse(s: &str) -> Result<TimeZoneSpec> {
        let t = s.trim();
        if t.eq_ignore_ascii_case("local") {
            return Ok(TimeZoneSpec::Local);
        }
        if t.eq_ignore_ascii_case("utc") || t.eq_ignore_ascii_case("z") {
            return Ok(TimeZoneSpec::Utc);
        }
        if t.starts_with(['+', '-']) {
            return parse_offset(t)
                .map(TimeZoneSpec::Fixed)
                .ok_or_else(|| tz_error(s));
        }
        t.parse::<chrono_tz::Tz>()
            .map(TimeZoneSpec::Named)
            .map_err(|_| tz_error(s))
    }

    /// The calendar date of an instant in this zone.
    pub fn date_of(&self, instant: DateTime<Utc>) -> NaiveDate {
        match self {
            TimeZoneSpec::Local => instant.with_timezone(&Local).date_naive(),
            TimeZoneSpec::Utc => instant.date_naive(),
            TimeZoneSpec::Fixed(off) => instant.with_timezone(off).date_naive(),
            TimeZoneSpec::Named(tz) => instant.with_timezone(tz).date_naive(),
        }
    }
}

impl fmt::Display for TimeZoneSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeZoneSpec::Local => f.write_str("local"),
            TimeZoneSpec::Utc => f.write_str("UTC"),
            TimeZoneSpec::Fixed(off) => write!(f, "{off}"),
            TimeZoneSpec::Named(tz) => f.write_str(tz.name()),
        }
    }
}

impl std::str::FromStr for TimeZoneSpec {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        TimeZoneSpec::parse(s)
    }
}

fn tz_error(s: &str) -> Error {
    Error::usage(format!(
        "unknown time zone '{s}': use local, UTC, an offset like +05:30 or a name like Europe/Berlin"
    ))
}

/// `+05:30`, `+0530`, `+05` (and `-…`); at most 18 hours either way.
fn parse_offset(s: &str) -> Option<FixedOffset> {
    let (sign, rest) = match s.as_bytes().first()? {
        b'+' => (1, &s[1..]),
        b'-' => (-1, &s[1..]),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if !digits.chars().all(|c| c.is_ascii_digit()) || rest.matches(':').count() > 1 {
        return None;
    }
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        4 => (
            digits[..2].parse::<i32>().ok()?,
            digits[2..].parse::<i32>().ok()?,
        ),
        _ => return None,
    };
    if h > 18 || m > 59 || (h == 18 && m > 0) {
        return None;
    }
    FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

/// Today's date at `now` in the user's time zone. Reports take `today` as a plain date so that
/// they stay pure; the caller computes it once with this.
pub fn today_in(now: DateTime<Utc>, tz: &TimeZoneSpec) -> NaiveDate {
    tz.date_of(now)
}

/// The Sunday that ends the ISO week holding `day`.
pub fn end_of_iso_week(day: NaiveDate) -> NaiveDate {
    let days_left = 6 - i64::from(day.weekday().num_days_from_monday());
    day + chrono::Days::new(days_left as u64)
}

// ---------------------------------------------------------------------------------------------
// Per-ticket predicates

/// Not in the *Done* category.
pub fn is_open(t: &Ticket) -> bool {
    t.status_category != StatusCategory::Done
}

/// Open and due before `today`.
pub fn is_overdue(t: &Ticket, today: NaiveDate) -> bool {
    is_open(t) && t.due.is_some_and(|d| d < today)
}

/// Open and due in `[today, Sunday of this ISO week]`.
pub fn is_due_this_week(t: &Ticket, today: NaiveDate) -> bool {
    is_open(t)
        && t.due
            .is_some_and(|d| d >= today && d <= end_of_iso_week(today))
}

/// Open, not a sub-task, and without story points.
pub fn misses_estimate(t: &Ticket) -> bool {
    is_open(t) && !t.is_subtask && t.story_points.is_none()
}

/// Open and nobody is assigned.
pub fn is_unassigned(t: &Ticket) -> bool {
    is_open(t) && t.assignee.is_none()
}

/// Whole days since the due date (0 when not late or without a due date).
pub fn days_late(t: &Ticket, today: NaiveDate) -> i64 {
    t.due.map_or(0, |d| (today - d).num_days().max(0))
}

/// The active sprint, else the latest (highest id) one.
pub fn current_sprint(t: &Ticket) -> Option<&SprintRef> {
    t.sprints
        .iter()
        .find(|s| s.state == SprintState::Active)
        .or_else(|| t.sprints.iter().max_by_key(|s| s.id))
}

/// Human name of a status category, as Jira shows it.
pub fn category_name(c: StatusCategory) -> &'static str {
    c.jql_name()
}

/// Categories in workflow order, for stable output.
pub const CATEGORIES: [StatusCategory; 4] = [
    StatusCategory::ToDo,
    StatusCategory::InProgress,
    StatusCategory::Done,
    StatusCategory::Undefined,
];

fn category_index(c: StatusCategory) -> usize {
    match c {
        StatusCategory::ToDo => 0,
        StatusCategory::InProgress => 1,
        StatusCategory::Done => 2,
        StatusCategory::Undefined => 3,
    }
}

// ---------------------------------------------------------------------------------------------
// Aggregates

/// The `summary` section's numbers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub total: usize,
    pub open: usize,
    pub overdue: usize,
    pub due_this_week: usize,
    pub missing_story_points: usize,
    pub unassigned: usize,
    pub story_points_total: f64,
    /// Ticket counts in [`CATEGORIES`] order.
    pub by_category: [usize; 4],
}

impl Summary {
    pub fn category_count(&self, c: StatusCategory) -> usize {
        self.by_category[category_index(c)]
    }
}

pub fn summarize(tickets: &[&Ticket], today: NaiveDate) -> Summary {
    let week_end = end_of_iso_week(today);
    let mut s = Summary {
        total: tickets.len(),
        ..Summary::default()
    };
    for t in tickets {
        s.by_category[category_index(t.status_category)] += 1;
        s.story_points_total += t.story_points.unwrap_or(0.0);
        if !is_open(t) {
            continue;
        }
        s.open += 1;
        if let Some(due) = t.due {
            if due < today {
                s.overdue += 1;
            } else if due <= week_end {
                s.due_this_week += 1;
            }
        }
        if misses_estimate(t) {
            s.missing_story_points += 1;
        }
        if t.assignee.is_none() {
            s.unassigned += 1;
        }
    }
    s
}

/// One `workload` row: an assignee's open work. `account_id` is `None` for the Unassigned row.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkloadRow {
    pub account_id: Option<String>,
    pub display_name: String,
    /// Open tickets.
    pub tickets: usize,
    /// Story points of open tickets.
    pub story_points: f64,
    /// Tickets in the *In Progress* category.
    pub in_progress: usize,
    pub overdue: usize,
    pub missing_estimates: usize,
}

/// The label of the row for open tickets nobody is assigned to.
pub const UNASSIGNED: &str = "Unassigned";

/// Open work per assignee: one row per person with at least one open ticket, plus an
/// "Unassigned" row when open tickets have no assignee. Ordered by open story points, then open
/// tickets (both descending), then name; the Unassigned row comes last.
pub fn workload(tickets: &[&Ticket], today: NaiveDate) -> Vec<WorkloadRow> {
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut rows: Vec<WorkloadRow> = Vec::new();
    let mut unassigned = WorkloadRow::empty(None, UNASSIGNED.to_string());
    for t in tickets.iter().filter(|t| is_open(t)) {
        let row = match &t.assignee {
            None => &mut unassigned,
            Some(p) => {
                let i = *index.entry(p.account_id.as_str()).or_insert_with(|| {
                    rows.push(WorkloadRow::empty(
                        Some(p.account_id.clone()),
                        p.display_name.clone(),
                    ));
                    rows.len() - 1
                });
                &mut rows[i]
            }
        };
        row.tickets += 1;
        row.story_points += t.story_points.unwrap_or(0.0);
        row.in_progress += usize::from(t.status_category == StatusCategory::InProgress);
        row.overdue += usize::from(t.due.is_some_and(|d| d < today));
        row.missing_estimates += usize::from(misses_estimate(t));
    }
    rows.sort_by(|a, b| {
        b.story_points
            .total_cmp(&a.story_points)
            .then(b.tickets.cmp(&a.tickets))
            .then_with(|| cmp_ci(&a.display_name, &b.display_name))
            .then_with(|| a.account_id.cmp(&b.account_id))
    });
    if unassigned.tickets > 0 {
        rows.push(unassigned);
    }
    rows
}

impl WorkloadRow {
    fn empty(account_id: Option<String>, display_name: String) -> Self {
        WorkloadRow {
            account_id,
            display_name,
            tickets: 0,
            story_points: 0.0,
            in_progress: 0,
            overdue: 0,
            missing_estimates: 0,
        }
    }
}

/// Count and story points of one status (all matching tickets, any category).
#[derive(Debug, Clone, PartialEq)]
pub struct StatusRow {
    pub status: String,
    pub category: StatusCategory,
    pub tickets: usize,
    pub story_points: f64,
}

/// Count and story points of one status category.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryRow {
    pub category: StatusCategory,
    pub tickets: usize,
    pub story_points: f64,
}

/// Tickets and points by status name (ordered by category, then count descending, then name)
/// and by category (workflow order; categories without tickets are left out). Status names
/// are grouped exactly as Jira spells them.
pub fn status_breakdown(tickets: &[&Ticket]) -> (Vec<StatusRow>, Vec<CategoryRow>) {
    let mut index: HashMap<(&str, StatusCategory), usize> = HashMap::new();
    let mut rows: Vec<StatusRow> = Vec::new();
    let mut cats: Vec<CategoryRow> = CATEGORIES
        .iter()
        .map(|&category| CategoryRow {
            category,
            tickets: 0,
            story_points: 0.0,
        })
        .collect();
    for t in tickets {
        let i = *index
            .entry((t.status.as_str(), t.status_category))
            .or_insert_with(|| {
                rows.push(StatusRow {
                    status: t.status.clone(),
                    category: t.status_category,
                    tickets: 0,
                    story_points: 0.0,
                });
                rows.len() - 1
            });
        let points = t.story_points.unwrap_or(0.0);
        rows[i].tickets += 1;
        rows[i].story_points += points;
        let c = &mut cats[category_index(t.status_category)];
        c.tickets += 1;
        c.story_points += points;
    }
    rows.sort_by(|a, b| {
        category_index(a.category)
            .cmp(&category_index(b.category))
            .then(b.tickets.cmp(&a.tickets))
            .then_with(|| cmp_ci(&a.status, &b.status))
            .then_with(|| a.status.cmp(&b.status))
    });
    cats.retain(|c| c.tickets > 0);
    (rows, cats)
}

/// Overdue tickets, most days late first (then by key, naturally).
pub fn overdue<'a>(tickets: &[&'a Ticket], today: NaiveDate) -> Vec<&'a Ticket> {
    let mut out: Vec<&Ticket> = tickets
        .iter()
        .copied()
        .filter(|t| is_overdue(t, today))
        .collect();
    out.sort_by(|a, b| {
        a.due
            .cmp(&b.due)
            .then_with(|| super::sort::natural_cmp(&a.key, &b.key))
    });
    out
}

/// Case-insensitive ordering without allocating (Unicode lower-casing, char by char).
pub(crate) fn cmp_ci(a: &str, b: &str) -> std::cmp::Ordering {
    if a.is_ascii() && b.is_ascii() {
        return a
            .bytes()
            .map(|c| c.to_ascii_lowercase())
            .cmp(b.bytes().map(|c| c.to_ascii_lowercase()));
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .cmp(b.chars().flat_map(char::to_lowercase))
}

/// Case-insensitive equality without allocating.
pub(crate) fn eq_ci(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}
