//! The Jira token stays secret through every command a user runs: never in stdout, never in
//! stderr even with `-vvv` (trace logs of the HTTP stack included), never in a file under HOME,
//! and in the store only sealed — on SQLite and on PostgreSQL, for Cloud and Data Center.

mod common;
#[path = "common/sim.rs"]
mod sim;

use base64::Engine as _;
use common::{TestEnv, stderr, stdout};
use jira_sim::{Flavor, SimConfig};
use sim::BackgroundSim;
use std::path::Path;

const EMAIL: &str = "lead@example.com";
const PASSWORD: &str = "correct horse battery";

/// Every form in which a token could leak: as is, inside a Basic header, base64 on its own.
fn secret_forms(email: Option<&str>, token: &str) -> Vec<Vec<u8>> {
    let b64 = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);
    let mut forms = vec![token.as_bytes().to_vec(), b64(token).into_bytes()];
    if let Some(email) = email {
        forms.push(b64(&format!("{email}:{token}")).into_bytes());
    }
    forms
}

fn leaks(haystack: &[u8], secrets: &[Vec<u8>]) -> bool {
    secrets
        .iter()
        .any(|s| haystack.windows(s.len()).any(|w| w == s.as_slice()))
}

/// Runs a command that must succeed, checks both of its streams, and returns stderr.
fn run_clean(env: &TestEnv, args: &[&str], stdin: Option<&str>, secrets: &[Vec<u8>]) -> String {
    let mut cmd = env.cmd(args);
    if let Some(input) = stdin {
        cmd.write_stdin(input);
    }
    let a = cmd.assert().success();
    let out = a.get_output();
    assert!(
        !leaks(&out.stdout, secrets),
        "token on stdout of {args:?}: {}",
        stdout(&a)
    );
    assert!(!leaks(&out.stderr, secrets), "token on stderr of {args:?}");
    stderr(&a)
}

/// Every file below `dir` (hidden ones, the database, its journal, the cache, the key file).
fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).expect("readable dir") {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                todo.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out
}

fn assert_no_file_holds_the_token(env: &TestEnv, secrets: &[Vec<u8>]) {
    let files = files_under(env.home());
    // The session file, the key file and the cache must all have been looked at.
    for expected in ["session", "encryption.key"] {
        assert!(
            files.iter().any(|f| f.ends_with(expected)),
            "{expected} missing from {files:?}"
        );
    }
    assert!(
        files
            .iter()
            .any(|f| f.starts_with(env.home().join(".cache/jirahub"))),
        "no cache files in {files:?}"
    );
    for f in &files {
        let bytes = std::fs::read(f).expect("readable file");
        assert!(!leaks(&bytes, secrets), "token in clear in {}", f.display());
    }
}

/// connect, select, sync, dashboard and ticket, all at trace level, none showing the token.
fn full_session(env: &TestEnv, sim: &BackgroundSim, connect: &[&str], stdin: Option<&str>) {
    let secrets = match sim.handle.flavor() {
        Flavor::Cloud => secret_forms(Some(sim.handle.email()), sim.handle.api_token()),
        Flavor::DataCenter => secret_forms(None, sim.handle.pat()),
    };
    // A rejected token is not echoed either.
    let wrong = "wrong-token-0123456789abcdef";
    let mut bad: Vec<&str> = connect.to_vec();
    bad.retain(|a| *a != "--token-stdin");
    let a = env
        .cmd([&["-vvv"][..], &bad, &["--token-stdin"]].concat())
        .write_stdin(format!("{wrong}\n"))
        .assert()
        .code(3);
    assert!(!stderr(&a).contains(wrong) && !stdout(&a).contains(wrong));

    run_clean(env, &[&["-vvv"][..], connect].concat(), stdin, &secrets);
    let key = sim.handle.issues()[0].key.clone();
    let project = sim.handle.issues()[0].project_key.clone();
    for args in [
        vec!["-vvv", "connect", "--status"],
        vec!["-vvv", "connect", "--status", "-o", "json"],
        vec!["-vvv", "projects", "discover"],
        vec!["-vvv", "projects", "select", &project],
        vec!["-vvv", "sync", "-o", "json"],
        vec!["-vvv", "sync", "--full"],
        vec!["-vvv", "dashboard", "--refresh"],
        vec!["-vvv", "dashboard", "-o", "csv", "--section", "tickets"],
        vec!["-vvv", "ticket", &key, "--refresh", "-o", "json"],
        vec!["-vvv", "ticket", &key],
        vec!["-vvv", "sync-members"],
        vec!["-vvv", "config"],
    ] {
        let err = run_clean(env, &args, None, &secrets);
        // -vvv really logged the HTTP exchanges, or this would prove nothing.
        if args.contains(&"sync") {
            assert!(
                err.contains("TRACE") && err.contains("Jira answered"),
                "{err}"
            );
        }
    }
    assert_no_file_holds_the_token(env, &secrets);
}

fn cloud_connect_args(sim: &BackgroundSim) -> Vec<String> {
    vec![
        "connect".into(),
        "--url".into(),
        sim.url(),
        "--email".into(),
        sim.handle.email().into(),
        "--token-stdin".into(),
    ]
}

#[test]
fn cloud_token_never_leaks_with_sqlite() {
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::sqlite();
    env.register_and_login(EMAIL, PASSWORD);
    let args = cloud_connect_args(&sim);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let input = format!("{}\n", sim.handle.api_token());
    full_session(&env, &sim, &args, Some(&input));
    assert!(env.data_dir().join("jirahub.db").exists());
}

#[test]
fn data_center_pat_from_the_environment_never_leaks_with_sqlite() {
    let sim = BackgroundSim::start(SimConfig {
        flavor: Flavor::DataCenter,
        ..SimConfig::default()
    });
    let mut env = TestEnv::sqlite();
    env.register_and_login(EMAIL, PASSWORD);
    // The PAT sits in the environment of every later command too.
    env.set("JIRA_API_TOKEN", sim.handle.pat());
    let url = sim.url();
    full_session(&env, &sim, &["connect", "--url", &url], None);
}

#[derive(diesel::QueryableByName)]
struct Sealed {
    #[diesel(sql_type = diesel::sql_types::Binary)]
    token_ciphertext: Vec<u8>,
    #[diesel(sql_type = diesel::sql_types::Binary)]
    token_nonce: Vec<u8>,
}

#[derive(diesel::QueryableByName)]
struct Name {
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
}

#[derive(diesel::QueryableByName)]
struct Row {
    #[diesel(sql_type = diesel::sql_types::Text)]
    row: String,
}

#[test]
fn cloud_token_never_leaks_with_postgres_and_is_stored_sealed() {
    use diesel::{Connection, RunQueryDsl, pg::PgConnection};
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::postgres();
    env.register_and_login(EMAIL, PASSWORD);
    let args = cloud_connect_args(&sim);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let token = sim.handle.api_token().to_string();
    full_session(&env, &sim, &args, Some(&format!("{token}\n")));
    assert!(!env.data_dir().join("jirahub.db").exists());

    let secrets = secret_forms(Some(sim.handle.email()), &token);
    let url = &env.pg.as_ref().expect("a PostgreSQL database").url;
    let mut conn = PgConnection::establish(url).expect("connect to the test database");
    let sealed: Vec<Sealed> =
        diesel::sql_query("SELECT token_ciphertext, token_nonce FROM jira_connections")
            .load(&mut conn)
            .expect("query jira_connections");
    assert_eq!(sealed.len(), 1, "one saved connection");
    let s = &sealed[0];
    assert_eq!(s.token_nonce.len(), 24, "XChaCha20 nonce");
    // Sealed: longer than the token by the tag, and not the token in any form.
    assert!(s.token_ciphertext.len() >= token.len() + 16);
    assert!(!leaks(&s.token_ciphertext, &secrets));

    // No other table or column holds it either (bytea renders as hex in a row's text form).
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    let mut text_forms = secrets.clone();
    text_forms.extend(secrets.iter().map(|s| hex(s).into_bytes()));
    let tables: Vec<Name> = diesel::sql_query(
        "SELECT table_name::text AS name FROM information_schema.tables \
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    )
    .load(&mut conn)
    .expect("list tables");
    assert!(tables.iter().any(|t| t.name == "jira_connections"));
    for t in &tables {
        let rows: Vec<Row> =
            diesel::sql_query(format!("SELECT t::text AS row FROM \"{}\" t", t.name))
                .load(&mut conn)
                .expect("dump table");
        if t.name == "jira_connections" || t.name == "users" {
            assert!(
                !rows.is_empty(),
                "{} is empty: the dump proves nothing",
                t.name
            );
        }
        for r in &rows {
            assert!(
                !leaks(r.row.as_bytes(), &text_forms),
                "token in clear in table {}",
                t.name
            );
        }
    }
}
