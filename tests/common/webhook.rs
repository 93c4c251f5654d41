//! A stand-in for Slack's incoming webhook: a real HTTP receiver on 127.0.0.1 that answers as
//! scripted and keeps every body it was sent.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use serde_json::Value;

/// The webhook's secret part: it must never show in any output or in the database file.
pub const SECRET_PATH: &str = "/services/T000/B000/s3cr3t-w3bh00k-t0k3n";

/// The receiver's next answers: `(status, Retry-After seconds)`.
type Script = Arc<Mutex<Vec<(u16, Option<u64>)>>>;

/// A webhook receiver on 127.0.0.1: answers each request with the next scripted
/// `(status, retry_after)` (then 200s), and records the bodies.
pub struct Receiver {
    pub url: String,
    bodies: Arc<Mutex<Vec<Value>>>,
    script: Script,
}

impl Receiver {
    pub fn start() -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a port");
        let url = format!(
            "http://{}{SECRET_PATH}",
            listener.local_addr().expect("addr")
        );
        let bodies = Arc::new(Mutex::new(Vec::new()));
        let script: Script = Arc::new(Mutex::new(Vec::new()));
        let (b, s) = (bodies.clone(), script.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().expect("clone"));
                let mut length = 0usize;
                let mut line = String::new();
                loop {
                    line.clear();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        break;
                    }
                    if line == "\r\n" {
                        break;
                    }
                    if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                        length = v.trim().parse().unwrap_or(0);
                    }
                }
                let mut body = vec![0; length];
                if reader.read_exact(&mut body).is_err() {
                    continue;
                }
                b.lock()
                    .expect("lock")
                    .push(serde_json::from_slice(&body).unwrap_or(Value::Null));
                let (status, retry) = {
                    let mut script = s.lock().expect("lock");
                    if script.is_empty() {
                        (200, None)
                    } else {
                        script.remove(0)
                    }
                };
                let text = match status {
                    200 => "ok",
                    404 => "no_service",
                    429 => "rate_limited",
                    _ => "server_error",
                };
                let retry = retry.map_or(String::new(), |r| format!("Retry-After: {r}\r\n"));
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status} X\r\nContent-Length: {}\r\n{retry}Connection: close\r\n\r\n{text}",
                    text.len()
                );
            }
        });
        Receiver {
            url,
            bodies,
            script,
        }
    }

    pub fn answer(&self, script: &[(u16, Option<u64>)]) {
        *self.script.lock().expect("lock") = script.to_vec();
    }

    pub fn take(&self) -> Vec<Value> {
        std::mem::take(&mut *self.bodies.lock().expect("lock"))
    }
}
