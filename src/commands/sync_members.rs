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
    // BTreeMap: one entry per account, in a stable order; the latest display name wins.
    let mut seen: BTreeMap<&str, MemberSeen> = BTreeMap::new();
    for t in &dataset.tickets {
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
    let seen: Vec<MemberSeen> = seen.into_values().collect();
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
