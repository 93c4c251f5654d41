//! One error type for the whole library, and the one place that maps errors to exit codes.
//!
//! Modules may keep their own `thiserror` enums; they convert into [`Error`] at the boundary,
//! choosing the [`ErrorKind`] (and so the exit code) that tells the user what to do next.

use std::fmt;

/// Process exit codes. Documented in the README; scripts depend on them, so never renumber.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    Ok = 0,
    Unexpected = 1,
    Usage = 2,
    /// Not logged in, session expired, wrong credentials, or a role that may not do this.
    Auth = 3,
    NotFound = 4,
    /// Jira, Redis or the database could not be reached or answered with an error.
    Unavailable = 5,
    /// A report threshold (e.g. `--fail-on-overdue`) was exceeded.
    Threshold = 6,
    /// Interrupted (Ctrl-C, SIGINT): 128 + 2, as shells report it.
    Interrupted = 130,
}

/// What kind of failure this is; decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Unexpected,
    Usage,
    Auth,
    NotFound,
    Unavailable,
    Threshold,
    Interrupted,
}

impl ErrorKind {
    pub fn exit_code(self) -> ExitCode {
        match self {
            ErrorKind::Unexpected => ExitCode::Unexpected,
            ErrorKind::Usage => ExitCode::Usage,
            ErrorKind::Auth => ExitCode::Auth,
            ErrorKind::NotFound => ExitCode::NotFound,
            ErrorKind::Unavailable => ExitCode::Unavailable,
            ErrorKind::Threshold => ExitCode::Threshold,
            ErrorKind::Interrupted => ExitCode::Interrupted,
        }
    }
}

/// A user-facing error: one line of message, an optional hint, and the cause chain (shown with `-v`).
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    hint: Option<String>,
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            source: None,
        }
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }
    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Auth, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }
    pub fn unavailable(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Unavailable, message)
    }
    pub fn threshold(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Threshold, message)
    }
    pub fn interrupted(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Interrupted, message)
    }
    pub fn unexpected(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Unexpected, message)
    }
    /// A session that ran out of time.
    pub fn session_expired(at: chrono::DateTime<chrono::Utc>) -> Self {
        Self::auth(format!(
            "session expired at {}",
            at.format("%Y-%m-%d %H:%M UTC")
        ))
        .with_hint("run `jirahub login`")
    }
    /// A session ended by `logout`, `logout --all`, a password change or an admin.
    pub fn session_revoked() -> Self {
        Self::auth("this session was revoked (logged out, password changed, or by an admin)")
            .with_hint("run `jirahub login`")
    }
    pub fn not_logged_in() -> Self {
        Self::auth("not logged in").with_hint("run `jirahub login` (or set JIRAHUB_SESSION)")
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
    pub fn message(&self) -> &str {
        &self.message
    }
    pub fn hint(&self) -> Option<&str> {
        self.hint.as_deref()
    }
    pub fn exit_code(&self) -> ExitCode {
        self.kind.exit_code()
    }
    /// The causes below this error, outermost first, for `-v`.
    pub fn causes(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut next: Option<&(dyn std::error::Error + 'static)> = self
            .source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static));
        while let Some(e) = next {
            out.push(e.to_string());
            next = e.source();
        }
        out
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::unexpected(format!("I/O error: {e}")).with_source(e)
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::unexpected(format!("JSON error: {e}")).with_source(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_map_to_documented_exit_codes() {
        assert_eq!(Error::usage("x").exit_code() as i32, 2);
        assert_eq!(Error::auth("x").exit_code() as i32, 3);
        assert_eq!(Error::not_found("x").exit_code() as i32, 4);
        assert_eq!(Error::unavailable("x").exit_code() as i32, 5);
        assert_eq!(Error::threshold("x").exit_code() as i32, 6);
        assert_eq!(Error::unexpected("x").exit_code() as i32, 1);
    }

    #[test]
    fn cause_chain_is_listed_outermost_first() {
        let io = std::io::Error::other("disk on fire");
        let e = Error::unavailable("database unavailable").with_source(io);
        assert_eq!(e.causes(), vec!["disk on fire".to_string()]);
    }
}
