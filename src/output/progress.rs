//! Progress on stderr: drawn only when stderr is a terminal and not `--quiet`, so pipes, cron and
//! CI logs stay clean.

use std::collections::BTreeMap;
use std::sync::Mutex;

use super::OutputSettings;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

const BAR_TEMPLATE: &str =
    "{spinner} {msg} [{bar:30}] {pos}/{len} {per_sec} ({elapsed}, ETA {eta})";

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
                BAR_TEMPLATE
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

/// One bar per name (a sync draws one per project), drawn together on stderr when it is a
/// terminal and not `--quiet`; a status line under them for what the whole run is waiting for.
pub struct ProgressGroup {
    multi: MultiProgress,
    /// Whether anything is drawn (stderr a terminal, not `--quiet`).
    drawn: bool,
    bars: Mutex<BTreeMap<String, ProgressBar>>,
    status: Mutex<Option<ProgressBar>>,
}

impl ProgressGroup {
    pub fn new(settings: &OutputSettings) -> Self {
        let drawn = settings.stderr_is_terminal && !settings.quiet;
        let target = if drawn {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        ProgressGroup {
            multi: MultiProgress::with_draw_target(target),
            drawn,
            bars: Mutex::new(BTreeMap::new()),
            status: Mutex::new(None),
        }
    }

    /// The bar for `name`, made on first use (length 0 until [`ProgressGroup::inc_length`]).
    fn bar(&self, name: &str) -> ProgressBar {
        let mut bars = self.bars.lock().unwrap_or_else(|e| e.into_inner());
        bars.entry(name.to_string())
            .or_insert_with(|| {
                let bar = self.multi.add(ProgressBar::new(0));
                if let Ok(style) = ProgressStyle::with_template(BAR_TEMPLATE) {
                    bar.set_style(style.progress_chars("=> "));
                }
                bar.set_message(name.to_string());
                bar
            })
            .clone()
    }

    pub fn inc_length(&self, name: &str, n: u64) {
        self.bar(name).inc_length(n);
    }

    pub fn inc(&self, name: &str, n: u64) {
        self.bar(name).inc(n);
    }

    /// Whether the bars are drawn (a status set here is seen).
    pub fn is_drawn(&self) -> bool {
        self.drawn
    }

    /// A line under the bars saying what the run waits for.
    pub fn set_status(&self, message: &str) {
        let mut status = self.status.lock().unwrap_or_else(|e| e.into_inner());
        let line = status.get_or_insert_with(|| self.multi.add(ProgressBar::new_spinner()));
        line.set_message(message.to_string());
    }

    pub fn finish(&self) {
        for bar in self.bars.lock().unwrap_or_else(|e| e.into_inner()).values() {
            bar.finish_and_clear();
        }
        if let Some(line) = self
            .status
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
        {
            line.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_keeps_one_bar_per_name() {
        let settings = OutputSettings {
            format: super::super::Format::Table,
            color: false,
            stdout_is_terminal: false,
            stderr_is_terminal: false,
            width: None,
            wide: false,
            bom: false,
            quiet: false,
        };
        let group = ProgressGroup::new(&settings);
        group.inc_length("PLAT", 10);
        group.inc("PLAT", 4);
        group.inc_length("WEB", 3);
        group.set_status("waiting");
        assert_eq!(group.bar("PLAT").position(), 4);
        assert_eq!(group.bar("PLAT").length(), Some(10));
        assert_eq!(group.bar("WEB").length(), Some(3));
        group.finish();
    }
}
