//! The Jira HTTP client: authentication, retries and rate limits ([`client`]), issue search
//! ([`search`]), the Agile API ([`agile`]), custom-field discovery ([`fields`]), a typed JQL
//! builder ([`jql`]), ADF to text ([`adf`]) and the serde types plus the normalised
//! [`Ticket`] ([`model`]).

pub mod adf;
pub mod agile;
pub mod client;
pub mod detect;
pub mod fields;
pub mod jql;
pub mod model;
pub mod resources;
pub mod search;

pub use client::{ClientConfig, Deployment, JiraAuth, JiraClient, RetryPolicy, parse_base_url};
pub use fields::{FieldMap, FieldPins, board_estimation_field};
pub use jql::{Jql, SortOrder};
pub use model::{Issue, Person, SprintRef, SprintState, StatusCategory, Ticket};
pub use search::{IssueStamp, SearchSummary};
