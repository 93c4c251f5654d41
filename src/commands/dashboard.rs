//! `jirahub dashboard`: the team's workload from the synced data. Flags become
//! `report::Filters`; the numbers come from `report::dashboard::build`.

use super::Outcome;
use super::data::{self, Freshness};
use crate::cli::DashboardArgs;
use crate::context::Context;
use crate::output::Format;
use crate::report::{
    self, DashboardInput, Filters, SectionName, SortSpec, TimeZoneSpec, parse_date_arg, today_in,
};
use crate::{Error, Result};
use chrono::NaiveDate;
use std::sync::Arc;

pub async fn run(ctx: &Context, args: DashboardArgs) -> Result<Outcome> {
    let now = ctx.now();
    let tz = TimeZoneSpec::parse(&args.tz, || ctx.local_zone())?;
    let today = today_in(now, &tz);
    // Validate every flag before touching Jira or the cache: bad input fails fast with exit 2.
    let sections = sections(&args.sections, ctx.output.format)?;
    let sort = args.sort.as_deref().map(SortSpec::parse).transpose()?;
    let mut filters = filters_from_args(&args, today, tz)?;
    filters.validate()?;
    if ctx.direct().is_some() && (!filters.teams.is_empty() || !filters.boards.is_empty()) {
        return Err(Error::usage(
            "--team and --board need a jirahub account (labels and boards are kept per account)",
        )
        .with_hint(
            "direct mode reports on whole projects; register and connect for teams and boards",
        ));
    }

    if args.jql.is_some() && args.offline {
        return Err(
            Error::usage("--jql asks Jira, and --offline never does").with_hint("drop one of them")
        );
    }
    let scope = data::scope(ctx, &args.projects)?;
    let freshness = if args.offline {
        Freshness::Offline
    } else if args.refresh {
        Freshness::Refresh
    } else {
        Freshness::Auto
    };
    let mut dataset = data::load(ctx, &scope, freshness).await?;
    if let Some(clause) = &args.jql {
        filters.jql_keys = Some(jql_keys(ctx, &scope, clause).await?);
    }
    // Shared with the report: its ticket list makes rows from them while it is printed.
    let tickets = Arc::new(std::mem::take(&mut dataset.tickets));

    let unknown_boards: Vec<String> = filters
        .boards
        .iter()
        .filter(|b| !dataset.boards.contains_key(b))
        .map(u64::to_string)
        .collect();
    if !unknown_boards.is_empty() {
        return Err(Error::not_found(format!(
            "board {} is not selected",
            unknown_boards.join(", ")
        ))
        .with_hint("select it with `jirahub boards select --project KEY ID`, then sync"));
    }
    filters.board_tickets = dataset.boards.clone();
    let site_url = ctx.site_url()?;
    let mut member_labels = Vec::new();
    if let Some(direct) = ctx.direct() {
        // `me` is the account the token belongs to: its email, as assignees carry it.
        if let Some(email) = &direct.email {
            resolve_me(&mut filters.assignees, email);
        }
    } else {
        let connection = ctx.connection()?;
        resolve_me(&mut filters.assignees, &connection.account_id);
        let user_id = ctx.user()?.user.id;
        let (ignored_keys, ignored_types, members) = ctx.db(|s| {
            Ok((
                s.ignored_tickets(user_id)?,
                s.ignored_types(user_id)?,
                if filters.teams.is_empty() {
                    Vec::new()
                } else {
                    s.members(user_id)?
                },
            ))
        })?;
        filters.ignored_keys = ignored_keys.into_iter().collect();
        filters.ignored_types = ignored_types;
        member_labels = members;
    }
    let members = member_labels;
    let mut unmatched = report::filter_check::unmatched_values(&filters, &tickets);
    unmatched.extend(data::resolve_teams(&mut filters, &members));
    if args.strict && !unmatched.is_empty() {
        let more = unmatched.len() - 1;
        let mut err = Error::usage(unmatched.swap_remove(0));
        if more > 0 {
            err = err.with_hint(format!("and {more} more filter value(s) match nothing"));
        }
        return Err(err);
    }
    for message in unmatched {
        ctx.warn(message);
    }

    let projects: Vec<String> = scope.projects.iter().map(|p| p.key.clone()).collect();
    let input = DashboardInput {
        tickets: &tickets,
        for_people: matches!(ctx.output.format, Format::Table | Format::Markdown),
        site_url: Some(site_url.as_str()),
        projects: &projects,
        gates: report::gates::Gates {
            max_overdue: args.max_overdue,
            max_unassigned: args.max_unassigned,
            max_missing_points: args.max_missing_points,
            max_wip: args.max_wip,
            max_age_days: args.max_age,
        },
        filters: &filters,
        today,
        now,
        data_as_of: dataset.data_as_of,
        sections: &sections,
        sort,
        limit: args.limit,
    };
    let mut dashboard = report::dashboard::build_shared(&input, &tickets);
    if !args.columns.is_empty() {
        let keys: Vec<String> = args
            .columns
            .iter()
            .map(|c| c.trim().to_lowercase())
            .collect();
        let unknown = dashboard
            .report
            .select_columns(&["tickets", "overdue"], &keys);
        if let Some(first) = unknown.first() {
            let known = report::dashboard::list_column_keys();
            let mut err = Error::usage(format!("--columns: no column '{first}'"));
            err = err.with_hint(
                match report::suggest::closest(first, known.iter().map(String::as_str)) {
                    Some(near) => format!("did you mean '{near}'? (columns: {})", known.join(", ")),
                    None => format!("columns: {}", known.join(", ")),
                },
            );
            return Err(err);
        }
    }
    // One line naming every gate that failed.
    let failure = (!dashboard.failed_gates.is_empty())
        .then(|| Error::threshold(dashboard.failed_gates.join("; ")));
    Ok(Outcome {
        report: dashboard.report,
        failure,
        source_data: Some(Box::new((tickets, dataset))),
    })
}

/// The keys of the scope's issues that Jira finds with `clause`: `project in (…) AND (clause)`.
/// Jira checks the clause; what it rejects is a usage error quoting Jira's reason.
async fn jql_keys(
    ctx: &Context,
    scope: &crate::sync::SyncScope,
    clause: &str,
) -> Result<std::collections::HashSet<String>> {
    let projects: Vec<&str> = scope.projects.iter().map(|p| p.key.as_str()).collect();
    let jql = crate::jira::Jql::new()
        .project_in(&projects)
        .and_raw(clause);
    let found = ctx.jira()?.search_keys(&jql).await.map_err(|e| {
        if e.kind() == crate::ErrorKind::Usage {
            let reason = e
                .message()
                .split_once("(400)")
                .map_or(e.message(), |(_, r)| r);
            Error::usage(format!(
                "Jira rejected --jql {}: {}",
                crate::validate::shown(clause),
                reason.trim_start_matches([':', ' '])
            ))
        } else {
            e
        }
    })?;
    Ok(found.into_iter().map(|s| s.key).collect())
}

/// `--assignee me` is the Jira account the user connected with.
fn resolve_me(assignees: &mut [String], account_id: &str) {
    for a in assignees.iter_mut() {
        if a.trim().eq_ignore_ascii_case("me") {
            *a = account_id.to_string();
        }
    }
}

/// The sections shown without `--section`: the overview (summary, workload, status, overdue)
/// for people and JSON alike — a ticket list of 50k rows is 15 MB of JSON nobody asked for
/// (`--section tickets` or `all` brings it); CSV holds one clean table, the tickets.
fn default_sections(format: Format) -> &'static [SectionName] {
    match format {
        Format::Table | Format::Json | Format::Markdown => &[
            SectionName::Summary,
            SectionName::Workload,
            SectionName::Status,
            SectionName::Overdue,
        ],
        Format::Csv => &[SectionName::Tickets],
    }
}

fn sections(names: &[String], format: Format) -> Result<Vec<SectionName>> {
    let sections = if names.is_empty() {
        default_sections(format).to_vec()
    } else {
        SectionName::parse_list(names)?
    };
    if format == Format::Csv && sections.len() > 1 {
        return Err(Error::usage("CSV holds exactly one section")
            .with_hint("pick one with --section, e.g. --section tickets"));
    }
    Ok(sections)
}

fn date(value: &Option<String>, today: NaiveDate) -> Result<Option<NaiveDate>> {
    value
        .as_deref()
        .map(|v| parse_date_arg(v, today))
        .transpose()
}

fn filters_from_args(args: &DashboardArgs, today: NaiveDate, tz: TimeZoneSpec) -> Result<Filters> {
    Ok(Filters {
        projects: crate::validate::project_keys(&args.projects)?,
        boards: args.boards.clone(),
        assignees: args.assignees.clone(),
        teams: args.teams.clone(),
        statuses: args.statuses.clone(),
        exclude_statuses: args.exclude_statuses.clone(),
        created_from: date(&args.created_from, today)?,
        created_to: date(&args.created_to, today)?,
        due_from: date(&args.due_from, today)?,
        due_to: date(&args.due_to, today)?,
        labels: args.labels.clone(),
        all_labels: args.all_labels,
        points_min: args.points_min,
        points_max: args.points_max,
        no_points: args.no_points,
        types: args.types.clone(),
        priorities: args.priorities.clone(),
        components: args.components.clone(),
        sprints: args.sprints.clone(),
        jql: args.jql.clone(),
        include_ignored: args.include_ignored,
        time_zone: tz,
        ..Filters::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_sections_depend_on_the_format() {
        assert_eq!(default_sections(Format::Table).len(), 4);
        assert!(!default_sections(Format::Table).contains(&SectionName::Tickets));
        assert_eq!(
            default_sections(Format::Json),
            default_sections(Format::Table)
        );
        assert_eq!(default_sections(Format::Csv), [SectionName::Tickets]);
    }

    #[test]
    fn csv_takes_exactly_one_section() {
        let none: [String; 0] = [];
        assert_eq!(
            sections(&none, Format::Csv).expect("default"),
            [SectionName::Tickets]
        );
        let two = ["summary,tickets".to_string()];
        assert!(sections(&two, Format::Csv).is_err());
        assert_eq!(sections(&two, Format::Json).expect("any number").len(), 2);
    }
}
