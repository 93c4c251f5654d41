//! A mail receiver for tests: a real (plain) SMTP server on 127.0.0.1 speaking enough ESMTP for
//! a client to hand a message over — EHLO, MAIL, RCPT, DATA, QUIT — and keeping each message
//! with its envelope. `reject_data` makes it answer DATA's end with a permanent 554.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone, Default)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    pub data: Vec<u8>,
}

pub struct SmtpReceiver {
    pub port: u16,
    pub mails: Arc<Mutex<Vec<Received>>>,
    pub reject_data: Arc<Mutex<bool>>,
}

impl SmtpReceiver {
    pub fn start() -> SmtpReceiver {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a port");
        let port = listener.local_addr().expect("addr").port();
        let mails = Arc::new(Mutex::new(Vec::new()));
        let reject_data = Arc::new(Mutex::new(false));
        let (m, r) = (mails.clone(), reject_data.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut out) = stream else { continue };
                let mut input = BufReader::new(out.try_clone().expect("clone"));
                let _ = out.write_all(b"220 test ESMTP ready\r\n");
                let mut mail = Received::default();
                let mut line = String::new();
                loop {
                    line.clear();
                    if input.read_line(&mut line).unwrap_or(0) == 0 {
                        break;
                    }
                    let upper = line.to_ascii_uppercase();
                    let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        b"250-test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"
                    } else if upper.starts_with("MAIL FROM:") {
                        mail.from = line[10..].trim().to_string();
                        b"250 OK\r\n"
                    } else if upper.starts_with("RCPT TO:") {
                        mail.to.push(line[8..].trim().to_string());
                        b"250 OK\r\n"
                    } else if upper.starts_with("DATA") {
                        let _ = out.write_all(b"354 go ahead\r\n");
                        let mut data = Vec::new();
                        loop {
                            let mut l = Vec::new();
                            if input.read_until(b'\n', &mut l).unwrap_or(0) == 0 {
                                break;
                            }
                            if l == b".\r\n" {
                                break;
                            }
                            // Dot-stuffing: a leading ".." is one ".".
                            if l.starts_with(b"..") {
                                l.remove(0);
                            }
                            data.extend_from_slice(&l);
                        }
                        if *r.lock().expect("lock") {
                            b"554 5.7.1 rejected by policy\r\n"
                        } else {
                            mail.data = data;
                            m.lock().expect("lock").push(std::mem::take(&mut mail));
                            b"250 queued\r\n"
                        }
                    } else if upper.starts_with("QUIT") {
                        let _ = out.write_all(b"221 bye\r\n");
                        break;
                    } else if upper.starts_with("RSET") || upper.starts_with("NOOP") {
                        b"250 OK\r\n"
                    } else {
                        b"502 not implemented\r\n"
                    };
                    let _ = out.write_all(reply);
                }
            }
        });
        SmtpReceiver {
            port,
            mails,
            reject_data,
        }
    }

    pub fn take(&self) -> Vec<Received> {
        std::mem::take(&mut *self.mails.lock().expect("lock"))
    }
}
