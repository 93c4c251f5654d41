//! `jirahub projects discover|list|select|deselect`.

use crate::cli::ProjectsCommand;
use crate::context::Context;
use crate::output::{Column, ColumnKind, Report, Section};
use crate::store::SelectedProject;
use crate::{Error, Result};
use serde_json::{Value, json};
use std::collections::HashSet;

pub async fn run(ctx: &Context, cmd: ProjectsCommand) -> Result<Report> {
    let user_id = ctx.user()?.user.id;
    match cmd {
        ProjectsCommand::Discover => {
            let projects = ctx.jira()?.projects().await?;
            let selected: HashSet<String> = ctx
                .db(|s| s.selected_projects(user_id))?
                .into_iter()
                .map(|p| p.key)
                .collect();
            let rows = projects
                .iter()
                .map(|p| {
                    vec![
                        json!(p.key),
                        json!(p.name),
                        json!(p.id),
                        p.project_type_key.clone().map_or(Value::Null, Value::from),
                        json!(selected.contains(&p.key)),
                    ]
                })
                .collect();
            Ok(Report::new("projects").with_section(Section::rows(
                "projects",
                "Projects",
                vec![
                    Column::text("key", "Key"),
                    Column::text("name", "Name"),
                    Column::text("id", "ID"),
                    Column::text("type", "Type"),
                    Column::new("selected", "Selected", ColumnKind::Bool),
                ],
                rows,
            )))
        }
        ProjectsCommand::List => {
            let selected = ctx.db(|s| s.selected_projects(user_id))?;
            Ok(selected_report(&selected))
        }
        ProjectsCommand::Select { keys } => {
            let keys = crate::validate::project_keys(&keys)?;
            let known = ctx.jira()?.projects().await?;
            let unknown: Vec<&str> = keys
                .iter()
                .filter(|k| !known.iter().any(|p| &p.key == *k))
                .map(String::as_str)
                .collect();
            if !unknown.is_empty() {
                let near: Vec<String> = unknown
                    .iter()
                    .filter_map(|k| {
                        crate::report::suggest::closest(k, known.iter().map(|p| p.key.as_str()))
                            .map(|near| format!("'{near}' for '{k}'"))
                    })
                    .collect();
                return Err(Error::not_found(format!(
                    "unknown project key{}: {}",
                    if unknown.len() > 1 { "s" } else { "" },
                    unknown.join(", ")
                ))
                .with_hint(if near.is_empty() {
                    "see `jirahub projects discover`".to_string()
                } else {
                    format!(
                        "did you mean {}? (`jirahub projects discover` lists them)",
                        near.join(", ")
                    )
                }));
            }
            let chosen: Vec<SelectedProject> = known
                .iter()
                .filter(|p| keys.contains(&p.key))
                .map(|p| SelectedProject {
                    key: p.key.clone(),
                    id: p.id.clone(),
                    name: p.name.clone(),
                })
                .collect();
            ctx.db(|s| s.select_projects(user_id, &chosen))?;
            let selected = ctx.db(|s| s.selected_projects(user_id))?;
            Ok(selected_report(&selected)
                .with_message(format!("Selected {}. Next: jirahub sync", keys.join(", "))))
        }
        ProjectsCommand::Deselect { keys } => {
            let keys = crate::validate::project_keys(&keys)?;
            let selected = ctx.db(|s| s.selected_projects(user_id))?;
            let unknown: Vec<&str> = keys
                .iter()
                .filter(|k| !selected.iter().any(|p| &p.key == *k))
                .map(String::as_str)
                .collect();
            if !unknown.is_empty() {
                return Err(
                    Error::not_found(format!("not selected: {}", unknown.join(", ")))
                        .with_hint("see `jirahub projects list`"),
                );
            }
            ctx.db(|s| s.deselect_projects(user_id, &keys))?;
            let selected = ctx.db(|s| s.selected_projects(user_id))?;
            Ok(selected_report(&selected).with_message(format!("Deselected {}.", keys.join(", "))))
        }
    }
}

fn selected_report(selected: &[SelectedProject]) -> Report {
    Report::new("projects").with_section(Section::rows(
        "projects",
        "Selected projects",
        vec![
            Column::text("key", "Key"),
            Column::text("name", "Name"),
            Column::text("id", "ID"),
        ],
        selected
            .iter()
            .map(|p| vec![json!(p.key), json!(p.name), json!(p.id)])
            .collect(),
    ))
}
