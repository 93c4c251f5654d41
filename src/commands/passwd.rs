//! `jirahub passwd`: change your own password (needs the current one).

use crate::auth::password;
use crate::cli::PasswdArgs;
use crate::context::Context;
use crate::output::Report;
use crate::{Error, Result};
use secrecy::ExposeSecret;

pub async fn run(ctx: &Context, args: PasswdArgs) -> Result<Report> {
    let current = ctx.user()?.clone();
    let old = ctx.read_secret("current password", args.password_stdin, "JIRAHUB_PASSWORD")?;
    if !tokio::task::block_in_place(|| password::verify_password(&old, &current.user.password_hash))
    {
        return Err(Error::auth("the current password is wrong"));
    }
    let new = ctx.read_secret("new password", args.password_stdin, "JIRAHUB_NEW_PASSWORD")?;
    if ctx.interactive && !args.password_stdin && std::env::var_os("JIRAHUB_NEW_PASSWORD").is_none()
    {
        let again = ctx.read_secret("new password (again)", false, "JIRAHUB_NEW_PASSWORD")?;
        if again.expose_secret() != new.expose_secret() {
            return Err(Error::usage("the passwords do not match"));
        }
    }
    let hash = password::hash_password(&new)?;
    // Other sessions end (a stolen session should not survive a password change); this one stays.
    let revoked =
        ctx.db(|s| s.change_password(current.user.id, &hash, Some(current.session.id)))?;
    Ok(Report::message(
        "passwd",
        format!("Password changed; {revoked} other session(s) ended."),
    )
    .with_meta("sessions_revoked", revoked))
}
