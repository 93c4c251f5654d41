//! The one value every command receives: configuration, output settings, and lazily opened
//! handles to the store, the cache and the current session.

use crate::auth::crypto::{self, EncryptionKey};
use crate::auth::session;
use crate::config::Config;
use crate::jira::{ClientConfig, JiraAuth, JiraClient};
use crate::model::Deployment;
use crate::output::OutputSettings;
use crate::store::Connection;
use crate::store::{Session, SessionStatus, Store, User};
use crate::{Error, Result};
use secrecy::{ExposeSecret, SecretString};
use std::io::{BufRead, IsTerminal, Write};
use std::sync::OnceLock;

/// Direct mode: a Jira site and credentials from the environment, no jirahub account. The
/// store is never opened; the cache is keyed by the site and these credentials.
#[derive(Debug, Clone)]
pub struct DirectSite {
    pub base_url: String,
    pub email: Option<String>,
    pub token: SecretString,
    pub deployment: Deployment,
}

impl DirectSite {
    /// Checks what the environment gave: a URL, a token, and an email for Cloud.
    /// `JIRA_DEPLOYMENT` (cloud | datacenter) decides the kind; else an Atlassian host or an
    /// email means Cloud (an API token goes with an email), no email a Data Center PAT.
    pub fn from_env(env: &crate::config::DirectEnv) -> Result<DirectSite> {
        let (Some(url), Some(token)) = (&env.url, &env.token) else {
            return Err(Error::usage(
                "direct mode needs JIRA_URL and JIRA_API_TOKEN",
            ));
        };
        let url = crate::jira::parse_base_url(url)?;
        let base_url = url.as_str().trim_end_matches('/').to_string();
        let deployment = match env.deployment.as_deref().map(str::to_ascii_lowercase) {
            Some(d) if d == "cloud" => Deployment::Cloud,
            Some(d) if d == "datacenter" || d == "data-center" || d == "server" => {
                Deployment::DataCenter
            }
            Some(other) => {
                return Err(Error::usage(format!(
                    "invalid JIRA_DEPLOYMENT {other:?}: use cloud or datacenter"
                )));
            }
            None if crate::jira::detect::is_cloud_host(&base_url) || env.email.is_some() => {
                Deployment::Cloud
            }
            None => Deployment::DataCenter,
        };
        if deployment == Deployment::Cloud && env.email.is_none() {
            return Err(
                Error::usage("direct mode on Jira Cloud needs JIRA_EMAIL").with_hint(
                    "set JIRA_EMAIL to the email of the Atlassian account the API token belongs to",
                ),
            );
        }
        Ok(DirectSite {
            base_url,
            email: env.email.clone(),
            token: token.clone(),
            deployment,
        })
    }
}

/// The logged-in account and the session that proves it.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub user: User,
    pub session: Session,
}

pub struct Context {
    pub config: Config,
    pub output: OutputSettings,
    /// True when we may prompt: stdin is a terminal and `--no-input` was not given.
    pub interactive: bool,
    store: OnceLock<Store>,
    user: OnceLock<CurrentUser>,
    cache: tokio::sync::OnceCell<crate::cache::Cache>,
    /// Warnings for stderr, printed by `main` (commands never print).
    warnings: std::sync::Mutex<Vec<String>>,
    /// A sync started in this run (what an interruption then says).
    syncing: std::sync::atomic::AtomicBool,
    /// Set when this command runs in direct mode (see [`DirectSite`]).
    direct: OnceLock<DirectSite>,
}

impl Context {
    pub fn new(config: Config, output: OutputSettings, no_input: bool) -> Self {
        Context {
            config,
            output,
            interactive: !no_input && std::io::stdin().is_terminal(),
            store: OnceLock::new(),
            user: OnceLock::new(),
            cache: tokio::sync::OnceCell::new(),
            warnings: std::sync::Mutex::new(Vec::new()),
            syncing: std::sync::atomic::AtomicBool::new(false),
            direct: OnceLock::new(),
        }
    }

    /// Run this command in direct mode, with the site and credentials from the environment.
    pub fn enter_direct_mode(&self) -> Result<&DirectSite> {
        let site = DirectSite::from_env(&self.config.direct)?;
        tracing::info!(
            url = %site.base_url,
            deployment = %site.deployment,
            "direct mode: no jirahub account, credentials from the environment"
        );
        Ok(self.direct.get_or_init(|| site))
    }

    /// The direct-mode site, when this command runs in direct mode.
    pub fn direct(&self) -> Option<&DirectSite> {
        self.direct.get()
    }

    /// The Jira site reports link to: the direct-mode site or the saved connection's.
    pub fn site_url(&self) -> Result<String> {
        match self.direct() {
            Some(d) => Ok(d.base_url.clone()),
            None => Ok(self.connection()?.base_url),
        }
    }

    /// Notes that this run started a sync.
    pub fn note_sync(&self) {
        self.syncing
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// Whether this run started a sync.
    pub fn synced(&self) -> bool {
        self.syncing.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Queue a warning for stderr ("warning: …"); `main` prints it before the report. A
    /// warning already queued is not queued again (a report made twice warns once).
    pub fn warn(&self, message: impl Into<String>) {
        let message = message.into();
        let mut warnings = self
            .warnings
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if !warnings.contains(&message) {
            warnings.push(message);
        }
    }

    /// The warnings queued so far, oldest first.
    pub fn take_warnings(&self) -> Vec<String> {
        std::mem::take(
            &mut *self
                .warnings
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
        )
    }

    /// The current time for reports: `JIRAHUB_NOW` when set (reproducible output), else the clock.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.config.now.unwrap_or_else(chrono::Utc::now)
    }

    /// The time for access decisions (is this session still valid?): the later of the real
    /// clock and `JIRAHUB_NOW`. A pinned clock can make a session expire early (tests do this
    /// instead of sleeping), never bring an expired one back, even on a shared database.
    pub fn access_now(&self) -> chrono::DateTime<chrono::Utc> {
        let real = chrono::Utc::now();
        self.config.now.map_or(real, |pinned| pinned.max(real))
    }

    /// The machine's time zone for `--tz local`, looked up once per command.
    pub fn local_zone(&self) -> crate::report::LocalZone {
        local_zone()
    }

    /// The store, opened (and migrated) on first use.
    pub fn store(&self) -> Result<&Store> {
        if let Some(s) = self.store.get() {
            return Ok(s);
        }
        let store = tokio::task::block_in_place(|| {
            Store::open(
                self.config.database_url.as_ref().map(|u| u.expose_secret()),
                &self.config.sqlite_path(),
            )
        })?;
        Ok(self.store.get_or_init(|| store))
    }

    /// Run store work off the async path: Diesel is synchronous.
    pub fn db<R>(&self, f: impl FnOnce(&Store) -> Result<R>) -> Result<R> {
        let store = self.store()?;
        tokio::task::block_in_place(|| f(store))
    }

    /// The cache: Redis when `REDIS_URL` is set, the embedded cache otherwise.
    pub async fn cache(&self) -> Result<&crate::cache::Cache> {
        self.cache
            .get_or_try_init(|| async {
                let dir = self.config.embedded_cache_dir();
                crate::cache::Cache::open(
                    self.config.redis_url.as_ref().map(|u| u.expose_secret()),
                    &dir,
                )
                .await
            })
            .await
    }

    /// Check the session token (from `JIRAHUB_SESSION` or the session file) and remember who
    /// is logged in. Expired, revoked and disabled all end in exit code 3.
    pub fn authenticate(&self) -> Result<&CurrentUser> {
        if let Some(u) = self.user.get() {
            return Ok(u);
        }
        if self.direct().is_some() {
            return Err(Error::usage("this needs a jirahub account, not direct mode").with_hint(
                "direct mode (JIRA_URL, JIRA_EMAIL, JIRA_API_TOKEN) covers dashboard, sync and ticket with --project",
            ));
        }
        let from_env = self.config.session_token.is_some();
        let token = match &self.config.session_token {
            Some(t) => t.clone(),
            None => match session::read_token_file(&self.config.session_file())? {
                Some(t) => t,
                // A store without accounts needs `register`, not `login`.
                None => {
                    return Err(match self.db(|s| s.user_count()) {
                        Ok(0) => Error::auth("no account yet").with_hint(
                            "run `jirahub register --email you@example.com` (the first account becomes admin)",
                        ),
                        _ => Error::not_logged_in(),
                    });
                }
            },
        };
        let hash = session::hash_token(token.expose_secret());
        let found = self.db(|s| s.session_by_token_hash(&hash))?;
        let Some((session, user)) = found else {
            return Err(if from_env {
                Error::auth("JIRAHUB_SESSION holds a session token this store does not know")
                    .with_hint(
                        "unset it, or set it to the token of a live session (the session file `jirahub login` writes); its account may have been deleted",
                    )
            } else {
                self.unknown_session_error()
            });
        };
        match session.status(self.access_now()) {
            SessionStatus::Active => {}
            SessionStatus::Revoked => return Err(Error::session_revoked()),
            SessionStatus::Expired => return Err(Error::session_expired(session.expires_at)),
        }
        if user.disabled {
            return Err(Error::auth("this account is disabled").with_hint("ask an admin"));
        }
        let now = self.access_now();
        self.db(|s| s.touch_session(session.id, now))?;
        Ok(self.user.get_or_init(|| CurrentUser { user, session }))
    }

    /// Why a session token the store does not know cannot be used: the store is new (deleted,
    /// replaced, or another `DATABASE_URL`), or the session and its account are gone.
    fn unknown_session_error(&self) -> Error {
        let where_ = self
            .config
            .display_value("DATABASE_URL")
            .unwrap_or_default();
        match self.db(|s| s.user_count()) {
            Ok(0) => Error::auth(format!(
                "the store at {where_} has no accounts: it is new, or was deleted or replaced"
            ))
            .with_hint("run `jirahub register` to create the first account (it becomes admin)"),
            _ => Error::auth(format!(
                "this session is not known to the store at {where_}: its account was deleted, \
                 or the session belongs to another store"
            ))
            .with_hint("run `jirahub login`"),
        }
    }

    /// The authenticated user. Only valid inside a command that requires a login (the
    /// dispatcher authenticates before calling it).
    pub fn user(&self) -> Result<&CurrentUser> {
        self.authenticate()
    }

    /// The key that seals Jira tokens: `ENCRYPTION_KEY`, or a key file created on first use.
    pub fn encryption_key(&self) -> Result<EncryptionKey> {
        match &self.config.encryption_key {
            Some(k) => EncryptionKey::from_base64(k.expose_secret()),
            None => EncryptionKey::load_or_create(&self.config.key_file()),
        }
    }

    /// The caller's saved Jira connection.
    pub fn connection(&self) -> Result<Connection> {
        let user_id = self.user()?.user.id;
        self.db(|s| s.connection(user_id))?.ok_or_else(|| {
            Error::auth("no Jira connection")
                .with_hint("run `jirahub connect --url URL --email EMAIL` first")
        })
    }

    /// A Jira client for the caller's saved connection (the token is unsealed only here).
    pub fn jira(&self) -> Result<JiraClient> {
        if let Some(d) = self.direct() {
            let auth = match &d.email {
                Some(email) => JiraAuth::Basic {
                    email: email.clone(),
                    token: d.token.clone(),
                },
                None => JiraAuth::Bearer(d.token.clone()),
            };
            return JiraClient::new(
                ClientConfig::new(d.base_url.clone(), Some(auth))
                    .deployment(d.deployment)
                    .max_concurrency(self.config.jira_concurrency),
            );
        }
        let conn = self.connection()?;
        let user_id = self.user()?.user.id;
        let token = crypto::open(&self.encryption_key()?, &conn.token, user_id)?;
        let auth = match conn.deployment {
            Deployment::Cloud => JiraAuth::Basic {
                email: conn.email.clone(),
                token,
            },
            Deployment::DataCenter => JiraAuth::Bearer(token),
        };
        JiraClient::new(
            ClientConfig::new(conn.base_url.clone(), Some(auth))
                .deployment(conn.deployment)
                .max_concurrency(self.config.jira_concurrency),
        )
    }

    /// A password, from (in order) the first line of stdin when `from_stdin`
    /// (`--password-stdin`), the environment variable `env_var`, or a hidden prompt on a
    /// terminal. Never from argv.
    pub fn read_secret(
        &self,
        prompt: &str,
        from_stdin: bool,
        env_var: &str,
    ) -> Result<SecretString> {
        self.read_secret_via(prompt, from_stdin, "--password-stdin", env_var)
    }

    /// A Jira token, as [`Context::read_secret`] reads a password (`--token-stdin`).
    pub fn read_token(
        &self,
        prompt: &str,
        from_stdin: bool,
        env_var: &str,
    ) -> Result<SecretString> {
        self.read_secret_via(prompt, from_stdin, "--token-stdin", env_var)
    }

    /// A Slack webhook URL (`--url-stdin`): the URL is the credential, read like a token.
    pub fn read_webhook(
        &self,
        prompt: &str,
        from_stdin: bool,
        env_var: &str,
    ) -> Result<SecretString> {
        self.read_secret_via(prompt, from_stdin, "--url-stdin", env_var)
    }

    /// `stdin_flag` is the flag that pipes this secret, named in the hint without a terminal.
    fn read_secret_via(
        &self,
        prompt: &str,
        from_stdin: bool,
        stdin_flag: &str,
        env_var: &str,
    ) -> Result<SecretString> {
        if from_stdin {
            return self.stdin_secret(prompt);
        }
        if let Some(v) = std::env::var(env_var).ok().filter(|v| !v.is_empty()) {
            return Ok(SecretString::from(v));
        }
        if !self.interactive {
            return Err(Error::usage(format!("{prompt} required")).with_hint(format!(
                "pipe it with {stdin_flag} or set {env_var} (no prompt: stdin is not a terminal)"
            )));
        }
        let value = rpassword::prompt_password(format!("{prompt}: "))
            .map_err(|e| Error::usage(format!("cannot read {prompt}: {e}")))?;
        Ok(SecretString::from(value))
    }

    /// The next line of stdin as a secret (trailing newline removed).
    pub fn stdin_secret(&self, what: &str) -> Result<SecretString> {
        let mut line = String::new();
        let n = std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| Error::usage(format!("cannot read {what} from stdin: {e}")))?;
        if n == 0 {
            return Err(Error::usage(format!(
                "expected the {what} on stdin, got nothing"
            )));
        }
        let trimmed = line.trim_end_matches(['\n', '\r']).to_string();
        Ok(SecretString::from(trimmed))
    }

    /// A value from `--flag`, or a prompt on a terminal; a usage error otherwise.
    pub fn value_or_prompt(&self, value: Option<String>, what: &str, flag: &str) -> Result<String> {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            return Ok(v.trim().to_string());
        }
        if !self.interactive {
            return Err(Error::usage(format!("{what} required")).with_hint(format!("pass {flag}")));
        }
        eprint!("{what}: ");
        std::io::stderr().flush()?;
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        let line = line.trim().to_string();
        if line.is_empty() {
            return Err(Error::usage(format!("{what} required")));
        }
        Ok(line)
    }

    /// Ask a yes/no question on a terminal. Without a terminal the answer is no: destructive
    /// commands then need `--yes`.
    pub fn confirm(&self, question: &str) -> Result<bool> {
        if !self.interactive {
            return Ok(false);
        }
        eprint!("{question} [y/N] ");
        std::io::stderr().flush()?;
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        Ok(matches!(line.trim(), "y" | "Y" | "yes" | "YES" | "Yes"))
    }
}

/// `TZ` when set, else the system's zone name; as a named zone (daylight saving included) when
/// chrono-tz knows it, else the offset in effect now.
fn local_zone() -> crate::report::LocalZone {
    use crate::report::LocalZone;
    let name = match std::env::var("TZ") {
        Ok(tz) => Some(tz.trim_start_matches(':').to_string()),
        Err(_) => iana_time_zone::get_timezone().ok(),
    };
    match name.and_then(|n| n.parse::<chrono_tz::Tz>().ok()) {
        Some(tz) => LocalZone::Named(tz),
        None => LocalZone::Fixed(*chrono::Local::now().offset()),
    }
}
