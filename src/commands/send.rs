//! `jirahub send slack [--only-if-failed] [--dry-run] -- dashboard FLAGS…`: runs the dashboard
//! (a saved view too) and posts its summary, failed gates and overdue list to the account's
//! Slack webhook. The exit code is the report's (6 when a gate failed) unless delivery failed
//! (5): nothing is half-sent silently.

use std::ffi::OsString;

use clap::Parser;

use super::Outcome;
use crate::auth::crypto::{self, Purpose};
use crate::cli::{Cli, Command, SendCommand, SendSlackArgs};
use crate::context::Context;
use crate::output::Report;
use crate::{Error, Result};

pub async fn run(ctx: &Context, cmd: SendCommand) -> Result<Outcome> {
    match cmd {
        SendCommand::Slack(args) => slack(ctx, args).await,
    }
}

async fn slack(ctx: &Context, args: SendSlackArgs) -> Result<Outcome> {
    let user_id = ctx.user()?.user.id;
    let mut argv: Vec<OsString> = vec!["jirahub".into()];
    argv.extend(args.report.iter().map(OsString::from));
    let mut cli = parse_report(&argv)?;
    let view = cli.view_name().map(str::to_string);
    if let Some(name) = &view {
        cli = parse_report(&super::view::expand(ctx, name, &argv)?)?;
    }
    let Command::Dashboard(dashboard) = cli.command else {
        return Err(Error::usage(
            "send slack sends a dashboard: `jirahub send slack -- dashboard FLAGS…`",
        ));
    };
    // The webhook is checked before the report is made: a missing one is the first thing to fix.
    let sealed = if args.dry_run {
        None
    } else {
        Some(
            ctx.db(|s| s.notify_target(user_id, "slack"))?
                .ok_or_else(|| {
                    Error::not_found("no Slack webhook is set")
                        .with_hint("jirahub notify set slack")
                })?,
        )
    };
    let Outcome {
        report: dashboard,
        failure,
        ..
    } = super::dashboard::run(ctx, *dashboard).await?;
    let failed: Vec<String> = failure
        .as_ref()
        .map(|e| e.message().split("; ").map(str::to_string).collect())
        .unwrap_or_default();
    // What `send` prints, with the dashboard's verdict (exit 6 when a gate failed).
    let keep = move |report: Report| Outcome {
        report,
        failure,
        source_data: None,
    };
    if args.only_if_failed && failed.is_empty() {
        return Ok(keep(
            Report::message("send_slack", "No gate failed: nothing sent to Slack.")
                .with_meta("sent", false),
        ));
    }
    let title = match &view {
        Some(name) => format!("Jira workload · {name}"),
        None => "Jira workload".to_string(),
    };
    let message = crate::output::slack::dashboard_message(&dashboard, &title, &failed);
    let blocks = message["blocks"].as_array().map_or(0, Vec::len);
    let Some(sealed) = sealed else {
        let text = serde_json::to_string_pretty(&message)
            .map_err(|e| Error::unexpected(format!("cannot encode the message: {e}")))?;
        return Ok(keep(Report::raw("send_slack", text + "\n")));
    };
    let url = crypto::open_for(
        &ctx.encryption_key()?,
        &sealed,
        user_id,
        Purpose::SlackWebhook,
    )?;
    let delivered = crate::deliver::slack::post(&url, &message, tokio::time::sleep).await?;
    let tries = if delivered.attempts > 1 {
        format!(", {} tries", delivered.attempts)
    } else {
        String::new()
    };
    Ok(keep(
        Report::message(
            "send_slack",
            format!("Sent to Slack ({blocks} blocks{tries})."),
        )
        .with_meta("sent", true)
        .with_meta("blocks", blocks)
        .with_meta("attempts", delivered.attempts)
        .with_meta("gates_failed", failed),
    ))
}

fn parse_report(argv: &[OsString]) -> Result<Cli> {
    Cli::try_parse_from(argv).map_err(|e| {
        let text = e.to_string();
        let first = text
            .lines()
            .next()
            .unwrap_or("")
            .trim_start_matches("error: ");
        Error::usage(format!("the report to send: {first}"))
    })
}
