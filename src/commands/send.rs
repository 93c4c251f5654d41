//! `jirahub send slack|email [--only-if-failed] [--dry-run] … -- dashboard FLAGS…`: runs the
//! dashboard (a saved view too) and delivers it: a Block Kit message to the account's Slack
//! webhook, or a mail over SMTP (HTML with a plain-text alternative, the tickets as CSV on
//! request). The exit code is the report's (6 when a gate failed) unless delivery failed (5):
//! nothing is half-sent silently.

use std::ffi::OsString;

use clap::Parser;

use super::Outcome;
use crate::auth::crypto::{self, Purpose};
use crate::cli::{Cli, Command, DashboardArgs, SendCommand, SendEmailArgs, SendSlackArgs};
use crate::context::Context;
use crate::output::html::{self, Part};
use crate::output::{Format, OutputSettings, Report};
use crate::{Error, Result};

pub async fn run(ctx: &Context, cmd: SendCommand) -> Result<Outcome> {
    match cmd {
        SendCommand::Slack(args) => slack(ctx, args).await,
        SendCommand::Email(args) => email(ctx, args).await,
    }
}

/// The dashboard a `send` delivers, made as `jirahub dashboard …` would make it.
struct Made {
    report: Report,
    failure: Option<Error>,
    /// One sentence per failed gate.
    failed: Vec<String>,
    /// The saved view it ran, if any.
    view: Option<String>,
}

impl Made {
    fn title(&self) -> String {
        match &self.view {
            Some(name) => format!("Jira workload · {name}"),
            None => "Jira workload".to_string(),
        }
    }

    /// What `send` prints, with the dashboard's verdict (exit 6 when a gate failed).
    fn outcome(self, report: Report) -> Outcome {
        Outcome {
            report,
            failure: self.failure,
            source_data: None,
        }
    }
}

/// The report's arguments as a dashboard command line (expanding `--view`).
fn dashboard_args(
    ctx: &Context,
    report: &[String],
    to: &str,
) -> Result<(DashboardArgs, Option<String>)> {
    let mut argv: Vec<OsString> = vec!["jirahub".into()];
    argv.extend(report.iter().map(OsString::from));
    let mut cli = parse_report(&argv)?;
    let view = cli.view_name().map(str::to_string);
    if let Some(name) = &view {
        cli = parse_report(&super::view::expand(ctx, name, &argv)?)?;
    }
    match cli.command {
        Command::Dashboard(args) => Ok((*args, view)),
        _ => Err(Error::usage(format!(
            "send {to} sends a dashboard: `jirahub send {to} -- dashboard FLAGS…`"
        ))),
    }
}

async fn make(ctx: &Context, args: DashboardArgs, view: Option<String>) -> Result<Made> {
    let Outcome {
        report, failure, ..
    } = super::dashboard::run(ctx, args).await?;
    let failed = failure
        .as_ref()
        .map(|e| e.message().split("; ").map(str::to_string).collect())
        .unwrap_or_default();
    Ok(Made {
        report,
        failure,
        failed,
        view,
    })
}

async fn slack(ctx: &Context, args: SendSlackArgs) -> Result<Outcome> {
    let user_id = ctx.user()?.user.id;
    let (dashboard, view) = dashboard_args(ctx, &args.send.report, "slack")?;
    // The webhook is checked before the report is made: a missing one is the first thing to fix.
    let sealed = if args.send.dry_run {
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
    let made = make(ctx, dashboard, view).await?;
    if args.send.only_if_failed && made.failed.is_empty() {
        return Ok(made.outcome(
            Report::message("send_slack", "No gate failed: nothing sent to Slack.")
                .with_meta("sent", false),
        ));
    }
    let message =
        crate::output::slack::dashboard_message(&made.report, &made.title(), &made.failed);
    let blocks = message["blocks"].as_array().map_or(0, Vec::len);
    let Some(sealed) = sealed else {
        let text = serde_json::to_string_pretty(&message)
            .map_err(|e| Error::unexpected(format!("cannot encode the message: {e}")))?;
        return Ok(made.outcome(Report::raw("send_slack", text + "\n")));
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
    let gates = made.failed.clone();
    Ok(made.outcome(
        Report::message(
            "send_slack",
            format!("Sent to Slack ({blocks} blocks{tries})."),
        )
        .with_meta("sent", true)
        .with_meta("blocks", blocks)
        .with_meta("attempts", delivered.attempts)
        .with_meta("gates_failed", gates),
    ))
}

async fn email(ctx: &Context, args: SendEmailArgs) -> Result<Outcome> {
    let smtp = ctx.config.smtp.clone();
    let from = args
        .from
        .clone()
        .or(smtp.from.clone())
        .ok_or_else(|| Error::usage("no sender: set SMTP_FROM or pass --from ADDR"))?;
    // Everything about the server is checked before the report is made.
    let url = if args.send.dry_run {
        None
    } else {
        let url = smtp.url.clone().ok_or_else(|| {
            Error::usage("no mail server: set SMTP_URL (smtps://user@mail.example.com)")
        })?;
        crate::deliver::email::check_url(secrecy::ExposeSecret::expose_secret(&url))?;
        Some(url)
    };
    let (dashboard, view) = dashboard_args(ctx, &args.send.report, "email")?;
    let made = make(ctx, dashboard, view).await?;
    if args.send.only_if_failed && made.failed.is_empty() {
        return Ok(made.outcome(
            Report::message("send_email", "No gate failed: nothing mailed.")
                .with_meta("sent", false),
        ));
    }
    // The tickets for the CSV: the same flags, the tickets section, from the snapshot the
    // dashboard just read (never a second sync); only its report is used.
    let tickets = if args.csv {
        let (mut only_tickets, _) = dashboard_args(ctx, &args.send.report, "email")?;
        only_tickets.sections = vec!["tickets".into()];
        only_tickets.limit = Some(0);
        only_tickets.columns.clear();
        only_tickets.refresh = false;
        only_tickets.offline = true;
        let report = super::dashboard::run(ctx, only_tickets).await?.report;
        Some(crate::output::csv::render(&report)?)
    } else {
        None
    };
    let title = made.title();
    let headline = made.report.headline.clone().unwrap_or_default();
    let subject = args.subject.clone().unwrap_or_else(|| {
        if made.failed.is_empty() {
            format!("{title}: {headline}")
        } else {
            format!("{title}: {}", made.failed.join("; "))
        }
    });
    let mail = crate::deliver::email::Mail {
        from,
        to: args.to.clone(),
        subject,
        text: plain_text(&made),
        html: html_page(&made, &title),
        csv: tickets.map(|csv| ("tickets.csv".to_string(), csv)),
    };
    let message = crate::deliver::email::build(&mail)?;
    let Some(url) = url else {
        let raw = String::from_utf8_lossy(&message.formatted()).into_owned();
        return Ok(made.outcome(Report::raw("send_email", raw)));
    };
    crate::deliver::email::send(
        &url,
        smtp.password.as_ref(),
        smtp.ca_file.as_deref(),
        message,
    )
    .await?;
    let n = args.to.len();
    let gates = made.failed.clone();
    Ok(made.outcome(
        Report::message(
            "send_email",
            format!(
                "Mailed to {n} recipient(s){}.",
                if mail.csv.is_some() {
                    " with tickets.csv"
                } else {
                    ""
                }
            ),
        )
        .with_meta("sent", true)
        .with_meta("recipients", n)
        .with_meta("gates_failed", gates),
    ))
}

/// The report as a person reads it in a terminal: the table, 100 columns, no colour.
fn plain_text(made: &Made) -> String {
    let settings = OutputSettings {
        format: Format::Table,
        color: false,
        stdout_is_terminal: false,
        stderr_is_terminal: false,
        width: Some(100),
        wide: false,
        bom: false,
        quiet: true,
    };
    let mut text = crate::output::table::render(&made.report, &settings);
    if !made.failed.is_empty() {
        text = format!("Gates failed:\n- {}\n\n{text}", made.failed.join("\n- "));
    }
    text
}

/// The report as one self-contained HTML page (what `report --html` writes, for a dashboard).
fn html_page(made: &Made, title: &str) -> String {
    let mut part = Part::new("workload", "Workload and overdue");
    part.note = made.report.headline.clone();
    part.tables = made.report.sections.clone();
    let mut parts = Vec::new();
    if !made.failed.is_empty() {
        let mut gates = Part::new("gates", "Gates failed");
        gates.note = Some(made.failed.join("; "));
        parts.push(gates);
    }
    parts.push(part);
    let as_of = made
        .report
        .meta
        .get("data_as_of")
        .and_then(|v| v.as_str())
        .map_or_else(|| "never synced".to_string(), |t| format!("data as of {t}"));
    html::page(title, &as_of, &parts)
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
