//! Deterministic ticket sets for the report tests and the benchmark.

use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};

use crate::model::{Person, SprintRef, SprintState, StatusCategory, Ticket};

/// "Today" in the tests: Wednesday 2026-11-25.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).expect("valid date")
}

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 10, 30, 0)
        .single()
        .expect("valid instant")
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

pub fn person(id: &str, name: &str, email: Option<&str>) -> Person {
    Person {
        account_id: id.to_string(),
        display_name: name.to_string(),
        email: email.map(str::to_string),
        active: true,
    }
}

/// The people of the generated sets: ASCII, accented, right-to-left, emoji, and two who
/// share a display name.
pub fn people() -> Vec<Person> {
    vec![
        person("acc-ada", "Ada Lovelace", Some("ada@example.com")),
        person("acc-zoe", "Zoë Ångström", Some("zoe@example.com")),
        person("acc-sara", "שרה כהן", None),
        person(
            "acc-rocket",
            "Rocket 🚀 Raccoon",
            Some("rocket@example.com"),
        ),
        person("acc-alex1", "Alex Kim", Some("alex.kim@example.com")),
        person("acc-alex2", "Alex Kim", Some("alex.k@example.org")),
    ]
}

/// A plain open story; tests change what they need.
pub fn ticket(key: &str) -> Ticket {
    let project = key.split('-').next().unwrap_or(key).to_string();
    Ticket {
        id: key.to_string(),
        key: key.to_string(),
        project_key: project,
        summary: format!("Summary of {key}"),
        issue_type: "Story".to_string(),
        is_subtask: false,
        status: "To Do".to_string(),
        status_category: StatusCategory::ToDo,
        assignee: None,
        reporter: None,
        created: now() - chrono::Duration::days(30),
        updated: now() - chrono::Duration::days(1),
        resolved: None,
        due: None,
        story_points: None,
        labels: Vec::new(),
        sprints: Vec::new(),
        parent_key: None,
        priority: None,
        components: Vec::new(),
        time: Default::default(),
    }
}

/// xorshift64*: tiny, deterministic, good enough to spread test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

pub const STATUSES: [(&str, StatusCategory); 7] = [
    ("To Do", StatusCategory::ToDo),
    ("Backlog", StatusCategory::ToDo),
    ("In Progress", StatusCategory::InProgress),
    ("In Review", StatusCategory::InProgress),
    ("Done", StatusCategory::Done),
    ("Closed", StatusCategory::Done),
    ("Triage", StatusCategory::Undefined),
];
pub const TYPES: [&str; 5] = ["Story", "Bug", "Task", "Epic", "Sub-task"];
pub const LABELS: [&str; 5] = ["backend", "frontend", "urgent", "Customer", "=cmd"];
pub const PROJECTS: [&str; 3] = ["ALPHA", "BETA", "GAMMA"];
const POINTS: [f64; 7] = [0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 13.0];
const PRIORITIES: [&str; 5] = ["Highest", "High", "Medium", "Low", "Lowest"];
const SUMMARIES: [&str; 6] = [
    "Fix login timeout",
    "\x1b[31mred alert\x1b[0m in the log",
    "=HYPERLINK(\"http://evil\")",
    "Ship it 🚢 today",
    "תקן את הבאג \u{202E}txt.exe",
    "Plain, with \"quotes\" and a\nnewline",
];

/// `n` varied tickets spread over [`PROJECTS`], [`people`], [`STATUSES`], due dates around
/// [`today`], some without points, assignee or due date.
pub fn generate(n: usize, seed: u64) -> Vec<Ticket> {
    let mut rng = Rng::new(seed);
    let people = people();
    let mut counters = [0u32; PROJECTS.len()];
    (0..n)
        .map(|_| {
            let p = rng.below(PROJECTS.len() as u64) as usize;
            counters[p] += 1;
            let mut t = ticket(&format!("{}-{}", PROJECTS[p], counters[p]));
            t.summary = rng.pick(&SUMMARIES).to_string();
            let ty = *rng.pick(&TYPES);
            t.issue_type = ty.to_string();
            t.is_subtask = ty == "Sub-task";
            let (status, category) = *rng.pick(&STATUSES);
            t.status = status.to_string();
            t.status_category = category;
            t.assignee = rng.chance(85).then(|| rng.pick(&people).clone());
            t.reporter = Some(rng.pick(&people).clone());
            t.created = now() - chrono::Duration::minutes(rng.below(400 * 24 * 60) as i64);
            t.updated = t.created + chrono::Duration::minutes(rng.below(60 * 24 * 30) as i64);
            t.due = rng.chance(70).then(|| {
                let offset = rng.below(60);
                if offset < 30 {
                    today() - Days::new(30 - offset)
                } else {
                    today() + Days::new(offset - 30)
                }
            });
            t.story_points = rng.chance(75).then(|| *rng.pick(&POINTS));
            t.labels = LABELS
                .iter()
                .filter(|_| rng.chance(25))
                .map(|l| l.to_string())
                .collect();
            t.priority = rng.chance(90).then(|| rng.pick(&PRIORITIES).to_string());
            if rng.chance(60) {
                let base = 100 + rng.below(5);
                t.sprints.push(SprintRef {
                    id: base,
                    name: format!("Sprint {base}"),
                    state: SprintState::Closed,
                });
                if rng.chance(50) {
                    t.sprints.push(SprintRef {
                        id: base + 1,
                        name: format!("Sprint {}", base + 1),
                        state: SprintState::Active,
                    });
                }
            }
            t
        })
        .collect()
}
