//! Rendering: one [`Report`] value, four formats. Commands build reports; this module turns them
//! into a table for people, JSON / CSV for machines, or Markdown for CI summaries. It knows nothing about Jira.

pub mod chart;
pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod progress;
pub mod report;
pub mod sanitize;
pub mod slack;
pub mod table;
mod timefmt;

pub use progress::{Progress, ProgressGroup};
pub use report::{Column, ColumnKind, Fit, LazyRows, Report, RowSource, Section, SectionBody};
pub use timefmt::{iso_date, rfc3339};

use std::io::Write;

/// `-o/--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Table,
    Json,
    Csv,
    /// GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments).
    Markdown,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// Resolved output settings: decided once from flags, environment and the terminal.
#[derive(Debug, Clone)]
pub struct OutputSettings {
    pub format: Format,
    /// Colours and styling in tables (and progress bars).
    pub color: bool,
    /// stdout is a terminal: tables get borders and fit its width.
    pub stdout_is_terminal: bool,
    /// stderr is a terminal: progress bars are drawn.
    pub stderr_is_terminal: bool,
    /// Terminal width in columns, when known.
    pub width: Option<u16>,
    /// `--wide`: tables keep every column and cut nothing.
    pub wide: bool,
    /// `--bom`: CSV starts with a UTF-8 byte-order mark (Excel then reads it as UTF-8).
    pub bom: bool,
    pub quiet: bool,
}

impl OutputSettings {
    /// Decide from the real process environment. `NO_COLOR` (non-empty) turns colour off unless
    /// `--color always` was given; colour needs a terminal in `auto` mode.
    pub fn detect(format: Format, color: ColorChoice, quiet: bool) -> Self {
        use std::io::IsTerminal;
        let stdout_is_terminal = std::io::stdout().is_terminal();
        let stderr_is_terminal = std::io::stderr().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stdout_is_terminal && !no_color,
        };
        // A pipe gets whole cells, unless `COLUMNS` asks for a width (`COLUMNS=100 jirahub … | less`).
        let width = if stdout_is_terminal {
            terminal_width()
        } else {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.trim().parse::<u16>().ok())
                .filter(|w| *w > 0)
        };
        OutputSettings {
            format,
            color,
            stdout_is_terminal,
            stderr_is_terminal,
            width,
            wide: false,
            bom: false,
            quiet,
        }
    }

    /// Settings for tests and library callers: no terminal, no colour.
    pub fn plain(format: Format) -> Self {
        OutputSettings {
            format,
            color: false,
            stdout_is_terminal: false,
            stderr_is_terminal: false,
            width: None,
            wide: false,
            bom: false,
            quiet: false,
        }
    }
}

/// The width tables fit: `COLUMNS`, else what the terminal reports, else 80. Some terminals
/// (serial consoles, a few CI pseudo-TTYs) report 0 columns, which would collapse every column
/// to one character; zero is treated as unknown.
fn terminal_width() -> Option<u16> {
    let columns = std::env::var("COLUMNS").ok();
    Some(pick_width(
        columns.as_deref(),
        comfy_table::Table::new().width(),
    ))
}

fn pick_width(columns_env: Option<&str>, reported: Option<u16>) -> u16 {
    const FALLBACK: u16 = 80;
    let usable = |w: &u16| *w > 0;
    columns_env
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(usable)
        .or(reported.filter(usable))
        .unwrap_or(FALLBACK)
}

/// Render a report to a string in the chosen format.
pub fn render(report: &Report, settings: &OutputSettings) -> crate::Result<String> {
    if let Some(raw) = &report.raw {
        return Ok(raw.clone());
    }
    match settings.format {
        Format::Table => Ok(table::render(report, settings)),
        Format::Json => json::render(report, settings.stdout_is_terminal),
        Format::Csv => csv::render(report),
        Format::Markdown => Ok(markdown::render(report)),
    }
}

/// Render and write to stdout. A closed pipe (`jirahub … | head`) is not an error.
pub fn emit(report: &Report, settings: &OutputSettings) -> crate::Result<()> {
    // stdout carries only the report: confirmations and hints are for the person at the
    // terminal (stderr), except in JSON, where they are the document's `message`.
    if settings.format != Format::Json && !settings.quiet && report.raw.is_none() {
        let mut err = std::io::stderr().lock();
        for message in &report.messages {
            let _ = writeln!(err, "{}", sanitize::for_terminal(message));
        }
    }
    if matches!(settings.format, Format::Table | Format::Markdown)
        && report.is_message_only()
        && report.raw.is_none()
    {
        return Ok(());
    }
    let stdout = std::io::stdout().lock();
    let written = match (&report.raw, settings.format) {
        // JSON and CSV stream to stdout: a 100k-ticket report is never held twice in memory.
        (None, Format::Json) => {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout);
            json::write(report, settings.stdout_is_terminal, &mut out).and_then(|_| out.flush())
        }
        (None, Format::Csv) => {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout);
            let bom = if settings.bom { "\u{feff}" } else { "" };
            out.write_all(bom.as_bytes())
                .and_then(|_| csv::write(report, &mut out))
                .and_then(|_| out.flush())
        }
        _ => {
            let text = render(report, settings)?;
            let mut out = stdout;
            out.write_all(text.as_bytes()).and_then(|_| out.flush())
        }
    };
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

#[cfg(test)]
mod tests {
    use super::pick_width;

    #[test]
    fn a_terminal_reporting_zero_columns_falls_back_to_columns_or_80() {
        assert_eq!(pick_width(None, Some(0)), 80);
        assert_eq!(pick_width(Some("100"), Some(0)), 100);
        assert_eq!(pick_width(Some("0"), Some(0)), 80);
        assert_eq!(pick_width(Some("0"), Some(132)), 132);
        assert_eq!(pick_width(Some("wide"), None), 80);
        assert_eq!(pick_width(None, Some(120)), 120);
        assert_eq!(pick_width(Some(" 90 "), Some(120)), 90);
    }
}
