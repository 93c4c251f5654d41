//! `jirahub boards list|select|deselect`: narrow a project to some of its boards.

use crate::cli::BoardsCommand;
use crate::context::Context;
use crate::output::{Column, ColumnKind, Report, Section};
use crate::store::SelectedBoard;
use crate::{Error, Result};
use serde_json::json;

pub async fn run(ctx: &Context, cmd: BoardsCommand) -> Result<Report> {
    let user_id = ctx.user()?.user.id;
    match cmd {
        BoardsCommand::List { project: None } => {
            let boards = ctx.db(|s| s.selected_boards(user_id))?;
            Ok(selected_report(&boards))
        }
        BoardsCommand::List {
            project: Some(project),
        } => {
            let project = one_key(&project)?;
            let boards = ctx.jira()?.boards(Some(&project)).await?;
            let selected = ctx.db(|s| s.selected_boards(user_id))?;
            let rows = boards
                .iter()
                .map(|b| {
                    vec![
                        json!(b.id),
                        json!(b.name),
                        json!(b.kind),
                        json!(
                            selected
                                .iter()
                                .any(|s| s.id == b.id as i64 && s.project_key == project)
                        ),
                    ]
                })
                .collect();
            Ok(Report::new("boards").with_section(Section::rows(
                "boards",
                &format!("Boards of {project}"),
                vec![
                    Column::new("id", "ID", ColumnKind::Int),
                    Column::text("name", "Name"),
                    Column::text("type", "Type"),
                    Column::new("selected", "Selected", ColumnKind::Bool),
                ],
                rows,
            )))
        }
        BoardsCommand::Select { project, ids } => {
            let project = one_key(&project)?;
            let selected_projects = ctx.db(|s| s.selected_projects(user_id))?;
            if !selected_projects.iter().any(|p| p.key == project) {
                return Err(
                    Error::not_found(format!("project {project} is not selected"))
                        .with_hint(format!("run `jirahub projects select {project}` first")),
                );
            }
            let boards = ctx.jira()?.boards(Some(&project)).await?;
            let unknown: Vec<String> = ids
                .iter()
                .filter(|id| !boards.iter().any(|b| b.id as i64 == **id))
                .map(i64::to_string)
                .collect();
            if !unknown.is_empty() {
                return Err(Error::not_found(format!(
                    "no board {} in project {project}",
                    unknown.join(", ")
                ))
                .with_hint(format!("see `jirahub boards list --project {project}`")));
            }
            let chosen: Vec<SelectedBoard> = boards
                .iter()
                .filter(|b| ids.contains(&(b.id as i64)))
                .map(|b| SelectedBoard {
                    project_key: project.clone(),
                    id: b.id as i64,
                    name: b.name.clone(),
                    board_type: b.kind.clone().unwrap_or_default(),
                })
                .collect();
            ctx.db(|s| s.select_boards(user_id, &chosen))?;
            let all = ctx.db(|s| s.selected_boards(user_id))?;
            let ids: Vec<String> = chosen.iter().map(|b| b.id.to_string()).collect();
            // The project's snapshot covers other boards now: the next report would sync anyway.
            Ok(selected_report(&all).with_message(format!(
                "Selected board {} for {project}. Next: jirahub sync",
                ids.join(", ")
            )))
        }
        BoardsCommand::Deselect { project, ids } => {
            let project = one_key(&project)?;
            let removed = ctx.db(|s| s.deselect_boards(user_id, &project, &ids))?;
            if removed == 0 {
                return Err(Error::not_found(format!(
                    "none of these boards is selected for {project}"
                )));
            }
            let all = ctx.db(|s| s.selected_boards(user_id))?;
            Ok(selected_report(&all).with_message(format!(
                "Deselected {removed} board(s) of {project}. Next: jirahub sync"
            )))
        }
    }
}

fn one_key(raw: &str) -> Result<String> {
    Ok(crate::validate::project_keys(&[raw.to_string()])?.remove(0))
}

fn selected_report(boards: &[SelectedBoard]) -> Report {
    Report::new("boards").with_section(Section::rows(
        "boards",
        "Selected boards",
        vec![
            Column::text("project", "Project"),
            Column::new("id", "ID", ColumnKind::Int),
            Column::text("name", "Name"),
            Column::text("type", "Type"),
        ],
        boards
            .iter()
            .map(|b| {
                vec![
                    json!(b.project_key),
                    json!(b.id),
                    json!(b.name),
                    json!(b.board_type),
                ]
            })
            .collect(),
    ))
}
