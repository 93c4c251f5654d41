//! jirahub: a team's Jira workload at a glance, as tables for people and JSON/CSV for scripts.
//!
//! The binary (`src/main.rs`) only parses arguments, builds a [`context::Context`], dispatches
//! to `commands::*` and maps errors to exit codes. Everything else lives here so integration
//! tests and benchmarks can use it. Data flows one way:
//! cli -> commands -> (jira | store | cache | sync) -> report -> output, all of them speaking
//! the domain types of [`model`].

pub mod auth;
pub mod cache;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod config;
pub mod context;
pub mod deliver;
pub mod error;
pub mod jira;
pub mod model;
pub mod output;
pub mod private_fs;
pub mod report;
pub mod store;
pub mod sync;
pub mod validate;

pub use error::{Error, ErrorKind, ExitCode, Result};
