//! Word pools for generated data, including the hostile values real instances hold:
//! unicode and emoji, right-to-left text, terminal escapes, spreadsheet formulas, quotes and
//! JQL metacharacters.

pub(crate) const FIRST_NAMES: &[&str] = &[
    "Alex", "Sam", "Priya", "Jonas", "Mei", "Carlos", "Fatima", "Olga", "Kwame", "Lena", "Tomás",
    "Aiko", "Noah", "Ingrid", "Ravi", "Chloé", "Dmitri", "Amara", "Lukas", "Sofia", "Hiro",
    "Zanele", "Mateo", "Yara",
];

pub(crate) const LAST_NAMES: &[&str] = &[
    "Kim",
    "Okafor",
    "Nguyen",
    "Schmidt",
    "García",
    "Patel",
    "Kowalski",
    "Haddad",
    "Johansson",
    "Rossi",
    "Tanaka",
    "Dubois",
    "Silva",
    "Novak",
    "Murphy",
    "Andersen",
    "Costa",
    "Yilmaz",
];

/// Display names real sites contain and clients must render safely. Used for a share of users.
pub(crate) const HOSTILE_DISPLAY_NAMES: &[&str] = &[
    "Zoë Ångström-Øberg",
    "李小龙",
    "محمد عبدالله",
    "🦀 Ferris the Crab",
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "\u{1b}[31mRed Alert\u{1b}[0m",
    "Dan \"The Man\" O'Connor",
    "Alex Kim",
    "יעל כהן",
    "Robert'); DROP TABLE users;--",
    "+1 (555) 010-9999",
    "Ünïcödé Ñame with a very long surname that keeps going and going",
];

/// Labels: a label has no spaces but may hold quotes, `=`, unicode, JQL reserved words and
/// reserved characters.
pub(crate) const LABELS: &[&str] = &[
    "backend",
    "frontend",
    "tech-debt",
    "customer",
    "security",
    "needs-triage",
    "ux",
    "performance",
    "regression",
    "q3-goal",
    "api",
    "docs",
    "c++",
    "\"quoted\"",
    "it's",
    "a=b",
    "=cmd|'/C_calc'!A0",
    "50%",
    "#hash",
    "[bracket]",
    "über",
    "日本語",
    "🔥hot",
    "order",
    "AND",
    "x,y",
    "back\\slash",
    "{curly}",
    "semi;colon",
    "pipe|char",
    "-minus",
    "ünï-cödé",
];

pub(crate) const SUMMARY_VERBS: &[&str] = &[
    "Fix",
    "Add",
    "Refactor",
    "Investigate",
    "Remove",
    "Improve",
    "Document",
    "Migrate",
    "Speed up",
    "Validate",
    "Support",
    "Clean up",
    "Harden",
    "Rework",
];

pub(crate) const SUMMARY_OBJECTS: &[&str] = &[
    "login flow",
    "invoice export",
    "search results page",
    "password reset email",
    "payment retries",
    "mobile push notifications",
    "CSV import",
    "dashboard widgets",
    "user avatars",
    "rate limiter",
    "audit log",
    "onboarding checklist",
    "dark mode",
    "API pagination",
    "report scheduler",
    "webhook delivery",
    "cache invalidation",
    "SSO settings",
    "timezone handling",
    "release pipeline",
];

pub(crate) const SUMMARY_TAILS: &[&str] = &[
    "",
    " for admins",
    " on Safari",
    " after upgrade",
    " (customer escalation)",
    " behind feature flag",
    " in EU region",
    " — follow-up",
    " for large accounts",
];

/// Summaries with hostile content, used for a share of issues (and always for a few).
pub(crate) const HOSTILE_SUMMARIES: &[&str] = &[
    "=SUM(A1:A9) breaks the spreadsheet export",
    "+1 for \"quoted\" and 'single' quotes in titles",
    "\u{1b}[31mRED\u{1b}[0m terminal escape in a summary",
    "\u{1b}]8;;http://evil.example\u{7}harmless link\u{1b}]8;;\u{7} (OSC 8)",
    "עברית: תיקון באג בטופס ההרשמה",
    "تحديث صفحة الدفع — عاجل",
    "Emoji overload 🚀🔥🐛✅",
    "Zero\u{200b}width space and combining e\u{301}",
    "Backslash \\ and JQL metachars (a OR b) AND \"c\" ~ d",
    "-@cmd leading minus and at sign",
    "\u{202e}gnp.exe right-to-left override",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "Tab\tinside a summary",
    "A very long summary that goes on and on to see whether table layouts survive text that \
     is far wider than any terminal a person would reasonably use, with more words after that",
];

pub(crate) const PROJECTS: &[(&str, &str)] = &[
    ("PLAT", "Platform"),
    ("WEB", "Web App"),
    ("MOB", "Mobile 📱"),
    ("DATA", "Data & Analytics"),
    ("OPS", "Ops — Infra"),
    ("PAY", "Payments \"Core\""),
    ("SEC", "Security"),
    ("INTG", "Integrations"),
    ("ML", "Machine Learning"),
    ("DOC", "Documentation"),
    ("SUP", "Support Desk"),
    ("GRW", "Growth"),
];

pub(crate) const COMPONENTS: &[(&str, &str)] = &[
    ("Backend", "Services and APIs"),
    ("Frontend", "Web UI"),
    ("API 🔌", "Public REST API"),
    ("Billing & Invoices", "Everything money"),
    ("Infra/\"Ops\"", "Infrastructure"),
];

pub(crate) const TEAMS: &[&str] = &[
    "Team Alpha",
    "Team β",
    "Équipe Ünïcode",
    "Team 'Ops'",
    "Tiger 🐯 Team",
];

pub(crate) const COMMENTS: &[&str] = &[
    "Looks good to me.",
    "Can we get a repro on staging?",
    "Blocked on the API change, see the linked issue.",
    "Deployed to production, monitoring.",
    "I think this is a duplicate.",
    "Moving to next sprint, ran out of time.",
    "Customer confirmed the fix 🎉",
    "=1+1 should not be evaluated in exports",
    "Need design input here.",
];

pub(crate) const WORKLOG_COMMENTS: &[&str] = &[
    "Investigation",
    "Implementation",
    "Code review",
    "Pairing session",
    "Writing tests",
    "Deploy and verify",
];

pub(crate) const SPRINT_GOALS: &[&str] = &[
    "Ship the new onboarding",
    "Stabilise payments",
    "",
    "Reduce p95 latency by 20%",
    "Close out tech debt",
];

pub(crate) const TIME_ZONES: &[&str] = &[
    "Europe/London",
    "America/New_York",
    "Europe/Berlin",
    "Asia/Tokyo",
    "America/Sao_Paulo",
    "Asia/Kolkata",
    "Australia/Sydney",
];
