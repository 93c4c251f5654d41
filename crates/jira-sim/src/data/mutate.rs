//! Run-time changes: create, update, transition, reassign, delete and move issues. Each one
//! bumps `updated`, writes a changelog entry like Jira does, and bumps the site generation.

use super::generate::{IT_SUBTASK, IT_TASK, PRIO_MEDIUM, RES_DONE, RES_WONT_DO, ST_WONT_DO};
use super::*;
use crate::model::{IssueUpdate, Mutation, MutationError, MutationOutcome, NewIssue};

fn err<T>(message: impl Into<String>) -> Result<T, MutationError> {
    Err(MutationError {
        message: message.into(),
    })
}

fn issue_idx(site: &Site, key: &str) -> Result<usize, MutationError> {
    match site.find_issue(key) {
        Some(i) => Ok(i),
        None => err(format!("Issue does not exist: {key}")),
    }
}

fn user_idx(site: &Site, ident: &str) -> Result<usize, MutationError> {
    match site.find_user(ident) {
        Some(u) => Ok(u),
        None => err(format!("User does not exist: {ident}")),
    }
}

fn outcome(site: &Site, idx: usize) -> MutationOutcome {
    MutationOutcome {
        id: site.issues[idx].id,
        key: site.issues[idx].key.clone(),
    }
}

/// Applies one mutation at time `now`.
pub(crate) fn apply(
    site: &mut Site,
    m: Mutation,
    now: Ts,
) -> Result<MutationOutcome, MutationError> {
    // The site's own admin is the author of control-API changes.
    let author = 0;
    let out = match m {
        Mutation::Create(n) => create(site, n, now, author)?,
        Mutation::Update { key, fields } => update(site, &key, fields, now, author)?,
        Mutation::Transition { key, status } => transition(site, &key, &status, now, author)?,
        Mutation::Reassign { key, assignee } => {
            let idx = issue_idx(site, &key)?;
            let to = assignee.as_deref().map(|a| user_idx(site, a)).transpose()?;
            let from = site.issues[idx].assignee;
            if from != to {
                site.issues[idx].assignee = to;
                record(site, idx, now, author, vec![Change::Assignee { from, to }]);
            }
            outcome(site, idx)
        }
        Mutation::Delete { key } => {
            let idx = issue_idx(site, &key)?;
            let id = site.issues[idx].id;
            // Jira deletes sub-tasks with their parent.
            let children: Vec<usize> = site
                .children
                .get(&id)
                .map(|c| {
                    c.iter()
                        .copied()
                        .filter(|c| site.issue_types[site.issues[*c].issue_type].subtask)
                        .collect()
                })
                .unwrap_or_default();
            for i in children.into_iter().chain([idx]) {
                site.issues[i].deleted = true;
                // The tombstone keeps when it went: `/worklog/deleted` lists its worklogs then.
                site.issues[i].updated = now;
            }
            let out = outcome(site, idx);
            site.reindex();
            out
        }
        Mutation::Move { key, project } => move_issue(site, &key, &project, now, author)?,
    };
    site.generation += 1;
    Ok(out)
}

fn record(site: &mut Site, idx: usize, now: Ts, author: usize, items: Vec<Change>) {
    let id = site.next_history_id;
    site.next_history_id += 1;
    let issue = &mut site.issues[idx];
    issue.history.push(History {
        id,
        author,
        at: now,
        items,
    });
    issue.updated = now;
}

fn create(
    site: &mut Site,
    n: NewIssue,
    now: Ts,
    author: usize,
) -> Result<MutationOutcome, MutationError> {
    let Some(p) = site.find_project(&n.project) else {
        return err(format!(
            "No project could be found with key '{}'.",
            n.project
        ));
    };
    if n.summary.trim().is_empty() {
        return err("You must specify a summary of the issue.");
    }
    let type_name = n.issue_type.as_deref().unwrap_or("Task");
    let Some(itype) = site
        .issue_types
        .iter()
        .position(|t| t.name.eq_ignore_ascii_case(type_name))
    else {
        return err(format!("The issue type '{type_name}' does not exist."));
    };
    let parent = n
        .parent
        .as_deref()
        .map(|k| issue_idx(site, k).map(|i| site.issues[i].id))
        .transpose()?;
    if itype == IT_SUBTASK && parent.is_none() {
        return err("Sub-tasks need a parent issue.");
    }
    let status = match &n.status {
        Some(name) => status_in_workflow(site, p, name)?,
        None => site.projects[p].workflow[0],
    };
    let assignee = n
        .assignee
        .as_deref()
        .map(|a| user_idx(site, a))
        .transpose()?;
    if let Some(s) = n.sprint
        && site.sprint(s).is_none()
    {
        return err(format!("Sprint does not exist: {s}"));
    }
    let labels = n.labels.iter().map(|l| site.label(l)).collect();
    let id = site.next_issue_id;
    site.next_issue_id += 1;
    let number = site.next_number[p];
    site.next_number[p] += 1;
    let key = format!("{}-{}", site.projects[p].key, number);
    let category = site.statuses[status].category;
    let done = category == Category::Done;
    let resolution = done.then_some(if status == ST_WONT_DO {
        RES_WONT_DO
    } else {
        RES_DONE
    });
    let mut history = Vec::new();
    if let Some(s) = n.sprint {
        history.push(History {
            id: site.next_history_id,
            author,
            at: now,
            items: vec![Change::Sprint {
                from: Vec::new(),
                to: vec![s],
            }],
        });
        site.next_history_id += 1;
    }
    site.issues.push(Issue {
        id,
        key: key.clone(),
        project: p,
        issue_type: itype,
        status,
        priority: Some(PRIO_MEDIUM),
        resolution,
        resolution_date: done.then_some(now),
        assignee,
        reporter: author,
        creator: author,
        created: now,
        updated: now,
        status_changed: now,
        due: n.due_date,
        points: n.story_points,
        summary: n.summary,
        description: None,
        labels,
        components: Vec::new(),
        sprints: n.sprint.into_iter().collect(),
        parent,
        links: Vec::new(),
        team: None,
        original_estimate: None,
        comments: 0,
        worklogs: 0,
        flagged: false,
        history,
        deleted: false,
    });
    let idx = site.issues.len() - 1;
    site.by_key.insert(key, idx);
    site.project_issues[p].push(idx);
    if let Some(parent) = parent {
        site.children.entry(parent).or_default().push(idx);
    }
    Ok(outcome(site, idx))
}

fn status_in_workflow(site: &Site, p: usize, name: &str) -> Result<usize, MutationError> {
    site.projects[p]
        .workflow
        .iter()
        .copied()
        .find(|s| {
            site.statuses[*s].name.eq_ignore_ascii_case(name)
                || site.statuses[*s].id.to_string() == name
        })
        .map_or_else(
            || {
                err(format!(
                    "Status '{name}' is not in the workflow of project {}.",
                    site.projects[p].key
                ))
            },
            Ok,
        )
}

fn update(
    site: &mut Site,
    key: &str,
    f: IssueUpdate,
    now: Ts,
    author: usize,
) -> Result<MutationOutcome, MutationError> {
    let idx = issue_idx(site, key)?;
    let mut items = Vec::new();
    let priority = f
        .priority
        .as_deref()
        .map(|name| {
            site.priorities
                .iter()
                .position(|p| p.name.eq_ignore_ascii_case(name) || p.id.to_string() == name)
                .map_or_else(|| err(format!("The priority '{name}' does not exist.")), Ok)
        })
        .transpose()?;
    if let Some(Some(s)) = f.sprint
        && site.sprint(s).is_none()
    {
        return err(format!("Sprint does not exist: {s}"));
    }
    let labels: Option<Vec<Arc<str>>> = f
        .labels
        .map(|ls| ls.iter().map(|l| site.label(l)).collect());
    let parent: Option<Option<u64>> = match &f.parent {
        None => None,
        Some(None) => Some(None),
        Some(Some(k)) => {
            let p = issue_idx(site, k)?;
            if site.issues[p].id == site.issues[idx].id {
                return err("An issue cannot be its own parent.");
            }
            Some(Some(site.issues[p].id))
        }
    };
    let old_parent = site.issues[idx].parent;
    let components: Option<Vec<u64>> = match &f.components {
        None => None,
        Some(names) => {
            let project = &site.projects[site.issues[idx].project];
            let mut ids = Vec::new();
            for n in names {
                match project
                    .components
                    .iter()
                    .find(|c| c.name == n || c.id.to_string() == *n)
                {
                    Some(c) => ids.push(c.id),
                    None => {
                        return err(format!(
                            "Component '{n}' does not exist in project {}.",
                            project.key
                        ));
                    }
                }
            }
            Some(ids)
        }
    };
    let points_field = site.projects[site.issues[idx].project].points;
    let issue = &mut site.issues[idx];
    if let Some(summary) = f.summary {
        if summary.trim().is_empty() {
            return err("You must specify a summary of the issue.");
        }
        if summary != issue.summary {
            items.push(Change::Summary {
                from: std::mem::replace(&mut issue.summary, summary.clone()),
                to: summary,
            });
        }
    }
    if let Some(labels) = labels
        && labels != issue.labels
    {
        items.push(Change::Labels {
            from: std::mem::replace(&mut issue.labels, labels.clone()),
            to: labels,
        });
    }
    if let Some(points) = f.story_points
        && points != issue.points
    {
        items.push(Change::Points {
            field: points_field,
            from: std::mem::replace(&mut issue.points, points),
            to: points,
        });
    }
    if let Some(due) = f.due_date
        && due != issue.due
    {
        items.push(Change::DueDate {
            from: std::mem::replace(&mut issue.due, due),
            to: due,
        });
    }
    if let Some(p) = priority
        && Some(p) != issue.priority
    {
        items.push(Change::Priority {
            from: issue.priority.replace(p),
            to: Some(p),
        });
    }
    if let Some(sprint) = f.sprint {
        let from = issue.sprints.clone();
        let mut to = from.clone();
        // Like Jira: leaving an open sprint drops it; closed sprints stay in the field.
        if let Some(last) = to.last().copied() {
            let closed = site
                .sprints
                .iter()
                .any(|s| s.id == last && s.state == SprintState::Closed);
            if !closed {
                to.pop();
            }
        }
        if let Some(s) = sprint
            && !to.contains(&s)
        {
            to.push(s);
        }
        if to != from {
            issue.sprints = to.clone();
            items.push(Change::Sprint { from, to });
        }
    }
    if let Some(d) = f.description {
        issue.description = d.map(Description::Text);
    }
    if let Some(c) = components {
        issue.components = c;
    }
    if let Some(flag) = f.flagged
        && flag != issue.flagged
    {
        issue.flagged = flag;
        items.push(Change::Flagged { to: flag });
    }
    if let Some(p) = parent
        && p != issue.parent
    {
        issue.parent = p;
        items.push(Change::Parent {
            from: old_parent,
            to: p,
        });
    }
    let parent_changed = parent.is_some_and(|p| p != old_parent);
    if !items.is_empty() {
        record(site, idx, now, author, items);
    }
    if parent_changed {
        site.reindex();
    }
    Ok(outcome(site, idx))
}

fn transition(
    site: &mut Site,
    key: &str,
    status: &str,
    now: Ts,
    author: usize,
) -> Result<MutationOutcome, MutationError> {
    let idx = issue_idx(site, key)?;
    let p = site.issues[idx].project;
    let to = status_in_workflow(site, p, status)?;
    let from = site.issues[idx].status;
    if from == to {
        return Ok(outcome(site, idx));
    }
    let from_cat = site.statuses[from].category;
    let to_cat = site.statuses[to].category;
    let mut items = vec![Change::Status { from, to }];
    let issue = &mut site.issues[idx];
    issue.status = to;
    if from_cat != to_cat {
        issue.status_changed = now;
    }
    if to_cat == Category::Done && issue.resolution.is_none() {
        let res = if to == ST_WONT_DO {
            RES_WONT_DO
        } else {
            RES_DONE
        };
        items.push(Change::Resolution {
            from: None,
            to: Some(res),
        });
        issue.resolution = Some(res);
        issue.resolution_date = Some(now);
    } else if to_cat != Category::Done && issue.resolution.is_some() {
        items.push(Change::Resolution {
            from: issue.resolution,
            to: None,
        });
        issue.resolution = None;
        issue.resolution_date = None;
    }
    record(site, idx, now, author, items);
    Ok(outcome(site, idx))
}

fn move_issue(
    site: &mut Site,
    key: &str,
    project: &str,
    now: Ts,
    author: usize,
) -> Result<MutationOutcome, MutationError> {
    let idx = issue_idx(site, key)?;
    let Some(to) = site.find_project(project) else {
        return err(format!("No project could be found with key '{project}'."));
    };
    let from = site.issues[idx].project;
    if from == to {
        return Ok(outcome(site, idx));
    }
    let number = site.next_number[to];
    site.next_number[to] += 1;
    let new_key = format!("{}-{}", site.projects[to].key, number);
    let old_key = site.issues[idx].key.clone();
    // Status must exist in the target workflow; map by category otherwise.
    let status = site.issues[idx].status;
    let new_status = if site.projects[to].workflow.contains(&status) {
        status
    } else {
        let cat = site.statuses[status].category;
        site.projects[to]
            .workflow
            .iter()
            .copied()
            .find(|s| site.statuses[*s].category == cat)
            .unwrap_or(site.projects[to].workflow[0])
    };
    let mut items = vec![
        Change::Project { from, to },
        Change::Key {
            from: old_key.clone(),
            to: new_key.clone(),
        },
    ];
    if new_status != status {
        items.push(Change::Status {
            from: status,
            to: new_status,
        });
    }
    let id = site.issues[idx].id;
    {
        let issue = &mut site.issues[idx];
        issue.project = to;
        issue.key = new_key;
        issue.status = new_status;
        // Sprints and components belong to the old project.
        issue.sprints.clear();
        issue.components.clear();
        if issue.issue_type == IT_SUBTASK {
            issue.issue_type = IT_TASK;
            issue.parent = None;
        }
    }
    site.former_keys.insert(old_key, id);
    record(site, idx, now, author, items);
    site.reindex();
    Ok(outcome(site, idx))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::SimConfig;
    use chrono::{Duration, TimeZone, Utc};

    fn site() -> Site {
        let anchor = Utc
            .with_ymd_and_hms(2024, 6, 1, 0, 0, 0)
            .single()
            .expect("valid");
        super::super::generate::generate(&SimConfig::default(), anchor)
    }

    fn now(s: &Site) -> Ts {
        s.anchor + Duration::hours(3)
    }

    #[test]
    fn create_assigns_the_next_key_and_a_larger_id() {
        let mut s = site();
        let max_id = s.issues.iter().map(|i| i.id).max().expect("issues");
        let t = now(&s);
        let out = apply(
            &mut s,
            Mutation::Create(NewIssue {
                project: "PLAT".into(),
                summary: "New work".into(),
                ..NewIssue::default()
            }),
            t,
        )
        .expect("created");
        assert!(out.id > max_id);
        assert!(out.key.starts_with("PLAT-"));
        let i = &s.issues[s.find_issue(&out.key).expect("findable")];
        assert_eq!((i.created, i.updated), (t, t));
    }

    #[test]
    fn transition_to_done_sets_resolution_and_logs_both_items() {
        let mut s = site();
        let key = s
            .issues
            .iter()
            .find(|i| {
                s.statuses[i.status].category != Category::Done && !s.projects[i.project].simplified
            })
            .expect("open issue")
            .key
            .clone();
        let t = now(&s);
        apply(
            &mut s,
            Mutation::Transition {
                key: key.clone(),
                status: "Done".into(),
            },
            t,
        )
        .expect("ok");
        let i = &s.issues[s.find_issue(&key).expect("exists")];
        assert_eq!(s.statuses[i.status].name, "Done");
        assert_eq!(i.resolution_date, Some(t));
        let last = i.history.last().expect("history");
        assert!(matches!(last.items[0], Change::Status { .. }));
        assert!(matches!(
            last.items[1],
            Change::Resolution { to: Some(_), .. }
        ));
    }

    #[test]
    fn delete_hides_the_issue_and_its_subtasks() {
        let mut s = site();
        let parent = s
            .issues
            .iter()
            .find(|i| {
                s.children
                    .get(&i.id)
                    .is_some_and(|c| c.iter().any(|c| s.issues[*c].issue_type == IT_SUBTASK))
            })
            .expect("parent with subtasks")
            .key
            .clone();
        let before = s.live_count();
        let t = now(&s);
        apply(
            &mut s,
            Mutation::Delete {
                key: parent.clone(),
            },
            t,
        )
        .expect("ok");
        assert!(s.find_issue(&parent).is_none());
        assert!(s.live_count() < before - 1);
    }

    #[test]
    fn moved_issue_gets_a_new_key_and_the_old_key_still_resolves() {
        let mut s = site();
        let key = s
            .issues
            .iter()
            .find(|i| s.projects[i.project].key == "PLAT")
            .expect("PLAT issue")
            .key
            .clone();
        let t = now(&s);
        let out = apply(
            &mut s,
            Mutation::Move {
                key: key.clone(),
                project: "WEB".into(),
            },
            t,
        )
        .expect("ok");
        assert!(out.key.starts_with("WEB-"));
        assert_eq!(s.find_issue(&key), s.find_issue(&out.key));
    }

    #[test]
    fn update_can_flag_and_reparent() {
        let mut s = site();
        let epic = s
            .issues
            .iter()
            .find(|i| i.issue_type == super::super::generate::IT_EPIC)
            .expect("epic")
            .key
            .clone();
        let key = s
            .issues
            .iter()
            .find(|i| i.parent.is_none() && i.issue_type == IT_TASK)
            .expect("task")
            .key
            .clone();
        let t = now(&s);
        let fields = IssueUpdate {
            flagged: Some(true),
            parent: Some(Some(epic.clone())),
            description: Some(Some("Plain text".into())),
            ..IssueUpdate::default()
        };
        apply(
            &mut s,
            Mutation::Update {
                key: key.clone(),
                fields,
            },
            t,
        )
        .expect("ok");
        let i = &s.issues[s.find_issue(&key).expect("exists")];
        let epic_id = s.issues[s.find_issue(&epic).expect("epic")].id;
        assert!(i.flagged);
        assert_eq!(i.parent, Some(epic_id));
        assert!(s.children[&epic_id].contains(&s.find_issue(&key).expect("exists")));
    }

    #[test]
    fn unknown_issue_is_an_error() {
        let mut s = site();
        let t = now(&s);
        let e = apply(
            &mut s,
            Mutation::Delete {
                key: "NOPE-1".into(),
            },
            t,
        )
        .expect_err("fails");
        assert!(e.message.contains("NOPE-1"));
    }

    #[test]
    fn every_mutation_bumps_the_generation() {
        let mut s = site();
        let key = s.issues[0].key.clone();
        let t = now(&s);
        apply(
            &mut s,
            Mutation::Reassign {
                key,
                assignee: None,
            },
            t,
        )
        .expect("ok");
        assert_eq!(s.generation, 1);
    }
}
