//! The Jira HTTP client: authentication, retries and rate limits ([`client`]), issue search
//! ([`search`]), the Agile API ([`agile`]), custom-field discovery ([`fields`]), a typed JQL
//! builder ([`jql`]), ADF to text ([`adf`]), the serde types of the wire ([`wire`]) and their
//! conversion into the domain's [`Ticket`](crate::model::Ticket) ([`convert`]).

pub mod adf;
pub mod agile;
pub mod changelog;
pub mod client;
pub mod convert;
pub mod detect;
pub mod fetch;
pub mod fields;
pub mod jql;
mod limit;
pub mod resources;
#[cfg(test)]
mod samples;
pub mod search;
pub mod wire;
pub mod worklogs;

pub use client::{
    ClientConfig, Deployment, JiraAuth, JiraClient, RetryPolicy, Waits, parse_base_url,
};
pub use convert::{ticket_fields, ticket_from_issue};
pub use fields::{FieldMap, FieldPins, board_estimation_field};
pub use jql::{Jql, SortOrder};
pub use search::{IssueStamp, SearchSummary};
pub use wire::Issue;
