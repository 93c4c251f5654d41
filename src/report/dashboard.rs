//! `jirahub dashboard`: the team's workload in sections (summary, workload, status, overdue,
//! tickets), computed once and rendered as a table, JSON or CSV by the output layer, so the
//! numbers are the same in every format.

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Value, json};

use super::filter::Filters;
use super::metrics::{self, Summary};
use super::sort::{SortSpec, sort_by_spec, sort_tickets};
use crate::model::{StatusCategory, Ticket};
use crate::output::{Column, ColumnKind, Report, RowSource, Section, iso_date, rfc3339};
use crate::{Error, Result};
use std::sync::Arc;

/// A dashboard section (`--section`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionName {
    Summary,
    Workload,
    Status,
    Overdue,
    Tickets,
}

impl SectionName {
    pub const ALL: [SectionName; 5] = [
        SectionName::Summary,
        SectionName::Workload,
        SectionName::Status,
        SectionName::Overdue,
        SectionName::Tickets,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SectionName::Summary => "summary",
            SectionName::Workload => "workload",
            SectionName::Status => "status",
            SectionName::Overdue => "overdue",
            SectionName::Tickets => "tickets",
        }
    }

    /// Parses one section name (case-insensitive).
    pub fn parse(s: &str) -> Result<SectionName> {
        SectionName::ALL
            .into_iter()
            .find(|n| n.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                Error::usage(format!(
                    "unknown section '{s}': use summary, workload, status, overdue, tickets or all"
                ))
            })
    }

    /// Parses `--section` values (repeated or comma-separated), dropping repeats, keeping order.
    pub fn parse_list<S: AsRef<str>>(values: &[S]) -> Result<Vec<SectionName>> {
        let mut out = Vec::new();
        for part in values.iter().flat_map(|v| v.as_ref().split(',')) {
            if part.trim().eq_ignore_ascii_case("all") {
                for name in SectionName::ALL {
                    if !out.contains(&name) {
                        out.push(name);
                    }
                }
                continue;
            }
            let name = SectionName::parse(part)?;
            if !out.contains(&name) {
                out.push(name);
            }
        }
        Ok(out)
    }
}

impl std::str::FromStr for SectionName {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        SectionName::parse(s)
    }
}

/// Everything the dashboard is computed from. The caller reads the clock and the cache; this
/// stays pure.
#[derive(Debug, Clone, Copy)]
pub struct DashboardInput<'a> {
    /// All synced tickets; `filters` picks the ones the report covers.
    pub tickets: &'a [Ticket],
    pub filters: &'a Filters,
    /// Today in the user's time zone ([`metrics::today_in`]).
    pub today: NaiveDate,
    /// When the report is made (`generated_at`).
    pub now: DateTime<Utc>,
    /// When the data was last synced.
    pub data_as_of: Option<DateTime<Utc>>,
    /// The sections, in order (the command picks the defaults).
    pub sections: &'a [SectionName],
    /// `--sort` for the overdue and tickets lists.
    pub sort: Option<SortSpec>,
    /// `--limit` for the overdue and tickets lists, as given (`Some(0)`: no limit).
    pub limit: Option<usize>,
    /// The report is for a person (a table): without `--limit`, long lists show their first
    /// rows and say how many more there are.
    pub for_people: bool,
    /// The Jira site's base URL: each ticket's `url` is `{site}/browse/{key}`.
    pub site_url: Option<&'a str>,
    /// The projects the report covers (for the headline).
    pub projects: &'a [String],
    /// CI gates checked against the matching tickets (`gates` in JSON).
    pub gates: super::gates::Gates,
}

/// Rows a table shows of the overdue list without `--limit`.
pub const OVERDUE_ROWS_FOR_PEOPLE: usize = 10;
/// Rows a table shows of the ticket list without `--limit`.
pub const TICKET_ROWS_FOR_PEOPLE: usize = 25;

impl DashboardInput<'_> {
    /// How many rows of a list to keep: `--limit` (0 = all), else the default for people.
    fn list_limit(&self, for_people: usize) -> Option<usize> {
        match self.limit {
            Some(0) => None,
            Some(n) => Some(n),
            None => self.for_people.then_some(for_people),
        }
    }
}

/// A dashboard: the report, and the gates that failed (checked on the matching tickets,
/// whichever sections were asked for).
#[derive(Debug)]
pub struct Dashboard {
    pub report: Report,
    /// Matching tickets that are overdue.
    pub overdue: usize,
    /// One sentence per failed gate, e.g. `74 overdue tickets exceed --max-overdue 10`.
    pub failed_gates: Vec<String>,
}

/// Builds the dashboard report (`kind = "dashboard"`). The `status` section comes with a
/// companion `status_category` section (the same tickets grouped by category). CSV holds the
/// first requested section.
pub fn build(input: &DashboardInput<'_>) -> Dashboard {
    build_report(input, None)
}

/// [`build`] for a caller that can share the tickets (`input.tickets` must be `shared`): the
/// ticket list then makes its rows while it is written, so the cells of 100k rows (about twice
/// the tickets' own size) never all exist at once. The output is the same.
pub fn build_shared(input: &DashboardInput<'_>, shared: &Arc<Vec<Ticket>>) -> Dashboard {
    assert!(
        std::ptr::eq(input.tickets, shared.as_slice()),
        "input.tickets are the shared tickets"
    );
    build_report(input, Some(shared))
}

fn build_report(input: &DashboardInput<'_>, shared: Option<&Arc<Vec<Ticket>>>) -> Dashboard {
    let matching = input.filters.matching(input.tickets);
    let matched: Vec<&Ticket> = matching
        .iter()
        .map(|&i| &input.tickets[i as usize])
        .collect();
    let mut report = Report::new("dashboard")
        .with_meta("generated_at", rfc3339(input.now))
        .with_meta("data_as_of", input.data_as_of.map(rfc3339))
        .with_meta("today", input.today.to_string())
        .with_meta("filters", input.filters.to_json())
        .with_meta(
            "sort",
            input.sort.map(|s| {
                format!(
                    "{}{}",
                    if s.descending { "-" } else { "" },
                    s.field.as_str()
                )
            }),
        )
        .with_meta("limit", input.limit);
    for &name in input.sections {
        report.sections.extend(match name {
            SectionName::Tickets => vec![ticket_list(input, &matching, shared)],
            other => other_sections(other, input, &matched),
        });
    }
    report.csv_section = input.sections.first().map(|s| s.as_str().to_string());
    report.headline = Some(headline(input, matched.len()));
    let overdue = matched
        .iter()
        .filter(|t| metrics::is_overdue(t, input.today))
        .count();
    let mut failed_gates = Vec::new();
    if input.gates.any() {
        let results = input.gates.check(&matched, input.today);
        report = report.with_meta(
            "gates",
            results.iter().map(|g| g.to_json()).collect::<Vec<_>>(),
        );
        failed_gates = results.into_iter().filter_map(|g| g.failure).collect();
    }
    Dashboard {
        report,
        overdue,
        failed_gates,
    }
}

/// What the report covers, in one line above the tables:
/// `WEB, PLAT · 2,100 tickets · data as of 08:44 UTC (3 min ago) · 12 ignored`.
fn headline(input: &DashboardInput<'_>, matched: usize) -> String {
    let mut parts = Vec::new();
    if !input.projects.is_empty() {
        parts.push(input.projects.join(", "));
    }
    parts.push(format!(
        "{} ticket{}",
        thousands(matched),
        if matched == 1 { "" } else { "s" }
    ));
    parts.push(match input.data_as_of {
        Some(at) => format!("data as of {}", as_of(at, input.now)),
        None => "not synced yet".to_string(),
    });
    let ignored = input.filters.ignored_in(input.tickets);
    if ignored > 0 {
        parts.push(if input.filters.include_ignored {
            format!("{} ignored, included", thousands(ignored))
        } else {
            format!("{} ignored", thousands(ignored))
        });
    }
    parts.join(" · ")
}

/// `08:44 UTC (3 min ago)`, with the date when it is not today's.
fn as_of(at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let when = if at.date_naive() == now.date_naive() {
        at.format("%H:%M UTC").to_string()
    } else {
        at.format("%Y-%m-%d %H:%M UTC").to_string()
    };
    let minutes = (now - at).num_minutes();
    let ago = match minutes {
        m if m < 1 => "just now".to_string(),
        m if m < 120 => format!("{m} min ago"),
        m if m < 48 * 60 => format!("{} h ago", m / 60),
        m => format!("{} days ago", m / (24 * 60)),
    };
    format!("{when} ({ago})")
}

/// `2100` → `2,100`.
pub(crate) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The ticket list: `matching` (indexes into the input's tickets) sorted and cut to the limit.
fn ticket_list(
    input: &DashboardInput<'_>,
    matching: &[u32],
    shared: Option<&Arc<Vec<Ticket>>>,
) -> Section {
    let mut order = matching.to_vec();
    sort_by_spec(&mut order, input.sort, |&i| &input.tickets[i as usize]);
    let all = order.len();
    if let Some(n) = input.list_limit(TICKET_ROWS_FOR_PEOPLE) {
        order.truncate(n);
    }
    let more = all - order.len();
    let site = input
        .site_url
        .map(|s| Arc::<str>::from(s.trim_end_matches('/')));
    let section = match shared {
        Some(tickets) => {
            let rows = TicketRows {
                tickets: Arc::clone(tickets),
                order,
                site,
            };
            Section::lazy_rows("tickets", "Tickets", ticket_columns(), Arc::new(rows))
        }
        None => {
            let list: Vec<&Ticket> = order.iter().map(|&i| &input.tickets[i as usize]).collect();
            tickets_section("tickets", "Tickets", &list, site.as_deref())
        }
    };
    section.with_more(more)
}

/// The ticket list's rows, made from the shared tickets as they are written.
struct TicketRows {
    tickets: Arc<Vec<Ticket>>,
    /// Indexes into `tickets`, in list order.
    order: Vec<u32>,
    /// The site's base URL, for each ticket's `url`.
    site: Option<Arc<str>>,
}

impl RowSource for TicketRows {
    fn len(&self) -> usize {
        self.order.len()
    }
    fn row(&self, index: usize, cells: &mut Vec<Value>) {
        push_ticket_row(
            &self.tickets[self.order[index] as usize],
            self.site.as_deref(),
            cells,
        );
    }
}

/// Every section but the ticket list (the status section comes with its category companion).
fn other_sections(
    name: SectionName,
    input: &DashboardInput<'_>,
    matched: &[&Ticket],
) -> Vec<Section> {
    match name {
        SectionName::Summary => vec![summary_section(&metrics::summarize(matched, input.today))],
        SectionName::Workload => vec![workload_section(matched, input.today)],
        SectionName::Status => {
            let (by_status, by_category) = status_sections(matched);
            vec![by_status, by_category]
        }
        SectionName::Overdue => {
            let mut late = metrics::overdue(matched, input.today);
            if input.sort.is_some() {
                sort_tickets(&mut late, input.sort);
            }
            let all = late.len();
            if let Some(n) = input.list_limit(OVERDUE_ROWS_FOR_PEOPLE) {
                late.truncate(n);
            }
            let site = input.site_url;
            vec![overdue_section(&late, input.today, site).with_more(all - late.len())]
        }
        SectionName::Tickets => unreachable!("the ticket list is built from indexes"),
    }
}

fn int(key: &str, header: &str) -> Column {
    Column::new(key, header, ColumnKind::Int)
}

fn float(key: &str, header: &str) -> Column {
    Column::new(key, header, ColumnKind::Float)
}

/// Story points as JSON: integers stay integers (`5`, not `5.0`).
pub(crate) fn points(p: f64) -> Value {
    if p.fract() == 0.0 && p.abs() < 9e15 {
        json!(p as i64)
    } else {
        json!(p)
    }
}

fn summary_section(s: &Summary) -> Section {
    let cat = |c| json!(s.category_count(c));
    Section::record(
        "summary",
        "Summary",
        vec![
            (int("total_tickets", "Tickets"), json!(s.total)),
            (int("open_tickets", "Open"), json!(s.open)),
            (int("overdue", "Overdue").alert_above(0.0), json!(s.overdue)),
            (
                int("due_this_week", "Due this week"),
                json!(s.due_this_week),
            ),
            (
                int("missing_story_points", "Missing story points"),
                json!(s.missing_story_points),
            ),
            (int("unassigned", "Unassigned"), json!(s.unassigned)),
            (
                float("story_points_total", "Story points"),
                points(s.story_points_total),
            ),
            (int("todo", "To Do"), cat(StatusCategory::ToDo)),
            (
                int("in_progress", "In Progress"),
                cat(StatusCategory::InProgress),
            ),
            (int("done", "Done"), cat(StatusCategory::Done)),
            (
                int("no_category", "No category"),
                cat(StatusCategory::Undefined),
            ),
        ],
    )
}

fn workload_section(matched: &[&Ticket], today: NaiveDate) -> Section {
    let workload = metrics::workload(matched, today);
    let unassigned = usize::from(workload.last().is_some_and(|r| r.account_id.is_none()));
    let rows = workload
        .into_iter()
        .map(|r| {
            vec![
                json!(r.display_name),
                r.account_id.clone().map_or(Value::Null, Value::String),
                json!(r.tickets),
                points(r.story_points),
                json!(r.in_progress),
                json!(r.overdue),
                json!(r.missing_estimates),
            ]
        })
        .collect();
    Section::rows(
        "workload",
        "Workload",
        vec![
            Column::text("assignee", "Assignee"),
            Column::text("account_id", "Account id").machine_only(),
            int("open_tickets", "Open"),
            Column::new("open_story_points", "Points", ColumnKind::Bar),
            int("in_progress", "In progress"),
            int("overdue", "Overdue").alert_above(0.0),
            int("missing_estimates", "No estimate"),
        ],
        rows,
    )
    // People's bars are scaled to people: the Unassigned pile is drawn apart, below them.
    .with_apart(unassigned)
}

fn status_sections(matched: &[&Ticket]) -> (Section, Section) {
    let (by_status, by_category) = metrics::status_breakdown(matched);
    let status = Section::rows(
        "status",
        "Status",
        vec![
            Column::text("status", "Status"),
            Column::text("category", "Category"),
            int("tickets", "Tickets"),
            float("story_points", "Points"),
            Column::new("share_percent", "Share", ColumnKind::Percent),
        ],
        by_status
            .into_iter()
            .map(|r| {
                vec![
                    json!(r.status),
                    json!(metrics::category_name(r.category)),
                    json!(r.tickets),
                    points(r.story_points),
                    share(r.tickets, matched.len()),
                ]
            })
            .collect(),
    );
    let category = Section::rows(
        "status_category",
        "Status category",
        vec![
            Column::text("category", "Category"),
            int("tickets", "Tickets"),
            float("story_points", "Points"),
            Column::new("share_percent", "Share", ColumnKind::Percent),
        ],
        by_category
            .into_iter()
            .map(|r| {
                vec![
                    json!(metrics::category_name(r.category)),
                    json!(r.tickets),
                    points(r.story_points),
                    share(r.tickets, matched.len()),
                ]
            })
            .collect(),
    );
    (status, category)
}

/// `part` of `whole` in percent, to one decimal (0 of nothing is 0).
fn share(part: usize, whole: usize) -> Value {
    if whole == 0 {
        return json!(0);
    }
    let percent = (part as f64 * 1000.0 / whole as f64).round() / 10.0;
    points(percent)
}

fn assignee_id(t: &Ticket) -> Value {
    t.assignee
        .as_ref()
        .map_or(Value::Null, |p| Value::String(p.account_id.clone()))
}

fn assignee_name(t: &Ticket) -> Value {
    t.assignee
        .as_ref()
        .map_or(Value::Null, |p| Value::String(p.display_name.clone()))
}

fn overdue_columns() -> Vec<Column> {
    vec![
        Column::text("key", "Key").keep(),
        Column::text("summary", "Summary").fill(),
        Column::text("assignee", "Assignee"),
        Column::text("assignee_account_id", "Assignee id").machine_only(),
        Column::new("due", "Due", ColumnKind::Date),
        int("days_late", "Late").alert_above(0.0),
        Column::text("status", "Status"),
        Column::text("url", "URL").machine_only(),
    ]
}

fn overdue_section(late: &[&Ticket], today: NaiveDate, site: Option<&str>) -> Section {
    Section::rows(
        "overdue",
        "Overdue",
        overdue_columns(),
        late.iter()
            .map(|t| {
                vec![
                    json!(t.key),
                    json!(t.summary),
                    assignee_name(t),
                    assignee_id(t),
                    t.due.map_or(Value::Null, |d| json!(iso_date(d))),
                    json!(metrics::days_late(t, today)),
                    json!(t.status),
                    site.map_or(Value::Null, |s| Value::String(browse_url(s, &t.key))),
                ]
            })
            .collect(),
    )
}

/// The ticket list shared by the dashboard and `member show`.
pub(crate) fn tickets_section(
    name: &str,
    title: &str,
    list: &[&Ticket],
    site: Option<&str>,
) -> Section {
    Section::rows(
        name,
        title,
        ticket_columns(),
        list.iter().map(|t| ticket_row(t, site)).collect(),
    )
}

/// The keys `--columns` can name: the ticket list's and the overdue list's columns.
pub fn list_column_keys() -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for c in ticket_columns().into_iter().chain(overdue_columns()) {
        if !keys.contains(&c.key) {
            keys.push(c.key);
        }
    }
    keys
}

/// The ticket list's columns. A table too narrow for all of them drops the highest ranks first
/// (labels, then updated, sprint, created, priority, type); `--wide` keeps them.
fn ticket_columns() -> Vec<Column> {
    vec![
        Column::text("key", "Key").keep(),
        Column::text("summary", "Summary").fill(),
        Column::text("type", "Type").droppable(1),
        Column::text("status", "Status"),
        Column::text("assignee", "Assignee"),
        Column::text("assignee_account_id", "Assignee id").machine_only(),
        float("story_points", "Points"),
        Column::new("due", "Due", ColumnKind::Date),
        Column::new("created", "Created", ColumnKind::DateTime).droppable(3),
        Column::new("labels", "Labels", ColumnKind::List).droppable(6),
        Column::text("sprint", "Sprint").droppable(4),
        Column::text("priority", "Priority").droppable(2),
        Column::new("updated", "Updated", ColumnKind::DateTime).droppable(5),
        Column::text("project", "Project").machine_only(),
        Column::text("url", "URL").machine_only(),
    ]
}

fn ticket_row(t: &Ticket, site: Option<&str>) -> Vec<Value> {
    let mut cells = Vec::with_capacity(15);
    push_ticket_row(t, site, &mut cells);
    cells
}

/// `{site}/browse/{key}`: where a person opens the ticket.
pub(crate) fn browse_url(site: &str, key: &str) -> String {
    format!("{}/browse/{key}", site.trim_end_matches('/'))
}

fn push_ticket_row(t: &Ticket, site: Option<&str>, cells: &mut Vec<Value>) {
    cells.extend([
        Value::String(t.key.clone()),
        Value::String(t.summary.clone()),
        Value::String(t.issue_type.clone()),
        Value::String(t.status.clone()),
        assignee_name(t),
        assignee_id(t),
        t.story_points.map_or(Value::Null, points),
        t.due.map_or(Value::Null, |d| Value::String(iso_date(d))),
        Value::String(rfc3339(t.created)),
        Value::Array(t.labels.iter().cloned().map(Value::String).collect()),
        metrics::current_sprint(t).map_or(Value::Null, |s| Value::String(s.name.clone())),
        t.priority.clone().map_or(Value::Null, Value::String),
        Value::String(rfc3339(t.updated)),
        Value::String(t.project_key.clone()),
        site.map_or(Value::Null, |s| Value::String(browse_url(s, &t.key))),
    ]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Format;

    /// What a terminal shows by default.
    const OVERVIEW: [SectionName; 4] = [
        SectionName::Summary,
        SectionName::Workload,
        SectionName::Status,
        SectionName::Overdue,
    ];
    use crate::ErrorKind;
    use crate::model::{SprintRef, SprintState};
    use crate::output::{OutputSettings, render};
    use crate::report::testdata::{date, generate, now, person, ticket, today};
    use crate::report::{SortSpec, TimeZoneSpec};

    /// A small fixed team: the snapshot set.
    fn fixed_tickets() -> Vec<Ticket> {
        let ada = person("acc-ada", "Ada Lovelace", Some("ada@example.com"));
        let zoe = person("acc-zoe", "Zoë Ångström", None);
        let sara = person("acc-sara", "שרה כהן", None);
        let mut out = Vec::new();
        let mut add = |key: &str, f: &dyn Fn(&mut Ticket)| {
            let mut t = ticket(key);
            f(&mut t);
            out.push(t);
        };
        add("WEB-2", &|t| {
            t.summary = "Login times out".into();
            t.issue_type = "Bug".into();
            t.status = "In Progress".into();
            t.status_category = StatusCategory::InProgress;
            t.assignee = Some(ada.clone());
            t.due = Some(date(2026, 11, 20));
            t.story_points = Some(3.0);
            t.labels = vec!["backend".into(), "urgent".into()];
            t.sprints = vec![
                SprintRef {
                    id: 7,
                    name: "Sprint 7".into(),
                    state: SprintState::Closed,
                },
                SprintRef {
                    id: 8,
                    name: "Sprint 8".into(),
                    state: SprintState::Active,
                },
            ];
        });
        add("WEB-10", &|t| {
            t.summary = "=HYPERLINK(\"http://evil\",\"click\")".into();
            t.assignee = Some(zoe.clone());
            t.due = Some(date(2026, 11, 27));
            t.story_points = Some(5.0);
            t.labels = vec!["=cmd".into()];
        });
        add("WEB-3", &|t| {
            t.summary = "\x1b[31mred alert\x1b[0m \u{202E}txt.exe".into();
            t.status = "Done".into();
            t.status_category = StatusCategory::Done;
            t.assignee = Some(ada.clone());
            t.due = Some(date(2026, 11, 1));
            t.story_points = Some(2.0);
        });
        add("WEB-1", &|t| {
            t.summary = "Ship it 🚢".into();
            t.issue_type = "Task".into();
            t.due = Some(date(2026, 11, 10));
        });
        add("API-1", &|t| {
            t.summary = "תקן את הבאג".into();
            t.status = "In Review".into();
            t.status_category = StatusCategory::InProgress;
            t.assignee = Some(sara.clone());
            t.story_points = Some(0.5);
            t.created = now() - chrono::Duration::days(2);
        });
        add("API-2", &|t| {
            t.summary = "Sub-task of API-1".into();
            t.issue_type = "Sub-task".into();
            t.is_subtask = true;
            t.assignee = Some(sara.clone());
            t.due = Some(date(2026, 11, 24));
        });
        out
    }

    #[test]
    fn shared_tickets_render_exactly_like_the_built_rows_in_every_format() {
        let mut tickets = generate(2500, 3);
        tickets.extend(fixed_tickets());
        let shared = Arc::new(tickets);
        let filters = Filters::default();
        for sort in [None, Some("assignee"), Some("-due")] {
            for limit in [None, Some(7)] {
                let mut i = input(&shared, &filters, &SectionName::ALL);
                i.sort = sort.map(|s| SortSpec::parse(s).expect("valid sort"));
                i.limit = limit;
                let built = build(&i).report;
                let lazy = build_shared(&i, &shared).report;
                for format in [Format::Json, Format::Table] {
                    assert_eq!(
                        rendered(&lazy, format),
                        rendered(&built, format),
                        "{format:?} sort {sort:?} limit {limit:?}"
                    );
                }
                let csv = [SectionName::Tickets];
                let i = DashboardInput {
                    sections: &csv,
                    ..i
                };
                assert_eq!(
                    rendered(&build_shared(&i, &shared).report, Format::Csv),
                    rendered(&build(&i).report, Format::Csv)
                );
                let section = |r: &Report| r.section("tickets").expect("a ticket list").to_json();
                assert_eq!(section(&lazy), section(&built));
            }
        }
    }

    fn input<'a>(
        tickets: &'a [Ticket],
        filters: &'a Filters,
        sections: &'a [SectionName],
    ) -> DashboardInput<'a> {
        DashboardInput {
            tickets,
            filters,
            today: today(),
            now: now(),
            data_as_of: Some(now() - chrono::Duration::minutes(5)),
            sections,
            sort: None,
            limit: None,
            for_people: false,
            site_url: Some("https://example.atlassian.net"),
            projects: &[],
            gates: Default::default(),
        }
    }

    fn utc_filters() -> Filters {
        Filters {
            time_zone: TimeZoneSpec::Utc,
            ..Filters::default()
        }
    }

    fn rendered(report: &Report, format: Format) -> String {
        render(report, &OutputSettings::plain(format)).expect("renders")
    }

    #[test]
    fn section_names_parse_case_insensitively_and_comma_separated() {
        let got = SectionName::parse_list(&["Summary,tickets", "summary"]).expect("valid");
        assert_eq!(got, [SectionName::Summary, SectionName::Tickets]);
    }

    #[test]
    fn unknown_section_is_a_usage_error_listing_the_sections() {
        let err = SectionName::parse_list(&["summary", "burndown"]).expect_err("unknown");
        assert_eq!(err.kind(), ErrorKind::Usage);
        assert_eq!(
            err.message(),
            "unknown section 'burndown': use summary, workload, status, overdue, tickets or all"
        );
    }

    #[test]
    fn report_carries_kind_times_and_the_filters_applied() {
        let tickets = fixed_tickets();
        let filters = Filters {
            projects: vec!["WEB".into()],
            ..utc_filters()
        };
        let report = build(&input(&tickets, &filters, &SectionName::ALL)).report;
        assert_eq!(report.kind, "dashboard");
        assert_eq!(report.meta["generated_at"], "2026-11-25T10:30:00Z");
        assert_eq!(report.meta["data_as_of"], "2026-11-25T10:25:00Z");
        assert_eq!(report.meta["filters"]["projects"], json!(["WEB"]));
        let names: Vec<&str> = report.sections.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "summary",
                "workload",
                "status",
                "status_category",
                "overdue",
                "tickets"
            ]
        );
        assert_eq!(report.csv_section.as_deref(), Some("summary"));
    }

    #[test]
    fn summary_numbers_follow_the_definitions() {
        let tickets = fixed_tickets();
        let filters = utc_filters();
        let report = build(&input(&tickets, &filters, &[SectionName::Summary])).report;
        let s = report.section("summary").expect("present").to_json();
        assert_eq!(
            s,
            json!({
                "total_tickets": 6, "open_tickets": 5,
                "overdue": 3, "due_this_week": 1, "missing_story_points": 1,
                "unassigned": 1, "story_points_total": 10.5,
                "todo": 3, "in_progress": 2, "done": 1, "no_category": 0
            })
        );
    }

    #[test]
    fn the_same_numbers_appear_in_table_json_and_csv() {
        let tickets = generate(800, 21);
        let filters = utc_filters();
        let sections = [SectionName::Workload];
        let report = build(&input(&tickets, &filters, &sections)).report;
        let json: Value =
            serde_json::from_str(&rendered(&report, Format::Json)).expect("valid JSON");
        let csv = rendered(&report, Format::Csv);
        let table = rendered(&report, Format::Table);
        let rows = json["workload"].as_array().expect("rows");
        assert_eq!(csv.lines().count(), rows.len() + 1);
        // One section: the headline, a blank line, no title, a header line, then the rows in
        // the same order everywhere (the Unassigned row set apart under a blank line).
        assert!(table.starts_with("800 tickets · data as of"), "{table}");
        let table_lines: Vec<&str> = table
            .lines()
            .skip(3)
            .filter(|l| !l.trim().is_empty())
            .collect();
        assert_eq!(table_lines.len(), rows.len());
        for ((row, line), table_line) in rows.iter().zip(csv.lines().skip(1)).zip(table_lines) {
            let open = row["open_tickets"].as_u64().expect("int").to_string();
            let pts = row["open_story_points"].to_string();
            assert!(line.contains(&format!(",{open},{pts},")), "{line} vs {row}");
            let name = row["assignee"].as_str().expect("name");
            assert!(
                table_line.trim_start().starts_with(name),
                "{table_line} vs {row}"
            );
            assert!(
                table_line.contains(&format!(" {open} ")),
                "{table_line} vs {row}"
            );
            assert!(
                table_line.contains(&format!(" {pts} ")),
                "{table_line} vs {row}"
            );
        }
    }

    #[test]
    fn sort_and_limit_apply_to_the_ticket_and_overdue_lists() {
        let tickets = generate(500, 5);
        let filters = utc_filters();
        let sections = [SectionName::Overdue, SectionName::Tickets];
        let mut inp = input(&tickets, &filters, &sections);
        inp.sort = Some(SortSpec::parse("-points").expect("valid"));
        inp.limit = Some(7);
        let report = build(&inp).report;
        for name in ["overdue", "tickets"] {
            let rows = report.section(name).expect("present").to_json();
            let rows = rows.as_array().expect("rows");
            assert_eq!(rows.len(), 7, "{name}");
            let pts: Vec<f64> = rows
                .iter()
                .filter_map(|r| r["story_points"].as_f64())
                .collect();
            let overdue_has_no_points = name == "overdue";
            if !overdue_has_no_points {
                assert!(pts.windows(2).all(|w| w[0] >= w[1]), "{pts:?}");
            }
        }
        assert_eq!(report.meta["sort"], "-points");
        assert_eq!(report.meta["limit"], 7);
    }

    #[test]
    fn large_sets_give_the_sections_in_the_order_asked() {
        let tickets = generate(20_500, 9);
        let filters = utc_filters();
        let sections = [
            SectionName::Tickets,
            SectionName::Summary,
            SectionName::Status,
            SectionName::Overdue,
        ];
        let report = build(&input(&tickets, &filters, &sections)).report;
        let names: Vec<&str> = report.sections.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            ["tickets", "summary", "status", "status_category", "overdue"]
        );
        let mut all: Vec<&Ticket> = tickets.iter().collect();
        sort_tickets(&mut all, None);
        let want = tickets_section(
            "tickets",
            "Tickets",
            &all,
            Some("https://example.atlassian.net"),
        )
        .to_json();
        assert_eq!(report.section("tickets").expect("present").to_json(), want);
        let summary = report.section("summary").expect("present").to_json();
        assert_eq!(summary["total_tickets"], tickets.len());
    }

    #[test]
    fn tickets_list_defaults_to_natural_key_order() {
        let tickets = fixed_tickets();
        let filters = utc_filters();
        let report = build(&input(&tickets, &filters, &[SectionName::Tickets])).report;
        let rows = report.section("tickets").expect("present").to_json();
        let keys: Vec<&str> = rows
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| r["key"].as_str().expect("key"))
            .collect();
        assert_eq!(
            keys,
            ["API-1", "API-2", "WEB-1", "WEB-2", "WEB-3", "WEB-10"]
        );
    }

    #[test]
    fn overdue_section_lists_days_late_most_late_first() {
        let tickets = fixed_tickets();
        let filters = utc_filters();
        let report = build(&input(&tickets, &filters, &[SectionName::Overdue])).report;
        let rows = report.section("overdue").expect("present").to_json();
        let got: Vec<(String, i64)> = rows
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| {
                (
                    r["key"].as_str().expect("key").to_string(),
                    r["days_late"].as_i64().expect("int"),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("WEB-1".to_string(), 15),
                ("WEB-2".to_string(), 5),
                ("API-2".to_string(), 1)
            ]
        );
    }

    #[test]
    fn hostile_text_reaches_the_data_untouched() {
        let tickets = fixed_tickets();
        let filters = utc_filters();
        let report = build(&input(&tickets, &filters, &[SectionName::Tickets])).report;
        let json = report.section("tickets").expect("present").to_json();
        let summaries: Vec<&str> = json
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| r["summary"].as_str().expect("text"))
            .collect();
        for t in &tickets {
            assert!(summaries.contains(&t.summary.as_str()), "{:?}", t.summary);
        }
    }

    #[test]
    fn rendering_neutralises_hostile_text_in_tables_and_csv() {
        let tickets = fixed_tickets();
        let filters = utc_filters();
        let report = build(&input(&tickets, &filters, &SectionName::ALL)).report;
        let table = rendered(&report, Format::Table);
        assert!(
            !table.contains('\x1b') && !table.contains('\u{202E}'),
            "{table:?}"
        );
        assert!(table.contains("\\u{1b}[31mred alert"), "{table}");
        assert!(
            table.contains("Ship it 🚢") && table.contains("שרה כהן"),
            "{table}"
        );
        let mut csv_report = report.clone();
        csv_report.csv_section = Some("tickets".into());
        let csv = rendered(&csv_report, Format::Csv);
        assert!(csv.contains("\"'=HYPERLINK("), "{csv}");
        assert!(csv.contains(",'=cmd,"), "{csv}");
        assert!(
            csv.contains("Ship it 🚢") && csv.contains("תקן את הבאג"),
            "{csv}"
        );
    }

    #[test]
    fn dashboard_table_snapshot() {
        let tickets = fixed_tickets();
        let filters = utc_filters();
        let report = build(&input(&tickets, &filters, &OVERVIEW)).report;
        insta::assert_snapshot!(rendered(&report, Format::Table));
    }

    #[test]
    fn dashboard_csv_snapshot() {
        let tickets = fixed_tickets();
        let filters = utc_filters();
        let report = build(&input(&tickets, &filters, &[SectionName::Tickets])).report;
        insta::assert_snapshot!(rendered(&report, Format::Csv));
    }

    #[test]
    fn dashboard_json_snapshot() {
        let tickets = fixed_tickets();
        let filters = Filters {
            exclude_statuses: vec!["done".into()],
            ..utc_filters()
        };
        let report = build(&input(&tickets, &filters, &SectionName::ALL)).report;
        let doc = crate::output::json::to_value(&report);
        insta::assert_snapshot!(serde_json::to_string_pretty(&doc).expect("serialises"));
    }

    /// `cargo test --release --lib bench_dashboard_build_100k -- --ignored --nocapture`
    #[test]
    #[ignore = "benchmark: run in release with --ignored --nocapture"]
    fn bench_dashboard_build_100k() {
        let tickets = generate(100_000, 42);
        let all = Filters::default();
        let busy = Filters {
            projects: vec!["alpha".into(), "beta".into()],
            assignees: vec![
                "Zoë Ångström".into(),
                "ada@example.com".into(),
                "unassigned".into(),
            ],
            exclude_statuses: vec!["done".into()],
            labels: vec!["backend".into(), "urgent".into()],
            due_from: Some(today() - chrono::Days::new(20)),
            points_max: Some(8.0),
            ignored_keys: tickets.iter().step_by(50).map(|t| t.key.clone()).collect(),
            ignored_types: vec!["epic".into()],
            ..Filters::default()
        };
        // The fastest of a few runs: the machine is shared, the minimum is the least noisy.
        fn best<T>(runs: u32, mut f: impl FnMut() -> T) -> std::time::Duration {
            (0..runs)
                .map(|_| {
                    let start = std::time::Instant::now();
                    let out = f();
                    let took = start.elapsed();
                    drop(out);
                    took
                })
                .min()
                .expect("at least one run")
        }
        for (name, filters) in [("no filters", &all), ("many filters", &busy)] {
            let inp = input(&tickets, filters, &SectionName::ALL);
            let build_time = best(7, || build(&inp).report);
            let matched = filters.apply(&tickets);
            let phases = [
                ("filter", best(7, || filters.apply(&tickets))),
                ("summary", best(7, || metrics::summarize(&matched, today()))),
                ("workload", best(7, || workload_section(&matched, today()))),
                ("status", best(7, || status_sections(&matched))),
                ("overdue", best(7, || metrics::overdue(&matched, today()))),
                (
                    "sort",
                    best(7, || {
                        let mut list = matched.clone();
                        sort_tickets(&mut list, None);
                        list
                    }),
                ),
                (
                    "ticket rows",
                    best(7, || tickets_section("t", "T", &matched, None)),
                ),
            ];
            let report = build(&inp).report;
            let start = std::time::Instant::now();
            let json = crate::output::json::render(&report, false).expect("renders");
            let render_time = start.elapsed();
            println!(
                "dashboard::build, 100k tickets, all sections, {name}: {build_time:?} \
                 ({} matching); JSON render after it: {render_time:?} ({} bytes)",
                matched.len(),
                json.len()
            );
            for (phase, took) in phases {
                println!("  {phase}: {took:?}");
            }
        }
    }
}
