//! Boards and sprints as insights need them: which statuses a board's columns hold (so "done"
//! is what the board says) and each sprint's dates.

use super::SprintState;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoardInfo {
    pub id: u64,
    pub name: String,
    /// `scrum`, `kanban` or `simple`.
    pub kind: String,
    /// Left to right; the last column is the board's "done".
    pub columns: Vec<BoardColumn>,
    pub sprints: Vec<SprintInfo>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoardColumn {
    pub name: String,
    /// Names of the statuses mapped to this column.
    pub statuses: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SprintInfo {
    pub id: u64,
    pub name: String,
    pub state: SprintState,
    pub start: Option<DateTime<Utc>>,
    pub end: Option<DateTime<Utc>>,
    pub complete: Option<DateTime<Utc>>,
}

impl BoardInfo {
    /// The statuses of the board's last column: what "done" means on this board.
    pub fn done_statuses(&self) -> &[String] {
        self.columns.last().map_or(&[], |c| c.statuses.as_slice())
    }
}
