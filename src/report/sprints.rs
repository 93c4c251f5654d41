//! Sprint metrics from the synced histories, as Jira's Velocity Chart and Sprint Report define
//! them. Every question is "what was true at this instant": an issue's sprints, estimate and
//! status at a time are replayed from its changelog (before its first change of a field, the
//! field held that change's `from`; with no change, it always held its current value).
//!
//! - **commitment** (of a sprint): the estimates, at sprint start, of the issues in the sprint at
//!   its start that were not already done then; later re-estimates do not change it.
//! - **completed**: the estimates, at sprint end, of the issues in the sprint at its end that were
//!   done then (the board's last column; without a column mapping, the Done category) and not
//!   done at its start; issues added mid-sprint count here, never in the commitment.
//! - the end is the sprint's complete date (else its planned end); an active sprint ends now.

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use super::dashboard::points;
use crate::model::{
    BoardInfo, Change, IssueHistory, SprintIds, SprintInfo, SprintState, StatusCategory, Ticket,
};
use crate::output::{Column, ColumnKind, Report, Section};

/// One ticket and its history, asked about instants.
#[derive(Debug, Clone, Copy)]
pub struct Timeline<'a> {
    pub ticket: &'a Ticket,
    pub history: Option<&'a IssueHistory>,
}

impl<'a> Timeline<'a> {
    fn events(&self) -> impl Iterator<Item = &'a crate::model::Event> {
        self.history.into_iter().flat_map(|h| h.events.iter())
    }

    /// The sprint ids the issue was in at `at`.
    pub fn sprints_at(&self, at: DateTime<Utc>) -> SprintIds {
        let mut value: Option<&SprintIds> = None;
        let mut first_from: Option<&SprintIds> = None;
        for e in self.events() {
            if let Change::Sprint { from, to } = &e.change {
                if first_from.is_none() {
                    first_from = Some(from);
                }
                if e.at <= at {
                    value = Some(to);
                }
            }
        }
        match value.or(first_from) {
            Some(ids) => ids.clone(),
            None => self.ticket.sprints.iter().map(|s| s.id).collect(),
        }
    }

    /// The estimate at `at`.
    pub fn points_at(&self, at: DateTime<Utc>) -> Option<f64> {
        let mut value: Option<Option<f64>> = None;
        let mut first_from: Option<Option<f64>> = None;
        for e in self.events() {
            if let Change::Points { from, to } = &e.change {
                if first_from.is_none() {
                    first_from = Some(*from);
                }
                if e.at <= at {
                    value = Some(*to);
                }
            }
        }
        value.or(first_from).unwrap_or(self.ticket.story_points)
    }

    /// The status (name and category) at `at`.
    pub fn status_at(&self, at: DateTime<Utc>) -> (&'a str, StatusCategory) {
        let mut value: Option<(&'a str, StatusCategory)> = None;
        let mut first_from: Option<(&'a str, StatusCategory)> = None;
        for e in self.events() {
            if let Change::Status {
                from,
                to,
                from_category,
                to_category,
            } = &e.change
            {
                if first_from.is_none() {
                    first_from = Some((from.as_deref().unwrap_or_default(), *from_category));
                }
                if e.at <= at {
                    value = Some((to.as_str(), *to_category));
                }
            }
        }
        value
            .or(first_from)
            .unwrap_or((self.ticket.status.as_str(), self.ticket.status_category))
    }

    /// Done at `at` as the board sees it: in its last column, or (without a mapping) in the
    /// Done category.
    pub fn done_at(&self, at: DateTime<Utc>, board: &BoardInfo) -> bool {
        let (name, category) = self.status_at(at);
        let done = board.done_statuses();
        if done.is_empty() {
            category == StatusCategory::Done
        } else {
            done.iter().any(|d| d.eq_ignore_ascii_case(name))
        }
    }

    fn created_by(&self, at: DateTime<Utc>) -> bool {
        self.ticket.created <= at
    }
}

/// When a sprint's numbers are taken: its start, and its end (complete date, else planned end;
/// `now` for an active sprint).
pub fn sprint_window(s: &SprintInfo, now: DateTime<Utc>) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let start = s.start?;
    let end = match s.state {
        SprintState::Active => now,
        _ => s.complete.or(s.end)?,
    };
    Some((start, end))
}

/// A sprint's Sprint Report buckets; each holds issue keys and the points counted for them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SprintBuckets {
    /// In the sprint at start, not done then: (key, estimate at start).
    pub committed: Vec<(String, Option<f64>)>,
    /// In the sprint at end, done then, not done at start: (key, estimate at end).
    pub completed: Vec<(String, Option<f64>)>,
    /// In the sprint at end, not done then.
    pub not_completed: Vec<(String, Option<f64>)>,
    /// In the sprint at some time during it, out of it at the end (punted).
    pub removed: Vec<(String, Option<f64>)>,
    /// In the sprint at end and done, but already done at its start (added done, or left in).
    pub completed_outside: Vec<(String, Option<f64>)>,
    /// Joined after the start (they appear in the other buckets too).
    pub added_after_start: Vec<(String, Option<f64>)>,
}

/// The Sprint Report of sprint `s` on `board`.
pub fn sprint_buckets(
    s: &SprintInfo,
    board: &BoardInfo,
    timelines: &[Timeline<'_>],
    now: DateTime<Utc>,
) -> Option<SprintBuckets> {
    let (start, end) = sprint_window(s, now)?;
    let mut out = SprintBuckets::default();
    for tl in timelines {
        let key = tl.ticket.key.clone();
        let at_start = tl.created_by(start) && tl.sprints_at(start).contains(&s.id);
        let at_end = tl.created_by(end) && tl.sprints_at(end).contains(&s.id);
        // Ever in the sprint between start and end: at the start, at the end, or through a change.
        let during = at_start
            || at_end
            || tl.events().any(|e| {
                e.at > start
                    && e.at <= end
                    && matches!(&e.change, Change::Sprint { to, from } if to.contains(&s.id) || from.contains(&s.id))
            });
        if !during {
            continue;
        }
        let done_start = tl.done_at(start, board);
        if at_start && !done_start {
            out.committed.push((key.clone(), tl.points_at(start)));
        }
        if !at_start {
            out.added_after_start.push((key.clone(), tl.points_at(end)));
        }
        if at_end {
            let done_end = tl.done_at(end, board);
            match (done_end, done_start) {
                (true, true) => out.completed_outside.push((key, tl.points_at(end))),
                (true, false) => out.completed.push((key, tl.points_at(end))),
                (false, _) => out.not_completed.push((key, tl.points_at(end))),
            }
        } else {
            out.removed.push((key, tl.points_at(end)));
        }
    }
    for list in [
        &mut out.committed,
        &mut out.completed,
        &mut out.not_completed,
        &mut out.removed,
        &mut out.completed_outside,
        &mut out.added_after_start,
    ] {
        list.sort_by(|a, b| super::natural_cmp(&a.0, &b.0));
    }
    Some(out)
}

fn sum(list: &[(String, Option<f64>)]) -> f64 {
    list.iter().filter_map(|(_, p)| *p).sum()
}

/// `insights velocity`: commitment and completed per closed sprint, oldest first, the last `n`.
pub fn velocity_report(
    board: &BoardInfo,
    timelines: &[Timeline<'_>],
    now: DateTime<Utc>,
    n: usize,
) -> Report {
    let mut closed: Vec<&SprintInfo> = board
        .sprints
        .iter()
        .filter(|s| s.state == SprintState::Closed && s.start.is_some())
        .collect();
    closed.sort_by_key(|s| (s.start, s.id));
    let skip = closed.len().saturating_sub(n);
    let mut rows = Vec::new();
    let mut completed_total = 0.0;
    let mut counted = 0;
    for s in closed.into_iter().skip(skip) {
        let Some(b) = sprint_buckets(s, board, timelines, now) else {
            continue;
        };
        let (done_points, done_issues) = (sum(&b.completed), b.completed.len());
        completed_total += done_points;
        counted += 1;
        rows.push(vec![
            json!(s.id),
            json!(s.name),
            json!(s.start.map(|d| d.date_naive().to_string())),
            json!(sprint_window(s, now).map(|(_, e)| e.date_naive().to_string())),
            points(sum(&b.committed)),
            json!(b.committed.len()),
            points(done_points),
            json!(done_issues),
        ]);
    }
    let average = if counted == 0 {
        Value::Null
    } else {
        points((completed_total / counted as f64 * 10.0).round() / 10.0)
    };
    Report::new("insights_velocity")
        .with_meta("board", json!({"id": board.id, "name": board.name}))
        .with_meta("sprints", counted)
        .with_meta("average_completed_points", average)
        .with_section(Section::rows(
            "velocity",
            "Velocity",
            vec![
                Column::new("sprint_id", "Id", ColumnKind::Int).machine_only(),
                Column::text("sprint", "Sprint").fill(),
                Column::new("start", "Start", ColumnKind::Date),
                Column::new("end", "End", ColumnKind::Date),
                Column::new("committed_points", "Committed", ColumnKind::Float),
                Column::new("committed_issues", "Issues", ColumnKind::Int),
                Column::new("completed_points", "Completed", ColumnKind::Bar),
                Column::new("completed_issues", "Issues done", ColumnKind::Int),
            ],
            rows,
        ))
}

/// `insights sprint`: the Sprint Report of one sprint.
pub fn sprint_report(board: &BoardInfo, sprint: &SprintInfo, b: &SprintBuckets) -> Report {
    let added: std::collections::HashSet<&str> = b
        .added_after_start
        .iter()
        .map(|(k, _)| k.as_str())
        .collect();
    let mut rows = Vec::new();
    for (bucket, list) in [
        ("completed", &b.completed),
        ("not_completed", &b.not_completed),
        ("removed", &b.removed),
        ("completed_outside", &b.completed_outside),
    ] {
        for (key, p) in list {
            rows.push(vec![
                json!(bucket),
                json!(key),
                p.map_or(Value::Null, points),
                json!(added.contains(key.as_str())),
            ]);
        }
    }
    let count = |l: &Vec<(String, Option<f64>)>| json!(l.len());
    Report::new("insights_sprint")
        .with_meta("board", json!({"id": board.id, "name": board.name}))
        .with_meta(
            "sprint",
            json!({"id": sprint.id, "name": sprint.name, "state": sprint.state.as_str(),
                   "start": sprint.start.map(crate::output::rfc3339),
                   "end": sprint.end.map(crate::output::rfc3339),
                   "complete": sprint.complete.map(crate::output::rfc3339)}),
        )
        .with_section(Section::record(
            "summary",
            "Sprint",
            vec![
                (
                    Column::new("committed_points", "Committed points", ColumnKind::Float),
                    points(sum(&b.committed)),
                ),
                (
                    Column::new("committed_issues", "Committed issues", ColumnKind::Int),
                    count(&b.committed),
                ),
                (
                    Column::new("completed_points", "Completed points", ColumnKind::Float),
                    points(sum(&b.completed)),
                ),
                (
                    Column::new("completed_issues", "Completed issues", ColumnKind::Int),
                    count(&b.completed),
                ),
                (
                    Column::new("not_completed_issues", "Not completed", ColumnKind::Int),
                    count(&b.not_completed),
                ),
                (
                    Column::new("removed_issues", "Removed", ColumnKind::Int),
                    count(&b.removed),
                ),
                (
                    Column::new(
                        "completed_outside_issues",
                        "Completed outside the sprint",
                        ColumnKind::Int,
                    ),
                    count(&b.completed_outside),
                ),
                (
                    Column::new(
                        "added_after_start_issues",
                        "Added after start",
                        ColumnKind::Int,
                    ),
                    count(&b.added_after_start),
                ),
            ],
        ))
        .with_section(Section::rows(
            "issues",
            "Issues",
            vec![
                Column::text("bucket", "Bucket"),
                Column::text("key", "Key").keep(),
                Column::new("points", "Points", ColumnKind::Float),
                Column::new("added_after_start", "Added", ColumnKind::Bool),
            ],
            rows,
        ))
}
