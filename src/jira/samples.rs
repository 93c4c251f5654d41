//! Test helpers: the recorded real Jira responses in `testdata/jira-api/samples/`.

use chrono::{DateTime, TimeZone, Utc};
use std::path::PathBuf;

/// The checkout the tests run in. Read when the test runs (cargo and nextest set
/// `CARGO_MANIFEST_DIR` for every test process), not when it was compiled: CI's fresh clone
/// shares the target directory, and a reused test binary must read the clone's files, not
/// those of the checkout that compiled it.
pub(crate) fn repo_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
}

/// A recorded response, as text.
pub(crate) fn sample(name: &str) -> String {
    let path = repo_dir().join("testdata/jira-api/samples").join(name);
    std::fs::read_to_string(&path).expect("the recorded Jira samples are checked in")
}

/// A UTC instant, for expected values.
pub(crate) fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, s)
        .single()
        .expect("valid test date")
}
