//! `jirahub ignore ticket|type add|remove …` and `ignore list`: per-user rules that every report
//! applies (unless `--include-ignored`).

use crate::cli::{IgnoreCommand, IgnoreListCommand};
use crate::context::Context;
use crate::output::{Column, Report, Section};
use crate::{Error, Result};
use serde_json::json;

pub async fn run(ctx: &Context, cmd: IgnoreCommand) -> Result<Report> {
    let user_id = ctx.user()?.user.id;
    let message = match cmd {
        IgnoreCommand::List => None,
        IgnoreCommand::Ticket(IgnoreListCommand::Add { values }) => {
            let keys = crate::validate::issue_keys(&values)?;
            let n = ctx.db(|s| s.ignore_tickets(user_id, &keys))?;
            Some(format!("Ignoring {n} more ticket(s)."))
        }
        IgnoreCommand::Ticket(IgnoreListCommand::Remove { values }) => {
            let keys = crate::validate::issue_keys(&values)?;
            let n = ctx.db(|s| s.unignore_tickets(user_id, &keys))?;
            if n == 0 {
                return Err(Error::not_found(format!(
                    "not ignored: {}",
                    keys.join(", ")
                )));
            }
            Some(format!("No longer ignoring {n} ticket(s)."))
        }
        IgnoreCommand::Type(IgnoreListCommand::Add { values }) => {
            let have = ctx.db(|s| s.ignored_types(user_id))?;
            let new: Vec<String> = values
                .into_iter()
                .filter(|v| stored_spelling(&have, v).is_none())
                .collect();
            let n = if new.is_empty() {
                0
            } else {
                ctx.db(|s| s.ignore_types(user_id, &new))?
            };
            Some(format!("Ignoring {n} more issue type(s)."))
        }
        IgnoreCommand::Type(IgnoreListCommand::Remove { values }) => {
            let have = ctx.db(|s| s.ignored_types(user_id))?;
            let stored: Vec<String> = values
                .iter()
                .map(|v| stored_spelling(&have, v).unwrap_or(v).to_string())
                .collect();
            let n = ctx.db(|s| s.unignore_types(user_id, &stored))?;
            if n == 0 {
                return Err(Error::not_found(format!(
                    "not ignored: {}",
                    values.join(", ")
                )));
            }
            Some(format!("No longer ignoring {n} issue type(s)."))
        }
    };
    let (tickets, types) =
        ctx.db(|s| Ok((s.ignored_tickets(user_id)?, s.ignored_types(user_id)?)))?;
    let rows = tickets
        .iter()
        .map(|k| vec![json!("ticket"), json!(k)])
        .chain(types.iter().map(|t| vec![json!("type"), json!(t)]))
        .collect();
    let mut report = Report::new("ignore").with_section(Section::rows(
        "ignored",
        "Ignored",
        vec![Column::text("kind", "Kind"), Column::text("value", "Value")],
        rows,
    ));
    if let Some(m) = message {
        report = report.with_message(m);
    }
    Ok(report)
}

/// The stored rule a type name refers to. Reports match issue types case-insensitively, so
/// `Sub-task` and `sub-task` are one rule: adding it twice or removing it in another case works.
fn stored_spelling<'a>(have: &'a [String], name: &str) -> Option<&'a str> {
    let wanted = name.trim().to_lowercase();
    have.iter()
        .find(|h| h.to_lowercase() == wanted)
        .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::stored_spelling;

    #[test]
    fn type_names_refer_to_stored_rules_in_any_case() {
        let have = vec!["Sub-task".to_string(), "Épique".to_string()];
        assert_eq!(stored_spelling(&have, " sub-TASK "), Some("Sub-task"));
        assert_eq!(stored_spelling(&have, "épique"), Some("Épique"));
        assert_eq!(stored_spelling(&have, "Bug"), None);
    }
}
