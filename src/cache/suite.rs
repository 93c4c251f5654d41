//! The behaviour every cache backend must show, written once and run twice: by the unit tests of
//! `src/cache` (embedded cache) and by `tests/cache_redis.rs` (real Redis).
//!
//! Uses only the public API. The including module must have `Cache`, `CacheBackend`,
//! `Namespace`, `SnapshotStore` and `SnapshotMeta` in scope, and call
//! `cache_behaviour_suite!(harness_future)` with a future that yields a [`Harness`].

use std::time::Duration;

use chrono::{TimeZone, Utc};
use serde::{Deserialize, Serialize};

use super::{Cache, CacheBackend, Namespace, SnapshotMeta, SnapshotStore};

/// A fresh, isolated cache for one test.
pub trait Harness {
    fn cache(&self) -> &Cache;
    fn ns(&self) -> &Namespace;
    /// The backend this harness is meant to exercise (the test fails if it is not in use).
    fn expected_backend(&self) -> CacheBackend;
    /// Another `Cache` on the same store, as a second process would open it.
    fn second_cache(&self) -> impl Future<Output = Cache>;
    /// How many data entries this test has stored (locks not counted).
    fn stored_entries(&self) -> impl Future<Output = usize>;
    /// Lets `by` pass for this test's entries, as far as their TTLs can tell (no sleeping).
    fn pass_time(&self, by: Duration) -> impl Future<Output = ()>;
}

/// Generates one `#[tokio::test]` per behaviour below.
macro_rules! cache_behaviour_suite {
    ($harness:expr) => {
        cache_behaviour_suite!(@each $harness;
            set_then_get_returns_the_exact_bytes,
            get_of_a_missing_key_is_none,
            set_replaces_the_previous_value,
            delete_removes_the_value_and_tolerates_missing_keys,
            entry_with_ttl_is_absent_after_it_expires,
            values_are_shared_between_cache_instances,
            try_lock_is_exclusive_across_instances_until_released,
            lock_is_released_when_dropped,
            lock_waits_for_the_holder_to_let_go,
            lock_gives_up_after_waiting_with_unavailable,
            absent_snapshot_loads_as_none,
            commit_publishes_items_and_meta,
            large_snapshot_round_trips_across_many_chunks,
            snapshot_missing_a_chunk_loads_as_none,
            empty_snapshot_commits_with_no_items,
            uncommitted_writer_is_invisible_to_readers,
            dropped_writer_leaves_the_previous_snapshot_current,
            killed_writer_leaves_the_previous_snapshot_current,
            abandoned_generation_is_collected_by_the_next_writer,
            replaced_generation_is_collected_at_commit,
            concurrent_writers_holding_the_sync_lock_publish_one_after_the_other,
            concurrent_writers_without_a_lock_still_publish_a_complete_snapshot,
            snapshot_is_absent_after_its_ttl,
            snapshot_that_does_not_decode_as_the_requested_type_loads_as_none,
            snapshots_are_separated_by_name_and_namespace,
        );
    };
    (@each $harness:expr; $($name:ident),* $(,)?) => {
        $(
            #[tokio::test]
            async fn $name() {
                let harness = $harness.await;
                suite::$name(&harness).await;
            }
        )*
    };
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Item {
    key: String,
    points: Option<f64>,
    labels: Vec<String>,
}

fn items(prefix: &str, n: usize) -> Vec<Item> {
    (0..n)
        .map(|i| Item {
            key: format!("{prefix}-{i}"),
            points: (i % 3 != 0).then_some(i as f64 / 2.0),
            labels: vec![format!("label \"{i}\" ü"), String::new()],
        })
        .collect()
}

fn at(hour: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 3, 1, hour, 0, 0)
        .single()
        .expect("valid date")
}

fn check_backend(h: &impl Harness) {
    assert_eq!(
        h.cache().backend(),
        h.expected_backend(),
        "the harness runs on the wrong backend"
    );
}

async fn publish(store: &SnapshotStore<'_>, items: &[Item], hour: u32) -> SnapshotMeta {
    let mut writer = store.begin().await.expect("begin");
    writer.write_chunk(items).await.expect("write_chunk");
    writer
        .commit(at(hour), serde_json::json!({ "hour": hour }), None)
        .await
        .expect("commit")
}

async fn load(store: &SnapshotStore<'_>) -> Option<Vec<Item>> {
    store.load::<Item>().await.expect("load").map(|s| s.items)
}

pub async fn set_then_get_returns_the_exact_bytes(h: &impl Harness) {
    check_backend(h);
    let value: Vec<u8> = (0..=255u8).chain([0, 0, 255]).collect();
    h.cache()
        .set(&h.ns().key("bytes"), &value, None)
        .await
        .expect("set");
    assert_eq!(
        h.cache().get(&h.ns().key("bytes")).await.expect("get"),
        Some(value)
    );
}

pub async fn get_of_a_missing_key_is_none(h: &impl Harness) {
    check_backend(h);
    assert_eq!(
        h.cache().get(&h.ns().key("never-set")).await.expect("get"),
        None
    );
}

pub async fn set_replaces_the_previous_value(h: &impl Harness) {
    let key = h.ns().key("k");
    h.cache().set(&key, b"first", None).await.expect("set");
    h.cache()
        .set(&key, b"second", Some(Duration::from_secs(60)))
        .await
        .expect("set");
    assert_eq!(
        h.cache().get(&key).await.expect("get"),
        Some(b"second".to_vec())
    );
}

pub async fn delete_removes_the_value_and_tolerates_missing_keys(h: &impl Harness) {
    let key = h.ns().key("k");
    h.cache().set(&key, b"v", None).await.expect("set");
    h.cache().delete(&key).await.expect("delete");
    assert_eq!(h.cache().get(&key).await.expect("get"), None);
    h.cache()
        .delete(&key)
        .await
        .expect("deleting a missing key is fine");
}

pub async fn entry_with_ttl_is_absent_after_it_expires(h: &impl Harness) {
    let (short, long) = (h.ns().key("short"), h.ns().key("long"));
    h.cache()
        .set(&short, b"v", Some(Duration::from_millis(600)))
        .await
        .expect("set");
    h.cache()
        .set(&long, b"v", Some(Duration::from_secs(60)))
        .await
        .expect("set");
    assert_eq!(
        h.cache().get(&short).await.expect("get"),
        Some(b"v".to_vec())
    );
    h.pass_time(Duration::from_millis(900)).await;
    assert_eq!(h.cache().get(&short).await.expect("get"), None);
    assert_eq!(
        h.cache().get(&long).await.expect("get"),
        Some(b"v".to_vec())
    );
}

pub async fn values_are_shared_between_cache_instances(h: &impl Harness) {
    let other = h.second_cache().await;
    h.cache()
        .set(&h.ns().key("shared"), b"v", None)
        .await
        .expect("set");
    assert_eq!(
        other.get(&h.ns().key("shared")).await.expect("get"),
        Some(b"v".to_vec())
    );
}

pub async fn try_lock_is_exclusive_across_instances_until_released(h: &impl Harness) {
    let other = h.second_cache().await;
    let name = h.ns().key("sync");
    let ttl = Duration::from_secs(30);
    let held = h
        .cache()
        .try_lock(&name, ttl)
        .await
        .expect("try_lock")
        .expect("lock is free");
    assert!(
        other
            .try_lock(&name, ttl)
            .await
            .expect("try_lock")
            .is_none()
    );
    assert!(
        h.cache()
            .try_lock(&name, ttl)
            .await
            .expect("try_lock")
            .is_none()
    );
    held.release().await.expect("release");
    assert!(
        other
            .try_lock(&name, ttl)
            .await
            .expect("try_lock")
            .is_some()
    );
}

pub async fn lock_is_released_when_dropped(h: &impl Harness) {
    let name = h.ns().key("sync");
    let ttl = Duration::from_secs(30);
    drop(
        h.cache()
            .try_lock(&name, ttl)
            .await
            .expect("try_lock")
            .expect("lock is free"),
    );
    // A Redis lock is released by a background task: give it a moment, far below the TTL.
    let lock = h.cache().lock(&name, ttl, Duration::from_secs(2)).await;
    assert!(lock.is_ok(), "lock still held after drop: {lock:?}");
}

pub async fn lock_waits_for_the_holder_to_let_go(h: &impl Harness) {
    let name = h.ns().key("sync");
    let ttl = Duration::from_secs(30);
    let held = h
        .cache()
        .try_lock(&name, ttl)
        .await
        .expect("try_lock")
        .expect("lock is free");
    let other = h.second_cache().await;
    assert!(
        other
            .try_lock(&name, ttl)
            .await
            .expect("try_lock")
            .is_none(),
        "held elsewhere"
    );
    let waiter = other.lock(&name, ttl, Duration::from_secs(5));
    // The waiter runs first (join polls in order), finds the lock held, then waits for this.
    let holder = async {
        tokio::task::yield_now().await;
        held.release().await.expect("release");
    };
    let (acquired, ()) = tokio::join!(waiter, holder);
    assert!(
        acquired.is_ok(),
        "waiter did not get the lock: {acquired:?}"
    );
}

pub async fn lock_gives_up_after_waiting_with_unavailable(h: &impl Harness) {
    let name = h.ns().key("sync");
    let ttl = Duration::from_secs(30);
    let _held = h
        .cache()
        .try_lock(&name, ttl)
        .await
        .expect("try_lock")
        .expect("lock is free");
    let err = h
        .cache()
        .lock(&name, ttl, Duration::from_millis(300))
        .await
        .expect_err("held");
    assert!(err.message().contains("waited 0.3s"), "{err}");
    assert_eq!(err.exit_code() as i32, 5, "{err}");
    assert!(
        err.message().contains("sync"),
        "message names the lock: {err}"
    );
}

pub async fn absent_snapshot_loads_as_none(h: &impl Harness) {
    let store = SnapshotStore::new(h.cache(), h.ns(), "issues:NONE");
    assert!(store.load::<Item>().await.expect("load").is_none());
    assert!(store.meta().await.expect("meta").is_none());
}

pub async fn commit_publishes_items_and_meta(h: &impl Harness) {
    check_backend(h);
    let store = SnapshotStore::new(h.cache(), h.ns(), "issues:PROJ");
    let mut writer = store.begin().await.expect("begin");
    writer.write_chunk(&items("A", 3)).await.expect("write");
    writer.write_chunk(&items("B", 2)).await.expect("write");
    let extra = serde_json::json!({ "cursor": "2025-03-01T10:00:00Z" });
    let meta = writer
        .commit(at(10), extra.clone(), None)
        .await
        .expect("commit");
    assert_eq!(meta.count, 5);
    assert_eq!(meta.synced_at, at(10));
    assert_eq!(meta.extra, extra);

    let loaded = store
        .load::<Item>()
        .await
        .expect("load")
        .expect("published");
    let mut expected = items("A", 3);
    expected.extend(items("B", 2));
    assert_eq!(loaded.items, expected);
    assert_eq!(loaded.meta, meta);
    assert_eq!(store.meta().await.expect("meta"), Some(meta));
}

/// Items of about 3.5 MB: several 1 MiB chunks (and, in tests, several read batches).
fn big_items(prefix: &str) -> Vec<Item> {
    items(prefix, 40_000)
        .into_iter()
        .map(|mut item| {
            item.labels.push("x".repeat(40));
            item
        })
        .collect()
}

async fn publish_in_pages(store: &SnapshotStore<'_>, items: &[Item]) -> SnapshotMeta {
    let mut writer = store.begin().await.expect("begin");
    for page in items.chunks(100) {
        writer.write_chunk(page).await.expect("write");
    }
    writer
        .commit(at(1), serde_json::Value::Null, None)
        .await
        .expect("commit")
}

pub async fn snapshot_missing_a_chunk_loads_as_none(h: &impl Harness) {
    check_backend(h);
    let big = big_items("GAP");
    let store = SnapshotStore::new(h.cache(), h.ns(), "issues:GAP");
    let meta = publish_in_pages(&store, &big).await;
    assert_eq!(load(&store).await.map(|i| i.len()), Some(big.len()));
    // The third chunk (in the second read batch) gone, expired or evicted: the whole snapshot
    // is ignored, never read as a part of itself.
    h.cache()
        .delete(&store.chunk_key(&meta.generation, 2))
        .await
        .expect("delete");
    assert_eq!(load(&store).await.map(|i| i.len()), None);
    let parts = store.load_parts::<Item>().await.expect("load_parts");
    assert!(parts.is_none());
}

pub async fn large_snapshot_round_trips_across_many_chunks(h: &impl Harness) {
    let big = big_items("BIG");
    let store = SnapshotStore::new(h.cache(), h.ns(), "issues:BIG");
    publish_in_pages(&store, &big).await;
    let loaded = store
        .load::<Item>()
        .await
        .expect("load")
        .expect("published");
    assert_eq!(loaded.meta.count, big.len());
    assert!(loaded.items == big, "items differ after the round trip");
}

pub async fn empty_snapshot_commits_with_no_items(h: &impl Harness) {
    let store = SnapshotStore::new(h.cache(), h.ns(), "issues:EMPTY");
    let meta = store
        .begin()
        .await
        .expect("begin")
        .commit(at(1), serde_json::Value::Null, None)
        .await
        .expect("commit");
    assert_eq!(meta.count, 0);
    let loaded = store
        .load::<Item>()
        .await
        .expect("load")
        .expect("an empty snapshot exists");
    assert!(loaded.items.is_empty());
}

pub async fn uncommitted_writer_is_invisible_to_readers(h: &impl Harness) {
    let store = SnapshotStore::new(h.cache(), h.ns(), "issues:PROJ");
    publish(&store, &items("OLD", 2), 1).await;
    let mut writer = store.begin().await.expect("begin");
    writer.write_chunk(&items("NEW", 5)).await.expect("write");
    assert_eq!(load(&store).await, Some(items("OLD", 2)));
    writer
        .commit(at(2), serde_json::Value::Null, None)
        .await
        .expect("commit");
    assert_eq!(load(&store).await, Some(items("NEW", 5)));
}

pub async fn dropped_writer_leaves_the_previous_snapshot_current(h: &impl Harness) {
    let store = SnapshotStore::new(h.cache(), h.ns(), "issues:PROJ");
    let meta = publish(&store, &items("OLD", 3), 1).await;
    let mut writer = store.begin().await.expect("begin");
    writer.write_chunk(&items("NEW", 4)).await.expect("write");
    drop(writer);
    assert_eq!(load(&store).await, Some(items("OLD", 3)));
    assert_eq!(store.meta().await.expect("meta"), Some(meta));
}

pub async fn killed_writer_leaves_the_previous_snapshot_current(h: &impl Harness) {
    let store = SnapshotStore::new(h.cache(), h.ns(), "issues:PROJ");
    publish(&store, &items("OLD", 3), 1).await;
    let mut writer = store.begin().await.expect("begin");
    // Big enough that chunks are already stored when the writer "dies".
    writer
        .write_chunk(&items("HALF", 30_000))
        .await
        .expect("write");
    // As if the process died: no drop code runs, locks stay held until their TTL / process end.
    std::mem::forget(writer);
    assert_eq!(load(&store).await, Some(items("OLD", 3)));
    // The next sync is not blocked by the dead one and repairs the snapshot.
    publish(&store, &items("NEXT", 2), 2).await;
    assert_eq!(load(&store).await, Some(items("NEXT", 2)));
}

pub async fn abandoned_generation_is_collected_by_the_next_writer(h: &impl Harness) {
    let store = SnapshotStore::new(h.cache(), h.ns(), "issues:PROJ");
    publish(&store, &items("ONE", 30_000), 1).await;
    let one_snapshot = h.stored_entries().await;
    let mut abandoned = store.begin().await.expect("begin");
    abandoned
        .write_chunk(&items("DEAD", 30_000))
        .await
        .expect("write");
    drop(abandoned);
    assert!(
        h.stored_entries().await > one_snapshot,
        "abandoned chunks were stored"
    );
    publish(&store, &items("TWO", 30_000), 2).await;
    assert_eq!(
        h.stored_entries().await,
        one_snapshot,
        "abandoned generation left entries behind"
    );
}

pub async fn replaced_generation_is_collected_at_commit(h: &impl Harness) {
    let store = SnapshotStore::new(h.cache(), h.ns(), "issues:PROJ");
    publish(&store, &items("ONE", 30_000), 1).await;
    let one_snapshot = h.stored_entries().await;
    for hour in 2..5 {
        publish(&store, &items("TWO", 30_000), hour).await; // same size as ONE
    }
    assert_eq!(h.stored_entries().await, one_snapshot);
}

pub async fn concurrent_writers_holding_the_sync_lock_publish_one_after_the_other(
    h: &impl Harness,
) {
    let other = h.second_cache().await;
    let sync = |cache: Cache, prefix: &'static str, hour: u32| {
        let ns = h.ns().clone();
        async move {
            let lock = cache
                .lock(
                    &ns.key("sync"),
                    Duration::from_secs(30),
                    Duration::from_secs(20),
                )
                .await
                .expect("lock");
            let store = SnapshotStore::new(&cache, &ns, "issues:PROJ");
            let before = store.meta().await.expect("meta").map(|m| m.count);
            let mut writer = store.begin().await.expect("begin");
            for page in items(prefix, 3_000).chunks(50) {
                writer.write_chunk(page).await.expect("write");
                tokio::task::yield_now().await;
            }
            writer
                .commit(at(hour), serde_json::Value::Null, None)
                .await
                .expect("commit");
            lock.release().await.expect("release");
            before
        }
    };
    let (first, second) =
        tokio::join!(sync(h.cache().clone(), "P", 1), sync(other.clone(), "Q", 2));
    // Exactly one of them ran first, on an empty cache; the other saw the first's snapshot.
    let mut seen = [first, second];
    seen.sort();
    assert_eq!(seen, [None, Some(3_000)]);
    let loaded = load(&SnapshotStore::new(h.cache(), h.ns(), "issues:PROJ")).await;
    let loaded = loaded.expect("published");
    assert!(
        loaded == items("P", 3_000) || loaded == items("Q", 3_000),
        "mixed generations"
    );
}

pub async fn concurrent_writers_without_a_lock_still_publish_a_complete_snapshot(h: &impl Harness) {
    // What one committed 10-item snapshot occupies, measured on a separate name.
    publish(
        &SnapshotStore::new(h.cache(), h.ns(), "issues:REF"),
        &items("R", 10),
        1,
    )
    .await;
    let one_small_snapshot = h.stored_entries().await;

    let other = h.second_cache().await;
    let write = |cache: Cache, prefix: &'static str, n: usize| {
        let ns = h.ns().clone();
        async move {
            let store = SnapshotStore::new(&cache, &ns, "issues:PROJ");
            let mut writer = store.begin().await.expect("begin");
            for page in items(prefix, n).chunks(500) {
                writer.write_chunk(page).await.expect("write");
                tokio::task::yield_now().await;
            }
            writer
                .commit(at(1), serde_json::Value::Null, None)
                .await
                .expect("commit");
        }
    };
    tokio::join!(
        write(h.cache().clone(), "P", 20_000),
        write(other, "Q", 15_000)
    );
    let store = SnapshotStore::new(h.cache(), h.ns(), "issues:PROJ");
    let loaded = load(&store).await.expect("published");
    assert!(
        loaded == items("P", 20_000) || loaded == items("Q", 15_000),
        "mixed generations"
    );

    // The next commit collects both racing generations, the winner and the loser.
    publish(&store, &items("R", 10), 2).await;
    assert_eq!(load(&store).await, Some(items("R", 10)));
    assert_eq!(h.stored_entries().await, 2 * one_small_snapshot);
}

pub async fn snapshot_is_absent_after_its_ttl(h: &impl Harness) {
    let store = SnapshotStore::new(h.cache(), h.ns(), "issues:PROJ");
    let mut writer = store.begin().await.expect("begin");
    writer.write_chunk(&items("A", 10)).await.expect("write");
    writer
        .commit(
            at(1),
            serde_json::Value::Null,
            Some(Duration::from_millis(1000)),
        )
        .await
        .expect("commit");
    assert!(load(&store).await.is_some());
    h.pass_time(Duration::from_millis(900)).await;
    assert!(load(&store).await.is_some(), "still within its TTL");
    h.pass_time(Duration::from_millis(400)).await;
    assert_eq!(load(&store).await, None);
    assert_eq!(store.meta().await.expect("meta"), None);
}

pub async fn snapshot_that_does_not_decode_as_the_requested_type_loads_as_none(h: &impl Harness) {
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)] // only its shape matters
    struct Other {
        id: u64,
    }
    let store = SnapshotStore::new(h.cache(), h.ns(), "issues:PROJ");
    publish(&store, &items("A", 2), 1).await;
    assert!(store.load::<Other>().await.expect("load").is_none());
}

pub async fn snapshots_are_separated_by_name_and_namespace(h: &impl Harness) {
    let other_user = Namespace::new("https://elsewhere.example", 99);
    let a = SnapshotStore::new(h.cache(), h.ns(), "issues:A");
    let b = SnapshotStore::new(h.cache(), h.ns(), "issues:B");
    let a_elsewhere = SnapshotStore::new(h.cache(), &other_user, "issues:A");
    publish(&a, &items("A", 2), 1).await;
    publish(&b, &items("B", 3), 1).await;
    assert_eq!(load(&a).await, Some(items("A", 2)));
    assert_eq!(load(&b).await, Some(items("B", 3)));
    assert_eq!(load(&a_elsewhere).await, None);
}
