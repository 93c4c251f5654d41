//! The embedded cache: one file per key in a private directory, so jirahub works with nothing
//! installed. Synchronous on purpose; `Cache` runs these calls on tokio's blocking pool.
//!
//! File layout: `JHC1` magic, expiry as little-endian u64 milliseconds since the Unix epoch
//! (0 = never), then the value. File name: hex SHA-256 of the key.
//!
//! Safe with several processes at once: values are replaced by rename (readers see the old or
//! the new file, never half of one); removing an expired file happens under an exclusive lock
//! on `.lock` while writers rename under a shared one, so a fresh value that replaced the
//! expired file in the meantime is never removed by mistake.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read, Write};
use std::os::unix::fs::{DirBuilderExt, FileExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sha2::{Digest, Sha256};

use super::namespace::hex;
use crate::clock::Clock;
use crate::{Error, Result};

const MAGIC: &[u8; 4] = b"JHC1";
const HEADER_LEN: usize = 12;
const DIR_LOCK: &str = ".lock";
const SWEEP_MARKER: &str = ".swept";
const TMP_PREFIX: &str = ".tmp-";
const LOCKS_DIR: &str = "locks";
/// Expired entries nobody reads again, and temp files of killed writers, are swept this often.
const SWEEP_EVERY: Duration = Duration::from_secs(3600);

#[derive(Debug)]
pub(crate) struct EmbeddedCache {
    dir: PathBuf,
    dir_ready: AtomicBool,
    /// What TTLs are measured against.
    clock: Clock,
}

impl EmbeddedCache {
    /// Does no I/O: when Redis is in use the directory is only created if we fall back to it.
    pub(crate) fn new(dir: &Path, clock: Clock) -> Self {
        EmbeddedCache {
            dir: dir.to_path_buf(),
            dir_ready: AtomicBool::new(false),
            clock,
        }
    }

    pub(crate) fn dir(&self) -> &Path {
        &self.dir
    }

    fn now_ms(&self) -> u64 {
        millis_since_epoch(self.clock.now())
    }

    /// Creates the directory (0700, also tightening an existing one) and sweeps it once an hour.
    pub(crate) fn prepare(&self) -> Result<()> {
        if self.dir_ready.load(Ordering::Acquire) {
            return Ok(());
        }
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(self.dir.join(LOCKS_DIR))
            .map_err(|e| self.io_error("create the cache directory", e))?;
        fs::set_permissions(&self.dir, fs::Permissions::from_mode(0o700))
            .map_err(|e| self.io_error("restrict the cache directory to its owner", e))?;
        self.dir_ready.store(true, Ordering::Release);
        if let Err(e) = self.sweep_if_due() {
            // Sweeping only reclaims disk space; the cache works without it.
            tracing::debug!("embedded cache sweep failed: {e}");
        }
        Ok(())
    }

    pub(crate) fn get(&self, key: &str) -> Result<Option<Vec<u8>>> {
        self.prepare()?;
        let path = self.path_for(key);
        let mut file = match File::open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(self.io_error("read a cache entry", e)),
        };
        let read_error = |e| self.io_error("read a cache entry", e);
        // The header first: an expired entry's value is never read, a live one is read once
        // into a buffer of the right size (no regrowing, no shifting out the header).
        let mut header = [0u8; HEADER_LEN];
        let live = match file.read_exact(&mut header) {
            Ok(()) => parse_header(&header).is_some_and(|exp| !is_expired(exp, self.now_ms())),
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => false,
            Err(e) => return Err(read_error(e)),
        };
        if !live {
            // Expired, or not a file we wrote: absent either way; reclaim it.
            self.remove_if_same(&path, &file)?;
            return Ok(None);
        }
        let size = file.metadata().map_err(read_error)?.len();
        let mut value = Vec::with_capacity(
            usize::try_from(size)
                .unwrap_or(0)
                .saturating_sub(HEADER_LEN),
        );
        file.read_to_end(&mut value).map_err(read_error)?;
        Ok(Some(value))
    }

    pub(crate) fn set(&self, key: &str, value: &[u8], ttl: Option<Duration>) -> Result<()> {
        self.prepare()?;
        let expiry = expiry_ms(ttl, self.now_ms());
        let tmp = self
            .dir
            .join(format!("{TMP_PREFIX}{:016x}", rand::random::<u64>()));
        let written = (|| {
            let mut file = OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&tmp)?;
            let mut header = [0u8; HEADER_LEN];
            header[..4].copy_from_slice(MAGIC);
            header[4..].copy_from_slice(&expiry.to_le_bytes());
            file.write_all(&header)?;
            file.write_all(value)?;
            file.sync_all()?;
            let _shared = self.dir_lock(false)?;
            fs::rename(&tmp, self.path_for(key))
        })();
        if let Err(e) = written {
            let _ = fs::remove_file(&tmp);
            return Err(self.io_error("write a cache entry", e));
        }
        Ok(())
    }

    /// Returns whether the key existed.
    pub(crate) fn delete(&self, key: &str) -> Result<bool> {
        self.prepare()?;
        match fs::remove_file(self.path_for(key)) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(self.io_error("delete a cache entry", e)),
        }
    }

    /// Changes the expiry of a live entry; returns false when there is none.
    ///
    /// Rewrites only the 8 expiry bytes in place: the value stays untouched, and a concurrent
    /// reader sees either the old or the new deadline, both of which are valid.
    pub(crate) fn expire(&self, key: &str, ttl: Option<Duration>) -> Result<bool> {
        self.prepare()?;
        let path = self.path_for(key);
        let file = match OpenOptions::new().read(true).write(true).open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
            Err(e) => return Err(self.io_error("update a cache entry", e)),
        };
        let mut header = [0u8; HEADER_LEN];
        let live = match file.read_exact_at(&mut header, 0) {
            Ok(()) => parse_header(&header).is_some_and(|exp| !is_expired(exp, self.now_ms())),
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => false,
            Err(e) => return Err(self.io_error("read a cache entry", e)),
        };
        if !live {
            self.remove_if_same(&path, &file)?;
            return Ok(false);
        }
        file.write_all_at(&expiry_ms(ttl, self.now_ms()).to_le_bytes(), 4)
            .and_then(|()| file.sync_data())
            .map_err(|e| self.io_error("update a cache entry", e))?;
        Ok(true)
    }

    /// An OS lock on `locks/<hash>.lock`: held while the file stays open, so it is released on
    /// drop and when the process dies, however it dies.
    pub(crate) fn try_lock(&self, name: &str) -> Result<Option<File>> {
        self.prepare()?;
        let file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(self.lock_path(name))
            .map_err(|e| self.io_error("open a lock file", e))?;
        match file.try_lock() {
            Ok(()) => Ok(Some(file)),
            Err(TryLockError::WouldBlock) => Ok(None),
            Err(TryLockError::Error(e)) => Err(self.io_error("take a lock", e)),
        }
    }

    /// Removes the lock file of a lock we hold and that nobody will ask for again.
    pub(crate) fn discard_lock_file(&self, name: &str) {
        let _ = fs::remove_file(self.lock_path(name));
    }

    pub(crate) fn lock_path(&self, name: &str) -> PathBuf {
        self.dir
            .join(LOCKS_DIR)
            .join(format!("{}.lock", hash_name(name)))
    }

    fn path_for(&self, key: &str) -> PathBuf {
        self.dir.join(hash_name(key))
    }

    fn dir_lock(&self, exclusive: bool) -> io::Result<File> {
        let file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(self.dir.join(DIR_LOCK))?;
        if exclusive {
            file.lock()?
        } else {
            file.lock_shared()?
        }
        Ok(file)
    }

    /// Removes `path` only if it is still the file we opened (not a fresh value renamed over it).
    fn remove_if_same(&self, path: &Path, opened: &File) -> Result<()> {
        let result = (|| {
            let ours = opened.metadata()?;
            let _exclusive = self.dir_lock(true)?;
            match fs::symlink_metadata(path) {
                Ok(now) if now.dev() == ours.dev() && now.ino() == ours.ino() => {
                    fs::remove_file(path)
                }
                Ok(_) => Ok(()),
                Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(e),
            }
        })();
        result.map_err(|e| self.io_error("remove an expired cache entry", e))
    }

    /// Removes expired entries and temp files left by killed writers, at most once an hour.
    fn sweep_if_due(&self) -> io::Result<()> {
        let marker = self.dir.join(SWEEP_MARKER);
        let due = match fs::metadata(&marker).and_then(|m| m.modified()) {
            Ok(at) => at.elapsed().map_or(true, |age| age >= SWEEP_EVERY),
            Err(_) => true,
        };
        if !due {
            return Ok(());
        }
        OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&marker)?;
        let now = self.now_ms();
        for entry in fs::read_dir(&self.dir)? {
            let entry = entry?;
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            let path = entry.path();
            if name.starts_with(TMP_PREFIX) {
                let old = entry
                    .metadata()
                    .and_then(|m| m.modified())
                    .is_ok_and(|at| at.elapsed().is_ok_and(|age| age >= SWEEP_EVERY));
                if old {
                    let _ = fs::remove_file(&path);
                }
            } else if name.len() == 64 && name.bytes().all(|b| b.is_ascii_hexdigit()) {
                let Ok(file) = File::open(&path) else {
                    continue;
                };
                let mut header = [0u8; HEADER_LEN];
                let expired = match file.read_exact_at(&mut header, 0) {
                    Ok(()) => parse_header(&header).is_none_or(|exp| is_expired(exp, now)),
                    Err(_) => true,
                };
                if expired {
                    let _ = self.remove_if_same(&path, &file);
                }
            }
        }
        Ok(())
    }

    fn io_error(&self, what: &str, e: io::Error) -> Error {
        Error::unavailable(format!("could not {what} in {}: {e}", self.dir.display()))
            .with_hint("check that the cache directory is writable, or set REDIS_URL")
            .with_source(e)
    }
}

fn hash_name(name: &str) -> String {
    hex(&Sha256::digest(name.as_bytes()))
}

fn parse_header(bytes: &[u8]) -> Option<u64> {
    if bytes.len() < HEADER_LEN || &bytes[..4] != MAGIC {
        return None;
    }
    let expiry: [u8; 8] = bytes[4..HEADER_LEN]
        .try_into()
        .expect("slice of exactly 8 bytes");
    Some(u64::from_le_bytes(expiry))
}

fn is_expired(expiry_ms: u64, now_ms: u64) -> bool {
    expiry_ms != 0 && expiry_ms <= now_ms
}

fn expiry_ms(ttl: Option<Duration>, now_ms: u64) -> u64 {
    match ttl {
        // At least 1 ms so that a zero TTL means "already expired", never "forever".
        Some(ttl) => now_ms
            .saturating_add(u64::try_from(ttl.as_millis()).unwrap_or(u64::MAX))
            .max(1),
        None => 0,
    }
}

fn millis_since_epoch(at: SystemTime) -> u64 {
    let since_epoch = at.duration_since(UNIX_EPOCH).unwrap_or_default();
    u64::try_from(since_epoch.as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache() -> (tempfile::TempDir, EmbeddedCache) {
        let tmp = tempfile::tempdir().expect("temp dir");
        let clock = Clock::manual(SystemTime::now());
        let cache = EmbeddedCache::new(&tmp.path().join("cache"), clock);
        (tmp, cache)
    }

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).expect("metadata").permissions().mode() & 0o777
    }

    #[test]
    fn directory_is_private_to_the_owner() {
        let (_tmp, cache) = cache();
        cache.prepare().expect("prepare");
        assert_eq!(mode(cache.dir()), 0o700);
    }

    #[test]
    fn existing_directory_is_tightened_to_owner_only() {
        let (_tmp, cache) = cache();
        fs::create_dir_all(cache.dir()).expect("mkdir");
        fs::set_permissions(cache.dir(), fs::Permissions::from_mode(0o755)).expect("chmod");
        cache.prepare().expect("prepare");
        assert_eq!(mode(cache.dir()), 0o700);
    }

    #[test]
    fn entries_are_private_files_named_by_key_hash() {
        let (_tmp, cache) = cache();
        cache
            .set("jirahub:v1:secret-project", b"value", None)
            .expect("set");
        let path = cache.path_for("jirahub:v1:secret-project");
        assert_eq!(mode(&path), 0o600);
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("utf-8 name");
        assert!(!name.contains("secret"), "key leaked into file name {name}");
        assert_eq!(name.len(), 64);
    }

    #[test]
    fn expired_entry_is_absent_and_removed_on_read() {
        let (_tmp, cache) = cache();
        cache.set("k", b"v", Some(Duration::ZERO)).expect("set");
        assert_eq!(cache.get("k").expect("get"), None);
        assert!(!cache.path_for("k").exists());
    }

    #[test]
    fn foreign_file_is_treated_as_absent() {
        let (_tmp, cache) = cache();
        cache.prepare().expect("prepare");
        fs::write(cache.path_for("k"), b"garbage").expect("write");
        assert_eq!(cache.get("k").expect("get"), None);
    }

    #[test]
    fn expire_extends_a_live_entry_and_ignores_a_missing_one() {
        let (_tmp, cache) = cache();
        cache
            .set("k", b"v", Some(Duration::from_millis(500)))
            .expect("set");
        assert!(cache.expire("k", None).expect("expire"));
        cache.clock.advance(Duration::from_millis(700));
        assert_eq!(cache.get("k").expect("get"), Some(b"v".to_vec()));
        assert!(!cache.expire("missing", None).expect("expire"));
    }

    #[test]
    fn removing_an_expired_entry_spares_a_fresh_value_written_meanwhile() {
        let (_tmp, cache) = cache();
        cache.set("k", b"old", Some(Duration::ZERO)).expect("set");
        let stale = File::open(cache.path_for("k")).expect("open");
        cache.set("k", b"new", None).expect("set");
        cache
            .remove_if_same(&cache.path_for("k"), &stale)
            .expect("remove");
        assert_eq!(cache.get("k").expect("get"), Some(b"new".to_vec()));
    }

    #[test]
    fn sweep_removes_expired_entries_and_stale_temp_files() {
        let (_tmp, cache) = cache();
        cache.set("gone", b"v", Some(Duration::ZERO)).expect("set");
        cache.set("kept", b"v", None).expect("set");
        let tmp = cache.dir().join(format!("{TMP_PREFIX}dead"));
        let file = File::create(&tmp).expect("tmp");
        file.set_modified(SystemTime::now() - 2 * SWEEP_EVERY)
            .expect("age it");
        let _ = fs::remove_file(cache.dir().join(SWEEP_MARKER));
        cache.sweep_if_due().expect("sweep");
        assert!(!cache.path_for("gone").exists());
        assert!(cache.path_for("kept").exists());
        assert!(!tmp.exists());
    }

    #[test]
    fn lock_is_released_when_the_holding_process_dies() {
        let (_tmp, cache) = cache();
        cache.prepare().expect("prepare");
        let path = cache.lock_path("sync");
        // flock(1) takes the same kind of lock (flock(2)) that std's File::try_lock takes;
        // `-o` keeps it in the flock process itself rather than in its `sleep` child.
        let mut holder = std::process::Command::new("flock")
            .arg("-o")
            .arg(&path)
            .args(["sleep", "30"])
            // The orphaned `sleep` must not hold the test's output pipes open (nextest: leaky).
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("flock(1) from util-linux is installed");
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        while cache.try_lock("sync").expect("try_lock").is_some() {
            assert!(
                std::time::Instant::now() < deadline,
                "child never took the lock"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        holder.kill().expect("kill");
        holder.wait().expect("wait");
        // flock(1)'s forked child may still be about to close its copy of the descriptor.
        let deadline = std::time::Instant::now() + Duration::from_secs(2);
        while cache.try_lock("sync").expect("try_lock").is_none() {
            assert!(
                std::time::Instant::now() < deadline,
                "lock still held after its holder died"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}
