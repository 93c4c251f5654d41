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
    /// Output format: a table for people, json or csv for scripts, markdown for CI summaries
    #[arg(short = 'o', long, global = true, value_enum, env = "JIRAHUB_FORMAT")]
    pub format: Option<Format>,
    /// When to use colours (NO_COLOR is honoured in `auto`)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right
    #[arg(long, global = true)]
    pub bom: bool,
    /// Tables keep every column and cut no cell (default: fit the terminal's width)
    #[arg(long, global = true)]
    pub wide: bool,
    /// Print only the report and errors: no progress, confirmations, hints or warnings
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Log to stderr: -v jirahub's steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Read settings from this file instead of ~/.config/jirahub/config.toml
    #[arg(long, global = true, value_name = "PATH", env = "JIRAHUB_CONFIG")]
    pub config: Option<PathBuf>,
    /// Never prompt (automatic when stdin is not a terminal)
    #[arg(long, global = true)]
    pub no_input: bool,
    /// Read settings from this dotenv file (a `.env` in the working directory is never read
    /// unless named here)
    #[arg(long, global = true, value_name = "PATH")]
    pub env_file: Option<PathBuf>,
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
    /// Refresh the local snapshot of the selected projects from Jira
    Sync(SyncArgs),
    /// Update team members from the assignees and reporters of synced issues
    SyncMembers(SyncMembersArgs),
    /// The team's workload: summary, workload per person, status, overdue, tickets
    Dashboard(Box<DashboardArgs>),
    /// Everything about one ticket: fields, description, subtasks, links, worklogs, comments
    Ticket(TicketArgs),
    /// Team members: list, show one, label them
    #[command(subcommand)]
    Member(MemberCommand),
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

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Only these selected projects (default: all selected)
    #[arg(long = "project", value_name = "KEY", num_args = 1..)]
    pub projects: Vec<String>,
    /// Refetch everything instead of only what changed since the last sync
    #[arg(long)]
    pub full: bool,
}

#[derive(Debug, Args)]
pub struct SyncMembersArgs {
    /// Mark members who no longer appear on any synced issue as inactive
    #[arg(long)]
    pub deactivate_missing: bool,
}

#[derive(Debug, Args)]
pub struct DashboardArgs {
    /// Sections to show: summary, workload, status, overdue, tickets, or all (CSV: exactly one)
    #[arg(long = "section", value_name = "NAME", num_args = 1.., value_delimiter = ',')]
    pub sections: Vec<String>,
    /// Only these projects (among the selected ones)
    #[arg(long = "project", value_name = "KEY", num_args = 1..)]
    pub projects: Vec<String>,
    /// Only issues on these boards (selected boards)
    #[arg(long = "board", value_name = "ID", num_args = 1..)]
    pub boards: Vec<u64>,
    /// Only these assignees: display name, email, account id, `me` (the connected Jira account) or `unassigned`
    #[arg(long = "assignee", value_parser = crate::validate::non_empty, value_name = "WHO", num_args = 1..)]
    pub assignees: Vec<String>,
    /// Only members carrying one of these team labels (`jirahub member label add`)
    #[arg(long = "team", value_parser = crate::validate::non_empty, value_name = "LABEL", num_args = 1..)]
    pub teams: Vec<String>,
    /// Only these statuses: names, or the categories todo, in-progress, done
    #[arg(long = "status", value_parser = crate::validate::non_empty, value_name = "STATUS", num_args = 1..)]
    pub statuses: Vec<String>,
    /// Leave out these statuses (names or categories)
    #[arg(long = "exclude-status", value_parser = crate::validate::non_empty, value_name = "STATUS", num_args = 1..)]
    pub exclude_statuses: Vec<String>,
    /// Created on or after (YYYY-MM-DD, today, yesterday, -7d, +2w, -1m)
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub created_from: Option<String>,
    /// Created on or before
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub created_to: Option<String>,
    /// Due on or after
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub due_from: Option<String>,
    /// Due on or before
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub due_to: Option<String>,
    /// Only issues with any of these Jira labels
    #[arg(long = "label", value_parser = crate::validate::non_empty, value_name = "LABEL", num_args = 1..)]
    pub labels: Vec<String>,
    /// With --label: require all of the labels
    #[arg(long)]
    pub all_labels: bool,
    /// At least this many story points
    #[arg(long, value_name = "N", value_parser = crate::validate::finite_number)]
    pub points_min: Option<f64>,
    /// At most this many story points
    #[arg(long, value_name = "N", value_parser = crate::validate::finite_number)]
    pub points_max: Option<f64>,
    /// Only issues without story points
    #[arg(long, conflicts_with_all = ["points_min", "points_max"])]
    pub no_points: bool,
    /// Only these issue types
    #[arg(long = "type", value_parser = crate::validate::non_empty, value_name = "TYPE", num_args = 1..)]
    pub types: Vec<String>,
    /// Only these priorities (e.g. High, Highest)
    #[arg(long = "priority", value_parser = crate::validate::non_empty, value_name = "NAME", num_args = 1..)]
    pub priorities: Vec<String>,
    /// Only issues with any of these components
    #[arg(long = "component", value_parser = crate::validate::non_empty, value_name = "NAME", num_args = 1..)]
    pub components: Vec<String>,
    /// Only issues in these sprints: a sprint name, or `active` for any running sprint
    #[arg(long = "sprint", value_parser = crate::validate::non_empty, value_name = "NAME", num_args = 1..)]
    pub sprints: Vec<String>,
    /// Include tickets and issue types you ignore
    #[arg(long)]
    pub include_ignored: bool,
    /// A filter value that matches no synced ticket is an error (exit 2), not a warning
    #[arg(long)]
    pub strict: bool,
    /// Sort the overdue and tickets lists: key, due, created, updated, points, status, assignee, priority (`-due` for descending)
    #[arg(long, value_name = "FIELD", allow_hyphen_values = true)]
    pub sort: Option<String>,
    /// At most N rows in the overdue and tickets lists
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Time zone for "today" and dates: local, UTC, +05:30, Europe/Berlin
    #[arg(long, value_name = "TZ", default_value = "local")]
    pub tz: String,
    /// Sync before reporting even when the snapshot is fresh
    #[arg(long, conflicts_with = "offline")]
    pub refresh: bool,
    /// Never contact Jira; report from the last snapshot
    #[arg(long)]
    pub offline: bool,
    /// Gate: exit 6 (after the report) when more than N matching tickets are overdue
    #[arg(long, value_name = "N")]
    pub max_overdue: Option<usize>,
    /// Gate: exit 6 when more than N open tickets have no assignee
    #[arg(long, value_name = "N")]
    pub max_unassigned: Option<usize>,
    /// Gate: exit 6 when more than N open tickets (not sub-tasks) have no story points
    #[arg(long, value_name = "N")]
    pub max_missing_points: Option<usize>,
    /// Gate: exit 6 when anyone has more than N tickets in progress
    #[arg(long, value_name = "N")]
    pub max_wip: Option<usize>,
    /// Gate: exit 6 when an open ticket was created more than DAYS days ago
    #[arg(long, value_name = "DAYS")]
    pub max_age: Option<u32>,
}

#[derive(Debug, Args)]
pub struct TicketArgs {
    /// Issue key, e.g. APP-123
    pub key: String,
    /// Fetch from Jira even when a cached copy is fresh
    #[arg(long, conflicts_with = "offline")]
    pub refresh: bool,
    /// Only use the cached copy
    #[arg(long)]
    pub offline: bool,
    /// How many of the most recent comments to show
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub comments: usize,
}

#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// Team members with their labels and open tickets
    List,
    /// One member: profile, labels, tickets by status, overdue, points, the tickets
    Show {
        /// Display name, email or account id
        member: String,
        /// Time zone for "today": local, UTC, +05:30, Europe/Berlin
        #[arg(long, value_name = "TZ", default_value = "local")]
        tz: String,
    },
    /// Add or remove team labels on a member
    #[command(subcommand)]
    Label(MemberLabelCommand),
    /// Team labels with their members
    Labels,
}

#[derive(Debug, Subcommand)]
pub enum MemberLabelCommand {
    Add {
        member: String,
        #[arg(required = true)]
        labels: Vec<String>,
    },
    Remove {
        member: String,
        #[arg(required = true)]
        labels: Vec<String>,
    },
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
    fn relative_dates_may_start_with_a_minus() {
        let cli = Cli::try_parse_from([
            "jirahub",
            "dashboard",
            "--due-from",
            "-7d",
            "--created-to",
            "-1m",
        ])
        .expect("a relative date is a value, not a flag");
        let Command::Dashboard(args) = cli.command else {
            panic!("parsed as dashboard")
        };
        assert_eq!(args.due_from.as_deref(), Some("-7d"));
        assert_eq!(args.created_to.as_deref(), Some("-1m"));
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
