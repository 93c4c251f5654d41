//! Flow over time, from the synced histories: burndown of a sprint, burnup, cumulative flow,
//! aging work in progress and created vs resolved. Pure; days are calendar days in the
//! report's zone, and "on day D" means at the end of D.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, Weekday};
use serde_json::{Value, json};

use super::dashboard::points;
use super::insights::{DoneItem, PERCENTILES, Period, percentile, period_start};
use super::metrics::TimeZoneSpec;
use super::sprints::{Timeline, sprint_window};
use crate::model::{BoardInfo, Change, SprintInfo, StatusCategory};
use crate::output::{Column, ColumnKind, Report, Section};

/// Every day from `from` to `to`, inclusive.
pub fn days(from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    from.iter_days().take_while(|d| *d <= to).collect()
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// One issue's status on each of `days` (`None` before it was created), in one pass over its
/// status changes: the status after the last change dated on or before the day.
pub fn status_by_day<'a>(
    tl: &Timeline<'a>,
    tz: &TimeZoneSpec,
    days: &[NaiveDate],
) -> Vec<Option<(&'a str, StatusCategory)>> {
    let moves: Vec<(NaiveDate, &'a str, StatusCategory)> = tl
        .history
        .into_iter()
        .flat_map(|h| h.events.iter())
        .filter_map(|e| match &e.change {
            Change::Status {
                to, to_category, ..
            } => Some((tz.date_of(e.at), to.as_str(), *to_category)),
            _ => None,
        })
        .collect();
    // Before the first move the issue was in that move's old status; never moved, its current.
    let first = tl
        .history
        .into_iter()
        .flat_map(|h| h.events.iter())
        .find_map(|e| match &e.change {
            Change::Status {
                from,
                from_category,
                ..
            } => Some((from.as_deref().unwrap_or_default(), *from_category)),
            _ => None,
        });
    let mut current = first.unwrap_or((tl.ticket.status.as_str(), tl.ticket.status_category));
    let created = tz.date_of(tl.ticket.created);
    let mut next = 0;
    days.iter()
        .map(|d| {
            while next < moves.len() && moves[next].0 <= *d {
                current = (moves[next].1, moves[next].2);
                next += 1;
            }
            (created <= *d).then_some(current)
        })
        .collect()
}

/// `insights burndown`: the sprint's remaining estimate at its start and at the end of each day
/// until it closed (past its planned end if it ran over), the ideal line from the commitment to
/// zero at the planned end, and every scope change with its issue.
pub fn burndown_report(
    board: &BoardInfo,
    sprint: &SprintInfo,
    timelines: &[Timeline<'_>],
    tz: &TimeZoneSpec,
    now: chrono::DateTime<chrono::Utc>,
    calendar_days: bool,
) -> Option<Report> {
    let (start, end) = sprint_window(sprint, now)?;
    let planned_end = sprint.end.unwrap_or(end);
    let remaining_at = |at| {
        timelines
            .iter()
            .filter(|tl| tl.ticket.created <= at && tl.sprints_at(at).contains(&sprint.id))
            .filter(|tl| !tl.done_at(at, board))
            .filter_map(|tl| tl.points_at(at))
            .sum::<f64>()
    };
    let commitment = remaining_at(start);
    let (first_day, last_day, planned_last) =
        (tz.date_of(start), tz.date_of(end), tz.date_of(planned_end));
    let counted = |d: &NaiveDate| calendar_days || !is_weekend(*d);
    let ideal_days: Vec<NaiveDate> = days(first_day, planned_last)
        .into_iter()
        .filter(counted)
        .collect();
    let ideal_steps = ideal_days.len().max(1) as f64;
    let mut rows = vec![vec![
        json!("start"),
        json!(crate::output::rfc3339(start)),
        points(commitment),
        points(commitment),
    ]];
    let mut worked = 0.0;
    for d in days(first_day, last_day).into_iter().filter(counted) {
        worked += 1.0;
        let at = tz.end_of_day(d).min(end);
        let ideal = (commitment * (1.0 - (worked / ideal_steps)).max(0.0) * 10.0).round() / 10.0;
        rows.push(vec![
            json!("day"),
            json!(d.to_string()),
            points((remaining_at(at) * 10.0).round() / 10.0),
            points(ideal),
        ]);
    }
    // Scope changes while the sprint ran: added, removed, re-estimated.
    let mut changes = Vec::new();
    for tl in timelines {
        for e in tl.history.into_iter().flat_map(|h| h.events.iter()) {
            if e.at <= start || e.at > end {
                continue;
            }
            match &e.change {
                Change::Sprint { from, to }
                    if to.contains(&sprint.id) != from.contains(&sprint.id) =>
                {
                    let added = to.contains(&sprint.id);
                    changes.push((
                        e.at,
                        if added { "added" } else { "removed" },
                        tl.ticket.key.clone(),
                        Value::Null,
                        tl.points_at(e.at).map_or(Value::Null, points),
                    ));
                }
                Change::Points { from, to } if tl.sprints_at(e.at).contains(&sprint.id) => {
                    changes.push((
                        e.at,
                        "re-estimated",
                        tl.ticket.key.clone(),
                        from.map_or(Value::Null, points),
                        to.map_or(Value::Null, points),
                    ));
                }
                _ => {}
            }
        }
    }
    changes.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.2.cmp(&b.2)));
    Some(
        Report::new("insights_burndown")
            .with_meta("board", json!({"id": board.id, "name": board.name}))
            .with_meta(
                "sprint",
                json!({"id": sprint.id, "name": sprint.name, "state": sprint.state.as_str()}),
            )
            .with_meta("commitment", points(commitment))
            .with_meta("calendar_days", calendar_days)
            .with_section(Section::rows(
                "burndown",
                "Burndown",
                vec![
                    Column::text("at", "At").machine_only(),
                    Column::text("date", "Date"),
                    Column::new("remaining_points", "Remaining", ColumnKind::Bar),
                    Column::new("ideal_points", "Ideal", ColumnKind::Float),
                ],
                rows,
            ))
            .with_section(Section::rows(
                "scope_changes",
                "Scope changes",
                vec![
                    Column::new("at", "At", ColumnKind::DateTime),
                    Column::text("change", "Change"),
                    Column::text("key", "Key").keep(),
                    Column::new("from_points", "From", ColumnKind::Float),
                    Column::new("points", "Points", ColumnKind::Float),
                ],
                changes
                    .into_iter()
                    .map(|(at, kind, key, from, to)| {
                        vec![
                            json!(crate::output::rfc3339(at)),
                            json!(kind),
                            json!(key),
                            from,
                            to,
                        ]
                    })
                    .collect(),
            )),
    )
}

/// `insights flow`: per day, how many issues were in each status (or category), columns in
/// the board's order when a board is given, else by category then name.
pub fn flow_report(
    timelines: &[Timeline<'_>],
    tz: &TimeZoneSpec,
    from: NaiveDate,
    to: NaiveDate,
    by_category: bool,
    board: Option<&BoardInfo>,
) -> Report {
    let all_days = days(from, to);
    // Keyed by borrowed names: 100k issues × 90 days make no string each.
    let mut counts: HashMap<&str, Vec<u64>> = HashMap::new();
    let mut category_of: HashMap<&str, StatusCategory> = HashMap::new();
    for tl in timelines {
        for (i, state) in status_by_day(tl, tz, &all_days).into_iter().enumerate() {
            let Some((status, category)) = state else {
                continue;
            };
            let name = if by_category {
                super::metrics::category_name(category)
            } else {
                status
            };
            category_of.entry(name).or_insert(category);
            counts
                .entry(name)
                .or_insert_with(|| vec![0; all_days.len()])[i] += 1;
        }
    }
    let rank = |name: &str| -> (usize, u8, String) {
        let column = board.and_then(|b| {
            b.columns
                .iter()
                .position(|c| c.statuses.iter().any(|s| s.eq_ignore_ascii_case(name)))
        });
        let cat = match category_of.get(name) {
            Some(StatusCategory::ToDo) => 0,
            Some(StatusCategory::InProgress) => 1,
            Some(StatusCategory::Done) => 2,
            _ => 3,
        };
        (column.unwrap_or(usize::MAX), cat, name.to_lowercase())
    };
    let mut names: Vec<&str> = counts.keys().copied().collect();
    // The name last: names equal but for case still come in one order.
    names.sort_by_key(|n| (rank(n), *n));
    let mut columns = vec![Column::new("date", "Date", ColumnKind::Date)];
    columns.extend(names.iter().map(|n| Column::new(n, n, ColumnKind::Int)));
    let rows = all_days
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let mut row = vec![json!(d.to_string())];
            row.extend(names.iter().map(|n| json!(counts[*n][i])));
            row
        })
        .collect();
    Report::new("insights_flow")
        .with_meta("from", from.to_string())
        .with_meta("to", to.to_string())
        .with_meta("by", if by_category { "category" } else { "status" })
        .with_meta("series", names.clone())
        .with_section(Section::rows("flow", "Cumulative flow", columns, rows))
}

/// `insights burnup`: per day, the issues that exist (scope) and those done (count, or
/// estimates with `points`).
pub fn burnup_report(
    timelines: &[Timeline<'_>],
    tz: &TimeZoneSpec,
    from: NaiveDate,
    to: NaiveDate,
    by_points: bool,
) -> Report {
    let all_days = days(from, to);
    let mut scope = vec![0.0; all_days.len()];
    let mut done = vec![0.0; all_days.len()];
    for tl in timelines {
        let weight = if by_points {
            tl.ticket.story_points.unwrap_or(0.0)
        } else {
            1.0
        };
        for (i, state) in status_by_day(tl, tz, &all_days).into_iter().enumerate() {
            let Some((_, category)) = state else { continue };
            scope[i] += weight;
            if category == StatusCategory::Done {
                done[i] += weight;
            }
        }
    }
    let unit = if by_points { "points" } else { "issues" };
    Report::new("insights_burnup")
        .with_meta("from", from.to_string())
        .with_meta("to", to.to_string())
        .with_meta("unit", unit)
        .with_section(Section::rows(
            "burnup",
            "Burnup",
            vec![
                Column::new("date", "Date", ColumnKind::Date),
                Column::new("scope", "Scope", ColumnKind::Float),
                Column::new("done", "Done", ColumnKind::Bar),
            ],
            all_days
                .iter()
                .enumerate()
                .map(|(i, d)| vec![json!(d.to_string()), points(scope[i]), points(done[i])])
                .collect(),
        ))
}

/// `insights created-vs-resolved`: per period, issues created and issues done (by the done
/// definition), optionally cumulative from the first period.
pub fn created_vs_resolved_report(
    timelines: &[Timeline<'_>],
    done: &[DoneItem],
    tz: &TimeZoneSpec,
    per: Period,
    from: NaiveDate,
    to: NaiveDate,
    cumulative: bool,
) -> Report {
    let periods = super::insights::periods(from, to, per);
    let index: HashMap<NaiveDate, usize> =
        periods.iter().enumerate().map(|(i, p)| (*p, i)).collect();
    let mut created = vec![0u64; periods.len()];
    let mut resolved = vec![0u64; periods.len()];
    for tl in timelines {
        let c = tz.date_of(tl.ticket.created);
        if c >= from && c <= to {
            created[index[&period_start(c, per)]] += 1;
        }
    }
    for d in done {
        resolved[index[&period_start(d.done, per)]] += 1;
    }
    if cumulative {
        for i in 1..periods.len() {
            created[i] += created[i - 1];
            resolved[i] += resolved[i - 1];
        }
    }
    Report::new("insights_created_vs_resolved")
        .with_meta("from", from.to_string())
        .with_meta("to", to.to_string())
        .with_meta("per", per.as_str())
        .with_meta("cumulative", cumulative)
        .with_section(Section::rows(
            "created_vs_resolved",
            "Created vs resolved",
            vec![
                Column::new("period_start", "From", ColumnKind::Date),
                Column::new("created", "Created", ColumnKind::Int),
                Column::new("resolved", "Resolved", ColumnKind::Int),
                Column::new("difference", "Created − resolved", ColumnKind::Int),
            ],
            periods
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    vec![
                        json!(p.to_string()),
                        json!(created[i]),
                        json!(resolved[i]),
                        json!(created[i] as i64 - resolved[i] as i64),
                    ]
                })
                .collect(),
        ))
}

/// `insights aging`: issues in progress now, with their age (today − started + 1), oldest
/// first, against the cycle-time percentiles of the issues done in the range.
pub fn aging_report(
    timelines: &[Timeline<'_>],
    done: &[DoneItem],
    tz: &TimeZoneSpec,
    today: NaiveDate,
) -> Report {
    let mut cycle: Vec<i64> = done.iter().filter_map(DoneItem::cycle_days).collect();
    cycle.sort_unstable();
    let marks: Vec<(u32, i64)> = if cycle.is_empty() {
        Vec::new()
    } else {
        PERCENTILES
            .iter()
            .map(|p| (*p, percentile(&cycle, *p)))
            .collect()
    };
    let mut wip = Vec::new();
    for tl in timelines
        .iter()
        .filter(|tl| tl.ticket.status_category == StatusCategory::InProgress)
    {
        let started = tl
            .history
            .and_then(|h| {
                h.status_moves()
                    .find(|(_, _, to)| *to == StatusCategory::InProgress)
                    .map(|(at, _, _)| tz.date_of(at))
            })
            .unwrap_or_else(|| tz.date_of(tl.ticket.created));
        let age = (today - started).num_days().max(0) + 1;
        let exceeded = marks
            .iter()
            .rev()
            .find(|(_, days)| age > *days)
            .map(|(p, _)| format!("p{p}"));
        wip.push((
            age,
            tl.ticket.key.clone(),
            tl.ticket.status.clone(),
            started,
            exceeded,
            tl.ticket.summary.clone(),
        ));
    }
    wip.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| super::natural_cmp(&a.1, &b.1)));
    let mut summary: Vec<(Column, Value)> = vec![(
        Column::new("in_progress", "In progress", ColumnKind::Int),
        json!(wip.len()),
    )];
    summary.extend(marks.iter().map(|(p, d)| {
        (
            Column::new(
                &format!("p{p}_days"),
                &format!("Cycle time p{p} (days)"),
                ColumnKind::Int,
            ),
            json!(d),
        )
    }));
    Report::new("insights_aging")
        .with_meta("today", today.to_string())
        .with_section(Section::record(
            "summary",
            "Aging work in progress",
            summary,
        ))
        .with_section(Section::rows(
            "aging",
            "In progress",
            vec![
                Column::text("key", "Key").keep(),
                Column::text("status", "Status"),
                Column::new("started", "Started", ColumnKind::Date),
                Column::new("age_days", "Age", ColumnKind::Int).alert_above(
                    marks
                        .iter()
                        .find(|(p, _)| *p == 85)
                        .map_or(f64::MAX, |(_, d)| *d as f64),
                ),
                Column::text("exceeds", "Exceeds"),
                Column::text("summary", "Summary").fill(),
            ],
            wip.into_iter()
                .map(|(age, key, status, started, exceeded, summary)| {
                    vec![
                        json!(key),
                        json!(status),
                        json!(started.to_string()),
                        json!(age),
                        json!(exceeded),
                        json!(summary),
                    ]
                })
                .collect(),
        ))
}
