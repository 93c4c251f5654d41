//! Conversions from the internal site to the public snapshot types, and the changelog
//! item texts shared by the snapshot and the HTTP rendering.

use chrono::NaiveDate;

use super::derived;
use super::*;
use crate::clock::date_str;
use crate::model::{
    Credential, SimBoard, SimChange, SimField, SimFields, SimIssue, SimProject, SimSprint, SimUser,
    SimUserRef,
};

/// One changelog item as Jira renders it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ChangeItem {
    pub field: String,
    pub fieldtype: &'static str,
    pub field_id: Option<String>,
    pub from: Option<String>,
    pub from_string: Option<String>,
    pub to: Option<String>,
    pub to_string: Option<String>,
    /// Cloud adds `tmpFromAccountId`/`tmpToAccountId` to assignee items.
    pub account_ids: Option<(Option<String>, Option<String>)>,
}

fn fmt_points(p: f64) -> String {
    if p.fract() == 0.0 {
        format!("{}", p as i64)
    } else {
        format!("{p}")
    }
}

fn sprint_ids(ids: &[u64]) -> String {
    ids.iter()
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn sprint_names(site: &Site, ids: &[u64]) -> String {
    ids.iter()
        .map(|id| {
            site.sprint(*id)
                .map_or_else(|| id.to_string(), |s| s.name.clone())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn due_string(d: NaiveDate) -> String {
    format!("{} 00:00:00.0", date_str(d))
}

pub(crate) fn user_ident(site: &Site, u: usize) -> String {
    match site.flavor {
        Flavor::Cloud => site.users[u].account_id.clone(),
        Flavor::DataCenter => site.users[u].name.clone(),
    }
}

pub(crate) fn change_item(site: &Site, c: &Change) -> ChangeItem {
    let jira = |field: &str, from, from_string, to, to_string| ChangeItem {
        field: field.to_string(),
        fieldtype: "jira",
        field_id: Some(field.to_string()),
        from,
        from_string,
        to,
        to_string,
        account_ids: None,
    };
    match c {
        Change::Status { from, to } => jira(
            "status",
            Some(site.statuses[*from].id.to_string()),
            Some(site.statuses[*from].name.to_string()),
            Some(site.statuses[*to].id.to_string()),
            Some(site.statuses[*to].name.to_string()),
        ),
        Change::Resolution { from, to } => jira(
            "resolution",
            from.map(|r| site.resolutions[r].id.to_string()),
            from.map(|r| site.resolutions[r].name.to_string()),
            to.map(|r| site.resolutions[r].id.to_string()),
            to.map(|r| site.resolutions[r].name.to_string()),
        ),
        Change::Assignee { from, to } => {
            let mut item = jira(
                "assignee",
                from.map(|u| user_ident(site, u)),
                from.map(|u| site.users[u].display_name.clone()),
                to.map(|u| user_ident(site, u)),
                to.map(|u| site.users[u].display_name.clone()),
            );
            if site.flavor == Flavor::Cloud {
                item.account_ids = Some((
                    from.map(|u| site.users[u].account_id.clone()),
                    to.map(|u| site.users[u].account_id.clone()),
                ));
            }
            item
        }
        Change::Sprint { from, to } => ChangeItem {
            field: "Sprint".into(),
            fieldtype: "custom",
            field_id: Some(format!("customfield_{}", site.fields.sprint)),
            from: Some(sprint_ids(from)),
            from_string: Some(sprint_names(site, from)),
            to: Some(sprint_ids(to)),
            to_string: Some(sprint_names(site, to)),
            account_ids: None,
        },
        Change::Points { field, from, to } => ChangeItem {
            field: match field {
                PointsField::StoryPoints => "Story Points".into(),
                PointsField::Estimate => "Story point estimate".into(),
            },
            fieldtype: "custom",
            field_id: Some(format!("customfield_{}", site.fields.points_id(*field))),
            from: None,
            from_string: from.map(fmt_points),
            to: None,
            to_string: to.map(fmt_points),
            account_ids: None,
        },
        Change::Priority { from, to } => jira(
            "priority",
            from.map(|p| site.priorities[p].id.to_string()),
            from.map(|p| site.priorities[p].name.to_string()),
            to.map(|p| site.priorities[p].id.to_string()),
            to.map(|p| site.priorities[p].name.to_string()),
        ),
        Change::Labels { from, to } => {
            let join = |ls: &[std::sync::Arc<str>]| {
                ls.iter().map(|l| l.as_ref()).collect::<Vec<_>>().join(" ")
            };
            jira("labels", None, Some(join(from)), None, Some(join(to)))
        }
        Change::Summary { from, to } => {
            jira("summary", None, Some(from.clone()), None, Some(to.clone()))
        }
        Change::DueDate { from, to } => jira(
            "duedate",
            from.map(date_str),
            from.map(due_string),
            to.map(date_str),
            to.map(due_string),
        ),
        Change::Rank => ChangeItem {
            field: "Rank".into(),
            fieldtype: "custom",
            field_id: Some(format!("customfield_{}", site.fields.rank)),
            from: Some(String::new()),
            from_string: Some(String::new()),
            to: Some(String::new()),
            to_string: Some("Ranked higher".into()),
            account_ids: None,
        },
        Change::Parent { from, to } => {
            let key = |id: &u64| site.issue_by_id(*id).map(|i| site.issues[i].key.clone());
            ChangeItem {
                field: "Parent".into(),
                fieldtype: "jira",
                field_id: None,
                from: from.map(|i| i.to_string()),
                from_string: from.as_ref().and_then(key),
                to: to.map(|i| i.to_string()),
                to_string: to.as_ref().and_then(key),
                account_ids: None,
            }
        }
        Change::Key { from, to } => ChangeItem {
            field: "Key".into(),
            fieldtype: "jira",
            field_id: Some("issuekey".into()),
            from: None,
            from_string: Some(from.clone()),
            to: None,
            to_string: Some(to.clone()),
            account_ids: None,
        },
        Change::Project { from, to } => jira(
            "project",
            Some(site.projects[*from].id.to_string()),
            Some(site.projects[*from].name.clone()),
            Some(site.projects[*to].id.to_string()),
            Some(site.projects[*to].name.clone()),
        ),
        Change::Flagged { to } => ChangeItem {
            field: "Flagged".into(),
            fieldtype: "custom",
            field_id: Some(format!("customfield_{}", site.fields.flagged)),
            from: None,
            from_string: Some(if *to { "" } else { "Impediment" }.into()),
            to: None,
            to_string: Some(if *to { "Impediment" } else { "" }.into()),
            account_ids: None,
        },
    }
}

fn user_ref(site: &Site, u: usize) -> SimUserRef {
    let user = &site.users[u];
    SimUserRef {
        account_id: user.account_id.clone(),
        name: user.name.clone(),
        display_name: user.display_name.clone(),
        email: user.email_visible.then(|| user.email.clone()),
        active: user.active,
    }
}

pub(crate) fn issue(site: &Site, i: &Issue) -> SimIssue {
    let status = &site.statuses[i.status];
    let project = &site.projects[i.project];
    SimIssue {
        id: i.id,
        key: i.key.clone(),
        project_id: project.id,
        project_key: project.key.clone(),
        summary: i.summary.clone(),
        issue_type: site.issue_types[i.issue_type].name.to_string(),
        subtask: site.issue_types[i.issue_type].subtask,
        status: status.name.to_string(),
        status_id: status.id,
        status_category: status.category.key().to_string(),
        priority: i.priority.map(|p| site.priorities[p].name.to_string()),
        resolution: i.resolution.map(|r| site.resolutions[r].name.to_string()),
        resolution_date: i.resolution_date,
        assignee: i.assignee.map(|u| user_ref(site, u)),
        reporter: Some(user_ref(site, i.reporter)),
        created: i.created,
        updated: i.updated,
        status_category_changed: i.status_changed,
        due_date: i.due,
        story_points: i.points,
        story_points_field: site.points_field_id(i.project),
        labels: i.labels.iter().map(|l| l.to_string()).collect(),
        components: i
            .components
            .iter()
            .filter_map(|c| site.component(*c).map(|c| c.name.to_string()))
            .collect(),
        sprint_ids: i.sprints.clone(),
        parent_key: i
            .parent
            .and_then(|p| site.issue_by_id(p))
            .map(|p| site.issues[p].key.clone()),
        board_ids: project.boards.clone(),
        team: i.team.map(|t| site.teams[t].name.to_string()),
        comment_count: usize::from(i.comments),
        worklog_count: usize::from(i.worklogs),
        time_spent_seconds: derived::time_spent(site, i),
        original_estimate_seconds: i.original_estimate.map(u64::from),
        flagged: i.flagged,
        changelog: i
            .history
            .iter()
            .flat_map(|h| {
                h.items.iter().map(move |c| {
                    let item = change_item(site, c);
                    SimChange {
                        history_id: h.id,
                        at: h.at,
                        author_account_id: site.users[h.author].account_id.clone(),
                        field: item.field,
                        field_id: item.field_id,
                        from: item.from,
                        from_string: item.from_string,
                        to: item.to,
                        to_string: item.to_string,
                    }
                })
            })
            .collect(),
    }
}

pub(crate) fn issues(site: &Site) -> Vec<SimIssue> {
    site.issues
        .iter()
        .filter(|i| !i.deleted)
        .map(|i| issue(site, i))
        .collect()
}

pub(crate) fn users(site: &Site) -> Vec<SimUser> {
    site.users
        .iter()
        .map(|u| SimUser {
            account_id: u.account_id.clone(),
            name: u.name.clone(),
            key: u.key.clone(),
            display_name: u.display_name.clone(),
            email: u.email.clone(),
            email_visible: u.email_visible,
            active: u.active,
            account_type: if u.app { "app" } else { "atlassian" }.into(),
            time_zone: u.time_zone.into(),
            projects: u
                .projects
                .iter()
                .map(|p| site.projects[*p].key.clone())
                .collect(),
        })
        .collect()
}

pub(crate) fn credentials(site: &Site) -> Vec<Credential> {
    site.users
        .iter()
        .filter(|u| u.active && !u.app)
        .map(|u| Credential {
            account_id: u.account_id.clone(),
            display_name: u.display_name.clone(),
            email: u.email.clone(),
            api_token: u.api_token.clone(),
            username: u.name.clone(),
            pat: u.pat.clone(),
            admin: u.admin,
            software: u.software,
            projects: u
                .projects
                .iter()
                .map(|p| site.projects[*p].key.clone())
                .collect(),
        })
        .collect()
}

pub(crate) fn fields(site: &Site) -> SimFields {
    let all = crate::render::meta::field_defs(site)
        .into_iter()
        .map(|f| SimField {
            id: f.id,
            name: f.name.to_string(),
            custom: f.custom.is_some(),
            custom_type: f.custom.map(|c| c.to_string()),
        })
        .collect();
    let cf = |n: u32| format!("customfield_{n}");
    SimFields {
        all,
        sprint: cf(site.fields.sprint),
        story_points: cf(site.fields.story_points),
        story_point_estimate: site.fields.estimate.map(cf),
        epic_link: cf(site.fields.epic_link),
        rank: cf(site.fields.rank),
        flagged: cf(site.fields.flagged),
        team: site.fields.team.map(cf),
    }
}

pub(crate) fn projects(site: &Site) -> Vec<SimProject> {
    site.projects
        .iter()
        .enumerate()
        .map(|(i, p)| SimProject {
            id: p.id,
            key: p.key.clone(),
            name: p.name.clone(),
            simplified: p.simplified,
            story_points_field: site.points_field_id(i),
            board_ids: p.boards.clone(),
        })
        .collect()
}

pub(crate) fn boards(site: &Site) -> Vec<SimBoard> {
    site.boards
        .iter()
        .map(|b| SimBoard {
            id: b.id,
            name: b.name.clone(),
            kind: b.kind.as_str().into(),
            project_key: site.projects[b.project].key.clone(),
            estimation_field: (b.kind == BoardKind::Scrum).then(|| site.points_field_id(b.project)),
        })
        .collect()
}

pub(crate) fn sprints(site: &Site) -> Vec<SimSprint> {
    site.sprints
        .iter()
        .map(|s| SimSprint {
            id: s.id,
            name: s.name.clone(),
            state: s.state.as_str().into(),
            board_id: s.board,
            start: s.start,
            end: s.end,
            complete: s.complete,
            goal: s.goal.into(),
        })
        .collect()
}
