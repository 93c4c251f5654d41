//! The Redis backend: a thin layer of commands over one `ConnectionManager`.
//!
//! Every method returns the raw `RedisError` so `Cache` can decide to fall back.

use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::{RedisResult, Value};

/// Short: when Redis is down the user should get their report from the embedded cache quickly.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(1);
/// Long enough for a multi-megabyte snapshot chunk over a slow link.
const RESPONSE_TIMEOUT: Duration = Duration::from_secs(5);
/// MGET this many keys at once, so one response never holds a whole large snapshot.
const MGET_BATCH: usize = 16;

/// Deletes the lock key only if it still holds our token (it may have expired and been retaken).
const UNLOCK_SCRIPT: &str = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
/// Extends the lock only if it still holds our token.
const EXTEND_SCRIPT: &str = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

#[derive(Clone)]
pub(crate) struct RedisCache {
    conn: ConnectionManager,
}

impl RedisCache {
    /// Connects now (not lazily), so an unreachable server is detected at open.
    pub(crate) async fn connect(client: redis::Client) -> RedisResult<Self> {
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(CONNECT_TIMEOUT))
            .set_response_timeout(Some(RESPONSE_TIMEOUT))
            .set_number_of_retries(1)
            .set_min_delay(Duration::from_millis(50));
        let mut conn = ConnectionManager::new_with_config(client, config).await?;
        // The handshake alone does not prove the server answers commands (e.g. it is loading).
        redis::cmd("PING").query_async::<()>(&mut conn).await?;
        Ok(RedisCache { conn })
    }

    pub(crate) async fn get(&self, key: &str) -> RedisResult<Option<Vec<u8>>> {
        redis::cmd("GET")
            .arg(key)
            .query_async(&mut self.conn.clone())
            .await
    }

    pub(crate) async fn get_many(&self, keys: &[String]) -> RedisResult<Vec<Option<Vec<u8>>>> {
        let mut out = Vec::with_capacity(keys.len());
        for batch in keys.chunks(MGET_BATCH) {
            let values: Vec<Option<Vec<u8>>> = redis::cmd("MGET")
                .arg(batch)
                .query_async(&mut self.conn.clone())
                .await?;
            out.extend(values);
        }
        Ok(out)
    }

    pub(crate) async fn set(
        &self,
        key: &str,
        value: &[u8],
        ttl: Option<Duration>,
    ) -> RedisResult<()> {
        let mut cmd = redis::cmd("SET");
        cmd.arg(key).arg(value);
        if let Some(ttl) = ttl {
            cmd.arg("PX").arg(millis(ttl));
        }
        cmd.query_async(&mut self.conn.clone()).await
    }

    pub(crate) async fn delete(&self, key: &str) -> RedisResult<bool> {
        let removed: i64 = redis::cmd("DEL")
            .arg(key)
            .query_async(&mut self.conn.clone())
            .await?;
        Ok(removed > 0)
    }

    /// New expiry for an existing key; false when the key does not exist.
    pub(crate) async fn expire(&self, key: &str, ttl: Option<Duration>) -> RedisResult<bool> {
        let mut conn = self.conn.clone();
        match ttl {
            Some(ttl) => {
                let set: i64 = redis::cmd("PEXPIRE")
                    .arg(key)
                    .arg(millis(ttl))
                    .query_async(&mut conn)
                    .await?;
                Ok(set == 1)
            }
            None => {
                // PERSIST answers 0 both for "no such key" and "had no expiry": ask EXISTS too.
                let (_, exists): (i64, i64) = redis::pipe()
                    .cmd("PERSIST")
                    .arg(key)
                    .cmd("EXISTS")
                    .arg(key)
                    .query_async(&mut conn)
                    .await?;
                Ok(exists == 1)
            }
        }
    }

    /// SET NX PX: true when we now hold the lock.
    pub(crate) async fn try_lock(
        &self,
        key: &str,
        token: &str,
        ttl: Duration,
    ) -> RedisResult<bool> {
        let reply: Value = redis::cmd("SET")
            .arg(key)
            .arg(token)
            .arg("NX")
            .arg("PX")
            .arg(millis(ttl))
            .query_async(&mut self.conn.clone())
            .await?;
        Ok(!matches!(reply, Value::Nil))
    }

    pub(crate) async fn unlock(&self, key: &str, token: &str) -> RedisResult<bool> {
        let removed: i64 = redis::cmd("EVAL")
            .arg(UNLOCK_SCRIPT)
            .arg(1)
            .arg(key)
            .arg(token)
            .query_async(&mut self.conn.clone())
            .await?;
        Ok(removed == 1)
    }

    pub(crate) async fn extend_lock(
        &self,
        key: &str,
        token: &str,
        ttl: Duration,
    ) -> RedisResult<bool> {
        let extended: i64 = redis::cmd("EVAL")
            .arg(EXTEND_SCRIPT)
            .arg(1)
            .arg(key)
            .arg(token)
            .arg(millis(ttl))
            .query_async(&mut self.conn.clone())
            .await?;
        Ok(extended == 1)
    }
}

/// Redis rejects `SET … PX 0`; 1 ms means "expires at once" for every command.
fn millis(ttl: Duration) -> u64 {
    u64::try_from(ttl.as_millis()).unwrap_or(u64::MAX).max(1)
}
