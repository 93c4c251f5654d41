//! jira-sim: a seeded, scalable simulator of the Jira Cloud (and Data Center) REST API.

mod clock;
mod config;
mod data;
mod jql;
mod model;
mod render;

pub use config::{Faults, Flavor, RateLimit, ScriptedFault, SimConfig};
pub use model::{
    Credential, IssueUpdate, Mutation, MutationError, MutationOutcome, NewIssue, SimBoard, SimChange, SimField,
    SimFields, SimIssue, SimProject, SimSprint, SimUser, SimUserRef, Stats,
};
