//! `jirahub insights <report>`: flow metrics from the synced tickets and their histories.
//! Reports never ask Jira for history: `sync` keeps it (see `sync::history`).

use std::collections::HashMap;

use super::data::{self, Freshness};
use crate::cli::{InsightArgs, InsightsCommand};
use crate::context::Context;
use crate::model::{BoardInfo, IssueHistory, SprintInfo, SprintState};
use crate::output::{Format, Report};
use crate::report::sprints::Timeline;

/// Rows of the per-issue lists a table shows.
const ISSUE_ROWS_FOR_PEOPLE: usize = 20;
use crate::report;
use crate::report::insights::{self, ForecastQuestion};
use crate::report::{Filters, TimeZoneSpec, parse_date_arg, today_in};
use crate::{Error, Result};
use chrono::{Days, NaiveDate};

pub async fn run(ctx: &Context, cmd: InsightsCommand) -> Result<Report> {
    let common = cmd.common();
    let now = ctx.now();
    let tz = TimeZoneSpec::parse(&common.tz, || ctx.local_zone())?;
    let today = today_in(now, &tz);
    let to = date_or(&common.to, today, today)?;
    let from = date_or(&common.from, today, today - Days::new(90))?;
    if from > to {
        return Err(Error::usage(format!("--from {from} is after --to {to}")));
    }
    let loaded = load(ctx, common, tz).await?;
    let histories: HashMap<&str, &IssueHistory> = loaded
        .histories
        .iter()
        .map(|h| (h.key.as_str(), h))
        .collect();
    let matched = loaded.filters.apply(&loaded.tickets);
    if loaded.histories.is_empty() && !loaded.tickets.is_empty() {
        ctx.warn(
            "no issue histories are synced yet: run `jirahub sync` (insights need the changelogs)",
        );
    }
    Ok(match cmd {
        InsightsCommand::CycleTime(_) => {
            let items = insights::done_items(&matched, &histories, &tz, from, to);
            let mut report = insights::cycle_time_report(&items, from, to);
            if matches!(ctx.output.format, Format::Table | Format::Markdown) {
                // People get the slowest first few; scripts get every issue.
                report.cut_rows("issues", ISSUE_ROWS_FOR_PEOPLE);
                report.cut_rows("never_started", ISSUE_ROWS_FOR_PEOPLE);
            }
            report
        }
        InsightsCommand::Throughput { per, .. } => {
            let items = insights::done_items(&matched, &histories, &tz, from, to);
            insights::throughput_report(&items, per, from, to)
        }
        InsightsCommand::Velocity { board, sprints, .. } => {
            let board = find_board(&loaded.boards, board)?;
            let timelines = timelines(&matched, &histories);
            report::sprints::velocity_report(board, &timelines, now, sprints.max(1))
        }
        InsightsCommand::Sprint { board, sprint, .. } => {
            let board = find_board(&loaded.boards, board)?;
            let chosen = find_sprint(board, &sprint)?;
            let timelines = timelines(&matched, &histories);
            let buckets = report::sprints::sprint_buckets(chosen, board, &timelines, now)
                .ok_or_else(|| Error::not_found(format!("sprint {} has not started", chosen.id)))?;
            report::sprints::sprint_report(board, chosen, &buckets)
        }
        InsightsCommand::Burndown {
            board,
            sprint,
            calendar_days,
            ..
        } => {
            let board = find_board(&loaded.boards, board)?;
            let chosen = find_sprint(board, &sprint)?;
            let timelines = timelines(&matched, &histories);
            report::flow::burndown_report(board, chosen, &timelines, &tz, now, calendar_days)
                .ok_or_else(|| Error::not_found(format!("sprint {} has not started", chosen.id)))?
        }
        InsightsCommand::Burnup { points, .. } => {
            let timelines = timelines(&matched, &histories);
            report::flow::burnup_report(&timelines, &tz, from, to, points)
        }
        InsightsCommand::Flow { by, board, .. } => {
            let board = board.map(|id| find_board(&loaded.boards, id)).transpose()?;
            let timelines = timelines(&matched, &histories);
            report::flow::flow_report(
                &timelines,
                &tz,
                from,
                to,
                by == crate::cli::FlowBy::Category,
                board,
            )
        }
        InsightsCommand::Aging(_) => {
            let timelines = timelines(&matched, &histories);
            let done = insights::done_items(&matched, &histories, &tz, from, to);
            let mut report = report::flow::aging_report(&timelines, &done, &tz, today);
            if matches!(ctx.output.format, Format::Table | Format::Markdown) {
                report.cut_rows("aging", ISSUE_ROWS_FOR_PEOPLE);
            }
            report
        }
        InsightsCommand::CreatedVsResolved {
            per, cumulative, ..
        } => {
            let timelines = timelines(&matched, &histories);
            let done = insights::done_items(&matched, &histories, &tz, from, to);
            report::flow::created_vs_resolved_report(
                &timelines, &done, &tz, per, from, to, cumulative,
            )
        }
        InsightsCommand::Forecast {
            items,
            until,
            window,
            trials,
            seed,
            ..
        } => {
            if window == 0 || trials == 0 {
                return Err(Error::usage("--window and --trials must be at least 1"));
            }
            let question = match (items, until) {
                (Some(n), _) => ForecastQuestion::Items(n),
                (None, Some(d)) => {
                    let until = parse_date_arg(&d, today)?;
                    if until <= today {
                        return Err(Error::usage(format!(
                            "--until {until} is not after today ({today})"
                        )));
                    }
                    ForecastQuestion::Until(until)
                }
                (None, None) => return Err(Error::usage("give --items N or --until DATE")),
            };
            // The window ends yesterday: today is not over.
            let window_to = today - Days::new(1);
            let window_from = today - Days::new(window as u64);
            let done = insights::done_items(&matched, &histories, &tz, window_from, window_to);
            let daily = insights::daily_throughput(&done, window_from, window_to);
            if daily.iter().all(|n| *n == 0) {
                ctx.warn(format!(
                    "nothing was done in the {window} days before today: the forecast has no throughput to draw from"
                ));
            }
            insights::forecast_report(
                &daily,
                question,
                today,
                trials,
                seed,
                (window_from, window_to),
            )
        }
    })
}

struct Loaded {
    tickets: Vec<crate::model::Ticket>,
    histories: Vec<IssueHistory>,
    boards: Vec<BoardInfo>,
    filters: Filters,
}

fn timelines<'a>(
    tickets: &[&'a crate::model::Ticket],
    histories: &HashMap<&str, &'a IssueHistory>,
) -> Vec<Timeline<'a>> {
    tickets
        .iter()
        .map(|t| Timeline {
            ticket: t,
            history: histories.get(t.key.as_str()).copied(),
        })
        .collect()
}

fn find_board(boards: &[BoardInfo], id: u64) -> Result<&BoardInfo> {
    boards.iter().find(|b| b.id == id).ok_or_else(|| {
        let known: Vec<String> = boards
            .iter()
            .map(|b| format!("{} ({})", b.id, b.name))
            .collect();
        Error::not_found(format!("no synced board {id}")).with_hint(if known.is_empty() {
            "run `jirahub sync` (boards and sprints come with it)".to_string()
        } else {
            format!("synced boards: {}", known.join(", "))
        })
    })
}

/// `--sprint ID|active|last`.
fn find_sprint<'b>(board: &'b BoardInfo, wanted: &str) -> Result<&'b SprintInfo> {
    let wanted = wanted.trim().to_lowercase();
    let found = match wanted.as_str() {
        "active" => board
            .sprints
            .iter()
            .find(|s| s.state == SprintState::Active),
        "last" => board
            .sprints
            .iter()
            .filter(|s| s.state == SprintState::Closed)
            .max_by_key(|s| (s.complete.or(s.end), s.id)),
        id => {
            let id: u64 = id.parse().map_err(|_| {
                Error::usage(format!(
                    "--sprint {}: use an id, active or last",
                    crate::validate::shown(id)
                ))
            })?;
            board.sprints.iter().find(|s| s.id == id)
        }
    };
    found.ok_or_else(|| {
        Error::not_found(format!("board {} has no {wanted} sprint", board.id)).with_hint(
            "`--sprint last` is the last closed one; ids are in `insights velocity -o json`",
        )
    })
}

async fn load(ctx: &Context, common: &InsightArgs, tz: TimeZoneSpec) -> Result<Loaded> {
    let scope = data::scope(ctx, &common.projects)?;
    let freshness = if common.offline {
        Freshness::Offline
    } else {
        Freshness::Auto
    };
    let dataset = data::load(ctx, &scope, freshness).await?;
    let projects: Vec<String> = scope.projects.iter().map(|p| p.key.clone()).collect();
    let cache = ctx.cache().await?;
    let ns = data::namespace(ctx)?;
    let (histories, boards) =
        crate::sync::history::load_insight_data(cache, &ns, &projects).await?;
    let mut filters = Filters {
        projects: crate::validate::project_keys(&common.projects)?,
        assignees: common.assignees.clone(),
        types: common.types.clone(),
        time_zone: tz,
        ..Filters::default()
    };
    if ctx.direct().is_none() {
        let me = ctx.connection()?.account_id;
        for a in filters.assignees.iter_mut() {
            if a.eq_ignore_ascii_case("me") {
                *a = me.clone();
            }
        }
        let user_id = ctx.user()?.user.id;
        let (keys, types) =
            ctx.db(|s| Ok((s.ignored_tickets(user_id)?, s.ignored_types(user_id)?)))?;
        filters.ignored_keys = keys.into_iter().collect();
        filters.ignored_types = types;
    }
    for warning in crate::report::filter_check::unmatched_values(&filters, &dataset.tickets) {
        ctx.warn(warning);
    }
    Ok(Loaded {
        tickets: dataset.tickets,
        histories,
        boards,
        filters,
    })
}

fn date_or(value: &Option<String>, today: NaiveDate, default: NaiveDate) -> Result<NaiveDate> {
    match value {
        Some(v) => parse_date_arg(v, today),
        None => Ok(default),
    }
}
