//! Command-line definitions (clap derive). Types only: behaviour lives in `commands/`.

use crate::output::{ColorChoice, Format};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "jirahub",
    version,
    about = "Your team's Jira workload at a glance: tables for people, JSON and CSV for scripts",
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Output format: a table for people, json or csv for scripts
    #[arg(short = 'o', long, global = true, value_enum, env = "JIRAHUB_FORMAT")]
    pub format: Option<Format>,
    /// When to use colours (NO_COLOR is honoured in `auto`)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Print only what was asked for: no progress, no confirmations
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Log to stderr (-v info, -vv debug, -vvv trace); also LOG_LEVEL
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Read settings from this file instead of ~/.config/jirahub/config.toml
    #[arg(long, global = true, value_name = "PATH", env = "JIRAHUB_CONFIG")]
    pub config: Option<PathBuf>,
    /// Never prompt (automatic when stdin is not a terminal)
    #[arg(long, global = true)]
    pub no_input: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create an account (the first account becomes admin)
    Register(CredentialsArgs),
    /// Log in and start a session
    Login(CredentialsArgs),
    /// End the current session
    Logout,
    /// Show the logged-in account
    Whoami,
    /// Change your password
    Passwd(PasswdArgs),
    /// Manage accounts, sessions and registration (admins only)
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Connect your account to a Jira site (Cloud API token or Data Center PAT)
    Connect(ConnectArgs),
    /// Discover Jira projects and choose which ones jirahub reports on
    #[command(subcommand)]
    Projects(ProjectsCommand),
    /// List a project's boards and narrow a project to some of them
    #[command(subcommand)]
    Boards(BoardsCommand),
    /// Show the custom fields used for story points, sprint and team; pin one when discovery guesses wrong
    Fields(FieldsArgs),
    /// Leave tickets or issue types out of every report
    #[command(subcommand)]
    Ignore(IgnoreCommand),
    /// Show the effective configuration and where each value came from (secrets masked)
    Config,
    /// Print a shell completion script
    Completions(CompletionsArgs),
}

#[derive(Debug, Args)]
pub struct CredentialsArgs {
    /// Account email (prompted for on a terminal when omitted)
    #[arg(long, env = "JIRAHUB_EMAIL")]
    pub email: Option<String>,
    /// Read the password from the first line of standard input
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct PasswdArgs {
    /// Read the current and the new password from the first two lines of standard input
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// List accounts
    Users,
    /// Add, change or remove an account
    #[command(subcommand)]
    User(AdminUserCommand),
    /// List or revoke sessions
    #[command(subcommand)]
    Sessions(AdminSessionsCommand),
    /// Open or close self-registration
    Registration(RegistrationArgs),
}

#[derive(Debug, Subcommand)]
pub enum AdminUserCommand {
    /// Create an account (password from a prompt, --password-stdin or JIRAHUB_PASSWORD)
    Add {
        email: String,
        #[arg(long, value_enum, default_value_t = RoleArg::User)]
        role: RoleArg,
        /// Read the new account's password from standard input
        #[arg(long)]
        password_stdin: bool,
    },
    /// Make an account admin or user
    SetRole {
        email: String,
        #[arg(value_enum)]
        role: RoleArg,
    },
    /// Stop an account from logging in (its sessions are revoked)
    Disable { email: String },
    /// Let a disabled account log in again
    Enable { email: String },
    /// Set a new password for an account (its sessions are revoked)
    ResetPassword {
        email: String,
        /// Read the new password from standard input
        #[arg(long)]
        password_stdin: bool,
    },
    /// Delete an account and everything it owns
    Delete {
        email: String,
        /// Do not ask for confirmation (required when not on a terminal)
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdminSessionsCommand {
    /// List sessions (all accounts, or one with --user)
    List {
        #[arg(long, value_name = "EMAIL")]
        user: Option<String>,
        /// Include expired and revoked sessions
        #[arg(long)]
        all: bool,
    },
    /// Revoke a session by id
    Revoke { id: i64 },
}

#[derive(Debug, Args)]
pub struct RegistrationArgs {
    #[arg(value_enum)]
    pub state: Option<RegistrationState>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RegistrationState {
    On,
    Off,
    Status,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RoleArg {
    Admin,
    User,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("mode").args(["status", "remove"]).multiple(false)))]
pub struct ConnectArgs {
    /// Jira base URL, e.g. https://your-site.atlassian.net or https://jira.example.com/jira
    #[arg(long, env = "JIRA_URL", required_unless_present_any = ["status", "remove"])]
    pub url: Option<String>,
    /// Your Jira account email (Cloud; not needed with a Data Center personal access token)
    #[arg(long, env = "JIRA_EMAIL")]
    pub email: Option<String>,
    /// Read the API token (or PAT) from the first line of standard input; else JIRA_API_TOKEN, else a prompt
    #[arg(long)]
    pub token_stdin: bool,
    /// Cloud or Data Center; `auto` asks the site's /serverInfo
    #[arg(long, value_enum, default_value_t = DeploymentArg::Auto)]
    pub deployment: DeploymentArg,
    /// Show the saved connection (never the token)
    #[arg(long)]
    pub status: bool,
    /// Forget the saved connection and its token
    #[arg(long)]
    pub remove: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DeploymentArg {
    Auto,
    Cloud,
    Datacenter,
}

#[derive(Debug, Subcommand)]
pub enum ProjectsCommand {
    /// List the projects your Jira account can see
    Discover,
    /// List the selected projects
    List,
    /// Report on these projects
    Select {
        #[arg(required = true, value_name = "KEY")]
        keys: Vec<String>,
    },
    /// Stop reporting on these projects
    Deselect {
        #[arg(required = true, value_name = "KEY")]
        keys: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum BoardsCommand {
    /// List a project's boards (all projects' selected boards without --project)
    List {
        #[arg(long, value_name = "KEY")]
        project: Option<String>,
    },
    /// Report only on issues of these boards for the project
    Select {
        #[arg(long, value_name = "KEY")]
        project: String,
        #[arg(required = true, value_name = "ID")]
        ids: Vec<i64>,
    },
    /// Stop narrowing the project to these boards
    Deselect {
        #[arg(long, value_name = "KEY")]
        project: String,
        #[arg(required = true, value_name = "ID")]
        ids: Vec<i64>,
    },
}

#[derive(Debug, Args)]
pub struct FieldsArgs {
    #[command(subcommand)]
    pub command: Option<FieldsCommand>,
}

#[derive(Debug, Subcommand)]
pub enum FieldsCommand {
    /// Show the fields in use (the default)
    Show,
    /// Pin a field id for a purpose, e.g. `fields set story-points customfield_10026`
    Set {
        #[arg(value_enum)]
        kind: FieldKind,
        field_id: String,
    },
    /// Remove a pin and go back to discovery
    Unset {
        #[arg(value_enum)]
        kind: FieldKind,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FieldKind {
    StoryPoints,
    Sprint,
    Team,
    EpicLink,
}

impl FieldKind {
    /// The name stored in the field_pins table.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldKind::StoryPoints => "story_points",
            FieldKind::Sprint => "sprint",
            FieldKind::Team => "team",
            FieldKind::EpicLink => "epic_link",
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum IgnoreCommand {
    /// Ignore or stop ignoring tickets by key
    #[command(subcommand)]
    Ticket(IgnoreListCommand),
    /// Ignore or stop ignoring issue types by name (e.g. "Sub-task")
    #[command(subcommand)]
    Type(IgnoreListCommand),
    /// Show what is ignored
    List,
}

#[derive(Debug, Subcommand)]
pub enum IgnoreListCommand {
    Add {
        #[arg(required = true)]
        values: Vec<String>,
    },
    Remove {
        #[arg(required = true)]
        values: Vec<String>,
    },
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn no_subcommand_takes_a_password_argument() {
        fn walk(cmd: &clap::Command) {
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                assert!(
                    !(id.contains("password") || id.contains("token")) || id.ends_with("_stdin"),
                    "`{}` takes a secret on the command line: {id}",
                    cmd.get_name()
                );
            }
            cmd.get_subcommands().for_each(walk);
        }
        walk(&Cli::command());
    }
}
