//! `jirahub fields`: which custom fields hold story points, sprint, team and epic link, as
//! discovered from Jira's `/field` list, and pins for when discovery guesses wrong.

use crate::cli::{FieldKind, FieldsArgs, FieldsCommand};
use crate::context::Context;
use crate::jira::FieldMap;
use crate::jira::wire::Field;
use crate::output::{Column, Report, Section};
use crate::{Error, Result};
use serde_json::{Value, json};

pub async fn run(ctx: &Context, args: FieldsArgs) -> Result<Report> {
    let user_id = ctx.user()?.user.id;
    match args.command.unwrap_or(FieldsCommand::Show) {
        FieldsCommand::Show => show(ctx).await,
        FieldsCommand::Set { kind, field_id } => {
            let field_id = field_id.trim().to_string();
            let fields = ctx.jira()?.fields().await?;
            if !fields.iter().any(|f| f.id == field_id) {
                return Err(Error::not_found(format!("Jira has no field {field_id:?}"))
                    .with_hint("see `jirahub fields` for the custom fields in use"));
            }
            ctx.db(|s| s.pin_field(user_id, kind.as_str(), &field_id))?;
            Ok(show(ctx).await?.with_message(format!(
                "Pinned {} to {field_id}. Run `jirahub sync --full` to re-read the values.",
                kind.as_str()
            )))
        }
        FieldsCommand::Unset { kind } => {
            let removed = ctx.db(|s| s.unpin_field(user_id, kind.as_str()))?;
            if !removed {
                return Err(Error::not_found(format!("{} is not pinned", kind.as_str())));
            }
            Ok(show(ctx)
                .await?
                .with_message(format!("Unpinned {}.", kind.as_str())))
        }
    }
}

/// The user's pins as the client's `FieldPins`.
pub fn pins(ctx: &Context) -> Result<crate::jira::FieldPins> {
    let mut pins = crate::jira::FieldPins::default();
    // Direct mode has no account to keep pins in: discovery decides.
    if ctx.direct().is_some() {
        return Ok(pins);
    }
    let user_id = ctx.user()?.user.id;
    for (kind, id) in ctx.db(|s| s.field_pins(user_id))? {
        match kind.as_str() {
            "story_points" => pins.story_points = Some(id),
            "sprint" => pins.sprint = Some(id),
            "team" => pins.team = Some(id),
            "epic_link" => pins.epic_link = Some(id),
            _ => {}
        }
    }
    Ok(pins)
}

async fn show(ctx: &Context) -> Result<Report> {
    let pins = pins(ctx)?;
    let fields = ctx.jira()?.fields().await?;
    let map = FieldMap::discover(&fields, &pins);
    let name_of = |id: &str| fields.iter().find(|f| f.id == id).map(|f| f.name.clone());
    let custom_of = |id: &str| {
        fields
            .iter()
            .find(|f| f.id == id)
            .and_then(|f: &Field| f.schema.as_ref().and_then(|s| s.custom.clone()))
    };
    let mut rows = Vec::new();
    let mut push = |kind: FieldKind, id: Option<&str>, pinned: bool, rank: Option<usize>| {
        let source = match (id, pinned, rank) {
            (None, _, _) => "not found",
            (Some(_), true, _) => "pinned",
            (Some(_), false, Some(0) | None) => "discovered",
            (Some(_), false, Some(_)) => "fallback",
        };
        rows.push(vec![
            json!(kind.as_str()),
            id.map_or(Value::Null, Value::from),
            id.and_then(name_of).map_or(Value::Null, Value::from),
            id.and_then(custom_of).map_or(Value::Null, Value::from),
            json!(source),
        ]);
    };
    if map.story_points.is_empty() {
        push(FieldKind::StoryPoints, None, false, None);
    }
    for (i, id) in map.story_points.iter().enumerate() {
        let pinned = i == 0 && pins.story_points.as_deref() == Some(id);
        push(FieldKind::StoryPoints, Some(id), pinned, Some(i));
    }
    push(
        FieldKind::Sprint,
        map.sprint.as_deref(),
        pins.sprint.is_some(),
        None,
    );
    push(
        FieldKind::Team,
        map.team.as_deref(),
        pins.team.is_some(),
        None,
    );
    push(
        FieldKind::EpicLink,
        map.epic_link.as_deref(),
        pins.epic_link.is_some(),
        None,
    );
    Ok(Report::new("fields").with_section(Section::rows(
        "fields",
        "Fields in use",
        vec![
            Column::text("purpose", "Purpose"),
            Column::text("field_id", "Field id"),
            Column::text("name", "Name"),
            Column::text("schema", "Schema"),
            Column::text("source", "Source"),
        ],
        rows,
    )))
}
