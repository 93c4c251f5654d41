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

/// Flags every command takes: shown apart from a command's own, like gh's inherited flags.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
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
    #[command(
        after_help = "Examples:\n  echo \"$PASSWORD\" | jirahub register --email you@example.com --password-stdin\n  jirahub register --email you@example.com        # prompts for the password twice"
    )]
    Register(CredentialsArgs),
    /// Log in and start a session
    #[command(
        after_help = "Examples:\n  jirahub login --email you@example.com\n  JIRAHUB_PASSWORD=… jirahub login --email you@example.com --no-input"
    )]
    Login(CredentialsArgs),
    /// End the current session
    #[command(after_help = "Examples:\n  jirahub logout")]
    Logout,
    /// Show the logged-in account
    #[command(
        after_help = "Examples:\n  jirahub whoami\n  jirahub whoami -o json | jq -r .user.role"
    )]
    Whoami,
    /// Change your password
    #[command(
        after_help = "Examples:\n  jirahub passwd\n  printf \"%s\\n%s\\n\" \"$OLD\" \"$NEW\" | jirahub passwd --password-stdin"
    )]
    Passwd(PasswdArgs),
    /// Manage accounts, sessions and registration (admins only)
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  jirahub admin users\n  jirahub admin user add bob@example.com --role user\n  jirahub admin sessions list --user bob@example.com\n  jirahub admin registration off"
    )]
    Admin(AdminCommand),
    /// Connect your account to a Jira site (Cloud API token or Data Center PAT)
    #[command(
        after_help = "Examples:\n  jirahub connect --url https://your-site.atlassian.net --email you@example.com\n  echo \"$JIRA_API_TOKEN\" | jirahub connect --url https://your-site.atlassian.net --email you@example.com --token-stdin\n  echo \"$PAT\" | jirahub connect --url https://jira.example.com/jira --token-stdin   # Data Center\n  jirahub connect status\n  jirahub connect remove"
    )]
    Connect(ConnectArgs),
    /// Discover Jira projects and choose which ones jirahub reports on
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  jirahub projects discover\n  jirahub projects select APP WEB\n  jirahub projects list -o json\n  jirahub projects deselect WEB"
    )]
    Projects(ProjectsCommand),
    /// List a project's boards and narrow a project to some of them
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  jirahub boards list --project APP\n  jirahub boards select --project APP 12 14\n  jirahub boards deselect --project APP 14"
    )]
    Boards(BoardsCommand),
    /// Show the custom fields used for story points, sprint and team; pin one when discovery guesses wrong
    #[command(
        after_help = "Examples:\n  jirahub fields\n  jirahub fields set story-points customfield_10026\n  jirahub fields unset story-points"
    )]
    Fields(FieldsArgs),
    /// Refresh the local snapshot of the selected projects from Jira
    #[command(
        after_help = "Examples:\n  jirahub sync\n  jirahub sync --project APP --full\n  jirahub sync -q && jirahub dashboard --offline"
    )]
    Sync(SyncArgs),
    /// Update team members from the assignees and reporters of synced issues
    #[command(
        after_help = "Examples:\n  jirahub sync-members\n  jirahub sync-members --deactivate-missing"
    )]
    SyncMembers(SyncMembersArgs),
    /// The team's workload: summary, workload per person, status, overdue, tickets
    #[command(
        after_help = "Examples:\n  jirahub dashboard\n  jirahub dashboard --assignee me --status in-progress\n  jirahub dashboard --team backend --exclude-status done --due-to +7d\n  jirahub dashboard --sprint active --section tickets --sort -points\n  jirahub dashboard -o json --section all > report.json\n  jirahub dashboard -o csv --section tickets --bom > tickets.csv\n  jirahub dashboard -o markdown --max-overdue 10 --max-wip 5 >> \"$GITHUB_STEP_SUMMARY\""
    )]
    Dashboard(Box<DashboardArgs>),
    /// Flow metrics from the synced history: cycle time, throughput, Monte Carlo forecasts
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  jirahub insights cycle-time --from -90d\n  jirahub insights throughput --per week -o csv\n  jirahub insights forecast --items 40\n  jirahub insights forecast --until 2027-01-31 --seed 7"
    )]
    Insights(InsightsCommand),
    /// One self-contained HTML file: workload, overdue, velocity, burndown, throughput, cycle time, aging, flow
    #[command(
        after_help = "Examples:\n  jirahub report --html report.html\n  jirahub report --html team.html --project APP --board 12 --from -60d\n  jirahub report --html - --offline | mail -a 'Content-Type: text/html' -s 'Workload' lead@example.com"
    )]
    Report(ReportArgs),
    /// Everything about one ticket: fields, description, subtasks, links, worklogs, comments
    #[command(
        after_help = "Examples:\n  jirahub ticket APP-123\n  jirahub ticket APP-123 --comments 20 --refresh\n  jirahub ticket APP-123 -o json | jq .ticket.status"
    )]
    Ticket(TicketArgs),
    /// Team members: list, show one, label them
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  jirahub member list\n  jirahub member show \"Ada Lovelace\"\n  jirahub member label add ada@example.com backend\n  jirahub member labels"
    )]
    Member(MemberCommand),
    /// Where reports are delivered: a Slack incoming webhook, kept encrypted
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  jirahub notify set slack                      # the URL is asked for, never an argument\n  printf '%s\\n' \"$SLACK_WEBHOOK\" | jirahub notify set slack --url-stdin\n  jirahub notify status\n  jirahub notify remove slack"
    )]
    Notify(NotifyCommand),
    /// Send a report: a dashboard to Slack or by email
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  jirahub send slack -- dashboard --project APP\n  jirahub send slack --only-if-failed -- dashboard --max-overdue 10\n  jirahub send slack -- dashboard --view release-health\n  jirahub send slack --dry-run -- dashboard | jq '.blocks | length'\n  jirahub send email --to lead@example.com --csv -- dashboard --project APP"
    )]
    Send(SendCommand),
    /// Saved views: dashboard or insights flags under a name, run with --view NAME
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  jirahub view save release-health dashboard --project APP --max-overdue 0 --max-unassigned 5\n  jirahub dashboard --view release-health\n  jirahub dashboard --view release-health --assignee me -o json\n  jirahub view save slow-stories insights cycle-time --type Story --from -30d\n  jirahub view list\n  jirahub view publish release-health"
    )]
    View(ViewCommand),
    /// Leave tickets or issue types out of every report
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  jirahub ignore ticket add APP-1 APP-2\n  jirahub ignore type add Sub-task\n  jirahub ignore list"
    )]
    Ignore(IgnoreCommand),
    /// Show the effective configuration and where each value came from (secrets masked)
    #[command(after_help = "Examples:\n  jirahub config\n  jirahub config -o json")]
    Config,
    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  jirahub completions bash > ~/.local/share/bash-completion/completions/jirahub\n  jirahub completions zsh > \"${fpath[1]}/_jirahub\""
    )]
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
    #[command(after_help = "Examples:\n  jirahub admin users\n  jirahub admin users -o csv")]
    Users,
    /// Add, change or remove an account
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  jirahub admin user add bob@example.com --role user\n  jirahub admin user disable bob@example.com"
    )]
    User(AdminUserCommand),
    /// List or revoke sessions
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  jirahub admin sessions list --all\n  jirahub admin sessions revoke 42"
    )]
    Sessions(AdminSessionsCommand),
    /// Open or close self-registration
    #[command(
        after_help = "Examples:\n  jirahub admin registration status\n  jirahub admin registration off"
    )]
    Registration(RegistrationArgs),
}

#[derive(Debug, Subcommand)]
pub enum AdminUserCommand {
    /// Create an account (password from a prompt, --password-stdin or JIRAHUB_PASSWORD)
    #[command(
        after_help = "Examples:\n  jirahub admin user add bob@example.com --role user        # prompts for the password\n  echo \"$PW\" | jirahub admin user add ci@example.com --password-stdin"
    )]
    Add {
        /// The account's email
        email: String,
        /// The new account's role
        #[arg(long, value_enum, default_value_t = RoleArg::User)]
        role: RoleArg,
        /// Read the new account's password from standard input
        #[arg(long)]
        password_stdin: bool,
    },
    /// Make an account admin or user
    #[command(after_help = "Examples:\n  jirahub admin user set-role bob@example.com admin")]
    SetRole {
        /// The account's email
        email: String,
        /// admin or user
        #[arg(value_enum)]
        role: RoleArg,
    },
    /// Stop an account from logging in (its sessions are revoked)
    #[command(after_help = "Examples:\n  jirahub admin user disable bob@example.com")]
    Disable {
        /// The account's email
        email: String,
    },
    /// Let a disabled account log in again
    #[command(after_help = "Examples:\n  jirahub admin user enable bob@example.com")]
    Enable {
        /// The account's email
        email: String,
    },
    /// Set a new password for an account (its sessions are revoked)
    #[command(
        after_help = "Examples:\n  echo \"$NEW\" | jirahub admin user reset-password bob@example.com --password-stdin"
    )]
    ResetPassword {
        /// The account's email
        email: String,
        /// Read the new password from standard input
        #[arg(long)]
        password_stdin: bool,
    },
    /// Delete an account and everything it owns
    #[command(after_help = "Examples:\n  jirahub admin user delete bob@example.com --yes")]
    Delete {
        /// The account's email
        email: String,
        /// Do not ask for confirmation (required when not on a terminal)
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdminSessionsCommand {
    /// List sessions (all accounts, or one with --user)
    #[command(
        after_help = "Examples:\n  jirahub admin sessions list\n  jirahub admin sessions list --user bob@example.com --all"
    )]
    List {
        /// Only this account's sessions
        #[arg(long, value_name = "EMAIL")]
        user: Option<String>,
        /// Include expired and revoked sessions
        #[arg(long)]
        all: bool,
    },
    /// Revoke a session by id
    #[command(after_help = "Examples:\n  jirahub admin sessions revoke 42")]
    Revoke {
        /// The session id (`jirahub admin sessions list`)
        id: i64,
    },
}

#[derive(Debug, Args)]
pub struct RegistrationArgs {
    /// on, off, or status (the default)
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
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    group(clap::ArgGroup::new("mode").args(["status", "remove"]).multiple(false))
)]
pub struct ConnectArgs {
    #[command(subcommand)]
    pub action: Option<ConnectAction>,
    /// Jira base URL, e.g. https://your-site.atlassian.net or https://jira.example.com/jira
    #[arg(long, env = "JIRA_URL", required_unless_present_any = ["status", "remove"])]
    pub url: Option<String>,
    /// The email of your Atlassian account, the one you log in to Jira with (Cloud; a Data Center personal access token needs none)
    #[arg(long, env = "JIRA_EMAIL")]
    pub email: Option<String>,
    /// Read the API token (or PAT) from the first line of standard input; else JIRA_API_TOKEN, else a prompt
    #[arg(long)]
    pub token_stdin: bool,
    /// Cloud or Data Center; `auto` asks the site's /serverInfo
    #[arg(long, value_enum, default_value_t = DeploymentArg::Auto)]
    pub deployment: DeploymentArg,
    /// Same as `connect status` (kept for scripts)
    #[arg(long, hide = true)]
    pub status: bool,
    /// Same as `connect remove` (kept for scripts)
    #[arg(long, hide = true)]
    pub remove: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum ConnectAction {
    /// Show the saved connection (never the token)
    #[command(after_help = "Examples:\n  jirahub connect status\n  jirahub connect status -o json")]
    Status,
    /// Forget the saved connection and its token
    #[command(after_help = "Examples:\n  jirahub connect remove")]
    Remove,
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
    #[command(
        after_help = "Examples:\n  jirahub projects discover\n  jirahub projects discover -o csv | cut -d, -f1"
    )]
    Discover,
    /// List the selected projects
    #[command(after_help = "Examples:\n  jirahub projects list")]
    List,
    /// Report on these projects
    #[command(after_help = "Examples:\n  jirahub projects select APP WEB")]
    Select {
        /// Jira project keys, e.g. APP WEB
        #[arg(required = true, value_name = "KEY")]
        keys: Vec<String>,
    },
    /// Stop reporting on these projects
    #[command(after_help = "Examples:\n  jirahub projects deselect WEB")]
    Deselect {
        /// Jira project keys, e.g. APP WEB
        #[arg(required = true, value_name = "KEY")]
        keys: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum BoardsCommand {
    /// List a project's boards (all projects' selected boards without --project)
    #[command(after_help = "Examples:\n  jirahub boards list\n  jirahub boards list --project APP")]
    List {
        /// The project (its key)
        #[arg(long, value_name = "KEY")]
        project: Option<String>,
    },
    /// Report only on issues of these boards for the project
    #[command(after_help = "Examples:\n  jirahub boards select --project APP 12 14")]
    Select {
        /// The project (its key)
        #[arg(long, value_name = "KEY")]
        project: String,
        /// Board ids (`jirahub boards list`)
        #[arg(required = true, value_name = "ID")]
        ids: Vec<i64>,
    },
    /// Stop narrowing the project to these boards
    #[command(after_help = "Examples:\n  jirahub boards deselect --project APP 14")]
    Deselect {
        /// The project (its key)
        #[arg(long, value_name = "KEY")]
        project: String,
        /// Board ids (`jirahub boards list`)
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
    #[command(after_help = "Examples:\n  jirahub fields show")]
    Show,
    /// Pin a field id for a purpose, e.g. `fields set story-points customfield_10026`
    #[command(
        after_help = "Examples:\n  jirahub fields set story-points customfield_10026\n  jirahub fields set team customfield_10001"
    )]
    Set {
        /// What the field is for
        #[arg(value_enum)]
        kind: FieldKind,
        /// The field's id, e.g. customfield_10026
        field_id: String,
    },
    /// Remove a pin and go back to discovery
    #[command(after_help = "Examples:\n  jirahub fields unset story-points")]
    Unset {
        /// What the field is for
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
    /// Run a saved view (`jirahub view list`); flags given here override the view's
    #[arg(long, value_name = "NAME")]
    pub view: Option<String>,
    /// Sections to show: summary, workload, status, overdue, tickets, or all (CSV: exactly one)
    #[arg(help_heading = "Sections", long = "section", value_name = "NAME", num_args = 1.., value_delimiter = ',')]
    pub sections: Vec<String>,
    /// Only these projects (among the selected ones)
    #[arg(help_heading = "Filters", long = "project", value_name = "KEY", num_args = 1..)]
    pub projects: Vec<String>,
    /// Only issues on these boards (selected boards)
    #[arg(help_heading = "Filters", long = "board", value_name = "ID", num_args = 1..)]
    pub boards: Vec<u64>,
    /// Only these assignees: display name, email, account id, `me` (the connected Jira account) or `unassigned`
    #[arg(help_heading = "Filters", long = "assignee", value_parser = crate::validate::non_empty, value_name = "WHO", num_args = 1..)]
    pub assignees: Vec<String>,
    /// Only members carrying one of these team labels (`jirahub member label add`)
    #[arg(help_heading = "Filters", long = "team", value_parser = crate::validate::non_empty, value_name = "LABEL", num_args = 1..)]
    pub teams: Vec<String>,
    /// Only these statuses: names, or the categories todo, in-progress, done
    #[arg(help_heading = "Filters", long = "status", value_parser = crate::validate::non_empty, value_name = "STATUS", num_args = 1..)]
    pub statuses: Vec<String>,
    /// Leave out these statuses (names or categories)
    #[arg(help_heading = "Filters", long = "exclude-status", value_parser = crate::validate::non_empty, value_name = "STATUS", num_args = 1..)]
    pub exclude_statuses: Vec<String>,
    /// Created on or after (YYYY-MM-DD, today, yesterday, -7d, +2w, -1m)
    #[arg(
        help_heading = "Filters",
        long,
        value_name = "DATE",
        allow_hyphen_values = true
    )]
    pub created_from: Option<String>,
    /// Created on or before
    #[arg(
        help_heading = "Filters",
        long,
        value_name = "DATE",
        allow_hyphen_values = true
    )]
    pub created_to: Option<String>,
    /// Due on or after
    #[arg(
        help_heading = "Filters",
        long,
        value_name = "DATE",
        allow_hyphen_values = true
    )]
    pub due_from: Option<String>,
    /// Due on or before
    #[arg(
        help_heading = "Filters",
        long,
        value_name = "DATE",
        allow_hyphen_values = true
    )]
    pub due_to: Option<String>,
    /// Only issues with any of these Jira labels
    #[arg(help_heading = "Filters", long = "label", value_parser = crate::validate::non_empty, value_name = "LABEL", num_args = 1..)]
    pub labels: Vec<String>,
    /// With --label: require all of the labels
    #[arg(help_heading = "Filters", long)]
    pub all_labels: bool,
    /// At least this many story points
    #[arg(help_heading = "Filters", long, value_name = "N", value_parser = crate::validate::finite_number)]
    pub points_min: Option<f64>,
    /// At most this many story points
    #[arg(help_heading = "Filters", long, value_name = "N", value_parser = crate::validate::finite_number)]
    pub points_max: Option<f64>,
    /// Only issues without story points
    #[arg(help_heading = "Filters", long, conflicts_with_all = ["points_min", "points_max"])]
    pub no_points: bool,
    /// Only these issue types
    #[arg(help_heading = "Filters", long = "type", value_parser = crate::validate::non_empty, value_name = "TYPE", num_args = 1..)]
    pub types: Vec<String>,
    /// Only these priorities (e.g. High, Highest)
    #[arg(help_heading = "Filters", long = "priority", value_parser = crate::validate::non_empty, value_name = "NAME", num_args = 1..)]
    pub priorities: Vec<String>,
    /// Only issues with any of these components
    #[arg(help_heading = "Filters", long = "component", value_parser = crate::validate::non_empty, value_name = "NAME", num_args = 1..)]
    pub components: Vec<String>,
    /// Only issues in these sprints: a sprint name, or `active` for any running sprint
    #[arg(help_heading = "Filters", long = "sprint", value_parser = crate::validate::non_empty, value_name = "NAME", num_args = 1..)]
    pub sprints: Vec<String>,
    /// Only tickets Jira finds with this JQL clause, ANDed with the projects (asks Jira: not with --offline)
    #[arg(help_heading = "Filters", long, value_name = "CLAUSE", value_parser = crate::validate::jql_clause)]
    pub jql: Option<String>,
    /// Include tickets and issue types you ignore
    #[arg(help_heading = "Filters", long)]
    pub include_ignored: bool,
    /// A filter value that matches no synced ticket is an error (exit 2), not a warning
    #[arg(help_heading = "Filters", long)]
    pub strict: bool,
    /// Sort the overdue and tickets lists: key, due, created, updated, points, status, assignee, priority (`-due` for descending)
    #[arg(
        help_heading = "Output",
        long,
        value_name = "FIELD",
        allow_hyphen_values = true
    )]
    pub sort: Option<String>,
    /// Only these columns of the overdue and tickets lists, in this order (every format), e.g. key,summary,url
    #[arg(help_heading = "Output", long, value_name = "KEY,…", value_delimiter = ',', num_args = 1..)]
    pub columns: Vec<String>,
    /// At most N rows in the overdue and tickets lists
    #[arg(help_heading = "Output", long, value_name = "N")]
    pub limit: Option<usize>,
    /// Time zone for "today" and dates: local, UTC, +05:30, Europe/Berlin
    #[arg(
        help_heading = "Output",
        long,
        value_name = "TZ",
        default_value = "local"
    )]
    pub tz: String,
    /// Sync before reporting even when the snapshot is fresh
    #[arg(help_heading = "Freshness", long, conflicts_with = "offline")]
    pub refresh: bool,
    /// Never contact Jira; report from the last snapshot
    #[arg(help_heading = "Freshness", long)]
    pub offline: bool,
    /// Gate: exit 6 (after the report) when more than N matching tickets are overdue
    #[arg(help_heading = "Gates", long, value_name = "N")]
    pub max_overdue: Option<usize>,
    /// Gate: exit 6 when more than N open tickets have no assignee
    #[arg(help_heading = "Gates", long, value_name = "N")]
    pub max_unassigned: Option<usize>,
    /// Gate: exit 6 when more than N open tickets (not sub-tasks) have no story points
    #[arg(help_heading = "Gates", long, value_name = "N")]
    pub max_missing_points: Option<usize>,
    /// Gate: exit 6 when anyone has more than N tickets in progress
    #[arg(help_heading = "Gates", long, value_name = "N")]
    pub max_wip: Option<usize>,
    /// Gate: exit 6 when an open ticket was created more than DAYS days ago
    #[arg(help_heading = "Gates", long, value_name = "DAYS")]
    pub max_age: Option<u32>,
}

#[derive(Debug, Subcommand)]
pub enum InsightsCommand {
    /// Days from the first move into In Progress to the last move into Done, per issue done in the range; percentiles 50/70/85/95, by type
    #[command(
        after_help = "Examples:\n  jirahub insights cycle-time\n  jirahub insights cycle-time --project APP --type Story --from -30d -o json"
    )]
    CycleTime(InsightArgs),
    /// Issues done per day or week, empty periods as zero
    #[command(
        after_help = "Examples:\n  jirahub insights throughput\n  jirahub insights throughput --per day --from -14d -o csv"
    )]
    Throughput {
        #[command(flatten)]
        common: InsightArgs,
        /// Bucket by day or by ISO week (Monday first)
        #[arg(long, value_enum, default_value_t = crate::report::insights::Period::Week)]
        per: crate::report::insights::Period,
    },
    /// Commitment and completed points per closed sprint of a board, as Jira's Velocity Chart counts them
    #[command(
        after_help = "Examples:\n  jirahub insights velocity --board 12\n  jirahub insights velocity --board 12 --sprints 10 -o json"
    )]
    Velocity {
        #[command(flatten)]
        common: InsightArgs,
        /// How many of the last closed sprints
        #[arg(long, value_name = "N", default_value_t = 7)]
        sprints: usize,
    },
    /// Jira's Sprint Report of one sprint: completed, not completed, removed, completed outside, added after start
    #[command(
        after_help = "Examples:\n  jirahub insights sprint --board 12\n  jirahub insights sprint --board 12 --sprint last\n  jirahub insights sprint --board 12 --sprint 301 -o json"
    )]
    Sprint {
        #[command(flatten)]
        common: InsightArgs,
        /// A sprint id, `active` (the default) or `last` (the last closed one)
        #[arg(long, value_name = "ID|active|last", default_value = "active")]
        sprint: String,
    },
    /// A sprint's remaining estimate day by day, the ideal line, and every scope change
    #[command(
        after_help = "Examples:\n  jirahub insights burndown --board 12\n  jirahub insights burndown --board 12 --sprint last --calendar-days -o csv"
    )]
    Burndown {
        #[command(flatten)]
        common: InsightArgs,
        /// A sprint id, `active` (the default) or `last`
        #[arg(long, value_name = "ID|active|last", default_value = "active")]
        sprint: String,
        /// Count weekends too (default: working days only)
        #[arg(long)]
        calendar_days: bool,
    },
    /// Scope and done over time, day by day (issues, or points with --points)
    #[command(
        after_help = "Examples:\n  jirahub insights burnup --from -60d\n  jirahub insights burnup --points -o json"
    )]
    Burnup {
        #[command(flatten)]
        common: InsightArgs,
        /// Sum story points instead of counting issues
        #[arg(long)]
        points: bool,
    },
    /// Cumulative flow: issues in each status (or category) at the end of each day
    #[command(
        after_help = "Examples:\n  jirahub insights flow --from -30d\n  jirahub insights flow --by category -o csv\n  jirahub insights flow --board 12"
    )]
    Flow {
        #[command(flatten)]
        common: InsightArgs,
        /// One series per status, or per status category
        #[arg(long, value_enum, default_value_t = FlowBy::Status)]
        by: FlowBy,
    },
    /// Work in progress with its age, oldest first, against the cycle-time percentiles
    #[command(
        after_help = "Examples:\n  jirahub insights aging\n  jirahub insights aging --project APP -o json"
    )]
    Aging(InsightArgs),
    /// Issues created and resolved per day or week
    #[command(
        after_help = "Examples:\n  jirahub insights created-vs-resolved\n  jirahub insights created-vs-resolved --per day --cumulative -o csv"
    )]
    CreatedVsResolved {
        #[command(flatten)]
        common: InsightArgs,
        /// Bucket by day or by ISO week
        #[arg(long, value_enum, default_value_t = crate::report::insights::Period::Week)]
        per: crate::report::insights::Period,
        /// Running totals from the first period
        #[arg(long)]
        cumulative: bool,
    },
    /// Hours logged per period, by member, project, epic, type or label; against a capacity; with rates, amounts
    #[command(
        after_help = "Examples:\n  jirahub insights time --from -30d\n  jirahub insights time --by project --per month -o csv\n  jirahub insights time --capacity 32h/week --team backend\n  jirahub insights time --capacity 32h/week --capacity label:contractors=16h/week\n  jirahub insights time --rates rates.csv -o csv > billing.csv"
    )]
    Time {
        #[command(flatten)]
        common: InsightArgs,
        /// Bucket by day, ISO week or month
        #[arg(long, value_enum, default_value_t = crate::report::insights::Period::Week)]
        per: crate::report::insights::Period,
        /// Group hours by member (the worklog's author), project, epic, type or label
        #[arg(long, value_enum, default_value_t = crate::report::time::TimeBy::Member)]
        by: crate::report::time::TimeBy,
        /// What a member can log, e.g. 32h/week; per team label or member: label:NAME=16h/week, ada@example.com=24h/week (repeatable; with --by member)
        #[arg(long, value_name = "[WHO=]HOURS/PER")]
        capacity: Vec<String>,
        /// Hourly rates, CSV `who,rate,currency` (who: a member, or label:NAME): adds amounts
        #[arg(long, value_name = "FILE")]
        rates: Option<std::path::PathBuf>,
    },
    /// Monte Carlo over the daily throughput of a recent window: when N more are done, or how many by a date
    #[command(
        after_help = "Examples:\n  jirahub insights forecast --items 40\n  jirahub insights forecast --until 2027-01-31 --window 30 --trials 20000 --seed 7"
    )]
    #[command(group(clap::ArgGroup::new("question").args(["items", "until"]).required(true)))]
    Forecast {
        #[command(flatten)]
        common: InsightArgs,
        /// When will this many more issues be done?
        #[arg(long, value_name = "N")]
        items: Option<u64>,
        /// How many will be done by this date (YYYY-MM-DD or +4w)?
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        until: Option<String>,
        /// Days of recent throughput to sample from
        #[arg(long, value_name = "DAYS", default_value_t = 60)]
        window: u32,
        /// Simulated futures
        #[arg(long, value_name = "N", default_value_t = 10_000)]
        trials: u32,
        /// Seed of the random draws (the same seed, the same answer)
        #[arg(long, value_name = "N", default_value_t = 1)]
        seed: u64,
    },
}

impl Cli {
    /// The saved view the command asks to run (`--view NAME`), if any.
    pub fn view_name(&self) -> Option<&str> {
        match &self.command {
            Command::Dashboard(args) => args.view.as_deref(),
            Command::Insights(cmd) => cmd.common().scope.view.as_deref(),
            _ => None,
        }
    }
}

impl InsightsCommand {
    pub fn common(&self) -> &InsightArgs {
        match self {
            InsightsCommand::CycleTime(c) => c,
            InsightsCommand::Throughput { common, .. }
            | InsightsCommand::Forecast { common, .. }
            | InsightsCommand::Velocity { common, .. }
            | InsightsCommand::Sprint { common, .. }
            | InsightsCommand::Burndown { common, .. }
            | InsightsCommand::Burnup { common, .. }
            | InsightsCommand::Flow { common, .. }
            | InsightsCommand::CreatedVsResolved { common, .. }
            | InsightsCommand::Time { common, .. } => common,
            InsightsCommand::Aging(c) => c,
        }
    }
}

/// `jirahub notify …`.
#[derive(Debug, Subcommand)]
pub enum NotifyCommand {
    /// Store where to deliver: the Slack incoming-webhook URL (prompted, --url-stdin, or JIRAHUB_SLACK_WEBHOOK)
    #[command(
        after_help = "Examples:\n  jirahub notify set slack\n  printf '%s\\n' \"$SLACK_WEBHOOK\" | jirahub notify set slack --url-stdin"
    )]
    Set {
        /// The target
        #[arg(value_enum)]
        target: NotifyTarget,
        /// Read the URL from the first line of stdin (it is a secret: never an argument)
        #[arg(long)]
        url_stdin: bool,
    },
    /// Which targets are set and when (never their address)
    #[command(after_help = "Examples:\n  jirahub notify status\n  jirahub notify status -o json")]
    Status,
    /// Forget a target
    #[command(after_help = "Examples:\n  jirahub notify remove slack")]
    Remove {
        /// The target
        #[arg(value_enum)]
        target: NotifyTarget,
    },
}

/// Where reports can be delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NotifyTarget {
    Slack,
}

impl NotifyTarget {
    pub fn as_str(self) -> &'static str {
        match self {
            NotifyTarget::Slack => "slack",
        }
    }
}

/// `jirahub send …`.
#[derive(Debug, Subcommand)]
pub enum SendCommand {
    /// Post a dashboard's summary, failed gates and overdue list to your Slack webhook
    #[command(
        after_help = "Examples:\n  jirahub send slack -- dashboard --project APP\n  jirahub send slack --only-if-failed -- dashboard --max-overdue 10"
    )]
    Slack(SendSlackArgs),
    /// Mail a dashboard over SMTP: HTML with a plain-text alternative, the tickets as CSV on request
    #[command(
        after_help = "Examples:\n  SMTP_URL=smtps://bot@mail.example.com SMTP_FROM=jirahub@example.com SMTP_PASSWORD=… \\\n    jirahub send email --to lead@example.com -- dashboard --project APP\n  jirahub send email --to a@example.com b@example.com --csv --subject 'Monday workload' -- dashboard --view weekly\n  jirahub send email --to lead@example.com --only-if-failed -- dashboard --max-overdue 10\n  jirahub send email --to lead@example.com --dry-run -- dashboard > message.eml"
    )]
    Email(SendEmailArgs),
}

#[derive(Debug, Args)]
pub struct SendEmailArgs {
    /// Recipients (`Name <addr>` or `addr`)
    #[arg(long, value_name = "ADDR", num_args = 1.., required = true)]
    pub to: Vec<String>,
    /// The sender (default SMTP_FROM)
    #[arg(long, value_name = "ADDR")]
    pub from: Option<String>,
    /// The subject (default: "Jira workload: " and the report's headline)
    #[arg(long, value_name = "TEXT")]
    pub subject: Option<String>,
    /// Attach the tickets as tickets.csv
    #[arg(long)]
    pub csv: bool,
    #[command(flatten)]
    pub send: SendArgs,
}

#[derive(Debug, Args)]
pub struct SendSlackArgs {
    #[command(flatten)]
    pub send: SendArgs,
}

/// What every `send` takes: when to send, and the report.
#[derive(Debug, Args)]
pub struct SendArgs {
    /// Send only when a gate (--max-overdue …) fails: "tell me when overdue > 10"
    #[arg(long)]
    pub only_if_failed: bool,
    /// Print the message (Slack's JSON, or the mail as RFC 5322) on stdout instead of sending it
    #[arg(long)]
    pub dry_run: bool,
    /// The report: `dashboard FLAGS…` (a saved view too: `dashboard --view NAME`)
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        required = true,
        value_name = "REPORT"
    )]
    pub report: Vec<String>,
}

/// `jirahub view …`.
#[derive(Debug, Subcommand)]
pub enum ViewCommand {
    /// Save flags under a name: `view save NAME dashboard FLAGS…` or `view save NAME insights REPORT FLAGS…`
    #[command(
        after_help = "Examples:\n  jirahub view save release-health dashboard --max-overdue 0 --max-wip 5 -o markdown\n  jirahub view save --replace mine dashboard --assignee me --exclude-status done"
    )]
    Save(ViewSaveArgs),
    /// Your views, then those published for every account
    #[command(
        after_help = "Examples:\n  jirahub view list\n  jirahub view list -o json | jq -r '.views[].name'"
    )]
    List,
    /// One view: the command line it runs
    #[command(
        after_help = "Examples:\n  jirahub view show release-health\n  jirahub view show release-health -o json | jq -r .view.runs"
    )]
    Show {
        /// The view's name
        name: String,
    },
    /// Delete one of your views
    #[command(after_help = "Examples:\n  jirahub view delete release-health")]
    Delete {
        /// The view's name
        name: String,
    },
    /// Let every account run one of your views by name (admin)
    #[command(after_help = "Examples:\n  jirahub view publish release-health")]
    Publish {
        /// The view's name
        name: String,
    },
    /// Withdraw one of your published views (admin)
    #[command(after_help = "Examples:\n  jirahub view unpublish release-health")]
    Unpublish {
        /// The view's name
        name: String,
    },
}

#[derive(Debug, Args)]
pub struct ViewSaveArgs {
    /// Overwrite your view of that name
    #[arg(long)]
    pub replace: bool,
    /// The view's name: letters, digits, `-`, `_` and `.`
    pub name: String,
    /// What the view runs: `dashboard FLAGS…` or `insights REPORT FLAGS…`
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        required = true,
        value_name = "COMMAND"
    )]
    pub command: Vec<String>,
}

/// `insights flow --by`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FlowBy {
    Status,
    Category,
}

/// What every insights report takes: the scope, and a chart file.
#[derive(Debug, Clone, Args)]
pub struct InsightArgs {
    #[command(flatten)]
    pub scope: InsightScope,
    /// Also draw the report as an SVG chart into this file
    #[arg(long, value_name = "FILE.svg")]
    pub chart: Option<std::path::PathBuf>,
}

/// Which issues and which days an insights report (or `jirahub report`) covers.
#[derive(Debug, Clone, Args)]
pub struct InsightScope {
    /// Run a saved view (`jirahub view list`); flags given here override the view's
    #[arg(long, value_name = "NAME")]
    pub view: Option<String>,
    /// Only these projects (among the selected ones)
    #[arg(long = "project", value_name = "KEY", num_args = 1..)]
    pub projects: Vec<String>,
    /// Only these assignees: display name, email, account id, `me` or `unassigned`
    #[arg(long = "assignee", value_parser = crate::validate::non_empty, value_name = "WHO", num_args = 1..)]
    pub assignees: Vec<String>,
    /// Only these issue types
    #[arg(long = "type", value_parser = crate::validate::non_empty, value_name = "TYPE", num_args = 1..)]
    pub types: Vec<String>,
    /// Only issues assigned to members with these team labels (`jirahub member label`)
    #[arg(long = "team", value_parser = crate::validate::non_empty, value_name = "LABEL", num_args = 1..)]
    pub teams: Vec<String>,
    /// The board: velocity, sprint and burndown report on its sprints, flow follows its columns;
    /// a selected board (`jirahub boards select`) also narrows every report to its issues
    #[arg(long, value_name = "ID")]
    pub board: Option<u64>,
    /// Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// Issues done on or before (default today)
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub to: Option<String>,
    /// Time zone for dates: local, UTC, +05:30, Europe/Berlin
    #[arg(long, value_name = "TZ", default_value = "local")]
    pub tz: String,
    /// Never contact Jira; report from the last snapshot
    #[arg(long)]
    pub offline: bool,
}

/// `jirahub report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Write the report here as one self-contained HTML file (`-`: stdout)
    #[arg(long, value_name = "FILE")]
    pub html: std::path::PathBuf,
    #[command(flatten)]
    pub scope: InsightScope,
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
    /// Open the ticket in the browser (on a terminal), or print its URL (in a pipe)
    #[arg(long, conflicts_with_all = ["refresh", "offline", "comments"])]
    pub web: bool,
}

#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// Team members with their labels and open tickets
    #[command(
        after_help = "Examples:\n  jirahub member list\n  jirahub member list -o csv > members.csv"
    )]
    List,
    /// One member: profile, labels, tickets by status, overdue, points, the tickets
    #[command(
        after_help = "Examples:\n  jirahub member show ada@example.com\n  jirahub member show \"Ada Lovelace\" --tz Europe/London"
    )]
    Show {
        /// Display name, email or account id
        member: String,
        /// Time zone for "today": local, UTC, +05:30, Europe/Berlin
        #[arg(long, value_name = "TZ", default_value = "local")]
        tz: String,
    },
    /// Add or remove team labels on a member
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  jirahub member label add ada@example.com backend oncall\n  jirahub member label remove ada@example.com oncall"
    )]
    Label(MemberLabelCommand),
    /// Team labels with their members
    #[command(after_help = "Examples:\n  jirahub member labels")]
    Labels,
}

#[derive(Debug, Subcommand)]
pub enum MemberLabelCommand {
    #[command(after_help = "Examples:\n  jirahub member label add ada@example.com backend oncall")]
    Add {
        /// Display name, email or account id
        member: String,
        /// Team labels (one word each, e.g. backend)
        #[arg(required = true)]
        labels: Vec<String>,
    },
    #[command(after_help = "Examples:\n  jirahub member label remove ada@example.com oncall")]
    Remove {
        /// Display name, email or account id
        member: String,
        /// Team labels (one word each, e.g. backend)
        #[arg(required = true)]
        labels: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum IgnoreCommand {
    /// Ignore or stop ignoring tickets by key
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  jirahub ignore ticket add APP-1 APP-2\n  jirahub ignore ticket remove APP-2"
    )]
    Ticket(IgnoreListCommand),
    /// Ignore or stop ignoring issue types by name (e.g. "Sub-task")
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  jirahub ignore type add Sub-task Epic\n  jirahub ignore type remove Epic"
    )]
    Type(IgnoreListCommand),
    /// Show what is ignored
    #[command(after_help = "Examples:\n  jirahub ignore list")]
    List,
}

#[derive(Debug, Subcommand)]
pub enum IgnoreListCommand {
    /// Ignore these (ticket keys or issue type names)
    #[command(
        after_help = "Examples:\n  jirahub ignore ticket add APP-1 APP-2\n  jirahub ignore type add Sub-task"
    )]
    Add {
        /// Ticket keys or issue type names
        #[arg(required = true)]
        values: Vec<String>,
    },
    /// Stop ignoring these
    #[command(
        after_help = "Examples:\n  jirahub ignore ticket remove APP-2\n  jirahub ignore type remove Sub-task"
    )]
    Remove {
        /// Ticket keys or issue type names
        #[arg(required = true)]
        values: Vec<String>,
    },
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish
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

    /// Help like gh's: every command shows examples, every argument and flag says what it is.
    #[test]
    fn every_command_has_examples_and_every_argument_a_description() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            let path = format!("{path} {}", cmd.get_name());
            if path != "jirahub" && path != " jirahub" {
                let examples = cmd
                    .get_after_help()
                    .is_some_and(|h| h.to_string().starts_with("Examples:"));
                if !examples {
                    missing.push(format!("{path}: no examples"));
                }
            }
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                if arg.is_hide_set() || id == "help" || id == "version" {
                    continue;
                }
                if arg.get_help().is_none() {
                    missing.push(format!("{path} {id}: no description"));
                }
            }
            for sub in cmd.get_subcommands().filter(|c| c.get_name() != "help") {
                walk(sub, &path, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "", &mut missing);
        assert!(missing.is_empty(), "{}", missing.join("\n"));
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
