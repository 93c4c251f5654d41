//! `jirahub whoami`: the logged-in account and its session.

use crate::Result;
use crate::context::Context;
use crate::output::{Column, ColumnKind, Report, Section};
use serde_json::{Value, json};

pub async fn run(ctx: &Context) -> Result<Report> {
    let current = ctx.user()?;
    let u = &current.user;
    let rfc = crate::output::rfc3339;
    Ok(Report::new("whoami").with_section(Section::record(
        "user",
        "Account",
        vec![
            (Column::new("id", "ID", ColumnKind::Int), json!(u.id)),
            (Column::text("email", "Email"), json!(u.email)),
            (Column::text("role", "Role"), json!(u.role.to_string())),
            (
                Column::new("created_at", "Created", ColumnKind::DateTime),
                json!(rfc(u.created_at)),
            ),
            (
                Column::new("last_login_at", "Last login", ColumnKind::DateTime),
                u.last_login_at.map(rfc).map_or(Value::Null, Value::from),
            ),
            (
                Column::new(
                    "session_expires_at",
                    "Session expires",
                    ColumnKind::DateTime,
                ),
                json!(rfc(current.session.expires_at)),
            ),
        ],
    )))
}
