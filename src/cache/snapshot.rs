//! Consistent snapshots on top of [`Cache`]: what sync writes, what reports read.
//!
//! A snapshot is written under a fresh generation id, in chunks, then published by replacing
//! one "current" key (the manifest) — a single atomic write in both backends. Readers start
//! from the manifest, so they only ever see a complete generation. A writer killed halfway
//! leaves the previous manifest in place; its chunks are collected by the next writer, or
//! expire.
//!
//! Keys, all inside the caller's [`Namespace`]:
//! - `snap:<name>/current`: the manifest (meta + chunk count), with the caller's TTL
//! - `snap:<name>/generations`: the generations that may still own chunks (for collection);
//!   one small key per snapshot name, kept without a TTL
//! - `snap:<name>/g/<gen>/<i>`: chunk `i`, items encoded with postcard one after another (compact,
//!   and decoded chunk by chunk on every core)
//! - `snap:<name>/g/<gen>/chunks`: how many chunks were written (so collection finds them all)
//! - lock `snap:<name>/g/<gen>/writer`: held by the writer for its lifetime; free means the
//!   generation is finished or abandoned
//! - lock `snap:<name>/generations`: serialises publishing and collection

use std::time::Duration;

use chrono::{DateTime, Utc};
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::{Cache, CacheBackend, CacheLock, Namespace};
use crate::{Error, Result};

/// 2: postcard chunks (1 held JSON arrays); another format is ignored and refetched.
const FORMAT: u32 = 2;
/// Items are buffered and stored in chunks of about this size: few keys and files, bounded memory.
const CHUNK_TARGET_BYTES: usize = 1 << 20;
/// An uncommitted generation's chunks (and its writer lock in Redis) live this long.
const WRITE_WINDOW: Duration = Duration::from_secs(6 * 3600);
/// Chunks outlive their manifest a little, so a reader at the expiry edge never finds a
/// manifest whose chunks are already gone.
const CHUNK_GRACE: Duration = Duration::from_secs(60);
const REGISTRY_LOCK_TTL: Duration = Duration::from_secs(30);
/// Longer than the lock TTL: a Redis lock left by a killed process has expired by then.
const REGISTRY_LOCK_WAIT: Duration = Duration::from_secs(40);
/// A load that races with a writer collecting the generation it was reading starts over.
const LOAD_ATTEMPTS: usize = 3;
/// [`SnapshotStore::load_parts`] reads this many chunks at a time and decodes them before
/// reading more: the raw bytes held at once stay near this many MiB.
/// (Two in tests, so that every snapshot test with a few chunks reads several batches.)
const LOAD_BATCH_CHUNKS: usize = if cfg!(test) { 2 } else { 16 };

/// A complete snapshot as published by one [`SnapshotWriter::commit`].
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot<T> {
    pub items: Vec<T>,
    pub meta: SnapshotMeta,
}

/// A snapshot's chunks as stored, for a caller that decodes them itself (with
/// [`decode_chunks`]) into something other than the stored items.
#[derive(Debug)]
pub struct RawSnapshot {
    pub chunks: Vec<Vec<u8>>,
    pub meta: SnapshotMeta,
}

/// What is known about a snapshot without reading its items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnapshotMeta {
    pub generation: String,
    pub synced_at: DateTime<Utc>,
    pub count: usize,
    /// Whatever the writer wants to keep next to the items (e.g. the incremental sync cursor).
    pub extra: serde_json::Value,
}

#[derive(Serialize, Deserialize)]
struct Manifest {
    format: u32,
    meta: SnapshotMeta,
    chunks: usize,
}

/// One named snapshot (e.g. `issues:PROJ`) in one namespace.
#[derive(Debug, Clone)]
pub struct SnapshotStore<'a> {
    cache: &'a Cache,
    ns: &'a Namespace,
    name: String,
}

impl<'a> SnapshotStore<'a> {
    pub fn new(cache: &'a Cache, ns: &'a Namespace, name: &str) -> Self {
        SnapshotStore {
            cache,
            ns,
            name: name.to_owned(),
        }
    }

    /// The current snapshot, or `None` when there is none, it expired, or it cannot be read
    /// back as `T` (e.g. written by another version) — the caller then fetches afresh.
    pub async fn load<T: DeserializeOwned + Send + 'static>(&self) -> Result<Option<Snapshot<T>>> {
        let Some((parts, meta)) = self.load_parts().await? else {
            return Ok(None);
        };
        let mut items = Vec::with_capacity(meta.count);
        parts.into_iter().for_each(|part| items.extend(part));
        Ok(Some(Snapshot { items, meta }))
    }

    /// The current snapshot's items in the parts they were decoded in (one per chunk): for a
    /// caller that can walk them so, half the peak memory of [`Self::load`]. Chunks are read
    /// [`LOAD_BATCH_CHUNKS`] at a time, each batch decoded (and its bytes freed) before the next
    /// is read.
    pub async fn load_parts<T: DeserializeOwned + Send + 'static>(
        &self,
    ) -> Result<Option<(Vec<Vec<T>>, SnapshotMeta)>> {
        'attempt: for _ in 0..LOAD_ATTEMPTS {
            let Some((manifest, backend)) = self.newest_manifest().await? else {
                return Ok(None);
            };
            let generation = &manifest.meta.generation;
            let mut parts = Vec::with_capacity(manifest.chunks);
            for first in (0..manifest.chunks).step_by(LOAD_BATCH_CHUNKS) {
                let keys: Vec<String> = (first..manifest.chunks.min(first + LOAD_BATCH_CHUNKS))
                    .map(|i| self.chunk_key(generation, i))
                    .collect();
                let chunks = self.cache.get_many_in(backend, &keys).await?;
                if chunks.iter().any(Option::is_none) {
                    if self.was_replaced(generation).await? {
                        continue 'attempt;
                    }
                    return Ok(None);
                }
                let chunks: Vec<Vec<u8>> = chunks.into_iter().flatten().collect();
                // Decoding is CPU work: off the async workers, on every core.
                let decoded = tokio::task::spawn_blocking(move || decode_chunks::<T>(chunks))
                    .await
                    .map_err(|e| {
                        Error::unexpected(format!("decoding snapshot {} failed: {e}", self.name))
                    })?;
                match decoded {
                    Ok(batch) => parts.extend(batch),
                    Err(e) => {
                        tracing::warn!(
                            "cached snapshot {} cannot be read ({e}); ignoring it",
                            self.name
                        );
                        return Ok(None);
                    }
                }
            }
            if !self.holds_what_it_says(&manifest.meta, parts.iter().map(Vec::len).sum()) {
                return Ok(None);
            }
            return Ok(Some((parts, manifest.meta)));
        }
        tracing::warn!(
            "cached snapshot {} kept changing while being read; ignoring it",
            self.name
        );
        Ok(None)
    }

    /// After chunks of `generation` went missing: whether a newer generation replaced it (read
    /// that one), or not (the snapshot is incomplete, e.g. expired; said once, then ignored).
    async fn was_replaced(&self, generation: &str) -> Result<bool> {
        let now = self
            .newest_manifest()
            .await?
            .map(|(m, _)| m.meta.generation);
        if now.as_deref() != Some(generation) {
            return Ok(true);
        }
        tracing::warn!(
            "cached snapshot {} is incomplete (expired?); ignoring it",
            self.name
        );
        Ok(false)
    }

    /// The current snapshot's chunks, undecoded; `None` when there is none, it expired, or
    /// chunks are missing.
    pub async fn load_raw(&self) -> Result<Option<RawSnapshot>> {
        for _ in 0..LOAD_ATTEMPTS {
            let Some((manifest, backend)) = self.newest_manifest().await? else {
                return Ok(None);
            };
            let generation = &manifest.meta.generation;
            let keys: Vec<String> = (0..manifest.chunks)
                .map(|i| self.chunk_key(generation, i))
                .collect();
            let chunks = self.cache.get_many_in(backend, &keys).await?;
            if chunks.iter().any(Option::is_none) {
                if self.was_replaced(generation).await? {
                    continue; // Replaced and collected while we read: read the new one.
                }
                return Ok(None);
            }
            return Ok(Some(RawSnapshot {
                chunks: chunks.into_iter().flatten().collect(),
                meta: manifest.meta,
            }));
        }
        tracing::warn!(
            "cached snapshot {} kept changing while being read; ignoring it",
            self.name
        );
        Ok(None)
    }

    /// Whether `decoded` items match the manifest's count (else the snapshot is ignored).
    pub fn holds_what_it_says(&self, meta: &SnapshotMeta, decoded: usize) -> bool {
        if decoded == meta.count {
            return true;
        }
        tracing::warn!(
            "cached snapshot {} holds {decoded} items, its manifest says {}; ignoring it",
            self.name,
            meta.count
        );
        false
    }

    /// The current snapshot's meta, reading one small key per backend and no items.
    pub async fn meta(&self) -> Result<Option<SnapshotMeta>> {
        Ok(self.newest_manifest().await?.map(|(m, _)| m.meta))
    }

    /// The newest complete snapshot's manifest, in whichever backend holds it: a run that fell
    /// back from Redis (full, frozen, gone) published to the embedded cache, and Redis may
    /// still hold an older manifest — that one must never hide the newer.
    async fn newest_manifest(&self) -> Result<Option<(Manifest, CacheBackend)>> {
        let mut newest: Option<(Manifest, CacheBackend)> = None;
        for &backend in self.cache.read_backends() {
            let bytes = match self.cache.get_in(backend, &self.key("current")).await {
                Ok(bytes) => bytes,
                // The embedded cache consulted beside a working Redis must not fail a read.
                Err(e) if backend == CacheBackend::Embedded && newest.is_some() => {
                    tracing::debug!("could not read the embedded copy of {}: {e}", self.name);
                    None
                }
                Err(e) => return Err(e),
            };
            let Some(manifest) = bytes.and_then(|b| self.parse_manifest(&b)) else {
                continue;
            };
            if newest
                .as_ref()
                .is_none_or(|(m, _)| manifest.meta.synced_at > m.meta.synced_at)
            {
                newest = Some((manifest, backend));
            }
        }
        Ok(newest)
    }

    /// Starts writing a new generation. Nothing is visible to readers until
    /// [`SnapshotWriter::commit`]; dropping the writer abandons it.
    pub async fn begin(&self) -> Result<SnapshotWriter<'a>> {
        let generation = new_generation_id();
        let writer_lock = self
            .cache
            .try_lock(&self.writer_lock_name(&generation), WRITE_WINDOW)
            .await?
            .ok_or_else(|| Error::unexpected("snapshot generation id collision"))?;
        let registry_lock = self.registry_lock().await?;
        let mut generations = self.generations().await?;
        generations.push(generation.clone());
        self.save_generations(&generations).await?;
        // Before adding data, reclaim what killed writers left behind.
        if let Err(e) = self.collect(&generation).await {
            tracing::debug!(
                "could not collect old generations of snapshot {}: {e}",
                self.name
            );
        }
        registry_lock.release().await?;
        Ok(SnapshotWriter {
            store: self.clone(),
            backend: self.cache.backend(),
            generation,
            writer_lock: Some(writer_lock),
            buffer: Vec::new(),
            buffered: 0,
            chunks: 0,
            count: 0,
        })
    }

    /// The manifest in the backend now written to (what collection must keep).
    async fn manifest(&self) -> Result<Option<Manifest>> {
        let bytes = self.cache.get(&self.key("current")).await?;
        Ok(bytes.and_then(|b| self.parse_manifest(&b)))
    }

    fn parse_manifest(&self, bytes: &[u8]) -> Option<Manifest> {
        match serde_json::from_slice::<Manifest>(bytes) {
            Ok(manifest) if manifest.format == FORMAT => Some(manifest),
            Ok(_) | Err(_) => {
                tracing::warn!(
                    "cached snapshot {} has an unknown format; ignoring it",
                    self.name
                );
                None
            }
        }
    }

    async fn registry_lock(&self) -> Result<CacheLock> {
        self.cache
            .lock(
                &self.key("generations"),
                REGISTRY_LOCK_TTL,
                REGISTRY_LOCK_WAIT,
            )
            .await
    }

    async fn generations(&self) -> Result<Vec<String>> {
        match self.cache.get(&self.key("generations")).await? {
            // Unreadable means someone else's bytes: start a fresh list (TTLs reclaim the rest).
            Some(bytes) => Ok(serde_json::from_slice(&bytes).unwrap_or_default()),
            None => Ok(Vec::new()),
        }
    }

    async fn save_generations(&self, generations: &[String]) -> Result<()> {
        let bytes = serde_json::to_vec(generations)?;
        self.cache.set(&self.key("generations"), &bytes, None).await
    }

    /// Deletes every generation that is neither current, nor `keep`, nor still being written
    /// (its writer lock is held). Call with the registry lock held.
    async fn collect(&self, keep: &str) -> Result<()> {
        let current = self.manifest().await?.map(|m| m.meta.generation);
        let mut remaining = Vec::new();
        for generation in self.generations().await? {
            if generation == keep || current.as_deref() == Some(generation.as_str()) {
                remaining.push(generation);
                continue;
            }
            let lock_name = self.writer_lock_name(&generation);
            match self.cache.try_lock(&lock_name, REGISTRY_LOCK_TTL).await? {
                None => remaining.push(generation), // still being written
                Some(writer_lock) => {
                    self.delete_generation(&generation).await?;
                    writer_lock.discard().await?;
                }
            }
        }
        self.save_generations(&remaining).await
    }

    async fn delete_generation(&self, generation: &str) -> Result<()> {
        let count_key = self.gen_key(generation, "chunks");
        let chunks = match self.cache.get(&count_key).await? {
            Some(bytes) => std::str::from_utf8(&bytes)
                .ok()
                .and_then(|s| s.parse().ok()),
            None => None,
        };
        // Last chunk first, and the count last, so an interrupted collection can be redone.
        for i in (0..chunks.unwrap_or(0)).rev() {
            self.cache.remove(&self.chunk_key(generation, i)).await?;
        }
        self.cache.remove(&count_key).await.map(drop)
    }

    fn key(&self, suffix: &str) -> String {
        self.ns.key(&format!("snap:{}/{suffix}", self.name))
    }

    fn gen_key(&self, generation: &str, suffix: &str) -> String {
        self.key(&format!("g/{generation}/{suffix}"))
    }

    /// The key of chunk `index` of `generation` (public for the backend test suite).
    #[doc(hidden)]
    pub fn chunk_key(&self, generation: &str, index: usize) -> String {
        self.gen_key(generation, &index.to_string())
    }

    fn writer_lock_name(&self, generation: &str) -> String {
        self.gen_key(generation, "writer")
    }
}

/// Writes one generation. Items may be given in any number of calls; they are stored in chunks
/// of about 1 MiB, so memory stays bounded however large the snapshot.
pub struct SnapshotWriter<'a> {
    store: SnapshotStore<'a>,
    /// Where the chunks went; a commit to another backend would publish chunks it cannot see.
    backend: CacheBackend,
    generation: String,
    writer_lock: Option<CacheLock>,
    /// Items of the chunk being filled, postcard-encoded one after another.
    buffer: Vec<u8>,
    buffered: usize,
    chunks: usize,
    count: usize,
}

impl std::fmt::Debug for SnapshotWriter<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SnapshotWriter")
            .field("snapshot", &self.store.name)
            .field("generation", &self.generation)
            .field("count", &self.count)
            .finish()
    }
}

impl SnapshotWriter<'_> {
    pub fn generation(&self) -> &str {
        &self.generation
    }

    /// The backend this generation's chunks went to (and its commit will publish in).
    pub fn backend(&self) -> CacheBackend {
        self.backend
    }

    /// Items written so far.
    pub fn count(&self) -> usize {
        self.count
    }

    pub async fn write_chunk<T: Serialize>(&mut self, items: &[T]) -> Result<()> {
        for item in items {
            self.write(item).await?;
        }
        Ok(())
    }

    pub async fn write<T: Serialize + ?Sized>(&mut self, item: &T) -> Result<()> {
        self.check_backend()?;
        self.buffer = postcard::to_extend(item, std::mem::take(&mut self.buffer)).map_err(|e| {
            Error::unexpected(format!(
                "snapshot {}: cannot encode an item: {e}",
                self.store.name
            ))
        })?;
        self.buffered += 1;
        self.count += 1;
        if self.buffer.len() >= CHUNK_TARGET_BYTES {
            self.flush().await?;
        }
        Ok(())
    }

    /// Publishes this generation as the current snapshot, replacing the previous one (which is
    /// then deleted). `ttl: None` keeps it until replaced.
    ///
    /// Fails with `Unavailable` — leaving the previous snapshot current — if Redis went away
    /// while writing (the chunks are not in the embedded cache now in use): call
    /// [`SnapshotStore::begin`] again to rewrite the snapshot there.
    pub async fn commit(
        mut self,
        synced_at: DateTime<Utc>,
        extra: serde_json::Value,
        ttl: Option<Duration>,
    ) -> Result<SnapshotMeta> {
        self.check_backend()?;
        self.flush().await?;
        let store = self.store.clone();
        let chunk_ttl = ttl.map(|ttl| ttl.saturating_add(CHUNK_GRACE));
        for i in 0..self.chunks {
            if !store
                .cache
                .expire(&store.chunk_key(&self.generation, i), chunk_ttl)
                .await?
            {
                self.check_backend()?;
                return Err(Error::unavailable(format!(
                    "snapshot {}: chunk {i} vanished before commit (writing took longer than {} h?)",
                    store.name,
                    WRITE_WINDOW.as_secs() / 3600
                ))
                .with_hint("run the sync again; the previous snapshot is still in use"));
            }
        }
        store
            .cache
            .expire(&store.gen_key(&self.generation, "chunks"), chunk_ttl)
            .await?;
        self.check_backend()?;

        let meta = SnapshotMeta {
            generation: self.generation.clone(),
            synced_at,
            count: self.count,
            extra,
        };
        let manifest = Manifest {
            format: FORMAT,
            meta,
            chunks: self.chunks,
        };
        let bytes = serde_json::to_vec(&manifest)?;
        // Under the registry lock, so a concurrent collection never sees a stale "current".
        let registry_lock = store.registry_lock().await?;
        store.cache.set(&store.key("current"), &bytes, ttl).await?;
        // Published. Collecting the previous generation is housekeeping: never fail for it.
        if let Err(e) = store.collect(&self.generation).await {
            tracing::debug!(
                "could not collect old generations of snapshot {}: {e}",
                store.name
            );
        }
        if let Err(e) = registry_lock.release().await {
            tracing::debug!("could not release the registry lock of {}: {e}", store.name);
        }
        if let Some(lock) = self.writer_lock.take()
            && let Err(e) = lock.release().await
        {
            tracing::debug!("could not release the writer lock of {}: {e}", store.name);
        }
        Ok(manifest.meta)
    }

    async fn flush(&mut self) -> Result<()> {
        if self.buffered == 0 {
            return Ok(());
        }
        let store = &self.store;
        let key = store.chunk_key(&self.generation, self.chunks);
        store
            .cache
            .set(&key, &self.buffer, Some(WRITE_WINDOW))
            .await?;
        self.chunks += 1;
        let count_key = store.gen_key(&self.generation, "chunks");
        store
            .cache
            .set(
                &count_key,
                self.chunks.to_string().as_bytes(),
                Some(WRITE_WINDOW),
            )
            .await?;
        self.buffer.clear();
        self.buffered = 0;
        self.check_backend()
    }

    fn check_backend(&self) -> Result<()> {
        if self.store.cache.backend() == self.backend {
            return Ok(());
        }
        Err(Error::unavailable(format!(
            "snapshot {}: the cache switched from {} to {} while it was being written",
            self.store.name,
            self.backend,
            self.store.cache.backend()
        ))
        .with_hint("write the snapshot again; it will go to the embedded cache"))
    }
}

/// Decodes chunks on every core (rayon), keeping their order: decoding dominates loading a
/// large snapshot, and the chunks are independent. Each chunk's bytes are freed once it is
/// decoded.
pub fn decode_chunks<T: DeserializeOwned + Send>(
    chunks: Vec<Vec<u8>>,
) -> Result<Vec<Vec<T>>, postcard::Error> {
    chunks
        .into_par_iter()
        .map(|chunk| decode_chunk(&chunk))
        .collect()
}

/// The items of one chunk, in the order they were written.
pub fn decode_chunk<T: DeserializeOwned>(mut chunk: &[u8]) -> Result<Vec<T>, postcard::Error> {
    let mut items = Vec::new();
    while !chunk.is_empty() {
        let (item, rest) = postcard::take_from_bytes(chunk)?;
        items.push(item);
        chunk = rest;
    }
    // Growing by doubling leaves up to half the capacity unused: for items kept (a million
    // worklogs), give it back (large blocks shrink in place).
    items.shrink_to_fit();
    Ok(items)
}

/// Time-ordered (handy when reading keys by hand) and random enough never to collide.
fn new_generation_id() -> String {
    let millis = Utc::now().timestamp_millis();
    format!("{millis:012x}{:08x}", rand::random::<u32>())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// About what a report needs of one issue.
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct IssueRow {
        key: String,
        summary: String,
        status: String,
        status_category: String,
        assignee: Option<String>,
        story_points: Option<f64>,
        updated: DateTime<Utc>,
        due: Option<chrono::NaiveDate>,
        labels: Vec<String>,
        sprint: Option<String>,
    }

    fn rows(n: usize) -> Vec<IssueRow> {
        (0..n)
            .map(|i| IssueRow {
                key: format!("PROJ-{i}"),
                summary: format!("Fix the thing number {i} before the release"),
                status: ["To Do", "In Progress", "Done"][i % 3].to_owned(),
                status_category: ["new", "indeterminate", "done"][i % 3].to_owned(),
                assignee: (i % 5 != 0).then(|| format!("5b10ac8d82e05b22cc7d{:04x}", i % 40)),
                story_points: (i % 4 != 0).then_some((i % 8) as f64),
                updated: Utc::now(),
                due: chrono::NaiveDate::from_ymd_opt(2025, 1 + (i % 12) as u32, 15),
                labels: vec!["backend".to_owned(), format!("team-{}", i % 7)],
                sprint: Some(format!("Sprint {}", i % 30)),
            })
            .collect()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    #[ignore = "benchmark: cargo test --release -p jirahub --lib snapshot_load -- --ignored --nocapture"]
    async fn snapshot_load_of_100k_records_benchmark() {
        let dir = tempfile::tempdir().expect("temp dir");
        let redis_url = std::env::var("JIRAHUB_BENCH_REDIS_URL").ok();
        let cache = Cache::open(redis_url.as_deref(), dir.path())
            .await
            .expect("open");
        let ns = Namespace::new(
            &format!("https://bench-{}.example", rand::random::<u32>()),
            1,
        );
        let store = SnapshotStore::new(&cache, &ns, "issues:BENCH");
        let rows = rows(100_000);

        let started = std::time::Instant::now();
        let mut writer = store.begin().await.expect("begin");
        for page in rows.chunks(100) {
            writer.write_chunk(page).await.expect("write");
        }
        // A short TTL so a run against a shared Redis cleans up after itself.
        let ttl = Some(Duration::from_secs(120));
        let meta = writer
            .commit(Utc::now(), serde_json::Value::Null, ttl)
            .await
            .expect("commit");
        let write = started.elapsed();

        let started = std::time::Instant::now();
        let loaded = store
            .load::<IssueRow>()
            .await
            .expect("load")
            .expect("published");
        let load = started.elapsed();
        assert_eq!(loaded.items.len(), 100_000);
        assert_eq!(loaded.items[99_999], rows[99_999]);

        // The same items cut in chunks, decoded on one core, then on every core as `load` does.
        let chunks: Vec<Vec<u8>> = rows
            .chunks(5_000)
            .map(|part| {
                part.iter().fold(Vec::new(), |buf, row| {
                    postcard::to_extend(row, buf).expect("encode")
                })
            })
            .collect();
        let bytes: usize = chunks.iter().map(Vec::len).sum();
        let started = std::time::Instant::now();
        let decoded: usize = chunks
            .iter()
            .map(|c| decode_chunk::<IssueRow>(c).expect("decode").len())
            .sum();
        let one_core = started.elapsed();
        assert_eq!(decoded, meta.count);
        let started = std::time::Instant::now();
        let parts = decode_chunks::<IssueRow>(chunks).expect("decode");
        let all_cores = started.elapsed();
        assert_eq!(parts.iter().map(Vec::len).sum::<usize>(), meta.count);
        println!(
            "backend {}: write+commit {write:?}, load {load:?}; decode alone: one core \
             {one_core:?}, all cores {all_cores:?}; {:.1} MB",
            cache.backend(),
            bytes as f64 / 1e6
        );
        // The only key without a TTL; the rest expires within minutes.
        cache
            .delete(&store.key("generations"))
            .await
            .expect("delete");
    }
}
