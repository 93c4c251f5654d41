//! The simulated site: catalogue (statuses, types, fields…), users, projects, boards,
//! sprints and issues in compact structs. JSON is rendered on demand (see `render`).

pub(crate) mod derived;
pub(crate) mod generate;
pub(crate) mod mutate;
pub(crate) mod pools;
pub(crate) mod snapshot;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};

use crate::config::Flavor;

pub(crate) type Ts = DateTime<Utc>;

/// Status categories with Jira's fixed ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Category {
    Undefined,
    New,
    Indeterminate,
    Done,
}

impl Category {
    pub(crate) const ALL: [Category; 4] = [
        Category::Undefined,
        Category::New,
        Category::Indeterminate,
        Category::Done,
    ];
    pub(crate) fn id(self) -> u64 {
        match self {
            Category::Undefined => 1,
            Category::New => 2,
            Category::Done => 3,
            Category::Indeterminate => 4,
        }
    }
    pub(crate) fn key(self) -> &'static str {
        match self {
            Category::Undefined => "undefined",
            Category::New => "new",
            Category::Indeterminate => "indeterminate",
            Category::Done => "done",
        }
    }
    pub(crate) fn name(self) -> &'static str {
        match self {
            Category::Undefined => "No Category",
            Category::New => "To Do",
            Category::Indeterminate => "In Progress",
            Category::Done => "Done",
        }
    }
    pub(crate) fn color(self) -> &'static str {
        match self {
            Category::Undefined => "medium-gray",
            Category::New => "blue-gray",
            Category::Indeterminate => "yellow",
            Category::Done => "green",
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Status {
    pub id: u64,
    pub name: &'static str,
    pub description: &'static str,
    pub category: Category,
}

#[derive(Debug, Clone)]
pub(crate) struct IssueType {
    pub id: u64,
    pub name: &'static str,
    pub description: &'static str,
    pub subtask: bool,
    pub hierarchy: i32,
    pub avatar_id: u64,
}

#[derive(Debug, Clone)]
pub(crate) struct Priority {
    pub id: u64,
    pub name: &'static str,
    pub description: &'static str,
    pub color: &'static str,
    pub icon: &'static str,
}

#[derive(Debug, Clone)]
pub(crate) struct Resolution {
    pub id: u64,
    pub name: &'static str,
    pub description: &'static str,
}

#[derive(Debug, Clone)]
pub(crate) struct LinkType {
    pub id: u64,
    pub name: &'static str,
    pub inward: &'static str,
    pub outward: &'static str,
}

#[derive(Debug, Clone)]
pub(crate) struct Team {
    pub id: String,
    pub name: &'static str,
}

#[derive(Debug, Clone)]
pub(crate) struct User {
    pub account_id: String,
    pub name: String,
    pub key: String,
    pub display_name: String,
    pub email: String,
    pub email_visible: bool,
    pub active: bool,
    pub app: bool,
    pub time_zone: &'static str,
    pub avatar: String,
    pub api_token: String,
    pub pat: String,
    pub admin: bool,
    /// Holds a Jira Software licence (Agile endpoints answer 403 otherwise).
    pub software: bool,
    /// Project indexes this user may browse.
    pub projects: Vec<usize>,
}

/// Which custom field holds a project's story points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PointsField {
    /// "Story Points", float (company-managed projects).
    StoryPoints,
    /// "Story point estimate", jsw-story-points (team-managed projects, Cloud).
    Estimate,
}

#[derive(Debug, Clone)]
pub(crate) struct Project {
    pub id: u64,
    pub key: String,
    pub name: String,
    pub description: String,
    pub simplified: bool,
    pub points: PointsField,
    /// Status indexes, in workflow order.
    pub workflow: Vec<usize>,
    pub lead: usize,
    /// User indexes of members (assignable users).
    pub members: Vec<usize>,
    pub boards: Vec<u64>,
    pub avatar_id: u64,
    pub components: Vec<Component>,
}

#[derive(Debug, Clone)]
pub(crate) struct Component {
    pub id: u64,
    pub name: &'static str,
    pub description: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BoardKind {
    Scrum,
    Kanban,
}

impl BoardKind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            BoardKind::Scrum => "scrum",
            BoardKind::Kanban => "kanban",
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Board {
    pub id: u64,
    pub name: String,
    pub kind: BoardKind,
    pub project: usize,
    pub filter_id: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SprintState {
    Closed,
    Active,
    Future,
}

impl SprintState {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            SprintState::Closed => "closed",
            SprintState::Active => "active",
            SprintState::Future => "future",
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Sprint {
    pub id: u64,
    pub name: String,
    pub state: SprintState,
    pub board: u64,
    pub start: Option<Ts>,
    pub end: Option<Ts>,
    pub complete: Option<Ts>,
    pub goal: &'static str,
}

/// Custom field ids (the number after `customfield_`), different for every seed.
#[derive(Debug, Clone)]
pub(crate) struct FieldIds {
    pub sprint: u32,
    pub story_points: u32,
    pub estimate: Option<u32>,
    pub epic_link: u32,
    pub epic_name: u32,
    pub rank: u32,
    pub flagged: u32,
    pub team: Option<u32>,
    pub start_date: u32,
    pub issue_color: Option<u32>,
    /// Custom fields no issue uses (always null), for realism of `*all`.
    pub noise: Vec<u32>,
}

impl FieldIds {
    pub(crate) fn points_id(&self, p: PointsField) -> u32 {
        match p {
            PointsField::StoryPoints => self.story_points,
            PointsField::Estimate => self.estimate.unwrap_or(self.story_points),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Change {
    Status {
        from: usize,
        to: usize,
    },
    Resolution {
        from: Option<usize>,
        to: Option<usize>,
    },
    Assignee {
        from: Option<usize>,
        to: Option<usize>,
    },
    Sprint {
        from: Vec<u64>,
        to: Vec<u64>,
    },
    Points {
        field: PointsField,
        from: Option<f64>,
        to: Option<f64>,
    },
    Priority {
        from: Option<usize>,
        to: Option<usize>,
    },
    Labels {
        from: Vec<Arc<str>>,
        to: Vec<Arc<str>>,
    },
    Summary {
        from: String,
        to: String,
    },
    DueDate {
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    },
    Rank,
    Parent {
        from: Option<u64>,
        to: Option<u64>,
    },
    Key {
        from: String,
        to: String,
    },
    Project {
        from: usize,
        to: usize,
    },
    Flagged {
        to: bool,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct History {
    pub id: u64,
    pub author: usize,
    pub at: Ts,
    pub items: Vec<Change>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Link {
    pub id: u64,
    pub kind: usize,
    pub other: u64,
    /// True when this issue is the outward side ("blocks"), false for the inward side.
    pub outward: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Description {
    /// Generated on demand from the seed and this variant number.
    Generated(u32),
    Text(String),
}

#[derive(Debug, Clone)]
pub(crate) struct Issue {
    pub id: u64,
    pub key: String,
    pub project: usize,
    pub issue_type: usize,
    pub status: usize,
    pub priority: Option<usize>,
    pub resolution: Option<usize>,
    pub resolution_date: Option<Ts>,
    pub assignee: Option<usize>,
    pub reporter: usize,
    pub creator: usize,
    pub created: Ts,
    pub updated: Ts,
    pub status_changed: Ts,
    pub due: Option<NaiveDate>,
    pub points: Option<f64>,
    pub summary: String,
    pub description: Option<Description>,
    pub labels: Vec<Arc<str>>,
    /// Component ids of the issue's project.
    pub components: Vec<u64>,
    pub sprints: Vec<u64>,
    pub parent: Option<u64>,
    pub links: Vec<Link>,
    pub team: Option<usize>,
    pub original_estimate: Option<u32>,
    pub comments: u16,
    pub worklogs: u16,
    pub flagged: bool,
    pub history: Vec<History>,
    pub deleted: bool,
}

/// The whole site. Issues are kept sorted by id; deleted issues stay as tombstones so
/// indexes remain valid.
#[derive(Debug, Clone)]
pub(crate) struct Site {
    pub seed: u64,
    pub flavor: Flavor,
    pub anchor: Ts,
    pub statuses: Vec<Status>,
    pub issue_types: Vec<IssueType>,
    pub priorities: Vec<Priority>,
    pub resolutions: Vec<Resolution>,
    pub link_types: Vec<LinkType>,
    pub teams: Vec<Team>,
    pub fields: FieldIds,
    pub users: Vec<User>,
    pub projects: Vec<Project>,
    pub boards: Vec<Board>,
    pub sprints: Vec<Sprint>,
    pub issues: Vec<Issue>,
    /// Current keys to issue indexes.
    pub by_key: HashMap<String, usize>,
    /// Keys issues had before a move, to their ids (the old key keeps resolving).
    pub former_keys: HashMap<String, u64>,
    /// Live issue indexes per project, ascending by id.
    pub project_issues: Vec<Vec<usize>>,
    /// Issue id to live child issue indexes.
    pub children: HashMap<u64, Vec<usize>>,
    pub label_pool: HashMap<String, Arc<str>>,
    pub next_issue_id: u64,
    pub next_history_id: u64,
    pub next_link_id: u64,
    /// Next issue number per project.
    pub next_number: Vec<u64>,
    /// Bumped by every mutation; search caches key on it.
    pub generation: u64,
}

impl Site {
    pub(crate) fn issue_by_id(&self, id: u64) -> Option<usize> {
        self.issues.binary_search_by_key(&id, |i| i.id).ok()
    }

    /// Finds a live issue by key (also a former key) or id.
    pub(crate) fn find_issue(&self, key_or_id: &str) -> Option<usize> {
        let idx = if let Ok(id) = key_or_id.parse::<u64>() {
            self.issue_by_id(id)
        } else {
            let upper = key_or_id.to_ascii_uppercase();
            self.by_key.get(&upper).copied().or_else(|| {
                self.former_keys
                    .get(&upper)
                    .and_then(|id| self.issue_by_id(*id))
            })
        }?;
        (!self.issues[idx].deleted).then_some(idx)
    }

    pub(crate) fn find_project(&self, key_or_id: &str) -> Option<usize> {
        if let Ok(id) = key_or_id.parse::<u64>() {
            return self.projects.iter().position(|p| p.id == id);
        }
        self.projects
            .iter()
            .position(|p| p.key.eq_ignore_ascii_case(key_or_id))
    }

    pub(crate) fn find_user(&self, ident: &str) -> Option<usize> {
        self.users.iter().position(|u| {
            u.account_id == ident
                || u.name == ident
                || u.key == ident
                || u.email.eq_ignore_ascii_case(ident)
        })
    }

    pub(crate) fn component(&self, id: u64) -> Option<&Component> {
        self.projects
            .iter()
            .flat_map(|p| &p.components)
            .find(|c| c.id == id)
    }

    pub(crate) fn board(&self, id: u64) -> Option<&Board> {
        self.boards.iter().find(|b| b.id == id)
    }

    pub(crate) fn sprint(&self, id: u64) -> Option<&Sprint> {
        self.sprints.iter().find(|s| s.id == id)
    }

    pub(crate) fn label(&mut self, s: &str) -> Arc<str> {
        if let Some(l) = self.label_pool.get(s) {
            return l.clone();
        }
        let l: Arc<str> = Arc::from(s);
        self.label_pool.insert(s.to_string(), l.clone());
        l
    }

    pub(crate) fn points_field_id(&self, project: usize) -> String {
        format!(
            "customfield_{}",
            self.fields.points_id(self.projects[project].points)
        )
    }

    /// Number of live issues.
    pub(crate) fn live_count(&self) -> usize {
        self.project_issues.iter().map(Vec::len).sum()
    }

    /// Rebuilds the project and children indexes from the issue list.
    pub(crate) fn reindex(&mut self) {
        self.by_key.clear();
        self.project_issues = vec![Vec::new(); self.projects.len()];
        self.children.clear();
        for (idx, issue) in self.issues.iter().enumerate() {
            if issue.deleted {
                continue;
            }
            self.by_key.insert(issue.key.clone(), idx);
            self.project_issues[issue.project].push(idx);
            if let Some(p) = issue.parent {
                self.children.entry(p).or_default().push(idx);
            }
        }
    }
}
