//! Diesel errors turned into [`crate::Error`] with the kind (and so exit code) that tells the
//! user what to do. Call sites that know more (e.g. "this email exists") map those cases first.

use diesel::result::{ConnectionError, DatabaseErrorKind, Error as DieselError};

use crate::Error;

const BUSY_HINT: &str = "another jirahub process is using the database; try again in a moment";

impl From<DieselError> for Error {
    fn from(e: DieselError) -> Self {
        let mapped = match &e {
            DieselError::NotFound => Error::not_found("not found in the database"),
            DieselError::DatabaseError(kind, info) => match kind {
                DatabaseErrorKind::UniqueViolation => {
                    Error::usage(format!("already exists: {}", info.message()))
                }
                DatabaseErrorKind::ForeignKeyViolation => {
                    Error::not_found("refers to a record that does not exist (deleted meanwhile?)")
                }
                DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand => {
                    Error::unavailable(format!("database unavailable: {}", info.message()))
                        .with_hint("check that the database server is running, then try again")
                }
                DatabaseErrorKind::SerializationFailure => {
                    Error::unavailable("database busy: a concurrent change conflicted")
                        .with_hint("try again")
                }
                _ => classify_message(info.message()),
            },
            other => Error::unexpected(format!("database error: {other}")),
        };
        mapped.with_source(e)
    }
}

/// A write that referenced `user_id`: a foreign-key failure means that user does not exist.
pub(crate) fn or_no_user(e: DieselError, user_id: i64) -> Error {
    match e {
        DieselError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => {
            Error::not_found(format!("no user with id {user_id}")).with_source(e)
        }
        other => Error::from(other),
    }
}

/// SQLite reports busy/locked/read-only conditions only through the message text.
fn classify_message(message: &str) -> Error {
    let lower = message.to_ascii_lowercase();
    if lower.contains("database is locked") || lower.contains("database is busy") {
        Error::unavailable(format!("database busy: {message}")).with_hint(BUSY_HINT)
    } else if lower.contains("readonly database") || lower.contains("disk i/o error") {
        Error::unavailable(format!("database unavailable: {message}"))
            .with_hint("check that the database file and its directory are writable")
    } else {
        Error::unexpected(format!("database error: {message}"))
    }
}

/// A failed connect, naming what we tried to reach (password-free) and what to check.
pub(crate) fn connection_error(target: &str, hint: &str, e: ConnectionError) -> Error {
    let mapped = match &e {
        ConnectionError::InvalidConnectionUrl(msg) => {
            Error::usage(format!("invalid database URL {target}: {msg}"))
                .with_hint("use postgres://USER@HOST:PORT/DB, sqlite://PATH or a file path")
        }
        ConnectionError::BadConnection(msg) => Error::unavailable(format!(
            "database unavailable: cannot connect to {target}: {}",
            msg.trim()
        ))
        .with_hint(hint),
        other => Error::unavailable(format!(
            "database unavailable: cannot connect to {target}: {other}"
        ))
        .with_hint(hint),
    };
    mapped.with_source(e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn sqlite_locked_message_is_unavailable_with_retry_hint() {
        let e = classify_message("database is locked");
        assert_eq!(e.kind(), ErrorKind::Unavailable);
        assert_eq!(e.hint(), Some(BUSY_HINT));
    }

    #[test]
    fn unknown_database_message_is_unexpected() {
        assert_eq!(
            classify_message("no such table: x").kind(),
            ErrorKind::Unexpected
        );
    }

    #[test]
    fn not_found_maps_to_not_found() {
        assert_eq!(
            Error::from(DieselError::NotFound).kind(),
            ErrorKind::NotFound
        );
    }

    #[test]
    fn refused_connection_is_unavailable_and_names_the_target() {
        let e = connection_error(
            "postgres://app@db:5432/jh",
            "is it running?",
            ConnectionError::BadConnection("Connection refused".into()),
        );
        assert_eq!(e.kind(), ErrorKind::Unavailable);
        assert!(
            e.message().starts_with("database unavailable: "),
            "{}",
            e.message()
        );
        assert!(e.message().contains("postgres://app@db:5432/jh"));
        assert_eq!(e.hint(), Some("is it running?"));
    }
}
