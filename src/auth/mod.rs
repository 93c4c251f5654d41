//! Authentication and authorisation: who the user is (passwords, sessions), what they may do
//! (roles), and how their Jira token is kept secret at rest (crypto).

pub mod crypto;
pub mod password;
pub mod roles;
pub mod session;

pub use crypto::{EncryptionKey, SealedSecret};
pub use password::{hash_password, verify_dummy, verify_password};
pub use roles::{Role, require};
pub use session::{hash_token, new_token, read_token_file, remove_token_file, save_token_file};
