//! What a project snapshot keeps next to its tickets (`SnapshotMeta::extra`): the incremental
//! sync cursor, the field map the tickets were built with, and board membership. Kept in the
//! same snapshot so that tickets and membership are always published together, atomically.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};

use crate::jira::FieldMap;
use crate::jira::wire::BoardConfiguration;

use crate::model::{Person, SprintRef};

/// Bumped when the meaning of a stored field changes; an older snapshot is then refetched in full.
pub(crate) const META_VERSION: u32 = 2;

/// The snapshot holding one project's tickets.
pub(crate) fn snapshot_name(project: &str) -> String {
    format!("issues:{project}")
}

/// People and sprints the rows refer to by index; kept in the snapshot meta.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Tables {
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub sprints: Vec<SprintRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct ProjectMeta {
    pub version: u32,
    pub project: String,
    /// The latest `updated` among the snapshot's tickets: the next sync asks for issues updated
    /// since then (minus an overlap). Jira's clock, never ours.
    pub high_water: Option<DateTime<Utc>>,
    /// The offset Jira wrote timestamps in (the searching user's zone): JQL dates are read in it.
    pub tz_offset_secs: Option<i32>,
    /// The fields the tickets were built from; a different map means they must be rebuilt.
    pub fields: FieldMap,
    /// Membership of the boards selected when this snapshot was written.
    #[serde(default)]
    pub boards: BTreeMap<u64, BoardMembership>,
    pub last_full_sync: DateTime<Utc>,
    /// People and sprints the stored rows refer to.
    #[serde(default)]
    pub tables: Tables,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct BoardMembership {
    /// The board's filter and columns when listed: if they change, membership is listed again.
    pub config: String,
    /// Ids of this project's issues on the board, comma-separated: one string reads much faster
    /// than 100k array items when the meta is parsed.
    issues: String,
}

impl BoardMembership {
    pub fn new(config: String, ids: &[String]) -> BoardMembership {
        BoardMembership {
            config,
            issues: ids.join(","),
        }
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.issues.split(',').filter(|s| !s.is_empty())
    }
}

impl ProjectMeta {
    /// Reads the meta back; `None` for snapshots written by another version (or something else).
    pub fn from_extra(extra: &serde_json::Value, project: &str) -> Option<ProjectMeta> {
        let meta = ProjectMeta::deserialize(extra).ok()?;
        (meta.version == META_VERSION && meta.project == project).then_some(meta)
    }

    pub fn tz(&self) -> Option<FixedOffset> {
        self.tz_offset_secs.and_then(FixedOffset::east_opt)
    }
}

/// What decides a board's membership besides the issues themselves: its saved filter and the
/// statuses mapped to its columns (issues in unmapped statuses are not on the board).
pub(crate) fn board_fingerprint(config: &BoardConfiguration) -> String {
    let filter = config.filter.as_ref().map(|f| f.id.as_str());
    let columns: Vec<(&str, Vec<&str>)> = config
        .column_config
        .iter()
        .flat_map(|c| c.columns.iter())
        .map(|col| {
            (
                col.name.as_str(),
                col.statuses.iter().map(|s| s.id.as_str()).collect(),
            )
        })
        .collect();
    serde_json::json!({ "filter": filter, "columns": columns }).to_string()
}

/// Sort key for issue keys: by project, then numerically (`A-9` before `A-10`), as Jira does.
pub(crate) fn key_order(key: &str) -> (&str, u64, &str) {
    match key.rsplit_once('-') {
        Some((project, n)) => match n.parse::<u64>() {
            Ok(n) => (project, n, ""),
            Err(_) => (key, 0, key),
        },
        None => (key, 0, key),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> ProjectMeta {
        ProjectMeta {
            version: META_VERSION,
            project: "ABC".into(),
            high_water: Some(Utc::now()),
            tz_offset_secs: Some(3600),
            fields: FieldMap {
                story_points: vec!["customfield_10016".into()],
                ..FieldMap::default()
            },
            boards: BTreeMap::from([(
                7,
                BoardMembership::new("{}".into(), &["10001".into(), "10002".into()]),
            )]),
            last_full_sync: Utc::now(),
            tables: Tables::default(),
        }
    }

    #[test]
    fn meta_round_trips_through_the_snapshot_extra() {
        let m = meta();
        let extra = serde_json::to_value(&m).expect("serialises");
        assert_eq!(ProjectMeta::from_extra(&extra, "ABC"), Some(m));
    }

    #[test]
    fn board_membership_lists_its_ids() {
        let m = BoardMembership::new(String::new(), &["1".into(), "22".into()]);
        assert_eq!(m.ids().collect::<Vec<_>>(), vec!["1", "22"]);
        assert_eq!(BoardMembership::new(String::new(), &[]).ids().count(), 0);
    }

    #[test]
    fn meta_of_another_project_or_version_is_not_trusted() {
        let mut m = meta();
        let extra = serde_json::to_value(&m).expect("serialises");
        assert_eq!(ProjectMeta::from_extra(&extra, "XYZ"), None);
        m.version = META_VERSION + 1;
        let extra = serde_json::to_value(&m).expect("serialises");
        assert_eq!(ProjectMeta::from_extra(&extra, "ABC"), None);
        assert_eq!(
            ProjectMeta::from_extra(&serde_json::json!({"x": 1}), "ABC"),
            None
        );
    }

    #[test]
    fn keys_sort_by_project_then_number() {
        let mut keys = vec!["B-1", "A-10", "A-9", "A-100", "odd"];
        keys.sort_by_key(|k| key_order(k));
        assert_eq!(keys, vec!["A-9", "A-10", "A-100", "B-1", "odd"]);
    }

    #[test]
    fn board_fingerprint_changes_with_the_filter_or_the_columns() {
        let cfg = |filter: &str, status: &str| -> BoardConfiguration {
            serde_json::from_value(serde_json::json!({
                "id": 1,
                "filter": {"id": filter},
                "columnConfig": {"columns": [{"name": "To Do", "statuses": [{"id": status}]}]}
            }))
            .expect("parses")
        };
        let base = board_fingerprint(&cfg("10001", "1"));
        assert_eq!(base, board_fingerprint(&cfg("10001", "1")));
        assert_ne!(base, board_fingerprint(&cfg("10002", "1")));
        assert_ne!(base, board_fingerprint(&cfg("10001", "3")));
    }
}
