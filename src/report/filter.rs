//! Which tickets a report covers: the dashboard's filters, and the parsing of their CLI values.
//!
//! Every filter left empty matches everything; filters combine with AND; the values of one
//! list filter combine with OR (except labels with `all_labels`). Text compares
//! case-insensitively, without allocating per ticket (a filter runs over 100k tickets).

use std::collections::{HashMap, HashSet};

use chrono::{Days, Months, NaiveDate};
use serde_json::{Value, json};

use super::metrics::TimeZoneSpec;
use crate::model::{SprintState, StatusCategory, Ticket};
use crate::{Error, Result};

/// The filters of a report. Built by the caller (the CLI glue) from flags plus what only the
/// store and the sync know: which tickets are on which board, which account ids carry a team
/// label, and the user's ignore rules.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Project keys (`--project`).
    pub projects: Vec<String>,
    /// Board ids (`--board`): a ticket matches when it is on one of them.
    pub boards: Vec<u64>,
    /// Board id → keys of the tickets on it (from the sync). A board missing here holds nothing.
    pub board_tickets: HashMap<u64, HashSet<String>>,
    /// `--assignee`: display name (case-insensitive), email (case-insensitive), account id
    /// (exact) or `unassigned`. A name shared by two people matches both.
    pub assignees: Vec<String>,
    /// `--team` labels, as given (shown in the report's `filters`).
    pub teams: Vec<String>,
    /// Account ids of the members carrying any of `teams` (resolved by the caller). With team
    /// labels but no members, nothing matches.
    pub team_account_ids: HashSet<String>,
    /// `--status`: status names (case-insensitive) or categories `todo`, `in-progress`, `done`.
    pub statuses: Vec<String>,
    /// `--exclude-status`: same values as `statuses`; a ticket matching any is left out.
    pub exclude_statuses: Vec<String>,
    /// Created on or after this date (in `time_zone`).
    pub created_from: Option<NaiveDate>,
    /// Created on or before this date (in `time_zone`).
    pub created_to: Option<NaiveDate>,
    /// Due on or after this date; tickets without a due date do not match.
    pub due_from: Option<NaiveDate>,
    /// Due on or before this date; tickets without a due date do not match.
    pub due_to: Option<NaiveDate>,
    /// `--label`: Jira labels; a ticket matches with any of them (all of them with `all_labels`).
    pub labels: Vec<String>,
    /// `--all-labels`: require every label in `labels`.
    pub all_labels: bool,
    /// At least this many story points; tickets without points do not match.
    pub points_min: Option<f64>,
    /// At most this many story points; tickets without points do not match.
    pub points_max: Option<f64>,
    /// `--no-points`: only tickets without story points.
    pub no_points: bool,
    /// `--type`: issue type names (case-insensitive).
    pub types: Vec<String>,
    /// `--priority`: priority names (case-insensitive).
    pub priorities: Vec<String>,
    /// `--component`: component names (case-insensitive); a ticket matches with any of them.
    pub components: Vec<String>,
    /// `--sprint`: sprint names (case-insensitive), or `active` for any active sprint.
    pub sprints: Vec<String>,
    /// `--jql`: the clause as given (shown in `filters`)…
    pub jql: Option<String>,
    /// … and the keys Jira found with it (resolved by the caller); `None` without `--jql`.
    pub jql_keys: Option<HashSet<String>>,
    /// `--include-ignored`: do not leave out the user's ignored tickets and types.
    pub include_ignored: bool,
    /// The user's ignored ticket keys (exact, as Jira spells them).
    pub ignored_keys: HashSet<String>,
    /// The user's ignored issue types (case-insensitive).
    pub ignored_types: Vec<String>,
    /// The zone `created_from`/`created_to` are read in (`--tz`).
    pub time_zone: TimeZoneSpec,
}

impl Filters {
    /// Checks what a single flag cannot: each from ≤ to, points min ≤ max.
    pub fn validate(&self) -> Result<()> {
        check_range(
            "--created-from",
            self.created_from,
            "--created-to",
            self.created_to,
        )?;
        check_range("--due-from", self.due_from, "--due-to", self.due_to)?;
        if let (Some(min), Some(max)) = (self.points_min, self.points_max)
            && min > max
        {
            return Err(Error::usage(format!(
                "--points-min {min} is greater than --points-max {max}"
            )));
        }
        Ok(())
    }

    /// Whether one ticket passes every filter. To filter many tickets use [`Filters::apply`],
    /// which prepares the filter values once.
    pub fn matches(&self, t: &Ticket) -> bool {
        Matcher::new(self).matches(t)
    }

    /// The matching tickets, in their original order.
    pub fn apply<'a>(&self, tickets: &'a [Ticket]) -> Vec<&'a Ticket> {
        let m = Matcher::new(self);
        tickets.iter().filter(|t| m.matches(t)).collect()
    }

    /// [`Filters::apply`] as indexes into `tickets`, in order.
    pub fn matching(&self, tickets: &[Ticket]) -> Vec<u32> {
        let m = Matcher::new(self);
        (0u32..)
            .zip(tickets)
            .filter(|(_, t)| m.matches(t))
            .map(|(i, _)| i)
            .collect()
    }

    /// How many of `tickets` the user's ignore rules leave out (whatever the other filters).
    pub fn ignored_in(&self, tickets: &[Ticket]) -> usize {
        if self.ignored_keys.is_empty() && self.ignored_types.is_empty() {
            return 0;
        }
        let types: Vec<String> = self.ignored_types.iter().map(|s| lower(s)).collect();
        tickets
            .iter()
            .filter(|t| {
                self.ignored_keys.contains(t.key.as_str())
                    || types.iter().any(|i| eq_lower(&t.issue_type, i))
            })
            .count()
    }

    /// The filters as reports show them (`filters` in JSON): every key always present, in a
    /// fixed order, so scripts can rely on them. Ignore rules are summarised, not listed.
    pub fn to_json(&self) -> Value {
        let date = |d: Option<NaiveDate>| d.map(|d| d.to_string());
        let mut ignored_types = self.ignored_types.clone();
        ignored_types.sort();
        json!({
            "projects": self.projects,
            "boards": self.boards,
            "assignees": self.assignees,
            "teams": self.teams,
            "statuses": self.statuses,
            "exclude_statuses": self.exclude_statuses,
            "created_from": date(self.created_from),
            "created_to": date(self.created_to),
            "due_from": date(self.due_from),
            "due_to": date(self.due_to),
            "labels": self.labels,
            "all_labels": self.all_labels,
            "points_min": self.points_min,
            "points_max": self.points_max,
            "no_points": self.no_points,
            "types": self.types,
            "priorities": self.priorities,
            "components": self.components,
            "sprints": self.sprints,
            "jql": self.jql,
            "include_ignored": self.include_ignored,
            "ignored_tickets": self.ignored_keys.len(),
            "ignored_types": ignored_types,
            "time_zone": self.time_zone.to_string(),
        })
    }
}

/// The filter values prepared for matching many tickets: lower-cased once, status categories
/// parsed once, so matching a ticket allocates nothing.
struct Matcher<'f> {
    f: &'f Filters,
    projects: Vec<String>,
    types: Vec<String>,
    priorities: Vec<String>,
    components: Vec<String>,
    sprints: Vec<String>,
    ignored_types: Vec<String>,
    labels: Vec<String>,
    assignees: Vec<(&'f str, String)>,
    statuses: Vec<(String, Option<StatusCategory>)>,
    exclude_statuses: Vec<(String, Option<StatusCategory>)>,
}

impl<'f> Matcher<'f> {
    fn new(f: &'f Filters) -> Self {
        let lower_all = |v: &[String]| v.iter().map(|s| lower(s)).collect::<Vec<_>>();
        let statuses = |v: &[String]| {
            v.iter()
                .map(|s| (lower(s), parse_category(s)))
                .collect::<Vec<_>>()
        };
        Matcher {
            f,
            projects: lower_all(&f.projects),
            types: lower_all(&f.types),
            priorities: lower_all(&f.priorities),
            components: lower_all(&f.components),
            sprints: lower_all(&f.sprints),
            ignored_types: if f.include_ignored {
                Vec::new()
            } else {
                lower_all(&f.ignored_types)
            },
            labels: lower_all(&f.labels),
            assignees: f.assignees.iter().map(|a| (a.as_str(), lower(a))).collect(),
            statuses: statuses(&f.statuses),
            exclude_statuses: statuses(&f.exclude_statuses),
        }
    }

    // Checks on values stored in the ticket itself come first: they need no memory reads
    // beyond it (100k tickets do not fit in the CPU caches), then the text comparisons.
    fn matches(&self, t: &Ticket) -> bool {
        let f = self.f;
        if (f.due_from.is_some() || f.due_to.is_some())
            && !t.due.is_some_and(|d| in_range(d, f.due_from, f.due_to))
        {
            return false;
        }
        if f.no_points && t.story_points.is_some() {
            return false;
        }
        if f.points_min.is_some() || f.points_max.is_some() {
            let Some(p) = t.story_points else {
                return false;
            };
            if f.points_min.is_some_and(|m| p < m) || f.points_max.is_some_and(|m| p > m) {
                return false;
            }
        }
        if !f.include_ignored
            && ((!f.ignored_keys.is_empty() && f.ignored_keys.contains(t.key.as_str()))
                || self
                    .ignored_types
                    .iter()
                    .any(|i| eq_lower(&t.issue_type, i)))
        {
            return false;
        }
        if f.jql_keys
            .as_ref()
            .is_some_and(|keys| !keys.contains(t.key.as_str()))
        {
            return false;
        }
        if !self.projects.is_empty() && !self.projects.iter().any(|p| eq_lower(&t.project_key, p)) {
            return false;
        }
        if !self.types.is_empty() && !self.types.iter().any(|ty| eq_lower(&t.issue_type, ty)) {
            return false;
        }
        if !self.priorities.is_empty()
            && !t
                .priority
                .as_deref()
                .is_some_and(|p| self.priorities.iter().any(|w| eq_lower(p, w)))
        {
            return false;
        }
        if !self.components.is_empty()
            && !t
                .components
                .iter()
                .any(|c| self.components.iter().any(|w| eq_lower(c, w)))
        {
            return false;
        }
        if !self.sprints.is_empty()
            && !t.sprints.iter().any(|s| {
                self.sprints.iter().any(|w| {
                    (w == ACTIVE_SPRINT && s.state == SprintState::Active) || eq_lower(&s.name, w)
                })
            })
        {
            return false;
        }
        if !self.statuses.is_empty() && !self.statuses.iter().any(|s| status_matches(s, t)) {
            return false;
        }
        if self.exclude_statuses.iter().any(|s| status_matches(s, t)) {
            return false;
        }
        if !self.labels.is_empty() {
            let has = |l: &String| t.labels.iter().any(|tl| eq_lower(tl, l));
            let ok = if f.all_labels {
                self.labels.iter().all(has)
            } else {
                self.labels.iter().any(has)
            };
            if !ok {
                return false;
            }
        }
        if !self.assignees.is_empty()
            && !self
                .assignees
                .iter()
                .any(|(raw, low)| assignee_matches(raw, low, t))
        {
            return false;
        }
        if !f.teams.is_empty()
            && !t
                .assignee
                .as_ref()
                .is_some_and(|p| f.team_account_ids.contains(p.account_id.as_str()))
        {
            return false;
        }
        if !f.boards.is_empty()
            && !f.boards.iter().any(|b| {
                f.board_tickets
                    .get(b)
                    .is_some_and(|keys| keys.contains(t.key.as_str()))
            })
        {
            return false;
        }
        if f.created_from.is_some() || f.created_to.is_some() {
            let created = f.time_zone.date_of(t.created);
            if !in_range(created, f.created_from, f.created_to) {
                return false;
            }
        }
        true
    }
}

/// `--sprint active`: any sprint that is running now.
pub const ACTIVE_SPRINT: &str = "active";

/// Lower-cases the way [`eq_lower`] compares (char by char).
pub(crate) fn lower(s: &str) -> String {
    s.trim().chars().flat_map(char::to_lowercase).collect()
}

/// Whether `s` equals `lowered` (already lower-cased) ignoring case; no allocation.
pub(crate) fn eq_lower(s: &str, lowered: &str) -> bool {
    if s.len() == lowered.len()
        && s.bytes()
            .zip(lowered.bytes())
            .all(|(a, b)| a.to_ascii_lowercase() == b)
    {
        return true;
    }
    // An ASCII string lower-cases byte for byte: the check above was the whole answer.
    !s.is_ascii() && s.chars().flat_map(char::to_lowercase).eq(lowered.chars())
}

fn in_range(d: NaiveDate, from: Option<NaiveDate>, to: Option<NaiveDate>) -> bool {
    from.is_none_or(|f| d >= f) && to.is_none_or(|t| d <= t)
}

pub(crate) fn assignee_matches(raw: &str, lowered: &str, t: &Ticket) -> bool {
    match &t.assignee {
        None => lowered == "unassigned",
        Some(p) => {
            p.account_id == raw.trim()
                || eq_lower(&p.display_name, lowered)
                || p.email.as_deref().is_some_and(|e| eq_lower(e, lowered))
        }
    }
}

/// A `--status` value names a category (`todo`, `in-progress`, `done`; `_` or no separator are
/// accepted too) or a status. Either way it matches, so `done` finds a status called "Done"
/// even in a category Jira left undefined.
fn status_matches((lowered, category): &(String, Option<StatusCategory>), t: &Ticket) -> bool {
    *category == Some(t.status_category) || eq_lower(&t.status, lowered)
}

/// Parses a status category name as `--status` takes it.
pub fn parse_category(value: &str) -> Option<StatusCategory> {
    const NAMES: [(&str, StatusCategory); 8] = [
        ("todo", StatusCategory::ToDo),
        ("to-do", StatusCategory::ToDo),
        ("to_do", StatusCategory::ToDo),
        ("in-progress", StatusCategory::InProgress),
        ("in_progress", StatusCategory::InProgress),
        ("inprogress", StatusCategory::InProgress),
        ("done", StatusCategory::Done),
        ("undefined", StatusCategory::Undefined),
    ];
    NAMES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(value.trim()))
        .map(|(_, c)| *c)
}

/// Parses a date flag: `YYYY-MM-DD`, `today`, `yesterday`, `tomorrow`, or a signed offset from
/// today in days, weeks or months (`-7d`, `+2w`, `-1m`; the sign is required). Month offsets
/// keep the day of month, or use the month's last day when it is shorter.
pub fn parse_date_arg(value: &str, today: NaiveDate) -> Result<NaiveDate> {
    let bad = || {
        Error::usage(format!(
            "invalid date '{value}': use YYYY-MM-DD, today, -7d or +2w"
        ))
    };
    let v = value.trim();
    match v.to_ascii_lowercase().as_str() {
        "today" => return Ok(today),
        "yesterday" => return today.checked_sub_days(Days::new(1)).ok_or_else(bad),
        "tomorrow" => return today.checked_add_days(Days::new(1)).ok_or_else(bad),
        _ => {}
    }
    if let Some(sign @ ('+' | '-')) = v.chars().next() {
        let body = &v[1..];
        let unit = body.chars().last().ok_or_else(bad)?.to_ascii_lowercase();
        let digits = &body[..body.len() - unit.len_utf8()];
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let n: u32 = digits.parse().map_err(|_| bad())?;
        let forward = sign == '+';
        let moved = match unit {
            'd' => shift_days(today, u64::from(n), forward),
            'w' => shift_days(today, u64::from(n) * 7, forward),
            'm' if forward => today.checked_add_months(Months::new(n)),
            'm' => today.checked_sub_months(Months::new(n)),
            _ => None,
        };
        return moved.ok_or_else(bad);
    }
    // Exactly YYYY-MM-DD: chrono alone would also take `2026-1-5` and `+2026-01-05`.
    let b = v.as_bytes();
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape_ok {
        return Err(bad());
    }
    NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| bad())
}

fn shift_days(day: NaiveDate, n: u64, forward: bool) -> Option<NaiveDate> {
    if forward {
        day.checked_add_days(Days::new(n))
    } else {
        day.checked_sub_days(Days::new(n))
    }
}

/// Fails when both bounds are given and `from` is after `to` (naming both flags).
pub fn check_range(
    from_flag: &str,
    from: Option<NaiveDate>,
    to_flag: &str,
    to: Option<NaiveDate>,
) -> Result<()> {
    match (from, to) {
        (Some(f), Some(t)) if f > t => Err(Error::usage(format!(
            "{from_flag} {f} is after {to_flag} {t}"
        ))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;
    use crate::report::testdata::{date, generate, now, ticket, today};
    use chrono::FixedOffset;

    fn set() -> Vec<Ticket> {
        generate(3000, 7)
    }

    fn keys(v: &[&Ticket]) -> Vec<String> {
        v.iter().map(|t| t.key.clone()).collect()
    }

    /// The keys a plain predicate selects: the independent count every filter test checks against.
    fn expected(tickets: &[Ticket], pred: impl Fn(&Ticket) -> bool) -> Vec<String> {
        let mut out = Vec::new();
        for t in tickets {
            if pred(t) {
                out.push(t.key.clone());
            }
        }
        out
    }

    fn check(f: &Filters, tickets: &[Ticket], pred: impl Fn(&Ticket) -> bool) {
        let want = expected(tickets, pred);
        assert!(!want.is_empty(), "the test set must exercise the filter");
        assert!(
            want.len() < tickets.len(),
            "the filter must leave something out"
        );
        assert_eq!(keys(&f.apply(tickets)), want);
    }

    #[test]
    fn empty_filters_match_every_ticket() {
        let tickets = set();
        assert_eq!(Filters::default().apply(&tickets).len(), tickets.len());
    }

    #[test]
    fn project_filter_matches_keys_case_insensitively() {
        let tickets = set();
        let f = Filters {
            projects: vec!["alpha".into(), "GAMMA".into()],
            ..Filters::default()
        };
        check(&f, &tickets, |t| {
            t.project_key == "ALPHA" || t.project_key == "GAMMA"
        });
    }

    #[test]
    fn board_filter_matches_tickets_on_any_listed_board() {
        let tickets = set();
        let on_board = |n: usize| -> HashSet<String> {
            tickets.iter().step_by(n).map(|t| t.key.clone()).collect()
        };
        let (b1, b2) = (on_board(3), on_board(5));
        let f = Filters {
            boards: vec![1, 2, 99],
            board_tickets: HashMap::from([(1, b1.clone()), (2, b2.clone()), (3, on_board(1))]),
            ..Filters::default()
        };
        check(&f, &tickets, |t| b1.contains(&t.key) || b2.contains(&t.key));
    }

    #[test]
    fn board_missing_from_the_membership_map_holds_nothing() {
        let tickets = set();
        let f = Filters {
            boards: vec![42],
            ..Filters::default()
        };
        assert!(f.apply(&tickets).is_empty());
    }

    #[test]
    fn assignee_filter_matches_name_email_account_id_and_unassigned() {
        let tickets = set();
        let f = Filters {
            assignees: vec![
                "ZOË ÅNGSTRÖM".into(),
                "Rocket@Example.com".into(),
                "acc-ada".into(),
                "unassigned".into(),
            ],
            ..Filters::default()
        };
        check(&f, &tickets, |t| match &t.assignee {
            None => true,
            Some(p) => ["acc-zoe", "acc-rocket", "acc-ada"].contains(&p.account_id.as_str()),
        });
    }

    #[test]
    fn account_id_matches_exactly_not_case_insensitively() {
        let tickets = set();
        let f = Filters {
            assignees: vec!["ACC-ADA".into()],
            ..Filters::default()
        };
        assert!(f.apply(&tickets).is_empty());
    }

    #[test]
    fn a_display_name_shared_by_two_people_matches_both() {
        let tickets = set();
        let f = Filters {
            assignees: vec!["alex kim".into()],
            ..Filters::default()
        };
        check(&f, &tickets, |t| {
            t.assignee
                .as_ref()
                .is_some_and(|p| p.account_id == "acc-alex1" || p.account_id == "acc-alex2")
        });
        let matched = f.apply(&tickets);
        assert!(matched.iter().any(|t| {
            t.assignee
                .as_ref()
                .is_some_and(|p| p.account_id == "acc-alex1")
        }));
        assert!(matched.iter().any(|t| {
            t.assignee
                .as_ref()
                .is_some_and(|p| p.account_id == "acc-alex2")
        }));
    }

    #[test]
    fn team_filter_matches_the_members_the_caller_resolved() {
        let tickets = set();
        let f = Filters {
            teams: vec!["platform".into()],
            team_account_ids: HashSet::from(["acc-sara".to_string(), "acc-zoe".to_string()]),
            ..Filters::default()
        };
        check(&f, &tickets, |t| {
            t.assignee
                .as_ref()
                .is_some_and(|p| p.account_id == "acc-sara" || p.account_id == "acc-zoe")
        });
    }

    #[test]
    fn team_without_members_matches_nothing() {
        let f = Filters {
            teams: vec!["nobody".into()],
            ..Filters::default()
        };
        assert!(f.apply(&set()).is_empty());
    }

    #[test]
    fn status_filter_takes_names_case_insensitively_and_categories() {
        let tickets = set();
        let f = Filters {
            statuses: vec!["in review".into(), "todo".into()],
            ..Filters::default()
        };
        check(&f, &tickets, |t| {
            t.status == "In Review" || t.status_category == StatusCategory::ToDo
        });
    }

    #[test]
    fn exclude_status_leaves_out_names_and_categories() {
        let tickets = set();
        let f = Filters {
            exclude_statuses: vec!["done".into(), "TRIAGE".into()],
            ..Filters::default()
        };
        check(&f, &tickets, |t| {
            t.status_category != StatusCategory::Done && t.status != "Triage"
        });
    }

    #[test]
    fn in_progress_category_is_accepted_with_any_separator() {
        for v in ["in-progress", "IN_PROGRESS", "inprogress"] {
            assert_eq!(parse_category(v), Some(StatusCategory::InProgress), "{v}");
        }
        assert_eq!(parse_category("In Review"), None);
    }

    #[test]
    fn created_range_is_inclusive() {
        let tickets = set();
        let (from, to) = (date(2026, 6, 1), date(2026, 8, 31));
        let f = Filters {
            created_from: Some(from),
            created_to: Some(to),
            time_zone: TimeZoneSpec::Utc,
            ..Filters::default()
        };
        check(&f, &tickets, |t| {
            let d = t.created.date_naive();
            d >= from && d <= to
        });
    }

    #[test]
    fn created_dates_are_read_in_the_users_time_zone() {
        let mut t = ticket("A-1");
        // 23:30 UTC on the 24th is already the 25th in UTC+2.
        t.created = now()
            .date_naive()
            .and_hms_opt(0, 0, 0)
            .expect("valid")
            .and_utc()
            - chrono::Duration::minutes(30);
        let tickets = vec![t];
        let mut f = Filters {
            created_from: Some(today()),
            time_zone: TimeZoneSpec::Utc,
            ..Filters::default()
        };
        assert!(f.apply(&tickets).is_empty());
        f.time_zone = TimeZoneSpec::Fixed(FixedOffset::east_opt(2 * 3600).expect("valid"));
        assert_eq!(f.apply(&tickets).len(), 1);
    }

    #[test]
    fn due_range_is_inclusive_and_skips_tickets_without_a_due_date() {
        let tickets = set();
        let (from, to) = (today() - Days::new(3), today() + Days::new(3));
        let f = Filters {
            due_from: Some(from),
            due_to: Some(to),
            ..Filters::default()
        };
        check(&f, &tickets, |t| {
            t.due.is_some_and(|d| d >= from && d <= to)
        });
        let only_to = Filters {
            due_to: Some(today()),
            ..Filters::default()
        };
        check(&only_to, &tickets, |t| t.due.is_some_and(|d| d <= today()));
    }

    #[test]
    fn labels_match_any_by_default() {
        let tickets = set();
        let f = Filters {
            labels: vec!["BACKEND".into(), "urgent".into()],
            ..Filters::default()
        };
        check(&f, &tickets, |t| {
            t.labels.iter().any(|l| l == "backend" || l == "urgent")
        });
    }

    #[test]
    fn all_labels_requires_every_label() {
        let tickets = set();
        let f = Filters {
            labels: vec!["backend".into(), "customer".into()],
            all_labels: true,
            ..Filters::default()
        };
        check(&f, &tickets, |t| {
            t.labels.iter().any(|l| l == "backend") && t.labels.iter().any(|l| l == "Customer")
        });
    }

    #[test]
    fn points_range_is_inclusive_and_skips_unestimated_tickets() {
        let tickets = set();
        let f = Filters {
            points_min: Some(2.0),
            points_max: Some(5.0),
            ..Filters::default()
        };
        check(&f, &tickets, |t| {
            t.story_points.is_some_and(|p| (2.0..=5.0).contains(&p))
        });
    }

    #[test]
    fn no_points_keeps_only_unestimated_tickets() {
        let tickets = set();
        let f = Filters {
            no_points: true,
            ..Filters::default()
        };
        check(&f, &tickets, |t| t.story_points.is_none());
    }

    #[test]
    fn type_filter_matches_issue_types_case_insensitively() {
        let tickets = set();
        let f = Filters {
            types: vec!["bug".into(), "SUB-TASK".into()],
            ..Filters::default()
        };
        check(&f, &tickets, |t| {
            t.issue_type == "Bug" || t.issue_type == "Sub-task"
        });
    }

    #[test]
    fn ignored_tickets_and_types_are_left_out_unless_included() {
        let tickets = set();
        let ignored: HashSet<String> = tickets.iter().step_by(4).map(|t| t.key.clone()).collect();
        let mut f = Filters {
            ignored_keys: ignored.clone(),
            ignored_types: vec!["epic".into()],
            ..Filters::default()
        };
        check(&f, &tickets, |t| {
            !ignored.contains(&t.key) && t.issue_type != "Epic"
        });
        f.include_ignored = true;
        assert_eq!(f.apply(&tickets).len(), tickets.len());
    }

    #[test]
    fn combined_filters_match_the_intersection() {
        let tickets = set();
        let ignored: HashSet<String> = tickets.iter().step_by(7).map(|t| t.key.clone()).collect();
        let f = Filters {
            projects: vec!["beta".into(), "alpha".into()],
            assignees: vec!["Ada Lovelace".into(), "unassigned".into(), "acc-zoe".into()],
            exclude_statuses: vec!["done".into()],
            due_to: Some(today() + Days::new(10)),
            labels: vec!["frontend".into(), "urgent".into()],
            points_max: Some(8.0),
            types: vec!["story".into(), "bug".into(), "task".into()],
            ignored_keys: ignored.clone(),
            ..Filters::default()
        };
        let want = expected(&tickets, |t| {
            !ignored.contains(&t.key)
                && (t.project_key == "BETA" || t.project_key == "ALPHA")
                && t.assignee
                    .as_ref()
                    .is_none_or(|p| p.account_id == "acc-ada" || p.account_id == "acc-zoe")
                && t.status_category != StatusCategory::Done
                && t.due.is_some_and(|d| d <= today() + Days::new(10))
                && t.labels.iter().any(|l| l == "frontend" || l == "urgent")
                && t.story_points.is_some_and(|p| p <= 8.0)
                && ["Story", "Bug", "Task"].contains(&t.issue_type.as_str())
        });
        assert!(!want.is_empty(), "the set must exercise the combination");
        assert_eq!(keys(&f.apply(&tickets)), want);
        for t in f.apply(&tickets) {
            assert!(f.matches(t));
        }
    }

    #[test]
    fn filters_json_has_every_key_in_a_fixed_order() {
        let f = Filters {
            projects: vec!["ALPHA".into()],
            due_from: Some(date(2026, 11, 1)),
            ignored_keys: HashSet::from(["A-1".to_string()]),
            time_zone: TimeZoneSpec::Utc,
            ..Filters::default()
        };
        let v = f.to_json();
        let keys: Vec<&str> = v
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys[..3], ["projects", "boards", "assignees"]);
        assert_eq!(keys.len(), 24);
        assert_eq!(v["due_from"], "2026-11-01");
        assert_eq!(v["due_to"], Value::Null);
        assert_eq!(v["ignored_tickets"], 1);
        assert_eq!(v["time_zone"], "UTC");
    }

    #[test]
    fn dates_parse_in_iso_form() {
        assert_eq!(
            parse_date_arg("2026-02-28", today()).expect("valid"),
            date(2026, 2, 28)
        );
    }

    #[test]
    fn relative_words_are_relative_to_today() {
        assert_eq!(parse_date_arg("today", today()).expect("ok"), today());
        assert_eq!(
            parse_date_arg("Yesterday", today()).expect("ok"),
            date(2026, 11, 24)
        );
        assert_eq!(
            parse_date_arg("tomorrow", today()).expect("ok"),
            date(2026, 11, 26)
        );
    }

    #[test]
    fn signed_offsets_move_by_days_weeks_and_months() {
        assert_eq!(
            parse_date_arg("-7d", today()).expect("ok"),
            date(2026, 11, 18)
        );
        assert_eq!(
            parse_date_arg("+2w", today()).expect("ok"),
            date(2026, 12, 9)
        );
        assert_eq!(
            parse_date_arg("-1m", today()).expect("ok"),
            date(2026, 10, 25)
        );
        assert_eq!(parse_date_arg("+0d", today()).expect("ok"), today());
        // A shorter month clamps to its last day.
        assert_eq!(
            parse_date_arg("-1m", date(2026, 3, 31)).expect("ok"),
            date(2026, 2, 28)
        );
    }

    #[test]
    fn invalid_dates_are_usage_errors_with_the_accepted_forms() {
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "26-11-25",
            "2026-1-5",
            "25/11/2026",
            "7d",
            "-7",
            "-d",
            "+2y",
            "-x7d",
            "next week",
            "",
            "-99999999999d",
        ] {
            let err = parse_date_arg(bad, today()).expect_err(bad);
            assert_eq!(err.kind(), ErrorKind::Usage, "{bad}");
            assert_eq!(
                err.message(),
                format!("invalid date '{bad}': use YYYY-MM-DD, today, -7d or +2w")
            );
        }
    }

    #[test]
    fn from_after_to_is_a_usage_error_naming_both_flags() {
        let f = Filters {
            due_from: Some(date(2026, 12, 1)),
            due_to: Some(date(2026, 11, 1)),
            ..Filters::default()
        };
        let err = f.validate().expect_err("from > to");
        assert_eq!(err.kind(), ErrorKind::Usage);
        assert_eq!(
            err.message(),
            "--due-from 2026-12-01 is after --due-to 2026-11-01"
        );
        let same_day = Filters {
            created_from: Some(today()),
            created_to: Some(today()),
            ..Filters::default()
        };
        assert!(same_day.validate().is_ok());
    }

    #[test]
    fn points_min_above_max_is_a_usage_error() {
        let f = Filters {
            points_min: Some(8.0),
            points_max: Some(3.0),
            ..Filters::default()
        };
        assert_eq!(
            f.validate().expect_err("min > max").kind(),
            ErrorKind::Usage
        );
    }
}
