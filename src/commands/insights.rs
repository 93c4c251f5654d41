//! `jirahub insights <report>`: flow metrics from the synced tickets and their histories.
//! Reports never ask Jira for history: `sync` keeps it (see `sync::history`).

use std::collections::HashMap;

use super::data::{self, Freshness};
use crate::cli::{InsightScope, InsightsCommand};
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
    let window = Window::new(ctx, &common.scope)?;
    // Sprint reports cover their sprints, not the date range.
    let dated = !matches!(
        cmd,
        InsightsCommand::Velocity { .. }
            | InsightsCommand::Sprint { .. }
            | InsightsCommand::Burndown { .. }
            | InsightsCommand::Forecast { .. }
    );
    let subtitle = window.subtitle(&common.scope, dated);
    let chart = common.chart.clone();
    // Sprint reports and flow read the board's sprints and columns, which any synced board
    // has; narrowing the others to its issues needs it selected.
    let any_board = matches!(
        cmd,
        InsightsCommand::Velocity { .. }
            | InsightsCommand::Sprint { .. }
            | InsightsCommand::Burndown { .. }
            | InsightsCommand::Flow { .. }
    );
    let with_worklogs = matches!(cmd, InsightsCommand::Time { .. });
    let loaded = load(ctx, &common.scope, window.tz, any_board, with_worklogs).await?;
    let view = loaded.view(ctx);
    let mut report = build(ctx, &view, &window, cmd)?;
    // The chart draws every issue; only the table is cut for people.
    let written = match chart {
        Some(path) => {
            let svg = crate::output::chart::render_svg(&report, &subtitle)?;
            std::fs::write(&path, svg).map_err(|e| {
                Error::usage(format!("cannot write the chart to {}: {e}", path.display()))
            })?;
            Some(path)
        }
        None => None,
    };
    if matches!(ctx.output.format, Format::Table | Format::Markdown) {
        cut_for_people(&mut report);
    }
    Ok(match written {
        Some(path) => report.with_message(format!("Chart written to {}.", path.display())),
        None => report,
    })
}

/// People get the slowest / oldest first few issues; scripts get every one.
pub(super) fn cut_for_people(report: &mut Report) {
    let long: &[&str] = match report.kind.as_str() {
        "insights_cycle_time" => &["issues", "never_started"],
        "insights_aging" => &["aging"],
        "insights_time" => &["time", "estimates"],
        _ => &[],
    };
    for name in long {
        let rows = if report.kind == "insights_time" {
            ISSUE_ROWS_FOR_PEOPLE * 2
        } else {
            ISSUE_ROWS_FOR_PEOPLE
        };
        report.cut_rows(name, rows);
    }
}

/// When a report is made and which days it covers, in its time zone.
pub(super) struct Window {
    pub now: chrono::DateTime<chrono::Utc>,
    pub tz: TimeZoneSpec,
    pub today: NaiveDate,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Window {
    /// `--from` (default 90 days ago) to `--to` (default today), checked before any I/O.
    pub fn new(ctx: &Context, scope: &InsightScope) -> Result<Window> {
        let now = ctx.now();
        let tz = TimeZoneSpec::parse(&scope.tz, || ctx.local_zone())?;
        let today = today_in(now, &tz);
        let to = date_or(&scope.to, today, today)?;
        let from = date_or(&scope.from, today, today - Days::new(90))?;
        if from > to {
            return Err(Error::usage(format!("--from {from} is after --to {to}")));
        }
        Ok(Window {
            now,
            tz,
            today,
            from,
            to,
        })
    }

    /// What a chart's subtitle says the report covers: projects, filters and dates.
    pub fn subtitle(&self, scope: &InsightScope, dated: bool) -> String {
        let mut parts = Vec::new();
        if !scope.projects.is_empty() {
            parts.push(scope.projects.join(", "));
        }
        if !scope.types.is_empty() {
            parts.push(format!("type {}", scope.types.join(", ")));
        }
        if !scope.assignees.is_empty() {
            parts.push(format!("assignee {}", scope.assignees.join(", ")));
        }
        if dated {
            parts.push(format!(
                "{} – {} ({})",
                self.from,
                self.to,
                zone_name(&self.tz)
            ));
        }
        parts.push(format!("made {}", crate::output::rfc3339(self.now)));
        parts.join(" · ")
    }
}

/// The zone a reader can look up: `local` named as what it resolved to.
fn zone_name(tz: &TimeZoneSpec) -> String {
    match tz {
        TimeZoneSpec::Local(crate::report::LocalZone::Named(zone)) => zone.name().to_string(),
        TimeZoneSpec::Local(crate::report::LocalZone::Fixed(offset)) => offset.to_string(),
        other => other.to_string(),
    }
}

/// The issues a report covers (after the filters) and their histories, by key.
pub(super) struct View<'a> {
    pub matched: Vec<&'a crate::model::Ticket>,
    pub histories: HashMap<&'a str, &'a IssueHistory>,
    pub boards: &'a [BoardInfo],
    pub worklogs: &'a crate::model::Worklogs,
    pub members: &'a HashMap<String, (Option<String>, Vec<String>)>,
}

impl View<'_> {
    pub fn timelines(&self) -> Vec<Timeline<'_>> {
        timelines(&self.matched, &self.histories)
    }

    pub fn done_items(
        &self,
        tz: &TimeZoneSpec,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Vec<insights::DoneItem> {
        insights::done_items(&self.matched, &self.histories, tz, from, to)
    }
}

pub(super) fn build(
    ctx: &Context,
    view: &View<'_>,
    window: &Window,
    cmd: InsightsCommand,
) -> Result<Report> {
    let Window {
        now,
        tz,
        today,
        from,
        to,
    } = *window;
    let board = cmd.common().scope.board;
    let sprint_board = || -> Result<&BoardInfo> {
        match board {
            Some(id) => find_board(view.boards, id),
            None => {
                Err(Error::usage("this report needs --board ID").with_hint(board_list(view.boards)))
            }
        }
    };
    Ok(match cmd {
        InsightsCommand::CycleTime(_) => {
            let items = view.done_items(&tz, from, to);
            insights::cycle_time_report(&items, from, to)
        }
        InsightsCommand::Throughput { per, .. } => {
            let items = view.done_items(&tz, from, to);
            insights::throughput_report(&items, per, from, to)
        }
        InsightsCommand::Velocity { sprints, .. } => {
            let board = sprint_board()?;
            let timelines = view.timelines();
            report::sprints::velocity_report(board, &timelines, now, sprints.max(1))
        }
        InsightsCommand::Sprint { sprint, .. } => {
            let board = sprint_board()?;
            let chosen = find_sprint(board, &sprint)?;
            let timelines = view.timelines();
            let buckets = report::sprints::sprint_buckets(chosen, board, &timelines, now)
                .ok_or_else(|| Error::not_found(format!("sprint {} has not started", chosen.id)))?;
            report::sprints::sprint_report(board, chosen, &buckets)
        }
        InsightsCommand::Burndown {
            sprint,
            calendar_days,
            ..
        } => {
            let board = sprint_board()?;
            let chosen = find_sprint(board, &sprint)?;
            let timelines = view.timelines();
            report::flow::burndown_report(board, chosen, &timelines, &tz, now, calendar_days)
                .ok_or_else(|| Error::not_found(format!("sprint {} has not started", chosen.id)))?
        }
        InsightsCommand::Burnup { points, .. } => {
            let timelines = view.timelines();
            report::flow::burnup_report(&timelines, &tz, from, to, points)
        }
        InsightsCommand::Flow { by, .. } => {
            let board = board.map(|id| find_board(view.boards, id)).transpose()?;
            let timelines = view.timelines();
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
            let timelines = view.timelines();
            let done = view.done_items(&tz, from, to);
            report::flow::aging_report(&timelines, &done, &tz, today)
        }
        InsightsCommand::CreatedVsResolved {
            per, cumulative, ..
        } => {
            let timelines = view.timelines();
            let done = view.done_items(&tz, from, to);
            report::flow::created_vs_resolved_report(
                &timelines, &done, &tz, per, from, to, cumulative,
            )
        }
        InsightsCommand::Time {
            per,
            by,
            capacity,
            rates,
            ..
        } => {
            let capacity = crate::report::time::CapacityPlan::parse(&capacity)?;
            let rates = match rates {
                Some(path) => {
                    let text = std::fs::read_to_string(&path).map_err(|e| {
                        Error::usage(format!("cannot read --rates {}: {e}", path.display()))
                    })?;
                    Some(crate::report::time::Rates::parse(&text)?)
                }
                None => None,
            };
            if !capacity.is_empty() && by != crate::report::time::TimeBy::Member {
                ctx.warn("--capacity applies to members: use it with --by member (the default)");
            }
            let (people, labels) = capacity.named();
            if !labels.is_empty() {
                let known: std::collections::BTreeSet<&str> = view
                    .members
                    .values()
                    .flat_map(|(_, labels)| labels.iter().map(String::as_str))
                    .collect();
                for w in crate::report::filter_check::unknown_names(
                    "--capacity label:",
                    &labels,
                    known.iter().copied(),
                    "is no member's team label",
                ) {
                    ctx.warn(w);
                }
            }
            if !people.is_empty() {
                // Worklog authors by name and account id, members by email.
                let known: std::collections::BTreeSet<&str> = view
                    .worklogs
                    .iter()
                    .flat_map(|w| [w.author_name.as_deref(), w.author.as_deref()])
                    .flatten()
                    .chain(
                        view.members
                            .values()
                            .filter_map(|(email, _)| email.as_deref()),
                    )
                    .collect();
                for w in crate::report::filter_check::unknown_names(
                    "--capacity",
                    &people,
                    known.iter().copied(),
                    "is nobody's name, email or account id",
                ) {
                    ctx.warn(w);
                }
            }
            if view.worklogs.is_empty() {
                ctx.warn("no worklogs are synced: run `jirahub sync` (time tracking needs them)");
            }
            crate::report::time::time_report(
                view.worklogs,
                &view.matched,
                &crate::report::time::TimeInput {
                    tz: &tz,
                    from,
                    to,
                    per,
                    by,
                    capacity: &capacity,
                    rates: rates.as_ref(),
                    members: view.members,
                },
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
            let done = view.done_items(&tz, window_from, window_to);
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

pub(super) struct Loaded {
    pub tickets: Vec<crate::model::Ticket>,
    pub histories: Vec<IssueHistory>,
    pub boards: Vec<BoardInfo>,
    pub filters: Filters,
    /// Selected board id → keys of its issues; when the oldest snapshot was synced.
    pub board_tickets: HashMap<u64, std::collections::HashSet<String>>,
    pub data_as_of: Option<chrono::DateTime<chrono::Utc>>,
    /// The site's worklogs (loaded for `insights time` only).
    pub worklogs: crate::model::Worklogs,
    /// Account id → (email, team labels), from the account's members.
    pub members: HashMap<String, (Option<String>, Vec<String>)>,
}

impl Loaded {
    /// The filtered issues and their histories (warns when no history is synced yet, unless
    /// the report reads worklogs instead).
    pub fn view(&self, ctx: &Context) -> View<'_> {
        if self.histories.is_empty() && !self.tickets.is_empty() && self.worklogs.is_empty() {
            ctx.warn(
                "no issue histories are synced yet: run `jirahub sync` (insights need the changelogs)",
            );
        }
        View {
            matched: self.filters.apply(&self.tickets),
            histories: self.histories.iter().map(|h| (h.key.as_str(), h)).collect(),
            boards: &self.boards,
            worklogs: &self.worklogs,
            members: &self.members,
        }
    }
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

pub(super) fn find_board(boards: &[BoardInfo], id: u64) -> Result<&BoardInfo> {
    boards.iter().find(|b| b.id == id).ok_or_else(|| {
        Error::not_found(format!("no synced board {id}")).with_hint(board_list(boards))
    })
}

/// The hint that names the synced boards (or says how to get them).
fn board_list(boards: &[BoardInfo]) -> String {
    let known: Vec<String> = boards
        .iter()
        .map(|b| format!("{} ({})", b.id, b.name))
        .collect();
    if known.is_empty() {
        "run `jirahub sync` (boards and sprints come with it)".to_string()
    } else {
        format!("synced boards: {}", known.join(", "))
    }
}

/// `--sprint ID|active|last`.
pub(super) fn find_sprint<'b>(board: &'b BoardInfo, wanted: &str) -> Result<&'b SprintInfo> {
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

/// Loads the scope's tickets, histories and boards, and turns the flags into filters. `--board`
/// narrows to the board's issues when it is selected; when it is not, that is an error unless
/// `any_board` (the report reads only the board's sprints or columns).
pub(super) async fn load(
    ctx: &Context,
    common: &InsightScope,
    tz: TimeZoneSpec,
    any_board: bool,
    with_worklogs: bool,
) -> Result<Loaded> {
    if ctx.direct().is_some() && (!common.teams.is_empty() || common.board.is_some()) {
        return Err(Error::usage(
            "--team and --board need a jirahub account (labels and boards are kept per account)",
        ));
    }
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
    // Time tracking reads worklogs, not histories (a million changelog items it would not use).
    let (histories, boards) = if with_worklogs {
        (Vec::new(), Vec::new())
    } else {
        crate::sync::history::load_insight_data(cache, &ns, &projects).await?
    };
    let mut filters = Filters {
        projects: crate::validate::project_keys(&common.projects)?,
        assignees: common.assignees.clone(),
        types: common.types.clone(),
        teams: common.teams.clone(),
        time_zone: tz,
        ..Filters::default()
    };
    if let Some(id) = common.board {
        if dataset.boards.contains_key(&id) {
            filters.boards = vec![id];
            filters.board_tickets = dataset.boards.clone();
        } else if !any_board || !boards.iter().any(|b| b.id == id) {
            return Err(
                Error::not_found(format!("board {id} is not selected")).with_hint(
                    "select it with `jirahub boards select --project KEY ID`, then sync \
                 (velocity, sprint, burndown and flow take any synced board)",
                ),
            );
        }
    }
    let mut warnings = Vec::new();
    let mut member_info = HashMap::new();
    if ctx.direct().is_none() {
        let me = ctx.connection()?.account_id;
        for a in filters.assignees.iter_mut() {
            if a.eq_ignore_ascii_case("me") {
                *a = me.clone();
            }
        }
        let user_id = ctx.user()?.user.id;
        // Members for --team, and for `insights time` (emails and labels for rates).
        let wants_teams = !filters.teams.is_empty() || with_worklogs;
        let (keys, types, members) = ctx.db(|s| {
            Ok((
                s.ignored_tickets(user_id)?,
                s.ignored_types(user_id)?,
                if wants_teams {
                    s.members(user_id)?
                } else {
                    Vec::new()
                },
            ))
        })?;
        filters.ignored_keys = keys.into_iter().collect();
        filters.ignored_types = types;
        warnings.extend(data::resolve_teams(&mut filters, &members));
        member_info = members
            .into_iter()
            .map(|m| (m.account_id, (m.email, m.labels)))
            .collect();
    }
    warnings.extend(crate::report::filter_check::unmatched_values(
        &filters,
        &dataset.tickets,
    ));
    for warning in warnings {
        ctx.warn(warning);
    }
    Ok(Loaded {
        tickets: dataset.tickets,
        histories,
        boards,
        filters,
        board_tickets: dataset.boards,
        data_as_of: dataset.data_as_of,
        worklogs: if with_worklogs {
            crate::sync::worklogs::load_worklogs(cache, &ns).await?
        } else {
            crate::model::Worklogs::default()
        },
        members: member_info,
    })
}

fn date_or(value: &Option<String>, today: NaiveDate, default: NaiveDate) -> Result<NaiveDate> {
    match value {
        Some(v) => parse_date_arg(v, today),
        None => Ok(default),
    }
}
