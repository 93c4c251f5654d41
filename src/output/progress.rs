//! Progress on stderr: drawn only when stderr is a terminal and not `--quiet`, so pipes, cron and
//! CI logs stay clean.

use super::OutputSettings;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

#[derive(Clone)]
pub struct Progress {
    bar: ProgressBar,
}

impl Progress {
    /// A bar with a known length, or a spinner when `len` is `None`.
    pub fn new(settings: &OutputSettings, len: Option<u64>, message: &str) -> Self {
        let bar = match len {
            Some(n) => ProgressBar::new(n),
            None => ProgressBar::new_spinner(),
        };
        if settings.stderr_is_terminal && !settings.quiet {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            let template = if len.is_some() {
                "{spinner} {msg} [{bar:30}] {pos}/{len} {per_sec} ({elapsed}, ETA {eta})"
            } else {
                "{spinner} {msg} {pos} ({elapsed})"
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
        } else {
            bar.set_draw_target(ProgressDrawTarget::hidden());
        }
        bar.set_message(message.to_string());
        Progress { bar }
    }

    /// A progress that never draws (library use, tests).
    pub fn hidden() -> Self {
        Progress {
            bar: ProgressBar::hidden(),
        }
    }

    pub fn inc(&self, n: u64) {
        self.bar.inc(n);
    }
    pub fn inc_length(&self, n: u64) {
        self.bar.inc_length(n);
    }
    pub fn set_message(&self, message: &str) {
        self.bar.set_message(message.to_string());
    }
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
