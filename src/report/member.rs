//! `jirahub member list | show | labels`: team members (from the store) with their work (from
//! the synced tickets), and finding the member a command line names.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::dashboard::{points, tickets_section};
use super::metrics;
use super::sort::natural_cmp;
use super::text::{cmp_ci, eq_ci};
use crate::model::{StatusCategory, Ticket};
use crate::output::{Column, ColumnKind, Report, Section};
use crate::{Error, Result};

/// A team member as the reports need it; the caller maps store rows into this.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberInfo {
    pub account_id: String,
    pub display_name: String,
    pub email: Option<String>,
    pub active: bool,
    pub labels: Vec<String>,
}

/// Finds the member a command line names: an account id (exact), else an email, else a display
/// name (both case-insensitive). Several people with that name or email → a usage error listing
/// them on one line; nobody → not found.
pub fn resolve_member<'a>(query: &str, members: &'a [MemberInfo]) -> Result<&'a MemberInfo> {
    let q = query.trim();
    if let Some(m) = members.iter().find(|m| m.account_id == q) {
        return Ok(m);
    }
    let by_email: Vec<&MemberInfo> = members
        .iter()
        .filter(|m| m.email.as_deref().is_some_and(|e| eq_ci(e, q)))
        .collect();
    let mut found: Vec<&MemberInfo> = if by_email.is_empty() {
        members
            .iter()
            .filter(|m| eq_ci(&m.display_name, q))
            .collect()
    } else {
        by_email
    };
    if found.is_empty() {
        // Part of a name ("Aiko"): whoever it could mean.
        let names = super::suggest::containing(q, members.iter().map(|m| m.display_name.as_str()));
        found = members
            .iter()
            .filter(|m| names.contains(&m.display_name.as_str()))
            .collect();
    }
    match found.as_slice() {
        [one] => Ok(one),
        [] => {
            let near = super::suggest::closest(q, members.iter().map(|m| m.display_name.as_str()));
            Err(
                Error::not_found(format!("no team member matches '{query}'")).with_hint(
                    match near {
                        Some(name) => {
                            format!("did you mean '{name}'? (`jirahub member list` shows everyone)")
                        }
                        None => "run `jirahub member list` to see the members".to_string(),
                    },
                ),
            )
        }
        many => {
            let candidates: Vec<String> = many
                .iter()
                .map(|m| match &m.email {
                    Some(e) => format!("{} <{}> ({})", m.display_name, e, m.account_id),
                    None => format!("{} ({})", m.display_name, m.account_id),
                })
                .collect();
            Err(Error::usage(format!(
                "'{query}' matches {} members: {}; use an email or account id",
                many.len(),
                candidates.join(", ")
            )))
        }
    }
}

fn assigned_to(t: &Ticket, account_id: &str) -> bool {
    t.assignee
        .as_ref()
        .is_some_and(|p| p.account_id == account_id)
}

/// `member list`: name, email, labels, active, open tickets, account id; ordered by name.
/// `tickets` should already have the user's ignore rules applied ([`super::Filters::apply`]).
pub fn list_report<'a>(
    members: &[MemberInfo],
    tickets: impl IntoIterator<Item = &'a Ticket>,
) -> Report {
    let mut open: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for t in tickets {
        if let Some(p) = t.assignee.as_ref().filter(|_| metrics::is_open(t)) {
            *open.entry(p.account_id.as_str()).or_default() += 1;
        }
    }
    let mut sorted: Vec<&MemberInfo> = members.iter().collect();
    sorted.sort_by(|a, b| {
        cmp_ci(&a.display_name, &b.display_name).then_with(|| a.account_id.cmp(&b.account_id))
    });
    let rows = sorted
        .iter()
        .map(|m| {
            vec![
                json!(m.display_name),
                m.email.as_deref().map_or(Value::Null, |e| json!(e)),
                json!(m.labels),
                json!(m.active),
                json!(open.get(m.account_id.as_str()).copied().unwrap_or(0)),
                json!(m.account_id),
            ]
        })
        .collect();
    Report::new("member_list").with_section(Section::rows(
        "members",
        "Members",
        vec![
            Column::text("name", "Name"),
            Column::text("email", "Email"),
            Column::new("labels", "Labels", ColumnKind::List),
            Column::new("active", "Active", ColumnKind::Bool),
            Column::new("open_tickets", "Open tickets", ColumnKind::Int),
            Column::text("account_id", "Account ID"),
        ],
        rows,
    ))
}

/// `member show`: the profile with counts, assigned tickets by status, and the assigned
/// tickets (natural key order). Counts follow [`metrics`]' definitions. CSV holds the tickets.
pub fn show_report<'a>(
    member: &MemberInfo,
    tickets: impl IntoIterator<Item = &'a Ticket>,
    today: NaiveDate,
) -> Report {
    let mut assigned: Vec<&Ticket> = Vec::new();
    let mut reported = 0usize;
    for t in tickets {
        if assigned_to(t, &member.account_id) {
            assigned.push(t);
        }
        if t.reporter
            .as_ref()
            .is_some_and(|p| p.account_id == member.account_id)
        {
            reported += 1;
        }
    }
    assigned.sort_by(|a, b| natural_cmp(&a.key, &b.key));
    let summary = metrics::summarize(&assigned, today);
    let open_points: f64 = assigned
        .iter()
        .filter(|t| metrics::is_open(t))
        .filter_map(|t| t.story_points)
        .sum();
    let int = |k: &str, h: &str| Column::new(k, h, ColumnKind::Int);
    let profile = Section::record(
        "member",
        "Member",
        vec![
            (Column::text("name", "Name"), json!(member.display_name)),
            (
                Column::text("email", "Email"),
                member.email.as_deref().map_or(Value::Null, |e| json!(e)),
            ),
            (
                Column::text("account_id", "Account ID"),
                json!(member.account_id),
            ),
            (
                Column::new("active", "Active", ColumnKind::Bool),
                json!(member.active),
            ),
            (
                Column::new("labels", "Labels", ColumnKind::List),
                json!(member.labels),
            ),
            (
                int("assigned_tickets", "Assigned tickets"),
                json!(summary.total),
            ),
            (int("open_tickets", "Open"), json!(summary.open)),
            (
                int("in_progress", "In progress"),
                json!(summary.category_count(StatusCategory::InProgress)),
            ),
            (int("overdue", "Overdue"), json!(summary.overdue)),
            (
                int("due_this_week", "Due this week"),
                json!(summary.due_this_week),
            ),
            (
                Column::new("open_story_points", "Open story points", ColumnKind::Float),
                points(open_points),
            ),
            (
                Column::new(
                    "story_points_total",
                    "Story points (all)",
                    ColumnKind::Float,
                ),
                points(summary.story_points_total),
            ),
            (
                int("missing_estimates", "Missing estimates"),
                json!(summary.missing_story_points),
            ),
            (int("tickets_reported", "Tickets reported"), json!(reported)),
        ],
    );
    let (by_status, _) = metrics::status_breakdown(&assigned);
    let status = Section::rows(
        "by_status",
        "Assigned tickets by status",
        vec![
            Column::text("status", "Status"),
            Column::text("category", "Category"),
            int("tickets", "Tickets"),
            Column::new("story_points", "Points", ColumnKind::Float),
        ],
        by_status
            .into_iter()
            .map(|r| {
                vec![
                    json!(r.status),
                    json!(metrics::category_name(r.category)),
                    json!(r.tickets),
                    points(r.story_points),
                ]
            })
            .collect(),
    );
    let mut report = Report::new("member")
        .with_section(profile)
        .with_section(status)
        .with_section(tickets_section(
            "tickets",
            "Assigned tickets",
            &assigned,
            None,
        ));
    report.csv_section = Some("tickets".to_string());
    report
}

/// `member labels`: each label with the members carrying it (ordered by label, then name).
pub fn labels_report(members: &[MemberInfo]) -> Report {
    let mut labels: Vec<(&str, Vec<&MemberInfo>)> = Vec::new();
    for m in members {
        for l in &m.labels {
            match labels.iter_mut().find(|(name, _)| *name == l.as_str()) {
                Some((_, who)) => who.push(m),
                None => labels.push((l.as_str(), vec![m])),
            }
        }
    }
    labels.sort_by(|a, b| cmp_ci(a.0, b.0).then_with(|| a.0.cmp(b.0)));
    let rows = labels
        .into_iter()
        .map(|(label, mut who)| {
            who.sort_by(|a, b| cmp_ci(&a.display_name, &b.display_name));
            let names: Vec<&str> = who.iter().map(|m| m.display_name.as_str()).collect();
            vec![json!(label), json!(who.len()), json!(names)]
        })
        .collect();
    Report::new("member_labels").with_section(Section::rows(
        "labels",
        "Labels",
        vec![
            Column::text("label", "Label"),
            Column::new("members_count", "Members", ColumnKind::Int),
            Column::new("members", "Names", ColumnKind::List),
        ],
        rows,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;
    use crate::output::{Format, OutputSettings, render};
    use crate::report::testdata::{date, generate, people, person, ticket, today};

    fn members() -> Vec<MemberInfo> {
        people()
            .into_iter()
            .enumerate()
            .map(|(i, p)| MemberInfo {
                account_id: p.account_id,
                display_name: p.display_name,
                email: p.email,
                active: i != 3,
                labels: match i {
                    0 => vec!["platform".into(), "oncall".into()],
                    1 => vec!["platform".into()],
                    _ => vec![],
                },
            })
            .collect()
    }

    #[test]
    fn resolves_by_exact_account_id() {
        let m = members();
        assert_eq!(
            resolve_member("acc-zoe", &m).expect("found").display_name,
            "Zoë Ångström"
        );
    }

    #[test]
    fn resolves_by_email_and_name_case_insensitively() {
        let m = members();
        assert_eq!(
            resolve_member("ADA@example.com", &m)
                .expect("found")
                .account_id,
            "acc-ada"
        );
        assert_eq!(
            resolve_member(" zoë ångström ", &m)
                .expect("found")
                .account_id,
            "acc-zoe"
        );
        assert_eq!(
            resolve_member("שרה כהן", &m).expect("found").account_id,
            "acc-sara"
        );
    }

    #[test]
    fn an_ambiguous_name_is_a_usage_error_listing_the_candidates_on_one_line() {
        let m = members();
        let err = resolve_member("alex kim", &m).expect_err("two Alex Kims");
        assert_eq!(err.kind(), ErrorKind::Usage);
        assert_eq!(
            err.message(),
            "'alex kim' matches 2 members: Alex Kim <alex.kim@example.com> (acc-alex1), \
             Alex Kim <alex.k@example.org> (acc-alex2); use an email or account id"
        );
        assert!(!err.message().contains('\n'));
        // Either email picks one of them.
        assert_eq!(
            resolve_member("alex.k@example.org", &m)
                .expect("found")
                .account_id,
            "acc-alex2"
        );
    }

    #[test]
    fn part_of_a_name_finds_the_one_member_or_lists_the_candidates() {
        let m = members();
        assert_eq!(
            resolve_member("zoë", &m).expect("one Zoë").account_id,
            "acc-zoe"
        );
        let err = resolve_member("alex", &m).expect_err("two Alexes");
        assert_eq!(err.kind(), ErrorKind::Usage);
        assert!(
            err.message()
                .starts_with("'alex' matches 2 members: Alex Kim <"),
            "{}",
            err.message()
        );
        let err = resolve_member("Ada Lovelase", &m).expect_err("a typo");
        assert_eq!(err.kind(), ErrorKind::NotFound);
        assert_eq!(
            err.hint(),
            Some("did you mean 'Ada Lovelace'? (`jirahub member list` shows everyone)")
        );
    }

    #[test]
    fn nobody_matching_is_not_found() {
        let err = resolve_member("Grace Hopper", &members()).expect_err("missing");
        assert_eq!(err.kind(), ErrorKind::NotFound);
        assert_eq!(err.message(), "no team member matches 'Grace Hopper'");
        assert!(err.hint().is_some());
    }

    #[test]
    fn an_account_id_wins_over_a_display_name_that_looks_like_it() {
        let mut m = members();
        m[1].display_name = "acc-ada".into();
        assert_eq!(
            resolve_member("acc-ada", &m).expect("found").display_name,
            "Ada Lovelace"
        );
    }

    #[test]
    fn member_list_counts_open_tickets_per_member() {
        let tickets = generate(2000, 3);
        let m = members();
        let report = list_report(&m, &tickets);
        let rows = report.section("members").expect("present").to_json();
        let rows = rows.as_array().expect("rows");
        assert_eq!(rows.len(), m.len());
        for row in rows {
            let id = row["account_id"].as_str().expect("id");
            let want = tickets
                .iter()
                .filter(|t| {
                    t.status_category != StatusCategory::Done
                        && t.assignee.as_ref().is_some_and(|p| p.account_id == id)
                })
                .count();
            assert_eq!(row["open_tickets"], want, "{id}");
        }
        let names: Vec<&str> = rows
            .iter()
            .map(|r| r["name"].as_str().expect("name"))
            .collect();
        assert_eq!(names[0], "Ada Lovelace", "ordered by name: {names:?}");
        assert_eq!(rows[0]["labels"], json!(["platform", "oncall"]));
    }

    #[test]
    fn member_show_counts_follow_the_metric_definitions() {
        let tickets = generate(2000, 4);
        let m = members();
        let ada = resolve_member("acc-ada", &m).expect("found");
        let report = show_report(ada, &tickets, today());
        let profile = report.section("member").expect("present").to_json();
        let mine: Vec<&Ticket> = tickets
            .iter()
            .filter(|t| {
                t.assignee
                    .as_ref()
                    .is_some_and(|p| p.account_id == "acc-ada")
            })
            .collect();
        let open: Vec<&&Ticket> = mine
            .iter()
            .filter(|t| t.status_category != StatusCategory::Done)
            .collect();
        let overdue = open
            .iter()
            .filter(|t| t.due.is_some_and(|d| d < today()))
            .count();
        let reported = tickets
            .iter()
            .filter(|t| {
                t.reporter
                    .as_ref()
                    .is_some_and(|p| p.account_id == "acc-ada")
            })
            .count();
        let open_points: f64 = open.iter().filter_map(|t| t.story_points).sum();
        assert_eq!(profile["assigned_tickets"], mine.len());
        assert_eq!(profile["open_tickets"], open.len());
        assert_eq!(profile["overdue"], overdue);
        assert_eq!(profile["tickets_reported"], reported);
        assert!(
            (profile["open_story_points"].as_f64().expect("number") - open_points).abs() < 1e-9
        );
        let listed = report.section("tickets").expect("present").to_json();
        assert_eq!(listed.as_array().expect("rows").len(), mine.len());
        let by_status = report.section("by_status").expect("present").to_json();
        let total: u64 = by_status
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| r["tickets"].as_u64().expect("int"))
            .sum();
        assert_eq!(total as usize, mine.len());
        assert_eq!(report.csv_section.as_deref(), Some("tickets"));
    }

    #[test]
    fn member_labels_lists_each_label_with_its_members() {
        let report = labels_report(&members());
        let rows = report.section("labels").expect("present").to_json();
        assert_eq!(
            rows,
            json!([
                {"label": "oncall", "members_count": 1, "members": ["Ada Lovelace"]},
                {"label": "platform", "members_count": 2, "members": ["Ada Lovelace", "Zoë Ångström"]},
            ])
        );
    }

    #[test]
    fn member_show_table_snapshot() {
        let zoe = person("acc-zoe", "Zoë Ångström", Some("zoe@example.com"));
        let mut tickets = Vec::new();
        for (key, status, category, pts, due) in [
            (
                "WEB-2",
                "In Progress",
                StatusCategory::InProgress,
                Some(3.0),
                Some(date(2026, 11, 20)),
            ),
            (
                "WEB-10",
                "To Do",
                StatusCategory::ToDo,
                None,
                Some(date(2026, 11, 27)),
            ),
            ("WEB-7", "Done", StatusCategory::Done, Some(5.0), None),
        ] {
            let mut t = ticket(key);
            t.status = status.into();
            t.status_category = category;
            t.story_points = pts;
            t.due = due;
            t.assignee = Some(zoe.clone());
            tickets.push(t);
        }
        let mut reported = ticket("API-1");
        reported.reporter = Some(zoe.clone());
        tickets.push(reported);
        let member = MemberInfo {
            account_id: "acc-zoe".into(),
            display_name: "Zoë Ångström".into(),
            email: Some("zoe@example.com".into()),
            active: true,
            labels: vec!["platform".into()],
        };
        let report = show_report(&member, &tickets, today());
        let text = render(&report, &OutputSettings::plain(Format::Table)).expect("renders");
        insta::assert_snapshot!(text);
    }
}
