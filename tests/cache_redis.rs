//! The cache against a real Redis: the same behaviour suite the embedded cache passes, plus
//! falling back to the embedded cache when Redis is unreachable at open or goes away mid-run.
//!
//! Redis comes from `JIRAHUB_TEST_REDIS_URL` (default `redis://127.0.0.1:6379/`). When it is
//! unreachable these tests FAIL rather than skip: CI starts Redis. Each test works under its
//! own random namespace and deletes its keys afterwards, even when it fails.
//! The mid-run tests start a throwaway `redis-server` (must be on PATH) and kill it.

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use jirahub::ErrorKind;
use jirahub::cache::{Cache, CacheBackend, Namespace, SnapshotMeta, SnapshotStore};

#[path = "common/redis_server.rs"]
mod redis_server;
#[path = "../src/cache/suite.rs"]
#[macro_use]
mod suite;

use redis_server::ThrowawayRedis;
use suite::Harness;

fn redis_url() -> String {
    std::env::var("JIRAHUB_TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379/".into())
}

fn random_namespace() -> Namespace {
    Namespace::new(
        &format!("https://test-{:016x}.example", rand::random::<u64>()),
        1,
    )
}

/// Deletes every key under `prefix` when dropped, so a failed test leaves nothing behind either.
struct KeyCleanup {
    url: String,
    prefix: String,
}

impl Drop for KeyCleanup {
    fn drop(&mut self) {
        let Ok(client) = redis::Client::open(self.url.as_str()) else {
            return;
        };
        let Ok(mut conn) = client.get_connection_with_timeout(Duration::from_secs(1)) else {
            return;
        };
        let mut cursor: u64 = 0;
        loop {
            let Ok((next, keys)): redis::RedisResult<(u64, Vec<String>)> = redis::cmd("SCAN")
                .arg(cursor)
                .arg("MATCH")
                .arg(format!("{}*", self.prefix))
                .arg("COUNT")
                .arg(1000)
                .query(&mut conn)
            else {
                return;
            };
            if !keys.is_empty() {
                let _: redis::RedisResult<i64> = redis::cmd("DEL").arg(&keys).query(&mut conn);
            }
            if next == 0 {
                return;
            }
            cursor = next;
        }
    }
}

struct RedisHarness {
    url: String,
    dir: tempfile::TempDir,
    cache: Cache,
    ns: Namespace,
    _cleanup: KeyCleanup,
}

async fn real_redis() -> RedisHarness {
    let url = redis_url();
    let dir = tempfile::tempdir().expect("temp dir");
    let ns = random_namespace();
    let cleanup = KeyCleanup {
        url: url.clone(),
        prefix: ns.prefix().to_owned(),
    };
    let cache = Cache::open(Some(&url), dir.path()).await.expect("open");
    assert_eq!(
        cache.backend(),
        CacheBackend::Redis,
        "Redis is unreachable at JIRAHUB_TEST_REDIS_URL (default redis://127.0.0.1:6379/): \
         start Redis (CI does) or point JIRAHUB_TEST_REDIS_URL at one"
    );
    RedisHarness {
        url,
        dir,
        cache,
        ns,
        _cleanup: cleanup,
    }
}

impl RedisHarness {
    /// Time passing, as Redis sees it: every key of this test loses `by` of its TTL, and a key
    /// whose TTL runs out is gone (what Redis's own expiry does), so no test sleeps.
    async fn pass_time(&self, by: Duration) {
        let client = redis::Client::open(self.url.as_str()).expect("valid URL");
        let mut conn = client
            .get_multiplexed_async_connection()
            .await
            .expect("connect");
        let by_ms = i64::try_from(by.as_millis()).expect("a short time");
        let mut cursor: u64 = 0;
        loop {
            let (next, keys): (u64, Vec<String>) = redis::cmd("SCAN")
                .arg(cursor)
                .arg("MATCH")
                .arg(format!("{}*", self.ns.prefix()))
                .arg("COUNT")
                .arg(1000)
                .query_async(&mut conn)
                .await
                .expect("SCAN");
            for key in keys {
                let left: i64 = redis::cmd("PTTL")
                    .arg(&key)
                    .query_async(&mut conn)
                    .await
                    .expect("PTTL");
                if left < 0 {
                    continue; // no TTL (-1) or already gone (-2)
                }
                if left <= by_ms {
                    let _: i64 = redis::cmd("DEL")
                        .arg(&key)
                        .query_async(&mut conn)
                        .await
                        .expect("DEL");
                } else {
                    let _: i64 = redis::cmd("PEXPIRE")
                        .arg(&key)
                        .arg(left - by_ms)
                        .query_async(&mut conn)
                        .await
                        .expect("PEXPIRE");
                }
            }
            if next == 0 {
                return;
            }
            cursor = next;
        }
    }
}

impl Harness for RedisHarness {
    fn cache(&self) -> &Cache {
        &self.cache
    }
    fn ns(&self) -> &Namespace {
        &self.ns
    }
    fn expected_backend(&self) -> CacheBackend {
        CacheBackend::Redis
    }
    async fn second_cache(&self) -> Cache {
        let other = Cache::open(Some(&self.url), self.dir.path())
            .await
            .expect("open again");
        assert_eq!(other.backend(), CacheBackend::Redis);
        other
    }
    async fn pass_time(&self, by: Duration) {
        RedisHarness::pass_time(self, by).await;
    }
    async fn stored_entries(&self) -> usize {
        let client = redis::Client::open(self.url.as_str()).expect("valid URL");
        let mut conn = client
            .get_multiplexed_async_connection()
            .await
            .expect("connect");
        let mut cursor: u64 = 0;
        let mut count = 0;
        loop {
            let (next, keys): (u64, Vec<String>) = redis::cmd("SCAN")
                .arg(cursor)
                .arg("MATCH")
                .arg(format!("{}*", self.ns.prefix()))
                .arg("COUNT")
                .arg(1000)
                .query_async(&mut conn)
                .await
                .expect("SCAN");
            count += keys.iter().filter(|k| !k.ends_with(":lock")).count();
            if next == 0 {
                return count;
            }
            cursor = next;
        }
    }
}

cache_behaviour_suite!(real_redis());

/// Collects what `tracing` prints on this thread (tokio tests run on one thread).
#[derive(Clone, Default)]
struct Logs(Arc<Mutex<Vec<u8>>>);

impl Logs {
    fn capture(&self) -> tracing::subscriber::DefaultGuard {
        let sink = self.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_ansi(false)
            .with_max_level(tracing::Level::WARN)
            .with_writer(move || sink.clone())
            .finish();
        tracing::subscriber::set_default(subscriber)
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().expect("log buffer")).into_owned()
    }
}

impl Write for Logs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log buffer").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

const FALLBACK_WARNING: &str = "using the embedded cache for the rest of this run";

async fn publish(store: &SnapshotStore<'_>, keys: &[&str]) -> SnapshotMeta {
    let mut writer = store.begin().await.expect("begin");
    writer.write_chunk(keys).await.expect("write");
    writer
        .commit(chrono::Utc::now(), serde_json::Value::Null, None)
        .await
        .expect("commit")
}

async fn load(store: &SnapshotStore<'_>) -> Option<Vec<String>> {
    store.load::<String>().await.expect("load").map(|s| s.items)
}

#[tokio::test]
async fn unreachable_redis_at_open_falls_back_to_the_embedded_cache() {
    let logs = Logs::default();
    let _guard = logs.capture();
    let dir = tempfile::tempdir().expect("temp dir");
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    let cache = Cache::open(Some("redis://127.0.0.1:1/"), dir.path())
        .await
        .expect("a cache that is down never fails the run");
    assert_eq!(cache.backend(), CacheBackend::Embedded);
    assert!(cache.degraded());

    let ns = random_namespace();
    cache.set(&ns.key("k"), b"v", None).await.expect("set");
    assert_eq!(
        cache.get(&ns.key("k")).await.expect("get"),
        Some(b"v".to_vec())
    );
    let store = SnapshotStore::new(&cache, &ns, "issues:PROJ");
    publish(&store, &["A-1", "A-2"]).await;
    assert_eq!(
        load(&store).await,
        Some(vec!["A-1".to_owned(), "A-2".to_owned()])
    );
    assert_eq!(
        logs.text().matches(FALLBACK_WARNING).count(),
        1,
        "{}",
        logs.text()
    );
}

#[tokio::test]
async fn redis_going_away_mid_run_falls_back_and_warns_once() {
    let logs = Logs::default();
    let _guard = logs.capture();
    let mut server = ThrowawayRedis::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let ns = random_namespace();
    let cache = Cache::open(Some(&server.url), dir.path())
        .await
        .expect("open");
    assert_eq!(cache.backend(), CacheBackend::Redis);
    assert!(!cache.degraded());
    cache
        .set(&ns.key("k"), b"in redis", None)
        .await
        .expect("set");
    let store = SnapshotStore::new(&cache, &ns, "issues:PROJ");
    publish(&store, &["A-1"]).await;
    assert_eq!(load(&store).await, Some(vec!["A-1".to_owned()]));

    server.kill();

    // Every call keeps answering, now from the (empty) embedded cache.
    assert_eq!(
        cache.get(&ns.key("k")).await.expect("get after Redis died"),
        None
    );
    assert_eq!(cache.backend(), CacheBackend::Embedded);
    assert!(cache.degraded());
    assert_eq!(
        load(&store).await,
        None,
        "the Redis snapshot is out of reach, not an error"
    );
    cache
        .set(&ns.key("k"), b"on disk", None)
        .await
        .expect("set");
    assert_eq!(
        cache.get(&ns.key("k")).await.expect("get"),
        Some(b"on disk".to_vec())
    );
    publish(&store, &["B-1", "B-2"]).await;
    assert_eq!(
        load(&store).await,
        Some(vec!["B-1".to_owned(), "B-2".to_owned()])
    );
    let lock = cache
        .try_lock(&ns.key("sync"), Duration::from_secs(30))
        .await
        .expect("try_lock");
    assert!(lock.is_some());

    assert_eq!(
        logs.text().matches(FALLBACK_WARNING).count(),
        1,
        "{}",
        logs.text()
    );
}

#[tokio::test]
async fn snapshot_interrupted_by_redis_going_away_fails_cleanly_and_can_be_rewritten() {
    let mut server = ThrowawayRedis::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let ns = random_namespace();
    let cache = Cache::open(Some(&server.url), dir.path())
        .await
        .expect("open");
    let store = SnapshotStore::new(&cache, &ns, "issues:PROJ");
    let mut writer = store.begin().await.expect("begin");
    writer.write_chunk(&["A-1"]).await.expect("write");

    server.kill();

    // Its chunks are in the Redis that is gone: publishing them would publish a hole.
    let err = writer
        .commit(chrono::Utc::now(), serde_json::Value::Null, None)
        .await
        .expect_err("cannot publish chunks written to a Redis that went away");
    assert_eq!(err.kind(), ErrorKind::Unavailable);
    assert!(
        err.hint().is_some_and(|h| h.contains("again")),
        "{:?}",
        err.hint()
    );
    assert_eq!(load(&store).await, None);
    // Writing again goes to the embedded cache and works.
    publish(&store, &["A-1"]).await;
    assert_eq!(load(&store).await, Some(vec!["A-1".to_owned()]));
}

#[tokio::test]
async fn a_lock_held_in_redis_excludes_another_process_until_its_ttl_runs_out() {
    let h = real_redis().await;
    let other = h.second_cache().await;
    let name = h.ns.key("sync");
    let held = h
        .cache
        .try_lock(&name, Duration::from_millis(1000))
        .await
        .expect("try_lock");
    // As if the holder died: nothing releases it.
    std::mem::forget(held.expect("lock is free"));
    assert!(
        other
            .try_lock(&name, Duration::from_secs(30))
            .await
            .expect("try_lock")
            .is_none()
    );
    let lock = other
        .lock(&name, Duration::from_secs(30), Duration::from_secs(3))
        .await;
    assert!(lock.is_ok(), "lock not freed by its TTL: {lock:?}");
}

#[tokio::test]
async fn an_extended_lock_outlives_its_first_ttl() {
    let h = real_redis().await;
    let name = h.ns.key("sync");
    let held = h
        .cache
        .try_lock(&name, Duration::from_millis(1000))
        .await
        .expect("try_lock");
    let held = held.expect("lock is free");
    assert!(held.extend(Duration::from_secs(30)).await.expect("extend"));
    h.pass_time(Duration::from_millis(1300)).await;
    assert!(
        h.cache
            .try_lock(&name, Duration::from_secs(30))
            .await
            .expect("try_lock")
            .is_none()
    );
    held.release().await.expect("release");
}
