//! How tickets sit in a project snapshot, tuned so that reading 100k back is fast.
//!
//! - Each snapshot item is a *batch*: a string holding a JSON array of up to [`BATCH_ROWS`]
//!   compact rows. The cache decodes only the outer strings (cheap); the batches are then decoded
//!   on every core at once.
//! - A row is a JSON array in a fixed order (no field names), timestamps are integers, and people
//!   and sprints are stored once in the snapshot meta and referred to by index. A row is about a
//!   third of a ticket's JSON.
//!
//! Changing the row layout requires bumping [`META_VERSION`](super::meta::META_VERSION), so old
//! snapshots are refetched instead of misread.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::meta::{ProjectMeta, Tables, snapshot_name};
use crate::cache::{Cache, Namespace, SnapshotStore};
use crate::model::{Person, SprintRef, StatusCategory, Ticket};
use crate::{Error, Result};

/// Rows per batch: small enough to spread over cores, large enough to keep items few.
pub(crate) const BATCH_ROWS: usize = 1000;

/// Writes a row; the field order is the format (see [`Row`]).
#[derive(Serialize)]
struct RowRef<'a>(
    &'a str,         // id
    &'a str,         // key
    &'a str,         // project key
    &'a str,         // summary
    &'a str,         // issue type
    bool,            // is sub-task
    &'a str,         // status
    StatusCategory,  // status category
    Option<u32>,     // assignee (index into people)
    Option<u32>,     // reporter (index into people)
    i64,             // created (µs since the epoch)
    i64,             // updated (µs)
    Option<i64>,     // resolved (µs)
    Option<i32>,     // due (days from the common era)
    Option<f64>,     // story points
    &'a [String],    // labels
    Vec<u32>,        // sprints (indexes into sprints)
    Option<&'a str>, // parent key
    Option<&'a str>, // priority
    &'a [String],    // components
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
);

/// Turns tickets into batches, collecting the people and sprint tables on the way.
#[derive(Default)]
pub(crate) struct Encoder {
    tables: Tables,
    people: HashMap<Person, u32>,
    sprints: HashMap<(u64, String, String), u32>,
    batch: Vec<u8>,
    rows_in_batch: usize,
    rows: u64,
}

impl Encoder {
    /// Adds a ticket; returns a batch when one is full.
    pub fn push(&mut self, ticket: &Ticket) -> Result<Option<String>> {
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
        } = ticket;
        let assignee = assignee.as_ref().map(|p| self.person(p));
        let reporter = reporter.as_ref().map(|p| self.person(p));
        let sprints = sprints.iter().map(|s| self.sprint(s)).collect();
        let row = RowRef(
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
        );
        self.batch
            .push(if self.rows_in_batch == 0 { b'[' } else { b',' });
        serde_json::to_writer(&mut self.batch, &row)?;
        self.rows_in_batch += 1;
        self.rows += 1;
        if self.rows_in_batch >= BATCH_ROWS {
            return Ok(self.take_batch());
        }
        Ok(None)
    }

    /// The last, partly filled batch, if any.
    pub fn finish_batch(&mut self) -> Option<String> {
        self.take_batch()
    }

    /// Rows pushed so far.
    pub fn rows(&self) -> u64 {
        self.rows
    }

    /// The tables the rows refer to (call after the last push).
    pub fn into_tables(self) -> Tables {
        self.tables
    }

    fn take_batch(&mut self) -> Option<String> {
        if self.rows_in_batch == 0 {
            return None;
        }
        self.batch.push(b']');
        self.rows_in_batch = 0;
        let bytes = std::mem::take(&mut self.batch);
        Some(String::from_utf8(bytes).expect("serde_json writes UTF-8"))
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

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Decodes batches back into tickets, in order, on up to `threads` threads. Each batch is freed
/// once decoded, and this thread decodes the first share straight into the result, so the
/// tickets exist about once (not once per thread plus once more in the concatenated list).
fn decode_on(mut batches: Vec<String>, tables: &Tables, threads: usize) -> Result<Vec<Ticket>> {
    let threads = threads.min(batches.len()).max(1);
    // An upper bound: pages of the result are only touched as tickets land in them.
    let mut out = Vec::with_capacity(batches.len() * BATCH_ROWS);
    if threads == 1 {
        decode_into(batches, tables, &mut out)?;
        return Ok(out);
    }
    let per_thread = batches.len().div_ceil(threads);
    let mut groups: Vec<Vec<String>> = Vec::with_capacity(threads);
    while batches.len() > per_thread {
        let tail = batches.split_off(batches.len() - per_thread);
        groups.push(tail);
    }
    groups.reverse();
    std::thread::scope(|scope| {
        let helpers: Vec<_> = groups
            .into_iter()
            .map(|group| {
                scope.spawn(move || {
                    let mut part = Vec::with_capacity(group.len() * BATCH_ROWS);
                    decode_into(group, tables, &mut part).map(|()| part)
                })
            })
            .collect();
        let mine = decode_into(batches, tables, &mut out);
        let mut first_error = mine.err();
        for helper in helpers {
            match helper.join() {
                Ok(Ok(part)) => out.extend(part),
                Ok(Err(e)) => {
                    first_error.get_or_insert(e);
                }
                Err(_) => {
                    first_error.get_or_insert(Error::unexpected("decoding a snapshot panicked"));
                }
            }
        }
        match first_error {
            Some(e) => Err(e),
            None => Ok(out),
        }
    })
}

fn decode_into(batches: Vec<String>, tables: &Tables, out: &mut Vec<Ticket>) -> Result<()> {
    for batch in batches {
        let rows: Vec<Row> = serde_json::from_str(&batch)?;
        drop(batch);
        for row in rows {
            out.push(ticket_of(row, tables)?);
        }
    }
    Ok(())
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
    })
}

/// A project snapshot read back.
pub(crate) struct Stored {
    pub tickets: Vec<Ticket>,
    pub meta: ProjectMeta,
    pub synced_at: DateTime<Utc>,
}

/// Reads a project's snapshot; `None` when there is none, or it was written by another version
/// or cannot be decoded (then the next sync rebuilds it in full).
pub(crate) async fn read(cache: &Cache, ns: &Namespace, project: &str) -> Result<Option<Stored>> {
    read_sharing(cache, ns, project, 1).await
}

/// [`read`] while `concurrent` snapshots (this one included) are read at once: the cores are
/// shared out between them. A snapshot decoded on one thread lands straight in its list, where
/// one split over threads is copied together at the end.
pub(crate) async fn read_sharing(
    cache: &Cache,
    ns: &Namespace,
    project: &str,
    concurrent: usize,
) -> Result<Option<Stored>> {
    let threads = (cores() / concurrent.max(1)).max(1);
    let name = snapshot_name(project);
    let Some(snapshot) = SnapshotStore::new(cache, ns, &name)
        .load::<String>()
        .await?
    else {
        return Ok(None);
    };
    let Some(meta) = ProjectMeta::from_extra(&snapshot.meta.extra, project) else {
        tracing::info!("cached snapshot {name} was written by another version; ignoring it");
        return Ok(None);
    };
    let batches = snapshot.items;
    let decoded = tokio::task::spawn_blocking(move || {
        let tickets = decode_on(batches, &meta.tables, threads);
        (tickets, meta)
    })
    .await
    .map_err(|e| Error::unexpected(format!("decoding snapshot {name} failed: {e}")))?;
    match decoded {
        (Ok(tickets), meta) => Ok(Some(Stored {
            tickets,
            meta,
            synced_at: snapshot.meta.synced_at,
        })),
        (Err(e), _) => {
            tracing::warn!("cached snapshot {name} cannot be read ({e}); ignoring it");
            Ok(None)
        }
    }
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
        }
    }

    fn encode(tickets: &[Ticket]) -> (Vec<String>, Tables) {
        let mut enc = Encoder::default();
        let mut batches = Vec::new();
        for t in tickets {
            batches.extend(enc.push(t).expect("encodes"));
        }
        batches.extend(enc.finish_batch());
        (batches, enc.into_tables())
    }

    #[test]
    fn tickets_round_trip_through_batches_exactly() {
        let tickets: Vec<Ticket> = (1..=2500).map(ticket).collect();
        let (batches, tables) = encode(&tickets);
        assert_eq!(batches.len(), 3);
        for threads in [1, 2, 3] {
            let decoded = decode_on(batches.clone(), &tables, threads).expect("decodes");
            assert_eq!(decoded, tickets, "on {threads} threads");
        }
    }

    #[test]
    fn people_and_sprints_are_stored_once() {
        let tickets: Vec<Ticket> = (1..=100).map(ticket).collect();
        let (_, tables) = encode(&tickets);
        assert_eq!(tables.people.len(), 4);
        assert_eq!(tables.sprints.len(), 3);
    }

    #[test]
    fn no_tickets_make_no_batches() {
        let (batches, tables) = encode(&[]);
        assert!(batches.is_empty());
        assert_eq!(decode_on(batches, &tables, 2).expect("decodes"), vec![]);
    }

    #[test]
    fn a_row_pointing_outside_the_tables_is_an_error_not_a_panic() {
        let (batches, _) = encode(&[ticket(1)]);
        let err = decode_on(batches, &Tables::default(), 2).expect_err("no people");
        assert!(err.message().contains("ABC-1"), "{}", err.message());
    }
}
