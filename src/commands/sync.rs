//! `jirahub sync [--project KEY…] [--full]`: refresh the snapshot of the selected projects.

use super::data;
use crate::Result;
use crate::cli::SyncArgs;
use crate::context::Context;
use crate::output::{Column, ColumnKind, Report, Section};
use serde_json::json;

pub async fn run(ctx: &Context, args: SyncArgs) -> Result<Report> {
    let scope = data::scope(ctx, &args.projects)?;
    let report = data::run_sync(ctx, &scope, args.full).await?;
    let members = if ctx.direct().is_some() {
        crate::store::UpsertCounts::default()
    } else {
        super::sync_members::record_seen(ctx, &scope).await?
    };
    let rows = report
        .projects
        .iter()
        .map(|p| {
            vec![
                json!(p.key),
                json!(p.mode),
                json!(p.fetched),
                json!(p.added),
                json!(p.updated),
                json!(p.removed),
                json!(p.total),
                json!(p.requests),
                json!(p.elapsed.as_millis() as u64),
            ]
        })
        .collect();
    let total: u64 = report.projects.iter().map(|p| p.total).sum();
    let changed: u64 = report.projects.iter().map(|p| p.added + p.updated).sum();
    let deleted: u64 = report.projects.iter().map(|p| p.removed).sum();
    let first = report
        .projects
        .iter()
        .all(|p| p.mode == crate::sync::SyncMode::Full);
    let what_changed = if first {
        format!("{total} issues fetched")
    } else if changed == 0 && deleted == 0 {
        "up to date: 0 changed".to_string()
    } else {
        format!("{changed} changed, {deleted} deleted")
    };
    Ok(Report::new("sync")
        .with_meta("synced_at", crate::output::rfc3339(report.synced_at))
        .with_meta("requests", report.requests)
        .with_meta("elapsed_ms", report.elapsed.as_millis() as u64)
        .with_meta("cache", report.cache.to_string())
        .with_meta("cache_fell_back", report.cache_fell_back)
        .with_meta("members_added", members.added)
        .with_section(Section::rows(
            "projects",
            "Sync",
            vec![
                Column::text("project", "Project"),
                Column::text("mode", "Mode"),
                Column::new("fetched", "Fetched", ColumnKind::Int),
                Column::new("added", "Added", ColumnKind::Int),
                Column::new("updated", "Updated", ColumnKind::Int),
                Column::new("removed", "Removed", ColumnKind::Int),
                Column::new("total", "Total", ColumnKind::Int),
                Column::new("requests", "Requests", ColumnKind::Int),
                Column::new("elapsed_ms", "ms", ColumnKind::Int),
            ],
            rows,
        ))
        .with_message(format!(
            "Synced {total} issues ({what_changed}) with {} requests in {:.1}s.{}",
            report.requests,
            report.elapsed.as_secs_f64(),
            match members.added {
                0 => String::new(),
                1 => " 1 new team member (`jirahub member list`).".to_string(),
                n => format!(" {n} new team members (`jirahub member list`)."),
            }
        )))
}
