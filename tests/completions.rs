//! The completion scripts in `completions/` and the man pages in `man/` must match what the
//! command-line definition generates. Regenerate them with
//! `JIRAHUB_BLESS=1 cargo test --test completions`.

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

/// One man page per command: `jirahub.1`, `jirahub-dashboard.1`, `jirahub-admin-user-add.1`, …
fn man_pages() -> Vec<(String, String)> {
    fn walk(cmd: &clap::Command, prefix: &str, out: &mut Vec<(String, String)>) {
        let name = if prefix.is_empty() {
            cmd.get_name().to_string()
        } else {
            format!("{prefix}-{}", cmd.get_name())
        };
        // A subcommand's page is named after its full path, as man pages for git or cargo are.
        // clap's names are `&'static str` without its `string` feature; a test can leak a few.
        let static_name: &'static str = Box::leak(name.clone().into_boxed_str());
        let page = cmd
            .clone()
            .name(static_name)
            .bin_name(name.replace('-', " "));
        let mut text = Vec::new();
        clap_mangen::Man::new(page)
            .render(&mut text)
            .expect("render a man page");
        out.push((format!("{name}.1"), String::from_utf8(text).expect("UTF-8")));
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            walk(sub, &name, out);
        }
    }
    let mut cmd = <jirahub::cli::Cli as clap::CommandFactory>::command();
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, "", &mut out);
    out
}

#[test]
fn man_pages_are_fresh() {
    let dir = common::repo_dir().join("man");
    let bless = std::env::var_os("JIRAHUB_BLESS").is_some();
    let pages = man_pages();
    assert!(pages.len() > 40, "a page per command: {}", pages.len());
    let mut stale = Vec::new();
    if bless {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("man/");
    }
    for (file, want) in &pages {
        let path = dir.join(file);
        if bless {
            std::fs::write(&path, want).expect("write man page");
            continue;
        }
        if std::fs::read_to_string(&path).unwrap_or_default() != *want {
            stale.push(file.clone());
        }
    }
    let on_disk = std::fs::read_dir(&dir).map_or(0, |d| d.count());
    assert!(
        stale.is_empty() && on_disk == pages.len(),
        "stale man pages {stale:?} ({on_disk} files for {} pages): run `JIRAHUB_BLESS=1 cargo test --test completions`",
        pages.len()
    );
}

#[test]
fn the_dashboard_man_page_has_its_examples_and_flags() {
    let pages = man_pages();
    let (_, page) = pages
        .iter()
        .find(|(f, _)| f == "jirahub-dashboard.1")
        .expect("a dashboard page");
    for needle in [
        "Examples:",
        "\\-\\-max\\-wip",
        "\\-\\-strict",
        "GITHUB_STEP_SUMMARY",
    ] {
        assert!(page.contains(needle), "{needle} in the dashboard page");
    }
}
