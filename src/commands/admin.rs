//! `jirahub admin …`: accounts, sessions, registration. The dispatcher has already checked that
//! the caller is an admin; nothing here re-checks roles.

use super::common::{user_columns, user_row};
use crate::auth::password;
use crate::auth::roles::Role;
use crate::cli::{
    AdminSessionsCommand, AdminUserCommand, RegistrationArgs, RegistrationState, RoleArg,
};
use crate::context::Context;
use crate::output::rfc3339;
use crate::output::{Column, ColumnKind, Report, Section};
use crate::store::{REGISTRATION_OPEN, User};
use crate::{Error, Result};
use serde_json::{Value, json};

pub async fn users(ctx: &Context) -> Result<Report> {
    let users = ctx.db(|s| s.list_users())?;
    Ok(Report::new("admin_users").with_section(Section::rows(
        "users",
        "Accounts",
        user_columns(),
        users.iter().map(user_row).collect(),
    )))
}

fn role(arg: RoleArg) -> Role {
    match arg {
        RoleArg::Admin => Role::Admin,
        RoleArg::User => Role::User,
    }
}

fn find(ctx: &Context, email: &str) -> Result<User> {
    let email = crate::validate::email(email)?;
    ctx.db(|s| s.user_by_email(&email))?
        .ok_or_else(|| Error::not_found(format!("no account with email {email}")))
}

fn one_user(kind: &str, user: &User, message: String) -> Report {
    Report::new(kind)
        .with_section(Section::rows(
            "user",
            "Account",
            user_columns(),
            vec![user_row(user)],
        ))
        .with_message(message)
}

pub async fn user(ctx: &Context, cmd: AdminUserCommand) -> Result<Report> {
    match cmd {
        AdminUserCommand::Add {
            email,
            role: r,
            password_stdin,
        } => {
            let email = crate::validate::email(&email)?;
            let secret = ctx.read_secret(
                "password for the new account",
                password_stdin,
                "JIRAHUB_PASSWORD",
            )?;
            let hash = password::hash_password(&secret)?;
            let user = ctx.db(|s| s.create_user(&email, &hash, role(r)))?;
            Ok(one_user(
                "admin_user",
                &user,
                format!("Added {} ({}).", user.email, user.role),
            ))
        }
        AdminUserCommand::SetRole { email, role: r } => {
            let user = find(ctx, &email)?;
            ctx.db(|s| s.set_role(user.id, role(r)))?;
            let user = find(ctx, &email)?;
            Ok(one_user(
                "admin_user",
                &user,
                format!("{} is now {}.", user.email, user.role),
            ))
        }
        AdminUserCommand::Disable { email } => {
            let user = find(ctx, &email)?;
            ctx.db(|s| s.set_disabled(user.id, true))?;
            let user = find(ctx, &email)?;
            Ok(one_user(
                "admin_user",
                &user,
                format!("Disabled {}; their sessions are revoked.", user.email),
            ))
        }
        AdminUserCommand::Enable { email } => {
            let user = find(ctx, &email)?;
            ctx.db(|s| s.set_disabled(user.id, false))?;
            let user = find(ctx, &email)?;
            Ok(one_user(
                "admin_user",
                &user,
                format!("Enabled {}.", user.email),
            ))
        }
        AdminUserCommand::ResetPassword {
            email,
            password_stdin,
        } => {
            let user = find(ctx, &email)?;
            let secret = ctx.read_secret("new password", password_stdin, "JIRAHUB_PASSWORD")?;
            let hash = password::hash_password(&secret)?;
            ctx.db(|s| s.set_password_hash(user.id, &hash))?;
            Ok(one_user(
                "admin_user",
                &user,
                format!("Password of {} reset.", user.email),
            ))
        }
        AdminUserCommand::Delete { email, yes } => {
            let user = find(ctx, &email)?;
            if !yes && !ctx.confirm(&format!("Delete {} and everything it owns?", user.email))? {
                return Err(Error::usage(format!("not deleting {}", user.email))
                    .with_hint("pass --yes to confirm (required without a terminal)"));
            }
            ctx.db(|s| s.delete_user(user.id))?;
            Ok(
                Report::message("admin_user_delete", format!("Deleted {}.", user.email))
                    .with_meta("deleted", user.email.clone()),
            )
        }
    }
}

pub async fn sessions(ctx: &Context, cmd: AdminSessionsCommand) -> Result<Report> {
    match cmd {
        AdminSessionsCommand::List { user, all } => {
            let filter = user.as_deref().map(|e| find(ctx, e)).transpose()?;
            let (sessions, users) = ctx.db(|s| {
                Ok((
                    s.list_sessions(filter.as_ref().map(|u| u.id))?,
                    s.list_users()?,
                ))
            })?;
            let now = ctx.access_now();
            let current = ctx.user()?.session.id;
            let rows = sessions
                .iter()
                .filter(|s| all || (s.revoked_at.is_none() && s.expires_at > now))
                .map(|s| {
                    let email = users
                        .iter()
                        .find(|u| u.id == s.user_id)
                        .map(|u| u.email.clone());
                    let state = if s.revoked_at.is_some() {
                        "revoked"
                    } else if s.expires_at <= now {
                        "expired"
                    } else {
                        "active"
                    };
                    vec![
                        json!(s.id),
                        email.map_or(Value::Null, Value::from),
                        json!(state),
                        json!(s.id == current),
                        json!(rfc3339(s.created_at)),
                        json!(rfc3339(s.expires_at)),
                        json!(rfc3339(s.last_used_at)),
                    ]
                })
                .collect();
            Ok(Report::new("admin_sessions").with_section(Section::rows(
                "sessions",
                "Sessions",
                vec![
                    Column::new("id", "ID", ColumnKind::Int),
                    Column::text("email", "Email"),
                    Column::text("state", "State"),
                    Column::new("current", "Current", ColumnKind::Bool),
                    Column::new("created_at", "Created", ColumnKind::DateTime),
                    Column::new("expires_at", "Expires", ColumnKind::DateTime),
                    Column::new("last_used_at", "Last used", ColumnKind::DateTime),
                ],
                rows,
            )))
        }
        AdminSessionsCommand::Revoke { id } => {
            if !ctx.db(|s| s.revoke_session(id))? {
                return Err(Error::not_found(format!("no active session with id {id}")));
            }
            Ok(
                Report::message("admin_sessions_revoke", format!("Revoked session {id}."))
                    .with_meta("revoked", id),
            )
        }
    }
}

pub async fn registration(ctx: &Context, args: RegistrationArgs) -> Result<Report> {
    let state = args.state.unwrap_or(RegistrationState::Status);
    match state {
        RegistrationState::On => ctx.db(|s| s.set_setting(REGISTRATION_OPEN, "true"))?,
        RegistrationState::Off => ctx.db(|s| s.set_setting(REGISTRATION_OPEN, "false"))?,
        RegistrationState::Status => {}
    }
    let open = ctx.db(|s| s.setting(REGISTRATION_OPEN))?.as_deref() != Some("false");
    let text = if open {
        "Registration is open."
    } else {
        "Registration is closed."
    };
    Ok(Report::message("admin_registration", text).with_meta("registration_open", open))
}
