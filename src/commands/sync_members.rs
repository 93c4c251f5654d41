//! `jirahub sync-members`: upsert team members from the assignees and reporters of synced
//! issues; labels are kept; `--deactivate-missing` marks members no longer seen.

use super::data::{self, Freshness};
use crate::Result;
use crate::cli::SyncMembersArgs;
use crate::context::Context;
use crate::output::{Column, ColumnKind, Report, Section};
use crate::store::MemberSeen;
use serde_json::json;
use std::collections::BTreeMap;

pub async fn run(ctx: &Context, args: SyncMembersArgs) -> Result<Report> {
    let scope = data::scope(ctx, &[])?;
    let dataset = data::load(ctx, &scope, Freshness::Auto).await?;
    let seen = people_seen(&dataset.tickets);
    let user_id = ctx.user()?.user.id;
    let now = chrono::Utc::now();
    let counts = ctx.db(|s| s.upsert_members(user_id, &seen, now))?;
    let deactivated = if args.deactivate_missing {
        let ids: Vec<String> = seen.iter().map(|m| m.account_id.clone()).collect();
        ctx.db(|s| s.deactivate_members_except(user_id, &ids))?
    } else {
        0
    };
    Ok(Report::new("sync_members").with_section(Section::record(
        "members",
        "Team members",
        vec![
            (
                Column::new("added", "Added", ColumnKind::Int),
                json!(counts.added),
            ),
            (
                Column::new("updated", "Updated", ColumnKind::Int),
                json!(counts.updated),
            ),
            (
                Column::new("unchanged", "Unchanged", ColumnKind::Int),
                json!(counts.unchanged),
            ),
            (
                Column::new("deactivated", "Deactivated", ColumnKind::Int),
                json!(deactivated),
            ),
            (
                Column::new("seen", "Seen on issues", ColumnKind::Int),
                json!(seen.len()),
            ),
        ],
    )))
}

/// Everyone on `tickets` (assignees and reporters), once each, in a stable order; the latest
/// display name wins.
pub fn people_seen(tickets: &[crate::model::Ticket]) -> Vec<MemberSeen> {
    let mut seen: BTreeMap<&str, MemberSeen> = BTreeMap::new();
    for t in tickets {
        for p in [t.assignee.as_ref(), t.reporter.as_ref()]
            .into_iter()
            .flatten()
        {
            seen.insert(
                p.account_id.as_str(),
                MemberSeen {
                    account_id: p.account_id.clone(),
                    display_name: p.display_name.clone(),
                    email: p.email.clone(),
                },
            );
        }
    }
    seen.into_values().collect()
}

/// After a sync: the people on the synced tickets become (or stay) team members, so that
/// `member list` and `--team` work without a separate `sync-members`.
pub async fn record_seen(
    ctx: &Context,
    scope: &crate::sync::SyncScope,
) -> Result<crate::store::UpsertCounts> {
    let dataset = data::load(ctx, scope, Freshness::Offline).await?;
    let seen = people_seen(&dataset.tickets);
    let user_id = ctx.user()?.user.id;
    let now = chrono::Utc::now();
    ctx.db(|s| s.upsert_members(user_id, &seen, now))
}
