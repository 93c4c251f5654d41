//! The scripts in `examples/` run as users run them: bash, jirahub on PATH, a private HOME, and
//! the simulator as Jira. Expected values come from the simulator's own data.

mod common;
#[path = "common/sim.rs"]
mod sim;
#[path = "common/smtp.rs"]
mod smtp;
#[path = "common/webhook.rs"]
mod webhook;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::prelude::*;
use chrono::{DateTime, NaiveDate, Utc};
use common::{TestEnv, stderr, stdout};
use jira_sim::{SimConfig, SimIssue};
use sim::BackgroundSim;

const NOW: &str = "2026-11-25T10:30:00Z";

fn now() -> DateTime<Utc> {
    NOW.parse().expect("NOW is RFC 3339")
}

fn today() -> NaiveDate {
    now().date_naive()
}

fn site() -> SimConfig {
    SimConfig {
        seed: 3,
        projects: 2,
        issues: 150,
        users: 20,
        now: Some(now()),
        ..SimConfig::default()
    }
}

/// Variables a developer's shell may carry that would change what the scripts or jirahub do.
const SCRUBBED: &[&str] = &[
    "DATABASE_URL",
    "SMTP_URL",
    "SMTP_FROM",
    "SMTP_PASSWORD",
    "JIRAHUB_SLACK_WEBHOOK",
    "REDIS_URL",
    "CACHE_TTL",
    "ENCRYPTION_KEY",
    "LOG_LEVEL",
    "JIRAHUB_SESSION",
    "JIRAHUB_PASSWORD",
    "JIRAHUB_EMAIL",
    "JIRAHUB_FORMAT",
    "JIRAHUB_CONFIG",
    "JIRAHUB_PROJECTS",
    "JIRA_URL",
    "JIRA_EMAIL",
    "JIRA_API_TOKEN",
    "MAX_OVERDUE",
    "KEEP_DAYS",
    "NO_COLOR",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_STATE_HOME",
    "XDG_CACHE_HOME",
];

fn example(name: &str) -> PathBuf {
    common::repo_dir().join("examples").join(name)
}

/// `bash` with the jirahub under test first on PATH, HOME (and the working directory) in
/// `home`, the clock pinned and the time zone UTC (so `date +%F` and jirahub agree).
fn bash(home: &Path) -> Command {
    let bin = Path::new(env!("CARGO_BIN_EXE_jirahub"));
    let path = format!(
        "{}:{}",
        bin.parent().expect("the binary's directory").display(),
        std::env::var("PATH").unwrap_or_else(|_| "/usr/bin:/bin".into())
    );
    let mut cmd = Command::new("bash");
    for key in SCRUBBED {
        cmd.env_remove(key);
    }
    cmd.env("HOME", home)
        .env("PATH", path)
        .env("JIRAHUB_NOW", NOW)
        .env("TZ", "UTC")
        .current_dir(home);
    cmd
}

/// A connected account that selected every project (not synced yet).
fn connected(sim: &BackgroundSim) -> TestEnv {
    let mut env = TestEnv::connected(sim);
    env.set("JIRAHUB_NOW", NOW).set("TZ", "UTC");
    env.cmd(["projects", "select"])
        .args(sim.handle.projects().iter().map(|p| p.key.clone()))
        .assert()
        .success();
    env
}

fn is_open(i: &SimIssue) -> bool {
    i.status_category != "done"
}

fn is_overdue(i: &SimIssue) -> bool {
    is_open(i) && i.due_date.is_some_and(|d| d < today())
}

fn keys(issues: &[SimIssue], pred: impl Fn(&SimIssue) -> bool) -> BTreeSet<String> {
    issues
        .iter()
        .filter(|i| pred(i))
        .map(|i| i.key.clone())
        .collect()
}

fn csv_keys(text: &str) -> BTreeSet<String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().expect("a header row").get(0),
        Some("key"),
        "{text}"
    );
    reader
        .records()
        .map(|r| r.expect("valid CSV")[0].to_string())
        .collect()
}

fn files_in(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .expect("the directory exists")
        .map(|e| {
            e.expect("a directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

// -------------------------------------------------------------------------------------------
// examples/cron-export-csv.sh

#[test]
fn cron_export_writes_todays_tickets_csv_syncing_when_stale() {
    let sim = BackgroundSim::start(site());
    let env = connected(&sim);
    let dir = env.home().join("reports/jira");
    let day = Utc::now().date_naive();
    let a = bash(env.home())
        .arg(example("cron-export-csv.sh"))
        .arg(&dir)
        .assert()
        .success();
    // The script names the file after the day it ran; a run across midnight may see the next.
    let name = format!("tickets-{day}.csv");
    let later = format!("tickets-{}.csv", Utc::now().date_naive());
    let files = files_in(&dir);
    assert!(
        files == BTreeSet::from([name.clone()]) || files == BTreeSet::from([later.clone()]),
        "{files:?}"
    );
    let file = dir.join(files.first().expect("one file"));
    let text = std::fs::read_to_string(&file).expect("the CSV");
    assert!(text.contains("\r\n"), "RFC 4180 line ends");
    // Nothing was synced before: the script's dashboard synced on its own.
    assert_eq!(csv_keys(&text), keys(&sim.handle.issues(), |_| true));
    assert!(stdout(&a).contains("wrote"), "{}", stdout(&a));

    // Again the same day, with a filter: today's file is replaced, nothing else is left behind,
    // and a fresh snapshot is read without asking Jira.
    sim.handle.reset_stats();
    let project = sim.handle.projects()[1].key.clone();
    bash(env.home())
        .arg(example("cron-export-csv.sh"))
        .arg(&dir)
        .args(["--project", &project])
        .assert()
        .success();
    assert_eq!(files_in(&dir).len(), 1, "{:?}", files_in(&dir));
    let text = std::fs::read_to_string(&file).expect("the CSV");
    assert_eq!(
        csv_keys(&text),
        keys(&sim.handle.issues(), |i| i.project_key == project)
    );
    assert_eq!(sim.handle.stats().total, 0, "{:?}", sim.handle.stats());
}

#[test]
fn cron_export_keeps_keep_days_of_history() {
    let sim = BackgroundSim::start(site());
    let env = connected(&sim);
    let dir = env.home().join("reports");
    std::fs::create_dir_all(&dir).expect("dir");
    let age = |name: &str, days: u64| {
        let path = dir.join(name);
        std::fs::write(&path, "key\r\n").expect("write");
        let when = std::time::SystemTime::now() - std::time::Duration::from_secs(days * 86_400);
        std::fs::File::options()
            .write(true)
            .open(&path)
            .and_then(|f| f.set_modified(when))
            .expect("set mtime");
    };
    age("tickets-2026-01-01.csv", 40);
    age("tickets-2026-11-01.csv", 10);
    age("notes.txt", 400);
    bash(env.home())
        .env("KEEP_DAYS", "30")
        .arg(example("cron-export-csv.sh"))
        .arg(&dir)
        .assert()
        .success();
    let files = files_in(&dir);
    assert!(!files.contains("tickets-2026-01-01.csv"), "{files:?}");
    assert!(files.contains("tickets-2026-11-01.csv"), "{files:?}");
    assert!(files.contains("notes.txt"), "only its own files: {files:?}");
    assert_eq!(files.len(), 3, "{files:?}");
}

#[test]
fn cron_export_fails_without_touching_the_files_when_jirahub_fails() {
    let sim = BackgroundSim::start(site());
    let env = connected(&sim);
    let dir = env.home().join("reports");
    bash(env.home())
        .arg(example("cron-export-csv.sh"))
        .arg(&dir)
        .args(["--section", "nope"])
        .assert()
        .code(2);
    assert!(files_in(&dir).is_empty(), "{:?}", files_in(&dir));
}

// -------------------------------------------------------------------------------------------
// examples/ci-workload-report.sh and .github/workflows/workload-report.yml

const CI_PASSWORD: &str = "ci password, long enough";

/// The script with its secrets in the environment, on a fresh runner (an empty HOME).
fn ci(sim: &BackgroundSim, home: &Path, max_overdue: usize) -> Command {
    let mut cmd = bash(home);
    cmd.env("JIRAHUB_EMAIL", "ci@example.com")
        .env("JIRAHUB_PASSWORD", CI_PASSWORD)
        .env("JIRA_URL", sim.url())
        .env("JIRA_EMAIL", sim.handle.email())
        .env("JIRA_API_TOKEN", sim.handle.api_token())
        .env("MAX_OVERDUE", max_overdue.to_string())
        .arg(example("ci-workload-report.sh"));
    cmd
}

fn report(home: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(home.join("workload-report.json")).expect("the report");
    serde_json::from_str(&text).expect("the report is JSON")
}

fn assert_no_secrets(sim: &BackgroundSim, a: &assert_cmd::assert::Assert) {
    let all = format!("{}{}", stdout(a), stderr(a));
    assert!(!all.contains(CI_PASSWORD), "the password was printed");
    assert!(
        !all.contains(sim.handle.api_token()),
        "the Jira token was printed"
    );
}

#[test]
fn ci_report_logs_in_from_secrets_syncs_and_writes_the_json_report() {
    let sim = BackgroundSim::start(site());
    let home = tempfile::tempdir().expect("temp HOME");
    let issues = sim.handle.issues();
    let overdue = issues.iter().filter(|i| is_overdue(i)).count();
    assert!(overdue > 0, "the seeded data has overdue work");

    let a = ci(&sim, home.path(), overdue).assert().success();
    assert_no_secrets(&sim, &a);
    let doc = report(home.path());
    assert_eq!(doc["kind"], "dashboard");
    assert_eq!(doc["summary"]["overdue"].as_u64(), Some(overdue as u64));
    assert_eq!(
        doc["summary"]["total_tickets"].as_u64(),
        Some(issues.len() as u64)
    );
    assert!(
        stdout(&a).contains(&format!("{overdue} overdue (limit {overdue})")),
        "{}",
        stdout(&a)
    );

    // The next run on the same store logs in with the account the first one registered.
    let a = ci(&sim, home.path(), overdue).assert().success();
    assert!(
        !stderr(&a).contains("registering"),
        "no second registration: {}",
        stderr(&a)
    );
}

#[test]
fn ci_report_exits_6_when_overdue_work_exceeds_the_limit_and_still_writes_the_report() {
    let sim = BackgroundSim::start(site());
    let home = tempfile::tempdir().expect("temp HOME");
    let issues = sim.handle.issues();
    let late: Vec<&SimIssue> = issues.iter().filter(|i| is_overdue(i)).collect();
    let a = ci(&sim, home.path(), late.len() - 1).assert().code(6);
    assert_no_secrets(&sim, &a);
    let err = stderr(&a);
    assert!(err.contains("exceed the limit"), "{err}");
    let oldest = late
        .iter()
        .min_by_key(|i| i.due_date)
        .expect("an overdue ticket");
    assert!(
        err.contains(&oldest.key),
        "the most late ticket is named: {err}"
    );
    assert!(
        !err.contains(&oldest.summary),
        "no Jira text in CI logs: {err}"
    );
    assert_eq!(
        report(home.path())["summary"]["overdue"].as_u64(),
        Some(late.len() as u64)
    );
}

#[test]
fn ci_report_covers_only_jirahub_projects_and_passes_filters_on() {
    let sim = BackgroundSim::start(site());
    let home = tempfile::tempdir().expect("temp HOME");
    let project = sim.handle.projects()[1].key.clone();
    ci(&sim, home.path(), 10_000)
        .env("JIRAHUB_PROJECTS", &project)
        .args(["workload-report.json", "--exclude-status", "done"])
        .assert()
        .success();
    let doc = report(home.path());
    let got: BTreeSet<String> = doc["tickets"]
        .as_array()
        .expect("tickets")
        .iter()
        .map(|t| t["key"].as_str().expect("key").to_string())
        .collect();
    assert_eq!(
        got,
        keys(&sim.handle.issues(), |i| i.project_key == project
            && is_open(i))
    );
}

#[test]
fn ci_report_with_a_wrong_jira_token_exits_3_without_a_report() {
    let sim = BackgroundSim::start(site());
    let home = tempfile::tempdir().expect("temp HOME");
    let a = ci(&sim, home.path(), 0)
        .env("JIRA_API_TOKEN", "not-the-token")
        .assert()
        .code(3);
    assert!(!home.path().join("workload-report.json").exists());
    assert!(!stderr(&a).contains("not-the-token"), "{}", stderr(&a));
}

#[test]
fn the_github_workflow_runs_the_ci_script_with_every_secret_it_requires() {
    let script = std::fs::read_to_string(example("ci-workload-report.sh")).expect("script");
    let workflow =
        std::fs::read_to_string(common::repo_dir().join(".github/workflows/workload-report.yml"))
            .expect("workflow");
    // The variables the script insists on: `: "${NAME:?…}"`.
    let required: Vec<&str> = script
        .lines()
        .filter_map(|l| l.strip_prefix(": \"${")?.split_once(":?").map(|(n, _)| n))
        .collect();
    assert_eq!(
        required,
        [
            "JIRAHUB_EMAIL",
            "JIRAHUB_PASSWORD",
            "JIRA_URL",
            "JIRA_EMAIL",
            "JIRA_API_TOKEN"
        ]
    );
    for name in required {
        let line = format!("{name}: ${{{{ secrets.{name} }}}}");
        assert!(workflow.contains(&line), "the workflow passes {line}");
    }
    assert!(workflow.contains("run: bash examples/ci-workload-report.sh"));
    // Secrets reach the script through `env:` only, never a command line.
    for line in workflow.lines().filter(|l| l.contains("secrets.")) {
        assert!(
            !line.contains("run:") && !line.trim_start().starts_with('-'),
            "{line}"
        );
    }
}

// -------------------------------------------------------------------------------------------
// examples/one-liners.md

/// The commands of the `sh` blocks of `one-liners.md`, in order.
fn one_liners() -> Vec<String> {
    let text = std::fs::read_to_string(example("one-liners.md")).expect("one-liners.md");
    let mut inside = false;
    let mut out = Vec::new();
    for line in text.lines() {
        match line.trim() {
            "```sh" => inside = true,
            "```" => inside = false,
            l if inside && !l.is_empty() && !l.starts_with('#') => out.push(l.to_string()),
            _ => {}
        }
    }
    out
}

#[test]
fn every_one_liner_runs_and_gives_the_answer_the_data_predicts() {
    let sim = BackgroundSim::start(site());
    let env = connected(&sim);
    env.cmd(["sync", "--quiet"]).assert().success();
    let issues = sim.handle.issues();
    let lines = one_liners();
    assert_eq!(lines.len(), 3, "{lines:?}");
    let run = |line: &str| {
        let a = bash(env.home()).arg("-c").arg(line).assert();
        assert!(a.get_output().status.success(), "{line}\n{}", stderr(&a));
        stdout(&a)
    };

    // 1. The five most loaded people: (open points, open tickets) per assignee.
    assert!(lines[0].contains("--section workload"), "{}", lines[0]);
    let mut load: std::collections::BTreeMap<&str, (i64, u64, &str)> = Default::default();
    for i in issues.iter().filter(|i| is_open(i)) {
        if let Some(a) = &i.assignee {
            let e = load
                .entry(a.account_id.as_str())
                .or_insert((0, 0, a.display_name.as_str()));
            e.0 += (i.story_points.unwrap_or(0.0) * 10.0).round() as i64;
            e.1 += 1;
        }
    }
    let mut expected: Vec<(i64, u64)> = load.values().map(|(p, t, _)| (*p, *t)).collect();
    expected.sort_by(|a, b| b.cmp(a));
    expected.truncate(5);
    let out = run(&lines[0]);
    let got: Vec<(i64, u64)> = out
        .lines()
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 3, "{l:?}");
            let points = (cols[0].parse::<f64>().expect("points") * 10.0).round() as i64;
            let tickets = cols[1].parse().expect("tickets");
            assert!(
                load.values()
                    .any(|(p, t, name)| (*p, *t) == (points, tickets) && *name == cols[2]),
                "{l:?} is somebody's load"
            );
            (points, tickets)
        })
        .collect();
    assert_eq!(got, expected, "{out}");

    // 2. Overdue keys, the most late first (ties in key order).
    assert!(lines[1].contains("overdue"), "{}", lines[1]);
    let mut late: Vec<&SimIssue> = issues.iter().filter(|i| is_overdue(i)).collect();
    late.sort_by_key(|i| {
        let (p, n) = i.key.rsplit_once('-').expect("key");
        (i.due_date, p.to_string(), n.parse::<u64>().expect("number"))
    });
    let expected: Vec<&str> = late.iter().map(|i| i.key.as_str()).collect();
    assert!(!expected.is_empty());
    assert_eq!(run(&lines[1]).lines().collect::<Vec<_>>(), expected);

    // 3. Open unassigned tickets as CSV.
    assert!(lines[2].contains("unassigned.csv"), "{}", lines[2]);
    run(&lines[2]);
    let text = std::fs::read_to_string(env.home().join("unassigned.csv")).expect("the CSV");
    let expected = keys(&issues, |i| is_open(i) && i.assignee.is_none());
    assert!(!expected.is_empty());
    assert_eq!(csv_keys(&text), expected);
}

// -------------------------------------------------------------------------------------------
// examples/schedule: the crontab and the systemd units

/// Whether one crontab time field is valid for its range: `*`, numbers, ranges, lists, steps.
fn cron_field_ok(field: &str, min: u32, max: u32) -> bool {
    field.split(',').all(|part| {
        let (range, step) = match part.split_once('/') {
            Some((r, s)) => (r, s.parse::<u32>().ok().filter(|s| *s > 0)),
            None => (part, Some(1)),
        };
        let in_range = |v: &str| v.parse::<u32>().is_ok_and(|v| (min..=max).contains(&v));
        step.is_some()
            && (range == "*"
                || match range.split_once('-') {
                    Some((a, b)) => {
                        in_range(a) && in_range(b) && a.parse::<u32>().ok() <= b.parse::<u32>().ok()
                    }
                    None => in_range(range),
                })
    })
}

/// The crontab's jobs: (the five time fields, the command).
fn cron_jobs(text: &str) -> Vec<(Vec<String>, String)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        // `NAME=value` lines set cron's environment.
        .filter(|l| !l.split_whitespace().next().is_some_and(|w| w.contains('=')))
        .map(|l| {
            let fields: Vec<&str> = l.split_whitespace().collect();
            assert!(fields.len() > 5, "a schedule and a command: {l}");
            let when = fields[..5].iter().map(|f| f.to_string()).collect();
            // The command is the rest of the line after the fifth field.
            let mut rest = l;
            for _ in 0..5 {
                rest = rest.trim_start();
                rest = &rest[rest.find(char::is_whitespace).expect("more fields")..];
            }
            (when, rest.trim().to_string())
        })
        .collect()
}

/// A home where the schedules run as they would for a user: synced, Slack set, the mail
/// server in `~/.config/jirahub/schedule.env` (0600), the repository at `~/jirahub`.
fn scheduled_home(
    sim: &BackgroundSim,
    hook: &webhook::Receiver,
    mail: &smtp::SmtpReceiver,
) -> TestEnv {
    let env = connected(sim);
    env.cmd(["sync", "-q"]).assert().success();
    env.cmd(["notify", "set", "slack", "--url-stdin"])
        .write_stdin(format!("{}\n", hook.url))
        .assert()
        .success();
    std::os::unix::fs::symlink(common::repo_dir(), env.home().join("jirahub")).expect("a link");
    let file = env.home().join(".config/jirahub/schedule.env");
    std::fs::create_dir_all(file.parent().expect("a directory")).expect("the config dir");
    std::fs::write(
        &file,
        format!(
            "SMTP_URL=smtp://127.0.0.1:{}\nSMTP_FROM=jirahub@example.com\nREPORT_TO=lead@example.com\n",
            mail.port
        ),
    )
    .expect("the env file");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).expect("0600");
    env
}

/// `NAME=value` lines (a crontab's, a systemd EnvironmentFile's), PATH left out: the tests put
/// the jirahub under test on PATH.
fn assignments(text: &str) -> Vec<(String, String)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .filter(|(k, _)| !k.is_empty() && !k.contains(char::is_whitespace) && *k != "PATH")
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn the_crontab_is_valid_and_each_of_its_jobs_runs() {
    let sim = BackgroundSim::start(site());
    let hook = webhook::Receiver::start();
    let mail = smtp::SmtpReceiver::start();
    let env = scheduled_home(&sim, &hook, &mail);
    let text = std::fs::read_to_string(example("schedule/jirahub.crontab")).expect("the crontab");
    let jobs = cron_jobs(&text);
    assert_eq!(jobs.len(), 3, "{jobs:?}");
    let bounds = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)];
    for (when, command) in &jobs {
        for (field, (min, max)) in when.iter().zip(bounds) {
            assert!(cron_field_ok(field, min, max), "{field} in {when:?}");
        }
        // cron reads `%` as a newline: a job must not hold one unescaped.
        assert!(!command.replace("\\%", "").contains('%'), "{command}");
    }
    assert_eq!(jobs[0].0, ["0", "8", "*", "*", "1"], "Mondays at 08:00");
    // cron sets the crontab's variables (its `NAME=value` lines) for every job.
    let variables: Vec<(String, String)> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#') && l.split_whitespace().count() == 1)
        .filter_map(|l| l.split_once('='))
        .filter(|(k, _)| *k != "PATH")
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert!(
        variables.iter().any(|(k, _)| k == "REPORT_TO"),
        "{variables:?}"
    );
    let overdue = keys(&sim.handle.issues(), is_overdue).len();
    for (i, (_, command)) in jobs.iter().enumerate() {
        let out = bash(env.home())
            .envs(variables.iter().cloned())
            .arg("-c")
            .arg(command)
            .output()
            .expect("runs");
        assert!(
            out.status.success() || (i == 1 && overdue > 10),
            "{command}: {out:?}"
        );
        let sent = hook.take();
        let mailed = mail.take();
        match i {
            0 => {
                assert_eq!(mailed.len(), 1, "the Monday mail");
                assert_eq!(mailed[0].to, ["<lead@example.com>"]);
                assert!(String::from_utf8_lossy(&mailed[0].data).contains("tickets.csv"));
                assert!(sent.is_empty());
            }
            1 => {
                assert_eq!(sent.len(), usize::from(overdue > 10), "only when over 10");
                assert!(mailed.is_empty());
            }
            _ => assert!(sent.is_empty() && mailed.is_empty()),
        }
    }
    let exported = files_in(&env.home().join("reports/jira"));
    let today = chrono::Utc::now()
        .format("tickets-%Y-%m-%d.csv")
        .to_string();
    assert!(exported.contains(&today), "{exported:?}");
    let log = std::fs::read_to_string(env.home().join(".local/state/jirahub/cron.log"))
        .expect("the jobs log");
    assert!(log.contains("wrote "), "{log}");
}

#[test]
fn the_systemd_units_are_valid_and_their_services_run() {
    let sim = BackgroundSim::start(site());
    let hook = webhook::Receiver::start();
    let mail = smtp::SmtpReceiver::start();
    let env = scheduled_home(&sim, &hook, &mail);
    let dir = example("schedule/systemd");
    let unit = |name: &str| std::fs::read_to_string(dir.join(name)).expect("the unit");
    let value = |text: &str, key: &str| -> Vec<String> {
        text.lines()
            .filter_map(|l| l.strip_prefix(&format!("{key}=")))
            .map(str::to_string)
            .collect()
    };
    for (timer, calendar) in [
        ("jirahub-weekly.timer", "Mon *-*-* 08:00:00"),
        ("jirahub-export.timer", "*-*-* 02:30:00"),
    ] {
        assert_eq!(value(&unit(timer), "OnCalendar"), [calendar], "{timer}");
        assert_eq!(value(&unit(timer), "Persistent"), ["true"], "{timer}");
    }
    // Each service's command, as systemd would start it: its EnvironmentFile and Environment=
    // lines, HOME, and the jirahub under test first on PATH.
    for (service, mails) in [("jirahub-weekly.service", 1), ("jirahub-export.service", 0)] {
        let text = unit(service);
        let exec = value(&text, "ExecStart").pop().expect("an ExecStart");
        let script = exec
            .strip_prefix("/bin/sh -c '")
            .and_then(|s| s.strip_suffix('\''))
            .unwrap_or_else(|| panic!("{service}: ExecStart=/bin/sh -c '…'"));
        let mut cmd = bash(env.home());
        for file in value(&text, "EnvironmentFile") {
            let path = file
                .trim_start_matches('-')
                .replace("%h", &env.home().display().to_string());
            if let Ok(vars) = std::fs::read_to_string(&path) {
                cmd.envs(assignments(&vars));
            }
        }
        for assignment in value(&text, "Environment") {
            let (k, v) = assignment.split_once('=').expect("NAME=value");
            if k != "PATH" {
                cmd.env(k, v);
            }
        }
        let out = cmd.arg("-c").arg(script).output().expect("runs");
        assert!(out.status.success(), "{service}: {out:?}");
        assert_eq!(mail.take().len(), mails, "{service}");
        assert!(hook.take().is_empty(), "{service}");
    }
    assert!(!files_in(&env.home().join("reports/jira")).is_empty());
    // systemd's own check, where systemd-analyze is installed (a runtime dir for --user).
    let analyze = Path::new("/usr/bin/systemd-analyze");
    if analyze.exists() {
        let runtime = tempfile::tempdir().expect("a runtime dir");
        let out = Command::new(analyze)
            .env("XDG_RUNTIME_DIR", runtime.path())
            .args(["verify", "--user"])
            .args(
                [
                    "jirahub-weekly.service",
                    "jirahub-weekly.timer",
                    "jirahub-export.service",
                    "jirahub-export.timer",
                ]
                .map(|u| dir.join(u)),
            )
            .output()
            .expect("systemd-analyze runs");
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "systemd-analyze verify: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    } else {
        eprintln!("systemd-analyze is not installed: the units' syntax was not checked by systemd");
    }
}
