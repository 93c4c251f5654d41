//! ARCHITECTURE.md's rules, checked on the source: no import cycles between files, and the
//! arrows of the data flow run one way. A reader of `src/` can trust the document.
//!
//! Dependencies are read from paths in code (`crate::a::b`, `super::x`, `self::y`), with
//! comments and `#[cfg(test)] mod tests` left out: tests may reach anywhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

mod common;

fn src_dir() -> PathBuf {
    common::repo_dir().join("src")
}

/// Every `.rs` file under `src/`, by path relative to it, with its code (comments and test
/// modules removed).
fn sources() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src_dir()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path
                    .strip_prefix(src_dir())
                    .expect("under src")
                    .to_string_lossy()
                    .replace('\\', "/");
                let text = std::fs::read_to_string(&path).expect("read file");
                out.insert(rel, code_only(&text));
            }
        }
    }
    out
}

/// The text without `//` comments and without the `#[cfg(test)] mod tests { … }` block.
fn code_only(text: &str) -> String {
    let without_tests = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    };
    without_tests
        .lines()
        .map(|line| match line.find("//") {
            // A `//` inside a string literal (a URL) is rare in paths; good enough here.
            Some(i) if !line[..i].contains('"') => &line[..i],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `a/b.rs` → `["a", "b"]`; `a/mod.rs` → `["a"]`; `lib.rs`/`main.rs` → `[]`.
fn module_of(rel: &str) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .trim_end_matches(".rs")
        .split('/')
        .map(String::from)
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The module paths a file names: `crate::x::y`, `super::z`, `self::w`, including each name of
/// a `{a, b::c}` group (one level deep).
fn paths_named(code: &str, me: &[String]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (base, start) in [("crate::", 0usize), ("super::", 1), ("self::", 2)] {
        let mut from = 0;
        while let Some(found) = code[from..].find(base) {
            let at = from + found;
            from = at + base.len();
            if at > 0 && code[..at].ends_with(|c: char| is_ident(c) || c == ':') {
                continue;
            }
            let rest = &code[from..];
            let end = rest
                .find(|c: char| !(is_ident(c) || c == ':'))
                .unwrap_or(rest.len());
            let mut segments: Vec<String> = rest[..end]
                .split("::")
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            let prefix: Vec<String> = match start {
                0 => Vec::new(),
                1 => me[..me.len().saturating_sub(1)].to_vec(),
                _ => me.to_vec(),
            };
            let mut full = prefix.clone();
            full.append(&mut segments);
            if rest[end..].starts_with('{') {
                let group_end = rest[end..].find('}').map_or(rest.len(), |i| end + i);
                for name in rest[end + 1..group_end].split(',') {
                    let first = name.trim().split("::").next().unwrap_or("").trim();
                    if !first.is_empty() && first != "self" && first != "*" {
                        let mut p = full.clone();
                        p.push(first.to_string());
                        out.push(p);
                    }
                }
            }
            out.push(full);
        }
    }
    out
}

/// File → the other files it depends on.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let sources = sources();
    let by_module: BTreeMap<Vec<String>, String> = sources
        .keys()
        .filter(|rel| *rel != "main.rs")
        .map(|rel| (module_of(rel), rel.clone()))
        .collect();
    let resolve = |path: &[String]| -> Option<&String> {
        (1..=path.len())
            .rev()
            .find_map(|n| by_module.get(&path[..n]))
    };
    sources
        .iter()
        .map(|(rel, code)| {
            let me = module_of(rel);
            let deps = paths_named(code, &me)
                .iter()
                .filter_map(|p| resolve(p))
                .filter(|dep| *dep != rel)
                .cloned()
                .collect();
            (rel.clone(), deps)
        })
        .collect()
}

/// A cycle through `start`, if any (depth-first search).
fn cycle_from(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    fn walk(
        graph: &BTreeMap<String, BTreeSet<String>>,
        start: &str,
        at: &str,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        for next in graph.get(at).into_iter().flatten() {
            if next == start {
                path.push(next.clone());
                return true;
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if walk(graph, start, next, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![start.to_string()];
    let mut seen = BTreeSet::new();
    walk(graph, start, start, &mut path, &mut seen).then_some(path)
}

#[test]
fn no_file_imports_itself_through_others() {
    let graph = graph();
    assert!(
        graph.len() > 40,
        "the source tree was read: {} files",
        graph.len()
    );
    let cycles: Vec<String> = graph
        .keys()
        .filter(|f| !f.ends_with("mod.rs") && *f != "lib.rs")
        .filter_map(|f| cycle_from(&graph, f))
        // A path through a `mod.rs` is its re-exports, not a real dependency of the parent.
        .filter(|c| !c[1..c.len() - 1].iter().any(|f| f.ends_with("mod.rs")))
        .map(|c| c.join(" -> "))
        .collect();
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

/// Files under `dir` whose code names any of `forbidden`.
fn offenders(dir: &str, forbidden: &[&str]) -> Vec<String> {
    sources()
        .iter()
        .filter(|(rel, _)| rel.starts_with(dir))
        .flat_map(|(rel, code)| {
            forbidden
                .iter()
                .filter(|f| code.contains(**f))
                .map(move |f| format!("{rel} uses {f}"))
        })
        .collect()
}

#[test]
fn the_domain_depends_on_nothing_but_errors_and_validation() {
    let bad = offenders(
        "model/",
        &[
            "crate::jira",
            "crate::store",
            "crate::cache",
            "crate::sync",
            "crate::report",
            "crate::output",
            "crate::commands",
            "crate::context",
            "reqwest",
            "diesel",
        ],
    );
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn reports_are_pure_and_know_no_client_clock_or_threads() {
    let bad = offenders(
        "report/",
        &[
            "crate::jira",
            "crate::store",
            "crate::cache",
            "crate::sync",
            "crate::context",
            "Utc::now",
            "tokio",
            // No threads of its own and no time-zone lookups per ticket: the command resolves
            // the zone once (`TimeZoneSpec::Local`).
            "std::thread",
            "rayon",
            "chrono::Local",
            "Local::now",
            "&Local)",
        ],
    );
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn sync_and_jira_do_not_draw_on_the_terminal() {
    let mut bad = offenders("sync/", &["crate::output", "indicatif"]);
    bad.extend(offenders("jira/", &["crate::output", "indicatif"]));
    bad.extend(offenders("cache/", &["crate::output", "indicatif"]));
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn only_main_prints() {
    // `context.rs` writes its prompts (a question on a terminal is not output);
    // `output/` is what main calls to print.
    let bad: Vec<String> = sources()
        .iter()
        .filter(|(rel, _)| {
            !(*rel == "main.rs" || *rel == "context.rs" || rel.starts_with("output/"))
        })
        .flat_map(|(rel, code)| {
            [
                "println!",
                "eprintln!",
                "print!(",
                "eprint!(",
                "output::emit",
            ]
            .into_iter()
            .filter(|m| code.contains(m))
            .map(move |m| format!("{rel} uses {m}"))
        })
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn the_checker_sees_a_cycle_when_there_is_one() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    graph.insert("a.rs".into(), ["b.rs".to_string()].into());
    graph.insert("b.rs".into(), ["c.rs".to_string()].into());
    graph.insert("c.rs".into(), ["a.rs".to_string()].into());
    graph.insert("d.rs".into(), ["a.rs".to_string()].into());
    assert_eq!(
        cycle_from(&graph, "a.rs").expect("a cycle"),
        ["a.rs", "b.rs", "c.rs", "a.rs"]
    );
    assert!(cycle_from(&graph, "d.rs").is_none());
    let code = "use crate::jira::{wire::Issue, client};\nuse super::meta::Tables;";
    let me = vec!["sync".to_string(), "stored".to_string()];
    let named = paths_named(code, &me);
    assert!(
        named.contains(&vec!["jira".into(), "wire".into()]),
        "{named:?}"
    );
    assert!(
        named.contains(&vec!["jira".into(), "client".into()]),
        "{named:?}"
    );
    assert!(
        named.contains(&vec!["sync".into(), "meta".into(), "Tables".into()]),
        "{named:?}"
    );
}
