//! A mail receiver for tests: a real SMTP server on 127.0.0.1 speaking enough ESMTP for a client
//! to hand a message over — EHLO, STARTTLS, AUTH PLAIN/LOGIN, MAIL, RCPT, DATA, QUIT — and keeping
//! each message with its envelope, whether it came over TLS, and the credentials given.
//!
//! `start()` is plain text; `start_tls(Tls::Starttls)` offers STARTTLS (and AUTH only after it, as
//! real submission servers do); `start_tls(Tls::Implicit)` is TLS from the first byte (smtps).
//! The certificate is `testdata/tls/server.pem` (localhost, 127.0.0.1), signed by
//! `testdata/tls/ca.pem`. `reject_data` makes it answer DATA's end with a permanent 554.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

#[derive(Debug, Clone, Default)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    pub data: Vec<u8>,
    /// The session was encrypted when the message was handed over.
    pub tls: bool,
    /// `(user, password)` from AUTH, if the client authenticated.
    pub auth: Option<(String, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tls {
    /// Plain text only.
    None,
    /// Clear text until STARTTLS; AUTH only after it.
    Starttls,
    /// TLS from the first byte (smtps).
    Implicit,
}

pub struct SmtpReceiver {
    pub port: u16,
    pub mails: Arc<Mutex<Vec<Received>>>,
    pub reject_data: Arc<Mutex<bool>>,
    /// Sessions that ended before a message was handed over (e.g. a refused handshake).
    pub aborted: Arc<Mutex<usize>>,
}

/// The CA the test server's certificate chains to (for `SMTP_CA_FILE`).
pub fn ca_file() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/tls/ca.pem")
}

fn server_config() -> Arc<rustls::ServerConfig> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/tls");
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(dir.join("server.pem"))
        .expect("the test certificate")
        .collect::<Result<_, _>>()
        .expect("PEM certificates");
    let key = PrivateKeyDer::from_pem_file(dir.join("server.key")).expect("the test key");
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("TLS versions")
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .expect("a server certificate");
    Arc::new(config)
}

/// The connection as the session sees it: clear or encrypted.
trait Stream: Read + Write + Send {}
impl<T: Read + Write + Send> Stream for T {}

fn encrypted(tcp: TcpStream, config: &Arc<rustls::ServerConfig>) -> Box<dyn Stream> {
    let conn = rustls::ServerConnection::new(config.clone()).expect("a TLS session");
    Box::new(rustls::StreamOwned::new(conn, tcp))
}

fn base64_decode(s: &str) -> Vec<u8> {
    let table = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let (mut out, mut acc, mut bits) = (Vec::new(), 0u32, 0);
    for v in s.bytes().filter_map(table) {
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

struct Shared {
    mails: Arc<Mutex<Vec<Received>>>,
    reject_data: Arc<Mutex<bool>>,
    aborted: Arc<Mutex<usize>>,
}

impl SmtpReceiver {
    pub fn start() -> SmtpReceiver {
        SmtpReceiver::start_tls(Tls::None)
    }

    pub fn start_tls(mode: Tls) -> SmtpReceiver {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a port");
        let port = listener.local_addr().expect("addr").port();
        let receiver = SmtpReceiver {
            port,
            mails: Arc::new(Mutex::new(Vec::new())),
            reject_data: Arc::new(Mutex::new(false)),
            aborted: Arc::new(Mutex::new(0)),
        };
        let shared = Shared {
            mails: receiver.mails.clone(),
            reject_data: receiver.reject_data.clone(),
            aborted: receiver.aborted.clone(),
        };
        let config = server_config();
        std::thread::spawn(move || {
            for tcp in listener.incoming() {
                let Ok(tcp) = tcp else { continue };
                let handed_over = session(tcp, mode, &config, &shared);
                if !handed_over {
                    *shared.aborted.lock().expect("lock") += 1;
                }
            }
        });
        receiver
    }

    pub fn take(&self) -> Vec<Received> {
        std::mem::take(&mut *self.mails.lock().expect("lock"))
    }

    pub fn aborted(&self) -> usize {
        *self.aborted.lock().expect("lock")
    }
}

/// One SMTP session; whether a message was handed over.
fn session(tcp: TcpStream, mode: Tls, config: &Arc<rustls::ServerConfig>, shared: &Shared) -> bool {
    let mut tls = mode == Tls::Implicit;
    let stream: Box<dyn Stream> = if tls {
        encrypted(tcp.try_clone().expect("clone"), config)
    } else {
        Box::new(tcp.try_clone().expect("clone"))
    };
    let mut io = BufReader::new(stream);
    // With implicit TLS the greeting is the first thing written: it drives the handshake, and a
    // client that refuses the certificate ends the session here.
    if io.get_mut().write_all(b"220 test ESMTP ready\r\n").is_err() || io.get_mut().flush().is_err()
    {
        return false;
    }
    let mut handed_over = false;
    let mut mail = Received::default();
    let mut line = String::new();
    loop {
        line.clear();
        match io.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
        let upper = line.to_ascii_uppercase();
        let reply: Vec<u8> = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
            let mut r = b"250-test\r\n250-8BITMIME\r\n".to_vec();
            if mode == Tls::Starttls && !tls {
                r.extend_from_slice(b"250-STARTTLS\r\n");
            }
            if tls {
                r.extend_from_slice(b"250-AUTH PLAIN LOGIN\r\n");
            }
            r.extend_from_slice(b"250 SMTPUTF8\r\n");
            r
        } else if upper.starts_with("STARTTLS") && mode == Tls::Starttls && !tls {
            let _ = io.get_mut().write_all(b"220 2.0.0 ready to start TLS\r\n");
            // The client says nothing more in clear: nothing is buffered.
            assert!(io.buffer().is_empty(), "a command pipelined after STARTTLS");
            io = BufReader::new(encrypted(tcp.try_clone().expect("clone"), config));
            tls = true;
            continue;
        } else if upper.starts_with("AUTH PLAIN") && tls {
            let fields = base64_decode(line[10..].trim());
            let parts: Vec<String> = fields
                .split(|b| *b == 0)
                .map(|p| String::from_utf8_lossy(p).into_owned())
                .collect();
            if parts.len() == 3 {
                mail.auth = Some((parts[1].clone(), parts[2].clone()));
            }
            b"235 2.7.0 accepted\r\n".to_vec()
        } else if upper.starts_with("AUTH LOGIN") && tls {
            let mut answer = |prompt: &[u8]| {
                let _ = io.get_mut().write_all(prompt);
                let _ = io.get_mut().flush();
                let mut l = String::new();
                let _ = io.read_line(&mut l);
                String::from_utf8_lossy(&base64_decode(l.trim())).into_owned()
            };
            let user = answer(b"334 VXNlcm5hbWU6\r\n");
            let password = answer(b"334 UGFzc3dvcmQ6\r\n");
            mail.auth = Some((user, password));
            b"235 2.7.0 accepted\r\n".to_vec()
        } else if upper.starts_with("AUTH") {
            b"503 5.5.1 AUTH only over TLS\r\n".to_vec()
        } else if upper.starts_with("MAIL FROM:") {
            mail.from = line[10..].trim().to_string();
            b"250 OK\r\n".to_vec()
        } else if upper.starts_with("RCPT TO:") {
            mail.to.push(line[8..].trim().to_string());
            b"250 OK\r\n".to_vec()
        } else if upper.starts_with("DATA") {
            let _ = io.get_mut().write_all(b"354 go ahead\r\n");
            let _ = io.get_mut().flush();
            let mut data = Vec::new();
            loop {
                let mut l = Vec::new();
                if io.read_until(b'\n', &mut l).unwrap_or(0) == 0 || l == b".\r\n" {
                    break;
                }
                // Dot-stuffing: a leading ".." is one ".".
                if l.starts_with(b"..") {
                    l.remove(0);
                }
                data.extend_from_slice(&l);
            }
            if *shared.reject_data.lock().expect("lock") {
                b"554 5.7.1 rejected by policy\r\n".to_vec()
            } else {
                mail.data = data;
                mail.tls = tls;
                let auth = mail.auth.clone();
                shared
                    .mails
                    .lock()
                    .expect("lock")
                    .push(std::mem::take(&mut mail));
                mail.auth = auth;
                handed_over = true;
                b"250 queued\r\n".to_vec()
            }
        } else if upper.starts_with("QUIT") {
            let _ = io.get_mut().write_all(b"221 bye\r\n");
            let _ = io.get_mut().flush();
            break;
        } else if upper.starts_with("RSET") || upper.starts_with("NOOP") {
            b"250 OK\r\n".to_vec()
        } else {
            b"502 not implemented\r\n".to_vec()
        };
        if io.get_mut().write_all(&reply).is_err() || io.get_mut().flush().is_err() {
            break;
        }
    }
    handed_over
}
