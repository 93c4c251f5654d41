//! Effective configuration. Precedence, highest first: command-line flags > process environment >
//! the file given with `--env-file` > `config.toml` in the config dir > built-in defaults.
//!
//! A `.env` file in the working directory is never read on its own: a cloned repository could
//! otherwise decide where secrets go (`DATABASE_URL`, `REDIS_URL`) and which key seals them
//! (`ENCRYPTION_KEY`). Name it with `--env-file .env` to use it.
//!
//! Keys are the environment variable names (`DATABASE_URL`, `REDIS_URL`, …); `config.toml` uses
//! the same names in lower case (`database_url = "…"`).

use crate::{Error, Result};
use secrecy::{ExposeSecret, SecretString};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const DEFAULT_SESSION_EXPIRY_HOURS: f64 = 72.0;
pub const DEFAULT_CACHE_TTL: Duration = Duration::from_secs(24 * 3600);

/// Where a value came from, for `jirahub config`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Default,
    ConfigFile,
    DotEnv,
    Environment,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Default => "default",
            Origin::ConfigFile => "config.toml",
            Origin::DotEnv => "env file",
            Origin::Environment => "environment",
        }
    }
}

/// The directories jirahub uses (XDG on Linux).
#[derive(Debug, Clone)]
pub struct Dirs {
    pub config: PathBuf,
    pub data: PathBuf,
    pub state: PathBuf,
    pub cache: PathBuf,
}

impl Dirs {
    pub fn detect() -> Result<Dirs> {
        let pd = directories::ProjectDirs::from("", "", "jirahub").ok_or_else(|| {
            Error::unexpected("cannot find a home directory").with_hint("set HOME")
        })?;
        let data = pd.data_dir().to_path_buf();
        Ok(Dirs {
            config: pd.config_dir().to_path_buf(),
            state: pd
                .state_dir()
                .map(Path::to_path_buf)
                .unwrap_or_else(|| data.join("state")),
            cache: pd.cache_dir().to_path_buf(),
            data,
        })
    }
}

/// Every setting jirahub reads, with its source. URLs may carry passwords, so they are secrets
/// too: `Debug` never shows them.
#[derive(Debug)]
pub struct Config {
    pub dirs: Dirs,
    pub config_file: PathBuf,
    pub database_url: Option<SecretString>,
    pub redis_url: Option<SecretString>,
    /// Hours a session lasts; fractions allowed (`0.5` = 30 minutes).
    pub session_expiry_hours: f64,
    pub cache_ttl: Duration,
    pub encryption_key: Option<SecretString>,
    pub log_level: Option<String>,
    /// Jira requests in flight at once (`JIRA_CONCURRENCY`, default 8): a ceiling the client
    /// lowers while Jira pushes back.
    pub jira_concurrency: usize,
    /// `JIRAHUB_NOW`: pins "now" for reports (reproducible output in tests and demos).
    pub now: Option<chrono::DateTime<chrono::Utc>>,
    /// `JIRAHUB_SESSION`: a session token that overrides the session file (CI).
    pub session_token: Option<SecretString>,
    /// `SMTP_URL` (`smtps://user@host`, `smtp://user@host:587?tls=required`) and `SMTP_FROM`:
    /// where `send email` hands mail over. `SMTP_PASSWORD` comes from the environment (or
    /// `--env-file`) only, like the Jira token.
    pub smtp: SmtpEnv,
    /// `JIRA_URL`, `JIRA_EMAIL`, `JIRA_API_TOKEN`, `JIRA_DEPLOYMENT` from the environment (or
    /// `--env-file`, never the config file): direct mode, reports without a jirahub account.
    pub direct: DirectEnv,
    origins: HashMap<&'static str, Origin>,
}

/// The mail server `send email` uses.
#[derive(Debug, Clone, Default)]
pub struct SmtpEnv {
    pub url: Option<SecretString>,
    pub from: Option<String>,
    pub password: Option<SecretString>,
    /// `SMTP_CA_FILE`: PEM certificates to trust besides the public roots (a mail server with
    /// a company CA).
    pub ca_file: Option<PathBuf>,
}

/// The Jira site and credentials direct mode would use, as the environment gives them.
#[derive(Debug, Clone, Default)]
pub struct DirectEnv {
    pub url: Option<String>,
    pub email: Option<String>,
    pub token: Option<SecretString>,
    pub deployment: Option<String>,
}

impl DirectEnv {
    /// Direct mode needs a site and a token (Cloud also an email).
    pub fn is_set(&self) -> bool {
        self.url.is_some() && self.token.is_some()
    }
}

/// The keys `config` shows, in order; `true` marks a secret.
pub const KEYS: &[(&str, bool)] = &[
    ("DATABASE_URL", true),
    ("REDIS_URL", true),
    ("SESSION_EXPIRY_HOURS", false),
    ("CACHE_TTL", false),
    ("ENCRYPTION_KEY", true),
    ("LOG_LEVEL", false),
    ("JIRA_CONCURRENCY", false),
    ("JIRAHUB_SESSION", true),
    ("JIRAHUB_NOW", false),
    ("SMTP_URL", true),
    ("SMTP_FROM", false),
    ("SMTP_CA_FILE", false),
];

/// Raw key/value sources, lowest precedence last, so tests can build a config without touching
/// the process environment.
#[derive(Debug, Default)]
pub struct Sources {
    pub env: HashMap<String, String>,
    pub dotenv: HashMap<String, String>,
    pub file: HashMap<String, String>,
}

impl Sources {
    /// Read the real environment, the `--env-file` (only when given) and the config file.
    pub fn load(config_file: &Path, env_file: Option<&Path>) -> Result<Sources> {
        let env = environment()?;
        let dotenv = match env_file {
            None => HashMap::new(),
            Some(path) => dotenvy::from_path_iter(path)
                .map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))?
                .collect::<std::result::Result<HashMap<_, _>, _>>()
                .map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))?,
        };
        let file = read_config_file(config_file)?;
        Ok(Sources { env, dotenv, file })
    }

    fn get(&self, key: &str) -> Option<(String, Origin)> {
        if let Some(v) = self.env.get(key) {
            return Some((v.clone(), Origin::Environment));
        }
        if let Some(v) = self.dotenv.get(key) {
            return Some((v.clone(), Origin::DotEnv));
        }
        self.file
            .get(&key.to_ascii_lowercase())
            .map(|v| (v.clone(), Origin::ConfigFile))
    }
}

/// The process environment as text. Variables that are not UTF-8 are skipped (they are
/// nobody's business here), unless jirahub reads them: that is an error naming the variable.
fn environment() -> Result<HashMap<String, String>> {
    let mut out = HashMap::new();
    for (key, value) in std::env::vars_os() {
        let Some(key) = key.to_str() else { continue };
        match value.into_string() {
            Ok(value) => {
                out.insert(key.to_string(), value);
            }
            Err(_) if KEYS.iter().any(|(k, _)| *k == key) => {
                return Err(Error::usage(format!("{key} is not valid UTF-8"))
                    .with_hint(format!("set {key} to text, or unset it")));
            }
            Err(_) => {}
        }
    }
    Ok(out)
}

fn read_config_file(path: &Path) -> Result<HashMap<String, String>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(HashMap::new()),
        Err(e) => {
            return Err(Error::usage(format!("cannot read {}: {e}", path.display())));
        }
    };
    let table: toml::Table = text
        .parse()
        .map_err(|e| Error::usage(format!("invalid {}: {e}", path.display())))?;
    Ok(table
        .into_iter()
        .map(|(k, v)| {
            let s = match v {
                toml::Value::String(s) => s,
                toml::Value::Integer(i) => i.to_string(),
                toml::Value::Float(f) => f.to_string(),
                toml::Value::Boolean(b) => b.to_string(),
                other => format!("{other:?}"),
            };
            (k.to_ascii_lowercase(), s)
        })
        .collect())
}

impl Config {
    pub fn load(config_flag: Option<&Path>, env_file: Option<&Path>) -> Result<Config> {
        let dirs = Dirs::detect()?;
        let config_file = config_flag
            .map(Path::to_path_buf)
            .unwrap_or_else(|| dirs.config.join("config.toml"));
        if config_flag.is_some() && !config_file.exists() {
            return Err(Error::usage(format!(
                "config file {} does not exist",
                config_file.display()
            )));
        }
        let sources = Sources::load(&config_file, env_file)?;
        Config::from_sources(dirs, config_file, &sources)
    }

    pub fn from_sources(dirs: Dirs, config_file: PathBuf, sources: &Sources) -> Result<Config> {
        let mut origins = HashMap::new();
        let mut take = |key: &'static str| {
            sources
                .get(key)
                .filter(|(v, _)| !v.trim().is_empty())
                .map(|(v, origin)| {
                    origins.insert(key, origin);
                    v
                })
        };
        let database_url = take("DATABASE_URL").map(SecretString::from);
        let redis_url = take("REDIS_URL").map(SecretString::from);
        let session_expiry_hours = match take("SESSION_EXPIRY_HOURS") {
            Some(v) => parse_hours(&v, "SESSION_EXPIRY_HOURS")?,
            None => DEFAULT_SESSION_EXPIRY_HOURS,
        };
        let cache_ttl = match take("CACHE_TTL") {
            Some(v) => parse_duration(&v).ok_or_else(|| {
                Error::usage(format!("invalid CACHE_TTL {v:?}"))
                    .with_hint("use seconds or a unit: 90s, 30m, 24h, 7d")
            })?,
            None => DEFAULT_CACHE_TTL,
        };
        let encryption_key = take("ENCRYPTION_KEY").map(SecretString::from);
        let log_level = match take("LOG_LEVEL") {
            Some(v) => Some(parse_log_level(&v)?),
            None => None,
        };
        let jira_concurrency = match take("JIRA_CONCURRENCY") {
            Some(v) => match v.trim().parse::<usize>() {
                Ok(n) if (1..=32).contains(&n) => n,
                _ => {
                    return Err(Error::usage(format!(
                        "invalid JIRA_CONCURRENCY {v:?}: expected 1 to 32"
                    )));
                }
            },
            None => 8,
        };
        let session_token = take("JIRAHUB_SESSION").map(SecretString::from);
        // A token in a config file would be a secret in a file nobody made 0600: direct mode
        // reads the environment (or the --env-file named on the command line) only.
        let from_env = |key: &str| {
            sources
                .env
                .get(key)
                .or_else(|| sources.dotenv.get(key))
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let direct = DirectEnv {
            url: from_env("JIRA_URL"),
            email: from_env("JIRA_EMAIL"),
            token: from_env("JIRA_API_TOKEN").map(SecretString::from),
            deployment: from_env("JIRA_DEPLOYMENT"),
        };
        let smtp = SmtpEnv {
            url: take("SMTP_URL").map(SecretString::from),
            from: take("SMTP_FROM").map(|v| v.trim().to_string()),
            password: from_env("SMTP_PASSWORD").map(SecretString::from),
            ca_file: take("SMTP_CA_FILE").map(|v| PathBuf::from(v.trim())),
        };
        let now = match take("JIRAHUB_NOW") {
            Some(v) => Some(
                chrono::DateTime::parse_from_rfc3339(v.trim())
                    .map_err(|_| {
                        Error::usage(format!(
                            "invalid JIRAHUB_NOW {v:?}: expected RFC 3339, e.g. 2026-06-01T09:00:00Z"
                        ))
                    })?
                    .with_timezone(&chrono::Utc),
            ),
            None => None,
        };
        Ok(Config {
            dirs,
            config_file,
            database_url,
            redis_url,
            session_expiry_hours,
            cache_ttl,
            encryption_key,
            log_level,
            jira_concurrency,
            now,
            session_token,
            smtp,
            direct,
            origins,
        })
    }

    pub fn origin(&self, key: &str) -> Origin {
        self.origins.get(key).copied().unwrap_or(Origin::Default)
    }

    pub fn sqlite_path(&self) -> PathBuf {
        self.dirs.data.join("jirahub.db")
    }
    pub fn session_file(&self) -> PathBuf {
        self.dirs.state.join("session")
    }
    pub fn key_file(&self) -> PathBuf {
        self.dirs.data.join("encryption.key")
    }
    pub fn embedded_cache_dir(&self) -> PathBuf {
        self.dirs.cache.join("embedded")
    }

    /// The effective value of a key for display; secrets masked.
    pub fn display_value(&self, key: &str) -> Option<String> {
        let masked = |s: &SecretString| mask(s.expose_secret());
        match key {
            "DATABASE_URL" => Some(
                self.database_url
                    .as_ref()
                    .map(|u| mask_url(u.expose_secret()))
                    .unwrap_or_else(|| format!("sqlite://{}", self.sqlite_path().display())),
            ),
            "REDIS_URL" => self.redis_url.as_ref().map(|u| mask_url(u.expose_secret())),
            "SESSION_EXPIRY_HOURS" => Some(self.session_expiry_hours.to_string()),
            "CACHE_TTL" => Some(format!("{}s", self.cache_ttl.as_secs())),
            "ENCRYPTION_KEY" => Some(match &self.encryption_key {
                Some(k) => masked(k),
                None => format!("(key file {})", self.key_file().display()),
            }),
            "LOG_LEVEL" => self.log_level.clone(),
            "JIRA_CONCURRENCY" => Some(self.jira_concurrency.to_string()),
            "JIRAHUB_SESSION" => self.session_token.as_ref().map(masked),
            "JIRAHUB_NOW" => self.now.map(|t| t.to_rfc3339()),
            "SMTP_URL" => self.smtp.url.as_ref().map(|u| mask_url(u.expose_secret())),
            "SMTP_FROM" => self.smtp.from.clone(),
            "SMTP_CA_FILE" => self.smtp.ca_file.as_ref().map(|p| p.display().to_string()),
            _ => None,
        }
    }
}

/// The levels `LOG_LEVEL` takes; anything else is a mistake worth saying, not silence.
pub const LOG_LEVELS: &[&str] = &["off", "error", "warn", "info", "debug", "trace"];

fn parse_log_level(v: &str) -> Result<String> {
    let level = v.trim().to_ascii_lowercase();
    if LOG_LEVELS.contains(&level.as_str()) {
        Ok(level)
    } else {
        Err(Error::usage(format!(
            "invalid LOG_LEVEL {}: expected one of {}",
            crate::validate::shown(v),
            LOG_LEVELS.join(", ")
        )))
    }
}

fn parse_hours(v: &str, key: &str) -> Result<f64> {
    match v.trim().parse::<f64>() {
        // Capped at ten years so the expiry timestamp cannot overflow.
        Ok(n) if n > 0.0 && n <= 87_600.0 => Ok(n),
        _ => Err(Error::usage(format!(
            "invalid {key} {v:?}: expected a number of hours between 0 and 87600"
        ))),
    }
}

impl Config {
    /// How long a new session lasts.
    pub fn session_expiry(&self) -> chrono::Duration {
        chrono::Duration::milliseconds((self.session_expiry_hours * 3_600_000.0) as i64)
    }
}

/// `3600`, `90s`, `30m`, `24h`, `7d`.
pub fn parse_duration(v: &str) -> Option<Duration> {
    let v = v.trim();
    let (num, unit) = match v.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => (&v[..i], &v[i..]),
        None => (v, "s"),
    };
    let n: u64 = num.parse().ok()?;
    let secs = match unit {
        "s" => n,
        "m" => n.checked_mul(60)?,
        "h" => n.checked_mul(3600)?,
        "d" => n.checked_mul(86_400)?,
        _ => return None,
    };
    Some(Duration::from_secs(secs))
}

fn mask(_secret: &str) -> String {
    "********".to_string()
}

/// Hide the password in `scheme://user:password@host/…`.
pub fn mask_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("********"));
            u.to_string()
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dirs() -> Dirs {
        Dirs {
            config: "/c".into(),
            data: "/d".into(),
            state: "/s".into(),
            cache: "/k".into(),
        }
    }

    fn map(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn environment_beats_dotenv_beats_config_file() {
        let sources = Sources {
            env: map(&[("REDIS_URL", "redis://env")]),
            dotenv: map(&[
                ("REDIS_URL", "redis://dotenv"),
                ("SESSION_EXPIRY_HOURS", "5"),
            ]),
            file: map(&[
                ("redis_url", "redis://file"),
                ("session_expiry_hours", "9"),
                ("log_level", "debug"),
            ]),
        };
        let c = Config::from_sources(dirs(), "/c/config.toml".into(), &sources).unwrap();
        assert_eq!(
            c.redis_url.as_ref().map(|u| u.expose_secret()),
            Some("redis://env")
        );
        assert_eq!(c.origin("REDIS_URL"), Origin::Environment);
        assert_eq!(c.session_expiry_hours, 5.0);
        assert_eq!(c.origin("SESSION_EXPIRY_HOURS"), Origin::DotEnv);
        assert_eq!(c.log_level.as_deref(), Some("debug"));
        assert_eq!(c.origin("LOG_LEVEL"), Origin::ConfigFile);
        assert_eq!(c.origin("DATABASE_URL"), Origin::Default);
    }

    #[test]
    fn defaults_apply_when_nothing_is_set() {
        let c = Config::from_sources(dirs(), "/c/config.toml".into(), &Sources::default()).unwrap();
        assert_eq!(c.session_expiry_hours, 72.0);
        assert_eq!(c.cache_ttl, Duration::from_secs(86_400));
        assert!(c.database_url.is_none() && c.redis_url.is_none());
    }

    #[test]
    fn invalid_numbers_are_usage_errors() {
        let sources = Sources {
            env: map(&[("SESSION_EXPIRY_HOURS", "soon")]),
            ..Default::default()
        };
        let e = Config::from_sources(dirs(), "/c".into(), &sources).unwrap_err();
        assert_eq!(e.exit_code(), crate::ExitCode::Usage);
    }

    #[test]
    fn durations_take_units() {
        assert_eq!(parse_duration("90"), Some(Duration::from_secs(90)));
        assert_eq!(parse_duration("30m"), Some(Duration::from_secs(1800)));
        assert_eq!(parse_duration("7d"), Some(Duration::from_secs(604_800)));
        assert_eq!(parse_duration("7w"), None);
        assert_eq!(parse_duration(""), None);
    }

    #[test]
    fn secrets_are_masked_for_display() {
        let sources = Sources {
            env: map(&[
                ("DATABASE_URL", "postgres://app:hunter2@db/jh"),
                ("ENCRYPTION_KEY", "c2VjcmV0"),
            ]),
            ..Default::default()
        };
        let c = Config::from_sources(dirs(), "/c".into(), &sources).unwrap();
        let db = c.display_value("DATABASE_URL").unwrap();
        assert!(
            !db.contains("hunter2") && db.contains("app:********@db"),
            "{db}"
        );
        assert_eq!(c.display_value("ENCRYPTION_KEY").unwrap(), "********");
    }

    #[test]
    fn debug_output_never_shows_urls_or_their_passwords() {
        let sources = Sources {
            env: map(&[
                ("DATABASE_URL", "postgres://app:hunter2@db/jh"),
                ("REDIS_URL", "redis://:s3cr3t@cache:6379/0"),
            ]),
            ..Default::default()
        };
        let c = Config::from_sources(dirs(), "/c".into(), &sources).unwrap();
        let shown = format!("{c:?}");
        assert!(
            !shown.contains("hunter2") && !shown.contains("s3cr3t"),
            "{shown}"
        );
    }

    #[test]
    fn log_level_takes_only_level_names() {
        for good in ["warn", "DEBUG", " info ", "off"] {
            let sources = Sources {
                env: map(&[("LOG_LEVEL", good)]),
                ..Default::default()
            };
            assert!(
                Config::from_sources(dirs(), "/c".into(), &sources).is_ok(),
                "{good}"
            );
        }
        for bad in ["verbose", "warning", "debug,hyper=off"] {
            let sources = Sources {
                env: map(&[("LOG_LEVEL", bad)]),
                ..Default::default()
            };
            let e = Config::from_sources(dirs(), "/c".into(), &sources).unwrap_err();
            assert_eq!(e.exit_code(), crate::ExitCode::Usage, "{bad}");
            assert!(e.message().contains("LOG_LEVEL"), "{}", e.message());
        }
    }
}
