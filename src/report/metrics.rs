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

use std::fmt;

use rustc_hash::FxHashMap;

use super::text::cmp_ci;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Utc};

use crate::model::{SprintRef, SprintState, StatusCategory, Ticket};
use crate::{Error, Result};

// ---------------------------------------------------------------------------------------------
// Time zones and "today"

/// The user's time zone (`--tz`): what "today" means for overdue and due-this-week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TimeZoneSpec {
    /// The machine's zone (`local`), looked up once by the caller: a report never asks the
    /// system per ticket.
    Local(LocalZone),
    #[default]
    Utc,
    /// A fixed offset such as `+05:30`.
    Fixed(FixedOffset),
    /// An IANA name such as `Europe/Berlin` (daylight saving included).
    Named(chrono_tz::Tz),
}

/// What the machine's zone turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocalZone {
    /// A zone with its daylight-saving rules (from `TZ` or the system's zone name).
    Named(chrono_tz::Tz),
    /// The offset in effect now, when the zone has no name we know.
    Fixed(FixedOffset),
}

impl TimeZoneSpec {
    /// Parses `local` (the zone `local` returns), `UTC`, an offset (`+05:30`, `-0800`, `+02`)
    /// or an IANA name.
    pub fn parse(s: &str, local: impl FnOnce() -> LocalZone) -> Result<TimeZoneSpec> {
        let t = s.trim();
        if t.eq_ignore_ascii_case("local") {
            return Ok(TimeZoneSpec::Local(local()));
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
            TimeZoneSpec::Local(LocalZone::Named(tz)) => instant.with_timezone(tz).date_naive(),
            TimeZoneSpec::Local(LocalZone::Fixed(off)) => instant.with_timezone(off).date_naive(),
            TimeZoneSpec::Utc => instant.date_naive(),
            TimeZoneSpec::Fixed(off) => instant.with_timezone(off).date_naive(),
            TimeZoneSpec::Named(tz) => instant.with_timezone(tz).date_naive(),
        }
    }
}

impl TimeZoneSpec {
    /// The instant a calendar day of this zone ends (the next day's first instant): "at the
    /// end of 2026-11-03" is everything before it.
    pub fn end_of_day(&self, date: NaiveDate) -> DateTime<Utc> {
        use chrono::TimeZone;
        let next = (date + chrono::Days::new(1)).and_time(chrono::NaiveTime::MIN);
        let named = |tz: &chrono_tz::Tz| {
            tz.from_local_datetime(&next)
                .earliest()
                .map(|t| t.with_timezone(&Utc))
                // A day whose midnight is skipped by daylight saving: an hour later exists.
                .unwrap_or_else(|| Utc.from_utc_datetime(&next) - chrono::Duration::hours(1))
        };
        match self {
            TimeZoneSpec::Utc => Utc.from_utc_datetime(&next),
            TimeZoneSpec::Fixed(off) | TimeZoneSpec::Local(LocalZone::Fixed(off)) => {
                Utc.from_utc_datetime(&(next - *off))
            }
            TimeZoneSpec::Named(tz) | TimeZoneSpec::Local(LocalZone::Named(tz)) => named(tz),
        }
    }
}

impl fmt::Display for TimeZoneSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeZoneSpec::Local(_) => f.write_str("local"),
            TimeZoneSpec::Utc => f.write_str("UTC"),
            TimeZoneSpec::Fixed(off) => write!(f, "{off}"),
            TimeZoneSpec::Named(tz) => f.write_str(tz.name()),
        }
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
    let mut index: FxHashMap<&str, usize> = FxHashMap::default();
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
    let mut index: FxHashMap<(&str, StatusCategory), usize> = FxHashMap::default();
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
    out.sort_by_cached_key(|t| (t.due, super::sort::NaturalKey(&t.key)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_local() -> LocalZone {
        panic!("only `local` asks for the machine's zone")
    }

    #[test]
    fn the_local_zone_is_the_one_resolved_before_the_report() {
        let instant = DateTime::parse_from_rfc3339("2026-03-29T23:30:00Z")
            .expect("valid")
            .with_timezone(&Utc);
        let tokyo = TimeZoneSpec::Local(LocalZone::Named(chrono_tz::Asia::Tokyo));
        assert_eq!(tokyo.date_of(instant).to_string(), "2026-03-30");
        let minus_one = LocalZone::Fixed(FixedOffset::west_opt(3600).expect("valid"));
        assert_eq!(
            TimeZoneSpec::Local(minus_one).date_of(instant).to_string(),
            "2026-03-29"
        );
    }
    use crate::ErrorKind;
    use crate::report::testdata::{date, generate, person, ticket, today};
    use chrono::TimeZone;

    fn utc(y: i32, m: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, mi, 0)
            .single()
            .expect("valid")
    }

    fn due(key: &str, d: NaiveDate) -> Ticket {
        Ticket {
            due: Some(d),
            ..ticket(key)
        }
    }

    fn done(mut t: Ticket) -> Ticket {
        t.status = "Done".into();
        t.status_category = StatusCategory::Done;
        t
    }

    #[test]
    fn time_zones_parse_local_utc_offsets_and_iana_names() {
        assert_eq!(
            TimeZoneSpec::parse("local", || LocalZone::Named(chrono_tz::Asia::Tokyo)).expect("ok"),
            TimeZoneSpec::Local(LocalZone::Named(chrono_tz::Asia::Tokyo))
        );
        assert_eq!(
            TimeZoneSpec::parse("UTC", no_local).expect("ok"),
            TimeZoneSpec::Utc
        );
        let off = |s: i32| TimeZoneSpec::Fixed(FixedOffset::east_opt(s).expect("valid"));
        assert_eq!(
            TimeZoneSpec::parse("+05:30", no_local).expect("ok"),
            off(5 * 3600 + 1800)
        );
        assert_eq!(
            TimeZoneSpec::parse("-0800", no_local).expect("ok"),
            off(-8 * 3600)
        );
        assert_eq!(
            TimeZoneSpec::parse("+14", no_local).expect("ok"),
            off(14 * 3600)
        );
        assert_eq!(
            TimeZoneSpec::parse("Europe/Berlin", no_local).expect("ok"),
            TimeZoneSpec::Named(chrono_tz::Europe::Berlin)
        );
    }

    #[test]
    fn unknown_time_zones_are_usage_errors() {
        for bad in ["+25:00", "+05:3", "+5:30:00", "Mars/Olympus", "", "+ab"] {
            let err = TimeZoneSpec::parse(bad, no_local).expect_err(bad);
            assert_eq!(err.kind(), ErrorKind::Usage, "{bad}");
            assert!(
                err.message().starts_with("unknown time zone"),
                "{}",
                err.message()
            );
        }
    }

    #[test]
    fn time_zones_display_as_they_are_written() {
        for s in ["local", "UTC", "+05:30", "-08:00", "America/New_York"] {
            let local = || LocalZone::Fixed(FixedOffset::east_opt(3600).expect("valid"));
            assert_eq!(TimeZoneSpec::parse(s, local).expect("ok").to_string(), s);
        }
    }

    #[test]
    fn today_follows_daylight_saving_in_named_zones() {
        let berlin = TimeZoneSpec::Named(chrono_tz::Europe::Berlin);
        // Summer: UTC+2, so 22:30 UTC is already the next day.
        assert_eq!(today_in(utc(2026, 7, 1, 22, 30), &berlin), date(2026, 7, 2));
        // Winter: UTC+1, so 22:30 UTC is still the same day.
        assert_eq!(today_in(utc(2026, 1, 1, 22, 30), &berlin), date(2026, 1, 1));
    }

    #[test]
    fn a_ticket_due_today_in_utc_is_overdue_in_utc_plus_14_but_not_in_utc_minus_12() {
        let t = due("A-1", date(2026, 11, 25));
        let at = utc(2026, 11, 25, 11, 0);
        let plus14 = TimeZoneSpec::parse("+14:00", no_local).expect("ok");
        let minus12 = TimeZoneSpec::parse("-12:00", no_local).expect("ok");
        assert!(!is_overdue(&t, today_in(at, &TimeZoneSpec::Utc)));
        assert!(is_overdue(&t, today_in(at, &plus14)));
        assert!(!is_overdue(&t, today_in(at, &minus12)));
        assert_eq!(days_late(&t, today_in(at, &plus14)), 1);
    }

    #[test]
    fn overdue_means_open_and_due_before_today() {
        assert!(is_overdue(&due("A-1", date(2026, 11, 24)), today()));
        assert!(
            !is_overdue(&due("A-2", today()), today()),
            "due today is not late"
        );
        assert!(!is_overdue(&done(due("A-3", date(2026, 11, 1))), today()));
        assert!(!is_overdue(&ticket("A-4"), today()), "no due date");
    }

    #[test]
    fn due_this_week_runs_from_today_to_sunday() {
        // 2026-11-25 is a Wednesday; its ISO week ends on Sunday the 29th.
        assert_eq!(end_of_iso_week(today()), date(2026, 11, 29));
        assert_eq!(end_of_iso_week(date(2026, 11, 29)), date(2026, 11, 29));
        assert_eq!(end_of_iso_week(date(2026, 11, 30)), date(2026, 12, 6));
        assert!(is_due_this_week(&due("A-1", today()), today()));
        assert!(is_due_this_week(&due("A-2", date(2026, 11, 29)), today()));
        assert!(!is_due_this_week(&due("A-3", date(2026, 11, 30)), today()));
        assert!(!is_due_this_week(&due("A-4", date(2026, 11, 24)), today()));
        assert!(!is_due_this_week(&done(due("A-5", today())), today()));
    }

    #[test]
    fn missing_estimates_leave_out_sub_tasks_and_done_tickets() {
        let sub = Ticket {
            is_subtask: true,
            ..ticket("A-1")
        };
        assert!(misses_estimate(&ticket("A-2")));
        assert!(!misses_estimate(&sub));
        assert!(!misses_estimate(&done(ticket("A-3"))));
        let estimated = Ticket {
            story_points: Some(0.0),
            ..ticket("A-4")
        };
        assert!(!misses_estimate(&estimated), "zero points is an estimate");
    }

    #[test]
    fn current_sprint_is_the_active_one_else_the_latest() {
        let s = |id, state| SprintRef {
            id,
            name: format!("S{id}"),
            state,
        };
        let mut t = ticket("A-1");
        assert_eq!(current_sprint(&t), None);
        t.sprints = vec![
            s(3, SprintState::Closed),
            s(5, SprintState::Closed),
            s(4, SprintState::Future),
        ];
        assert_eq!(current_sprint(&t).map(|s| s.id), Some(5));
        t.sprints.push(s(2, SprintState::Active));
        assert_eq!(current_sprint(&t).map(|s| s.id), Some(2));
    }

    #[test]
    fn summary_matches_an_independent_count() {
        let tickets = generate(5000, 11);
        let refs: Vec<&Ticket> = tickets.iter().collect();
        let s = summarize(&refs, today());
        let sunday = date(2026, 11, 29);
        let (mut open, mut overdue, mut week, mut missing, mut unassigned, mut points) =
            (0, 0, 0, 0, 0, 0.0);
        let mut done_count = 0;
        for t in &tickets {
            points += t.story_points.unwrap_or(0.0);
            if t.status_category == StatusCategory::Done {
                done_count += 1;
                continue;
            }
            open += 1;
            match t.due {
                Some(d) if d < today() => overdue += 1,
                Some(d) if d <= sunday => week += 1,
                _ => {}
            }
            if t.story_points.is_none() && t.issue_type != "Sub-task" {
                missing += 1;
            }
            if t.assignee.is_none() {
                unassigned += 1;
            }
        }
        assert_eq!(s.total, 5000);
        assert_eq!(s.open, open);
        assert_eq!(s.overdue, overdue);
        assert_eq!(s.due_this_week, week);
        assert_eq!(s.missing_story_points, missing);
        assert_eq!(s.unassigned, unassigned);
        assert!((s.story_points_total - points).abs() < 1e-9);
        assert_eq!(s.category_count(StatusCategory::Done), done_count);
        assert_eq!(s.by_category.iter().sum::<usize>(), 5000);
        assert!(overdue > 0 && week > 0 && missing > 0 && unassigned > 0);
    }

    #[test]
    fn workload_matches_an_independent_count_per_person() {
        let tickets = generate(5000, 12);
        let refs: Vec<&Ticket> = tickets.iter().collect();
        let rows = workload(&refs, today());
        let last = rows.last().expect("rows");
        assert_eq!(last.display_name, UNASSIGNED);
        assert_eq!(last.account_id, None);
        for row in &rows {
            let mine = |t: &&Ticket| {
                t.status_category != StatusCategory::Done
                    && t.assignee.as_ref().map(|p| &p.account_id) == row.account_id.as_ref()
            };
            let open: Vec<&Ticket> = tickets.iter().filter(mine).collect();
            assert_eq!(row.tickets, open.len(), "{}", row.display_name);
            let pts: f64 = open.iter().filter_map(|t| t.story_points).sum();
            assert!((row.story_points - pts).abs() < 1e-9);
            let ip = open
                .iter()
                .filter(|t| t.status_category == StatusCategory::InProgress);
            assert_eq!(row.in_progress, ip.count());
            let late = open.iter().filter(|t| t.due.is_some_and(|d| d < today()));
            assert_eq!(row.overdue, late.count());
            let missing = open
                .iter()
                .filter(|t| t.story_points.is_none() && !t.is_subtask);
            assert_eq!(row.missing_estimates, missing.count());
        }
        // Six people plus Unassigned; the two Alex Kims stay apart (grouped by account id).
        assert_eq!(rows.len(), 7);
        let people = &rows[..6];
        assert!(
            people
                .windows(2)
                .all(|w| w[0].story_points >= w[1].story_points)
        );
    }

    #[test]
    fn workload_leaves_out_people_whose_tickets_are_all_done() {
        let mut t = done(ticket("A-1"));
        t.assignee = Some(person("acc-x", "X", None));
        let rows = workload(&[&t], today());
        assert!(rows.is_empty());
    }

    #[test]
    fn status_breakdown_groups_by_name_and_by_category() {
        let tickets = generate(3000, 13);
        let refs: Vec<&Ticket> = tickets.iter().collect();
        let (rows, cats) = status_breakdown(&refs);
        for row in &rows {
            let n = tickets.iter().filter(|t| t.status == row.status).count();
            assert_eq!(row.tickets, n, "{}", row.status);
        }
        assert_eq!(rows.iter().map(|r| r.tickets).sum::<usize>(), 3000);
        assert_eq!(cats.iter().map(|c| c.tickets).sum::<usize>(), 3000);
        let cat_points: f64 = cats.iter().map(|c| c.story_points).sum();
        let all_points: f64 = tickets.iter().filter_map(|t| t.story_points).sum();
        assert!((cat_points - all_points).abs() < 1e-9);
        let order: Vec<StatusCategory> = cats.iter().map(|c| c.category).collect();
        assert_eq!(order, CATEGORIES.to_vec());
        // Rows follow the workflow: to-do statuses before in-progress before done.
        assert!(
            rows.windows(2)
                .all(|w| category_index(w[0].category) <= category_index(w[1].category))
        );
    }

    #[test]
    fn overdue_list_puts_the_most_late_first_then_keys_naturally() {
        let tickets = [
            due("A-10", date(2026, 11, 20)),
            due("A-2", date(2026, 11, 20)),
            due("A-3", date(2026, 11, 1)),
            due("A-4", today()),
            done(due("A-5", date(2026, 10, 1))),
        ];
        let refs: Vec<&Ticket> = tickets.iter().collect();
        let keys: Vec<&str> = overdue(&refs, today())
            .iter()
            .map(|t| t.key.as_str())
            .collect();
        assert_eq!(keys, ["A-3", "A-2", "A-10"]);
    }
}
