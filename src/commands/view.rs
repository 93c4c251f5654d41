//! `jirahub view save|list|show|delete|publish|unpublish` and `--view NAME`: dashboard or
//! insights flags saved under a name, per account (an admin can publish one for everyone).
//!
//! A view is stored as its command words (`dashboard`, `insights cycle-time`) and its flags in
//! one canonical form, `--long=value` tokens, as clap parsed them when it was saved (so a typo is
//! refused then, not when a CI job runs it). Running a view re-parses the command line with the
//! view's flags for every flag not given on the command line: given flags override.

use std::ffi::OsString;

use clap::{ArgAction, ArgMatches, CommandFactory, parser::ValueSource};
use serde_json::json;

use crate::cli::{Cli, ViewCommand, ViewSaveArgs};
use crate::context::Context;
use crate::output::{Column, ColumnKind, Report, Section};
use crate::store::SavedView;
use crate::{Error, Result};

/// Flags a view never holds: they decide where settings and secrets come from, which the
/// database must not (`--config`, `--env-file`), or which view to run.
const NOT_IN_VIEWS: [&str; 4] = ["config", "env_file", "view", "no_input"];

pub async fn run(ctx: &Context, cmd: ViewCommand) -> Result<Report> {
    let user_id = ctx.user()?.user.id;
    match cmd {
        ViewCommand::Save(args) => save(ctx, user_id, args),
        ViewCommand::List => {
            let views = ctx.db(|s| s.views(user_id))?;
            Ok(list(&views, user_id))
        }
        ViewCommand::Show { name } => {
            let view = find(ctx, user_id, &name)?;
            Ok(Report::new("view").with_section(Section::record(
                "view",
                "View",
                vec![
                    (Column::text("name", "Name"), json!(view.name)),
                    (Column::text("command", "Command"), json!(view.command)),
                    (Column::text("runs", "Runs"), json!(command_line(&view))),
                    (Column::text("owner", "Owner"), json!(view.owner)),
                    (
                        Column::new("published", "Published", ColumnKind::Bool),
                        json!(view.published),
                    ),
                    (
                        Column::new("updated_at", "Updated", ColumnKind::DateTime),
                        json!(crate::output::rfc3339(view.updated_at)),
                    ),
                    (
                        Column::text("args", "Flags").machine_only(),
                        json!(view.args),
                    ),
                ],
            )))
        }
        ViewCommand::Delete { name } => {
            if !ctx.db(|s| s.delete_view(user_id, &name))? {
                return Err(not_yours(ctx, user_id, &name));
            }
            Ok(Report::message("view", format!("Deleted view {name}.")))
        }
        ViewCommand::Publish { name } => {
            ctx.db(|s| s.publish_view(user_id, &name, true))?;
            Ok(Report::message(
                "view",
                format!("Published view {name}: every account can run it with --view {name}."),
            ))
        }
        ViewCommand::Unpublish { name } => {
            ctx.db(|s| s.publish_view(user_id, &name, false))?;
            Ok(Report::message(
                "view",
                format!("View {name} is yours alone again."),
            ))
        }
    }
}

fn save(ctx: &Context, user_id: i64, args: ViewSaveArgs) -> Result<Report> {
    let name = valid_name(&args.name)?;
    let mut argv: Vec<OsString> = vec!["jirahub".into()];
    argv.extend(args.command.iter().map(OsString::from));
    let matches = parse(&argv, "the view's command")?;
    let (words, leaf) = command_words(&matches);
    if !matches!(
        words.first().map(String::as_str),
        Some("dashboard" | "insights")
    ) {
        return Err(Error::usage(format!(
            "a view runs `dashboard …` or `insights REPORT …`, not `{}`",
            words.join(" ")
        )));
    }
    if leaf.value_source("view") == Some(ValueSource::CommandLine) {
        return Err(Error::usage("a view cannot run another view (--view)"));
    }
    for unsaved in ["config", "env_file"] {
        if leaf.value_source(unsaved) == Some(ValueSource::CommandLine) {
            return Err(Error::usage(format!(
                "--{} is not kept in a view: settings and secrets never come from the database",
                unsaved.replace('_', "-")
            )));
        }
    }
    let tokens = flag_tokens(&words, &[leaf], None)?;
    let command = words.join(" ");
    let replaced = ctx.db(|s| s.save_view(user_id, &name, &command, &tokens, args.replace))?;
    let view = SavedView {
        name: name.clone(),
        command: command.clone(),
        args: tokens,
        published: false,
        owner: String::new(),
        owner_id: user_id,
        updated_at: ctx.now(),
    };
    Ok(Report::message(
        "view",
        format!(
            "{} view {name}: {}. Run it: jirahub {command} --view {name}",
            if replaced { "Replaced" } else { "Saved" },
            command_line(&view)
        ),
    )
    .with_meta("name", name)
    .with_meta("command", command)
    .with_meta("args", view.args))
}

fn list(views: &[SavedView], user_id: i64) -> Report {
    let rows = views
        .iter()
        .map(|v| {
            vec![
                json!(v.name),
                json!(v.command),
                json!(shell_words(&v.args)),
                json!(if v.owner_id == user_id {
                    "you".to_string()
                } else {
                    v.owner.clone()
                }),
                json!(v.published),
            ]
        })
        .collect();
    Report::new("view_list").with_section(Section::rows(
        "views",
        "Views",
        vec![
            Column::text("name", "Name").keep(),
            Column::text("command", "Command"),
            Column::text("flags", "Flags").fill(),
            Column::text("owner", "Owner"),
            Column::new("published", "Published", ColumnKind::Bool),
        ],
        rows,
    ))
}

/// `jirahub dashboard --view release-health --assignee me`: the command line to run, with the
/// view's flags for every flag not given. `argv` is the process's arguments.
pub fn expand(ctx: &Context, name: &str, argv: &[OsString]) -> Result<Vec<OsString>> {
    let user_id = ctx.authenticate()?.user.id;
    let view = find(ctx, user_id, name)?;
    let given = parse(argv, "the command line")?;
    let (words, given_leaf) = command_words(&given);
    if words.join(" ") != view.command {
        return Err(Error::usage(format!(
            "view {name} runs `{}`, not `{}`",
            view.command,
            words.join(" ")
        ))
        .with_hint(format!("jirahub {} --view {name}", view.command)));
    }
    let mut stored_argv: Vec<OsString> = vec!["jirahub".into()];
    stored_argv.extend(words.iter().map(OsString::from));
    stored_argv.extend(view.args.iter().map(OsString::from));
    let stored = parse(&stored_argv, &format!("view {name}"))?;
    let (_, stored_leaf) = command_words(&stored);
    // `--config`, `--env-file` and `--view` itself stay as the command line has them.
    let tokens = flag_tokens(&words, &[given_leaf, stored_leaf], Some(given_leaf))?;
    let mut out: Vec<OsString> = vec!["jirahub".into()];
    out.extend(words.iter().map(OsString::from));
    out.extend(tokens.into_iter().map(OsString::from));
    Ok(out)
}

fn parse(argv: &[OsString], what: &str) -> Result<ArgMatches> {
    Cli::command().try_get_matches_from(argv).map_err(|e| {
        let text = e.to_string();
        let first = text
            .lines()
            .next()
            .unwrap_or("")
            .trim_start_matches("error: ")
            .to_string();
        Error::usage(format!("{what}: {first}"))
    })
}

/// The subcommand words (`dashboard`, `insights cycle-time`) and the innermost matches.
fn command_words(matches: &ArgMatches) -> (Vec<String>, &ArgMatches) {
    let mut words = Vec::new();
    let mut leaf = matches;
    while let Some((name, sub)) = leaf.subcommand() {
        words.push(name.to_string());
        leaf = sub;
    }
    (words, leaf)
}

/// Every flag given on a command line, as `--long=value` tokens: for each flag, from the first
/// of `sources` that has it on its command line. The flags views never hold ([`NOT_IN_VIEWS`])
/// come only from `settings_from` (the command line being run), or not at all.
fn flag_tokens(
    words: &[String],
    sources: &[&ArgMatches],
    settings_from: Option<&ArgMatches>,
) -> Result<Vec<String>> {
    let mut root = Cli::command();
    root.build();
    let mut cmd = &root;
    for w in words {
        cmd = cmd
            .find_subcommand(w)
            .ok_or_else(|| Error::unexpected(format!("no subcommand {w}")))?;
    }
    let mut tokens = Vec::new();
    for arg in cmd.get_arguments() {
        let id = arg.get_id().as_str();
        let Some(long) = arg.get_long() else { continue };
        let from_cli = |m: &&ArgMatches| m.value_source(id) == Some(ValueSource::CommandLine);
        let found = if NOT_IN_VIEWS.contains(&id) {
            settings_from.filter(from_cli)
        } else {
            sources.iter().copied().find(from_cli)
        };
        let Some(m) = found else { continue };
        match arg.get_action() {
            ArgAction::SetTrue if m.get_flag(id) => tokens.push(format!("--{long}")),
            ArgAction::Count => {
                for _ in 0..m.get_count(id) {
                    tokens.push(format!("--{long}"));
                }
            }
            ArgAction::Set | ArgAction::Append => {
                for raw in m.get_raw(id).into_iter().flatten() {
                    let value = raw.to_str().ok_or_else(|| {
                        Error::usage(format!("--{long}: a view keeps only UTF-8 values"))
                    })?;
                    tokens.push(format!("--{long}={value}"));
                }
            }
            _ => {}
        }
    }
    Ok(tokens)
}

fn find(ctx: &Context, user_id: i64, name: &str) -> Result<SavedView> {
    if let Some(view) = ctx.db(|s| s.find_view(user_id, name))? {
        return Ok(view);
    }
    let views = ctx.db(|s| s.views(user_id))?;
    let names: Vec<&str> = views.iter().map(|v| v.name.as_str()).collect();
    let mut err = Error::not_found(format!("no view named {}", crate::validate::shown(name)));
    err = err.with_hint(
        match crate::report::suggest::closest(name, names.iter().copied()) {
            Some(near) => format!("did you mean {near}? (`jirahub view list`)"),
            None if names.is_empty() => "save one with `jirahub view save NAME dashboard …`".into(),
            None => format!("views: {}", names.join(", ")),
        },
    );
    Err(err)
}

/// Deleting a view someone else published is not yours to do: say so rather than "not found".
fn not_yours(ctx: &Context, user_id: i64, name: &str) -> Error {
    match ctx.db(|s| s.find_view(user_id, name)) {
        Ok(Some(v)) if v.owner_id != user_id => Error::usage(format!(
            "view {name} is {}'s (published); you can delete only your own",
            v.owner
        )),
        _ => find(ctx, user_id, name)
            .err()
            .unwrap_or_else(|| Error::not_found(format!("you have no view named {name}"))),
    }
}

fn valid_name(name: &str) -> Result<String> {
    let name = name.trim();
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(name.to_string())
    } else {
        Err(Error::usage(format!(
            "view name {}: use 1–64 letters, digits, '-', '_' or '.'",
            crate::validate::shown(name)
        )))
    }
}

/// What a view runs, as a shell line: `jirahub dashboard --project=APP --max-overdue=0`.
fn command_line(view: &SavedView) -> String {
    let mut line = format!("jirahub {}", view.command);
    if !view.args.is_empty() {
        line.push(' ');
        line.push_str(&shell_words(&view.args));
    }
    line
}

/// Tokens as one line a shell reads back the same: plain ones as they are, others single-quoted.
fn shell_words(tokens: &[String]) -> String {
    tokens
        .iter()
        .map(|t| {
            let plain = !t.is_empty()
                && t.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_=.,:/+@%".contains(c));
            if plain {
                t.clone()
            } else {
                format!("'{}'", t.replace('\'', r"'\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(words: &[&str]) -> Vec<OsString> {
        std::iter::once("jirahub")
            .chain(words.iter().copied())
            .map(OsString::from)
            .collect()
    }

    fn tokens(words: &[&str]) -> Vec<String> {
        let m = parse(&argv(words), "test").expect("parses");
        let (w, leaf) = command_words(&m);
        flag_tokens(&w, &[leaf], None).expect("tokens")
    }

    #[test]
    fn flags_are_kept_in_one_canonical_form() {
        let spaced = tokens(&[
            "dashboard",
            "--project",
            "APP",
            "WEB",
            "--max-overdue",
            "0",
            "--created-from",
            "-30d",
            "--offline",
            "-o",
            "json",
            "-q",
        ]);
        for t in [
            "--project=APP",
            "--project=WEB",
            "--max-overdue=0",
            "--created-from=-30d",
            "--offline",
            "--format=json",
            "--quiet",
        ] {
            assert!(spaced.contains(&t.to_string()), "{t} in {spaced:?}");
        }
        assert_eq!(spaced.len(), 7, "{spaced:?}");
        // Parsing the canonical tokens again gives the same tokens.
        let again: Vec<&str> = std::iter::once("dashboard")
            .chain(spaced.iter().map(String::as_str))
            .collect();
        assert_eq!(tokens(&again), spaced);
    }

    #[test]
    fn where_settings_come_from_is_never_kept() {
        let t = tokens(&[
            "dashboard",
            "--config",
            "/tmp/x.toml",
            "--env-file",
            "/tmp/e",
            "--offline",
        ]);
        assert_eq!(t, vec!["--offline".to_string()]);
    }

    #[test]
    fn command_lines_quote_what_a_shell_would_split() {
        let t = vec![
            "--jql=status = 'Done'".to_string(),
            "--project=APP".to_string(),
        ];
        assert_eq!(
            shell_words(&t),
            r"'--jql=status = '\''Done'\''' --project=APP"
        );
    }

    #[test]
    fn names_are_short_and_plain() {
        assert!(valid_name("release-health_2.0").is_ok());
        for bad in ["", "two words", "a/b", "ünï", &"x".repeat(65)] {
            assert!(valid_name(bad).is_err(), "{bad:?}");
        }
    }
}
