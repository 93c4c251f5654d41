//! The cache: Redis when `REDIS_URL` is set, an embedded file cache otherwise — the tool works
//! with nothing installed, and a report never fails because Redis is down.
//!
//! - [`Cache`]: bytes by key with an optional TTL, plus cross-process locks.
//! - [`Namespace`]: `jirahub:v1:<site-hash>:<user-id>:<name>` keys, one space per site and user.
//! - [`SnapshotStore`]: consistent snapshots (what sync writes, what reports read).
//!
//! When Redis was configured but cannot be reached (at open or later), the cache warns once and
//! uses the embedded cache for the rest of the run; [`Cache::degraded`] tells the caller.

mod embedded;
mod namespace;
mod redis;
mod snapshot;

use std::fmt;
use std::fs::File;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use self::embedded::EmbeddedCache;
use self::redis::RedisCache;
use crate::clock::Clock;
use crate::{Error, Result};

pub use self::namespace::Namespace;
pub use self::snapshot::{
    RawSnapshot, Snapshot, SnapshotMeta, SnapshotStore, SnapshotWriter, decode_chunk, decode_chunks,
};

/// Which store is serving requests right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CacheBackend {
    Redis,
    Embedded,
}

impl fmt::Display for CacheBackend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CacheBackend::Redis => "redis",
            CacheBackend::Embedded => "embedded",
        })
    }
}

/// Where cached data lives. Chosen once per process; cheap to clone (shared state inside).
#[derive(Clone)]
pub struct Cache {
    inner: Arc<Inner>,
}

struct Inner {
    /// `None` when Redis is not configured, or was unreachable at open.
    redis: Option<RedisCache>,
    embedded: Arc<EmbeddedCache>,
    /// Redis was configured but we fell back; never goes back to false within a run.
    degraded: AtomicBool,
}

impl fmt::Debug for Cache {
    // Hand-written so the Redis connection (whose URL may carry a password) is never printed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cache")
            .field("backend", &self.backend())
            .field("degraded", &self.degraded())
            .field("embedded_dir", &self.inner.embedded.dir())
            .finish()
    }
}

impl Cache {
    /// `redis_url`: `Some` → Redis, with a short connect timeout; if Redis is unreachable now or
    /// later, warn once and use the embedded cache in `embedded_dir` for the rest of the run.
    /// `None` → the embedded cache in `embedded_dir` (created 0700).
    ///
    /// Fails only when the URL is malformed (a usage error) or the embedded cache directory
    /// cannot be created while it is needed.
    pub async fn open(redis_url: Option<&str>, embedded_dir: &Path) -> Result<Cache> {
        Cache::open_with_clock(redis_url, embedded_dir, Clock::system()).await
    }

    /// [`Cache::open`] with the embedded cache's TTLs measured on `clock` (tests move a manual
    /// one instead of sleeping; Redis keeps its own time).
    pub async fn open_with_clock(
        redis_url: Option<&str>,
        embedded_dir: &Path,
        clock: Clock,
    ) -> Result<Cache> {
        let embedded = Arc::new(EmbeddedCache::new(embedded_dir, clock));
        let Some(url) = redis_url else {
            let cache = Cache::assemble(None, embedded, false);
            cache.blocking(|e| e.prepare()).await?;
            return Ok(cache);
        };
        if url
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("rediss://")
        {
            return Err(Error::usage(
                "REDIS_URL uses rediss:// (Redis over TLS), which jirahub does not support yet",
            )
            .with_hint(
                "use redis:// (over a TLS tunnel such as stunnel or spiped if the network needs one), or unset REDIS_URL for the embedded cache",
            ));
        }
        // The parse error is not passed on: its text could echo the URL and so a password.
        let client = ::redis::Client::open(url).map_err(|_| {
            Error::usage("REDIS_URL is not a valid Redis URL")
                .with_hint("expected redis://[:PASSWORD@]HOST[:PORT][/DB], or unset REDIS_URL")
        })?;
        match RedisCache::connect(client).await {
            Ok(redis) => Ok(Cache::assemble(Some(redis), embedded, false)),
            Err(e) => {
                let cache = Cache::assemble(None, embedded, true);
                warn_fallback(&e);
                cache.blocking(|e| e.prepare()).await?;
                Ok(cache)
            }
        }
    }

    fn assemble(redis: Option<RedisCache>, embedded: Arc<EmbeddedCache>, degraded: bool) -> Cache {
        Cache {
            inner: Arc::new(Inner {
                redis,
                embedded,
                degraded: AtomicBool::new(degraded),
            }),
        }
    }

    /// The store in use now: `Redis`, or `Embedded` (not configured, or fallen back).
    pub fn backend(&self) -> CacheBackend {
        if self.live_redis().is_some() {
            CacheBackend::Redis
        } else {
            CacheBackend::Embedded
        }
    }

    /// True when Redis was configured but could not be used, so the embedded cache serves instead.
    pub fn degraded(&self) -> bool {
        self.inner.degraded.load(Ordering::Acquire)
    }

    pub async fn get(&self, key: &str) -> Result<Option<Vec<u8>>> {
        if let Some(redis) = self.live_redis() {
            match redis.get(key).await {
                Ok(value) => return Ok(value),
                Err(e) => self.fall_back(&e),
            }
        }
        let key = key.to_owned();
        self.blocking(move |e| e.get(&key)).await
    }

    /// `ttl: None` keeps the entry until it is replaced or deleted.
    pub async fn set(&self, key: &str, value: &[u8], ttl: Option<Duration>) -> Result<()> {
        if let Some(redis) = self.live_redis() {
            match redis.set(key, value, ttl).await {
                Ok(()) => return Ok(()),
                Err(e) => self.fall_back(&e),
            }
        }
        let key = key.to_owned();
        let value = value.to_vec();
        self.blocking(move |e| e.set(&key, &value, ttl)).await
    }

    pub async fn delete(&self, key: &str) -> Result<()> {
        self.remove(key).await.map(drop)
    }

    /// Cross-process mutual exclusion (e.g. two `jirahub sync` at once). `None` when someone
    /// else holds `name`. Redis: `SET NX PX ttl` (the lock expires after `ttl` if its holder
    /// vanished). Embedded: an OS file lock, released on drop and when the process dies; `ttl`
    /// is not needed there. Namespace the name (`Namespace::key`) like any other key.
    pub async fn try_lock(&self, name: &str, ttl: Duration) -> Result<Option<CacheLock>> {
        if let Some(redis) = self.live_redis() {
            let key = redis_lock_key(name);
            let token = namespace::hex(&rand::random::<[u8; 16]>());
            match redis.try_lock(&key, &token, ttl).await {
                Ok(true) => {
                    let held = Held::Redis {
                        cache: self.clone(),
                        redis: redis.clone(),
                        key,
                        token,
                    };
                    return Ok(Some(CacheLock {
                        name: name.to_owned(),
                        held,
                    }));
                }
                Ok(false) => return Ok(None),
                Err(e) => self.fall_back(&e),
            }
        }
        let owned = name.to_owned();
        let file = self.blocking(move |e| e.try_lock(&owned)).await?;
        Ok(file.map(|file| CacheLock {
            name: name.to_owned(),
            held: Held::Embedded {
                file,
                embedded: self.inner.embedded.clone(),
            },
        }))
    }

    /// Like [`Cache::try_lock`], but waits up to `wait` for the holder to let go; then fails
    /// with an `Unavailable` error naming the lock.
    pub async fn lock(&self, name: &str, ttl: Duration, wait: Duration) -> Result<CacheLock> {
        let deadline = Instant::now() + wait;
        let mut pause = Duration::from_millis(20);
        loop {
            if let Some(lock) = self.try_lock(name, ttl).await? {
                return Ok(lock);
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(Error::unavailable(format!(
                    "another jirahub process is holding the lock {name:?} (waited {:.1}s)",
                    wait.as_secs_f64()
                ))
                .with_hint("wait for the other run (e.g. a sync) to finish, then try again"));
            }
            tokio::time::sleep(pause.min(left)).await;
            pause = (pause * 2).min(Duration::from_millis(500));
        }
    }

    /// Deletes `key`; returns whether it existed.
    pub(crate) async fn remove(&self, key: &str) -> Result<bool> {
        if let Some(redis) = self.live_redis() {
            match redis.delete(key).await {
                Ok(existed) => return Ok(existed),
                Err(e) => self.fall_back(&e),
            }
        }
        let key = key.to_owned();
        self.blocking(move |e| e.delete(&key)).await
    }

    /// Gives an existing entry a new TTL; returns false when there is no such entry.
    pub(crate) async fn expire(&self, key: &str, ttl: Option<Duration>) -> Result<bool> {
        if let Some(redis) = self.live_redis() {
            match redis.expire(key, ttl).await {
                Ok(existed) => return Ok(existed),
                Err(e) => self.fall_back(&e),
            }
        }
        let key = key.to_owned();
        self.blocking(move |e| e.expire(&key, ttl)).await
    }

    /// Where a reader must look for the newest data: Redis (while it is in use) *and* the
    /// embedded cache, which holds what a run that fell back wrote (Redis full, frozen or gone
    /// then). Without Redis, only the embedded cache.
    pub(crate) fn read_backends(&self) -> &'static [CacheBackend] {
        if self.live_redis().is_some() {
            &[CacheBackend::Redis, CacheBackend::Embedded]
        } else {
            &[CacheBackend::Embedded]
        }
    }

    /// `get` from one backend. Redis failing here falls back like any call and answers `None`.
    pub(crate) async fn get_in(&self, backend: CacheBackend, key: &str) -> Result<Option<Vec<u8>>> {
        match backend {
            CacheBackend::Redis => match self.live_redis() {
                Some(redis) => match redis.get(key).await {
                    Ok(value) => Ok(value),
                    Err(e) => {
                        self.fall_back(&e);
                        Ok(None)
                    }
                },
                None => Ok(None),
            },
            CacheBackend::Embedded => {
                let key = key.to_owned();
                self.blocking(move |e| e.get(&key)).await
            }
        }
    }

    /// Several keys from one backend in one round trip (Redis MGET in batches; one blocking
    /// task on disk); `None` for every key when that backend is out of reach.
    pub(crate) async fn get_many_in(
        &self,
        backend: CacheBackend,
        keys: &[String],
    ) -> Result<Vec<Option<Vec<u8>>>> {
        match backend {
            CacheBackend::Redis => match self.live_redis() {
                Some(redis) => match redis.get_many(keys).await {
                    Ok(values) => Ok(values),
                    Err(e) => {
                        self.fall_back(&e);
                        Ok(vec![None; keys.len()])
                    }
                },
                None => Ok(vec![None; keys.len()]),
            },
            CacheBackend::Embedded => {
                let keys = keys.to_vec();
                self.blocking(move |e| keys.iter().map(|k| e.get(k)).collect())
                    .await
            }
        }
    }

    fn live_redis(&self) -> Option<&RedisCache> {
        self.inner.redis.as_ref().filter(|_| !self.degraded())
    }

    /// Switches this run to the embedded cache; only the first failure is reported.
    fn fall_back(&self, e: &::redis::RedisError) {
        if !self.inner.degraded.swap(true, Ordering::AcqRel) {
            warn_fallback(e);
        }
    }

    async fn blocking<T: Send + 'static>(
        &self,
        op: impl FnOnce(&EmbeddedCache) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let embedded = self.inner.embedded.clone();
        tokio::task::spawn_blocking(move || op(&embedded))
            .await
            .map_err(|e| Error::unexpected(format!("embedded cache task failed: {e}")))?
    }
}

fn warn_fallback(e: &::redis::RedisError) {
    tracing::warn!(
        "Redis cache unavailable ({e}); using the embedded cache for the rest of this run"
    );
}

fn redis_lock_key(name: &str) -> String {
    format!("{name}:lock")
}

/// A held cross-process lock. Released by [`CacheLock::release`], on drop, or — if the holder
/// dies — by the OS (embedded) or when its TTL runs out (Redis).
pub struct CacheLock {
    name: String,
    held: Held,
}

enum Held {
    Redis {
        /// To learn that this run gave up on Redis, and to give up when Redis stops answering.
        cache: Cache,
        redis: RedisCache,
        key: String,
        token: String,
    },
    Embedded {
        file: File,
        embedded: Arc<EmbeddedCache>,
    },
    Released,
}

impl fmt::Debug for CacheLock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let backend = match self.held {
            Held::Redis { .. } => "redis",
            Held::Embedded { .. } => "embedded",
            Held::Released => "released",
        };
        f.debug_struct("CacheLock")
            .field("name", &self.name)
            .field("backend", &backend)
            .finish()
    }
}

impl CacheLock {
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Gives a Redis lock a fresh `ttl` (for work that outlasts the first one). Returns false if
    /// the lock had already expired and been lost. Embedded locks never expire: always true.
    pub async fn extend(&self, ttl: Duration) -> Result<bool> {
        match &self.held {
            // This run has given up on Redis: don't wait for it again; the lock expires there.
            Held::Redis { cache, .. } if cache.degraded() => Err(Error::unavailable(format!(
                "the lock {:?} is in Redis, which this run no longer uses",
                self.name
            ))),
            Held::Redis {
                cache,
                redis,
                key,
                token,
            } => redis.extend_lock(key, token, ttl).await.map_err(|e| {
                cache.fall_back(&e);
                Error::unavailable(format!("could not extend the lock {:?}: {e}", self.name))
                    .with_source(e)
            }),
            Held::Embedded { .. } => Ok(true),
            Held::Released => Ok(false),
        }
    }

    /// Lets go now and waits until the lock is really free for others.
    pub async fn release(mut self) -> Result<()> {
        self.release_inner(false).await
    }

    /// Releases and also removes the embedded lock file: for one-off lock names (a generation)
    /// that nobody will ask for again, so lock files do not pile up.
    pub(crate) async fn discard(mut self) -> Result<()> {
        self.release_inner(true).await
    }

    async fn release_inner(&mut self, remove_file: bool) -> Result<()> {
        match std::mem::replace(&mut self.held, Held::Released) {
            // Redis failed this run: leave the key to its TTL rather than wait for Redis again.
            Held::Redis { cache, .. } if cache.degraded() => Ok(()),
            Held::Redis {
                cache,
                redis,
                key,
                token,
            } => redis.unlock(&key, &token).await.map(drop).map_err(|e| {
                cache.fall_back(&e);
                Error::unavailable(format!("could not release the lock {:?}: {e}", self.name))
                    .with_source(e)
            }),
            Held::Embedded { file, embedded } => {
                if remove_file {
                    // Unlink while still holding it, so no one can lock the doomed inode.
                    embedded.discard_lock_file(&self.name);
                }
                drop(file);
                Ok(())
            }
            Held::Released => Ok(()),
        }
    }
}

impl Drop for CacheLock {
    fn drop(&mut self) {
        if let Held::Redis {
            cache,
            redis,
            key,
            token,
        } = std::mem::replace(&mut self.held, Held::Released)
            && !cache.degraded()
        {
            // Drop cannot await: release in the background if a runtime is still running;
            // otherwise the key expires by its TTL.
            if let Ok(runtime) = tokio::runtime::Handle::try_current() {
                runtime.spawn(async move {
                    if let Err(e) = redis.unlock(&key, &token).await {
                        tracing::debug!("could not release a Redis lock on drop: {e}");
                    }
                });
            }
        }
    }
}

#[cfg(test)]
#[macro_use]
mod suite;

#[cfg(test)]
mod tests {
    use super::suite::{self, Harness};
    use super::*;

    struct EmbeddedHarness {
        dir: tempfile::TempDir,
        cache: Cache,
        ns: Namespace,
        clock: Clock,
    }

    async fn embedded() -> EmbeddedHarness {
        let dir = tempfile::tempdir().expect("temp dir");
        let clock = Clock::manual(std::time::SystemTime::now());
        let cache = Cache::open_with_clock(None, dir.path(), clock.clone())
            .await
            .expect("open embedded cache");
        let ns = Namespace::new("https://acme.atlassian.net", 1);
        EmbeddedHarness {
            dir,
            cache,
            ns,
            clock,
        }
    }

    impl Harness for EmbeddedHarness {
        fn cache(&self) -> &Cache {
            &self.cache
        }
        fn ns(&self) -> &Namespace {
            &self.ns
        }
        fn expected_backend(&self) -> CacheBackend {
            CacheBackend::Embedded
        }
        async fn second_cache(&self) -> Cache {
            Cache::open_with_clock(None, self.dir.path(), self.clock.clone())
                .await
                .expect("open embedded cache again")
        }
        async fn pass_time(&self, by: Duration) {
            self.clock.advance(by);
        }
        async fn stored_entries(&self) -> usize {
            // Entries are the files named by a 64-hex key hash; locks live elsewhere.
            std::fs::read_dir(self.dir.path())
                .expect("read cache dir")
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|name| name.len() == 64 && name.bytes().all(|b| b.is_ascii_hexdigit()))
                .count()
        }
    }

    cache_behaviour_suite!(embedded());

    #[tokio::test]
    async fn without_redis_url_the_embedded_cache_is_used_and_not_degraded() {
        let h = embedded().await;
        assert_eq!(h.cache.backend(), CacheBackend::Embedded);
        assert!(!h.cache.degraded());
    }

    #[tokio::test]
    async fn malformed_redis_url_is_a_usage_error_that_does_not_echo_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = "http://user:hunter2@host";
        let err = Cache::open(Some(url), dir.path())
            .await
            .expect_err("not a redis URL");
        assert_eq!(err.kind(), crate::ErrorKind::Usage);
        let shown = format!("{err} {:?} {:?}", err.hint(), err.causes());
        assert!(!shown.contains("hunter2"), "{shown}");
    }

    #[tokio::test]
    async fn rediss_is_refused_saying_tls_is_not_supported() {
        let dir = tempfile::tempdir().expect("temp dir");
        let err = Cache::open(Some("rediss://:pw@cache.example:6380/0"), dir.path())
            .await
            .expect_err("TLS is not supported");
        assert_eq!(err.kind(), crate::ErrorKind::Usage);
        assert!(err.message().contains("TLS"), "{}", err.message());
        assert!(!format!("{err} {:?}", err.hint()).contains("pw@"));
    }

    #[tokio::test]
    async fn debug_output_names_the_backend_only() {
        let h = embedded().await;
        let shown = format!("{:?}", h.cache);
        assert!(shown.contains("Embedded"), "{shown}");
    }
}
