//! Issue → JSON, on demand. v2 renders rich text as wiki markup, v3 as ADF; the Agile API
//! renders like v2 with a few Agile-only fields; Data Center renders users by name.

pub(crate) mod meta;
pub(crate) mod rich;

use serde_json::{Map, Value, json};

use self::meta::{FieldDef, FieldKey, field_defs};
use crate::clock::{date_str, jira_ts};
use crate::config::Flavor;
use crate::data::generate::IT_EPIC;
use crate::data::snapshot::change_item;
use crate::data::{Category, History, Issue, PointsField, Site, SprintState, derived};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ver {
    V2,
    V3,
}

impl Ver {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Ver::V2 => "2",
            Ver::V3 => "3",
        }
    }
}

/// Renders site data for one request: `base` comes from the request's Host header.
pub(crate) struct Render<'a> {
    pub site: &'a Site,
    pub base: &'a str,
    pub ver: Ver,
}

pub(crate) const ISSUE_EXPAND: &str =
    "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations";

/// The fields to render, resolved once per request from `fields=` values.
#[derive(Debug, Clone)]
pub(crate) struct FieldSel {
    pub keys: Vec<(String, FieldKey)>,
    /// Agile-only fields (`sprint`, `closedSprints`, `flagged`, `epic`).
    pub agile: Vec<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldDefault {
    /// `/search/jql`: ids only.
    None,
    /// Old `/search` and Agile issue lists.
    Navigable,
    /// `GET /issue/{key}`.
    All,
}

impl FieldSel {
    /// Parses `fields` values: comma-separated and/or repeated; `*all`, `*navigable`, `-name`.
    pub(crate) fn resolve(site: &Site, requested: &[String], default: FieldDefault) -> FieldSel {
        let defs = field_defs(site);
        let mut all = false;
        let mut navigable = false;
        let mut include: Vec<String> = Vec::new();
        let mut exclude: Vec<String> = Vec::new();
        let mut any = false;
        for token in requested.iter().flat_map(|r| r.split(',')).map(str::trim) {
            if token.is_empty() {
                continue;
            }
            any = true;
            match token {
                "*all" => all = true,
                "*navigable" => navigable = true,
                t if t.starts_with('-') => exclude.push(t[1..].to_string()),
                t => include.push(t.to_string()),
            }
        }
        let only_exclusions = any && !all && !navigable && include.is_empty();
        if !any || only_exclusions {
            match default {
                FieldDefault::None => {}
                FieldDefault::Navigable => navigable = true,
                FieldDefault::All => all = true,
            }
        }
        let wanted = |d: &FieldDef| {
            !exclude.iter().any(|e| e == &d.id)
                && (all || (navigable && d.navigable) || include.iter().any(|i| i == &d.id))
        };
        let keys = defs
            .iter()
            .filter(|d| d.key != FieldKey::IssueKey && wanted(d))
            .map(|d| (d.id.clone(), d.key))
            .collect();
        let agile = ["sprint", "closedSprints", "flagged", "epic"]
            .into_iter()
            .filter(|f| {
                !exclude.iter().any(|e| e == f)
                    && (all || navigable || include.iter().any(|i| i == f))
            })
            .collect();
        FieldSel { keys, agile }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

/// What to add to each rendered issue.
#[derive(Debug, Clone, Default)]
pub(crate) struct IssueOpts {
    /// Embed the changelog, keeping at most this many (most recent) histories on Cloud.
    pub changelog: Option<usize>,
    pub names: bool,
    pub schema: bool,
    pub rendered: bool,
    pub transitions: bool,
    /// Agile API rendering (issue `self` under `/rest/agile/1.0`, Agile-only fields).
    pub agile: bool,
}

impl IssueOpts {
    pub(crate) fn from_expand(expand: &[String], changelog_limit: usize) -> IssueOpts {
        let has = |name: &str| {
            expand
                .iter()
                .flat_map(|e| e.split(','))
                .any(|e| e.trim().eq_ignore_ascii_case(name))
        };
        IssueOpts {
            changelog: has("changelog").then_some(changelog_limit),
            names: has("names"),
            schema: has("schema"),
            rendered: has("renderedFields"),
            transitions: has("transitions"),
            agile: false,
        }
    }
}

/// `1w 2d 3h 30m` with Jira's 5-day weeks and 8-hour days.
pub(crate) fn fmt_duration(secs: u64) -> String {
    let mut m = secs / 60;
    let mut parts = Vec::new();
    for (unit, size) in [("w", 5 * 8 * 60), ("d", 8 * 60), ("h", 60), ("m", 1)] {
        let n = m / size;
        m %= size;
        if n > 0 {
            parts.push(format!("{n}{unit}"));
        }
    }
    if parts.is_empty() {
        "0m".into()
    } else {
        parts.join(" ")
    }
}

fn base36(mut n: u64) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    s.reverse();
    String::from_utf8(s).expect("ascii")
}

/// LexoRank-looking rank that sorts like the issue id.
pub(crate) fn rank_of(id: u64) -> String {
    format!("0|i{:0>5}:", base36(id))
}

impl<'a> Render<'a> {
    pub(crate) fn new(site: &'a Site, base: &'a str, ver: Ver) -> Self {
        Render { site, base, ver }
    }

    pub(crate) fn api(&self) -> String {
        format!("{}/rest/api/{}", self.base, self.ver.as_str())
    }

    fn issue_self(&self, i: &Issue, agile: bool) -> String {
        if agile {
            format!("{}/rest/agile/1.0/issue/{}", self.base, i.id)
        } else {
            format!("{}/issue/{}", self.api(), i.id)
        }
    }

    /// `{id, key, self, fields:{summary, status, priority, issuetype}}` as used by parent,
    /// subtasks and links.
    fn issue_ref(&self, i: &Issue) -> Value {
        let mut fields = json!({
            "summary": i.summary,
            "status": self.status(i.status),
            "issuetype": self.issue_type(i.issue_type),
        });
        if let Some(p) = i.priority {
            fields["priority"] = self.priority(p);
        }
        json!({"id": i.id.to_string(), "key": i.key, "self": format!("{}/issue/{}", self.api(), i.id), "fields": fields})
    }

    fn rich_text(&self, blocks: &[rich::Block]) -> Value {
        match self.ver {
            Ver::V2 => Value::String(rich::wiki(blocks)),
            Ver::V3 => rich::adf(blocks),
        }
    }

    fn plain_text(&self, text: &str) -> Value {
        self.rich_text(&[rich::Block::Para(vec![rich::Inline::Text(
            text.to_string(),
        )])])
    }

    pub(crate) fn comment(&self, i: &Issue, c: &derived::DerivedComment) -> Value {
        let mut v = json!({
            "self": format!("{}/issue/{}/comment/{}", self.api(), i.id, c.id),
            "id": c.id.to_string(),
            "author": self.user(c.author),
            "body": self.plain_text(&c.text),
            "updateAuthor": self.user(c.author),
            "created": jira_ts(c.created),
            "updated": jira_ts(c.updated),
        });
        if self.site.flavor == Flavor::Cloud {
            v["jsdPublic"] = json!(true);
        }
        v
    }

    pub(crate) fn worklog(&self, i: &Issue, w: &derived::DerivedWorklog) -> Value {
        json!({
            "self": format!("{}/issue/{}/worklog/{}", self.api(), i.id, w.id),
            "author": self.user(w.author),
            "updateAuthor": self.user(w.author),
            "comment": self.plain_text(w.text),
            "created": jira_ts(w.created),
            "updated": jira_ts(w.created),
            "started": jira_ts(w.started),
            "timeSpent": fmt_duration(w.seconds),
            "timeSpentSeconds": w.seconds,
            "id": w.id.to_string(),
            "issueId": i.id.to_string(),
        })
    }

    /// One changelog entry. `tmp_ids` adds Cloud's `tmpFromAccountId`/`tmpToAccountId`,
    /// which real v2 and Agile responses carry but the v3 schema does not list.
    pub(crate) fn history(&self, h: &History, tmp_ids: bool) -> Value {
        let items: Vec<Value> = h
            .items
            .iter()
            .map(|c| {
                let it = change_item(self.site, c);
                let mut m = Map::new();
                m.insert("field".into(), json!(it.field));
                m.insert("fieldtype".into(), json!(it.fieldtype));
                if let Some(id) = it.field_id {
                    m.insert("fieldId".into(), json!(id));
                }
                m.insert("from".into(), json!(it.from));
                m.insert("fromString".into(), json!(it.from_string));
                m.insert("to".into(), json!(it.to));
                m.insert("toString".into(), json!(it.to_string));
                if tmp_ids && let Some((from, to)) = it.account_ids {
                    m.insert("tmpFromAccountId".into(), json!(from));
                    m.insert("tmpToAccountId".into(), json!(to));
                }
                Value::Object(m)
            })
            .collect();
        json!({
            "id": h.id.to_string(),
            "author": self.user(h.author),
            "created": jira_ts(h.at),
            "items": items,
        })
    }

    fn changelog(&self, i: &Issue, limit: usize) -> Value {
        let total = i.history.len();
        let histories: Vec<Value> = match self.site.flavor {
            // Cloud embeds only the most recent entries, newest first.
            Flavor::Cloud => i
                .history
                .iter()
                .rev()
                .take(limit)
                .map(|h| self.history(h, self.ver == Ver::V2))
                .collect(),
            Flavor::DataCenter => i.history.iter().map(|h| self.history(h, false)).collect(),
        };
        json!({"startAt": 0, "maxResults": histories.len(), "total": total, "histories": histories})
    }

    pub(crate) fn transitions(&self, i: &Issue) -> Value {
        let p = &self.site.projects[i.project];
        let list: Vec<Value> = p
            .workflow
            .iter()
            .enumerate()
            .filter(|(_, s)| **s != i.status)
            .map(|(n, s)| {
                json!({
                    "id": ((n + 1) * 10 + 1).to_string(),
                    "name": self.site.statuses[*s].name,
                    "to": self.status(*s),
                    "hasScreen": false,
                    "isGlobal": true,
                    "isInitial": false,
                    "isAvailable": true,
                    "isConditional": false,
                    "isLooped": false,
                })
            })
            .collect();
        json!(list)
    }

    fn sprint_value(&self, i: &Issue) -> Value {
        if i.sprints.is_empty() {
            return Value::Null;
        }
        let sprints = i.sprints.iter().filter_map(|s| self.site.sprint(*s));
        match self.site.flavor {
            Flavor::Cloud => Value::Array(sprints.map(|s| self.sprint_field(s)).collect()),
            Flavor::DataCenter => {
                Value::Array(sprints.map(|s| json!(self.sprint_dc_string(s))).collect())
            }
        }
    }

    fn epic_of(&self, i: &Issue) -> Option<&'a Issue> {
        let p = self.site.issue_by_id(i.parent?)?;
        let parent = &self.site.issues[p];
        (parent.issue_type == IT_EPIC && !parent.deleted).then_some(parent)
    }

    fn time_values(&self, i: &Issue) -> (Option<u64>, Option<u64>, Option<u64>) {
        let spent = derived::time_spent(self.site, i);
        let original = i.original_estimate.map(u64::from);
        let remaining = original.map(|o| o.saturating_sub(spent));
        ((spent > 0).then_some(spent), original, remaining)
    }

    fn field_value(&self, i: &Issue, key: FieldKey) -> Option<Value> {
        use FieldKey::*;
        let site = self.site;
        let cloud = site.flavor == Flavor::Cloud;
        let project = &site.projects[i.project];
        let v = match key {
            StatusCategoryChangeDate => json!(jira_ts(i.status_changed)),
            IssueType => self.issue_type(i.issue_type),
            Parent => {
                let p = site.issue_by_id(i.parent?)?;
                let parent = &site.issues[p];
                // Data Center links epics through "Epic Link", not parent.
                if parent.deleted || (!cloud && parent.issue_type == IT_EPIC) {
                    return None;
                }
                self.issue_ref(parent)
            }
            TimeSpent | AggregateTimeSpent => json!(self.time_values(i).0),
            Project => self.project_short(i.project),
            FixVersions | Versions | Attachment => json!([]),
            Components => Value::Array(
                i.components
                    .iter()
                    .filter_map(|c| site.component(*c))
                    .map(|c| self.component(c))
                    .collect(),
            ),
            StatusCategory => self.category(site.statuses[i.status].category),
            Resolution => i.resolution.map_or(Value::Null, |r| self.resolution(r)),
            ResolutionDate => json!(i.resolution_date.map(jira_ts)),
            WorkRatio => {
                let (spent, original, _) = self.time_values(i);
                match (spent, original) {
                    (Some(s), Some(o)) if o > 0 => json!(s * 100 / o),
                    _ => json!(-1),
                }
            }
            IssueRestriction => json!({"issuerestrictions": {}, "shouldDisplay": false}),
            LastViewed | Security | Environment | StartDate | Noise => Value::Null,
            Watches => json!({
                "self": format!("{}/issue/{}/watchers", self.api(), i.key),
                "watchCount": 1 + i.id % 3,
                "isWatching": false,
            }),
            Created => json!(jira_ts(i.created)),
            Updated => json!(jira_ts(i.updated)),
            Priority => i.priority.map_or(Value::Null, |p| self.priority(p)),
            Labels => json!(i.labels.iter().map(|l| l.as_ref()).collect::<Vec<_>>()),
            TimeEstimate | AggregateTimeEstimate => json!(self.time_values(i).2),
            TimeOriginalEstimate | AggregateTimeOriginalEstimate => json!(self.time_values(i).1),
            IssueLinks => Value::Array(
                i.links
                    .iter()
                    .filter_map(|l| {
                        let other = &site.issues[site.issue_by_id(l.other)?];
                        if other.deleted {
                            return None;
                        }
                        let mut v = json!({
                            "id": l.id.to_string(),
                            "self": format!("{}/issueLink/{}", self.api(), l.id),
                            "type": self.link_type(l.kind),
                        });
                        let side = if l.outward {
                            "outwardIssue"
                        } else {
                            "inwardIssue"
                        };
                        v[side] = self.issue_ref(other);
                        Some(v)
                    })
                    .collect(),
            ),
            Assignee => self.user_opt(i.assignee),
            Reporter => self.user(i.reporter),
            Creator => self.user(i.creator),
            Status => self.status(i.status),
            Description => {
                derived::description(site, i).map_or(Value::Null, |b| self.rich_text(&b))
            }
            TimeTracking => {
                let (spent, original, remaining) = self.time_values(i);
                let mut m = Map::new();
                if let Some(o) = original {
                    m.insert("originalEstimate".into(), json!(fmt_duration(o)));
                }
                if let Some(r) = remaining {
                    m.insert("remainingEstimate".into(), json!(fmt_duration(r)));
                }
                if let Some(s) = spent {
                    m.insert("timeSpent".into(), json!(fmt_duration(s)));
                }
                if let Some(o) = original {
                    m.insert("originalEstimateSeconds".into(), json!(o));
                }
                if let Some(r) = remaining {
                    m.insert("remainingEstimateSeconds".into(), json!(r));
                }
                if let Some(s) = spent {
                    m.insert("timeSpentSeconds".into(), json!(s));
                }
                Value::Object(m)
            }
            Summary => json!(i.summary),
            Subtasks => Value::Array(
                site.children
                    .get(&i.id)
                    .into_iter()
                    .flatten()
                    .map(|c| &site.issues[*c])
                    .filter(|c| site.issue_types[c.issue_type].subtask)
                    .map(|c| self.issue_ref(c))
                    .collect(),
            ),
            AggregateProgress | Progress => {
                let (spent, _, remaining) = self.time_values(i);
                let spent = spent.unwrap_or(0);
                let total = spent + remaining.unwrap_or(0);
                let mut v = json!({"progress": spent, "total": total});
                if let Some(percent) = (spent * 100).checked_div(total) {
                    v["percent"] = json!(percent);
                }
                v
            }
            DueDate => json!(i.due.map(date_str)),
            Comment => {
                let comments: Vec<Value> = derived::comments(site, i)
                    .iter()
                    .map(|c| self.comment(i, c))
                    .collect();
                json!({
                    "comments": comments,
                    "self": format!("{}/issue/{}/comment", self.api(), i.id),
                    "maxResults": comments.len(),
                    "total": comments.len(),
                    "startAt": 0,
                })
            }
            Votes => json!({
                "self": format!("{}/issue/{}/votes", self.api(), i.key),
                "votes": 0,
                "hasVoted": false,
            }),
            Worklog => {
                let all = derived::worklogs(site, i);
                let first: Vec<Value> = all.iter().take(20).map(|w| self.worklog(i, w)).collect();
                json!({"startAt": 0, "maxResults": 20, "total": all.len(), "worklogs": first})
            }
            Sprint => self.sprint_value(i),
            StoryPoints => match project.points {
                PointsField::StoryPoints => json!(i.points),
                PointsField::Estimate => Value::Null,
            },
            Estimate => match project.points {
                PointsField::Estimate => json!(i.points),
                PointsField::StoryPoints => Value::Null,
            },
            EpicLink => {
                // Team-managed projects have no Epic Link; Cloud company-managed keep it.
                if project.simplified {
                    return None;
                }
                json!(self.epic_of(i).map(|e| e.key.clone()))
            }
            EpicName => {
                if i.issue_type == IT_EPIC && !project.simplified {
                    json!(i.summary.trim_start_matches("Epic: "))
                } else {
                    Value::Null
                }
            }
            Rank => json!(rank_of(i.id)),
            Flagged => {
                if i.flagged {
                    json!([{"self": format!("{}/customFieldOption/10019", self.api()), "value": "Impediment", "id": "10019"}])
                } else {
                    Value::Null
                }
            }
            Team => match i.team {
                Some(t) => {
                    let team = &site.teams[t];
                    json!({
                        "id": team.id,
                        "name": team.name,
                        "avatarUrl": "",
                        "isVisible": true,
                        "isVerified": false,
                        "title": team.name,
                        "isShared": true,
                    })
                }
                None => Value::Null,
            },
            IssueColor => {
                if i.issue_type == IT_EPIC {
                    json!(["purple", "blue", "green", "teal"][(i.id % 4) as usize])
                } else {
                    Value::Null
                }
            }
            IssueKey => return None,
        };
        Some(v)
    }

    fn agile_field(&self, i: &Issue, name: &str) -> Value {
        let site = self.site;
        match name {
            "sprint" => i
                .sprints
                .iter()
                .filter_map(|s| site.sprint(*s))
                .find(|s| s.state != SprintState::Closed)
                .map_or(Value::Null, |s| self.sprint_agile(s)),
            "closedSprints" => {
                let closed: Vec<Value> = i
                    .sprints
                    .iter()
                    .filter_map(|s| site.sprint(*s))
                    .filter(|s| s.state == SprintState::Closed)
                    .map(|s| self.sprint_agile(s))
                    .collect();
                if closed.is_empty() {
                    Value::Null
                } else {
                    Value::Array(closed)
                }
            }
            "flagged" => json!(i.flagged),
            "epic" => self.epic_of(i).map_or(Value::Null, |e| {
                json!({
                    "id": e.id,
                    "key": e.key,
                    "self": format!("{}/rest/agile/1.0/epic/{}", self.base, e.id),
                    "name": e.summary.trim_start_matches("Epic: "),
                    "summary": e.summary,
                    "color": {"key": format!("color_{}", 1 + e.id % 14)},
                    "done": site.statuses[e.status].category == Category::Done,
                })
            }),
            _ => Value::Null,
        }
    }

    /// Renders one issue with the chosen fields and expansions.
    pub(crate) fn issue(&self, i: &Issue, sel: &FieldSel, opts: &IssueOpts) -> Value {
        let mut m = Map::new();
        m.insert("expand".into(), json!(ISSUE_EXPAND));
        m.insert("id".into(), json!(i.id.to_string()));
        m.insert("self".into(), json!(self.issue_self(i, opts.agile)));
        m.insert("key".into(), json!(i.key));
        let mut names = Map::new();
        let mut schemas = Map::new();
        if !sel.is_empty() || (opts.agile && !sel.agile.is_empty()) {
            let mut fields = Map::new();
            let defs = if opts.names || opts.schema {
                field_defs(self.site)
            } else {
                Vec::new()
            };
            for (id, key) in &sel.keys {
                if let Some(v) = self.field_value(i, *key) {
                    fields.insert(id.clone(), v);
                    if let Some(d) = defs.iter().find(|d| &d.id == id) {
                        names.insert(id.clone(), json!(d.name));
                        if let Some(s) = &d.schema {
                            schemas.insert(id.clone(), s.clone());
                        }
                    }
                }
            }
            if opts.agile {
                for f in &sel.agile {
                    fields.insert((*f).to_string(), self.agile_field(i, f));
                }
            }
            m.insert("fields".into(), Value::Object(fields));
        }
        if opts.rendered {
            let html = derived::description(self.site, i).map(|b| rich::html(&b));
            m.insert(
                "renderedFields".into(),
                json!({"description": html, "environment": null}),
            );
        }
        if opts.names {
            m.insert("names".into(), Value::Object(names));
        }
        if opts.schema {
            m.insert("schema".into(), Value::Object(schemas));
        }
        if opts.transitions {
            m.insert("transitions".into(), self.transitions(i));
        }
        if let Some(limit) = opts.changelog {
            m.insert("changelog".into(), self.changelog(i, limit));
        }
        Value::Object(m)
    }

    /// `names` and `schema` maps for a set of fields (search responses).
    pub(crate) fn names_and_schema(&self, sel: &FieldSel) -> (Value, Value) {
        let defs = field_defs(self.site);
        let mut names = Map::new();
        let mut schema = Map::new();
        for (id, _) in &sel.keys {
            if let Some(d) = defs.iter().find(|d| &d.id == id) {
                names.insert(id.clone(), json!(d.name));
                if let Some(s) = &d.schema {
                    schema.insert(id.clone(), s.clone());
                }
            }
        }
        (Value::Object(names), Value::Object(schema))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_use_five_day_weeks_and_eight_hour_days() {
        assert_eq!(fmt_duration(30_411_840), "211w 7h 44m");
        assert_eq!(fmt_duration(5400), "1h 30m");
        assert_eq!(fmt_duration(8 * 3600), "1d");
        assert_eq!(fmt_duration(0), "0m");
    }

    #[test]
    fn ranks_sort_like_ids() {
        let ids = [10000u64, 10001, 10035, 10036, 99999, 123_456];
        let ranks: Vec<String> = ids.iter().map(|i| rank_of(*i)).collect();
        let mut sorted = ranks.clone();
        sorted.sort();
        assert_eq!(ranks, sorted);
    }
}
