//! Seeded generation of a realistic site. Same seed, sizes and anchor day → same data.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{Datelike, Duration};
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::pools;
use super::*;
use crate::clock::site_date;
use crate::config::{Flavor, SimConfig};

pub(crate) fn catalogue_statuses() -> Vec<Status> {
    use Category::*;
    let s = |id, name, description, category| Status {
        id,
        name,
        description,
        category,
    };
    vec![
        s(10000, "Backlog", "", New),
        s(10001, "Selected for Development", "", New),
        s(
            3,
            "In Progress",
            "This issue is being actively worked on at the moment by the assignee.",
            Indeterminate,
        ),
        s(10002, "In Review", "", Indeterminate),
        s(
            10003,
            "Ready for QA ✅",
            "Waiting for a tester.",
            Indeterminate,
        ),
        s(10004, "Blocked", "", Indeterminate),
        s(10005, "Done", "", Done),
        s(10006, "Won't Do", "Closed without doing the work.", Done),
        s(10007, "To Do", "", New),
    ]
}

// Status indexes in `catalogue_statuses`.
pub(crate) const ST_BACKLOG: usize = 0;
pub(crate) const ST_SELECTED: usize = 1;
pub(crate) const ST_IN_PROGRESS: usize = 2;
pub(crate) const ST_REVIEW: usize = 3;
pub(crate) const ST_QA: usize = 4;
pub(crate) const ST_BLOCKED: usize = 5;
pub(crate) const ST_DONE: usize = 6;
pub(crate) const ST_WONT_DO: usize = 7;
pub(crate) const ST_TODO: usize = 8;

const COMPANY_WORKFLOW: &[usize] = &[
    ST_BACKLOG,
    ST_SELECTED,
    ST_IN_PROGRESS,
    ST_REVIEW,
    ST_QA,
    ST_BLOCKED,
    ST_DONE,
    ST_WONT_DO,
];
const TEAM_WORKFLOW: &[usize] = &[ST_TODO, ST_IN_PROGRESS, ST_DONE];

pub(crate) fn catalogue_issue_types() -> Vec<IssueType> {
    let t = |id, name, description, subtask, hierarchy, avatar_id| IssueType {
        id,
        name,
        description,
        subtask,
        hierarchy,
        avatar_id,
    };
    vec![
        t(
            10000,
            "Epic",
            "A big user story that needs to be broken down.",
            false,
            1,
            10307,
        ),
        t(
            10001,
            "Story",
            "Functionality or a feature expressed as a user goal.",
            false,
            0,
            10315,
        ),
        t(
            10002,
            "Task",
            "A small, distinct piece of work.",
            false,
            0,
            10318,
        ),
        t(10003, "Bug", "A problem or error.", false, 0, 10303),
        t(
            10004,
            "Sub-task",
            "A small piece of work that's part of a larger task.",
            true,
            -1,
            10316,
        ),
    ]
}

pub(crate) const IT_EPIC: usize = 0;
pub(crate) const IT_STORY: usize = 1;
pub(crate) const IT_TASK: usize = 2;
pub(crate) const IT_BUG: usize = 3;
pub(crate) const IT_SUBTASK: usize = 4;

pub(crate) fn catalogue_priorities() -> Vec<Priority> {
    let p = |id, name, description, color, icon| Priority {
        id,
        name,
        description,
        color,
        icon,
    };
    vec![
        p(
            1,
            "Highest",
            "This problem will block progress.",
            "#d04437",
            "highest",
        ),
        p(
            2,
            "High",
            "Serious problem that could block progress.",
            "#f15C75",
            "high",
        ),
        p(
            3,
            "Medium",
            "Has the potential to affect progress.",
            "#f79232",
            "medium",
        ),
        p(
            4,
            "Low",
            "Minor problem or easily worked around.",
            "#707070",
            "low",
        ),
        p(
            5,
            "Lowest",
            "Trivial problem with little or no impact on progress.",
            "#999999",
            "lowest",
        ),
    ]
}

pub(crate) const PRIO_MEDIUM: usize = 2;

pub(crate) fn catalogue_resolutions() -> Vec<Resolution> {
    let r = |id, name, description| Resolution {
        id,
        name,
        description,
    };
    vec![
        r(10000, "Done", "Work has been completed on this issue."),
        r(10001, "Won't Do", "This issue won't be actioned."),
        r(
            10002,
            "Duplicate",
            "The problem is a duplicate of an existing issue.",
        ),
        r(
            10003,
            "Cannot Reproduce",
            "All attempts at reproducing this issue failed.",
        ),
    ]
}

pub(crate) const RES_DONE: usize = 0;
pub(crate) const RES_WONT_DO: usize = 1;

pub(crate) fn catalogue_link_types() -> Vec<LinkType> {
    let l = |id, name, inward, outward| LinkType {
        id,
        name,
        inward,
        outward,
    };
    vec![
        l(10000, "Blocks", "is blocked by", "blocks"),
        l(10001, "Cloners", "is cloned by", "clones"),
        l(10002, "Duplicate", "is duplicated by", "duplicates"),
        l(10003, "Relates", "relates to", "relates to"),
    ]
}

struct Gen {
    rng: ChaCha8Rng,
}

impl Gen {
    fn chance(&mut self, p: f64) -> bool {
        self.rng.random_bool(p.clamp(0.0, 1.0))
    }
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            lo
        } else {
            self.rng.random_range(lo..hi)
        }
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        items.choose(&mut self.rng).expect("non-empty pool")
    }
    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut x = self.rng.random_range(0..total.max(1));
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= *w;
        }
        weights.len() - 1
    }
    fn hex(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from_digit(self.rng.random_range(0..16), 16).expect("hex digit"))
            .collect()
    }
    fn token(&mut self, alphabet: &[u8], n: usize) -> String {
        (0..n)
            .map(|_| char::from(*alphabet.choose(&mut self.rng).expect("alphabet")))
            .collect()
    }
    /// A random duration in `lo..hi` seconds, with milliseconds like real timestamps.
    fn secs(&mut self, lo: i64, hi: i64) -> Duration {
        Duration::milliseconds(self.range(lo * 1000, hi * 1000))
    }
}

const B64URL: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn ascii_slug(s: &str) -> String {
    let slug: String = s
        .chars()
        .filter_map(|c| {
            let c = match c {
                'á' | 'à' | 'ä' | 'å' | 'Å' => 'a',
                'é' | 'è' | 'ë' => 'e',
                'í' | 'ï' => 'i',
                'ó' | 'ö' | 'ø' | 'Ø' => 'o',
                'ú' | 'ü' => 'u',
                'ç' => 'c',
                'ñ' => 'n',
                c => c,
            };
            c.is_ascii_alphanumeric().then(|| c.to_ascii_lowercase())
        })
        .collect();
    slug
}

fn letters(mut n: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (n % 26) as u8);
        n /= 26;
        if n == 0 {
            break;
        }
        n -= 1;
    }
    s.reverse();
    String::from_utf8(s).expect("ascii")
}

/// Generates the whole site.
pub(crate) fn generate(cfg: &SimConfig, anchor: Ts) -> Site {
    let mut g = Gen {
        rng: ChaCha8Rng::seed_from_u64(cfg.seed),
    };
    let cloud = cfg.flavor == Flavor::Cloud;

    let fields = gen_field_ids(&mut g, cloud);
    let n_projects = cfg.projects.max(1);
    let mut projects = gen_projects(&mut g, n_projects, cloud);
    let users = gen_users(&mut g, cfg.users.max(2), n_projects);
    for (pi, p) in projects.iter_mut().enumerate() {
        p.members = users
            .iter()
            .enumerate()
            .filter(|(_, u)| !u.app && u.projects.contains(&pi))
            .map(|(i, _)| i)
            .collect();
        p.lead = p.members.first().copied().unwrap_or(0);
    }
    let teams: Vec<Team> = if cloud {
        pools::TEAMS
            .iter()
            .map(|name| Team {
                id: format!(
                    "{}-{}-4{}-a{}-{}",
                    g.hex(8),
                    g.hex(4),
                    g.hex(3),
                    g.hex(3),
                    g.hex(12)
                ),
                name,
            })
            .collect()
    } else {
        Vec::new()
    };
    let (boards, sprints) = gen_boards(&mut g, &mut projects, anchor);

    let mut site = Site {
        seed: cfg.seed,
        flavor: cfg.flavor,
        anchor,
        statuses: catalogue_statuses(),
        issue_types: catalogue_issue_types(),
        priorities: catalogue_priorities(),
        resolutions: catalogue_resolutions(),
        link_types: catalogue_link_types(),
        teams,
        fields,
        users,
        projects,
        boards,
        sprints,
        issues: Vec::with_capacity(cfg.issues),
        by_key: HashMap::new(),
        former_keys: HashMap::new(),
        project_issues: Vec::new(),
        children: HashMap::new(),
        label_pool: HashMap::new(),
        next_issue_id: 10000,
        next_history_id: 10000,
        next_link_id: 10000,
        next_number: vec![1; n_projects],
        generation: 0,
    };
    gen_issues(
        &mut g,
        &mut site,
        cfg.issues,
        cfg.extra_reassignments,
        cfg.extra_worklogs,
    );
    site.reindex();
    site
}

fn gen_field_ids(g: &mut Gen, cloud: bool) -> FieldIds {
    let mut pool: Vec<u32> = (10000..10090).collect();
    pool.shuffle(&mut g.rng);
    let mut next = || pool.pop().expect("enough field ids");
    FieldIds {
        sprint: next(),
        story_points: next(),
        estimate: cloud.then(&mut next),
        epic_link: next(),
        epic_name: next(),
        rank: next(),
        flagged: next(),
        team: cloud.then(&mut next),
        start_date: next(),
        issue_color: cloud.then(&mut next),
        noise: (0..6).map(|_| next()).collect(),
    }
}

fn gen_projects(g: &mut Gen, n: usize, cloud: bool) -> Vec<Project> {
    (0..n)
        .map(|i| {
            let (key, name) = match pools::PROJECTS.get(i) {
                Some((k, n)) => (k.to_string(), n.to_string()),
                None => (format!("P{}", letters(i)), format!("Project {}", i + 1)),
            };
            // Every third project on Cloud is team-managed, with the newer estimate field.
            let simplified = cloud && i % 3 == 1;
            Project {
                id: 10000 + i as u64,
                description: format!("{name}: everything about {}.", name.to_lowercase()),
                key,
                name,
                simplified,
                points: if simplified {
                    PointsField::Estimate
                } else {
                    PointsField::StoryPoints
                },
                workflow: if simplified {
                    TEAM_WORKFLOW.to_vec()
                } else {
                    COMPANY_WORKFLOW.to_vec()
                },
                lead: 0,
                members: Vec::new(),
                boards: Vec::new(),
                avatar_id: 10400 + g.range(0, 30) as u64,
                components: (0..3)
                    .map(|c| {
                        let (name, description) =
                            pools::COMPONENTS[(i + c) % pools::COMPONENTS.len()];
                        Component {
                            id: 10000 + (i * 10 + c) as u64,
                            name,
                            description,
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

fn gen_users(g: &mut Gen, n: usize, n_projects: usize) -> Vec<User> {
    let mut users = Vec::with_capacity(n);
    let mut hostile = 0usize;
    for i in 0..n {
        let admin = i == 0;
        let app = !admin && n >= 6 && i == n - 1;
        let display_name = if admin {
            "Ada Admin".to_string()
        } else if app {
            "Automation for Jira".to_string()
        } else if i % 4 == 2 {
            let name = pools::HOSTILE_DISPLAY_NAMES[hostile % pools::HOSTILE_DISPLAY_NAMES.len()];
            hostile += 1;
            name.to_string()
        } else {
            format!(
                "{} {}",
                g.pick(pools::FIRST_NAMES),
                g.pick(pools::LAST_NAMES)
            )
        };
        let account_id = if app {
            format!(
                "557058:{}-{}-{}-{}-{}",
                g.hex(8),
                g.hex(4),
                g.hex(4),
                g.hex(4),
                g.hex(12)
            )
        } else if i % 2 == 0 {
            format!("5b{}", g.hex(22))
        } else {
            format!(
                "712020:{}-{}-{}-{}-{}",
                g.hex(8),
                g.hex(4),
                g.hex(4),
                g.hex(4),
                g.hex(12)
            )
        };
        let name = if admin {
            "admin".to_string()
        } else {
            let slug = ascii_slug(&display_name);
            let slug = if slug.is_empty() {
                "user".to_string()
            } else {
                slug.chars().take(12).collect()
            };
            format!("{slug}{i}")
        };
        let key = if i % 2 == 1 {
            format!("JIRAUSER{}", 10000 + i)
        } else {
            name.clone()
        };
        let projects: Vec<usize> = if admin || app {
            (0..n_projects).collect()
        } else if i == 1 && n_projects > 1 {
            // One login is restricted to a single project, for permission tests.
            vec![0]
        } else {
            let mut ps: Vec<usize> = (0..n_projects).filter(|_| g.chance(0.6)).collect();
            if ps.is_empty() {
                ps.push(i % n_projects);
            }
            ps
        };
        users.push(User {
            email: if app {
                format!("{}@connect.atlassian.com", account_id.replace(':', "-"))
            } else {
                format!("{name}@example.com")
            },
            // Users 3 and 4 always cover the inactive and hidden-email cases.
            email_visible: admin || (!app && i != 4 && !g.chance(0.25)),
            active: admin || app || i == 1 || (i != 3 && !g.chance(0.12)),
            app,
            time_zone: if admin {
                "Europe/London"
            } else {
                pools::TIME_ZONES[g.range(0, pools::TIME_ZONES.len() as i64) as usize]
            },
            avatar: g.hex(32),
            api_token: format!("ATATT3xFfGF0{}", g.token(B64URL, 48)),
            pat: g.token(B64, 44),
            admin,
            // One login without a Jira Software licence, for the Agile API's 403.
            software: !(n >= 6 && i == n - 2),
            account_id,
            name,
            key,
            display_name,
            projects,
        });
    }
    // Every project needs at least two active humans to assign work to.
    for p in 0..n_projects {
        let active: Vec<usize> = users
            .iter()
            .enumerate()
            .filter(|(_, u)| u.active && !u.app && u.projects.contains(&p))
            .map(|(i, _)| i)
            .collect();
        if active.len() < 2 {
            for u in users.iter_mut().skip(2) {
                if u.active && !u.app && !u.projects.contains(&p) {
                    u.projects.push(p);
                    u.projects.sort_unstable();
                    break;
                }
            }
        }
    }
    users
}

fn gen_boards(g: &mut Gen, projects: &mut [Project], anchor: Ts) -> (Vec<Board>, Vec<Sprint>) {
    let mut boards = Vec::new();
    let mut sprints = Vec::new();
    let mut next_board = 1u64;
    let mut next_sprint = 1u64;
    // The active sprint started a week ago at 09:00 UTC.
    let active_start = anchor - Duration::days(7) + Duration::hours(9);
    for (pi, p) in projects.iter_mut().enumerate() {
        let mut kinds = vec![if pi % 4 == 3 {
            BoardKind::Kanban
        } else {
            BoardKind::Scrum
        }];
        if pi == 0 {
            kinds.push(BoardKind::Kanban);
        }
        for kind in kinds {
            let id = next_board;
            next_board += 1;
            let name = match (kind, pi) {
                (BoardKind::Scrum, 2) => format!("{} \"Sprint\" board 🏃", p.key),
                (BoardKind::Scrum, _) => format!("{} - Scrum", p.key),
                (BoardKind::Kanban, _) => format!("{} Kanban", p.key),
            };
            boards.push(Board {
                id,
                name,
                kind,
                project: pi,
                filter_id: 10000 + id,
            });
            p.boards.push(id);
            if kind != BoardKind::Scrum {
                continue;
            }
            let closed = 6i64;
            for j in 0..(closed + 3) {
                let state = if j < closed {
                    SprintState::Closed
                } else if j == closed {
                    SprintState::Active
                } else {
                    SprintState::Future
                };
                let start = active_start + Duration::days(14 * (j - closed));
                let dated = j <= closed + 1;
                let name = if pi == 1 && j == closed {
                    format!("Sprint \"Ω\" <{}> & — 🚀", j + 1)
                } else {
                    format!("{} Sprint {}", p.key, j + 1)
                };
                sprints.push(Sprint {
                    id: next_sprint,
                    name,
                    state,
                    board: id,
                    start: dated.then_some(start),
                    end: dated.then_some(start + Duration::days(14)),
                    // Completed on its last morning, before the next one starts: the carry-over
                    // is then in the next sprint's commitment, as in Jira.
                    complete: (state == SprintState::Closed)
                        .then(|| start + Duration::days(14) - Duration::minutes(g.range(30, 300))),
                    goal: pools::SPRINT_GOALS
                        [g.range(0, pools::SPRINT_GOALS.len() as i64) as usize],
                });
                next_sprint += 1;
            }
        }
    }
    (boards, sprints)
}

/// What the lifecycle simulation produced for one issue.
struct Life {
    status: usize,
    resolution: Option<usize>,
    resolution_date: Option<Ts>,
    status_changed: Ts,
    assignee: Option<usize>,
    sprints: Vec<u64>,
    points: Option<f64>,
    events: Vec<(Ts, usize, Vec<Change>)>,
}

fn gen_issues(
    g: &mut Gen,
    site: &mut Site,
    n: usize,
    extra_reassignments: usize,
    extra_worklogs: usize,
) {
    let anchor = site.anchor;
    let n_projects = site.projects.len();
    // Bigger and smaller projects.
    let weights: Vec<usize> = (0..n_projects).map(|i| 1 + (i * 7 + 3) % 4).collect();
    let wsum: usize = weights.iter().sum();
    let mut counts: Vec<usize> = weights.iter().map(|w| n * w / wsum).collect();
    let mut rest = n - counts.iter().sum::<usize>();
    let mut i = 0;
    while rest > 0 {
        counts[i % n_projects] += 1;
        rest -= 1;
        i += 1;
    }
    let horizon = 180 * 86_400i64;
    let mut plan: Vec<(Ts, usize)> = Vec::with_capacity(n);
    for (p, c) in counts.iter().enumerate() {
        for _ in 0..*c {
            let back = g.range(3_600, horizon);
            plan.push((
                anchor - Duration::milliseconds(back * 1000 + g.range(0, 1000)),
                p,
            ));
        }
    }
    plan.sort_by_key(|(t, p)| (*t, *p));

    let label_pool: Vec<Arc<str>> = pools::LABELS.iter().map(|l| site.label(l)).collect();
    // Per project: indexes of epics and of standard issues generated so far.
    let mut epics: Vec<Vec<usize>> = vec![Vec::new(); n_projects];
    let mut standard: Vec<Vec<usize>> = vec![Vec::new(); n_projects];
    let mut special_done = vec![false; n_projects];

    for (created, p) in plan {
        let idx = site.issues.len();
        let id = site.next_issue_id;
        site.next_issue_id += 1;
        let number = site.next_number[p];
        site.next_number[p] += 1;
        let key = format!("{}-{}", site.projects[p].key, number);

        let mut itype =
            [IT_EPIC, IT_STORY, IT_TASK, IT_BUG, IT_SUBTASK][g.weighted(&[4, 38, 25, 21, 12])];
        if itype == IT_SUBTASK && standard[p].is_empty() {
            itype = IT_TASK;
        }
        let parent = match itype {
            IT_SUBTASK => {
                let recent = &standard[p][standard[p].len().saturating_sub(40)..];
                Some(site.issues[*g.pick(recent)].id)
            }
            IT_EPIC => None,
            _ if !epics[p].is_empty() && g.chance(0.45) => Some(site.issues[*g.pick(&epics[p])].id),
            _ => None,
        };
        // The first standard issue of each project carries the long tails (changelog > 100,
        // worklogs > 20, many comments) so paging of sub-resources is always exercised.
        let special = itype != IT_EPIC && itype != IT_SUBTASK && !special_done[p];
        if special {
            special_done[p] = true;
        }

        let summary = if g.chance(0.05) || (number % 50 == 7) {
            g.pick(pools::HOSTILE_SUMMARIES).to_string()
        } else {
            let base = format!(
                "{} {}{}",
                g.pick(pools::SUMMARY_VERBS),
                g.pick(pools::SUMMARY_OBJECTS),
                g.pick(pools::SUMMARY_TAILS)
            );
            match itype {
                IT_EPIC => format!("Epic: {}", g.pick(pools::SUMMARY_OBJECTS)),
                IT_SUBTASK => format!("{base} — part {}", g.range(1, 5)),
                _ => base,
            }
        };
        let n_labels = g.weighted(&[45, 35, 15, 5]);
        let mut labels: Vec<Arc<str>> = Vec::new();
        for _ in 0..n_labels {
            let l = if g.chance(0.75) {
                label_pool[g.range(0, 12) as usize].clone()
            } else {
                g.pick(&label_pool).clone()
            };
            if !labels.contains(&l) {
                labels.push(l);
            }
        }
        let priority = Some([0usize, 1, 2, 3, 4][g.weighted(&[8, 20, 50, 15, 7])]);
        let members = site.projects[p].members.clone();
        let reporter = *g.pick(&members);
        let points = if matches!(itype, IT_STORY | IT_TASK | IT_BUG) && g.chance(0.75) {
            Some([0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 13.0][g.weighted(&[3, 15, 20, 25, 20, 12, 5])])
        } else {
            None
        };
        let team = (!site.teams.is_empty() && g.chance(0.5))
            .then(|| (p + g.range(0, 2) as usize) % site.teams.len());
        let due = g
            .chance(0.35)
            .then(|| site_date(created + Duration::days(g.range(3, 60))));
        let original_estimate = g
            .chance(0.3)
            .then(|| [2u32, 4, 8, 16, 24][g.range(0, 5) as usize] * 3600);
        let comments = if special {
            60
        } else {
            [0u16, 0, 1, 1, 2, 3, 4][g.range(0, 7) as usize]
        };
        let worklogs = if special {
            25
        } else if g.chance(0.01) {
            g.range(21, 31) as u16
        } else {
            [0u16, 0, 0, 1, 2, 3][g.range(0, 6) as usize]
        };
        // More for benchmarks (no random draw: a seed's data stays as it was); ids stay below
        // the next issue's (`id × 1000 + 500 + n`).
        let worklogs = (usize::from(worklogs) + extra_worklogs).min(499) as u16;
        let description = g
            .chance(0.8)
            .then(|| Description::Generated(g.rng.random()));
        let project_components: Vec<u64> =
            site.projects[p].components.iter().map(|c| c.id).collect();
        let mut components = Vec::new();
        match g.weighted(&[50, 40, 10]) {
            1 => components.push(*g.pick(&project_components)),
            2 => components.extend(project_components.iter().take(2)),
            _ => {}
        }

        let life = simulate_life(
            g,
            site,
            p,
            itype,
            created,
            points,
            &members,
            special,
            extra_reassignments,
        );

        let mut history = Vec::with_capacity(life.events.len());
        let mut events = life.events;
        events.sort_by_key(|(t, _, _)| *t);
        let mut updated = created;
        for (at, author, items) in events {
            history.push(History {
                id: site.next_history_id,
                author,
                at,
                items,
            });
            site.next_history_id += 1;
            updated = updated.max(at);
        }
        if history.is_empty() {
            updated = (created + g.secs(60, 2 * 86_400)).min(anchor - Duration::seconds(1));
        }

        site.issues.push(Issue {
            id,
            key,
            project: p,
            issue_type: itype,
            status: life.status,
            priority,
            resolution: life.resolution,
            resolution_date: life.resolution_date,
            assignee: life.assignee,
            reporter,
            creator: reporter,
            created,
            updated,
            status_changed: life.status_changed,
            due,
            points: life.points,
            summary,
            description,
            labels,
            components,
            sprints: life.sprints,
            parent,
            links: Vec::new(),
            team,
            original_estimate,
            comments,
            worklogs,
            flagged: g.chance(0.03),
            history,
            deleted: false,
        });

        // Links to an earlier issue (any project).
        if idx > 0 && g.chance(0.08) {
            let other = g.range(0, idx as i64) as usize;
            let kind = g.range(0, site.link_types.len() as i64) as usize;
            let link_id = site.next_link_id;
            site.next_link_id += 1;
            let other_id = site.issues[other].id;
            site.issues[idx].links.push(Link {
                id: link_id,
                kind,
                other: other_id,
                outward: true,
            });
            site.issues[other].links.push(Link {
                id: link_id,
                kind,
                other: id,
                outward: false,
            });
        }
        match itype {
            IT_EPIC => epics[p].push(idx),
            IT_SUBTASK => {}
            _ => standard[p].push(idx),
        }
    }
}

/// Plays one issue's life forward in time: sprint planning and carry-over, status
/// transitions, assignment, estimate changes. Nothing happens at or after the anchor.
/// The week the whole company is off (eight weeks before the anchor's week, Monday to
/// Sunday, UTC): no status moves then, so throughput has a zero week as real teams' do.
fn shutdown_week(anchor: Ts) -> (Ts, Ts) {
    let day = anchor.date_naive();
    let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()) + 56);
    let start = monday.and_hms_opt(0, 0, 0).expect("midnight").and_utc();
    (start, start + Duration::days(7))
}

/// `t`, or the Monday after the shutdown week (same time of day) when `t` falls in it.
fn after_shutdown(anchor: Ts, t: Ts) -> Ts {
    let (start, end) = shutdown_week(anchor);
    if t >= start && t < end {
        end + Duration::seconds((t - start).num_seconds() % 86_400)
    } else {
        t
    }
}

#[allow(clippy::too_many_arguments)]
fn simulate_life(
    g: &mut Gen,
    site: &Site,
    p: usize,
    itype: usize,
    created: Ts,
    points: Option<f64>,
    members: &[usize],
    special: bool,
    extra_reassignments: usize,
) -> Life {
    let anchor = site.anchor;
    let limit = anchor - Duration::seconds(1);
    let project = &site.projects[p];
    let simplified = project.simplified;
    let initial = if simplified { ST_TODO } else { ST_BACKLOG };
    let mut life = Life {
        status: initial,
        resolution: None,
        resolution_date: None,
        status_changed: created,
        assignee: None,
        sprints: Vec::new(),
        points,
        events: Vec::new(),
    };
    let pick_member = |g: &mut Gen| *g.pick(members);
    if g.chance(0.3) {
        life.assignee = Some(pick_member(g));
    }
    let at_creation = life.assignee;

    // Sprint planning (standard issues of projects with a scrum board).
    let board_sprints: Vec<&Sprint> = project
        .boards
        .iter()
        .filter_map(|b| site.board(*b))
        .filter(|b| b.kind == BoardKind::Scrum)
        .flat_map(|b| site.sprints.iter().filter(move |s| s.board == b.id))
        .collect();
    let standard = matches!(itype, IT_STORY | IT_TASK | IT_BUG);
    let mut sprint_pos: Option<usize> = None;
    // When the issue entered its latest sprint.
    let mut entered: Option<Ts> = None;
    let mut work_start = created + g.secs(3_600, 10 * 86_400);
    if standard && !board_sprints.is_empty() && g.chance(0.8) {
        let t_plan = created + g.secs(60, 3 * 86_400);
        if t_plan < limit {
            let running = board_sprints.iter().position(|s| {
                let (Some(st), Some(en)) = (s.start, s.complete.or(s.end)) else {
                    return false;
                };
                st <= t_plan && t_plan < en && s.state != SprintState::Future
            });
            // Work planned long before the board's first sprint is done without one (the team
            // had no sprints then), not queued for it: no pile-up on the first sprint.
            let next = board_sprints
                .iter()
                .position(|s| s.start.is_none_or(|st| st > t_plan))
                .filter(|&nx| {
                    board_sprints[nx]
                        .start
                        .is_none_or(|st| st - t_plan <= Duration::days(21))
                });
            let (pos, join) = match (running, next) {
                (Some(r), _) if g.chance(0.25) => (Some(r), t_plan),
                (_, Some(nx)) => {
                    let s = board_sprints[nx];
                    let join = match s.start {
                        Some(st) if st <= limit => (st - g.secs(0, 2 * 86_400)).max(t_plan),
                        _ => t_plan,
                    };
                    (Some(nx), join)
                }
                (Some(r), None) => (Some(r), t_plan),
                (None, None) => (None, t_plan),
            };
            if let Some(pos) = pos {
                let s = board_sprints[pos];
                life.sprints.push(s.id);
                let author = pick_member(g);
                life.events.push((
                    join,
                    author,
                    vec![Change::Sprint {
                        from: Vec::new(),
                        to: life.sprints.clone(),
                    }],
                ));
                sprint_pos = Some(pos);
                entered = Some(join);
                work_start = match s.start {
                    Some(st) if st > join => st + g.secs(0, 3 * 86_400),
                    _ => join + g.secs(600, 2 * 86_400),
                };
            }
        }
    }

    // Status path through the workflow.
    let mut path: Vec<usize> = Vec::new();
    let age_days = (anchor - created).num_days() as f64;
    let finish = g.chance((age_days / 45.0).clamp(0.15, 0.9));
    if simplified {
        path.extend([ST_IN_PROGRESS, ST_DONE]);
    } else {
        if g.chance(0.5) {
            path.push(ST_SELECTED);
        }
        path.push(ST_IN_PROGRESS);
        if g.chance(0.1) {
            path.extend([ST_BLOCKED, ST_IN_PROGRESS]);
        }
        path.push(ST_REVIEW);
        if g.chance(0.4) {
            path.push(ST_QA);
        }
        path.push(ST_DONE);
    }
    if finish && !simplified && g.chance(0.08) {
        path = vec![ST_WONT_DO];
    }
    if !finish {
        // Stop somewhere before the end.
        let keep = g.range(0, path.len() as i64) as usize;
        path.truncate(keep);
    }
    let step = |g: &mut Gen| match itype {
        IT_EPIC => g.secs(5 * 86_400, 30 * 86_400),
        IT_SUBTASK => g.secs(1_800, 86_400),
        _ => g.secs(4 * 3_600, 4 * 86_400),
    };
    let mut t = work_start;
    let mut status = initial;
    let mut done_at = None;
    for (n, to) in path.into_iter().enumerate() {
        if n > 0 {
            t += step(g);
        }
        t = after_shutdown(anchor, t);
        if t >= limit {
            break;
        }
        let author = life.assignee.unwrap_or_else(|| pick_member(g));
        let mut items = vec![Change::Status { from: status, to }];
        if to == ST_IN_PROGRESS && life.assignee.is_none() && g.chance(0.9) {
            let who = pick_member(g);
            items.push(Change::Assignee {
                from: None,
                to: Some(who),
            });
            life.assignee = Some(who);
        }
        let from_cat = site.statuses[status].category;
        let to_cat = site.statuses[to].category;
        if to_cat == Category::Done {
            let res = if to == ST_WONT_DO {
                RES_WONT_DO
            } else {
                RES_DONE
            };
            items.push(Change::Resolution {
                from: None,
                to: Some(res),
            });
            life.resolution = Some(res);
            life.resolution_date = Some(t);
            done_at = Some(t);
        }
        if from_cat != to_cat {
            life.status_changed = t;
        }
        life.events.push((t, author, items));
        status = to;
    }
    life.status = status;

    // Carry-over: unfinished work moves from a completed sprint to the next one.
    if let Some(mut pos) = sprint_pos {
        loop {
            let s = board_sprints[pos];
            let Some(done) = s.complete.filter(|c| *c < limit) else {
                break;
            };
            if done_at.is_some_and(|d| d <= done) {
                break;
            }
            if pos + 1 < board_sprints.len() && g.chance(0.85) {
                let next = board_sprints[pos + 1];
                let from = life.sprints.clone();
                life.sprints.push(next.id);
                let author = pick_member(g);
                life.events.push((
                    done,
                    author,
                    vec![Change::Sprint {
                        from,
                        to: life.sprints.clone(),
                    }],
                ));
                pos += 1;
                entered = Some(done);
            } else {
                break;
            }
        }
        // A few issues are pulled out of a sprint mid-way (scope removed).
        let s = board_sprints[pos];
        if done_at.is_none()
            && g.chance(0.05)
            && let Some(st) = s.start
        {
            let at = entered.map_or(st, |e| e.max(st)) + g.secs(86_400, 6 * 86_400);
            if at < limit && life.sprints.last() == Some(&s.id) {
                let from = life.sprints.clone();
                life.sprints.pop();
                let author = pick_member(g);
                life.events.push((
                    at,
                    author,
                    vec![Change::Sprint {
                        from,
                        to: life.sprints.clone(),
                    }],
                ));
            }
        }
    }

    // Re-estimates and reassignments.
    let horizon_end = done_at.unwrap_or(limit);
    if let Some(pts) = life.points
        && g.chance(0.1)
    {
        let at = created + g.secs(60, ((horizon_end - created).num_seconds()).max(61));
        if at < limit {
            let new = if pts >= 8.0 { pts - 3.0 } else { pts + 2.0 };
            life.events.push((
                at,
                pick_member(g),
                vec![Change::Points {
                    field: project.points,
                    from: Some(pts),
                    to: Some(new),
                }],
            ));
            life.points = Some(new);
        }
    }
    if life.assignee.is_some() && g.chance(0.08) {
        let at = created + g.secs(60, ((horizon_end - created).num_seconds()).max(61));
        if at < limit {
            let who = pick_member(g);
            life.events.push((
                at,
                who,
                vec![Change::Assignee {
                    from: life.assignee,
                    to: Some(who),
                }],
            ));
            life.assignee = Some(who);
        }
    }
    if g.chance(0.2) || special {
        let n = if special { 130 } else { 1 };
        let span = ((limit - created).num_seconds()).max(2);
        for _ in 0..n {
            let at = created + Duration::milliseconds(g.range(1000, span * 1000));
            life.events.push((at, pick_member(g), vec![Change::Rank]));
        }
    }
    // Deep histories for benchmarks (`SimConfig::extra_reassignments`); none by default, and
    // then no random draw, so a seed's data stays as it was.
    if extra_reassignments > 0 {
        let span = ((limit - created).num_seconds()).max(2);
        for _ in 0..extra_reassignments {
            let at = created + Duration::milliseconds(g.range(1000, span * 1000));
            let who = pick_member(g);
            life.events.push((
                at,
                who,
                vec![Change::Assignee {
                    from: None,
                    to: Some(who),
                }],
            ));
        }
    }
    // Assignee events must replay in order: rewrite from-values after sorting by time.
    life.events.sort_by_key(|(t, _, _)| *t);
    let mut current = at_creation;
    for (_, _, items) in life.events.iter_mut() {
        for c in items.iter_mut() {
            if let Change::Assignee { from, to } = c {
                *from = current;
                current = *to;
            }
        }
    }
    life.assignee = current;
    life
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn cfg(issues: usize) -> SimConfig {
        SimConfig {
            issues,
            ..SimConfig::default()
        }
    }

    fn anchor() -> Ts {
        Utc.with_ymd_and_hms(2024, 6, 1, 0, 0, 0)
            .single()
            .expect("valid")
    }

    #[test]
    fn same_seed_gives_identical_data() {
        let a = generate(&cfg(300), anchor());
        let b = generate(&cfg(300), anchor());
        assert_eq!(a.issues.len(), b.issues.len());
        for (x, y) in a.issues.iter().zip(&b.issues) {
            assert_eq!(
                (x.id, &x.key, &x.summary, x.status, x.assignee),
                (y.id, &y.key, &y.summary, y.status, y.assignee)
            );
            assert_eq!(x.history, y.history);
        }
        assert_eq!(a.fields.sprint, b.fields.sprint);
        assert_eq!(
            a.users.iter().map(|u| &u.api_token).collect::<Vec<_>>(),
            b.users.iter().map(|u| &u.api_token).collect::<Vec<_>>()
        );
    }

    #[test]
    fn different_seeds_give_different_custom_field_ids() {
        let ids: std::collections::HashSet<(u32, u32)> = (0..6)
            .map(|seed| {
                let s = generate(
                    &SimConfig {
                        seed,
                        issues: 0,
                        ..SimConfig::default()
                    },
                    anchor(),
                );
                (s.fields.sprint, s.fields.story_points)
            })
            .collect();
        assert!(ids.len() > 1);
    }

    #[test]
    fn generates_the_requested_number_of_issues_with_unique_sorted_ids() {
        let s = generate(&cfg(500), anchor());
        assert_eq!(s.issues.len(), 500);
        assert!(s.issues.windows(2).all(|w| w[0].id < w[1].id));
        assert_eq!(s.by_key.len(), 500);
    }

    #[test]
    fn extra_reassignments_deepen_histories_that_still_replay_to_the_current_assignee() {
        let deep = generate(
            &SimConfig {
                extra_reassignments: 3,
                ..cfg(300)
            },
            anchor(),
        );
        for i in &deep.issues {
            let reassignments = i
                .history
                .iter()
                .flat_map(|h| h.items.iter())
                .filter(|c| matches!(c, Change::Assignee { .. }))
                .count();
            assert!(reassignments >= 3, "{}: {reassignments}", i.key);
            let mut current = None;
            let mut first = true;
            for c in i.history.iter().flat_map(|h| h.items.iter()) {
                if let Change::Assignee { from, to } = c {
                    if !first {
                        assert_eq!(*from, current, "{}: the chain holds", i.key);
                    }
                    first = false;
                    current = *to;
                }
            }
            if !first {
                assert_eq!(
                    current, i.assignee,
                    "{}: the last change is who has it",
                    i.key
                );
            }
        }
    }

    #[test]
    fn nothing_happens_at_or_after_the_anchor() {
        let s = generate(&cfg(400), anchor());
        for i in &s.issues {
            assert!(i.created < anchor() && i.updated < anchor(), "{}", i.key);
            assert!(i.history.iter().all(|h| h.at < anchor()));
            assert!(i.history.windows(2).all(|w| w[0].at <= w[1].at));
        }
    }

    #[test]
    fn data_covers_what_reports_need() {
        let s = generate(&cfg(600), anchor());
        let has = |f: &dyn Fn(&Issue) -> bool| s.issues.iter().any(f);
        assert!(has(&|i| i.assignee.is_none()), "unassigned");
        assert!(
            has(&|i| i.points.is_none() && i.issue_type != IT_EPIC),
            "no points"
        );
        assert!(has(&|i| i.issue_type == IT_EPIC));
        assert!(has(&|i| i.issue_type == IT_SUBTASK && i.parent.is_some()));
        assert!(has(&|i| !i.links.is_empty()));
        assert!(has(&|i| i.sprints.len() > 1), "carried over");
        assert!(has(&|i| i.history.len() > 100), "long changelog");
        assert!(has(&|i| i.worklogs > 20));
        assert!(has(&|i| s.statuses[i.status].category == Category::Done));
        assert!(has(
            &|i| s.statuses[i.status].category == Category::Indeterminate
        ));
        assert!(has(&|i| s.statuses[i.status].category == Category::New));
        assert!(
            has(&|i| i.due.is_some_and(|d| d < site_date(anchor()))
                && s.statuses[i.status].category != Category::Done),
            "overdue"
        );
        assert!(
            has(&|i| i.due.is_some_and(|d| d > site_date(anchor()))),
            "due in future"
        );
        assert!(
            has(&|i| i.labels.iter().any(|l| l.contains('"'))),
            "hostile label"
        );
        assert!(has(&|i| i.summary.contains('\u{1b}')), "terminal escape");
        assert!(s.users.iter().any(|u| !u.active));
        assert!(s.users.iter().any(|u| !u.email_visible));
        assert!(s.sprints.iter().any(|sp| sp.state == SprintState::Active));
        assert!(s.sprints.iter().any(|sp| sp.state == SprintState::Future));
        assert!(s.boards.iter().any(|b| b.kind == BoardKind::Kanban));
    }

    #[test]
    fn assignee_changes_chain_from_previous_value() {
        let s = generate(&cfg(400), anchor());
        for i in &s.issues {
            let mut last: Option<Option<usize>> = None;
            for h in &i.history {
                for c in &h.items {
                    if let Change::Assignee { from, to } = c {
                        if let Some(prev) = last {
                            assert_eq!(*from, prev, "{}", i.key);
                        }
                        last = Some(*to);
                    }
                }
            }
        }
    }

    #[test]
    fn changelog_replays_to_the_current_values() {
        for seed in 1..=4 {
            let s = generate(
                &SimConfig {
                    seed,
                    issues: 1500,
                    ..SimConfig::default()
                },
                anchor(),
            );
            replay(&s);
        }
    }

    fn replay(s: &Site) {
        for i in &s.issues {
            let mut status = None;
            let mut sprints: Option<Vec<u64>> = None;
            let mut resolution = None;
            let mut points = None;
            for c in i.history.iter().flat_map(|h| &h.items) {
                match c {
                    Change::Status { from, to } => {
                        if let Some(prev) = status {
                            assert_eq!(*from, prev, "{}: status chain", i.key);
                        }
                        status = Some(*to);
                    }
                    Change::Sprint { from, to } => {
                        if let Some(prev) = &sprints {
                            assert_eq!(from, prev, "{}: sprint chain", i.key);
                        }
                        sprints = Some(to.clone());
                    }
                    Change::Resolution { to, .. } => resolution = Some(*to),
                    Change::Points { to, .. } => points = Some(*to),
                    _ => {}
                }
            }
            if let Some(st) = status {
                assert_eq!(st, i.status, "{}: final status", i.key);
            }
            if let Some(sp) = sprints {
                assert_eq!(sp, i.sprints, "{}: final sprints", i.key);
            }
            if let Some(r) = resolution {
                assert_eq!(r, i.resolution, "{}: final resolution", i.key);
            }
            if let Some(p) = points {
                assert_eq!(p, i.points, "{}: final points", i.key);
            }
            let done = s.statuses[i.status].category == Category::Done;
            assert_eq!(done, i.resolution.is_some(), "{}: resolved iff done", i.key);
        }
    }

    #[test]
    fn data_center_has_no_cloud_only_fields() {
        let s = generate(
            &SimConfig {
                flavor: Flavor::DataCenter,
                issues: 50,
                ..SimConfig::default()
            },
            anchor(),
        );
        assert!(s.fields.estimate.is_none() && s.fields.team.is_none());
        assert!(s.projects.iter().all(|p| !p.simplified));
    }
}
