//! `jirahub register`: create an account. The first account of an empty store becomes admin.

use crate::auth::password;
use crate::cli::CredentialsArgs;
use crate::context::Context;
use crate::output::{Column, Report, Section};
use crate::{Error, Result};
use secrecy::ExposeSecret;
use serde_json::json;

pub async fn run(ctx: &Context, args: CredentialsArgs) -> Result<Report> {
    let email = crate::validate::email(&ctx.value_or_prompt(args.email, "email", "--email")?)?;
    let secret = ctx.read_secret("password", args.password_stdin, "JIRAHUB_PASSWORD")?;
    // Before the confirmation prompt: nobody should type a too-short password twice.
    password::check_policy(&secret)?;
    if ctx.interactive && !args.password_stdin && std::env::var_os("JIRAHUB_PASSWORD").is_none() {
        let again = ctx.read_secret("password (again)", false, "JIRAHUB_PASSWORD")?;
        if again.expose_secret() != secret.expose_secret() {
            return Err(Error::usage("the passwords do not match"));
        }
    }
    let hash = password::hash_password(&secret)?;
    let user = ctx.db(|s| s.register_user(&email, &hash))?;
    Ok(Report::new("register")
        .with_section(Section::record(
            "user",
            "Account",
            vec![
                (
                    Column::new("id", "ID", crate::output::ColumnKind::Int),
                    json!(user.id),
                ),
                (Column::text("email", "Email"), json!(user.email)),
                (Column::text("role", "Role"), json!(user.role.to_string())),
            ],
        ))
        .with_message(format!(
            "Registered {} as {}. Next: jirahub login --email {}",
            user.email, user.role, user.email
        )))
}
