//! A `redis-server` of the test's own (must be on PATH), so a test can fill, freeze or kill it
//! without disturbing the shared Redis other tests use.
#![allow(dead_code)]

use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct ThrowawayRedis {
    child: Child,
    pub url: String,
    port: u16,
}

impl ThrowawayRedis {
    pub fn start() -> Self {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free local port")
            .port();
        let child = Command::new("redis-server")
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server must be on PATH for this test");
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "throwaway redis-server did not start"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        ThrowawayRedis {
            child,
            url: format!("redis://127.0.0.1:{port}/"),
            port,
        }
    }

    fn connection(&self) -> redis::Connection {
        redis::Client::open(self.url.as_str())
            .expect("redis URL")
            .get_connection_with_timeout(Duration::from_secs(2))
            .expect("the throwaway Redis answers")
    }

    /// Makes Redis refuse every write that needs memory (`OOM command not allowed`), as a full
    /// Redis with `maxmemory-policy noeviction` does. Reads and `DEL` still work.
    pub fn fill_up(&self) {
        let mut conn = self.connection();
        let _: () = redis::cmd("CONFIG")
            .arg("SET")
            .arg("maxmemory-policy")
            .arg("noeviction")
            .query(&mut conn)
            .expect("CONFIG SET maxmemory-policy");
        // 1 byte: whatever is stored already is over the limit.
        let _: () = redis::cmd("CONFIG")
            .arg("SET")
            .arg("maxmemory")
            .arg("1")
            .query(&mut conn)
            .expect("CONFIG SET maxmemory");
    }

    pub fn keys(&self, pattern: &str) -> Vec<String> {
        redis::cmd("KEYS")
            .arg(pattern)
            .query(&mut self.connection())
            .expect("KEYS")
    }

    /// SIGSTOP: the server keeps its socket (connections are accepted by the kernel) but
    /// answers nothing, like a Redis stuck in a long command or a frozen VM.
    pub fn freeze(&self) {
        self.signal("STOP");
    }

    pub fn thaw(&self) {
        self.signal("CONT");
    }

    fn signal(&self, name: &str) {
        let ok = Command::new("kill")
            .args([&format!("-{name}"), &self.child.id().to_string()])
            .status()
            .expect("kill(1)")
            .success();
        assert!(ok, "could not send SIG{name} to redis-server");
    }

    pub fn kill(&mut self) {
        self.thaw_quietly();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    fn thaw_quietly(&self) {
        let _ = Command::new("kill")
            .args(["-CONT", &self.child.id().to_string()])
            .status();
    }

    pub fn port(&self) -> u16 {
        self.port
    }
}

impl Drop for ThrowawayRedis {
    fn drop(&mut self) {
        self.kill();
    }
}
