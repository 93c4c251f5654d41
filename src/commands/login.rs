//! `jirahub login`: check the password, start a session, keep its token in a 0600 file.

use crate::auth::{password, session};
use crate::cli::CredentialsArgs;
use crate::context::Context;
use crate::output::{Column, ColumnKind, Report, Section};
use crate::{Error, Result};
use serde_json::json;

/// The one message for an unknown email and a wrong password: it must not reveal which.
pub const BAD_CREDENTIALS: &str = "invalid email or password";

pub async fn run(ctx: &Context, args: CredentialsArgs) -> Result<Report> {
    let email = crate::validate::email(&ctx.value_or_prompt(args.email, "email", "--email")?)
        .map_err(|_| Error::auth(BAD_CREDENTIALS))?;
    let secret = ctx.read_secret("password", args.password_stdin, "JIRAHUB_PASSWORD")?;
    let user = ctx.db(|s| s.user_by_email(&email))?;
    let user = match user {
        Some(u)
            if tokio::task::block_in_place(|| {
                password::verify_password(&secret, &u.password_hash)
            }) =>
        {
            u
        }
        Some(_) => return Err(Error::auth(BAD_CREDENTIALS)),
        None => {
            // Spend the same time as a real check so timing does not reveal the account exists.
            tokio::task::block_in_place(|| password::verify_dummy(&secret));
            return Err(Error::auth(BAD_CREDENTIALS));
        }
    };
    if user.disabled {
        return Err(Error::auth("this account is disabled").with_hint("ask an admin"));
    }
    let (token, token_hash) = session::new_token();
    let expires_at = chrono::Utc::now() + ctx.config.session_expiry();
    let session = ctx.db(|s| {
        let session = s.create_session(user.id, &token_hash, expires_at)?;
        s.record_login(user.id)?;
        Ok(session)
    })?;
    session::save_token_file(&ctx.config.session_file(), &token)?;
    let next = if ctx.db(|s| s.connection(user.id))?.is_some() {
        "jirahub dashboard"
    } else {
        "jirahub connect --url https://your-site.atlassian.net --email you@example.com"
    };
    let expires = crate::output::rfc3339(session.expires_at);
    Ok(Report::new("login")
        .with_section(Section::record(
            "session",
            "Session",
            vec![
                (Column::text("email", "Email"), json!(user.email)),
                (Column::text("role", "Role"), json!(user.role.to_string())),
                (
                    Column::new("expires_at", "Expires", ColumnKind::DateTime),
                    json!(expires),
                ),
            ],
        ))
        .with_message(format!(
            "Logged in as {} ({}). Next: {}",
            user.email, user.role, next
        )))
}
