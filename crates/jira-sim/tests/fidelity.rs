//! Proof of fidelity: responses validate against Atlassian's OpenAPI schemas, and the key
//! paths of real captured responses exist in the simulator's answers with the same types.
//!
//! The specs and samples are the repository's copy in `testdata/jira-api/` (origins and
//! licences in `testdata/jira-api/samples/SOURCES.md` and `spec/README.md`).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::OnceLock;

use common::{Auth, Client, config, start};
use jira_sim::{Flavor, SimConfig, SimHandle};
use reqwest::StatusCode;
use serde_json::{Value, json};

/// Read when the test runs (cargo and nextest set `CARGO_MANIFEST_DIR` for every test
/// process), not when it was compiled: CI's fresh clone shares the target directory, and a
/// reused test binary must read the clone's files.
fn testdata_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
        .join("../../testdata/jira-api")
}

fn read_json(rel: &str) -> Value {
    let path = testdata_dir().join(rel);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

// ---------------------------------------------------------------- schemas

/// Property names that a recorded real response carries as `null` somewhere. Real Jira
/// returns `null` for properties its spec does not mark nullable; the samples are the
/// evidence, so only these names (and those the spec itself marks `nullable`) may be null.
fn nullable_in_samples() -> &'static BTreeSet<String> {
    static S: OnceLock<BTreeSet<String>> = OnceLock::new();
    S.get_or_init(|| {
        fn walk(v: &Value, out: &mut BTreeSet<String>) {
            match v {
                Value::Object(m) => {
                    for (k, x) in m {
                        if x.is_null() {
                            out.insert(k.clone());
                        }
                        walk(x, out);
                    }
                }
                Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
                _ => {}
            }
        }
        let mut names = BTreeSet::new();
        let dir = testdata_dir().join("samples");
        for entry in std::fs::read_dir(&dir).expect("testdata/jira-api/samples exists") {
            let path = entry.expect("readable directory entry").path();
            if path.extension().is_some_and(|e| e == "json") {
                let text = std::fs::read_to_string(&path).expect("readable sample");
                let v: Value = serde_json::from_str(&text).expect("sample is JSON");
                walk(&v, &mut names);
            }
        }
        names
    })
}

/// Lets a schema accept `null`: a typed schema gets `"null"` among its types, anything else
/// (a `$ref`, a composition) becomes "that, or null".
fn or_null(schema: &mut Value) {
    let Value::Object(m) = schema else { return };
    match m.get("type").cloned() {
        Some(Value::String(t)) => {
            m.insert("type".into(), json!([t, "null"]));
            if let Some(Value::Array(e)) = m.get_mut("enum") {
                e.push(Value::Null);
            }
        }
        Some(_) => {}
        None => {
            let inner = std::mem::take(schema);
            *schema = json!({"anyOf": [inner, {"type": "null"}]});
        }
    }
}

/// Makes nullable exactly the properties that may be null: those the spec marks
/// `nullable: true` (OpenAPI 3.0, which draft 4 ignores) and those a real sample shows null.
fn allow_null(v: &mut Value) {
    let evidence = nullable_in_samples();
    match v {
        Value::Object(m) => {
            if let Some(Value::Object(props)) = m.get_mut("properties") {
                for (name, prop) in props.iter_mut() {
                    let spec_says = prop.get("nullable") == Some(&Value::Bool(true));
                    if spec_says || evidence.contains(name) {
                        or_null(prop);
                    }
                }
            }
            for (_, x) in m.iter_mut() {
                allow_null(x);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(allow_null),
        _ => {}
    }
}

/// Where the spec and real captured responses disagree, the real response wins: schemas
/// whose properties include these names get `additionalProperties: true` (the Agile spec
/// inlines its schemas, so they are found by shape), each justified by a sample.
const SAMPLE_OVERRIDES: &[(&str, &[&str], &str)] = &[
    (
        "spec/platform-v3.json",
        &["deploymentType", "scmInfo", "serverTitle"],
        "samples/cloud-serverinfo.json has defaultLocale",
    ),
    (
        "spec/platform-v3.json",
        &["clauseNames", "navigable", "orderable"],
        "samples/cloud-v3-field-list.json has untranslatedName",
    ),
    (
        "spec/platform-v3.json",
        &["fieldtype", "fromString", "toString"],
        "v2-style changelogs carry tmpFromAccountId/tmpToAccountId (samples/agile-cloud-board-issues-with-changelog.json)",
    ),
    (
        "spec/software-agile.json",
        &["fieldtype", "fromString", "toString"],
        "samples/agile-cloud-board-issues-with-changelog.json has tmpFromAccountId/tmpToAccountId",
    ),
    (
        "spec/software-agile.json",
        &["projectKeyOrId"],
        "samples/agile-cloud-board-configuration-scrum.json has location.key/id/self/name",
    ),
];

fn relax_where(v: &mut Value, props: &[&str]) -> usize {
    let mut n = 0;
    match v {
        Value::Object(m) => {
            let hit = m
                .get("properties")
                .and_then(Value::as_object)
                .is_some_and(|p| props.iter().all(|k| p.contains_key(*k)));
            if hit {
                m.insert("additionalProperties".into(), json!(true));
                n += 1;
            }
            for (_, x) in m.iter_mut() {
                n += relax_where(x, props);
            }
        }
        Value::Array(a) => {
            for x in a {
                n += relax_where(x, props);
            }
        }
        _ => {}
    }
    n
}

struct Spec {
    doc: Value,
    components: Value,
}

impl Spec {
    fn load(rel: &str) -> Spec {
        let mut doc = read_json(rel);
        for (file, props, why) in SAMPLE_OVERRIDES.iter().filter(|(f, _, _)| *f == rel) {
            assert!(
                relax_where(&mut doc, props) > 0,
                "override ({why}) matches nothing in {file}"
            );
        }
        let mut components = doc["components"].clone();
        allow_null(&mut components);
        Spec { doc, components }
    }

    fn response_schema(&self, path: &str, method: &str) -> Value {
        let schema = self.doc["paths"][path][method]["responses"]["200"]["content"]["application/json"]["schema"].clone();
        assert!(!schema.is_null(), "no 200 JSON schema for {method} {path}");
        schema
    }

    fn validator(&self, mut schema: Value) -> jsonschema::Validator {
        allow_null(&mut schema);
        let root = json!({"allOf": [schema], "components": self.components});
        jsonschema::options()
            .with_draft(jsonschema::Draft::Draft4)
            .should_validate_formats(false)
            .build(&root)
            .expect("schema compiles")
    }

    fn component(&self, name: &str) -> jsonschema::Validator {
        self.validator(json!({"$ref": format!("#/components/schemas/{name}")}))
    }
}

fn platform() -> &'static Spec {
    static S: OnceLock<Spec> = OnceLock::new();
    S.get_or_init(|| Spec::load("spec/platform-v3.json"))
}

fn agile_spec() -> &'static Spec {
    static S: OnceLock<Spec> = OnceLock::new();
    S.get_or_init(|| Spec::load("spec/software-agile.json"))
}

fn assert_valid(v: &jsonschema::Validator, instance: &Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(instance)
        .take(8)
        .map(|e| format!("  at {}: {}", e.instance_path, e))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} does not match the spec:\n{}",
        errors.join("\n")
    );
}

/// Issue fields whose values have their own schema in the spec.
fn check_issue_fields(issue: &Value, what: &str) {
    let spec = platform();
    let single = [
        ("status", "StatusDetails"),
        ("statusCategory", "StatusCategory"),
        ("assignee", "UserDetails"),
        ("reporter", "UserDetails"),
        ("creator", "UserDetails"),
        ("issuetype", "IssueTypeDetails"),
        ("priority", "Priority"),
        ("resolution", "Resolution"),
        ("project", "ProjectDetails"),
        ("parent", "LinkedIssue"),
        ("comment", "PageOfComments"),
        ("worklog", "PageOfWorklogs"),
        ("votes", "Votes"),
        ("watches", "Watchers"),
        ("timetracking", "TimeTrackingDetails"),
    ];
    let fields = &issue["fields"];
    for (name, component) in single {
        if let Some(v) = fields.get(name).filter(|v| !v.is_null()) {
            assert_valid(
                &spec.component(component),
                v,
                &format!("{what} field {name}"),
            );
        }
    }
    // IssueLink doubles as the create-request shape and requires both sides; a response
    // carries only the other side (`inwardIssue` or `outwardIssue`).
    let mut link = spec.components["schemas"]["IssueLink"].clone();
    if let Some(m) = link.as_object_mut() {
        m.remove("required");
    }
    let link = spec.validator(link);
    for v in fields
        .get("issuelinks")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        assert_valid(&link, v, &format!("{what} field issuelinks"));
        assert!(
            v.get("inwardIssue").is_some() != v.get("outwardIssue").is_some(),
            "one side per link: {v}"
        );
    }
    for v in fields
        .get("subtasks")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        assert_valid(
            &spec.component("LinkedIssue"),
            v,
            &format!("{what} field subtasks"),
        );
    }
}

struct Fixture {
    sim: SimHandle,
    client: Client,
    /// An issue with comments, worklogs, links, a parent and a long changelog.
    rich: String,
    epic: String,
    board: u64,
    kanban: u64,
    sprint: u64,
    account: String,
}

async fn fixture(flavor: Flavor) -> Fixture {
    let sim = start(SimConfig {
        flavor,
        ..config(400)
    })
    .await;
    let client = Client::admin(&sim);
    let issues = sim.issues();
    let rich = issues
        .iter()
        .max_by_key(|i| {
            (
                i.comment_count.min(3),
                i.worklog_count.min(21),
                i.changelog.len(),
            )
        })
        .expect("issues")
        .key
        .clone();
    let epic = issues
        .iter()
        .find(|i| i.issue_type == "Epic")
        .expect("an epic")
        .key
        .clone();
    let board = sim
        .boards()
        .into_iter()
        .find(|b| b.kind == "scrum")
        .expect("scrum board")
        .id;
    let kanban = sim
        .boards()
        .into_iter()
        .find(|b| b.kind == "kanban")
        .expect("kanban board")
        .id;
    let sprint = sim
        .sprints()
        .into_iter()
        .find(|s| s.state == "active")
        .expect("active sprint")
        .id;
    let account = sim
        .users()
        .into_iter()
        .find(|u| !u.email_visible)
        .expect("hidden email")
        .account_id;
    Fixture {
        sim,
        client,
        rich,
        epic,
        board,
        kanban,
        sprint,
        account,
    }
}

#[tokio::test]
async fn platform_responses_validate_against_the_v3_spec() {
    let f = fixture(Flavor::Cloud).await;
    let spec = platform();
    let rich = &f.rich;
    let jql_all = "project in (PLAT, WEB, MOB) ORDER BY key";
    let gets: Vec<(&str, String)> = vec![
        ("/rest/api/3/myself", "/rest/api/3/myself".into()),
        ("/rest/api/3/serverInfo", "/rest/api/3/serverInfo".into()),
        (
            "/rest/api/3/project/search",
            "/rest/api/3/project/search?maxResults=2".into(),
        ),
        ("/rest/api/3/project", "/rest/api/3/project".into()),
        (
            "/rest/api/3/project/{projectIdOrKey}",
            "/rest/api/3/project/PLAT".into(),
        ),
        ("/rest/api/3/field", "/rest/api/3/field".into()),
        (
            "/rest/api/3/issue/{issueIdOrKey}",
            format!("/rest/api/3/issue/{rich}"),
        ),
        (
            "/rest/api/3/issue/{issueIdOrKey}",
            format!(
                "/rest/api/3/issue/{rich}?expand=changelog,names,schema,renderedFields,transitions"
            ),
        ),
        (
            "/rest/api/3/issue/{issueIdOrKey}/worklog",
            format!("/rest/api/3/issue/{rich}/worklog"),
        ),
        (
            "/rest/api/3/issue/{issueIdOrKey}/comment",
            format!("/rest/api/3/issue/{rich}/comment"),
        ),
        (
            "/rest/api/3/issue/{issueIdOrKey}/changelog",
            format!("/rest/api/3/issue/{rich}/changelog"),
        ),
        (
            "/rest/api/3/issue/{issueIdOrKey}/transitions",
            format!("/rest/api/3/issue/{rich}/transitions"),
        ),
        (
            "/rest/api/3/user/search",
            "/rest/api/3/user/search?query=a".into(),
        ),
        (
            "/rest/api/3/user",
            format!("/rest/api/3/user?accountId={}", f.account),
        ),
        (
            "/rest/api/3/user/assignable/multiProjectSearch",
            "/rest/api/3/user/assignable/multiProjectSearch?projectKeys=PLAT".into(),
        ),
        ("/rest/api/3/issuetype", "/rest/api/3/issuetype".into()),
        ("/rest/api/3/priority", "/rest/api/3/priority".into()),
        ("/rest/api/3/status", "/rest/api/3/status".into()),
        (
            "/rest/api/3/statuscategory",
            "/rest/api/3/statuscategory".into(),
        ),
        ("/rest/api/3/resolution", "/rest/api/3/resolution".into()),
        (
            "/rest/api/3/issueLinkType",
            "/rest/api/3/issueLinkType".into(),
        ),
        (
            "/rest/api/3/search/jql",
            format!(
                "/rest/api/3/search/jql?jql={}&maxResults=3",
                urlenc(jql_all)
            ),
        ),
        (
            "/rest/api/3/search/jql",
            format!(
                "/rest/api/3/search/jql?jql={}&fields=*all&expand=changelog,names,schema&maxResults=40",
                urlenc(jql_all)
            ),
        ),
    ];
    // The site's worklog feed (ids to list come from it).
    let feed = f.client.json("/rest/api/3/worklog/updated?since=0").await;
    let worklog_ids: Vec<u64> = feed["values"]
        .as_array()
        .expect("values")
        .iter()
        .map(|v| v["worklogId"].as_u64().expect("an id"))
        .collect();
    assert!(!worklog_ids.is_empty(), "the seed logs work");
    for path in ["/rest/api/3/worklog/updated", "/rest/api/3/worklog/deleted"] {
        let body = f.client.json(&format!("{path}?since=0")).await;
        assert_valid(
            &spec.validator(spec.response_schema(path, "get")),
            &body,
            &format!("GET {path}"),
        );
    }
    for (template, path) in gets {
        let body = f.client.json(&path).await;
        let method = "get";
        assert_valid(
            &spec.validator(spec.response_schema(template, method)),
            &body,
            &format!("GET {path}"),
        );
        // The same resource under /rest/api/2.
        let v2 = f
            .client
            .json(&path.replacen("/rest/api/3/", "/rest/api/2/", 1))
            .await;
        assert_valid(
            &spec.validator(spec.response_schema(template, method)),
            &v2,
            &format!("GET {path} (v2)"),
        );
        let issues: Vec<&Value> = match body.get("issues") {
            Some(Value::Array(a)) => a.iter().collect(),
            _ if template == "/rest/api/3/issue/{issueIdOrKey}" => vec![&body],
            _ => Vec::new(),
        };
        for i in issues {
            check_issue_fields(i, &format!("GET {path}"));
        }
    }
    let posts: Vec<(&str, Value)> = vec![
        (
            "/rest/api/3/search/jql",
            json!({"jql": "project = PLAT", "fields": ["summary", "status", "assignee"], "maxResults": 10}),
        ),
        (
            "/rest/api/3/search/approximate-count",
            json!({"jql": "project = PLAT"}),
        ),
        (
            "/rest/api/3/issue/bulkfetch",
            json!({"issueIdsOrKeys": [rich, "NOPE-1"], "fields": ["*navigable"]}),
        ),
        (
            "/rest/api/3/changelog/bulkfetch",
            json!({"issueIdsOrKeys": [rich], "maxResults": 20}),
        ),
        (
            "/rest/api/3/worklog/list",
            json!({"ids": worklog_ids.iter().take(50).collect::<Vec<_>>()}),
        ),
    ];
    for (path, req) in posts {
        let body = f.client.post_json(path, &req).await;
        assert_valid(
            &spec.validator(spec.response_schema(path, "post")),
            &body,
            &format!("POST {path}"),
        );
    }
}

#[tokio::test]
async fn agile_responses_validate_against_the_agile_spec() {
    let f = fixture(Flavor::Cloud).await;
    let spec = agile_spec();
    let cases: Vec<(&str, String)> = vec![
        ("/rest/agile/1.0/board", "/rest/agile/1.0/board".into()),
        (
            "/rest/agile/1.0/board/{boardId}",
            format!("/rest/agile/1.0/board/{}", f.board),
        ),
        (
            "/rest/agile/1.0/board/{boardId}/configuration",
            format!("/rest/agile/1.0/board/{}/configuration", f.board),
        ),
        (
            "/rest/agile/1.0/board/{boardId}/configuration",
            format!("/rest/agile/1.0/board/{}/configuration", f.kanban),
        ),
        (
            "/rest/agile/1.0/board/{boardId}/issue",
            format!(
                "/rest/agile/1.0/board/{}/issue?maxResults=20&expand=changelog",
                f.board
            ),
        ),
        (
            "/rest/agile/1.0/board/{boardId}/backlog",
            format!("/rest/agile/1.0/board/{}/backlog?maxResults=20", f.board),
        ),
        (
            "/rest/agile/1.0/board/filter/{filterId}",
            format!("/rest/agile/1.0/board/filter/{}", 10000 + f.board),
        ),
    ];
    for (template, path) in cases {
        let body = f.client.json(&path).await;
        assert_valid(
            &spec.validator(spec.response_schema(template, "get")),
            &body,
            &format!("GET {path}"),
        );
    }
    // Sprint issues have no schema of their own in this spec; they are SearchResults too.
    let body = f
        .client
        .json(&format!(
            "/rest/agile/1.0/sprint/{}/issue?maxResults=20",
            f.sprint
        ))
        .await;
    assert_valid(&spec.component("SearchResults"), &body, "GET sprint issues");
}

fn urlenc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

// ---------------------------------------------------------------- samples

fn type_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

type Paths = BTreeMap<String, BTreeSet<&'static str>>;

fn collect(v: &Value, prefix: &str, out: &mut Paths) {
    out.entry(prefix.to_string())
        .or_default()
        .insert(type_of(v));
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let p = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                collect(x, &p, out);
            }
        }
        Value::Array(a) => {
            for x in a {
                collect(x, &format!("{prefix}[]"), out);
            }
        }
        _ => {}
    }
}

/// The sample tenant's custom field ids (from its own field list) mapped to the simulator's.
fn custom_field_map(sim: &SimHandle) -> Vec<(String, String)> {
    let sample = read_json("samples/cloud-v3-field-list.json");
    let f = sim.fields();
    let ours: Vec<(&str, Option<String>)> = vec![
        ("Sprint", Some(f.sprint.clone())),
        ("Story Points", Some(f.story_points.clone())),
        ("Story point estimate", f.story_point_estimate.clone()),
        ("Epic Link", Some(f.epic_link.clone())),
        ("Rank", Some(f.rank.clone())),
        ("Flagged", Some(f.flagged.clone())),
        ("Team", f.team.clone()),
    ];
    let mut map = Vec::new();
    for item in sample.as_array().expect("field list") {
        let name = item["name"].as_str().unwrap_or_default();
        if let Some((_, Some(id))) = ours.iter().find(|(n, _)| *n == name) {
            map.push((
                item["id"].as_str().unwrap_or_default().to_string(),
                id.clone(),
            ));
        }
    }
    map
}

/// Rewrites the sample's custom field ids to ours; drops paths of custom fields we do not have.
fn normalise(paths: Paths, map: &[(String, String)]) -> Paths {
    let mut out = Paths::new();
    'next: for (p, t) in paths {
        let mut p = p;
        for seg in p.clone().split(['.', '[']) {
            if let Some(rest) = seg.strip_prefix("customfield_") {
                let id = format!("customfield_{}", rest.trim_end_matches(']'));
                match map.iter().find(|(from, _)| *from == id) {
                    Some((from, to)) => p = p.replace(from.as_str(), to.as_str()),
                    None => continue 'next,
                }
            }
        }
        out.entry(p).or_default().extend(t);
    }
    out
}

/// Paths a sample has that the simulator deliberately does not, with the reason.
const EXCLUDED: &[(&str, &str)] = &[
    // Rich text: only the ADF envelope is compared; the tenant's documents use other nodes.
    (".description.", "ADF/wiki content differs per document"),
    (".environment.", "ADF content differs per document"),
    (".body.content[]", "ADF content differs per comment"),
    // Not simulated (a reporting client does not need them).
    ("versions[]", "fix/affects versions are not simulated"),
    ("fixVersions[]", "fix/affects versions are not simulated"),
    // Site-specific names.
    ("roles.", "project role names differ per site"),
    // Jira 5 (2012) shapes that modern Data Center no longer returns.
    (
        "dc-v2-user.json:id",
        "Jira 5 users had an `id`; Data Center 9 has `key`",
    ),
    ("schema.votes.items", "Jira 5 described votes as an array"),
    (
        "schema.watches.items",
        "Jira 5 described watchers as an array",
    ),
    (
        "schema.comment.items",
        "Jira 5 described comments as an array",
    ),
];

fn excluded(sample: &str, path: &str) -> bool {
    EXCLUDED.iter().any(|(part, _)| match part.split_once(':') {
        Some((file, p)) => file == sample && path == p,
        None => path.contains(part),
    })
}

/// Compares one sample with one or more simulator responses; returns the problems.
fn compare(
    sample_name: &str,
    sample: &Value,
    ours: &[Value],
    map: &[(String, String)],
) -> Vec<String> {
    let mut sp = Paths::new();
    collect(sample, "", &mut sp);
    let sp = normalise(sp, map);
    let mut op = Paths::new();
    for o in ours {
        collect(o, "", &mut op);
    }
    let mut problems = Vec::new();
    for (path, types) in &sp {
        if path.is_empty() || excluded(sample_name, path) {
            continue;
        }
        let Some(got) = op.get(path) else {
            problems.push(format!("{sample_name}: missing {path} ({types:?})"));
            continue;
        };
        for t in types.iter().filter(|t| **t != "null") {
            if !got.contains(t) && !got.iter().all(|g| *g == "null") {
                problems.push(format!("{sample_name}: {path} is {got:?}, sample has {t}"));
            }
        }
    }
    problems
}

async fn many(c: &Client, paths: &[String]) -> Vec<Value> {
    let mut out = Vec::new();
    for p in paths {
        out.push(c.json(p).await);
    }
    out
}

#[tokio::test]
async fn cloud_samples_key_paths_exist_with_the_same_types() {
    let f = fixture(Flavor::Cloud).await;
    let c = &f.client;
    let map = custom_field_map(&f.sim);
    let keys: Vec<String> = f
        .sim
        .issues()
        .iter()
        .take(60)
        .map(|i| i.key.clone())
        .collect();
    let issue_paths = |v: u8, q: &str| {
        keys.iter()
            .map(|k| format!("/rest/api/{v}/issue/{k}{q}"))
            .collect::<Vec<_>>()
    };
    let anon = Client::with(&f.sim, Auth::None);
    let bad = Client::with(&f.sim, Auth::Basic(f.sim.email().into(), "wrong".into()));

    let mut cases: Vec<(&str, Vec<Value>)> = vec![
        ("cloud-serverinfo.json", vec![c.json("/rest/api/2/serverInfo").await]),
        ("cloud-v3-myself.json", vec![c.json("/rest/api/3/myself?expand=groups,applicationRoles").await]),
        ("cloud-v3-field-list.json", vec![c.json("/rest/api/3/field").await]),
        ("cloud-v3-issue.json", many(c, &issue_paths(3, "")).await),
        ("cloud-v2-issue-hand-sanitized.json", many(c, &issue_paths(2, "?fields=*all")).await),
        (
            "cloud-v3-search-jql.json",
            vec![
                c.json_query(
                    "/rest/api/3/search/jql",
                    &[("jql", "project in (PLAT, WEB, MOB) ORDER BY created ASC"), ("fields", "*all"), ("maxResults", "100")],
                )
                .await,
            ],
        ),
        ("cloud-v3-issue-transitions.json", many(c, &issue_paths(3, "/transitions")[..5]).await),
        ("cloud-v3-priorities.json", vec![c.json("/rest/api/3/priority").await]),
        ("cloud-v3-issue-link-types.json", vec![c.json("/rest/api/3/issueLinkType").await]),
        ("cloud-v2-issue-comments.json", vec![c.json(&format!("/rest/api/2/issue/{}/comment", f.rich)).await]),
        ("cloud-v3-error-401-not-authenticated.json", vec![anon.get("/rest/api/3/myself").await.json()]),
        ("cloud-v3-error-404-project-not-found.json", vec![c.get("/rest/api/3/project/VULN").await.json()]),
        ("cloud-v3-error-410-search-removed.json", vec![c.get("/rest/api/3/search?jql=x").await.json()]),
        ("cloud-error-401-basic-auth-rejected.json", vec![bad.get("/rest/api/3/myself").await.json()]),
        ("cloud-v2-error-400-search-jql-unknown-field.json", vec![c.get("/rest/api/2/search/jql?jql=foo%3D1").await.json()]),
        ("agile-board-list.json", vec![c.json("/rest/agile/1.0/board").await]),
        ("agile-cloud-board.json", vec![c.json(&format!("/rest/agile/1.0/board/{}", f.board)).await]),
        (
            "agile-cloud-board-configuration-scrum.json",
            vec![c.json(&format!("/rest/agile/1.0/board/{}/configuration", f.board)).await],
        ),
        ("agile-cloud-board-sprints.json", vec![c.json(&format!("/rest/agile/1.0/board/{}/sprint", f.board)).await]),
        ("agile-cloud-sprint.json", vec![c.json(&format!("/rest/agile/1.0/sprint/{}", f.sprint)).await]),
        ("agile-cloud-board-projects.json", vec![c.json(&format!("/rest/agile/1.0/board/{}/project", f.board)).await]),
        (
            "agile-cloud-board-issues-with-changelog.json",
            vec![
                c.json(&format!("/rest/agile/1.0/board/{}/issue?expand=changelog&fields=status,issuetype,summary", f.board))
                    .await,
            ],
        ),
        ("agile-cloud-sprint-issues.json", vec![c.json(&format!("/rest/agile/1.0/sprint/{}/issue", f.sprint)).await]),
        ("agile-cloud-epic.json", vec![c.json(&format!("/rest/agile/1.0/epic/{}", f.epic)).await]),
        ("agile-cloud-boards-by-filter.json", vec![c.json(&format!("/rest/agile/1.0/board/filter/{}", 10000 + f.board)).await]),
    ];
    let mut problems = Vec::new();
    for (name, ours) in cases.drain(..) {
        let sample = read_json(&format!("samples/{name}"));
        problems.extend(compare(name, &sample, &ours, &map));
    }
    assert!(
        problems.is_empty(),
        "{} differences:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[tokio::test]
async fn data_center_samples_key_paths_exist_with_the_same_types() {
    let f = fixture(Flavor::DataCenter).await;
    let c = &f.client;
    // The Data Center samples come from other sites: their custom field ids mean other fields.
    let map = Vec::new();
    let keys: Vec<String> = f
        .sim
        .issues()
        .iter()
        .take(60)
        .map(|i| i.key.clone())
        .collect();
    let issue_paths = |q: &str| {
        keys.iter()
            .map(|k| format!("/rest/api/2/issue/{k}{q}"))
            .collect::<Vec<_>>()
    };
    let hidden = f
        .sim
        .users()
        .into_iter()
        .find(|u| !u.email_visible)
        .expect("hidden email")
        .name;
    let anon = Client::with(&f.sim, Auth::None);
    let cases: Vec<(&str, Vec<Value>)> = vec![
        (
            "dc-serverinfo-anonymous.json",
            vec![anon.json("/rest/api/2/serverInfo").await],
        ),
        ("dc-v2-issue.json", many(c, &issue_paths("")).await),
        (
            "dc-v2-issue-with-changelog.json",
            many(
                c,
                &issue_paths(
                    "?expand=renderedFields,names,schema,transitions,operations,editmeta,changelog",
                )[..20],
            )
            .await,
        ),
        (
            "dc-v2-issue-comments.json",
            vec![
                c.json(&format!("/rest/api/2/issue/{}/comment", f.rich))
                    .await,
            ],
        ),
        (
            "dc-v2-issue-worklogs.json",
            vec![
                c.json(&format!("/rest/api/2/issue/{}/worklog", f.rich))
                    .await,
            ],
        ),
        (
            "dc-v2-issuetypes.json",
            vec![c.json("/rest/api/2/issuetype").await],
        ),
        (
            "dc-v2-priorities.json",
            vec![c.json("/rest/api/2/priority").await],
        ),
        (
            "dc-v2-project-list.json",
            vec![c.json("/rest/api/2/project").await],
        ),
        (
            "dc-v2-project.json",
            vec![c.json("/rest/api/2/project/PLAT").await],
        ),
        (
            "dc-v2-resolutions.json",
            vec![c.json("/rest/api/2/resolution").await],
        ),
        (
            "dc-v2-search-many-issues.json",
            vec![
                c.json(
                    "/rest/api/2/search?jql=ORDER%20BY%20key&maxResults=1000&expand=names,schema",
                )
                .await,
            ],
        ),
        (
            "dc-v2-status-categories.json",
            vec![c.json("/rest/api/2/statuscategory").await],
        ),
        (
            "dc-v2-statuses.json",
            vec![c.json("/rest/api/2/status").await],
        ),
        (
            "dc-v2-user.json",
            vec![
                c.json(&format!("/rest/api/2/user?username={}", f.sim.username()))
                    .await,
            ],
        ),
        (
            "dc-v2-user-email-hidden.json",
            vec![c.json(&format!("/rest/api/2/user?username={hidden}")).await],
        ),
    ];
    let mut problems = Vec::new();
    for (name, ours) in cases {
        let sample = read_json(&format!("samples/{name}"));
        problems.extend(compare(name, &sample, &ours, &map));
    }
    assert!(
        problems.is_empty(),
        "{} differences:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[tokio::test]
async fn error_bodies_match_the_samples_exactly() {
    let sim = start(config(5)).await;
    let c = Client::admin(&sim);
    let r = c.get("/rest/api/3/search?jql=project%3DPLAT").await;
    assert_eq!(r.status, StatusCode::GONE);
    assert_eq!(
        r.json(),
        read_json("samples/cloud-v3-error-410-search-removed.json")
    );
    let r = Client::with(&sim, Auth::None)
        .get("/rest/api/3/myself")
        .await;
    assert_eq!(
        r.json(),
        read_json("samples/cloud-v3-error-401-not-authenticated.json")
    );
    let r = Client::with(&sim, Auth::Basic(sim.email().into(), "x".into()))
        .get("/rest/api/3/myself")
        .await;
    assert_eq!(
        r.json(),
        read_json("samples/cloud-error-401-basic-auth-rejected.json")
    );
    let r = c.get("/rest/api/3/project/VULN").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(
        r.json(),
        read_json("samples/cloud-v3-error-404-project-not-found.json")
    );
}

#[test]
fn null_is_allowed_only_where_a_real_response_shows_it() {
    let status = platform().component("StatusDetails");
    // No recorded response has a null status name: the schema must reject one.
    let bad = json!({"name": null, "id": "1"});
    assert!(!status.is_valid(&bad), "a null status name slipped through");
    assert!(status.is_valid(&json!({"name": "Done", "id": "1"})));
    // Real issues carry `"duedate": null`, `"assignee": null`: the evidence allows them.
    assert!(nullable_in_samples().contains("duedate"));
    assert!(nullable_in_samples().contains("assignee"));
    assert!(!nullable_in_samples().contains("name"));
}
