//! `jirahub notify set|status|remove`: where an account's reports are delivered. The Slack
//! webhook URL is a credential: read like a token (prompt, `--url-stdin`,
//! `JIRAHUB_SLACK_WEBHOOK`), checked, stored sealed, never shown again.

use serde_json::json;

use crate::auth::crypto::{self, Purpose};
use crate::cli::NotifyCommand;
use crate::context::Context;
use crate::output::{Column, ColumnKind, Report, Section};
use crate::{Error, Result};

pub const SLACK_ENV: &str = "JIRAHUB_SLACK_WEBHOOK";

pub async fn run(ctx: &Context, cmd: NotifyCommand) -> Result<Report> {
    let user_id = ctx.user()?.user.id;
    match cmd {
        NotifyCommand::Set { target, url_stdin } => {
            let url = ctx.read_webhook("Slack incoming-webhook URL", url_stdin, SLACK_ENV)?;
            crate::deliver::slack::check_url(secrecy::ExposeSecret::expose_secret(&url))?;
            let sealed =
                crypto::seal_for(&ctx.encryption_key()?, &url, user_id, Purpose::SlackWebhook)?;
            let replaced = ctx.db(|s| s.set_notify_target(user_id, target.as_str(), &sealed))?;
            Ok(Report::message(
                "notify",
                format!(
                    "{} the Slack webhook (stored encrypted). Next: jirahub send slack --dry-run -- dashboard",
                    if replaced { "Replaced" } else { "Saved" }
                ),
            ))
        }
        NotifyCommand::Status => {
            let targets = ctx.db(|s| s.notify_targets(user_id))?;
            let rows = targets
                .iter()
                .map(|(kind, at)| vec![json!(kind), json!(crate::output::rfc3339(*at))])
                .collect();
            Ok(Report::new("notify").with_section(Section::rows(
                "targets",
                "Delivery targets",
                vec![
                    Column::text("target", "Target"),
                    Column::new("set_at", "Set", ColumnKind::DateTime),
                ],
                rows,
            )))
        }
        NotifyCommand::Remove { target } => {
            if !ctx.db(|s| s.remove_notify_target(user_id, target.as_str()))? {
                return Err(Error::not_found(format!(
                    "no {} target is set",
                    target.as_str()
                )));
            }
            Ok(Report::message(
                "notify",
                format!("Removed the {} target.", target.as_str()),
            ))
        }
    }
}
