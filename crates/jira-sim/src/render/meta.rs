//! JSON for the site's catalogue: users, projects, statuses, types, fields, boards, sprints.

use serde_json::{Map, Value, json};

use super::Render;
use crate::clock::agile_ts;
use crate::config::Flavor;
use crate::data::{Board, BoardKind, Category, PointsField, Site, Sprint};

/// Which value an issue field holds, resolved once per request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum FieldKey {
    StatusCategoryChangeDate,
    IssueType,
    Parent,
    TimeSpent,
    Project,
    FixVersions,
    AggregateTimeSpent,
    StatusCategory,
    Resolution,
    ResolutionDate,
    WorkRatio,
    IssueRestriction,
    LastViewed,
    Watches,
    Created,
    Priority,
    Labels,
    TimeEstimate,
    AggregateTimeOriginalEstimate,
    Versions,
    IssueLinks,
    Assignee,
    Updated,
    Status,
    Components,
    TimeOriginalEstimate,
    Description,
    TimeTracking,
    Security,
    Attachment,
    AggregateTimeEstimate,
    Summary,
    Creator,
    Subtasks,
    Reporter,
    AggregateProgress,
    Environment,
    DueDate,
    Progress,
    Comment,
    Votes,
    Worklog,
    Sprint,
    StoryPoints,
    Estimate,
    EpicLink,
    EpicName,
    Rank,
    Flagged,
    Team,
    StartDate,
    IssueColor,
    Noise,
    /// `issuekey` is listed in `/field` but never rendered inside `fields`.
    IssueKey,
}

#[derive(Debug, Clone)]
pub(crate) struct FieldDef {
    pub id: String,
    pub key: FieldKey,
    pub name: &'static str,
    pub custom: Option<&'static str>,
    pub schema: Option<Value>,
    pub clause_names: Vec<String>,
    pub navigable: bool,
    pub orderable: bool,
    pub searchable: bool,
}

/// Every field of the site, in `/field` order.
pub(crate) fn field_defs(site: &Site) -> Vec<FieldDef> {
    use FieldKey::*;
    let cloud = site.flavor == Flavor::Cloud;
    let sys = |id: &str,
               key,
               name,
               ty: Option<(&str, Option<&str>)>,
               clauses: &[&str],
               nav,
               ord,
               search| FieldDef {
        id: id.to_string(),
        key,
        name,
        custom: None,
        schema: ty.map(|(t, items)| {
            let mut s = json!({"type": t, "system": id});
            if let Some(items) = items {
                s["items"] = json!(items);
            }
            s
        }),
        clause_names: clauses.iter().map(|c| c.to_string()).collect(),
        navigable: nav,
        orderable: ord,
        searchable: search,
    };
    let mut v = Vec::new();
    if cloud {
        v.push(sys(
            "statuscategorychangedate",
            StatusCategoryChangeDate,
            "Status Category Changed",
            Some(("datetime", None)),
            &["statusCategoryChangedDate"],
            true,
            false,
            true,
        ));
    }
    v.extend([
        sys(
            "issuetype",
            IssueType,
            "Issue Type",
            Some(("issuetype", None)),
            &["issuetype", "type"],
            true,
            true,
            true,
        ),
        sys(
            "parent",
            Parent,
            "Parent",
            None,
            &["parent"],
            true,
            false,
            false,
        ),
        sys(
            "timespent",
            TimeSpent,
            "Time Spent",
            Some(("number", None)),
            &["timespent"],
            true,
            false,
            false,
        ),
        sys(
            "project",
            Project,
            "Project",
            Some(("project", None)),
            &["project"],
            true,
            false,
            true,
        ),
        sys(
            "fixVersions",
            FixVersions,
            "Fix versions",
            Some(("array", Some("version"))),
            &["fixVersion"],
            true,
            true,
            true,
        ),
        sys(
            "aggregatetimespent",
            AggregateTimeSpent,
            "Σ Time Spent",
            Some(("number", None)),
            &[],
            true,
            false,
            false,
        ),
        sys(
            "statusCategory",
            StatusCategory,
            "Status Category",
            None,
            &["statusCategory"],
            true,
            false,
            true,
        ),
        sys(
            "resolution",
            Resolution,
            "Resolution",
            Some(("resolution", None)),
            &["resolution"],
            true,
            true,
            true,
        ),
        sys(
            "resolutiondate",
            ResolutionDate,
            "Resolved",
            Some(("datetime", None)),
            &["resolutiondate", "resolved"],
            true,
            false,
            true,
        ),
        sys(
            "workratio",
            WorkRatio,
            "Work Ratio",
            Some(("number", None)),
            &["workratio"],
            true,
            false,
            true,
        ),
    ]);
    if cloud {
        v.push(sys(
            "issuerestriction",
            IssueRestriction,
            "Restrict to",
            Some(("issuerestriction", None)),
            &[],
            false,
            true,
            true,
        ));
    }
    v.extend([
        sys(
            "lastViewed",
            LastViewed,
            "Last Viewed",
            Some(("datetime", None)),
            &["lastViewed"],
            true,
            false,
            false,
        ),
        sys(
            "watches",
            Watches,
            "Watchers",
            Some(("watches", None)),
            &["watchers"],
            true,
            false,
            false,
        ),
        sys(
            "created",
            Created,
            "Created",
            Some(("datetime", None)),
            &["created", "createdDate"],
            true,
            false,
            true,
        ),
        sys(
            "priority",
            Priority,
            "Priority",
            Some(("priority", None)),
            &["priority"],
            true,
            true,
            true,
        ),
        sys(
            "labels",
            Labels,
            "Labels",
            Some(("array", Some("string"))),
            &["labels"],
            true,
            true,
            true,
        ),
        sys(
            "timeestimate",
            TimeEstimate,
            "Remaining Estimate",
            Some(("number", None)),
            &["remainingEstimate", "timeestimate"],
            true,
            false,
            false,
        ),
        sys(
            "aggregatetimeoriginalestimate",
            AggregateTimeOriginalEstimate,
            "Σ Original Estimate",
            Some(("number", None)),
            &[],
            true,
            false,
            false,
        ),
        sys(
            "versions",
            Versions,
            "Affects versions",
            Some(("array", Some("version"))),
            &["affectedVersion"],
            true,
            true,
            true,
        ),
        sys(
            "issuelinks",
            IssueLinks,
            "Linked Issues",
            Some(("array", Some("issuelinks"))),
            &["issueLink"],
            true,
            true,
            true,
        ),
        sys(
            "assignee",
            Assignee,
            "Assignee",
            Some(("user", None)),
            &["assignee"],
            true,
            true,
            true,
        ),
        sys(
            "updated",
            Updated,
            "Updated",
            Some(("datetime", None)),
            &["updated", "updatedDate"],
            true,
            false,
            true,
        ),
        sys(
            "status",
            Status,
            "Status",
            Some(("status", None)),
            &["status"],
            true,
            false,
            true,
        ),
        sys(
            "components",
            Components,
            "Components",
            Some(("array", Some("component"))),
            &["component"],
            true,
            true,
            true,
        ),
        sys(
            "issuekey",
            IssueKey,
            "Key",
            None,
            &["id", "issue", "issuekey", "key"],
            true,
            false,
            false,
        ),
        sys(
            "timeoriginalestimate",
            TimeOriginalEstimate,
            "Original estimate",
            Some(("number", None)),
            &["originalEstimate", "timeoriginalestimate"],
            true,
            false,
            false,
        ),
        sys(
            "description",
            Description,
            "Description",
            Some(("string", None)),
            &["description"],
            true,
            true,
            true,
        ),
        sys(
            "timetracking",
            TimeTracking,
            "Time tracking",
            Some(("timetracking", None)),
            &[],
            false,
            true,
            true,
        ),
        sys(
            "security",
            Security,
            "Security Level",
            Some(("securitylevel", None)),
            &["level"],
            true,
            true,
            true,
        ),
        sys(
            "attachment",
            Attachment,
            "Attachment",
            Some(("array", Some("attachment"))),
            &["attachments"],
            false,
            true,
            true,
        ),
        sys(
            "aggregatetimeestimate",
            AggregateTimeEstimate,
            "Σ Remaining Estimate",
            Some(("number", None)),
            &[],
            true,
            false,
            false,
        ),
        sys(
            "summary",
            Summary,
            "Summary",
            Some(("string", None)),
            &["summary"],
            true,
            true,
            true,
        ),
        sys(
            "creator",
            Creator,
            "Creator",
            Some(("user", None)),
            &["creator"],
            true,
            false,
            true,
        ),
        sys(
            "subtasks",
            Subtasks,
            "Sub-tasks",
            Some(("array", Some("issuelinks"))),
            &["subtasks"],
            true,
            false,
            false,
        ),
        sys(
            "reporter",
            Reporter,
            "Reporter",
            Some(("user", None)),
            &["reporter"],
            true,
            true,
            true,
        ),
        sys(
            "aggregateprogress",
            AggregateProgress,
            "Σ Progress",
            Some(("progress", None)),
            &[],
            true,
            false,
            false,
        ),
        sys(
            "environment",
            Environment,
            "Environment",
            Some(("string", None)),
            &["environment"],
            true,
            true,
            true,
        ),
        sys(
            "duedate",
            DueDate,
            "Due date",
            Some(("date", None)),
            &["due", "duedate"],
            true,
            true,
            true,
        ),
        sys(
            "progress",
            Progress,
            "Progress",
            Some(("progress", None)),
            &["progress"],
            true,
            false,
            false,
        ),
        sys(
            "comment",
            Comment,
            "Comment",
            Some(("comments-page", None)),
            &["comment"],
            false,
            true,
            true,
        ),
        sys(
            "votes",
            Votes,
            "Votes",
            Some(("votes", None)),
            &["votes"],
            true,
            false,
            false,
        ),
        sys(
            "worklog",
            Worklog,
            "Log Work",
            Some(("array", Some("worklog"))),
            &[],
            false,
            true,
            true,
        ),
    ]);

    let f = &site.fields;
    let custom = |n: u32,
                  key,
                  name: &'static str,
                  ty: &'static str,
                  items: Option<&str>,
                  custom: &'static str,
                  extra_clause: Option<&str>| {
        let mut schema = json!({"type": ty, "custom": custom, "customId": n});
        if let Some(items) = items {
            schema["items"] = json!(items);
        }
        let mut clause_names = vec![format!("cf[{n}]"), name.to_string()];
        if let Some(c) = extra_clause {
            clause_names.push(c.to_string());
        }
        FieldDef {
            id: format!("customfield_{n}"),
            key,
            name,
            custom: Some(custom),
            schema: Some(schema),
            clause_names,
            navigable: true,
            orderable: true,
            searchable: true,
        }
    };
    let mut customs = vec![
        custom(
            f.sprint,
            Sprint,
            "Sprint",
            "array",
            Some("json"),
            "com.pyxis.greenhopper.jira:gh-sprint",
            None,
        ),
        custom(
            f.story_points,
            StoryPoints,
            "Story Points",
            "number",
            None,
            "com.atlassian.jira.plugin.system.customfieldtypes:float",
            None,
        ),
        custom(
            f.epic_link,
            EpicLink,
            "Epic Link",
            "any",
            None,
            "com.pyxis.greenhopper.jira:gh-epic-link",
            None,
        ),
        custom(
            f.epic_name,
            EpicName,
            "Epic Name",
            "string",
            None,
            "com.pyxis.greenhopper.jira:gh-epic-label",
            None,
        ),
        custom(
            f.rank,
            Rank,
            "Rank",
            "any",
            None,
            "com.pyxis.greenhopper.jira:gh-lexo-rank",
            None,
        ),
        custom(
            f.flagged,
            Flagged,
            "Flagged",
            "array",
            Some("option"),
            "com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes",
            Some("Flagged[Checkboxes]"),
        ),
        custom(
            f.start_date,
            StartDate,
            "Start date",
            "date",
            None,
            "com.atlassian.jira.plugin.system.customfieldtypes:datepicker",
            Some("Start date[Date]"),
        ),
    ];
    if let Some(n) = f.estimate {
        customs.push(custom(
            n,
            Estimate,
            "Story point estimate",
            "number",
            None,
            "com.pyxis.greenhopper.jira:jsw-story-points",
            None,
        ));
    }
    if let Some(n) = f.team {
        customs.push(custom(
            n,
            Team,
            "Team",
            "any",
            None,
            "com.atlassian.teams:rm-teams-custom-field-team",
            Some("Team[Team]"),
        ));
    }
    if let Some(n) = f.issue_color {
        customs.push(custom(
            n,
            IssueColor,
            "Issue color",
            "string",
            None,
            "com.pyxis.greenhopper.jira:jsw-issue-color",
            None,
        ));
    }
    const NOISE: &[(&str, &str, &str)] = &[
        (
            "Change risk",
            "option",
            "com.atlassian.jira.plugin.system.customfieldtypes:select",
        ),
        (
            "Target start",
            "date",
            "com.atlassian.jpo:jpo-custom-field-baseline-start",
        ),
        (
            "Target end",
            "date",
            "com.atlassian.jpo:jpo-custom-field-baseline-end",
        ),
        (
            "Customer \"tier\" 🏷",
            "string",
            "com.atlassian.jira.plugin.system.customfieldtypes:textfield",
        ),
        (
            "Approvers",
            "array",
            "com.atlassian.jira.plugin.system.customfieldtypes:multiuserpicker",
        ),
        (
            "Development",
            "any",
            "com.atlassian.jira.plugins.jira-development-integration-plugin:devsummarycf",
        ),
    ];
    for (n, (name, ty, custom_type)) in f.noise.iter().zip(NOISE) {
        let items = (*ty == "array").then_some("user");
        customs.push(custom(*n, Noise, name, ty, items, custom_type, None));
    }
    // Real sites interleave custom and system fields; order by id for stability.
    customs.sort_by(|a, b| b.id.cmp(&a.id));
    v.extend(customs);
    v
}

pub(crate) fn field_json(f: &FieldDef) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), json!(f.id));
    m.insert("key".into(), json!(f.id));
    m.insert("name".into(), json!(f.name));
    m.insert("untranslatedName".into(), json!(f.name));
    m.insert("custom".into(), json!(f.custom.is_some()));
    m.insert("orderable".into(), json!(f.orderable));
    m.insert("navigable".into(), json!(f.navigable));
    m.insert("searchable".into(), json!(f.searchable));
    m.insert("clauseNames".into(), json!(f.clause_names));
    if let Some(s) = &f.schema {
        m.insert("schema".into(), s.clone());
    }
    Value::Object(m)
}

fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(b))
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn initials(name: &str) -> String {
    let s: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphabetic()))
        .take(2)
        .flat_map(char::to_uppercase)
        .collect();
    if s.is_empty() { "U".into() } else { s }
}

impl Render<'_> {
    pub(crate) fn user(&self, u: usize) -> Value {
        let user = &self.site.users[u];
        let mut m = Map::new();
        match self.site.flavor {
            Flavor::Cloud => {
                let avatar = format!(
                    "https://secure.gravatar.com/avatar/{}?d=https%3A%2F%2Favatar-management--avatars.us-west-2.prod.public.atl-paas.net%2Finitials%2F{}-6.png",
                    user.avatar,
                    url_encode(&initials(&user.display_name))
                );
                m.insert(
                    "self".into(),
                    json!(format!(
                        "{}/user?accountId={}",
                        self.api(),
                        url_encode(&user.account_id)
                    )),
                );
                m.insert("accountId".into(), json!(user.account_id));
                if user.email_visible {
                    m.insert("emailAddress".into(), json!(user.email));
                }
                m.insert(
                    "avatarUrls".into(),
                    json!({"48x48": avatar, "24x24": avatar, "16x16": avatar, "32x32": avatar}),
                );
                m.insert("displayName".into(), json!(user.display_name));
                m.insert("active".into(), json!(user.active));
                m.insert("timeZone".into(), json!(user.time_zone));
                m.insert(
                    "accountType".into(),
                    json!(if user.app { "app" } else { "atlassian" }),
                );
            }
            Flavor::DataCenter => {
                let avatar = |size: &str| {
                    format!(
                        "{}/secure/useravatar?{}ownerId={}&avatarId={}",
                        self.base,
                        size,
                        url_encode(&user.key),
                        10_100 + u
                    )
                };
                m.insert(
                    "self".into(),
                    json!(format!(
                        "{}/user?username={}",
                        self.api(),
                        url_encode(&user.name)
                    )),
                );
                m.insert("key".into(), json!(user.key));
                m.insert("name".into(), json!(user.name));
                if user.email_visible {
                    m.insert("emailAddress".into(), json!(user.email));
                }
                m.insert(
                    "avatarUrls".into(),
                    json!({
                        "48x48": avatar(""),
                        "24x24": avatar("size=small&"),
                        "16x16": avatar("size=xsmall&"),
                        "32x32": avatar("size=medium&"),
                    }),
                );
                m.insert("displayName".into(), json!(user.display_name));
                m.insert("active".into(), json!(user.active));
                m.insert("timeZone".into(), json!(user.time_zone));
            }
        }
        Value::Object(m)
    }

    pub(crate) fn user_opt(&self, u: Option<usize>) -> Value {
        u.map_or(Value::Null, |u| self.user(u))
    }

    /// `/myself`: the caller always sees their own email, plus locale and groups.
    pub(crate) fn myself(&self, u: usize) -> Value {
        let mut v = self.user(u);
        let user = &self.site.users[u];
        v["emailAddress"] = json!(user.email);
        v["locale"] = json!("en_US");
        let mut groups = vec!["jira-software-users"];
        if user.admin {
            groups.push("jira-administrators");
            groups.push("site-admins");
        }
        let api = self.api();
        v["groups"] = json!({
            "size": groups.len(),
            "items": groups.iter().map(|g| json!({"name": g, "self": format!("{api}/group?groupname={g}")})).collect::<Vec<_>>(),
        });
        v["applicationRoles"] = json!({
            "size": 1,
            "items": [{"key": "jira-software", "name": "Jira Software"}],
        });
        v["expand"] = json!("groups,applicationRoles");
        v
    }

    /// `GET /user`: the user plus (collapsed) groups and application roles.
    pub(crate) fn user_full(&self, u: usize) -> Value {
        let mut v = self.user(u);
        v["locale"] = json!("en_US");
        v["groups"] = json!({"size": 1, "items": []});
        v["applicationRoles"] = json!({"size": 1, "items": []});
        v["expand"] = json!("groups,applicationRoles");
        v
    }

    pub(crate) fn category(&self, c: Category) -> Value {
        json!({
            "self": format!("{}/statuscategory/{}", self.api(), c.id()),
            "id": c.id(),
            "key": c.key(),
            "colorName": c.color(),
            "name": c.name(),
        })
    }

    pub(crate) fn status(&self, s: usize) -> Value {
        let st = &self.site.statuses[s];
        json!({
            "self": format!("{}/status/{}", self.api(), st.id),
            "description": st.description,
            "iconUrl": format!("{}/images/icons/statuses/generic.png", self.base),
            "name": st.name,
            "id": st.id.to_string(),
            "statusCategory": self.category(st.category),
        })
    }

    pub(crate) fn issue_type(&self, t: usize) -> Value {
        let it = &self.site.issue_types[t];
        let mut v = json!({
            "self": format!("{}/issuetype/{}", self.api(), it.id),
            "id": it.id.to_string(),
            "description": it.description,
            "iconUrl": format!("{}/rest/api/2/universal_avatar/view/type/issuetype/avatar/{}?size=medium", self.base, it.avatar_id),
            "name": it.name,
            "subtask": it.subtask,
            "avatarId": it.avatar_id,
        });
        if self.site.flavor == Flavor::Cloud {
            v["entityId"] = json!(format!("3cb89ec7-52d6-4224-b284-{:012x}", it.id));
            v["hierarchyLevel"] = json!(it.hierarchy);
        }
        v
    }

    pub(crate) fn priority(&self, p: usize) -> Value {
        let pr = &self.site.priorities[p];
        json!({
            "self": format!("{}/priority/{}", self.api(), pr.id),
            "iconUrl": format!("{}/images/icons/priorities/{}.svg", self.base, pr.icon),
            "name": pr.name,
            "id": pr.id.to_string(),
        })
    }

    pub(crate) fn priority_full(&self, p: usize) -> Value {
        let pr = &self.site.priorities[p];
        let mut v = self.priority(p);
        v["statusColor"] = json!(pr.color);
        v["description"] = json!(pr.description);
        v
    }

    pub(crate) fn resolution(&self, r: usize) -> Value {
        let res = &self.site.resolutions[r];
        json!({
            "self": format!("{}/resolution/{}", self.api(), res.id),
            "id": res.id.to_string(),
            "description": res.description,
            "name": res.name,
        })
    }

    fn project_avatars(&self, p: usize) -> Value {
        let pr = &self.site.projects[p];
        let url = |size: &str| {
            format!(
                "{}/rest/api/2/universal_avatar/view/type/project/avatar/{}{}",
                self.base, pr.avatar_id, size
            )
        };
        json!({
            "48x48": url(""),
            "24x24": url("?size=small"),
            "16x16": url("?size=xsmall"),
            "32x32": url("?size=medium"),
        })
    }

    /// The short project object embedded in issues.
    pub(crate) fn project_short(&self, p: usize) -> Value {
        let pr = &self.site.projects[p];
        let mut v = json!({
            "self": format!("{}/project/{}", self.api(), pr.id),
            "id": pr.id.to_string(),
            "key": pr.key,
            "name": pr.name,
            "projectTypeKey": "software",
            "avatarUrls": self.project_avatars(p),
        });
        if self.site.flavor == Flavor::Cloud {
            v["simplified"] = json!(pr.simplified);
        }
        // Every other project sits in a category, as on real sites.
        if p.is_multiple_of(2) {
            v["projectCategory"] = json!({
                "self": format!("{}/projectCategory/10000", self.api()),
                "id": "10000",
                "description": "Product development",
                "name": "Engineering",
            });
        }
        v
    }

    /// Project in `/project` and `/project/search` lists.
    pub(crate) fn project_list_item(&self, p: usize) -> Value {
        let mut v = self.project_short(p);
        v["expand"] = json!("description,lead,issueTypes,url,projectKeys,permissions,insight");
        if self.site.flavor == Flavor::Cloud {
            let pr = &self.site.projects[p];
            v["style"] = json!(if pr.simplified { "next-gen" } else { "classic" });
            v["isPrivate"] = json!(false);
            v["properties"] = json!({});
        }
        v
    }

    /// `GET /project/{key}`.
    pub(crate) fn project_full(&self, p: usize) -> Value {
        let pr = &self.site.projects[p];
        let mut v = self.project_list_item(p);
        v["description"] = json!(pr.description);
        v["lead"] = self.user(pr.lead);
        v["components"] = Value::Array(pr.components.iter().map(|c| self.component(c)).collect());
        v["versions"] = json!([]);
        if self.site.flavor == Flavor::DataCenter {
            v["url"] = json!("");
        }
        v["assigneeType"] = json!("UNASSIGNED");
        v["issueTypes"] = Value::Array(
            (0..self.site.issue_types.len())
                .filter(|t| {
                    !pr.simplified
                        || *t != crate::data::generate::IT_EPIC
                        || self.site.flavor == Flavor::Cloud
                })
                .map(|t| self.issue_type(t))
                .collect(),
        );
        v["roles"] = json!({
            "Administrators": format!("{}/project/{}/role/10002", self.api(), pr.id),
            "Member": format!("{}/project/{}/role/10003", self.api(), pr.id),
        });
        v
    }

    pub(crate) fn component(&self, c: &crate::data::Component) -> Value {
        json!({
            "self": format!("{}/component/{}", self.api(), c.id),
            "id": c.id.to_string(),
            "name": c.name,
            "description": c.description,
        })
    }

    pub(crate) fn link_type(&self, l: usize) -> Value {
        let lt = &self.site.link_types[l];
        json!({
            "id": lt.id.to_string(),
            "name": lt.name,
            "inward": lt.inward,
            "outward": lt.outward,
            "self": format!("{}/issueLinkType/{}", self.api(), lt.id),
        })
    }

    /// Sprint as the Agile API shows it.
    pub(crate) fn sprint_agile(&self, s: &Sprint) -> Value {
        let mut v = json!({
            "id": s.id,
            "self": format!("{}/rest/agile/1.0/sprint/{}", self.base, s.id),
            "state": s.state.as_str(),
            "name": s.name,
        });
        if let Some(t) = s.start {
            v["startDate"] = json!(agile_ts(t));
        }
        if let Some(t) = s.end {
            v["endDate"] = json!(agile_ts(t));
        }
        if let Some(t) = s.complete {
            v["completeDate"] = json!(agile_ts(t));
        }
        v["originBoardId"] = json!(s.board);
        v["goal"] = json!(s.goal);
        v
    }

    /// Sprint inside the Sprint custom field (Cloud): `boardId` instead of `originBoardId`.
    pub(crate) fn sprint_field(&self, s: &Sprint) -> Value {
        let mut v = json!({
            "id": s.id,
            "name": s.name,
            "state": s.state.as_str(),
            "boardId": s.board,
            "goal": s.goal,
        });
        if let Some(t) = s.start {
            v["startDate"] = json!(agile_ts(t));
        }
        if let Some(t) = s.end {
            v["endDate"] = json!(agile_ts(t));
        }
        if let Some(t) = s.complete {
            v["completeDate"] = json!(agile_ts(t));
        }
        v
    }

    /// Old Data Center servers render sprints as `toString()` of a Java object.
    pub(crate) fn sprint_dc_string(&self, s: &Sprint) -> String {
        let opt = |t: Option<crate::data::Ts>| t.map_or_else(|| "<null>".to_string(), agile_ts);
        format!(
            "com.atlassian.greenhopper.service.sprint.Sprint@{:x}[id={},rapidViewId={},state={},name={},startDate={},endDate={},completeDate={},activatedDate={},sequence={},goal={},synced=false,autoStartStop=false,incompleteIssuesDestinationId=<null>]",
            0x1f00_0000u64 + s.id * 7919,
            s.id,
            s.board,
            s.state.as_str().to_ascii_uppercase(),
            s.name,
            opt(s.start),
            opt(s.end),
            opt(s.complete),
            opt(s.start),
            s.id,
            s.goal
        )
    }

    pub(crate) fn board(&self, b: &Board) -> Value {
        let p = &self.site.projects[b.project];
        let mut v = json!({
            "id": b.id,
            "self": format!("{}/rest/agile/1.0/board/{}", self.base, b.id),
            "name": b.name,
            "type": b.kind.as_str(),
        });
        v["location"] = json!({
            "projectId": p.id,
            "displayName": format!("{} ({})", p.name, p.key),
            "projectName": p.name,
            "projectKey": p.key,
            "projectTypeKey": "software",
            "avatarURI": format!("/secure/projectavatar?size=small&s=small&pid={}&avatarId={}", p.id, p.avatar_id),
            "name": format!("{} ({})", p.name, p.key),
        });
        v
    }

    pub(crate) fn board_configuration(&self, b: &Board) -> Value {
        let p = &self.site.projects[b.project];
        let api2 = format!("{}/rest/api/2", self.base);
        let status_ref = |s: usize| {
            let id = self.site.statuses[s].id;
            json!({"id": id.to_string(), "self": format!("{api2}/status/{id}")})
        };
        let column = |name: &str, cat: Category| {
            json!({
                "name": name,
                "statuses": p.workflow.iter().copied()
                    .filter(|s| self.site.statuses[*s].category == cat)
                    .map(status_ref)
                    .collect::<Vec<_>>(),
            })
        };
        let mut v = json!({
            "id": b.id,
            "name": b.name,
            "type": b.kind.as_str(),
            "self": format!("{}/rest/agile/1.0/board/{}/configuration", self.base, b.id),
            "location": {
                "type": "project",
                "key": p.key,
                "id": p.id.to_string(),
                "self": format!("{api2}/project/{}", p.id),
                "name": p.name,
            },
            "filter": {"id": b.filter_id.to_string(), "self": format!("{api2}/filter/{}", b.filter_id)},
            "columnConfig": {
                "columns": [
                    column("To Do", Category::New),
                    column("In Progress", Category::Indeterminate),
                    column("Done", Category::Done),
                ],
                "constraintType": "none",
            },
            "ranking": {"rankCustomFieldId": self.site.fields.rank},
        });
        if b.kind == BoardKind::Scrum {
            let (id, name) = match p.points {
                PointsField::StoryPoints => (self.site.fields.story_points, "Story Points"),
                PointsField::Estimate => (
                    self.site.fields.points_id(PointsField::Estimate),
                    "Story point estimate",
                ),
            };
            v["estimation"] = json!({
                "type": "field",
                "field": {"fieldId": format!("customfield_{id}"), "displayName": name},
            });
        }
        if b.kind == BoardKind::Kanban {
            v["subQuery"] =
                json!({"query": "fixVersion in unreleasedVersions() OR fixVersion is EMPTY"});
        }
        v
    }

    pub(crate) fn server_info(&self, now: crate::data::Ts) -> Value {
        use crate::clock::jira_ts;
        match self.site.flavor {
            Flavor::Cloud => json!({
                "baseUrl": self.base,
                "displayUrl": self.base,
                "version": "1001.0.0-SNAPSHOT",
                "versionNumbers": [1001, 0, 0],
                "deploymentType": "Cloud",
                "buildNumber": 100_289,
                "buildDate": "2025-06-02T04:15:21.000+0100",
                "serverTime": jira_ts(now),
                "scmInfo": "a3c1e3f4a0f6d0e6c2b1c8d1f5e2a7b9c0d4e8f1",
                "serverTitle": "Jira",
                "defaultLocale": {"locale": "en_US"},
                "serverTimeZone": crate::clock::SITE_TIME_ZONE,
            }),
            Flavor::DataCenter => json!({
                "baseUrl": self.base,
                "version": "9.12.15",
                "versionNumbers": [9, 12, 15],
                "deploymentType": "Server",
                "buildNumber": 9_120_015,
                "buildDate": "2024-11-06T00:00:00.000+0000",
                "databaseBuildNumber": 9_120_015,
                "serverTime": jira_ts(now),
                "scmInfo": "4d9c4bd7a744d02f6fd1c40b1e7bc5cff95adbdc",
                "serverTitle": "Jira (simulated Data Center)",
                "defaultLocale": {"locale": "en_US"},
            }),
        }
    }
}
