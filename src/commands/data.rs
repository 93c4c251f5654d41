//! Glue shared by the commands that read synced data: the user's sync scope, keeping the
//! snapshot fresh, and loading it.

use crate::cache::Namespace;
use crate::context::Context;
use crate::output::ProgressGroup;
use crate::sync::{
    self, Dataset, ProgressHandle, ProjectScope, SyncOptions, SyncProgress, SyncReport, SyncScope,
};
use crate::{Error, ErrorKind, Result};
use std::collections::BTreeMap;
use std::sync::Arc;

/// The selected projects (optionally only `only`), each narrowed to its selected boards.
pub fn scope(ctx: &Context, only: &[String]) -> Result<SyncScope> {
    if ctx.direct().is_some() {
        // Direct mode: exactly the projects given, all of their boards.
        return Ok(SyncScope {
            projects: crate::validate::project_keys(only)?
                .into_iter()
                .map(|key| ProjectScope {
                    key,
                    boards: Vec::new(),
                })
                .collect(),
        });
    }
    let user_id = ctx.user()?.user.id;
    // Without a connection there is nothing to discover: say that first.
    ctx.connection()?;
    let (projects, boards) =
        ctx.db(|s| Ok((s.selected_projects(user_id)?, s.selected_boards(user_id)?)))?;
    if projects.is_empty() {
        return Err(Error::usage("no projects are selected")
            .with_hint("run `jirahub projects discover` and `jirahub projects select KEY…`"));
    }
    let only = crate::validate::project_keys(only)?;
    let unknown: Vec<&str> = only
        .iter()
        .filter(|k| !projects.iter().any(|p| &p.key == *k))
        .map(String::as_str)
        .collect();
    if !unknown.is_empty() {
        return Err(
            Error::not_found(format!("not selected: {}", unknown.join(", ")))
                .with_hint("see `jirahub projects list`"),
        );
    }
    let mut by_project: BTreeMap<&str, Vec<u64>> = BTreeMap::new();
    for b in &boards {
        by_project
            .entry(b.project_key.as_str())
            .or_default()
            .push(b.id as u64);
    }
    Ok(SyncScope {
        projects: projects
            .iter()
            .filter(|p| only.is_empty() || only.contains(&p.key))
            .map(|p| ProjectScope {
                key: p.key.clone(),
                boards: by_project.get(p.key.as_str()).cloned().unwrap_or_default(),
            })
            .collect(),
    })
}

/// Cache keys are per Jira site and per jirahub user.
pub fn namespace(ctx: &Context) -> Result<Namespace> {
    if let Some(d) = ctx.direct() {
        return Ok(Namespace::for_jira_account(
            &d.base_url,
            d.email.as_deref(),
            secrecy::ExposeSecret::expose_secret(&d.token),
        ));
    }
    let conn = ctx.connection()?;
    Ok(Namespace::new(&conn.base_url, ctx.user()?.user.id))
}

/// A sync's progress drawn on stderr (when it is a terminal), a bar per project: the command
/// wires the two.
struct TerminalProgress(Arc<ProgressGroup>);

impl SyncProgress for TerminalProgress {
    fn listed(&self, project: &str, n: u64) {
        self.0.inc_length(project, n);
    }
    fn tickets(&self, project: &str, n: u64) {
        self.0.inc(project, n);
    }
    fn status(&self, message: &str) {
        self.0.set_status(message);
    }
    fn finished(&self) {
        self.0.finish();
    }
}

/// Sync `scope` now, with progress on stderr when it is a terminal.
pub async fn run_sync(ctx: &Context, scope: &SyncScope, full: bool) -> Result<SyncReport> {
    let client = ctx.jira()?;
    ctx.note_sync();
    let bars = Arc::new(ProgressGroup::new(&ctx.output));
    // Jira's waits go on the status line under the bars (a log line would tear them).
    let shown = Arc::clone(&bars);
    client.on_wait(Arc::new(move |wait, reason| {
        if shown.is_drawn() {
            shown.set_status(&format!(
                "Jira asked to wait {} s ({reason})",
                wait.as_secs_f64().ceil() as u64
            ));
        }
        shown.is_drawn()
    }));
    let cache = ctx.cache().await?;
    let ns = namespace(ctx)?;
    let opts = SyncOptions {
        full,
        concurrency: ctx.config.jira_concurrency,
        progress: ProgressHandle::new(TerminalProgress(Arc::clone(&bars))),
        pins: super::fields::pins(ctx)?,
        ..SyncOptions::default()
    };
    let report = sync::sync(&client, cache, &ns, scope, &opts).await?;
    if ctx.direct().is_none() {
        let user_id = ctx.user()?.user.id;
        ctx.db(|s| s.set_last_sync(user_id, report.synced_at))?;
    }
    Ok(report)
}

/// How a report gets its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Sync when the snapshot is missing or older than `CACHE_TTL`.
    Auto,
    /// Sync first (`--refresh`).
    Refresh,
    /// Never contact Jira (`--offline`).
    Offline,
}

/// Load the scope's data, syncing first as `freshness` asks. When Jira cannot be reached but
/// an older snapshot exists, report from it with a warning instead of failing.
pub async fn load(ctx: &Context, scope: &SyncScope, freshness: Freshness) -> Result<Dataset> {
    let cache = ctx.cache().await?;
    let ns = namespace(ctx)?;
    let must_sync = match freshness {
        Freshness::Offline => false,
        Freshness::Refresh => true,
        Freshness::Auto => sync::is_stale(cache, &ns, scope, ctx.config.cache_ttl).await?,
    };
    let failed = if must_sync {
        run_sync(ctx, scope, false).await.err()
    } else {
        None
    };
    // Read once: it is both what the report shows and what decides whether a failed sync can
    // fall back to the last snapshot.
    let data = sync::load(cache, &ns, scope).await?;
    if let Some(e) = failed {
        if e.kind() != ErrorKind::Unavailable || !data.missing.is_empty() {
            return Err(e);
        }
        ctx.warn(format!("{}; reporting from the last snapshot", e.message()));
    }
    if !data.missing.is_empty() {
        return Err(
            Error::not_found(format!("no synced data for {}", data.missing.join(", ")))
                .with_hint("run `jirahub sync`"),
        );
    }
    Ok(data)
}

/// `--team LABEL…`: the account ids of the members carrying one of the labels go into the
/// filters; the result says which labels no member has (with a suggestion).
pub fn resolve_teams(
    filters: &mut crate::report::Filters,
    members: &[crate::store::Member],
) -> Vec<String> {
    if filters.teams.is_empty() {
        return Vec::new();
    }
    let wanted: std::collections::HashSet<String> =
        filters.teams.iter().map(|t| t.to_lowercase()).collect();
    filters.team_account_ids = members
        .iter()
        .filter(|m| m.labels.iter().any(|l| wanted.contains(&l.to_lowercase())))
        .map(|m| m.account_id.clone())
        .collect();
    let mut labels: Vec<String> = members.iter().flat_map(|m| m.labels.clone()).collect();
    labels.sort();
    labels.dedup();
    crate::report::filter_check::unknown_team_labels(&filters.teams, &labels)
}
