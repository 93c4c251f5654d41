//! `jirahub member list|show|label|labels`: the team as jirahub knows it (from `sync-members`)
//! with its open work from the synced snapshot.

use super::data::{self, Freshness};
use crate::cli::{MemberCommand, MemberLabelCommand};
use crate::context::Context;
use crate::output::Report;
use crate::report::{self, Filters, MemberInfo, TimeZoneSpec, resolve_member, today_in};
use crate::{Error, Result};

pub async fn run(ctx: &Context, cmd: MemberCommand) -> Result<Report> {
    let user_id = ctx.user()?.user.id;
    let members = members(ctx)?;
    match cmd {
        MemberCommand::List => {
            let tickets = tickets(ctx).await?;
            let filters = ignore_filters(ctx, user_id)?;
            Ok(report::member::list_report(
                &members,
                filters.apply(&tickets),
            ))
        }
        MemberCommand::Show { member, tz } => {
            let tz = TimeZoneSpec::parse(&tz, || ctx.local_zone())?;
            let found = resolve_member(&member, &members)?.clone();
            let tickets = tickets(ctx).await?;
            let filters = ignore_filters(ctx, user_id)?;
            let today = today_in(ctx.now(), &tz);
            Ok(report::member::show_report(
                &found,
                filters.apply(&tickets),
                today,
            ))
        }
        MemberCommand::Labels => Ok(report::member::labels_report(&members)),
        MemberCommand::Label(MemberLabelCommand::Add { member, labels }) => {
            let found = resolve_member(&member, &members)?.clone();
            let labels = clean_labels(&labels)?;
            let n = ctx.db(|s| s.add_member_labels(user_id, &found.account_id, &labels))?;
            Ok(report::member::labels_report(&self::members(ctx)?)
                .with_message(format!("Added {n} label(s) to {}.", found.display_name)))
        }
        MemberCommand::Label(MemberLabelCommand::Remove { member, labels }) => {
            let found = resolve_member(&member, &members)?.clone();
            let labels = clean_labels(&labels)?;
            let n = ctx.db(|s| s.remove_member_labels(user_id, &found.account_id, &labels))?;
            if n == 0 {
                return Err(Error::not_found(format!(
                    "{} has none of the labels {}",
                    found.display_name,
                    labels.join(", ")
                )));
            }
            Ok(report::member::labels_report(&self::members(ctx)?)
                .with_message(format!("Removed {n} label(s) from {}.", found.display_name)))
        }
    }
}

fn members(ctx: &Context) -> Result<Vec<MemberInfo>> {
    let user_id = ctx.user()?.user.id;
    let rows = ctx.db(|s| s.members(user_id))?;
    if rows.is_empty() {
        return Err(Error::not_found("no team members yet")
            .with_hint("run `jirahub sync` and then `jirahub sync-members`"));
    }
    Ok(rows
        .into_iter()
        .map(|m| MemberInfo {
            account_id: m.account_id,
            display_name: m.display_name,
            email: m.email,
            active: m.active,
            labels: m.labels,
        })
        .collect())
}

/// The synced tickets (syncing first when the snapshot is stale).
async fn tickets(ctx: &Context) -> Result<Vec<crate::model::Ticket>> {
    let scope = data::scope(ctx, &[])?;
    Ok(data::load(ctx, &scope, Freshness::Auto).await?.tickets)
}

/// Only the user's ignore rules: member reports cover everything else.
fn ignore_filters(ctx: &Context, user_id: i64) -> Result<Filters> {
    let (keys, types) = ctx.db(|s| Ok((s.ignored_tickets(user_id)?, s.ignored_types(user_id)?)))?;
    Ok(Filters {
        ignored_keys: keys.into_iter().collect(),
        ignored_types: types,
        ..Filters::default()
    })
}

/// Team labels: no whitespace or control characters, at most 100 characters.
fn clean_labels(labels: &[String]) -> Result<Vec<String>> {
    labels
        .iter()
        .map(|l| {
            let l = l.trim();
            if l.is_empty()
                || l.chars().count() > 100
                || l.chars().any(|c| c.is_whitespace() || c.is_control())
            {
                Err(Error::usage(format!(
                    "invalid label {l:?}: use 1 to 100 characters without spaces"
                )))
            } else {
                Ok(l.to_string())
            }
        })
        .collect()
}
