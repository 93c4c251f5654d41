//! `jirahub report --html FILE`: one self-contained HTML page — the dashboard's summary,
//! workload and overdue, then velocity and the active sprint's burndown of a board, throughput,
//! the cycle-time scatter, aging and cumulative flow, each as a chart with its numbers. The data
//! is loaded once; every part is the same report `dashboard` or `insights` would print.

use std::path::Path;

use super::insights::{self, Window};
use crate::cli::{InsightArgs, InsightScope, InsightsCommand, ReportArgs};
use crate::context::Context;
use crate::model::{BoardInfo, SprintState};
use crate::output::chart::render_svg;
use crate::output::html::{self, Part};
use crate::output::{Report, SectionBody};
use crate::report::insights::Period;
use crate::report::{self, DashboardInput, SectionName};
use crate::{Error, ErrorKind, Result};

/// Rows of an issue list the page shows (the charts show every issue).
const ROWS: usize = 20;

pub async fn run(ctx: &Context, args: ReportArgs) -> Result<Report> {
    let window = Window::new(ctx, &args.scope)?;
    let loaded = insights::load(ctx, &args.scope, window.tz, true, false).await?;
    let view = loaded.view(ctx);
    let board = pick_board(&loaded.boards, args.scope.board)?;
    let dated = window.subtitle(&args.scope, true);
    let undated = window.subtitle(&args.scope, false);

    let projects = synced_projects(&loaded);
    let mut parts = vec![workload(ctx, &loaded, &projects, &window)?];
    let insight = |cmd: InsightsCommand| insights::build(ctx, &view, &window, cmd);
    let common = || InsightArgs {
        scope: args.scope.clone(),
        chart: None,
    };
    // The sprint reports of the picked board (the default one, when none was given).
    let on = |board: &BoardInfo| {
        let mut args = common();
        args.scope.board = Some(board.id);
        args
    };
    match board {
        Some(board) => {
            let velocity = insight(InsightsCommand::Velocity {
                common: on(board),
                sprints: 7,
            })?;
            parts.push(part(
                "velocity",
                "Velocity",
                &velocity,
                &undated,
                &["velocity"],
            )?);
            let has_active = board.sprints.iter().any(|s| s.state == SprintState::Active);
            let burndown = has_active
                .then(|| {
                    insight(InsightsCommand::Burndown {
                        common: on(board),
                        sprint: "active".into(),
                        calendar_days: false,
                    })
                })
                .transpose()
                .or_else(|e| match e.kind() {
                    // An active sprint that has not started has no burndown yet.
                    ErrorKind::NotFound => Ok(None),
                    _ => Err(e),
                })?;
            parts.push(match burndown {
                Some(r) => part(
                    "burndown",
                    "Burndown of the active sprint",
                    &r,
                    &undated,
                    &["scope_changes"],
                )?,
                None => noted(
                    "burndown",
                    "Burndown of the active sprint",
                    format!("Board {} has no started active sprint.", board.name),
                ),
            });
        }
        None => parts.push(noted(
            "sprints",
            "Velocity and burndown",
            "No scrum board with sprints is synced for these projects.".into(),
        )),
    }
    // Each report goes as soon as its part is drawn: only the page is kept.
    parts.push(part(
        "throughput",
        "Throughput",
        &insight(InsightsCommand::Throughput {
            common: common(),
            per: Period::Week,
        })?,
        &dated,
        &[],
    )?);
    parts.push(part(
        "cycle-time",
        "Cycle time",
        &insight(InsightsCommand::CycleTime(common()))?,
        &dated,
        &["summary", "by_type", "issues"],
    )?);
    parts.push(part(
        "aging",
        "Aging work in progress",
        &insight(InsightsCommand::Aging(common()))?,
        &dated,
        &["aging"],
    )?);
    parts.push(part(
        "flow",
        "Cumulative flow",
        &insight(InsightsCommand::Flow {
            common: common(),
            by: crate::cli::FlowBy::Status,
        })?,
        &dated,
        &[],
    )?);

    let title = format!("Team report: {}", project_list(&projects, &args.scope));
    let as_of = loaded.data_as_of.map_or_else(
        || "never synced".to_string(),
        |t| format!("data as of {}", crate::output::rfc3339(t)),
    );
    let page = html::page(&title, &format!("{dated} · {as_of}"), &parts);
    write(&args.html, page)
}

/// `-` prints the page; a path gets the file and a confirmation on stderr.
fn write(path: &Path, page: String) -> Result<Report> {
    if path.as_os_str() == "-" {
        return Ok(Report::raw("report_html", page));
    }
    let bytes = page.len();
    std::fs::write(path, page).map_err(|e| {
        Error::usage(format!(
            "cannot write the report to {}: {e}",
            path.display()
        ))
    })?;
    Ok(Report::message(
        "report_html",
        format!(
            "Report written to {} ({} KB).",
            path.display(),
            bytes.div_ceil(1024)
        ),
    )
    .with_meta("path", path.display().to_string())
    .with_meta("bytes", bytes))
}

/// `--board ID`, or the first synced scrum board (lowest id) that has sprints.
fn pick_board(boards: &[BoardInfo], wanted: Option<u64>) -> Result<Option<&BoardInfo>> {
    match wanted {
        Some(id) => insights::find_board(boards, id).map(Some),
        None => Ok(boards
            .iter()
            .filter(|b| !b.sprints.is_empty())
            .min_by_key(|b| b.id)),
    }
}

fn project_list(projects: &[String], scope: &InsightScope) -> String {
    if !scope.projects.is_empty() {
        scope.projects.join(", ")
    } else if projects.is_empty() {
        "no synced issues".into()
    } else {
        projects.join(", ")
    }
}

/// The projects of the synced tickets, sorted, once each.
fn synced_projects(loaded: &insights::Loaded) -> Vec<String> {
    let mut keys: Vec<&str> = loaded
        .tickets
        .iter()
        .map(|t| t.project_key.as_str())
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys.into_iter().map(str::to_string).collect()
}

/// The dashboard's overview: summary, workload per person and the overdue list.
fn workload(
    ctx: &Context,
    loaded: &insights::Loaded,
    projects: &[String],
    window: &Window,
) -> Result<Part> {
    let mut filters = loaded.filters.clone();
    filters.board_tickets = loaded.board_tickets.clone();
    let site_url = ctx.site_url()?;
    let sections = [
        SectionName::Summary,
        SectionName::Workload,
        SectionName::Overdue,
    ];
    let dashboard = report::dashboard::build(&DashboardInput {
        tickets: &loaded.tickets,
        filters: &filters,
        today: window.today,
        now: window.now,
        data_as_of: loaded.data_as_of,
        sections: &sections,
        sort: None,
        limit: None,
        for_people: true,
        site_url: Some(site_url.as_str()),
        projects,
        gates: report::gates::Gates::default(),
    });
    let mut part = Part::new("workload", "Workload and overdue");
    part.note = dashboard.report.headline.clone();
    part.tables = dashboard.report.sections;
    Ok(part)
}

/// A part: the report's chart, then the sections named in `tables`, in that order.
fn part(id: &str, title: &str, report: &Report, subtitle: &str, tables: &[&str]) -> Result<Part> {
    let mut part = Part::new(id, title);
    part.charts.push(render_svg(report, subtitle)?);
    part.max_rows = ROWS;
    for name in tables {
        if let Some(section) = report.section(name) {
            // Only the rows the page shows are copied (a cycle-time list has every issue done).
            let mut copy = section.clone();
            if let SectionBody::Rows { rows, .. } = &mut copy.body
                && rows.len() > ROWS
            {
                copy.more += rows.len() - ROWS;
                rows.truncate(ROWS);
            }
            part.tables.push(copy);
        }
    }
    Ok(part)
}

fn noted(id: &str, title: &str, note: String) -> Part {
    let mut part = Part::new(id, title);
    part.note = Some(note);
    part
}
