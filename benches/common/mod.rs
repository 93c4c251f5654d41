//! What the benchmarks share: running the real binary as a new user would.

use std::path::Path;
use std::process::{Command, Stdio};

/// `cmd` with a private HOME (also its working directory) and nothing from the developer's
/// environment that jirahub reads.
pub fn isolated(home: &Path, mut cmd: Command) -> Command {
    for key in [
        "DATABASE_URL",
        "REDIS_URL",
        "CACHE_TTL",
        "ENCRYPTION_KEY",
        "LOG_LEVEL",
        "JIRAHUB_SESSION",
        "JIRAHUB_FORMAT",
        "JIRAHUB_CONFIG",
        "JIRA_CONCURRENCY",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
        "XDG_CACHE_HOME",
    ] {
        cmd.env_remove(key);
    }
    cmd.env("HOME", home).current_dir(home);
    cmd
}

/// Runs `cmd` with `stdin` as its input, stdout discarded; panics with its stderr on failure.
pub fn run_ok(cmd: &mut Command, stdin: Option<&str>) {
    use std::io::Write;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text.as_bytes())
            .expect("write stdin");
    }
    let out = child.wait_with_output().expect("runs");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
