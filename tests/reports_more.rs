//! `ticket`, `member` and the ignore rules applied to reports: the real binary against a seeded
//! simulator with a pinned clock. Expected values come from the simulator's own data
//! (`SimHandle::issues()`, or its REST answers), never from jirahub's code.

mod common;
#[path = "common/sim.rs"]
mod sim;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, NaiveDate, Utc};
use common::{TestEnv, json, stderr, stdout};
use jira_sim::{SimConfig, SimIssue};
use serde_json::Value;
use sim::BackgroundSim;

const NOW: &str = "2026-11-25T10:30:00Z";

fn now() -> DateTime<Utc> {
    NOW.parse().expect("NOW is RFC 3339")
}

fn today() -> NaiveDate {
    now().date_naive()
}

/// Three projects, 300 issues, 40 people: enough for sub-tasks, links, worklogs and two people
/// who share a display name.
fn site() -> SimConfig {
    SimConfig {
        seed: 3,
        projects: 3,
        issues: 300,
        users: 40,
        now: Some(now()),
        ..SimConfig::default()
    }
}

struct Synced {
    sim: BackgroundSim,
    env: TestEnv,
    issues: Vec<SimIssue>,
}

/// Every project selected and synced, members synced, clock pinned.
fn synced() -> Synced {
    let sim = BackgroundSim::start(site());
    let mut env = TestEnv::connected(&sim);
    env.set("JIRAHUB_NOW", NOW).set("TZ", "UTC");
    env.cmd(["projects", "select"])
        .args(sim.handle.projects().iter().map(|p| p.key.clone()))
        .assert()
        .success();
    env.cmd(["sync", "--quiet"]).assert().success();
    env.cmd(["sync-members", "--quiet"]).assert().success();
    let issues = sim.handle.issues();
    Synced { sim, env, issues }
}

impl Synced {
    fn json(&self, args: &[&str]) -> Value {
        let a = self.env.cmd(args).arg("-o").arg("json").assert();
        assert!(
            a.get_output().status.success(),
            "{args:?} failed: {}",
            stderr(&a)
        );
        json(&a)
    }

    fn dashboard_keys(&self, args: &[&str]) -> BTreeSet<String> {
        let doc = self.json(
            &[
                &[
                    "dashboard",
                    "--offline",
                    "--tz",
                    "UTC",
                    "--section",
                    "tickets",
                ],
                args,
            ]
            .concat(),
        );
        doc["tickets"]
            .as_array()
            .expect("tickets")
            .iter()
            .map(|r| r["key"].as_str().expect("key").to_string())
            .collect()
    }

    /// A Jira REST answer from the simulator, as the seeded admin.
    fn rest(&self, path: &str) -> Value {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let url = format!("{}{path}", self.sim.url());
        rt.block_on(async {
            reqwest::Client::new()
                .get(&url)
                .basic_auth(self.sim.handle.email(), Some(self.sim.handle.api_token()))
                .send()
                .await
                .and_then(|r| r.error_for_status())
                .expect("the simulator answers")
                .json::<Value>()
                .await
                .expect("JSON")
        })
    }
}

fn is_open(i: &SimIssue) -> bool {
    i.status_category != "done"
}

fn rows<'a>(doc: &'a Value, section: &str) -> &'a Vec<Value> {
    doc[section]
        .as_array()
        .unwrap_or_else(|| panic!("section {section} is a list in {doc}"))
}

fn str_set<'a>(rows: &'a [Value], field: &str) -> BTreeSet<&'a str> {
    rows.iter().filter_map(|r| r[field].as_str()).collect()
}

/// Every `text` node of an ADF document, in order.
fn adf_texts(node: &Value, out: &mut Vec<String>) {
    if let Some(t) = node.get("text").and_then(Value::as_str) {
        out.push(t.to_string());
    }
    if let Some(children) = node.get("content").and_then(Value::as_array) {
        for c in children {
            adf_texts(c, out);
        }
    }
}

// -------------------------------------------------------------------------------------------
// ticket

/// An issue with sub-tasks, links, worklogs and an ADF description, with its REST answer.
fn rich_issue(s: &Synced) -> (SimIssue, Value) {
    for i in &s.issues {
        let has_subtasks = s
            .issues
            .iter()
            .any(|c| c.subtask && c.parent_key.as_deref() == Some(&i.key));
        if !has_subtasks || i.worklog_count == 0 || i.comment_count == 0 {
            continue;
        }
        let rest = s.rest(&format!(
            "/rest/api/3/issue/{}?fields=issuelinks,description",
            i.key
        ));
        let linked = rest["fields"]["issuelinks"]
            .as_array()
            .is_some_and(|l| !l.is_empty());
        if linked && rest["fields"]["description"]["type"] == "doc" {
            return (i.clone(), rest);
        }
    }
    panic!("the seeded data has an issue with sub-tasks, links, worklogs and a description");
}

#[test]
fn ticket_json_has_subtasks_links_worklogs_and_the_adf_description_as_text() {
    let s = synced();
    let (issue, rest) = rich_issue(&s);
    let doc = s.json(&["ticket", &issue.key]);
    assert_eq!(doc["kind"], "ticket");
    let t = &doc["ticket"];
    assert_eq!(t["key"], issue.key.as_str());
    assert_eq!(t["summary"], issue.summary.as_str());
    assert_eq!(t["type"], issue.issue_type.as_str());
    assert_eq!(t["status"], issue.status.as_str());
    assert_eq!(
        t["assignee"].as_str(),
        issue.assignee.as_ref().map(|a| a.display_name.as_str())
    );
    assert_eq!(t["story_points"].as_f64(), issue.story_points);
    assert_eq!(
        t["labels"],
        serde_json::json!(issue.labels),
        "labels in Jira's order"
    );

    // The description: ADF rendered to readable text, every text node kept, no JSON left.
    let description = t["description"].as_str().expect("a description");
    let mut texts = Vec::new();
    adf_texts(&rest["fields"]["description"], &mut texts);
    assert!(!texts.is_empty());
    for text in &texts {
        assert!(
            description.contains(text.trim()),
            "{text:?} missing from {description:?}"
        );
    }
    assert!(!description.contains("\"type\""), "{description}");

    let subtasks: BTreeMap<&str, &str> = rows(&doc, "subtasks")
        .iter()
        .map(|r| {
            (
                r["key"].as_str().expect("key"),
                r["status"].as_str().expect("status"),
            )
        })
        .collect();
    let expected: BTreeMap<&str, &str> = s
        .issues
        .iter()
        .filter(|c| c.subtask && c.parent_key.as_deref() == Some(&issue.key))
        .map(|c| (c.key.as_str(), c.status.as_str()))
        .collect();
    assert_eq!(subtasks, expected);

    let links: BTreeSet<String> = rows(&doc, "links")
        .iter()
        .map(|r| {
            format!(
                "{} {}",
                r["relation"].as_str().expect("relation"),
                r["key"].as_str().expect("key")
            )
        })
        .collect();
    let expected: BTreeSet<String> = rest["fields"]["issuelinks"]
        .as_array()
        .expect("links")
        .iter()
        .map(|l| match l.get("outwardIssue") {
            Some(o) => format!(
                "{} {}",
                l["type"]["outward"].as_str().expect("outward"),
                o["key"].as_str().expect("key")
            ),
            None => format!(
                "{} {}",
                l["type"]["inward"].as_str().expect("inward"),
                l["inwardIssue"]["key"].as_str().expect("key")
            ),
        })
        .collect();
    assert_eq!(links, expected);

    let worklogs = rows(&doc, "worklogs");
    assert_eq!(worklogs.len(), issue.worklog_count);
    let spent: u64 = worklogs
        .iter()
        .map(|w| w["time_spent_seconds"].as_u64().expect("seconds"))
        .sum();
    assert_eq!(spent, issue.time_spent_seconds);
    assert_eq!(
        doc["time_tracking"]["spent_seconds"].as_u64(),
        Some(issue.time_spent_seconds)
    );
    assert_eq!(rows(&doc, "comments").len(), issue.comment_count.min(5));
}

#[test]
fn ticket_table_shows_every_part_with_jira_text_escaped() {
    let s = synced();
    let (issue, _) = rich_issue(&s);
    let a = s.env.cmd(["ticket", &issue.key]).assert().success();
    let out = stdout(&a);
    for title in [
        "Ticket",
        "Time tracking",
        "Sub-tasks",
        "Linked issues",
        "Worklogs",
        "Recent comments",
    ] {
        assert!(out.lines().any(|l| l == title), "{title} section in\n{out}");
    }
    for sub in s
        .issues
        .iter()
        .filter(|c| c.subtask && c.parent_key.as_deref() == Some(&issue.key))
    {
        assert!(out.contains(&sub.key), "sub-task {} listed", sub.key);
    }
    assert!(!out.contains('\u{1b}'), "no raw escape sequences");
}

#[test]
fn unknown_ticket_exits_4_and_a_malformed_key_exits_2() {
    let s = synced();
    let project = &s.sim.handle.projects()[0].key;
    let a = s
        .env
        .cmd(["ticket", &format!("{project}-999999")])
        .assert()
        .code(4);
    assert!(stderr(&a).contains("999999"), "{}", stderr(&a));
    s.env.cmd(["ticket", "not a key"]).assert().code(2);
}

#[test]
fn ticket_web_prints_the_browse_url_in_a_pipe_and_json_carries_it() {
    let s = synced();
    let key = format!("{}-1", s.sim.handle.projects()[0].key);
    let url = format!("{}/browse/{key}", s.sim.url());
    let a = s.env.cmd(["ticket", &key, "--web"]).assert().success();
    assert_eq!(
        stdout(&a),
        format!("{url}\n"),
        "a pipe gets the URL, nothing else"
    );
    let doc = s.json(&["ticket", &key]);
    assert_eq!(doc["ticket"]["url"], url.as_str());
    // A malformed key is refused before any URL is made.
    s.env.cmd(["ticket", "x y", "--web"]).assert().code(2);
}

#[test]
fn ticket_offline_reads_the_cached_copy_and_fails_without_one() {
    let s = synced();
    let (first, second) = (&s.issues[0].key, &s.issues[1].key);
    let fetched = s.json(&["ticket", first]);
    s.sim.handle.reset_stats();
    let offline = s.json(&["ticket", first, "--offline"]);
    assert_eq!(offline["ticket"], fetched["ticket"]);
    // Cached like everything else: a second look does not ask Jira either.
    s.json(&["ticket", first]);
    assert_eq!(s.sim.handle.stats().total, 0, "{:?}", s.sim.handle.stats());
    let a = s.env.cmd(["ticket", second, "--offline"]).assert().code(4);
    assert!(stderr(&a).contains("cache"), "{}", stderr(&a));
    assert_eq!(s.sim.handle.stats().total, 0);
}

// -------------------------------------------------------------------------------------------
// member

/// Everyone seen on a synced issue (assignee or reporter), by account id.
fn seen_people(issues: &[SimIssue]) -> BTreeMap<String, jira_sim::SimUserRef> {
    issues
        .iter()
        .flat_map(|i| [i.assignee.clone(), i.reporter.clone()])
        .flatten()
        .map(|p| (p.account_id.clone(), p))
        .collect()
}

#[test]
fn member_list_shows_everyone_seen_on_synced_issues_with_their_open_tickets() {
    let s = synced();
    let doc = s.json(&["member", "list"]);
    let got: BTreeMap<&str, &Value> = rows(&doc, "members")
        .iter()
        .map(|m| (m["account_id"].as_str().expect("account id"), m))
        .collect();
    let people = seen_people(&s.issues);
    assert_eq!(
        got.keys().copied().collect::<BTreeSet<_>>(),
        people.keys().map(String::as_str).collect()
    );
    for (id, p) in &people {
        let m = got[id.as_str()];
        let open = s
            .issues
            .iter()
            .filter(|i| is_open(i) && i.assignee.as_ref().is_some_and(|a| &a.account_id == id))
            .count();
        assert_eq!(m["name"], p.display_name.as_str(), "{id}");
        assert_eq!(m["email"].as_str(), p.email.as_deref(), "{id}");
        assert_eq!(m["open_tickets"].as_u64(), Some(open as u64), "{id}");
        assert_eq!(m["labels"], serde_json::json!([]), "{id}");
    }
}

#[test]
fn member_show_counts_one_persons_work_found_by_email_or_account_id() {
    let s = synced();
    // The person with the most open tickets and a visible email.
    let people = seen_people(&s.issues);
    let open_of = |id: &str| {
        s.issues
            .iter()
            .filter(|i| is_open(i) && i.assignee.as_ref().is_some_and(|a| a.account_id == id))
            .count()
    };
    let who = people
        .values()
        .filter(|p| p.email.is_some())
        .max_by_key(|p| (open_of(&p.account_id), p.account_id.clone()))
        .expect("someone with work");
    let assigned: Vec<&SimIssue> = s
        .issues
        .iter()
        .filter(|i| {
            i.assignee
                .as_ref()
                .is_some_and(|a| a.account_id == who.account_id)
        })
        .collect();
    let open: Vec<&&SimIssue> = assigned.iter().filter(|i| is_open(i)).collect();
    let overdue = open
        .iter()
        .filter(|i| i.due_date.is_some_and(|d| d < today()))
        .count();
    let open_points: f64 = open.iter().filter_map(|i| i.story_points).sum();
    let reported = s
        .issues
        .iter()
        .filter(|i| {
            i.reporter
                .as_ref()
                .is_some_and(|r| r.account_id == who.account_id)
        })
        .count();

    let email = who.email.as_deref().expect("visible email").to_uppercase();
    for query in [email.as_str(), who.account_id.as_str()] {
        let doc = s.json(&["member", "show", query, "--tz", "UTC"]);
        let m = &doc["member"];
        assert_eq!(m["account_id"], who.account_id.as_str(), "{query}");
        assert_eq!(m["assigned_tickets"].as_u64(), Some(assigned.len() as u64));
        assert_eq!(m["open_tickets"].as_u64(), Some(open.len() as u64));
        assert_eq!(m["overdue"].as_u64(), Some(overdue as u64));
        assert_eq!(m["open_story_points"].as_f64(), Some(open_points));
        assert_eq!(m["tickets_reported"].as_u64(), Some(reported as u64));
        let listed: BTreeSet<&str> = str_set(rows(&doc, "tickets"), "key");
        assert_eq!(listed, assigned.iter().map(|i| i.key.as_str()).collect());
        let by_status: u64 = rows(&doc, "by_status")
            .iter()
            .map(|r| r["tickets"].as_u64().expect("count"))
            .sum();
        assert_eq!(by_status, assigned.len() as u64);
    }
}

#[test]
fn member_labels_are_added_listed_and_removed() {
    let s = synced();
    let people = seen_people(&s.issues);
    let mut ids = people.keys();
    let (a, b) = (
        ids.next().expect("a member").clone(),
        ids.next().expect("another member").clone(),
    );
    s.env
        .cmd(["member", "label", "add", &a, "backend", "oncall"])
        .assert()
        .success();
    s.env
        .cmd(["member", "label", "add", &b, "backend"])
        .assert()
        .success();
    let doc = s.json(&["member", "labels"]);
    let labels: BTreeMap<&str, u64> = rows(&doc, "labels")
        .iter()
        .map(|r| {
            (
                r["label"].as_str().expect("label"),
                r["members_count"].as_u64().expect("count"),
            )
        })
        .collect();
    assert_eq!(labels, BTreeMap::from([("backend", 2), ("oncall", 1)]));
    let list = s.json(&["member", "list"]);
    let of = |id: &str| {
        rows(&list, "members")
            .iter()
            .find(|m| m["account_id"] == id)
            .expect("member")["labels"]
            .clone()
    };
    assert_eq!(of(&a), serde_json::json!(["backend", "oncall"]));

    s.env
        .cmd(["member", "label", "remove", &a, "oncall"])
        .assert()
        .success();
    let doc = s.json(&["member", "labels"]);
    assert_eq!(
        str_set(rows(&doc, "labels"), "label"),
        BTreeSet::from(["backend"])
    );
    // Removing a label the member does not carry is "not found"; a label with a space is refused.
    s.env
        .cmd(["member", "label", "remove", &a, "oncall"])
        .assert()
        .code(4);
    s.env
        .cmd(["member", "label", "add", &a, "two words"])
        .assert()
        .code(2);
}

#[test]
fn an_ambiguous_member_name_exits_2_listing_the_candidates() {
    let s = synced();
    let mut by_name: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for p in seen_people(&s.issues).into_values() {
        by_name
            .entry(p.display_name)
            .or_default()
            .push(p.account_id);
    }
    let (name, ids) = by_name
        .into_iter()
        .find(|(_, ids)| ids.len() > 1)
        .expect("the seeded data has two people with the same name");
    let a = s
        .env
        .cmd(["member", "show", &name.to_lowercase()])
        .assert()
        .code(2);
    let err = stderr(&a);
    assert_eq!(err.lines().count(), 1, "{err}");
    for id in &ids {
        assert!(err.contains(id.as_str()), "candidate {id} listed in {err}");
    }
    s.env
        .cmd(["member", "label", "add", &name, "x"])
        .assert()
        .code(2);
    // Each one is still reachable by account id.
    s.json(&["member", "show", &ids[0]]);
    s.env
        .cmd(["member", "show", "Nobody Ofthisname"])
        .assert()
        .code(4);
}

#[test]
fn part_of_a_name_shared_by_several_members_lists_them_and_exits_2() {
    let s = synced();
    let people: Vec<jira_sim::SimUserRef> = seen_people(&s.issues).into_values().collect();
    // A first name several different full names start with ("Aiko" for Aiko Tanaka, Aiko Costa…).
    let mut by_first: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for p in &people {
        if let Some((first, _)) = p.display_name.split_once(' ') {
            by_first
                .entry(first.to_string())
                .or_default()
                .insert(p.display_name.clone());
        }
    }
    let (first, names) = by_first
        .into_iter()
        .find(|(first, names)| names.len() > 2 && first.is_ascii())
        .expect("the seeded names share first names");
    let a = s.env.cmd(["member", "show", &first]).assert().code(2);
    let err = stderr(&a);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!("error: '{first}' matches ")),
        "{err}"
    );
    for name in &names {
        assert!(err.contains(name.as_str()), "{name} listed in {err}");
    }
    // A typo of a whole name is not found, with the name meant.
    let one = people
        .iter()
        .find(|p| {
            p.display_name.len() > 8
                && p.display_name
                    .chars()
                    .all(|c| c.is_ascii_alphabetic() || c == ' ')
        })
        .expect("a name");
    let typo = format!("{}x", &one.display_name[..one.display_name.len() - 1]);
    let a = s.env.cmd(["member", "show", &typo]).assert().code(4);
    assert!(
        stderr(&a).contains(&format!("did you mean '{}'?", one.display_name)),
        "{}",
        stderr(&a)
    );
}

// -------------------------------------------------------------------------------------------
// ignore rules applied

#[test]
fn ignored_tickets_and_types_leave_every_report_until_include_ignored() {
    let s = synced();
    // An open, assigned story: it counts in the dashboard and in its assignee's member view.
    let target = s
        .issues
        .iter()
        .find(|i| is_open(i) && !i.subtask && i.assignee.is_some())
        .expect("an open assigned ticket");
    let owner = target
        .assignee
        .as_ref()
        .expect("assignee")
        .account_id
        .clone();
    let all = s.dashboard_keys(&[]);
    assert!(all.contains(&target.key));

    s.env
        .cmd(["ignore", "ticket", "add", &target.key.to_lowercase()])
        .assert()
        .success();
    s.env
        .cmd(["ignore", "type", "add", "sub-task"])
        .assert()
        .success();
    // Types compare case-insensitively: the same rule again is not a second rule.
    s.env
        .cmd(["ignore", "type", "add", "SUB-TASK"])
        .assert()
        .success();
    let list = s.json(&["ignore", "list"]);
    assert_eq!(
        rows(&list, "ignored").len(),
        2,
        "one ticket and one type: {list}"
    );

    let expected: BTreeSet<String> = s
        .issues
        .iter()
        .filter(|i| i.key != target.key && i.issue_type != "Sub-task")
        .map(|i| i.key.clone())
        .collect();
    assert!(
        expected.len() < all.len() - 1,
        "sub-tasks were left out too"
    );
    assert_eq!(s.dashboard_keys(&[]), expected);
    let doc = s.json(&[
        "dashboard",
        "--offline",
        "--tz",
        "UTC",
        "--section",
        "summary",
    ]);
    assert_eq!(
        doc["summary"]["total_tickets"].as_u64(),
        Some(expected.len() as u64)
    );
    assert_eq!(doc["filters"]["ignored_tickets"], 1);
    assert_eq!(
        doc["filters"]["ignored_types"],
        serde_json::json!(["sub-task"])
    );

    // --include-ignored brings them back.
    assert_eq!(s.dashboard_keys(&["--include-ignored"]), all);

    // Member reports apply the rules too.
    let show = s.json(&["member", "show", &owner]);
    assert!(!str_set(rows(&show, "tickets"), "key").contains(target.key.as_str()));
    let open_not_ignored = s
        .issues
        .iter()
        .filter(|i| {
            is_open(i)
                && i.key != target.key
                && i.issue_type != "Sub-task"
                && i.assignee.as_ref().is_some_and(|a| a.account_id == owner)
        })
        .count();
    let list = s.json(&["member", "list"]);
    let row = rows(&list, "members")
        .iter()
        .find(|m| m["account_id"] == owner.as_str())
        .expect("owner listed");
    assert_eq!(row["open_tickets"].as_u64(), Some(open_not_ignored as u64));

    // Removing the rules restores everything.
    s.env
        .cmd(["ignore", "ticket", "remove", &target.key])
        .assert()
        .success();
    s.env
        .cmd(["ignore", "type", "remove", "Sub-task"])
        .assert()
        .success();
    assert_eq!(s.dashboard_keys(&[]), all);
}
