//! How tickets sit in a project snapshot, tuned so that reading 100k back is fast.
//!
//! - Each ticket is one snapshot item: a *row*, a tuple in a fixed order (no field names),
//!   postcard-encoded; the snapshot store packs rows into ~1 MiB chunks and reads them back on
//!   every core.
//! - Timestamps are integers, and people and sprints are stored once in the snapshot meta and
//!   referred to by index.
//!
//! Changing the row layout requires bumping [`META_VERSION`](super::meta::META_VERSION), so old
//! snapshots are refetched instead of misread.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use rayon::prelude::*;

use super::meta::{ProjectMeta, Tables, snapshot_name};
use crate::cache::{Cache, Namespace, RawSnapshot, SnapshotStore, SnapshotWriter, decode_chunk};
use crate::model::{Person, SprintRef, StatusCategory, Ticket};
use crate::{Error, Result};

/// Writes a row; the field order is the format (see [`Row`]).
#[derive(Serialize)]
pub(crate) struct RowRef<'a>(
    &'a str,          // id
    &'a str,          // key
    &'a str,          // project key
    &'a str,          // summary
    &'a str,          // issue type
    bool,             // is sub-task
    &'a str,          // status
    StatusCategory,   // status category
    Option<u32>,      // assignee (index into people)
    Option<u32>,      // reporter (index into people)
    i64,              // created (µs since the epoch)
    i64,              // updated (µs)
    Option<i64>,      // resolved (µs)
    Option<i32>,      // due (days from the common era)
    Option<f64>,      // story points
    &'a [String],     // labels
    Vec<u32>,         // sprints (indexes into sprints)
    Option<&'a str>,  // parent key
    Option<&'a str>,  // priority
    &'a [String],     // components
    [Option<u64>; 3], // time tracking: original, remaining, spent (seconds)
);

/// Reads a row written by [`RowRef`].
#[derive(Deserialize)]
struct Row(
    String,
    String,
    String,
    String,
    String,
    bool,
    String,
    StatusCategory,
    Option<u32>,
    Option<u32>,
    i64,
    i64,
    Option<i64>,
    Option<i32>,
    Option<f64>,
    Vec<String>,
    Vec<u32>,
    Option<String>,
    Option<String>,
    Vec<String>,
    [Option<u64>; 3],
);

/// Turns tickets into rows, collecting the people and sprint tables on the way.
#[derive(Default)]
pub(crate) struct Encoder {
    tables: Tables,
    people: HashMap<Person, u32>,
    sprints: HashMap<(u64, String, String), u32>,
    rows: u64,
}

impl Encoder {
    /// Writes a ticket's row to the snapshot being written.
    pub async fn write(&mut self, writer: &mut SnapshotWriter<'_>, ticket: &Ticket) -> Result<()> {
        let row = self.row(ticket);
        writer.write(&row).await?;
        self.rows += 1;
        Ok(())
    }

    /// A ticket's row, its people and sprints entered in the tables.
    fn row<'t>(&mut self, ticket: &'t Ticket) -> RowRef<'t> {
        // Destructured so that a new `Ticket` field cannot be forgotten here.
        let Ticket {
            id,
            key,
            project_key,
            summary,
            issue_type,
            is_subtask,
            status,
            status_category,
            assignee,
            reporter,
            created,
            updated,
            resolved,
            due,
            story_points,
            labels,
            sprints,
            parent_key,
            priority,
            components,
            time,
        } = ticket;
        let assignee = assignee.as_ref().map(|p| self.person(p));
        let reporter = reporter.as_ref().map(|p| self.person(p));
        let sprints = sprints.iter().map(|s| self.sprint(s)).collect();
        RowRef(
            id,
            key,
            project_key,
            summary,
            issue_type,
            *is_subtask,
            status,
            *status_category,
            assignee,
            reporter,
            created.timestamp_micros(),
            updated.timestamp_micros(),
            resolved.map(|r| r.timestamp_micros()),
            due.map(|d| chrono::Datelike::num_days_from_ce(&d)),
            *story_points,
            labels,
            sprints,
            parent_key.as_deref(),
            priority.as_deref(),
            components,
            [
                time.original_seconds,
                time.remaining_seconds,
                time.spent_seconds,
            ],
        )
    }

    /// Rows pushed so far.
    pub fn rows(&self) -> u64 {
        self.rows
    }

    /// The tables the rows refer to (call after the last push).
    pub fn into_tables(self) -> Tables {
        self.tables
    }

    fn person(&mut self, p: &Person) -> u32 {
        if let Some(&i) = self.people.get(p) {
            return i;
        }
        let i = self.tables.people.len() as u32;
        self.tables.people.push(p.clone());
        self.people.insert(p.clone(), i);
        i
    }

    fn sprint(&mut self, s: &SprintRef) -> u32 {
        let id = (s.id, s.name.clone(), s.state.as_str().to_string());
        if let Some(&i) = self.sprints.get(&id) {
            return i;
        }
        let i = self.tables.sprints.len() as u32;
        self.tables.sprints.push(s.clone());
        self.sprints.insert(id, i);
        i
    }
}

/// Decodes chunks of rows back into tickets on every core, chunk by chunk in order; each
/// chunk's bytes are freed once decoded.
fn decode(chunks: Vec<Vec<u8>>, tables: &Tables) -> Result<Vec<Vec<Ticket>>> {
    chunks
        .into_par_iter()
        .map(|chunk| {
            let rows: Vec<Row> = decode_chunk(&chunk)
                .map_err(|e| Error::unexpected(format!("cannot decode a cached row: {e}")))?;
            drop(chunk);
            rows.into_iter().map(|row| ticket_of(row, tables)).collect()
        })
        .collect()
}

fn ticket_of(row: Row, tables: &Tables) -> Result<Ticket> {
    let Row(
        id,
        key,
        project_key,
        summary,
        issue_type,
        is_subtask,
        status,
        status_category,
        assignee,
        reporter,
        created,
        updated,
        resolved,
        due,
        story_points,
        labels,
        sprints,
        parent_key,
        priority,
        components,
        [original_seconds, remaining_seconds, spent_seconds],
    ) = row;
    let bad = |what: &str| Error::unexpected(format!("cached ticket {key} has an invalid {what}"));
    let person = |i: Option<u32>, what: &str| -> Result<Option<Person>> {
        i.map(|i| {
            tables
                .people
                .get(i as usize)
                .cloned()
                .ok_or_else(|| bad(what))
        })
        .transpose()
    };
    let time =
        |us: i64, what: &str| DateTime::<Utc>::from_timestamp_micros(us).ok_or_else(|| bad(what));
    Ok(Ticket {
        assignee: person(assignee, "assignee")?,
        reporter: person(reporter, "reporter")?,
        created: time(created, "created time")?,
        updated: time(updated, "updated time")?,
        resolved: resolved.map(|r| time(r, "resolved time")).transpose()?,
        due: due
            .map(|d| NaiveDate::from_num_days_from_ce_opt(d).ok_or_else(|| bad("due date")))
            .transpose()?,
        sprints: sprints
            .iter()
            .map(|&i| {
                tables
                    .sprints
                    .get(i as usize)
                    .cloned()
                    .ok_or_else(|| bad("sprint"))
            })
            .collect::<Result<_>>()?,
        id,
        key,
        project_key,
        summary,
        issue_type,
        is_subtask,
        status,
        status_category,
        story_points,
        labels,
        parent_key,
        priority,
        components,
        time: crate::model::TimeTracking {
            original_seconds,
            remaining_seconds,
            spent_seconds,
        },
    })
}

/// A project snapshot read back.
pub(crate) struct Stored {
    /// The tickets in snapshot order, in the parts they were decoded in (joining them is left
    /// to the caller, which joins several projects' parts in one go).
    pub parts: Vec<Vec<Ticket>>,
    pub meta: ProjectMeta,
    pub synced_at: DateTime<Utc>,
}

/// Reads a project's snapshot; `None` when there is none, or it was written by another version
/// or cannot be decoded (then the next sync rebuilds it in full).
pub(crate) async fn read(cache: &Cache, ns: &Namespace, project: &str) -> Result<Option<Stored>> {
    let name = snapshot_name(project);
    let store = SnapshotStore::new(cache, ns, &name);
    let Some(RawSnapshot { chunks, meta }) = store.load_raw().await? else {
        return Ok(None);
    };
    let Some(project_meta) = ProjectMeta::from_extra(&meta.extra, project) else {
        tracing::info!("cached snapshot {name} was written by another version; ignoring it");
        return Ok(None);
    };
    // Decoding is CPU work: off the async workers, on every core.
    let (decoded, project_meta) = tokio::task::spawn_blocking(move || {
        let parts = decode(chunks, &project_meta.tables);
        (parts, project_meta)
    })
    .await
    .map_err(|e| Error::unexpected(format!("decoding snapshot {name} failed: {e}")))?;
    let parts = match decoded {
        Ok(parts) => parts,
        Err(e) => {
            tracing::warn!("cached snapshot {name} cannot be read ({e}); ignoring it");
            return Ok(None);
        }
    };
    if !store.holds_what_it_says(&meta, parts.iter().map(Vec::len).sum()) {
        return Ok(None);
    }
    Ok(Some(Stored {
        parts,
        meta: project_meta,
        synced_at: meta.synced_at,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SprintState;
    use chrono::TimeZone;

    fn person(n: u32) -> Person {
        Person {
            account_id: format!("acc-{n}"),
            display_name: format!("Person \"{n}\" ✓"),
            email: n.is_multiple_of(2).then(|| format!("p{n}@example.com")),
            active: n != 3,
        }
    }

    fn ticket(n: u32) -> Ticket {
        let at = Utc
            .with_ymd_and_hms(2024, 1, 15, 10, 30, 0)
            .single()
            .expect("valid")
            + chrono::Duration::milliseconds(i64::from(n) * 1234);
        Ticket {
            id: (10_000 + n).to_string(),
            key: format!("ABC-{n}"),
            project_key: "ABC".into(),
            summary: format!("=cmd|' /C calc'!A0 \u{1b}[31m {n} \u{202e}"),
            issue_type: "Story".into(),
            is_subtask: n.is_multiple_of(5),
            status: "In Progress".into(),
            status_category: StatusCategory::InProgress,
            assignee: (!n.is_multiple_of(3)).then(|| person(n % 4)),
            reporter: Some(person(1)),
            created: at,
            updated: at + chrono::Duration::minutes(5),
            resolved: n.is_multiple_of(2).then_some(at),
            due: NaiveDate::from_ymd_opt(2024, 2, 1 + n % 20),
            story_points: (!n.is_multiple_of(4)).then_some(f64::from(n) / 2.0),
            labels: vec!["x\"y".into(), "ünï".into()],
            sprints: vec![SprintRef {
                id: u64::from(n % 3),
                name: format!("Sprint {}", n % 3),
                state: SprintState::Active,
            }],
            parent_key: (n > 1).then(|| "ABC-1".into()),
            priority: Some("High".into()),
            components: if n.is_multiple_of(2) {
                vec!["api".into()]
            } else {
                vec![]
            },
            time: crate::model::TimeTracking {
                original_seconds: n.is_multiple_of(3).then_some(u64::from(n) * 60),
                remaining_seconds: None,
                spent_seconds: n.is_multiple_of(5).then_some(1800),
            },
        }
    }

    /// Rows as the snapshot writer stores them, `per_chunk` to a chunk.
    fn encode(tickets: &[Ticket], per_chunk: usize) -> (Vec<Vec<u8>>, Tables) {
        let mut enc = Encoder::default();
        let chunks = tickets
            .chunks(per_chunk)
            .map(|part| {
                part.iter().fold(Vec::new(), |buf, t| {
                    postcard::to_extend(&enc.row(t), buf).expect("encodes")
                })
            })
            .collect();
        (chunks, enc.into_tables())
    }

    #[test]
    fn tickets_round_trip_through_chunks_exactly_and_in_order() {
        let tickets: Vec<Ticket> = (1..=2500).map(ticket).collect();
        let (chunks, tables) = encode(&tickets, 1000);
        assert_eq!(chunks.len(), 3);
        let parts = decode(chunks, &tables).expect("decodes");
        assert_eq!(
            parts.iter().map(Vec::len).collect::<Vec<_>>(),
            [1000, 1000, 500]
        );
        assert_eq!(parts.concat(), tickets);
    }

    #[test]
    fn people_and_sprints_are_stored_once() {
        let tickets: Vec<Ticket> = (1..=100).map(ticket).collect();
        let (_, tables) = encode(&tickets, 1000);
        assert_eq!(tables.people.len(), 4);
        assert_eq!(tables.sprints.len(), 3);
    }

    #[test]
    fn no_tickets_make_no_chunks() {
        let (chunks, tables) = encode(&[], 1000);
        assert!(chunks.is_empty());
        assert!(decode(chunks, &tables).expect("decodes").is_empty());
    }

    #[test]
    fn a_row_pointing_outside_the_tables_is_an_error_not_a_panic() {
        let (chunks, _) = encode(&[ticket(1)], 1000);
        let err = decode(chunks, &Tables::default()).expect_err("no people");
        assert!(err.message().contains("ABC-1"), "{}", err.message());
    }
}
