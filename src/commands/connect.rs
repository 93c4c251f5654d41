//! `jirahub connect`: check Jira credentials against `/myself`, then save them (token sealed).
//! `--status` shows the saved connection; `--remove` forgets it. Nothing is saved on failure.

use super::common::rfc3339;
use crate::auth::crypto;
use crate::cli::{ConnectArgs, DeploymentArg};
use crate::context::Context;
use crate::jira::{ClientConfig, Deployment, JiraAuth, JiraClient, parse_base_url};
use crate::output::{Column, ColumnKind, Report, Section};
use crate::store::{Connection, Deployment as StoreDeployment, NewConnection};
use crate::{Error, ErrorKind, Result};
use serde_json::{Value, json};

pub async fn run(ctx: &Context, args: ConnectArgs) -> Result<Report> {
    if args.status {
        return status(ctx);
    }
    if args.remove {
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
    let deployment = match args.deployment {
        DeploymentArg::Cloud => Deployment::Cloud,
        DeploymentArg::Datacenter => Deployment::DataCenter,
        DeploymentArg::Auto => detect_deployment(&base_url).await?,
    };
    let email = match deployment {
        Deployment::Cloud => {
            Some(ctx.value_or_prompt(args.email, "Jira account email", "--email")?)
        }
        Deployment::DataCenter => args.email.filter(|e| !e.trim().is_empty()),
    };
    let what = match deployment {
        Deployment::Cloud => "Jira API token",
        Deployment::DataCenter => "Jira personal access token",
    };
    let token = ctx.read_secret(what, args.token_stdin, "JIRA_API_TOKEN")?;
    let auth = match (&email, deployment) {
        (Some(email), Deployment::Cloud) => JiraAuth::Basic {
            email: email.clone(),
            token: token.clone(),
        },
        _ => JiraAuth::Bearer(token.clone()),
    };
    let client =
        JiraClient::new(ClientConfig::new(base_url.clone(), Some(auth)).deployment(deployment))?;
    let me = client.myself().await?;
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
        deployment: match deployment {
            Deployment::Cloud => StoreDeployment::Cloud,
            Deployment::DataCenter => StoreDeployment::DataCenter,
        },
        account_id,
        display_name: display_name.clone(),
    };
    ctx.db(|s| s.save_connection(user_id, &conn))?;
    let saved = ctx.connection()?;
    Ok(connection_report(&saved).with_message(format!(
        "Connected to {base_url} ({deployment}) as {display_name}. Next: jirahub projects discover"
    )))
}

/// Ask `/serverInfo` (anonymous) which kind of site this is. A site that refuses anonymous
/// access is assumed to be Cloud when it is an Atlassian host, Data Center otherwise.
async fn detect_deployment(base_url: &str) -> Result<Deployment> {
    let anon = JiraClient::new(ClientConfig::new(base_url.to_string(), None))?;
    match anon.server_info().await {
        Ok(info) => Ok(info.deployment()),
        Err(e) if e.kind() == ErrorKind::Auth || e.kind() == ErrorKind::NotFound => {
            let atlassian = url::Url::parse(base_url)
                .ok()
                .and_then(|u| u.host_str().map(|h| h.ends_with(".atlassian.net")))
                .unwrap_or(false);
            Ok(if atlassian {
                Deployment::Cloud
            } else {
                Deployment::DataCenter
            })
        }
        Err(e) => Err(e),
    }
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
    let kind = match c.deployment {
        StoreDeployment::Cloud => "cloud",
        StoreDeployment::DataCenter => "datacenter",
    };
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
