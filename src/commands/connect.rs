//! `jirahub connect`: check Jira credentials against `/myself`, then save them (token sealed).
//! `connect status` shows the saved connection; `connect remove` forgets it (the flags
//! `--status`/`--remove` are hidden aliases). Nothing is saved on failure.

use crate::auth::crypto;
use crate::cli::{ConnectArgs, DeploymentArg};
use crate::context::Context;
use crate::jira::{ClientConfig, JiraAuth, detect, parse_base_url};
use crate::model::Deployment;
use crate::output::rfc3339;
use crate::output::{Column, ColumnKind, Report, Section};
use crate::store::{Connection, NewConnection};
use crate::{Error, Result};
use serde_json::{Value, json};

pub async fn run(ctx: &Context, args: ConnectArgs) -> Result<Report> {
    use crate::cli::ConnectAction;
    if args.status || args.action == Some(ConnectAction::Status) {
        return status(ctx);
    }
    if args.remove || args.action == Some(ConnectAction::Remove) {
        let user_id = ctx.user()?.user.id;
        let removed = ctx.db(|s| s.delete_connection(user_id))?;
        let text = if removed {
            "Jira connection removed."
        } else {
            "No Jira connection was saved."
        };
        return Ok(Report::message("connect", text).with_meta("removed", removed));
    }
    let raw_url = args
        .url
        .as_deref()
        .ok_or_else(|| Error::usage("--url is required"))?;
    let url = parse_base_url(raw_url)?;
    let base_url = url.as_str().trim_end_matches('/').to_string();
    let forced = match args.deployment {
        DeploymentArg::Cloud => Some(Deployment::Cloud),
        DeploymentArg::Datacenter => Some(Deployment::DataCenter),
        DeploymentArg::Auto => None,
    };
    let config = ClientConfig::new(base_url.clone(), None);
    // What is known before asking for credentials: forced, the host name, a public serverInfo.
    let hint = match forced {
        Some(d) => Some(d),
        None if detect::is_cloud_host(&base_url) => Some(Deployment::Cloud),
        None => detect::anonymous_deployment(&config).await,
    };
    let email = match hint {
        Some(Deployment::Cloud) => Some(ctx.value_or_prompt(
            args.email,
            "Email of your Atlassian account (the one you log in to Jira with)",
            "--email",
        )?),
        _ => args.email.filter(|e| !e.trim().is_empty()),
    };
    let what = match hint {
        Some(Deployment::Cloud) => {
            "Jira API token (create one at https://id.atlassian.com/manage-profile/security/api-tokens)"
        }
        Some(Deployment::DataCenter) => "Jira personal access token",
        None => "Jira API token (Cloud) or personal access token (Data Center)",
    };
    let token = ctx.read_token(what, args.token_stdin, "JIRA_API_TOKEN")?;
    let found = detect::probe(
        detect::ProbeInput {
            base_url: base_url.clone(),
            email: email.clone(),
            token: token.clone(),
            forced,
            config,
        },
        hint,
    )
    .await
    .map_err(|e| {
        // During `connect` a 404 means the URL does not lead to Jira's REST API.
        if e.kind() == crate::ErrorKind::NotFound {
            Error::not_found(format!("no Jira REST API at {base_url} (404)")).with_hint(
                "check the URL: Cloud is https://your-site.atlassian.net; Data Center may need its context path, e.g. https://host/jira",
            )
        } else {
            e
        }
    })?;
    let deployment = found.deployment;
    let me = found.me;
    // A Data Center PAT needs no user name: keep the email only where it was used.
    let email = match found.auth {
        JiraAuth::Basic { email, .. } => Some(email),
        JiraAuth::Bearer(_) => email.filter(|_| deployment == Deployment::DataCenter),
    };
    let account_id = me
        .account_id
        .clone()
        .or_else(|| me.key.clone())
        .or_else(|| me.name.clone())
        .ok_or_else(|| Error::unavailable("Jira's /myself answer has no account id"))?;
    let display_name = me
        .display_name
        .clone()
        .unwrap_or_else(|| account_id.clone());
    let user_id = ctx.user()?.user.id;
    let sealed = crypto::seal(&ctx.encryption_key()?, &token, user_id)?;
    let conn = NewConnection {
        base_url: base_url.clone(),
        email: email.clone().unwrap_or_default(),
        token: sealed,
        deployment,
        account_id,
        display_name: display_name.clone(),
    };
    ctx.db(|s| s.save_connection(user_id, &conn))?;
    let saved = ctx.connection()?;
    Ok(connection_report(&saved).with_message(format!(
        "Connected to {base_url} ({deployment}) as {display_name}. Next: jirahub projects discover"
    )))
}

fn status(ctx: &Context) -> Result<Report> {
    let user_id = ctx.user()?.user.id;
    match ctx.db(|s| s.connection(user_id))? {
        Some(c) => Ok(connection_report(&c)),
        None => Err(Error::not_found("no Jira connection is saved")
            .with_hint("run `jirahub connect --url URL --email EMAIL`")),
    }
}

fn connection_report(c: &Connection) -> Report {
    let kind = c.deployment.as_str();
    Report::new("connect").with_section(Section::record(
        "connection",
        "Jira connection",
        vec![
            (Column::text("url", "URL"), json!(c.base_url)),
            (
                Column::text("email", "Email"),
                if c.email.is_empty() {
                    Value::Null
                } else {
                    json!(c.email)
                },
            ),
            (
                Column::text("account_id", "Account id"),
                json!(c.account_id),
            ),
            (
                Column::text("display_name", "Account"),
                json!(c.display_name),
            ),
            (Column::text("deployment", "Kind"), json!(kind)),
            (
                Column::new("connected_at", "Connected", ColumnKind::DateTime),
                json!(rfc3339(c.updated_at)),
            ),
            (
                Column::new("last_sync_at", "Last sync", ColumnKind::DateTime),
                c.last_sync_at.map(rfc3339).map_or(Value::Null, Value::from),
            ),
        ],
    ))
}
