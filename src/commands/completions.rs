//! `jirahub completions SHELL`: print a completion script. The files in `completions/` are made
//! by the same function, and a test fails when they are stale.

use crate::Result;
use crate::cli::{Cli, CompletionsArgs};
use crate::context::Context;
use crate::output::Report;
use clap::CommandFactory;
use clap_complete::Shell;

pub async fn run(_ctx: &Context, args: CompletionsArgs) -> Result<Report> {
    Ok(Report::raw("completions", script(args.shell)))
}

pub fn script(shell: Shell) -> String {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "jirahub", &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// The file name under `completions/` for each shell.
pub fn file_name(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "jirahub.bash",
        Shell::Zsh => "_jirahub",
        Shell::Fish => "jirahub.fish",
        Shell::PowerShell => "_jirahub.ps1",
        Shell::Elvish => "jirahub.elv",
        _ => "jirahub.unknown",
    }
}

pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];
