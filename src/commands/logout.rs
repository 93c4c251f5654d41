//! `jirahub logout`: revoke the session in the store and forget its token file.

use crate::Result;
use crate::auth::session;
use crate::context::Context;
use crate::output::Report;
use secrecy::ExposeSecret;

pub async fn run(ctx: &Context) -> Result<Report> {
    let file = ctx.config.session_file();
    let token = match &ctx.config.session_token {
        Some(t) => Some(t.clone()),
        None => session::read_token_file(&file)?,
    };
    let mut revoked = false;
    if let Some(token) = token {
        let hash = session::hash_token(token.expose_secret());
        if let Some((s, _)) = ctx.db(|st| st.session_by_token_hash(&hash))? {
            revoked = ctx.db(|st| st.revoke_session(s.id))?;
        }
    }
    session::remove_token_file(&file)?;
    let text = if revoked {
        "Logged out."
    } else {
        "Not logged in."
    };
    Ok(Report::message("logout", text).with_meta("revoked", revoked))
}
