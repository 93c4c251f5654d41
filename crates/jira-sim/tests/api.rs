//! Behaviour of the simulated service over HTTP: auth, permissions, search rules, Agile,
//! Data Center flavour, rate limits, faults, mutations and the control API.

mod common;

use common::{Auth, Client, all_projects_jql, config, is_jira_ts, start};
use jira_sim::{Faults, Flavor, Mutation, NewIssue, RateLimit, ScriptedFault, SimConfig};
use reqwest::StatusCode;
use serde_json::{Value, json};

fn dc(issues: usize) -> SimConfig {
    SimConfig {
        flavor: Flavor::DataCenter,
        ..config(issues)
    }
}

#[tokio::test]
async fn myself_answers_for_the_seeded_admin() {
    let sim = start(config(20)).await;
    let me = Client::admin(&sim).json("/rest/api/3/myself").await;
    assert_eq!(me["accountId"], sim.account_id());
    assert_eq!(me["emailAddress"], sim.email());
    assert!(
        me["self"]
            .as_str()
            .is_some_and(|s| s.starts_with(&sim.url())),
        "self is absolute from the Host header"
    );
}

#[tokio::test]
async fn missing_credentials_get_jiras_401_body() {
    let sim = start(config(5)).await;
    let r = Client::with(&sim, Auth::None)
        .get("/rest/api/3/myself")
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        r.json(),
        json!({"errorMessages": ["You are not authenticated. Authentication required to perform this operation."], "errors": {}})
    );
}

#[tokio::test]
async fn wrong_token_is_rejected_with_the_other_401_envelope() {
    let sim = start(config(5)).await;
    let r = Client::with(&sim, Auth::Basic(sim.email().into(), "nope".into()))
        .get("/rest/api/2/serverInfo")
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        r.json(),
        json!({"message": "Client must be authenticated to access this resource.", "status-code": 401})
    );
}

#[tokio::test]
async fn cloud_does_not_accept_personal_access_tokens() {
    let sim = start(config(5)).await;
    let r = Client::with(&sim, Auth::Bearer(sim.pat().into()))
        .get("/rest/api/3/myself")
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn anonymous_project_list_is_empty_not_401() {
    let sim = start(config(5)).await;
    let r = Client::with(&sim, Auth::None)
        .get("/rest/api/2/project")
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json(), json!([]));
}

#[tokio::test]
async fn users_see_only_granted_projects_and_their_issues() {
    let sim = start(config(120)).await;
    let restricted = sim
        .credentials()
        .into_iter()
        .find(|c| !c.admin && c.projects.len() == 1)
        .expect("a restricted login");
    let client = Client::with(
        &sim,
        Auth::Basic(restricted.email.clone(), restricted.api_token.clone()),
    );
    let projects = client.json("/rest/api/3/project").await;
    let keys: Vec<&str> = projects
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|p| p["key"].as_str())
        .collect();
    assert_eq!(
        keys,
        restricted
            .projects
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
    );

    let hidden = sim
        .issues()
        .into_iter()
        .find(|i| !restricted.projects.contains(&i.project_key))
        .expect("hidden issue");
    let r = client
        .get(&format!("/rest/api/3/issue/{}", hidden.key))
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(
        r.json()["errorMessages"][0],
        "Issue does not exist or you do not have permission to see it."
    );

    let r = client
        .get_query(
            "/rest/api/3/search/jql",
            &[("jql", &format!("project = {}", hidden.project_key))],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.json()["errorMessages"][0],
        format!(
            "The value '{}' does not exist for the field 'project'.",
            hidden.project_key
        )
    );
}

#[tokio::test]
async fn removed_search_endpoints_answer_410_on_cloud() {
    let sim = start(config(5)).await;
    let c = Client::admin(&sim);
    for path in [
        "/rest/api/2/search?jql=project=PLAT",
        "/rest/api/3/search?jql=project=PLAT",
    ] {
        let r = c.get(path).await;
        assert_eq!(r.status, StatusCode::GONE);
        assert_eq!(
            r.text,
            r#"{"errorMessages":["The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046"],"errors":{}}"#
        );
    }
    assert_eq!(
        c.post("/rest/api/3/search", &json!({"jql": "project = PLAT"}))
            .await
            .status,
        StatusCode::GONE
    );
}

#[tokio::test]
async fn search_jql_returns_ids_only_by_default() {
    let sim = start(config(30)).await;
    let page = Client::admin(&sim)
        .json_query("/rest/api/3/search/jql", &[("jql", "project = PLAT")])
        .await;
    let first = &page["issues"][0];
    assert!(first["id"].is_string() && first["key"].is_string() && first["self"].is_string());
    assert!(first.get("fields").is_none(), "{first}");
}

#[tokio::test]
async fn fields_are_chosen_by_list_repeat_star_and_minus() {
    let sim = start(config(30)).await;
    let c = Client::admin(&sim);
    let keys = |v: &Value| -> Vec<String> {
        let mut k: Vec<String> = v["issues"][0]["fields"]
            .as_object()
            .expect("fields")
            .keys()
            .cloned()
            .collect();
        k.sort();
        k
    };
    let listed = c
        .json("/rest/api/3/search/jql?jql=project%3DPLAT&fields=summary,status")
        .await;
    assert_eq!(keys(&listed), vec!["status", "summary"]);
    let repeated = c
        .json("/rest/api/3/search/jql?jql=project%3DPLAT&fields=summary&fields=status")
        .await;
    assert_eq!(keys(&repeated), vec!["status", "summary"]);
    let nav = c
        .json("/rest/api/3/search/jql?jql=project%3DPLAT&fields=*navigable,-description")
        .await;
    assert!(
        keys(&nav).contains(&"summary".to_string())
            && !keys(&nav).contains(&"description".to_string())
    );
    assert!(
        !keys(&nav).contains(&"comment".to_string()),
        "comment is not navigable"
    );
    let all = c
        .json("/rest/api/3/search/jql?jql=project%3DPLAT&fields=*all")
        .await;
    let sprint_field = sim.fields().sprint;
    assert!(keys(&all).contains(&"comment".to_string()) && keys(&all).contains(&sprint_field));
}

#[tokio::test]
async fn page_size_caps_at_100_with_fields_and_5000_for_ids() {
    let sim = start(config(5200)).await;
    let c = Client::admin(&sim);
    let jql = all_projects_jql(&sim);
    let with_fields = c
        .json_query(
            "/rest/api/3/search/jql",
            &[("jql", &jql), ("maxResults", "500"), ("fields", "summary")],
        )
        .await;
    assert_eq!(with_fields["issues"].as_array().map(Vec::len), Some(100));
    let ids = c
        .json_query(
            "/rest/api/3/search/jql",
            &[("jql", &jql), ("maxResults", "9999")],
        )
        .await;
    assert_eq!(ids["issues"].as_array().map(Vec::len), Some(5000));
    assert_eq!(ids["isLast"], false);
}

#[tokio::test]
async fn unbounded_and_empty_queries_are_rejected() {
    let sim = start(config(10)).await;
    let c = Client::admin(&sim);
    for jql in ["", "ORDER BY key DESC"] {
        let r = c.get_query("/rest/api/3/search/jql", &[("jql", jql)]).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{jql:?}");
        assert_eq!(
            r.json(),
            json!({"errorMessages": ["Unbounded JQL queries are not allowed here. Please add a search restriction to your query."], "errors": {}})
        );
    }
}

#[tokio::test]
async fn bad_jql_answers_400_with_jiras_messages() {
    let sim = start(config(10)).await;
    let c = Client::admin(&sim);
    let cases = [
        (
            "foo = bar",
            "Field 'foo' does not exist or you do not have permission to view it.",
        ),
        (
            "project = XYZ",
            "The value 'XYZ' does not exist for the field 'project'.",
        ),
        (
            "labels = c++",
            "Error in the JQL Query: The character '+' is a reserved JQL character.",
        ),
        (
            "project = PLAT AND",
            "Error in the JQL Query: Expecting a field name before the end of the query.",
        ),
    ];
    for (jql, msg) in cases {
        let r = c.post("/rest/api/3/search/jql", &json!({"jql": jql})).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{jql}");
        let got = r.json()["errorMessages"][0]
            .as_str()
            .expect("message")
            .to_string();
        assert!(got.starts_with(msg), "{jql}: {got}");
    }
}

#[tokio::test]
async fn post_search_takes_fields_as_array_and_expand_as_string() {
    let sim = start(config(40)).await;
    let page = Client::admin(&sim)
        .post_json(
            "/rest/api/3/search/jql",
            &json!({"jql": "project = PLAT", "fields": ["summary", "status"], "expand": "changelog,names", "maxResults": 5}),
        )
        .await;
    let issue = &page["issues"][0];
    assert!(issue["fields"]["summary"].is_string());
    assert!(issue["changelog"]["histories"].is_array());
    assert_eq!(page["names"]["summary"], "Summary");
}

#[tokio::test]
async fn embedded_changelog_is_recent_first_and_reports_the_total() {
    let sim = start(config(60)).await;
    let long = sim
        .issues()
        .into_iter()
        .max_by_key(|i| i.changelog.len())
        .expect("issues");
    let c = Client::admin(&sim);
    let page = c
        .json_query(
            "/rest/api/3/search/jql",
            &[
                ("jql", &format!("key = {}", long.key)),
                ("expand", "changelog"),
            ],
        )
        .await;
    let cl = &page["issues"][0]["changelog"];
    let histories = cl["histories"].as_array().expect("histories");
    let total = cl["total"].as_u64().expect("total") as usize;
    assert!(
        total > histories.len(),
        "only the most recent entries are embedded"
    );
    let ids: Vec<u64> = histories
        .iter()
        .map(|h| h["id"].as_str().and_then(|s| s.parse().ok()).expect("id"))
        .collect();
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "newest first");

    // The rest comes from the paged changelog endpoint, oldest first.
    let mut all = Vec::new();
    let mut start_at = 0;
    loop {
        let p = c
            .json(&format!(
                "/rest/api/3/issue/{}/changelog?startAt={start_at}",
                long.key
            ))
            .await;
        let values = p["values"].as_array().expect("values").clone();
        start_at += values.len();
        all.extend(values);
        if p["isLast"] == true {
            break;
        }
    }
    assert_eq!(all.len(), total);
}

#[tokio::test]
async fn approximate_count_matches_the_search() {
    let sim = start(config(150)).await;
    let r = Client::admin(&sim)
        .post_json(
            "/rest/api/3/search/approximate-count",
            &json!({"jql": "project = PLAT AND statusCategory != Done"}),
        )
        .await;
    let want = sim
        .issues()
        .iter()
        .filter(|i| i.project_key == "PLAT" && i.status_category != "done")
        .count();
    assert_eq!(r["count"].as_u64(), Some(want as u64));
}

#[tokio::test]
async fn v2_renders_wiki_text_and_v3_renders_adf() {
    let sim = start(config(40)).await;
    let c = Client::admin(&sim);
    let key = sim
        .issues()
        .into_iter()
        .map(|i| i.key)
        .next()
        .expect("an issue");
    let mut found = false;
    for i in sim.issues() {
        let v2 = c
            .json(&format!("/rest/api/2/issue/{}?fields=description", i.key))
            .await;
        if v2["fields"]["description"].is_null() {
            continue;
        }
        let v3 = c
            .json(&format!("/rest/api/3/issue/{}?fields=description", i.key))
            .await;
        assert!(v2["fields"]["description"].is_string());
        assert_eq!(v3["fields"]["description"]["type"], "doc");
        assert!(
            v3["self"]
                .as_str()
                .is_some_and(|s| s.contains("/rest/api/3/"))
        );
        found = true;
        break;
    }
    assert!(found, "some issue has a description ({key})");
}

#[tokio::test]
async fn dates_use_jiras_format_and_due_dates_are_plain_dates() {
    let sim = start(config(60)).await;
    let page = Client::admin(&sim)
        .json_query(
            "/rest/api/3/search/jql",
            &[
                ("jql", "project = PLAT AND duedate is not EMPTY"),
                ("fields", "created,updated,duedate"),
            ],
        )
        .await;
    let f = &page["issues"][0]["fields"];
    assert!(is_jira_ts(f["created"].as_str().expect("created")), "{f}");
    assert!(is_jira_ts(f["updated"].as_str().expect("updated")));
    let due = f["duedate"].as_str().expect("due");
    assert!(chrono::NaiveDate::parse_from_str(due, "%Y-%m-%d").is_ok());
}

#[tokio::test]
async fn hidden_emails_are_absent_not_null() {
    let sim = start(config(10)).await;
    let hidden = sim
        .users()
        .into_iter()
        .find(|u| !u.email_visible)
        .expect("a user hiding their email");
    let u = Client::admin(&sim)
        .json(&format!("/rest/api/3/user?accountId={}", hidden.account_id))
        .await;
    assert!(u.get("emailAddress").is_none(), "{u}");
    assert_eq!(u["displayName"], hidden.display_name.as_str());
}

#[tokio::test]
async fn hostile_values_survive_the_round_trip() {
    let sim = start(config(300)).await;
    let c = Client::admin(&sim);
    let hostile = sim
        .issues()
        .into_iter()
        .find(|i| i.summary.contains('\u{1b}'))
        .expect("escape in a summary");
    let got = c
        .json(&format!("/rest/api/3/issue/{}?fields=summary", hostile.key))
        .await;
    assert_eq!(got["fields"]["summary"], hostile.summary.as_str());
    let label = "\"quoted\"";
    let want = sim
        .issues()
        .iter()
        .filter(|i| i.labels.iter().any(|l| l == label))
        .count();
    let r = c
        .post_json(
            "/rest/api/3/search/approximate-count",
            &json!({"jql": r#"project in (PLAT, WEB, MOB) AND labels = "\"quoted\"""#}),
        )
        .await;
    assert_eq!(r["count"].as_u64(), Some(want as u64));
}

#[tokio::test]
async fn fields_list_names_the_custom_fields_with_real_schemas() {
    let sim = start(config(5)).await;
    let fields = Client::admin(&sim).json("/rest/api/3/field").await;
    let by_id = |id: &str| {
        fields
            .as_array()
            .expect("array")
            .iter()
            .find(|f| f["id"] == id)
            .cloned()
            .expect("field")
    };
    let f = sim.fields();
    assert_eq!(
        by_id(&f.sprint)["schema"]["custom"],
        "com.pyxis.greenhopper.jira:gh-sprint"
    );
    assert_eq!(by_id(&f.story_points)["name"], "Story Points");
    let est = f
        .story_point_estimate
        .expect("Cloud has the estimate field");
    assert_eq!(
        by_id(&est)["schema"]["custom"],
        "com.pyxis.greenhopper.jira:jsw-story-points"
    );
    assert_eq!(by_id(&f.team.expect("team"))["name"], "Team");
}

#[tokio::test]
async fn board_configuration_names_the_estimation_field() {
    let sim = start(config(30)).await;
    let c = Client::admin(&sim);
    for b in sim.boards().into_iter().filter(|b| b.kind == "scrum") {
        let conf = c
            .json(&format!("/rest/agile/1.0/board/{}/configuration", b.id))
            .await;
        assert_eq!(
            conf["estimation"]["field"]["fieldId"].as_str(),
            b.estimation_field.as_deref()
        );
    }
}

#[tokio::test]
async fn sprints_filter_by_state_and_have_no_total() {
    let sim = start(config(30)).await;
    let board = sim
        .boards()
        .into_iter()
        .find(|b| b.kind == "scrum")
        .expect("scrum board");
    let page = Client::admin(&sim)
        .json(&format!(
            "/rest/agile/1.0/board/{}/sprint?state=active,future",
            board.id
        ))
        .await;
    assert!(page.get("total").is_none());
    let states: Vec<&str> = page["values"]
        .as_array()
        .expect("values")
        .iter()
        .filter_map(|s| s["state"].as_str())
        .collect();
    assert!(!states.is_empty() && states.iter().all(|s| *s == "active" || *s == "future"));
}

#[tokio::test]
async fn kanban_boards_do_not_support_sprints() {
    let sim = start(config(10)).await;
    let board = sim
        .boards()
        .into_iter()
        .find(|b| b.kind == "kanban")
        .expect("kanban board");
    let r = Client::admin(&sim)
        .get(&format!("/rest/agile/1.0/board/{}/sprint", board.id))
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn sprint_issues_are_the_sprint_members() {
    let sim = start(config(200)).await;
    let sprint = sim
        .sprints()
        .into_iter()
        .find(|s| s.state == "active")
        .expect("active sprint");
    let page = Client::admin(&sim)
        .json(&format!(
            "/rest/agile/1.0/sprint/{}/issue?fields=summary&maxResults=100",
            sprint.id
        ))
        .await;
    let want = sim
        .issues()
        .iter()
        .filter(|i| i.sprint_ids.contains(&sprint.id))
        .count();
    assert_eq!(page["total"].as_u64(), Some(want as u64));
    assert!(
        page["issues"][0]["self"]
            .as_str()
            .is_some_and(|s| s.contains("/rest/agile/1.0/issue/"))
    );
}

#[tokio::test]
async fn agile_needs_a_software_licence() {
    let sim = start(config(10)).await;
    let unlicensed = sim
        .credentials()
        .into_iter()
        .find(|c| !c.software)
        .expect("unlicensed login");
    let r = Client::with(&sim, Auth::Basic(unlicensed.email, unlicensed.api_token))
        .get("/rest/agile/1.0/board")
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn data_center_takes_a_bearer_pat_and_pages_search_by_start_at() {
    let sim = start(dc(130)).await;
    let c = Client::admin(&sim);
    let info = c.json("/rest/api/2/serverInfo").await;
    assert_eq!(info["deploymentType"], "Server");
    let me = c.json("/rest/api/2/myself").await;
    assert_eq!(me["name"], sim.username());
    assert!(me.get("accountId").is_none());
    let page = c
        .json_query(
            "/rest/api/2/search",
            &[("jql", "project = PLAT"), ("maxResults", "10")],
        )
        .await;
    let want = sim
        .issues()
        .iter()
        .filter(|i| i.project_key == "PLAT")
        .count();
    assert_eq!(page["total"].as_u64(), Some(want as u64));
    assert_eq!(page["startAt"], 0);
    assert!(
        page["issues"][0]["fields"]["summary"].is_string(),
        "old search defaults to navigable fields"
    );
    assert_eq!(
        c.get("/rest/api/3/myself").await.status,
        StatusCode::NOT_FOUND,
        "no v3 on Data Center"
    );
    assert_eq!(
        c.get("/rest/api/2/search/jql?jql=project=PLAT")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn data_center_accepts_basic_name_and_token_and_renders_sprints_as_strings() {
    let sim = start(dc(150)).await;
    let c = Client::with(
        &sim,
        Auth::Basic(sim.username().into(), sim.api_token().into()),
    );
    let sprint_field = sim.fields().sprint;
    let issue = sim
        .issues()
        .into_iter()
        .find(|i| !i.sprint_ids.is_empty())
        .expect("issue in a sprint");
    let got = c
        .json(&format!(
            "/rest/api/2/issue/{}?fields={sprint_field}",
            issue.key
        ))
        .await;
    let first = got["fields"][&sprint_field][0]
        .as_str()
        .expect("string sprint");
    assert!(
        first.starts_with("com.atlassian.greenhopper.service.sprint.Sprint@"),
        "{first}"
    );
}

#[tokio::test]
async fn rate_limit_answers_429_with_jiras_headers() {
    let sim = start(SimConfig {
        rate_limit: Some(RateLimit {
            requests: 3,
            window_ms: 60_000,
            ..RateLimit::per_second(3)
        }),
        ..config(5)
    })
    .await;
    let c = Client::admin(&sim);
    for _ in 0..3 {
        let r = c.get("/rest/api/3/myself").await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.headers.contains_key("x-ratelimit-remaining"));
    }
    let r = c.get("/rest/api/3/myself").await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    let h = |n: &str| {
        r.headers
            .get(n)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    assert!(
        h("retry-after")
            .and_then(|v| v.parse::<u64>().ok())
            .is_some_and(|s| s >= 1)
    );
    assert_eq!(h("x-ratelimit-limit").as_deref(), Some("3"));
    assert_eq!(h("x-ratelimit-remaining").as_deref(), Some("0"));
    assert_eq!(h("x-ratelimit-nearlimit").as_deref(), Some("true"));
    assert!(
        h("x-ratelimit-reset").is_some_and(|v| v.ends_with('Z') && v.len() == 17),
        "{:?}",
        h("x-ratelimit-reset")
    );
    assert_eq!(sim.stats().rate_limited, 1);
    sim.set_rate_limit(None);
    assert_eq!(c.get("/rest/api/3/myself").await.status, StatusCode::OK);
}

#[tokio::test]
async fn scripted_faults_serve_5xx_html_and_resets_in_order() {
    let sim = start(config(5)).await;
    sim.set_faults(Faults {
        script: vec![
            ScriptedFault::Status { status: 503 },
            ScriptedFault::Html,
            ScriptedFault::Reset,
            ScriptedFault::Truncate,
        ],
        ..Faults::default()
    });
    let c = Client::admin(&sim);
    let r = c.get("/rest/api/3/myself").await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(r.headers.contains_key("retry-after"));
    let r = c.get("/rest/api/3/myself").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.headers["content-type"]
            .to_str()
            .is_ok_and(|t| t.starts_with("text/html"))
    );
    let reset = reqwest::Client::new()
        .get(format!("{}/rest/api/3/myself", sim.url()))
        .basic_auth(sim.email(), Some(sim.api_token()))
        .send()
        .await;
    assert!(reset.is_err(), "connection reset");
    let truncated = async {
        let resp = reqwest::Client::new()
            .get(format!("{}/rest/api/3/myself", sim.url()))
            .basic_auth(sim.email(), Some(sim.api_token()))
            .send()
            .await?;
        resp.text().await
    }
    .await;
    assert!(truncated.is_err(), "body cut off: {truncated:?}");
    assert_eq!(
        c.get("/rest/api/3/myself").await.status,
        StatusCode::OK,
        "script exhausted"
    );
    let stats = sim.stats();
    assert_eq!(stats.faults.get("reset"), Some(&1));
    assert_eq!(stats.faults.get("status_503"), Some(&1));
}

#[tokio::test]
async fn faults_never_touch_the_control_api() {
    let sim = start(SimConfig {
        faults: Faults {
            error_rate: 1.0,
            ..Faults::default()
        },
        ..config(5)
    })
    .await;
    let c = Client::with(&sim, Auth::None);
    assert_eq!(c.get("/_sim/stats").await.status, StatusCode::OK);
    assert!(
        c.get("/rest/api/2/serverInfo")
            .await
            .status
            .is_server_error()
    );
}

#[tokio::test]
async fn stats_count_requests_by_route_template() {
    let sim = start(config(20)).await;
    let c = Client::admin(&sim);
    let key = sim.issues()[0].key.clone();
    c.json(&format!("/rest/api/3/issue/{key}")).await;
    c.json(&format!("/rest/api/3/issue/{key}")).await;
    c.json("/rest/api/3/myself").await;
    let s = sim.stats();
    assert_eq!(s.count("GET", "/rest/api/3/issue/{issueIdOrKey}"), 2);
    assert_eq!(s.total, 3);
    let via_http = c.json("/_sim/stats").await;
    assert_eq!(via_http["total"], 3);
    sim.reset_stats();
    assert_eq!(sim.stats().total, 0);
}

#[tokio::test]
async fn mutations_show_up_in_the_api_and_snapshots() {
    let sim = start(config(50)).await;
    let c = Client::admin(&sim);
    let created = sim
        .mutate(Mutation::Create(NewIssue {
            project: "PLAT".into(),
            summary: "Brand new".into(),
            ..NewIssue::default()
        }))
        .expect("created");
    let got = c
        .json(&format!(
            "/rest/api/3/issue/{}?fields=summary,status",
            created.key
        ))
        .await;
    assert_eq!(got["fields"]["summary"], "Brand new");

    sim.mutate(Mutation::Transition {
        key: created.key.clone(),
        status: "Done".into(),
    })
    .expect("transitioned");
    let got = c
        .json(&format!(
            "/rest/api/3/issue/{}?fields=status,resolution",
            created.key
        ))
        .await;
    assert_eq!(got["fields"]["status"]["statusCategory"]["key"], "done");
    assert_eq!(got["fields"]["resolution"]["name"], "Done");

    let moved = sim
        .mutate(Mutation::Move {
            key: created.key.clone(),
            project: "WEB".into(),
        })
        .expect("moved");
    let by_old = c.json(&format!("/rest/api/3/issue/{}", created.key)).await;
    assert_eq!(
        by_old["key"],
        moved.key.as_str(),
        "the old key resolves to the moved issue"
    );

    sim.mutate(Mutation::Delete {
        key: moved.key.clone(),
    })
    .expect("deleted");
    assert_eq!(
        c.get(&format!("/rest/api/3/issue/{}", moved.key))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert!(sim.issue(&moved.key).is_none());
}

#[tokio::test]
async fn control_api_applies_mutations_faults_and_reset() {
    let sim = start(config(20)).await;
    let c = Client::with(&sim, Auth::None);
    let key = sim.issues()[0].key.clone();
    let r = c
        .post(
            "/_sim/mutations",
            &json!([{"op": "update", "key": key, "summary": "Renamed via control"}]),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(
        sim.issue(&key).expect("exists").summary,
        "Renamed via control"
    );

    let bad = c
        .post("/_sim/mutations", &json!({"op": "delete", "key": "NOPE-1"}))
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);

    let r = c.post("/_sim/faults", &json!({"error_rate": 2.0})).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "rates are shares");
    let r = c.post("/_sim/rate-limit", &json!({"requests": 5})).await;
    assert_eq!(r.status, StatusCode::OK);

    assert_eq!(
        c.post("/_sim/reset", &json!({})).await.status,
        StatusCode::NO_CONTENT
    );
    assert_ne!(
        sim.issue(&key).expect("exists").summary,
        "Renamed via control"
    );
}

#[tokio::test]
async fn same_seed_gives_identical_responses() {
    let a = start(config(80)).await;
    let b = start(config(80)).await;
    assert_eq!(a.issues(), b.issues());
    let key = a.issues()[7].key.clone();
    let ja = Client::admin(&a)
        .json(&format!("/rest/api/3/issue/{key}?expand=changelog"))
        .await;
    let jb = Client::admin(&b)
        .json(&format!("/rest/api/3/issue/{key}?expand=changelog"))
        .await;
    // Only the base URL (port) differs.
    let strip = |v: &Value, url: &str| v.to_string().replace(url, "BASE");
    assert_eq!(strip(&ja, &a.url()), strip(&jb, &b.url()));
}

#[tokio::test]
async fn unknown_rest_paths_answer_like_jersey() {
    let sim = start(config(5)).await;
    let r = Client::admin(&sim).get("/rest/api/3/nothing-here").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.json()["status-code"], 404);
}

#[tokio::test]
async fn bulk_fetch_serves_visible_issues_once_in_ascending_id_order_and_leaves_out_the_rest() {
    let sim = start(config(60)).await;
    let client = Client::admin(&sim);
    let mut issues = sim.issues();
    issues.sort_by_key(|i| i.id);
    let (first, second, third) = (&issues[0], &issues[1], &issues[2]);
    sim.mutate(Mutation::Delete {
        key: third.key.clone(),
    })
    .expect("deleted");
    sim.mutate(Mutation::Move {
        key: second.key.clone(),
        project: issues
            .iter()
            .find(|i| i.project_key != second.project_key)
            .expect("another project")
            .project_key
            .clone(),
    })
    .expect("moved");
    // Asked in descending order, by key and by id, with a repeat, a deleted issue, a moved key
    // and one that never existed.
    let body = client
        .post_json(
            "/rest/api/3/issue/bulkfetch",
            &json!({
                "issueIdsOrKeys": [second.key, first.id.to_string(), first.key, third.key, "NOPE-1"],
                "fields": ["summary", "status"],
                "expand": ["names"],
            }),
        )
        .await;
    let ids: Vec<&str> = body["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .map(|i| i["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, [first.id.to_string(), second.id.to_string()]);
    assert_eq!(
        body["issueErrors"],
        json!([]),
        "not-found issues are left out"
    );
    let fields = body["issues"][0]["fields"].as_object().expect("fields");
    let mut names: Vec<&str> = fields.keys().map(String::as_str).collect();
    names.sort_unstable();
    assert_eq!(names, ["status", "summary"]);

    let too_many: Vec<String> = (0..101).map(|n| format!("X-{n}")).collect();
    let reply = client
        .post(
            "/rest/api/3/issue/bulkfetch",
            &json!({"issueIdsOrKeys": too_many}),
        )
        .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_worklog_feed_pages_every_worklog_once_oldest_first_and_lists_them_by_id() {
    let sim = start(config(800)).await;
    let client = Client::admin(&sim);
    let issues = sim.issues();
    let cutoff = (sim.now() - chrono::Duration::minutes(1)).timestamp_millis();
    let expected: usize = issues.iter().map(|i| i.worklog_count).sum();
    assert!(expected > 1000, "more than one page: {expected}");
    // Follow nextPage to the last page.
    let mut seen: Vec<(i64, u64)> = Vec::new();
    let mut path = "/rest/api/3/worklog/updated?since=0".to_string();
    let mut pages = 0;
    loop {
        let page = client.json(&path).await;
        pages += 1;
        let values = page["values"].as_array().expect("values");
        assert!(values.len() <= 1000);
        seen.extend(values.iter().map(|v| {
            (
                v["updatedTime"].as_i64().expect("a time"),
                v["worklogId"].as_u64().expect("an id"),
            )
        }));
        if page["lastPage"] == json!(true) {
            assert!(page.get("nextPage").is_none());
            break;
        }
        let next = page["nextPage"].as_str().expect("a next page");
        path = next[next.find("/rest/").expect("a path")..].to_string();
        assert!(pages < 100, "the feed ends");
    }
    assert!(pages > 1);
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "oldest first");
    assert!(
        seen.iter().all(|(t, _)| *t < cutoff),
        "never the last minute"
    );
    let mut ids: Vec<u64> = seen.iter().map(|(_, id)| *id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), expected, "each worklog once");
    // A later `since` lists only what changed from then on.
    let mid = seen[seen.len() / 2].0;
    let later = client
        .json(&format!("/rest/api/3/worklog/updated?since={mid}"))
        .await;
    assert!(
        later["values"]
            .as_array()
            .expect("values")
            .iter()
            .all(|v| v["updatedTime"].as_i64().expect("a time") >= mid)
    );

    // The list: every id asked for (and no other), at most 1000 a request.
    let some: Vec<u64> = ids.iter().copied().take(300).collect();
    let listed = client
        .post_json("/rest/api/3/worklog/list", &json!({"ids": some}))
        .await;
    let mut got: Vec<u64> = listed
        .as_array()
        .expect("an array")
        .iter()
        .map(|w| w["id"].as_str().expect("an id").parse().expect("a number"))
        .collect();
    got.sort_unstable();
    assert_eq!(got, some);
    let too_many: Vec<u64> = ids.iter().copied().take(1001).collect();
    let r = client
        .post("/rest/api/3/worklog/list", &json!({"ids": too_many}))
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);

    // A deleted issue's worklogs leave the feed and enter the deleted one.
    let logged = issues
        .iter()
        .find(|i| i.worklog_count > 0)
        .expect("an issue with worklogs");
    sim.mutate(Mutation::Delete {
        key: logged.key.clone(),
    })
    .expect("deleted");
    let deleted = client.json("/rest/api/3/worklog/deleted?since=0").await;
    // Deleted just now: within the last minute, so not listed yet (Jira's rule).
    assert_eq!(deleted["values"].as_array().map(Vec::len), Some(0));
    assert_eq!(deleted["lastPage"], json!(true));
    let first = logged.id * 1000 + 500;
    let listed = client
        .post_json("/rest/api/3/worklog/list", &json!({"ids": [first]}))
        .await;
    assert_eq!(listed, json!([]), "a deleted issue's worklogs are gone");
}
