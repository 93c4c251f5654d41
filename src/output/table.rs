//! Tables for people: comfy-table, fitted to the terminal; plain (no borders, no colour) when
//! stdout is not a terminal. Every text cell is sanitised for the terminal. A report's messages
//! are not part of the table: `emit` writes them to stderr.

use super::OutputSettings;
use super::report::{Column, ColumnKind, Fit, Report, SectionBody};
use super::sanitize;
use comfy_table::{Attribute, Cell, CellAlignment, ContentArrangement, Table, presets};
use serde_json::Value;

const BAR_WIDTH: usize = 12;

pub fn render(report: &Report, settings: &OutputSettings) -> String {
    let mut out = String::new();
    if let Some(headline) = &report.headline {
        out.push_str(&sanitize::for_terminal(headline));
        out.push_str("\n\n");
    }
    let titled = report.sections.len() > 1;
    for (i, section) in report.sections.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if titled {
            out.push_str(&title(&section.title, settings));
            out.push('\n');
        }
        match &section.body {
            SectionBody::Rows { rows, .. } if rows.is_empty() => out.push_str("(none)\n"),
            SectionBody::Rows { columns, rows } => {
                out.push_str(&rows_table(columns, rows, section.apart, settings));
                out.push('\n');
            }
            SectionBody::LazyRows { rows, .. } if rows.0.is_empty() => out.push_str("(none)\n"),
            SectionBody::LazyRows { columns, rows } => {
                out.push_str(&rows_table(
                    columns,
                    &rows.collect(),
                    section.apart,
                    settings,
                ));
                out.push('\n');
            }
            SectionBody::Record { fields } => {
                out.push_str(&record_table(fields, settings));
                out.push('\n');
            }
        }
        if section.more > 0 {
            out.push_str(&format!("… {} more (--limit 0 for all)\n", section.more));
        }
    }
    out
}

fn title(text: &str, settings: &OutputSettings) -> String {
    let text = sanitize::for_terminal(text);
    if settings.color {
        format!("\x1b[1m{text}\x1b[0m")
    } else {
        format!("{text}")
    }
}

fn new_table(settings: &OutputSettings) -> Table {
    let mut t = Table::new();
    if settings.stdout_is_terminal {
        t.load_preset(presets::UTF8_FULL_CONDENSED)
            .apply_modifier(comfy_table::modifiers::UTF8_ROUND_CORNERS);
    } else {
        t.load_preset(presets::NOTHING).force_no_tty();
    }
    // Cells are fitted here (see `fit`), never wrapped by comfy-table.
    t.set_content_arrangement(ContentArrangement::Disabled);
    if settings.color {
        t.enforce_styling();
    }
    t
}

/// Characters a table spends on each column besides its content (padding, and a border when
/// drawn), and once per table.
fn overhead(settings: &OutputSettings) -> (usize, usize) {
    if settings.stdout_is_terminal {
        (3, 1)
    } else {
        (2, 0)
    }
}

/// The width each column gets to fit `width` (None: left out). Columns start at their natural
/// width; when too wide, names and statuses are capped, droppable columns go (highest rank first) as long as the summary
/// would be cut below a readable width, then the widest cuttable column loses a character at a
/// time down to its floor. Keys, numbers and dates are never cut; a table that still does not
/// fit overflows rather than lose them.
pub(crate) fn fit(
    columns: &[Column],
    natural: &[usize],
    width: usize,
    (per_column, per_table): (usize, usize),
) -> Vec<Option<usize>> {
    const READABLE_FILL: usize = 40;
    // A table that must give way first caps names and statuses at this width.
    const SHRINK_CAP: usize = 20;
    let floor = |i: usize| match columns[i].fit {
        Fit::Keep => natural[i],
        Fit::Shrink => natural[i].min(10),
        Fit::Fill => natural[i].min(12),
    };
    let mut widths: Vec<Option<usize>> = natural.iter().map(|&w| Some(w)).collect();
    let total = |widths: &[Option<usize>]| {
        per_table
            + widths
                .iter()
                .flatten()
                .map(|w| w + per_column)
                .sum::<usize>()
    };
    if total(&widths) <= width {
        return widths;
    }
    for (i, w) in widths.iter_mut().enumerate() {
        if columns[i].fit == Fit::Shrink {
            *w = w.map(|w| w.min(SHRINK_CAP));
        }
    }
    let comfortable = |widths: &[Option<usize>]| {
        let w: Vec<Option<usize>> = widths
            .iter()
            .enumerate()
            .map(|(i, w)| {
                w.map(|w| match columns[i].fit {
                    Fit::Fill => w.min(READABLE_FILL),
                    _ => w,
                })
            })
            .collect();
        total(&w)
    };
    while comfortable(&widths) > width {
        let Some(drop) = (0..columns.len())
            .filter(|&i| widths[i].is_some() && columns[i].drop_rank > 0)
            .max_by_key(|&i| (columns[i].drop_rank, i))
        else {
            break;
        };
        widths[drop] = None;
    }
    while total(&widths) > width {
        let Some(widest) = (0..columns.len())
            .filter(|&i| widths[i].is_some_and(|w| w > floor(i)))
            .max_by_key(|&i| (widths[i], columns[i].fit == Fit::Fill))
        else {
            break;
        };
        widths[widest] = widths[widest].map(|w| w - 1);
    }
    widths
}

/// `text` cut to `width` display columns, ending in `…` when cut.
pub(crate) fn cut(text: &str, width: usize) -> std::borrow::Cow<'_, str> {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    if text.width() <= width {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(width + 3);
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    std::borrow::Cow::Owned(out)
}

fn display_width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// The columns and cells a table shows once fitted to the width, when there is one to fit.
fn fitted(
    columns: &[Column],
    mut cells: Vec<Vec<String>>,
    settings: &OutputSettings,
) -> (Vec<Column>, Vec<Vec<String>>) {
    let Some(width) = settings.width.filter(|_| !settings.wide) else {
        return (columns.to_vec(), cells);
    };
    let natural: Vec<usize> = (0..columns.len())
        .map(|i| {
            cells
                .iter()
                .map(|r| display_width(&r[i]))
                .chain([display_width(&columns[i].header)])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let widths = fit(columns, &natural, width as usize, overhead(settings));
    let keep: Vec<usize> = (0..columns.len())
        .filter(|&i| widths[i].is_some())
        .collect();
    let columns = keep
        .iter()
        .map(|&i| {
            let mut c = columns[i].clone();
            c.header = cut(&c.header, widths[i].unwrap_or(0)).into_owned();
            c
        })
        .collect();
    for row in &mut cells {
        *row = keep
            .iter()
            .map(|&i| match cut(&row[i], widths[i].unwrap_or(0)) {
                std::borrow::Cow::Borrowed(_) => std::mem::take(&mut row[i]),
                std::borrow::Cow::Owned(cut) => cut,
            })
            .collect();
    }
    (columns, cells)
}

fn rows_table(
    columns: &[Column],
    rows: &[Vec<Value>],
    apart: usize,
    settings: &OutputSettings,
) -> String {
    // Machine-only columns (ids for scripts) are dropped here, before any layout.
    let shown: Vec<usize> = (0..columns.len())
        .filter(|&i| !columns[i].machine_only)
        .collect();
    let apart = apart.min(rows.len());
    let scaled = &rows[..rows.len() - apart];
    let bar_max: Vec<f64> = shown
        .iter()
        .map(|&i| match columns[i].kind {
            ColumnKind::Percent => 100.0,
            ColumnKind::Bar => scaled
                .iter()
                .filter_map(|r| r.get(i).and_then(Value::as_f64))
                .fold(0.0, f64::max),
            _ => 0.0,
        })
        .collect();
    // Rows set apart are out of scale: they show their number without a bar.
    let cells: Vec<Vec<String>> = rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            shown
                .iter()
                .enumerate()
                .map(|(n, &i)| {
                    let max = if r < scaled.len() { bar_max[n] } else { 0.0 };
                    format_cell(columns[i].kind, &row[i], max)
                })
                .collect()
        })
        .collect();
    let columns: Vec<Column> = shown.iter().map(|&i| columns[i].clone()).collect();
    let alerts: Vec<Vec<bool>> = rows
        .iter()
        .map(|row| {
            shown
                .iter()
                .enumerate()
                .map(|(n, &i)| over_the_line(&columns[n], &row[i]))
                .collect()
        })
        .collect();
    let keys: Vec<String> = columns.iter().map(|c| c.key.clone()).collect();
    let (columns, cells) = fitted(&columns, cells, settings);
    let kept: Vec<usize> = columns
        .iter()
        .map(|c| keys.iter().position(|k| *k == c.key).unwrap_or(0))
        .collect();
    let mut t = new_table(settings);
    t.set_header(columns.iter().map(|c| {
        let cell = Cell::new(&c.header);
        if settings.color {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    let first_apart = rows.len() - apart;
    for (r, row) in cells.into_iter().enumerate() {
        if r == first_apart && r > 0 {
            t.add_row(columns.iter().map(|_| Cell::new("")));
        }
        t.add_row(row.into_iter().enumerate().map(|(n, text)| {
            let cell = Cell::new(text);
            if settings.color && alerts[r][kept[n]] {
                cell.fg(comfy_table::Color::Red)
            } else {
                cell
            }
        }));
    }
    for (i, c) in columns.iter().enumerate() {
        if c.kind.is_numeric()
            && !matches!(c.kind, ColumnKind::Bar | ColumnKind::Percent)
            && let Some(col) = t.column_mut(i)
        {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    trim_lines(t.to_string())
}

/// Whether a cell crosses its column's alert line (drawn red when colour is on).
fn over_the_line(column: &Column, value: &Value) -> bool {
    column
        .alert_above
        .is_some_and(|line| value.as_f64().is_some_and(|v| v > line))
}

fn record_table(fields: &[(Column, Value)], settings: &OutputSettings) -> String {
    let fields: Vec<&(Column, Value)> = fields.iter().filter(|(c, _)| !c.machine_only).collect();
    let mut t = new_table(settings);
    let widest_label = fields
        .iter()
        .map(|(c, _)| display_width(&c.header))
        .max()
        .unwrap_or(0);
    let room = settings.width.filter(|_| !settings.wide).map(|w| {
        let (per_column, per_table) = overhead(settings);
        (w as usize).saturating_sub(widest_label + 2 * per_column + per_table)
    });
    for (c, v) in fields {
        let label = Cell::new(&c.header);
        let label = if settings.color {
            label.add_attribute(Attribute::Bold)
        } else {
            label
        };
        let text = format_cell(c.kind, v, 0.0);
        let text = match room {
            Some(room) => cut(&text, room.max(12)).into_owned(),
            None => text,
        };
        let alert = over_the_line(c, v);
        let value = Cell::new(text);
        let value = if settings.color && alert {
            value.fg(comfy_table::Color::Red)
        } else {
            value
        };
        t.add_row(vec![label, value]);
    }
    trim_lines(t.to_string())
}

/// comfy-table pads the last column; trailing spaces only make diffs and snapshots noisy.
fn trim_lines(text: String) -> String {
    text.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Human form of a cell. Null is shown as `-`.
pub fn format_cell(kind: ColumnKind, value: &Value, bar_max: f64) -> String {
    let text = match (kind, value) {
        (_, Value::Null) => return "-".to_string(),
        (ColumnKind::Bool, Value::Bool(b)) => return if *b { "yes" } else { "no" }.to_string(),
        (ColumnKind::Float, Value::Number(n)) => return format_float(n.as_f64().unwrap_or(0.0)),
        (ColumnKind::Bar, Value::Number(n)) => {
            let v = n.as_f64().unwrap_or(0.0);
            return format!("{:<w$} {}", bar(v, bar_max), format_float(v), w = BAR_WIDTH);
        }
        (ColumnKind::Percent, Value::Number(n)) => {
            let v = n.as_f64().unwrap_or(0.0);
            return format!("{:<w$} {:>3.0}%", bar(v, bar_max), v, w = BAR_WIDTH);
        }
        (ColumnKind::DateTime, Value::String(s)) => human_datetime(s),
        (_, Value::String(s)) => s.clone(),
        (_, Value::Array(items)) => items
            .iter()
            .map(|i| {
                i.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| i.to_string())
            })
            .collect::<Vec<_>>()
            .join(", "),
        (_, other) => other.to_string(),
    };
    sanitize::for_terminal(&text).into_owned()
}

/// `2026-11-25T10:30:00Z` → `2026-11-25 10:30 UTC` (JSON keeps the full RFC 3339 value).
fn human_datetime(s: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(s) {
        Ok(dt) => dt
            .with_timezone(&chrono::Utc)
            .format("%Y-%m-%d %H:%M UTC")
            .to_string(),
        Err(_) => s.to_string(),
    }
}

fn format_float(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:.1}")
    }
}

fn bar(value: f64, max: f64) -> String {
    if max <= 0.0 || value <= 0.0 {
        return String::new();
    }
    let cells = ((value / max) * BAR_WIDTH as f64)
        .round()
        .clamp(1.0, BAR_WIDTH as f64) as usize;
    "█".repeat(cells)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Format;
    use crate::output::report::Section;
    use serde_json::json;

    fn settings() -> OutputSettings {
        OutputSettings::plain(Format::Table)
    }

    #[test]
    fn hostile_text_is_sanitised_in_cells() {
        let r = Report::new("t").with_section(Section::rows(
            "t",
            "T",
            vec![Column::text("summary", "Summary")],
            vec![vec![json!("\x1b]0;pwned\x07 title")]],
        ));
        let out = render(&r, &settings());
        assert!(!out.contains('\x1b') && !out.contains('\x07'), "{out:?}");
        assert!(out.contains("\\u{1b}]0;pwned\\u{7} title"), "{out}");
    }

    #[test]
    fn plain_tables_have_no_borders_or_colour() {
        let r = Report::new("t").with_section(Section::rows(
            "t",
            "T",
            vec![
                Column::text("key", "Key"),
                Column::new("points", "Points", ColumnKind::Float),
            ],
            vec![
                vec![json!("A-1"), json!(2.5)],
                vec![json!("A-2"), Value::Null],
            ],
        ));
        let out = render(&r, &settings());
        assert!(!out.contains('│') && !out.contains('\x1b'), "{out}");
        assert!(
            out.contains("A-1") && out.contains("2.5") && out.contains(" -"),
            "{out}"
        );
    }

    #[test]
    fn machine_only_columns_stay_out_of_tables() {
        let r = Report::new("t").with_section(Section::rows(
            "t",
            "T",
            vec![
                Column::text("name", "Name"),
                Column::text("account_id", "Account").machine_only(),
            ],
            vec![vec![json!("Ada"), json!("acc-123")]],
        ));
        let out = render(&r, &settings());
        assert!(
            out.contains("Ada") && !out.contains("acc-123") && !out.contains("Account"),
            "{out}"
        );
    }

    #[test]
    fn cut_ends_in_an_ellipsis_and_counts_display_width() {
        assert_eq!(cut("short", 10), "short");
        assert_eq!(cut("a longer summary", 8), "a longe…");
        // Wide characters take two columns each.
        assert_eq!(cut("李小龙李小龙", 5), "李小…");
        assert_eq!(
            unicode_width::UnicodeWidthStr::width(&*cut("李小龙李小龙", 5)),
            5
        );
    }

    #[test]
    fn fit_drops_low_value_columns_before_cutting_the_summary_and_never_cuts_keys() {
        let columns = vec![
            Column::text("key", "Key").keep(),
            Column::text("summary", "Summary").fill(),
            Column::text("status", "Status"),
            Column::new("labels", "Labels", ColumnKind::List).droppable(2),
            Column::new("created", "Created", ColumnKind::DateTime).droppable(1),
        ];
        let natural = [9, 60, 12, 30, 20];
        // Everything fits: nothing changes.
        assert_eq!(
            fit(&columns, &natural, 200, (2, 0)),
            natural.map(Some).to_vec()
        );
        let at = |width| fit(&columns, &natural, width, (2, 0));
        let total = |w: &[Option<usize>]| w.iter().flatten().map(|w| w + 2).sum::<usize>();
        for width in [60, 80, 100, 120] {
            let w = at(width);
            assert!(total(&w) <= width, "{width}: {w:?}");
            assert_eq!(w[0], Some(9), "the key is whole at {width}");
        }
        // At 120 the labels only lose their tail (names and lists are capped first) …
        assert_eq!(at(120), [Some(9), Some(49), Some(12), Some(20), Some(20)]);
        // … narrower, they give way first.
        assert_eq!(at(100)[3], None);
        assert_eq!(at(80)[4], None, "then created");
        assert_eq!(
            at(80)[1],
            Some(80 - 9 - 12 - 3 * 2),
            "the summary takes the rest"
        );
        // Too narrow even for the floors: the key is still whole, the table overflows.
        assert_eq!(at(20)[0], Some(9));
    }

    #[test]
    fn bars_scale_to_the_largest_value() {
        assert_eq!(bar(10.0, 10.0).chars().count(), BAR_WIDTH);
        assert_eq!(bar(5.0, 10.0).chars().count(), BAR_WIDTH / 2);
        assert_eq!(bar(0.0, 10.0), "");
    }

    #[test]
    fn empty_lists_say_none() {
        let r = Report::new("t")
            .with_section(Section::rows(
                "a",
                "A",
                vec![Column::text("k", "K")],
                vec![],
            ))
            .with_section(Section::rows(
                "b",
                "B",
                vec![Column::text("k", "K")],
                vec![],
            ));
        assert_eq!(render(&r, &settings()), "A\n(none)\n\nB\n(none)\n");
    }
}
