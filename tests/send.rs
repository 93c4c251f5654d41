//! `jirahub notify` and `jirahub send slack` against a real HTTP receiver started here, standing
//! in for Slack's incoming webhook: it answers as scripted (429 / 5xx with `Retry-After`, 404)
//! and keeps every body, which is checked against Slack's documented Block Kit limits.

mod common;
#[path = "common/sim.rs"]
mod sim;
#[path = "common/webhook.rs"]
mod webhook;

use common::{TestEnv, stderr, stdout};
use jira_sim::SimConfig;
use serde_json::Value;
use sim::BackgroundSim;
use webhook::Receiver;

const NOW: &str = "2026-11-25T10:30:00Z";

/// Slack's documented limits for a message, and links only where jirahub made them.
fn check_block_kit(message: &Value) {
    let blocks = message["blocks"].as_array().expect("blocks");
    assert!(
        !blocks.is_empty() && blocks.len() <= 50,
        "{} blocks",
        blocks.len()
    );
    assert!(
        message["text"].as_str().is_some_and(|t| !t.is_empty()),
        "a fallback text"
    );
    for block in blocks {
        match block["type"].as_str().expect("a type") {
            "header" => {
                assert_eq!(block["text"]["type"], "plain_text");
                assert!(
                    block["text"]["text"]
                        .as_str()
                        .expect("text")
                        .chars()
                        .count()
                        <= 150
                );
            }
            "section" => {
                if let Some(text) = block["text"]["text"].as_str() {
                    assert!(text.chars().count() <= 3000, "section text ≤ 3000");
                    // Every `<` opens a link jirahub made to a ticket; Jira's text is escaped.
                    for link in text.split('<').skip(1) {
                        assert!(
                            link.starts_with("http://127.0.0.1"),
                            "a ticket link: {link}"
                        );
                    }
                }
                if let Some(fields) = block["fields"].as_array() {
                    assert!(fields.len() <= 10);
                    for f in fields {
                        assert!(f["text"].as_str().expect("text").chars().count() <= 2000);
                    }
                }
            }
            "divider" | "context" => {}
            other => panic!("an unexpected block type {other}"),
        }
    }
}

fn synced() -> (BackgroundSim, TestEnv) {
    let sim = BackgroundSim::start(SimConfig {
        seed: 5,
        projects: 2,
        issues: 200,
        users: 12,
        now: Some(NOW.parse().expect("a time")),
        ..SimConfig::default()
    });
    let mut env = TestEnv::connected(&sim);
    env.set("JIRAHUB_NOW", NOW).set("TZ", "UTC");
    let keys: Vec<String> = sim.handle.projects().into_iter().map(|p| p.key).collect();
    env.cmd(["projects", "select"])
        .args(&keys)
        .assert()
        .success();
    env.cmd(["sync", "-q"]).assert().success();
    (sim, env)
}

#[test]
fn a_dashboard_reaches_slack_within_its_limits_and_failures_say_so() {
    let (_sim, env) = synced();
    let hook = Receiver::start();
    let mut outputs = String::new();
    let mut keep = |a: &assert_cmd::assert::Assert| {
        outputs.push_str(&stdout(a));
        outputs.push_str(&stderr(a));
    };

    // Not set yet: says how to set it, before making the report.
    let a = env
        .cmd(["send", "slack", "--", "dashboard", "--offline"])
        .assert()
        .code(4);
    assert!(stderr(&a).contains("notify set slack"), "{}", stderr(&a));
    // Only HTTPS leaves this machine.
    env.cmd(["notify", "set", "slack", "--url-stdin"])
        .write_stdin("http://hooks.example.com/services/x\n")
        .assert()
        .code(2);
    let a = env
        .cmd(["notify", "set", "slack", "--url-stdin"])
        .write_stdin(format!("{}\n", hook.url))
        .assert()
        .success();
    keep(&a);
    let status = common::json(
        &env.cmd(["notify", "status", "-o", "json"])
            .assert()
            .success(),
    );
    assert_eq!(status["targets"][0]["target"], "slack");

    // A plain send: one request, a well-formed message with the summary and the overdue list.
    let a = env
        .cmd(["send", "slack", "--", "dashboard", "--offline"])
        .assert()
        .success();
    keep(&a);
    assert!(stderr(&a).contains("Sent to Slack"), "{}", stderr(&a));
    let sent = hook.take();
    assert_eq!(sent.len(), 1);
    check_block_kit(&sent[0]);
    let all = sent[0].to_string();
    assert!(all.contains("*Overdue*"), "{all}");
    assert!(all.contains("/browse/"), "ticket links: {all}");

    // --only-if-failed: nothing when every gate passes; the message and exit 6 when one fails.
    let a = env
        .cmd([
            "send",
            "slack",
            "--only-if-failed",
            "--",
            "dashboard",
            "--offline",
        ])
        .assert()
        .success();
    assert!(stderr(&a).contains("nothing sent"), "{}", stderr(&a));
    assert!(hook.take().is_empty());
    let a = env
        .cmd([
            "send",
            "slack",
            "--only-if-failed",
            "--",
            "dashboard",
            "--offline",
            "--max-overdue",
            "0",
        ])
        .assert()
        .code(6);
    keep(&a);
    let sent = hook.take();
    assert_eq!(sent.len(), 1);
    check_block_kit(&sent[0]);
    assert!(sent[0].to_string().contains("Gates failed"));

    // 429 and 5xx are tried again after Slack's Retry-After; the message arrives once.
    hook.answer(&[(429, Some(0)), (503, Some(0))]);
    let a = env
        .cmd(["send", "slack", "--", "dashboard", "--offline"])
        .assert()
        .success();
    keep(&a);
    assert!(stderr(&a).contains("3 tries"), "{}", stderr(&a));
    assert_eq!(hook.take().len(), 3);
    // A revoked webhook: one request, one line, exit 5.
    hook.answer(&[(404, None)]);
    let a = env
        .cmd(["send", "slack", "--", "dashboard", "--offline"])
        .assert()
        .code(5);
    keep(&a);
    let err = stderr(&a);
    assert!(err.contains("404") && err.contains("no_service"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert_eq!(hook.take().len(), 1, "a 404 is not tried again");
    // Slack down throughout: four tries, then exit 5.
    hook.answer(&[(503, Some(0)); 4]);
    let a = env
        .cmd(["send", "slack", "--", "dashboard", "--offline"])
        .assert()
        .code(5);
    keep(&a);
    assert!(stderr(&a).contains("after 4 tries"), "{}", stderr(&a));
    assert_eq!(hook.take().len(), 4);

    // --dry-run prints the message and sends nothing; only dashboards are sent.
    let a = env
        .cmd(["send", "slack", "--dry-run", "--", "dashboard", "--offline"])
        .assert()
        .success();
    let printed: Value = serde_json::from_str(&stdout(&a)).expect("the message as JSON");
    check_block_kit(&printed);
    assert!(hook.take().is_empty());
    env.cmd(["send", "slack", "--", "whoami"]).assert().code(2);

    // The webhook never shows: not in any output, not in the database file.
    assert!(!outputs.contains("s3cr3t"), "the webhook leaked: {outputs}");
    let db = std::fs::read(env.data_dir().join("jirahub.db")).expect("the store");
    assert!(
        !db.windows(6).any(|w| w == b"s3cr3t"),
        "the webhook is stored sealed"
    );
    env.cmd(["notify", "remove", "slack"]).assert().success();
    env.cmd(["notify", "remove", "slack"]).assert().code(4);
}

#[path = "common/smtp.rs"]
mod smtp;

/// The MIME structure of a mail with `--csv`: text first, then HTML, the CSV beside them.
const WITH_CSV: [&str; 5] = [
    "multipart/mixed",
    "multipart/alternative",
    "text/plain",
    "text/html",
    "text/csv",
];

/// The parts of a parsed mail, depth first: (content type, body text, attachment file name).
fn parts(mail: &mailparse::ParsedMail<'_>, out: &mut Vec<(String, String, Option<String>)>) {
    if mail.subparts.is_empty() {
        let name = mail
            .get_content_disposition()
            .params
            .get("filename")
            .cloned();
        out.push((
            mail.ctype.mimetype.clone(),
            mail.get_body().expect("a body"),
            name,
        ));
    } else {
        out.push((mail.ctype.mimetype.clone(), String::new(), None));
        for p in &mail.subparts {
            parts(p, out);
        }
    }
}

#[test]
fn a_dashboard_is_mailed_as_html_with_a_text_alternative_and_the_csv_on_request() {
    let (sim, mut env) = synced();
    let receiver = smtp::SmtpReceiver::start();
    env.set("SMTP_URL", &format!("smtp://127.0.0.1:{}", receiver.port))
        .set("SMTP_FROM", "jirahub <jirahub@example.com>");

    let a = env
        .cmd([
            "send",
            "email",
            "--to",
            "lead@example.com",
            "Ada <ada@example.com>",
            "--csv",
            "--",
            "dashboard",
            "--offline",
        ])
        .assert()
        .success();
    assert!(
        stderr(&a).contains("Mailed to 2 recipient(s) with tickets.csv"),
        "{}",
        stderr(&a)
    );
    let mails = receiver.take();
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert_eq!(mail.to.len(), 2, "{:?}", mail.to);
    let parsed = mailparse::parse_mail(&mail.data).expect("a MIME message");
    let subject = parsed
        .headers
        .iter()
        .find(|h| h.get_key() == "Subject")
        .map(|h| h.get_value())
        .expect("a subject");
    assert!(subject.starts_with("Jira workload: "), "{subject}");
    let mut found = Vec::new();
    parts(&parsed, &mut found);
    let types: Vec<&str> = found.iter().map(|(t, _, _)| t.as_str()).collect();
    assert_eq!(
        types, WITH_CSV,
        "text first, then HTML, the CSV beside them"
    );
    let text = &found[2].1;
    assert!(
        text.contains("Summary") && text.contains("Overdue"),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'), "no colour codes in mail");
    let html = &found[3].1;
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<h3>Workload</h3>"));
    assert!(!html.contains("<script"), "Jira's text is escaped");
    let (_, csv, name) = &found[4];
    assert_eq!(name.as_deref(), Some("tickets.csv"));
    let rows = csv::Reader::from_reader(csv.as_bytes()).records().count();
    assert_eq!(
        rows,
        sim.handle.issues().len(),
        "every ticket, not the first 25"
    );

    // --only-if-failed, a gate that fails, a rejected mail, and the refusals.
    env.cmd([
        "send",
        "email",
        "--to",
        "lead@example.com",
        "--only-if-failed",
        "--",
        "dashboard",
        "--offline",
    ])
    .assert()
    .success();
    assert!(receiver.take().is_empty());
    env.cmd([
        "send",
        "email",
        "--to",
        "lead@example.com",
        "--only-if-failed",
        "--",
        "dashboard",
        "--offline",
        "--max-overdue",
        "0",
    ])
    .assert()
    .code(6);
    let gated = receiver.take();
    assert_eq!(gated.len(), 1);
    assert!(String::from_utf8_lossy(&gated[0].data).contains("max-overdue"));
    *receiver.reject_data.lock().expect("lock") = true;
    let a = env
        .cmd([
            "send",
            "email",
            "--to",
            "lead@example.com",
            "--",
            "dashboard",
            "--offline",
        ])
        .assert()
        .code(5);
    assert!(stderr(&a).contains("554"), "{}", stderr(&a));
    assert_eq!(stderr(&a).trim().lines().count(), 1, "{}", stderr(&a));
    *receiver.reject_data.lock().expect("lock") = false;
    for (url, args, says) in [
        (
            "smtp://mail.example.com:25",
            vec!["--to", "lead@example.com"],
            "in clear",
        ),
        (
            "smtp://127.0.0.1:1",
            vec!["--to", "not an address"],
            "not an email address",
        ),
    ] {
        env.set("SMTP_URL", url);
        let out = env
            .cmd(["send", "email"])
            .args(&args)
            .args(["--", "dashboard", "--offline"])
            .assert()
            .code(2);
        assert!(stderr(&out).contains(says), "{url}: {}", stderr(&out));
    }
    // Asked for TLS, a server without it gets nothing in clear: implicit TLS fails its
    // handshake, STARTTLS is not offered — exit 5 both ways, no mail.
    for url in [
        format!("smtps://127.0.0.1:{}", receiver.port),
        format!("smtp://127.0.0.1:{}?tls=required", receiver.port),
    ] {
        env.set("SMTP_URL", &url);
        let out = env
            .cmd([
                "send",
                "email",
                "--to",
                "lead@example.com",
                "--",
                "dashboard",
                "--offline",
            ])
            .assert()
            .code(5);
        assert_eq!(
            stderr(&out).trim().lines().count(),
            1,
            "{url}: {}",
            stderr(&out)
        );
    }
    env.set("SMTP_URL", &format!("smtp://127.0.0.1:{}", receiver.port));
    assert!(receiver.take().is_empty(), "nothing half-sent");
    // --dry-run prints the message as it would be sent.
    let a = env
        .cmd([
            "send",
            "email",
            "--to",
            "lead@example.com",
            "--dry-run",
            "--",
            "dashboard",
            "--offline",
        ])
        .assert()
        .success();
    let printed = stdout(&a);
    assert!(printed.contains("multipart/alternative"), "{printed}");
    assert!(receiver.take().is_empty());
}

/// `send email --to lead@example.com --csv -- dashboard DASHBOARD_ARGS…`
fn mail_with_csv(env: &TestEnv, dashboard_args: &[&str]) -> assert_cmd::assert::Assert {
    env.cmd([
        "send",
        "email",
        "--to",
        "lead@example.com",
        "--csv",
        "--",
        "dashboard",
    ])
    .args(dashboard_args)
    .assert()
}

#[test]
fn mail_goes_over_starttls_and_implicit_tls_and_the_password_only_encrypted() {
    let (_sim, mut env) = synced();
    env.set("SMTP_FROM", "jirahub@example.com")
        .set("SMTP_PASSWORD", "mail secret");
    let send = |env: &TestEnv| mail_with_csv(env, &["--offline"]);
    let ca = smtp::ca_file();
    for (mode, url) in [
        (
            smtp::Tls::Starttls,
            "smtp://bot@127.0.0.1:{port}?tls=required",
        ),
        (smtp::Tls::Implicit, "smtps://bot@127.0.0.1:{port}"),
    ] {
        let receiver = smtp::SmtpReceiver::start_tls(mode);
        let url = url.replace("{port}", &receiver.port.to_string());
        env.set("SMTP_URL", &url);

        // The test server's CA is no public root: refused, one line, exit 5, nothing sent.
        env.set("SMTP_CA_FILE", "");
        let out = send(&env).code(5);
        let err = stderr(&out);
        assert_eq!(err.trim().lines().count(), 1, "{mode:?}: {err}");
        assert!(
            err.contains("TLS certificate is not trusted"),
            "{mode:?}: {err}"
        );
        assert!(err.contains("SMTP_CA_FILE"), "{mode:?}: the way out: {err}");
        assert!(!err.contains("mail secret"), "{err}");
        assert!(receiver.take().is_empty(), "{mode:?}: nothing sent");
        assert!(
            receiver.aborted() >= 1,
            "{mode:?}: the handshake was refused"
        );

        // Trusting that CA: the mail arrives encrypted, authenticated, whole.
        env.set("SMTP_CA_FILE", ca.to_str().expect("a UTF-8 path"));
        let out = send(&env).success();
        assert!(
            stderr(&out).contains("Mailed to 1 recipient(s)"),
            "{}",
            stderr(&out)
        );
        let mails = receiver.take();
        assert_eq!(mails.len(), 1, "{mode:?}");
        let mail = &mails[0];
        assert!(mail.tls, "{mode:?}: the message came over TLS");
        assert_eq!(
            mail.auth,
            Some(("bot".to_string(), "mail secret".to_string())),
            "{mode:?}: AUTH after TLS"
        );
        let parsed = mailparse::parse_mail(&mail.data).expect("a MIME message");
        let mut found = Vec::new();
        parts(&parsed, &mut found);
        let types: Vec<&str> = found.iter().map(|(t, _, _)| t.as_str()).collect();
        assert_eq!(types, WITH_CSV, "{mode:?}");
    }

    // A CA file that cannot be read or holds no certificate is a usage error before any mail.
    let dir = tempfile::tempdir().expect("a directory");
    let not_pem = dir.path().join("ca.txt");
    std::fs::write(&not_pem, "not a certificate").expect("write");
    env.set("SMTP_URL", "smtps://bot@127.0.0.1:1");
    for (file, says) in [
        (dir.path().join("missing.pem"), "cannot read SMTP_CA_FILE"),
        (not_pem, "holds no PEM certificate"),
    ] {
        env.set("SMTP_CA_FILE", file.to_str().expect("a UTF-8 path"));
        let out = send(&env).code(2);
        assert!(stderr(&out).contains(says), "{}", stderr(&out));
    }
}

#[test]
fn a_mail_with_the_csv_syncs_once_and_warns_once() {
    let (sim, mut env) = synced();
    let receiver = smtp::SmtpReceiver::start();
    env.set("SMTP_URL", &format!("smtp://127.0.0.1:{}", receiver.port))
        .set("SMTP_FROM", "jirahub@example.com");
    // What one `dashboard --refresh` asks of Jira.
    sim.handle.reset_stats();
    env.cmd(["dashboard", "--refresh", "-o", "json"])
        .assert()
        .success();
    let one_sync = sim.handle.stats().total;
    assert!(one_sync > 0);
    sim.handle.reset_stats();
    let out = mail_with_csv(&env, &["--refresh", "--status", "In Progres"]).success();
    assert_eq!(
        sim.handle.stats().total,
        one_sync,
        "the CSV comes from the snapshot the dashboard synced"
    );
    let warnings = stderr(&out).matches("--status 'In Progres'").count();
    assert_eq!(warnings, 1, "{}", stderr(&out));
    assert_eq!(receiver.take().len(), 1);
}
