//! One module per subcommand. Each exposes `run(ctx, args) -> Result<Report>` (a gate such as
//! `--max-overdue` returns an [`Outcome`]); this file holds the dispatcher and THE access check:
//! every command's required role is declared here, once. Commands never print: `main` does.

pub mod admin;
pub mod boards;
pub mod completions;
pub mod config;
pub mod connect;
pub mod dashboard;
mod data;
pub mod fields;
pub mod ignore;
pub mod insights;
pub mod login;
pub mod logout;
pub mod member;
pub mod notify;
pub mod passwd;
pub mod projects;
pub mod register;
pub mod report;
pub mod send;
pub mod sync;
pub mod sync_members;
pub mod ticket;
pub mod view;
pub mod whoami;

use crate::auth::roles::{self, Role};
use crate::cli::{AdminCommand, Command, ViewCommand};
use crate::context::Context;
use crate::output::Report;
use crate::{Error, Result};

/// What a command hands to `main`: the report to print and, when a gate failed, the error to
/// exit with after printing it (a CI job wants both the data and the failure).
pub struct Outcome {
    pub report: Report,
    pub failure: Option<Error>,
    /// What the report was made from (e.g. 100k tickets), handed to `main` so that it goes
    /// with the report at exit instead of being freed one string at a time before printing.
    pub source_data: Option<Box<dyn std::any::Any + Send>>,
}

impl std::fmt::Debug for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Outcome")
            .field("report", &self.report)
            .field("failure", &self.failure)
            .field("source_data", &self.source_data.is_some())
            .finish()
    }
}

impl From<Report> for Outcome {
    fn from(report: Report) -> Self {
        Outcome {
            report,
            failure: None,
            source_data: None,
        }
    }
}

/// Who may run a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// No session needed (register, login, completions, …).
    Public,
    /// Any logged-in account.
    User,
    /// Logged-in admins only.
    Admin,
}

pub fn access(command: &Command) -> Access {
    match command {
        Command::Register(_)
        | Command::Login(_)
        | Command::Logout
        | Command::Config
        | Command::Completions(_) => Access::Public,
        Command::Whoami
        | Command::Passwd(_)
        | Command::Connect(_)
        | Command::Projects(_)
        | Command::Boards(_)
        | Command::Fields(_)
        | Command::Ignore(_)
        | Command::Sync(_)
        | Command::SyncMembers(_)
        | Command::Dashboard(_)
        | Command::Ticket(_)
        | Command::Insights(_)
        | Command::Report(_)
        | Command::Member(_) => Access::User,
        Command::View(ViewCommand::Publish { .. } | ViewCommand::Unpublish { .. }) => Access::Admin,
        Command::View(_) | Command::Notify(_) | Command::Send(_) => Access::User,
        Command::Admin(_) => Access::Admin,
    }
}

/// Commands that run without a jirahub account when the environment names a Jira site
/// (`JIRA_URL`, `JIRA_EMAIL`, `JIRA_API_TOKEN`): reports over the projects given.
fn runs_direct(command: &Command) -> bool {
    match command {
        Command::Dashboard(args) => !args.projects.is_empty(),
        Command::Sync(args) => !args.projects.is_empty(),
        Command::Ticket(_) => true,
        Command::Insights(cmd) => !cmd.common().scope.projects.is_empty(),
        Command::Report(args) => !args.scope.projects.is_empty(),
        _ => false,
    }
}

/// Enforce the command's access level, then run it.
pub async fn dispatch(ctx: &Context, command: Command) -> Result<Outcome> {
    if ctx.config.direct.is_set() && runs_direct(&command) {
        ctx.enter_direct_mode()?;
    }
    match access(&command) {
        _ if ctx.direct().is_some() => {}
        Access::Public => {}
        Access::User => {
            ctx.authenticate()?;
        }
        Access::Admin => {
            let current = ctx.authenticate()?;
            roles::require(current.user.role, Role::Admin)?;
        }
    }
    let report = match command {
        Command::Register(args) => register::run(ctx, args).await,
        Command::Login(args) => login::run(ctx, args).await,
        Command::Logout => logout::run(ctx).await,
        Command::Whoami => whoami::run(ctx).await,
        Command::Passwd(args) => passwd::run(ctx, args).await,
        Command::Admin(cmd) => match cmd {
            AdminCommand::Users => admin::users(ctx).await,
            AdminCommand::User(cmd) => admin::user(ctx, cmd).await,
            AdminCommand::Sessions(cmd) => admin::sessions(ctx, cmd).await,
            AdminCommand::Registration(args) => admin::registration(ctx, args).await,
        },
        Command::Connect(args) => connect::run(ctx, args).await,
        Command::Projects(cmd) => projects::run(ctx, cmd).await,
        Command::Boards(cmd) => boards::run(ctx, cmd).await,
        Command::Fields(args) => fields::run(ctx, args).await,
        Command::Ignore(cmd) => ignore::run(ctx, cmd).await,
        Command::Sync(args) => sync::run(ctx, args).await,
        Command::SyncMembers(args) => sync_members::run(ctx, args).await,
        Command::Dashboard(args) => return dashboard::run(ctx, *args).await,
        Command::Ticket(args) => ticket::run(ctx, args).await,
        Command::Insights(cmd) => insights::run(ctx, cmd).await,
        Command::Report(args) => report::run(ctx, args).await,
        Command::Member(cmd) => member::run(ctx, cmd).await,
        Command::View(cmd) => view::run(ctx, cmd).await,
        Command::Notify(cmd) => notify::run(ctx, cmd).await,
        Command::Send(cmd) => return send::run(ctx, cmd).await,
        Command::Config => config::run(ctx).await,
        Command::Completions(args) => completions::run(ctx, args).await,
    };
    report.map(Outcome::from)
}

/// Columns and values shared by commands that show an account.
pub(crate) mod common {
    use crate::output::{Column, ColumnKind, rfc3339};
    use crate::store::User;
    use serde_json::{Value, json};

    pub fn user_columns() -> Vec<Column> {
        vec![
            Column::new("id", "ID", ColumnKind::Int),
            Column::text("email", "Email"),
            Column::text("role", "Role"),
            Column::new("disabled", "Disabled", ColumnKind::Bool),
            Column::new("created_at", "Created", ColumnKind::DateTime),
            Column::new("last_login_at", "Last login", ColumnKind::DateTime),
        ]
    }

    pub fn user_row(u: &User) -> Vec<Value> {
        vec![
            json!(u.id),
            json!(u.email),
            json!(u.role.to_string()),
            json!(u.disabled),
            json!(rfc3339(u.created_at)),
            u.last_login_at
                .map(rfc3339)
                .map_or(Value::Null, Value::from),
        ]
    }
}
