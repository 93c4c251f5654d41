//! Validates a parsed query against the site (fields, values, operators) and evaluates it.
//!
//! Semantics follow Jira: `!=` and `NOT IN` never match an empty field (use `IS EMPTY`),
//! while `NOT (a = b)` does; multi-value fields (labels, sprint) match if any value matches;
//! dates are compared in the site's zone; `duedate` counts as midnight of its day.

use std::cmp::Ordering;

use chrono::{Datelike, Duration, Months, NaiveDate};

use super::lexer::Op;
use super::parser::{Clause, ClauseOp, Expr, Operand, Query, Sort, Val};
use crate::clock::{site_date, site_local_to_utc, site_start_of_day};
use crate::data::generate::IT_SUBTASK;
use crate::data::{Category, Issue, PointsField, Site, SprintState, Ts, derived};
use crate::render::rank_of;

/// Who searches, when, and which projects they may see.
pub(crate) struct Ctx<'a> {
    pub site: &'a Site,
    pub caller: Option<usize>,
    pub now: Ts,
    pub visible: &'a [usize],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateF {
    Created,
    Updated,
    Resolved,
    Due,
    CategoryChanged,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UserF {
    Assignee,
    Reporter,
    Creator,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TextF {
    Summary,
    Description,
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Project,
    Status,
    Category,
    IssueType,
    Priority,
    Resolution,
    User(UserF),
    Labels,
    Component,
    Sprint,
    Date(DateF),
    Key,
    Parent,
    EpicLink,
    Points(PointsField),
    Flagged,
    Team,
    Text(TextF),
    /// Fields that exist but hold nothing here (components, versions, unused custom fields).
    AlwaysEmpty,
    Rank,
}

/// A set match on an optional single value or on a multi-value field.
#[derive(Debug, Clone, PartialEq)]
struct SetMatch<T> {
    set: Vec<T>,
    /// Also match an empty field (`IN (x, EMPTY)`, `IS EMPTY`).
    empty: bool,
    /// `!=`, `NOT IN`, `IS NOT`: match a present value outside the set; never an empty one.
    neg: bool,
}

impl<T: PartialEq> SetMatch<T> {
    fn one(&self, v: Option<&T>) -> bool {
        match v {
            None => !self.neg && self.empty,
            Some(x) => self.set.contains(x) != self.neg,
        }
    }
    fn many<'a>(&self, vals: impl IntoIterator<Item = &'a T>) -> bool
    where
        T: 'a,
    {
        let mut any_value = false;
        let mut hit = false;
        for v in vals {
            any_value = true;
            if self.set.contains(v) {
                hit = true;
                break;
            }
        }
        if !any_value {
            return !self.neg && self.empty;
        }
        hit != self.neg
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Leaf {
    Project(SetMatch<usize>),
    Status(SetMatch<usize>),
    Category(SetMatch<Category>),
    IssueType(SetMatch<usize>),
    Priority(SetMatch<usize>),
    Resolution(SetMatch<usize>),
    User(UserF, SetMatch<usize>),
    /// Lower-cased labels.
    Labels(SetMatch<String>),
    Component(SetMatch<u64>),
    Sprint(SetMatch<u64>),
    DateCmp(DateF, Op, Ts),
    DateSet(DateF, SetMatch<Ts>),
    Key(SetMatch<u64>),
    KeyCmp(Op, usize, u64),
    Parent(SetMatch<u64>),
    EpicLink(SetMatch<u64>),
    PointsCmp(PointsField, Op, f64),
    PointsSet(PointsField, SetMatch<u64>),
    Flagged(SetMatch<bool>),
    Team(SetMatch<usize>),
    Text(TextF, Vec<String>, bool),
    Empty(SetMatch<()>),
}

#[derive(Debug, Clone, PartialEq)]
enum Pred {
    And(Vec<Pred>),
    Or(Vec<Pred>),
    Not(Box<Pred>),
    Leaf(Leaf),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SortKey {
    Key,
    Id,
    Date(DateF),
    Priority,
    Status,
    Category,
    Summary,
    User(UserF),
    IssueType,
    Project,
    Rank,
    Points(PointsField),
}

/// A validated query, ready to run.
#[derive(Debug, Clone)]
pub(crate) struct Compiled {
    pred: Option<Pred>,
    order: Vec<(SortKey, bool)>,
    /// Projects that can hold matches (visible ∩ restricted by the query).
    projects: Vec<usize>,
}

impl Compiled {
    /// Runs the query: matching live issue indexes in ORDER BY order.
    pub(crate) fn run(&self, site: &Site) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for p in &self.projects {
            for idx in &site.project_issues[*p] {
                let issue = &site.issues[*idx];
                if self.pred.as_ref().is_none_or(|pr| eval(site, pr, issue)) {
                    out.push(*idx);
                }
            }
        }
        out.sort_by(|a, b| self.compare(site, &site.issues[*a], &site.issues[*b]));
        out
    }

    /// Narrows the candidate projects (e.g. to a board's project).
    pub(crate) fn restrict_projects(&mut self, allowed: &[usize]) {
        self.projects.retain(|p| allowed.contains(p));
    }

    /// Whether one issue matches (used to recheck issues between pages).
    pub(crate) fn matches(&self, site: &Site, idx: usize) -> bool {
        let issue = &site.issues[idx];
        !issue.deleted
            && self.projects.contains(&issue.project)
            && self.pred.as_ref().is_none_or(|pr| eval(site, pr, issue))
    }

    pub(crate) fn compare(&self, site: &Site, a: &Issue, b: &Issue) -> Ordering {
        for (key, desc) in &self.order {
            let o = compare_by(site, *key, a, b, *desc);
            if o != Ordering::Equal {
                return o;
            }
        }
        a.id.cmp(&b.id)
    }
}

fn cmp_opt<T: PartialOrd>(a: Option<T>, b: Option<T>, desc: bool) -> Ordering {
    // Empty values sort last ascending, first descending.
    let o = match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
    };
    if desc { o.reverse() } else { o }
}

fn key_parts(i: &Issue) -> (&str, u64) {
    let (p, n) = i.key.rsplit_once('-').unwrap_or((&i.key, "0"));
    (p, n.parse().unwrap_or(0))
}

fn date_of(i: &Issue, f: DateF) -> Option<Ts> {
    match f {
        DateF::Created => Some(i.created),
        DateF::Updated => Some(i.updated),
        DateF::Resolved => i.resolution_date,
        DateF::Due => i.due.map(|d| site_local_to_utc(d, 0, 0)),
        DateF::CategoryChanged => Some(i.status_changed),
    }
}

fn points_of(site: &Site, i: &Issue, f: PointsField) -> Option<f64> {
    (site.projects[i.project].points == f)
        .then_some(i.points)
        .flatten()
}

fn user_of(i: &Issue, f: UserF) -> Option<usize> {
    match f {
        UserF::Assignee => i.assignee,
        UserF::Reporter => Some(i.reporter),
        UserF::Creator => Some(i.creator),
    }
}

fn compare_by(site: &Site, key: SortKey, a: &Issue, b: &Issue, desc: bool) -> Ordering {
    let o = match key {
        SortKey::Key => {
            let (pa, na) = key_parts(a);
            let (pb, nb) = key_parts(b);
            pa.cmp(pb).then(na.cmp(&nb))
        }
        SortKey::Id => a.id.cmp(&b.id),
        SortKey::Date(f) => return cmp_opt(date_of(a, f), date_of(b, f), desc),
        SortKey::Priority => {
            // Highest has the lowest id; DESC puts it first.
            return cmp_opt(
                a.priority.map(|p| usize::MAX - p),
                b.priority.map(|p| usize::MAX - p),
                desc,
            );
        }
        SortKey::Status => a.status.cmp(&b.status),
        SortKey::Category => site.statuses[a.status]
            .category
            .id()
            .cmp(&site.statuses[b.status].category.id()),
        SortKey::Summary => a.summary.to_lowercase().cmp(&b.summary.to_lowercase()),
        SortKey::User(f) => {
            let name = |i: &Issue| user_of(i, f).map(|u| site.users[u].display_name.to_lowercase());
            return cmp_opt(name(a), name(b), desc);
        }
        SortKey::IssueType => a.issue_type.cmp(&b.issue_type),
        SortKey::Project => site.projects[a.project]
            .key
            .cmp(&site.projects[b.project].key),
        SortKey::Rank => rank_of(a.id).cmp(&rank_of(b.id)),
        SortKey::Points(f) => return cmp_opt(points_of(site, a, f), points_of(site, b, f), desc),
    };
    if desc { o.reverse() } else { o }
}

fn description_text(site: &Site, i: &Issue) -> String {
    use crate::data::derived::{Block, Inline};
    derived::description(site, i)
        .unwrap_or_default()
        .iter()
        .map(|b| match b {
            Block::Heading(t) | Block::Code(t) => t.clone(),
            Block::Bullets(items) => items.join(" "),
            Block::Para(inl) => inl
                .iter()
                .map(|x| match x {
                    Inline::Text(t) | Inline::Strong(t) | Inline::Code(t) => t.as_str(),
                })
                .collect(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn eval(site: &Site, p: &Pred, i: &Issue) -> bool {
    match p {
        Pred::And(ps) => ps.iter().all(|p| eval(site, p, i)),
        Pred::Or(ps) => ps.iter().any(|p| eval(site, p, i)),
        Pred::Not(p) => !eval(site, p, i),
        Pred::Leaf(l) => match l {
            Leaf::Project(m) => m.one(Some(&i.project)),
            Leaf::Status(m) => m.one(Some(&i.status)),
            Leaf::Category(m) => m.one(Some(&site.statuses[i.status].category)),
            Leaf::IssueType(m) => m.one(Some(&i.issue_type)),
            Leaf::Priority(m) => m.one(i.priority.as_ref()),
            Leaf::Resolution(m) => m.one(i.resolution.as_ref()),
            Leaf::User(f, m) => m.one(user_of(i, *f).as_ref()),
            Leaf::Labels(m) => {
                let lower: Vec<String> = i.labels.iter().map(|l| l.to_lowercase()).collect();
                m.many(lower.iter())
            }
            Leaf::Component(m) => m.many(i.components.iter()),
            Leaf::Sprint(m) => m.many(i.sprints.iter()),
            Leaf::DateCmp(f, op, t) => {
                date_of(i, *f).is_some_and(|v| cmp_op(*op, &minute(v, *op), t))
            }
            Leaf::DateSet(f, m) => m.one(date_of(i, *f).map(|v| minute(v, Op::Eq)).as_ref()),
            Leaf::Key(m) => m.one(Some(&i.id)),
            Leaf::KeyCmp(op, project, n) => {
                i.project == *project && cmp_op(*op, &key_parts(i).1, n)
            }
            Leaf::Parent(m) => m.one(i.parent.as_ref()),
            Leaf::EpicLink(m) => {
                let epic = i
                    .parent
                    .and_then(|p| site.issue_by_id(p))
                    .filter(|p| site.issues[*p].issue_type == crate::data::generate::IT_EPIC)
                    .map(|p| site.issues[p].id);
                m.one(epic.as_ref())
            }
            Leaf::PointsCmp(f, op, v) => points_of(site, i, *f).is_some_and(|x| cmp_op(*op, &x, v)),
            Leaf::PointsSet(f, m) => m.one(points_of(site, i, *f).map(f64::to_bits).as_ref()),
            Leaf::Flagged(m) => m.one(i.flagged.then_some(&true)),
            Leaf::Team(m) => m.one(i.team.as_ref()),
            Leaf::Text(f, terms, neg) => {
                let hay = match f {
                    TextF::Summary => i.summary.to_lowercase(),
                    TextF::Description => description_text(site, i).to_lowercase(),
                    TextF::Text => {
                        format!("{} {}", i.summary, description_text(site, i)).to_lowercase()
                    }
                };
                terms.iter().all(|t| hay.contains(t.as_str())) != *neg
            }
            Leaf::Empty(m) => m.one(None),
        },
    }
}

/// Dates compare at minute precision for `=`, exactly otherwise.
fn minute(t: Ts, op: Op) -> Ts {
    if op == Op::Eq || op == Op::Ne {
        Ts::from_timestamp(t.timestamp() / 60 * 60, 0).unwrap_or(t)
    } else {
        t
    }
}

fn cmp_op<T: PartialOrd>(op: Op, a: &T, b: &T) -> bool {
    match op {
        Op::Eq => a == b,
        Op::Ne => a != b,
        Op::Lt => a < b,
        Op::Gt => a > b,
        Op::Le => a <= b,
        Op::Ge => a >= b,
        Op::Like | Op::NotLike => false,
    }
}

fn field_of(site: &Site, name: &str) -> Option<Field> {
    let lower = name.to_lowercase();
    let f = &site.fields;
    let custom = |n: u32| -> Option<Field> {
        if n == f.sprint {
            Some(Field::Sprint)
        } else if n == f.story_points {
            Some(Field::Points(PointsField::StoryPoints))
        } else if Some(n) == f.estimate {
            Some(Field::Points(PointsField::Estimate))
        } else if n == f.epic_link {
            Some(Field::EpicLink)
        } else if n == f.rank {
            Some(Field::Rank)
        } else if n == f.flagged {
            Some(Field::Flagged)
        } else if Some(n) == f.team {
            Some(Field::Team)
        } else if n == f.epic_name
            || n == f.start_date
            || Some(n) == f.issue_color
            || f.noise.contains(&n)
        {
            Some(Field::AlwaysEmpty)
        } else {
            None
        }
    };
    if let Some(n) = lower.strip_prefix("cf[").and_then(|s| s.strip_suffix(']')) {
        return n.parse().ok().and_then(custom);
    }
    if let Some(n) = lower.strip_prefix("customfield_") {
        return n.parse().ok().and_then(custom);
    }
    Some(match lower.as_str() {
        "project" => Field::Project,
        "status" => Field::Status,
        "statuscategory" => Field::Category,
        "issuetype" | "type" => Field::IssueType,
        "priority" => Field::Priority,
        "resolution" => Field::Resolution,
        "assignee" => Field::User(UserF::Assignee),
        "reporter" => Field::User(UserF::Reporter),
        "creator" => Field::User(UserF::Creator),
        "labels" | "label" => Field::Labels,
        "sprint" => Field::Sprint,
        "created" | "createddate" => Field::Date(DateF::Created),
        "updated" | "updateddate" => Field::Date(DateF::Updated),
        "resolved" | "resolutiondate" => Field::Date(DateF::Resolved),
        "due" | "duedate" => Field::Date(DateF::Due),
        "statuscategorychangeddate" => Field::Date(DateF::CategoryChanged),
        "key" | "issuekey" | "id" | "issue" => Field::Key,
        "parent" => Field::Parent,
        "epic link" => Field::EpicLink,
        "story points" => Field::Points(PointsField::StoryPoints),
        "story point estimate" if f.estimate.is_some() => Field::Points(PointsField::Estimate),
        "flagged" => Field::Flagged,
        "team" if f.team.is_some() => Field::Team,
        "rank" => Field::Rank,
        "summary" => Field::Text(TextF::Summary),
        "description" => Field::Text(TextF::Description),
        "text" => Field::Text(TextF::Text),
        "component" => Field::Component,
        "fixversion" | "affectedversion" | "environment" | "epic name" | "start date" => {
            Field::AlwaysEmpty
        }
        _ => return None,
    })
}

fn no_field(name: &str) -> String {
    format!("Field '{name}' does not exist or you do not have permission to view it.")
}

fn no_value(field: &str, value: &str) -> String {
    format!("The value '{value}' does not exist for the field '{field}'.")
}

fn bad_operator(field: &str, op: ClauseOp) -> String {
    let o = match op {
        ClauseOp::Cmp(o) => o.to_string(),
        ClauseOp::In => "in".into(),
        ClauseOp::NotIn => "not in".into(),
        ClauseOp::Is => "is".into(),
        ClauseOp::IsNot => "is not".into(),
    };
    format!("The operator '{o}' is not supported by the '{field}' field.")
}

struct Compiler<'a, 'b> {
    ctx: &'a Ctx<'b>,
    errors: Vec<String>,
}

/// Values of an operand, with `EMPTY` split out.
struct Values<'v> {
    vals: Vec<&'v Val>,
    empty: bool,
}

fn values(operand: &Operand) -> Values<'_> {
    match operand {
        Operand::Empty => Values {
            vals: Vec::new(),
            empty: true,
        },
        Operand::One(v) => Values {
            vals: vec![v],
            empty: false,
        },
        Operand::List(vs) => {
            let is_empty = |v: &&Val| matches!(v, Val::Text { s, quoted: false } if s == "EMPTY");
            Values {
                empty: vs.iter().any(|v| is_empty(&v)),
                vals: vs.iter().filter(|v| !is_empty(v)).collect(),
            }
        }
    }
}

impl Compiler<'_, '_> {
    fn site(&self) -> &Site {
        self.ctx.site
    }

    fn expr(&mut self, e: &Expr) -> Pred {
        match e {
            Expr::And(es) => Pred::And(es.iter().map(|e| self.expr(e)).collect()),
            Expr::Or(es) => Pred::Or(es.iter().map(|e| self.expr(e)).collect()),
            Expr::Not(e) => Pred::Not(Box::new(self.expr(e))),
            Expr::Clause(c) => self.clause(c).map_or(Pred::Or(Vec::new()), Pred::Leaf),
        }
    }

    /// Builds a set match for equality-type operators, resolving each value with `resolve`.
    fn set_match<T>(
        &mut self,
        c: &Clause,
        mut resolve: impl FnMut(&mut Self, &Val) -> Option<Vec<T>>,
    ) -> Option<SetMatch<T>> {
        let (neg, is_op) = match c.op {
            ClauseOp::Cmp(Op::Eq) | ClauseOp::In => (false, false),
            ClauseOp::Cmp(Op::Ne) | ClauseOp::NotIn => (true, false),
            ClauseOp::Is => (false, true),
            ClauseOp::IsNot => (true, true),
            ClauseOp::Cmp(_) => {
                self.errors.push(bad_operator(&c.field, c.op));
                return None;
            }
        };
        let v = values(&c.operand);
        if is_op {
            return Some(SetMatch {
                set: Vec::new(),
                empty: !neg,
                neg,
            });
        }
        let mut set = Vec::new();
        let mut ok = true;
        for val in v.vals {
            match resolve(self, val) {
                Some(items) => set.extend(items),
                None => ok = false,
            }
        }
        ok.then_some(SetMatch {
            set,
            empty: v.empty && !neg,
            neg,
        })
    }

    fn text<'v>(&mut self, c: &Clause, v: &'v Val) -> Option<&'v str> {
        match v {
            Val::Text { s, .. } => Some(s),
            Val::Func { name, args } => {
                self.errors.push(format!(
                    "Unable to find JQL function '{name}({})'.",
                    args.join(",")
                ));
                let _ = c;
                None
            }
        }
    }

    fn clause(&mut self, c: &Clause) -> Option<Leaf> {
        let Some(field) = field_of(self.site(), &c.field) else {
            self.errors.push(no_field(&c.field));
            return None;
        };
        let site = self.ctx.site;
        match field {
            Field::Project => {
                let m = self.set_match(c, |me, v| {
                    let s = me.text(c, v)?;
                    let p = site
                        .find_project(s)
                        .or_else(|| site.projects.iter().position(|p| p.name == s))
                        .filter(|p| me.ctx.visible.contains(p));
                    match p {
                        Some(p) => Some(vec![p]),
                        None => {
                            me.errors.push(no_value(&c.field, s));
                            None
                        }
                    }
                })?;
                Some(Leaf::Project(m))
            }
            Field::Status => {
                let m = self.set_match(c, |me, v| {
                    let s = me.text(c, v)?;
                    let found: Vec<usize> = site
                        .statuses
                        .iter()
                        .enumerate()
                        .filter(|(_, st)| st.name.eq_ignore_ascii_case(s) || st.id.to_string() == s)
                        .map(|(i, _)| i)
                        .collect();
                    if found.is_empty() {
                        me.errors.push(no_value(&c.field, s));
                        return None;
                    }
                    Some(found)
                })?;
                Some(Leaf::Status(m))
            }
            Field::Category => {
                let m = self.set_match(c, |me, v| {
                    let s = me.text(c, v)?;
                    let found = Category::ALL.into_iter().find(|cat| {
                        cat.key().eq_ignore_ascii_case(s)
                            || cat.name().eq_ignore_ascii_case(s)
                            || cat.id().to_string() == s
                    });
                    match found {
                        Some(cat) => Some(vec![cat]),
                        None => {
                            me.errors.push(no_value(&c.field, s));
                            None
                        }
                    }
                })?;
                Some(Leaf::Category(m))
            }
            Field::IssueType => {
                let m = self.set_match(c, |me, v| match v {
                    Val::Func { name, .. } if name.eq_ignore_ascii_case("standardIssueTypes") => {
                        Some(
                            (0..site.issue_types.len())
                                .filter(|t| *t != IT_SUBTASK)
                                .collect(),
                        )
                    }
                    Val::Func { name, .. } if name.eq_ignore_ascii_case("subTaskIssueTypes") => {
                        Some(vec![IT_SUBTASK])
                    }
                    _ => {
                        let s = me.text(c, v)?;
                        match site
                            .issue_types
                            .iter()
                            .position(|t| t.name.eq_ignore_ascii_case(s) || t.id.to_string() == s)
                        {
                            Some(t) => Some(vec![t]),
                            None => {
                                me.errors.push(no_value(&c.field, s));
                                None
                            }
                        }
                    }
                })?;
                Some(Leaf::IssueType(m))
            }
            Field::Priority => {
                let m = self.set_match(c, |me, v| {
                    let s = me.text(c, v)?;
                    match site
                        .priorities
                        .iter()
                        .position(|p| p.name.eq_ignore_ascii_case(s) || p.id.to_string() == s)
                    {
                        Some(p) => Some(vec![p]),
                        None => {
                            me.errors.push(no_value(&c.field, s));
                            None
                        }
                    }
                })?;
                Some(Leaf::Priority(m))
            }
            Field::Resolution => {
                let mut unresolved = false;
                let mut m = self.set_match(c, |me, v| {
                    let s = me.text(c, v)?;
                    if s.eq_ignore_ascii_case("unresolved") {
                        unresolved = true;
                        return Some(Vec::new());
                    }
                    match site
                        .resolutions
                        .iter()
                        .position(|r| r.name.eq_ignore_ascii_case(s) || r.id.to_string() == s)
                    {
                        Some(r) => Some(vec![r]),
                        None => {
                            me.errors.push(no_value(&c.field, s));
                            None
                        }
                    }
                })?;
                if unresolved {
                    if m.neg {
                        // `resolution != Unresolved`: any resolved issue.
                        m.set = (0..site.resolutions.len())
                            .filter(|r| !m.set.contains(r))
                            .collect();
                        m.neg = false;
                    } else {
                        m.empty = true;
                    }
                }
                Some(Leaf::Resolution(m))
            }
            Field::User(f) => {
                let caller = self.ctx.caller;
                let m = self.set_match(c, |me, v| match v {
                    Val::Func { name, .. } if name.eq_ignore_ascii_case("currentUser") => {
                        Some(caller.into_iter().collect())
                    }
                    _ => {
                        let s = me.text(c, v)?;
                        match site.find_user(s) {
                            Some(u) => Some(vec![u]),
                            None => {
                                me.errors.push(no_value(&c.field, s));
                                None
                            }
                        }
                    }
                })?;
                Some(Leaf::User(f, m))
            }
            Field::Labels => {
                let m = self.set_match(c, |me, v| me.text(c, v).map(|s| vec![s.to_lowercase()]))?;
                Some(Leaf::Labels(m))
            }
            Field::Component => {
                let m = self.set_match(c, |me, v| {
                    let s = me.text(c, v)?;
                    let found: Vec<u64> = site
                        .projects
                        .iter()
                        .enumerate()
                        .filter(|(p, _)| me.ctx.visible.contains(p))
                        .flat_map(|(_, p)| &p.components)
                        .filter(|comp| {
                            comp.name.eq_ignore_ascii_case(s) || comp.id.to_string() == s
                        })
                        .map(|comp| comp.id)
                        .collect();
                    if found.is_empty() {
                        me.errors.push(no_value(&c.field, s));
                        return None;
                    }
                    Some(found)
                })?;
                Some(Leaf::Component(m))
            }
            Field::Sprint => {
                let m = self.set_match(c, |me, v| match v {
                    Val::Func { name, .. } => {
                        let state = match name.to_ascii_lowercase().as_str() {
                            "opensprints" => SprintState::Active,
                            "closedsprints" => SprintState::Closed,
                            "futuresprints" => SprintState::Future,
                            _ => {
                                me.text(c, v);
                                return None;
                            }
                        };
                        Some(
                            site.sprints
                                .iter()
                                .filter(|s| s.state == state)
                                .map(|s| s.id)
                                .collect(),
                        )
                    }
                    Val::Text { s, .. } => {
                        let found: Vec<u64> = site
                            .sprints
                            .iter()
                            .filter(|sp| sp.id.to_string() == *s || sp.name.eq_ignore_ascii_case(s))
                            .map(|sp| sp.id)
                            .collect();
                        if found.is_empty() {
                            me.errors.push(no_value(&c.field, s));
                            return None;
                        }
                        Some(found)
                    }
                })?;
                Some(Leaf::Sprint(m))
            }
            Field::Date(f) => self.date_clause(c, f),
            Field::Key => self.key_clause(c),
            Field::Parent | Field::EpicLink => {
                let m = self.set_match(c, |me, v| {
                    let s = me.text(c, v)?;
                    match site
                        .find_issue(s)
                        .filter(|i| me.ctx.visible.contains(&site.issues[*i].project))
                    {
                        Some(i) => Some(vec![site.issues[i].id]),
                        None => {
                            me.errors.push(format!(
                                "An issue with key '{s}' does not exist for field '{}'.",
                                c.field
                            ));
                            None
                        }
                    }
                })?;
                Some(if field == Field::Parent {
                    Leaf::Parent(m)
                } else {
                    Leaf::EpicLink(m)
                })
            }
            Field::Points(pf) => match c.op {
                ClauseOp::Cmp(op @ (Op::Lt | Op::Gt | Op::Le | Op::Ge)) => {
                    let v = match &c.operand {
                        Operand::One(v) => self.text(c, v)?.to_string(),
                        _ => {
                            self.errors.push(bad_operator(&c.field, c.op));
                            return None;
                        }
                    };
                    match v.parse::<f64>() {
                        Ok(n) => Some(Leaf::PointsCmp(pf, op, n)),
                        Err(_) => {
                            self.errors.push(format!(
                                "The value '{v}' is not a valid number for the field '{}'.",
                                c.field
                            ));
                            None
                        }
                    }
                }
                _ => {
                    let m = self.set_match(c, |me, v| {
                        let s = me.text(c, v)?;
                        match s.parse::<f64>() {
                            Ok(n) => Some(vec![n.to_bits()]),
                            Err(_) => {
                                me.errors.push(format!(
                                    "The value '{s}' is not a valid number for the field '{}'.",
                                    c.field
                                ));
                                None
                            }
                        }
                    })?;
                    Some(Leaf::PointsSet(pf, m))
                }
            },
            Field::Flagged => {
                let m = self.set_match(c, |me, v| {
                    let s = me.text(c, v)?;
                    if s.eq_ignore_ascii_case("impediment") {
                        Some(vec![true])
                    } else {
                        me.errors.push(format!(
                            "The option '{s}' for field '{}' does not exist.",
                            c.field
                        ));
                        None
                    }
                })?;
                Some(Leaf::Flagged(m))
            }
            Field::Team => {
                let m = self.set_match(c, |me, v| {
                    let s = me.text(c, v)?;
                    match site.teams.iter().position(|t| t.id == s || t.name == s) {
                        Some(t) => Some(vec![t]),
                        None => {
                            me.errors.push(no_value(&c.field, s));
                            None
                        }
                    }
                })?;
                Some(Leaf::Team(m))
            }
            Field::Text(tf) => match c.op {
                ClauseOp::Cmp(op @ (Op::Like | Op::NotLike)) => {
                    let Operand::One(v) = &c.operand else {
                        self.errors.push(bad_operator(&c.field, c.op));
                        return None;
                    };
                    let s = self.text(c, v)?;
                    let terms = s
                        .split_whitespace()
                        .map(|t| {
                            t.trim_matches(|ch: char| ch == '*' || ch == '?')
                                .to_lowercase()
                        })
                        .filter(|t| !t.is_empty())
                        .collect();
                    Some(Leaf::Text(tf, terms, op == Op::NotLike))
                }
                ClauseOp::Is | ClauseOp::IsNot if tf == TextF::Summary => {
                    // Every issue has a summary.
                    Some(Leaf::Empty(SetMatch {
                        set: Vec::new(),
                        empty: c.op == ClauseOp::IsNot,
                        neg: false,
                    }))
                }
                _ => {
                    self.errors.push(bad_operator(&c.field, c.op));
                    None
                }
            },
            Field::AlwaysEmpty => match c.op {
                ClauseOp::Is | ClauseOp::IsNot => Some(Leaf::Empty(SetMatch {
                    set: Vec::new(),
                    empty: c.op == ClauseOp::Is,
                    neg: false,
                })),
                _ => {
                    for v in values(&c.operand).vals {
                        if let Some(s) = self.text(c, v) {
                            self.errors.push(no_value(&c.field, s));
                        }
                    }
                    None
                }
            },
            Field::Rank => {
                self.errors.push(bad_operator(&c.field, c.op));
                None
            }
        }
    }

    fn key_clause(&mut self, c: &Clause) -> Option<Leaf> {
        let site = self.ctx.site;
        let visible = self.ctx.visible;
        let lookup = |me: &mut Self, s: &str| -> Option<usize> {
            let found = site
                .find_issue(s)
                .filter(|i| visible.contains(&site.issues[*i].project));
            if found.is_none() {
                me.errors.push(format!(
                    "An issue with key '{s}' does not exist for field '{}'.",
                    c.field
                ));
            }
            found
        };
        match c.op {
            ClauseOp::Cmp(op @ (Op::Lt | Op::Gt | Op::Le | Op::Ge)) => {
                let Operand::One(v) = &c.operand else {
                    self.errors.push(bad_operator(&c.field, c.op));
                    return None;
                };
                let s = self.text(c, v)?.to_string();
                let idx = lookup(self, &s)?;
                let issue = &site.issues[idx];
                Some(Leaf::KeyCmp(op, issue.project, key_parts(issue).1))
            }
            _ => {
                let m = self.set_match(c, |me, v| {
                    let s = me.text(c, v)?.to_string();
                    lookup(me, &s).map(|i| vec![site.issues[i].id])
                })?;
                Some(Leaf::Key(m))
            }
        }
    }

    fn date_clause(&mut self, c: &Clause, f: DateF) -> Option<Leaf> {
        let now = self.ctx.now;
        let parse = |me: &mut Self, v: &Val| -> Option<Ts> {
            match v {
                Val::Func { name, args } => {
                    match date_function(name, args.first().map(String::as_str), now) {
                        Some(t) => Some(t),
                        None => {
                            me.errors.push(format!(
                                "Unable to find JQL function '{name}({})'.",
                                args.join(",")
                            ));
                            None
                        }
                    }
                }
                Val::Text { s, .. } => match parse_date(s, now) {
                    Some(t) => Some(t),
                    None => {
                        me.errors.push(format!(
                            "Date value '{s}' for field '{}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
                            c.field
                        ));
                        None
                    }
                },
            }
        };
        match c.op {
            ClauseOp::Cmp(op @ (Op::Lt | Op::Gt | Op::Le | Op::Ge)) => {
                let Operand::One(v) = &c.operand else {
                    self.errors.push(bad_operator(&c.field, c.op));
                    return None;
                };
                let t = parse(self, v)?;
                Some(Leaf::DateCmp(f, op, t))
            }
            ClauseOp::Cmp(Op::Like | Op::NotLike) => {
                self.errors.push(bad_operator(&c.field, c.op));
                None
            }
            _ => {
                let m = self.set_match(c, |me, v| parse(me, v).map(|t| vec![minute(t, Op::Eq)]))?;
                Some(Leaf::DateSet(f, m))
            }
        }
    }

    fn sort(&mut self, s: &Sort) -> Option<SortKey> {
        let Some(field) = field_of(self.site(), &s.field) else {
            self.errors.push(no_field(&s.field));
            return None;
        };
        let lower = s.field.to_lowercase();
        Some(match field {
            Field::Key if lower == "id" => SortKey::Id,
            Field::Key => SortKey::Key,
            Field::Date(f) => SortKey::Date(f),
            Field::Priority => SortKey::Priority,
            Field::Status => SortKey::Status,
            Field::Category => SortKey::Category,
            Field::Text(TextF::Summary) => SortKey::Summary,
            Field::User(f) => SortKey::User(f),
            Field::IssueType => SortKey::IssueType,
            Field::Project => SortKey::Project,
            Field::Rank => SortKey::Rank,
            Field::Points(f) => SortKey::Points(f),
            _ => {
                self.errors
                    .push(format!("Field '{}' does not support sorting.", s.field));
                return None;
            }
        })
    }
}

/// `-7d`, `2w`, `-1w 2d`, `4h`, `30m`: an offset from now.
fn parse_period(s: &str) -> Option<Duration> {
    let s = s.trim();
    let (sign, rest) = match s.strip_prefix('-') {
        Some(r) => (-1, r),
        None => (1, s.strip_prefix('+').unwrap_or(s)),
    };
    let mut total = Duration::zero();
    let mut any = false;
    for part in rest.split_whitespace() {
        let unit = part.chars().last()?;
        let n: i64 = part[..part.len() - unit.len_utf8()].parse().ok()?;
        total += match unit {
            'w' => Duration::weeks(n),
            'd' => Duration::days(n),
            'h' => Duration::hours(n),
            'm' => Duration::minutes(n),
            _ => return None,
        };
        any = true;
    }
    any.then_some(total * sign)
}

fn parse_date(s: &str, now: Ts) -> Option<Ts> {
    if let Some(d) = parse_period(s) {
        return Some(now + d);
    }
    let s = s.trim();
    let (date, time) = match s.split_once(' ') {
        Some((d, t)) => (d, Some(t.trim())),
        None => (s, None),
    };
    let date = NaiveDate::parse_from_str(date, "%Y/%m/%d")
        .or_else(|_| NaiveDate::parse_from_str(date, "%Y-%m-%d"))
        .ok()?;
    let (h, m) = match time {
        None => (0, 0),
        Some(t) => {
            let (h, m) = t.split_once(':')?;
            let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
            if h > 23 || m > 59 {
                return None;
            }
            (h, m)
        }
    };
    Some(site_local_to_utc(date, h, m))
}

/// Offset argument of a date function: `-1`, `+2`, `-1d`, `1w`, `-3M`; the bare unit is `unit`.
fn apply_offset(t: Ts, arg: Option<&str>, unit: char) -> Option<Ts> {
    let Some(arg) = arg.map(str::trim).filter(|a| !a.is_empty()) else {
        return Some(t);
    };
    let (sign, rest) = match arg.strip_prefix('-') {
        Some(r) => (-1i64, r),
        None => (1, arg.strip_prefix('+').unwrap_or(arg)),
    };
    let (num, u) = match rest.chars().last() {
        Some(c) if c.is_ascii_alphabetic() => (&rest[..rest.len() - 1], c),
        _ => (rest, unit),
    };
    let n: i64 = num.parse().ok()?;
    let n = n * sign;
    Some(match u {
        'y' => shift_months(t, n * 12)?,
        'M' => shift_months(t, n)?,
        'w' => t + Duration::weeks(n),
        'd' => t + Duration::days(n),
        'h' => t + Duration::hours(n),
        'm' => t + Duration::minutes(n),
        _ => return None,
    })
}

fn shift_months(t: Ts, n: i64) -> Option<Ts> {
    let months = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
    if n >= 0 {
        t.checked_add_months(months)
    } else {
        t.checked_sub_months(months)
    }
}

fn date_function(name: &str, arg: Option<&str>, now: Ts) -> Option<Ts> {
    let today = site_date(now);
    let day_start = site_start_of_day(now);
    // Weeks start on Sunday (en_US), like Jira's default locale.
    let week_start = site_local_to_utc(
        today - Duration::days(i64::from(today.weekday().num_days_from_sunday())),
        0,
        0,
    );
    let month_start = site_local_to_utc(today.with_day(1)?, 0, 0);
    let year_start = site_local_to_utc(NaiveDate::from_ymd_opt(today.year(), 1, 1)?, 0, 0);
    let end = |next: Ts| next - Duration::milliseconds(1);
    match name.to_ascii_lowercase().as_str() {
        "now" => Some(now),
        "startofday" => apply_offset(day_start, arg, 'd'),
        "endofday" => apply_offset(end(day_start + Duration::days(1)), arg, 'd'),
        "startofweek" => apply_offset(week_start, arg, 'w'),
        "endofweek" => apply_offset(end(week_start + Duration::weeks(1)), arg, 'w'),
        "startofmonth" => apply_offset(month_start, arg, 'M'),
        "endofmonth" => apply_offset(end(shift_months(month_start, 1)?), arg, 'M'),
        "startofyear" => apply_offset(year_start, arg, 'y'),
        "endofyear" => apply_offset(end(shift_months(year_start, 12)?), arg, 'y'),
        _ => None,
    }
}

fn restricted_projects(p: &Pred) -> Option<Vec<usize>> {
    match p {
        Pred::Leaf(Leaf::Project(m)) if !m.neg && !m.empty => Some(m.set.clone()),
        Pred::And(ps) => ps
            .iter()
            .filter_map(restricted_projects)
            .reduce(|a, b| a.into_iter().filter(|x| b.contains(x)).collect()),
        Pred::Or(ps) => {
            let mut all = Vec::new();
            for p in ps {
                all.extend(restricted_projects(p)?);
            }
            all.sort_unstable();
            all.dedup();
            Some(all)
        }
        _ => None,
    }
}

/// The order used when a query has no ORDER BY.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DefaultOrder {
    /// Newest first (issue search).
    NewestFirst,
    /// Board order (Agile issue lists).
    Rank,
}

/// Validates a parsed query. `Err` carries Jira's `errorMessages`.
pub(crate) fn compile(
    q: &Query,
    ctx: &Ctx<'_>,
    default: DefaultOrder,
) -> Result<Compiled, Vec<String>> {
    let mut c = Compiler {
        ctx,
        errors: Vec::new(),
    };
    let pred = q.filter.as_ref().map(|e| c.expr(e));
    if q.order.len() > 7 {
        c.errors
            .push("The ORDER BY clause may not contain more than 7 fields.".into());
    }
    let mut order: Vec<(SortKey, bool)> = q
        .order
        .iter()
        .filter_map(|s| c.sort(s).map(|k| (k, s.desc)))
        .collect();
    if !c.errors.is_empty() {
        return Err(c.errors);
    }
    if q.order.is_empty() {
        order.push(match default {
            DefaultOrder::NewestFirst => (SortKey::Id, true),
            DefaultOrder::Rank => (SortKey::Rank, false),
        });
    }
    let projects = match pred.as_ref().and_then(restricted_projects) {
        Some(set) => ctx
            .visible
            .iter()
            .copied()
            .filter(|p| set.contains(p))
            .collect(),
        None => ctx.visible.to_vec(),
    };
    Ok(Compiled {
        pred,
        order,
        projects,
    })
}

#[cfg(test)]
mod tests {
    use super::super::parser::parse;
    use super::*;
    use crate::config::SimConfig;
    use crate::data::generate::generate;
    use chrono::{TimeZone, Utc};
    use std::sync::OnceLock;

    fn site() -> &'static Site {
        static SITE: OnceLock<Site> = OnceLock::new();
        SITE.get_or_init(|| {
            let anchor = Utc
                .with_ymd_and_hms(2024, 6, 1, 0, 0, 0)
                .single()
                .expect("valid");
            generate(
                &SimConfig {
                    issues: 600,
                    ..SimConfig::default()
                },
                anchor,
            )
        })
    }

    fn now() -> Ts {
        site().anchor + Duration::hours(10)
    }

    fn all_projects() -> Vec<usize> {
        (0..site().projects.len()).collect()
    }

    fn run(jql: &str) -> Result<Vec<usize>, Vec<String>> {
        run_as(jql, Some(0), &all_projects())
    }

    fn run_as(
        jql: &str,
        caller: Option<usize>,
        visible: &[usize],
    ) -> Result<Vec<usize>, Vec<String>> {
        let q = parse(jql).map_err(|e| vec![e.0])?;
        let ctx = Ctx {
            site: site(),
            caller,
            now: now(),
            visible,
        };
        Ok(compile(&q, &ctx, DefaultOrder::NewestFirst)?.run(site()))
    }

    fn expect(f: impl Fn(&Issue) -> bool) -> Vec<u64> {
        let mut ids: Vec<u64> = site()
            .issues
            .iter()
            .filter(|i| f(i))
            .map(|i| i.id)
            .collect();
        ids.sort_unstable();
        ids
    }

    fn ids(r: Vec<usize>) -> Vec<u64> {
        let mut ids: Vec<u64> = r.into_iter().map(|i| site().issues[i].id).collect();
        ids.sort_unstable();
        ids
    }

    #[test]
    fn project_in_list_matches_those_projects() {
        let got = ids(run("project in (PLAT, web)").expect("valid"));
        assert_eq!(got, expect(|i| i.project == 0 || i.project == 1));
        assert!(!got.is_empty());
    }

    #[test]
    fn unknown_project_is_jiras_error() {
        assert_eq!(
            run("project = XYZ").expect_err("invalid"),
            vec!["The value 'XYZ' does not exist for the field 'project'."]
        );
    }

    #[test]
    fn invisible_project_looks_like_a_missing_one() {
        assert_eq!(
            run_as("project = WEB", Some(1), &[0]).expect_err("invisible"),
            vec!["The value 'WEB' does not exist for the field 'project'."]
        );
    }

    #[test]
    fn unknown_field_is_jiras_error() {
        assert_eq!(
            run("foo = bar").expect_err("invalid"),
            vec!["Field 'foo' does not exist or you do not have permission to view it."]
        );
    }

    #[test]
    fn all_validation_errors_are_reported_together() {
        assert_eq!(
            run("foo = 1 AND project = NOPE")
                .expect_err("invalid")
                .len(),
            2
        );
    }

    #[test]
    fn not_equal_excludes_empty_values_but_not_excludes_them_too() {
        let s = site();
        let a = s
            .issues
            .iter()
            .find_map(|i| i.assignee)
            .expect("someone assigned");
        let acc = &s.users[a].account_id;
        let ne = ids(run(&format!("assignee != \"{acc}\"")).expect("valid"));
        assert_eq!(
            ne,
            expect(|i| i.assignee.is_some() && i.assignee != Some(a))
        );
        let not = ids(run(&format!("NOT assignee = \"{acc}\"")).expect("valid"));
        assert_eq!(not, expect(|i| i.assignee != Some(a)));
    }

    #[test]
    fn assignee_empty_and_current_user() {
        assert_eq!(
            ids(run("assignee is EMPTY").expect("valid")),
            expect(|i| i.assignee.is_none())
        );
        assert_eq!(
            ids(run("assignee = currentUser()").expect("valid")),
            expect(|i| i.assignee == Some(0))
        );
        assert_eq!(
            ids(run("assignee in (EMPTY, currentUser())").expect("valid")),
            expect(|i| i.assignee.is_none() || i.assignee == Some(0))
        );
        assert!(
            run_as("assignee = currentUser()", None, &all_projects())
                .expect("valid")
                .is_empty()
        );
    }

    #[test]
    fn status_category_by_key_or_name() {
        let done = expect(|i| site().statuses[i.status].category == Category::Done);
        assert_eq!(ids(run("statusCategory = Done").expect("valid")), done);
        assert_eq!(ids(run("statusCategory = done").expect("valid")), done);
        assert_eq!(
            ids(run(r#"statusCategory != "To Do""#).expect("valid")),
            expect(|i| site().statuses[i.status].category != Category::New)
        );
    }

    #[test]
    fn status_names_with_quotes_need_escaping() {
        assert_eq!(
            ids(run(r#"status = "Won't Do""#).expect("valid")),
            expect(|i| site().statuses[i.status].name == "Won't Do")
        );
        assert_eq!(
            ids(run(r"status = 'Won\'t Do'").expect("valid")),
            expect(|i| site().statuses[i.status].name == "Won't Do")
        );
        assert!(run("status = Won't Do").is_err());
    }

    #[test]
    fn hostile_labels_match_when_escaped() {
        let has = |l: &'static str| move |i: &Issue| i.labels.iter().any(|x| x.as_ref() == l);
        assert_eq!(
            ids(run(r#"labels = "\"quoted\"""#).expect("valid")),
            expect(has("\"quoted\""))
        );
        assert_eq!(
            ids(run(r#"labels in ("c++", "back\\slash")"#).expect("valid")),
            expect(|i| has("c++")(i) || has("back\\slash")(i))
        );
        assert_eq!(
            ids(run(r#"labels = "order""#).expect("valid")),
            expect(has("order"))
        );
        assert!(run("labels = c++").is_err(), "unquoted reserved character");
        assert!(run("labels = order").is_err(), "unquoted reserved word");
    }

    #[test]
    fn labels_not_in_skips_unlabelled_issues() {
        assert_eq!(
            ids(run("labels not in (backend)").expect("valid")),
            expect(|i| !i.labels.is_empty() && !i.labels.iter().any(|l| l.as_ref() == "backend"))
        );
        assert_eq!(
            ids(run("labels is EMPTY").expect("valid")),
            expect(|i| i.labels.is_empty())
        );
    }

    #[test]
    fn sprint_functions_and_ids() {
        let s = site();
        let active: Vec<u64> = s
            .sprints
            .iter()
            .filter(|sp| sp.state == SprintState::Active)
            .map(|sp| sp.id)
            .collect();
        assert_eq!(
            ids(run("sprint in openSprints()").expect("valid")),
            expect(|i| i.sprints.iter().any(|x| active.contains(x)))
        );
        let first = active[0];
        assert_eq!(
            ids(run(&format!("sprint = {first}")).expect("valid")),
            expect(|i| i.sprints.contains(&first))
        );
        assert_eq!(
            ids(run("sprint is EMPTY").expect("valid")),
            expect(|i| i.sprints.is_empty())
        );
        let hostile = s
            .sprints
            .iter()
            .find(|sp| sp.name.contains('"'))
            .expect("hostile sprint name");
        let quoted = format!("sprint = \"{}\"", hostile.name.replace('"', "\\\""));
        assert_eq!(
            ids(run(&quoted).expect("valid")),
            expect(|i| i.sprints.contains(&hostile.id))
        );
    }

    #[test]
    fn relative_dates_and_functions() {
        let n = now();
        assert_eq!(
            ids(run("updated >= -7d").expect("valid")),
            expect(|i| i.updated >= n - Duration::days(7))
        );
        assert_eq!(
            ids(run("created < startOfDay(-30)").expect("valid")),
            expect(|i| i.created < site_start_of_day(n) - Duration::days(30))
        );
        assert_eq!(
            ids(run("created >= -2w").expect("valid")),
            expect(|i| i.created >= n - Duration::weeks(2))
        );
    }

    #[test]
    fn absolute_dates_in_both_formats_with_minutes() {
        let t = site_local_to_utc(NaiveDate::from_ymd_opt(2024, 4, 15).expect("date"), 14, 5);
        assert_eq!(
            ids(run(r#"updated >= "2024/04/15 14:05""#).expect("valid")),
            expect(|i| i.updated >= t)
        );
        let d = site_local_to_utc(NaiveDate::from_ymd_opt(2024, 4, 15).expect("date"), 0, 0);
        assert_eq!(
            ids(run("created < 2024-04-15").expect("valid")),
            expect(|i| i.created < d)
        );
    }

    #[test]
    fn invalid_dates_name_the_valid_formats() {
        let e = run(r#"created > "yesterday""#).expect_err("invalid");
        assert!(
            e[0].starts_with("Date value 'yesterday' for field 'created' is invalid."),
            "{}",
            e[0]
        );
    }

    #[test]
    fn overdue_is_due_before_today_and_not_done() {
        let today = site_start_of_day(now());
        let got = ids(run("duedate < startOfDay() AND statusCategory != Done").expect("valid"));
        assert_eq!(
            got,
            expect(
                |i| i.due.is_some_and(|d| site_local_to_utc(d, 0, 0) < today)
                    && site().statuses[i.status].category != Category::Done
            )
        );
        assert!(!got.is_empty());
    }

    #[test]
    fn operators_a_field_does_not_support_are_errors() {
        assert_eq!(
            run("status > Done").expect_err("bad op"),
            vec!["The operator '>' is not supported by the 'status' field."]
        );
        assert_eq!(
            run("summary = x").expect_err("bad op"),
            vec!["The operator '=' is not supported by the 'summary' field."]
        );
    }

    #[test]
    fn unknown_functions_are_errors() {
        assert_eq!(
            run("assignee = nobody()").expect_err("bad fn"),
            vec!["Unable to find JQL function 'nobody()'."]
        );
    }

    #[test]
    fn story_points_by_name_and_custom_id() {
        let sp = site().fields.story_points;
        let want = expect(|i| {
            site().projects[i.project].points == PointsField::StoryPoints
                && i.points.is_some_and(|p| p > 3.0)
        });
        assert_eq!(ids(run(r#""Story Points" > 3"#).expect("valid")), want);
        assert_eq!(ids(run(&format!("cf[{sp}] > 3")).expect("valid")), want);
    }

    #[test]
    fn order_by_key_sorts_by_project_then_number() {
        let r = run("project in (PLAT, WEB) ORDER BY key ASC").expect("valid");
        let keys: Vec<(String, u64)> = r
            .iter()
            .map(|i| {
                let (p, n) = key_parts(&site().issues[*i]);
                (p.to_string(), n)
            })
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
    }

    #[test]
    fn order_by_due_date_puts_empty_last_ascending() {
        let r = run("project = PLAT ORDER BY duedate ASC").expect("valid");
        let dues: Vec<Option<NaiveDate>> = r.iter().map(|i| site().issues[*i].due).collect();
        let first_none = dues
            .iter()
            .position(Option::is_none)
            .expect("some without due date");
        assert!(dues[first_none..].iter().all(Option::is_none));
        assert!(dues[..first_none].windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn order_by_unknown_or_unsortable_fields() {
        assert_eq!(
            run("project = PLAT ORDER BY nope").expect_err("bad"),
            vec!["Field 'nope' does not exist or you do not have permission to view it."]
        );
        assert_eq!(
            run("project = PLAT ORDER BY labels").expect_err("bad"),
            vec!["Field 'labels' does not support sorting."]
        );
    }

    #[test]
    fn key_comparisons_stay_within_the_project() {
        let r = ids(run("key > PLAT-10 AND key <= PLAT-20").expect("valid"));
        assert_eq!(
            r,
            expect(|i| i.project == 0 && (11..=20).contains(&key_parts(i).1))
        );
    }

    #[test]
    fn missing_key_is_an_error() {
        assert_eq!(
            run("key = PLAT-999999").expect_err("bad"),
            vec!["An issue with key 'PLAT-999999' does not exist for field 'key'."]
        );
    }

    #[test]
    fn resolution_unresolved_means_empty() {
        assert_eq!(
            ids(run("resolution = Unresolved").expect("valid")),
            expect(|i| i.resolution.is_none())
        );
        assert_eq!(
            ids(run("resolution != Unresolved").expect("valid")),
            expect(|i| i.resolution.is_some())
        );
    }

    #[test]
    fn text_search_is_case_insensitive_contains() {
        assert_eq!(
            ids(run(r#"summary ~ "LOGIN""#).expect("valid")),
            expect(|i| i.summary.to_lowercase().contains("login"))
        );
    }

    #[test]
    fn project_restriction_limits_candidate_projects() {
        let q = parse("project = PLAT AND status = Done").expect("parses");
        let visible = all_projects();
        let ctx = Ctx {
            site: site(),
            caller: Some(0),
            now: now(),
            visible: &visible,
        };
        assert_eq!(
            compile(&q, &ctx, DefaultOrder::NewestFirst)
                .expect("valid")
                .projects,
            vec![0]
        );
        let q = parse("project = PLAT OR status = Done").expect("parses");
        assert_eq!(
            compile(&q, &ctx, DefaultOrder::NewestFirst)
                .expect("valid")
                .projects,
            visible
        );
    }

    #[test]
    fn components_by_name_with_special_characters() {
        let api = site().projects[0]
            .components
            .iter()
            .find(|c| c.name.contains('🔌'))
            .map(|c| c.id);
        let got = ids(run(r#"component = "API 🔌""#).expect("valid"));
        assert_eq!(
            got,
            expect(|i| api.is_some_and(|a| i.components.contains(&a))
                || i.components
                    .iter()
                    .any(|c| site().component(*c).is_some_and(|x| x.name == "API 🔌")))
        );
        assert_eq!(
            ids(run("component is EMPTY").expect("valid")),
            expect(|i| i.components.is_empty())
        );
    }

    #[test]
    fn period_parsing() {
        assert_eq!(parse_period("-7d"), Some(Duration::days(-7)));
        assert_eq!(parse_period("-1w 2d"), Some(Duration::days(-9)));
        assert_eq!(parse_period("4h"), Some(Duration::hours(4)));
        assert_eq!(parse_period("7x"), None);
    }
}
