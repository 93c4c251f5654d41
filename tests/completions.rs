//! The completion scripts in `completions/` must match what the binary generates.
//! Regenerate them with `JIRAHUB_BLESS=1 cargo test --test completions`.

mod common;

use jirahub::commands::completions::{SHELLS, file_name, script};

#[test]
fn completion_files_are_fresh() {
    let dir = common::repo_dir().join("completions");
    let bless = std::env::var_os("JIRAHUB_BLESS").is_some();
    let mut stale = Vec::new();
    for shell in SHELLS {
        let path = dir.join(file_name(shell));
        let want = script(shell);
        if bless {
            std::fs::write(&path, &want).expect("write completion file");
            continue;
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        if have != want {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale completion files {stale:?}: run `JIRAHUB_BLESS=1 cargo test --test completions`"
    );
}
