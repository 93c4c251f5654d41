//! Tables for people: comfy-table, fitted to the terminal; plain (no borders, no colour) when
//! stdout is not a terminal. Every text cell is sanitised for the terminal.

use super::OutputSettings;
use super::report::{Column, ColumnKind, Report, SectionBody};
use super::sanitize;
use comfy_table::{Attribute, Cell, CellAlignment, ContentArrangement, Table, presets};
use serde_json::Value;

const BAR_WIDTH: usize = 12;

pub fn render(report: &Report, settings: &OutputSettings) -> String {
    let mut out = String::new();
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
                out.push_str(&rows_table(columns, rows, settings));
                out.push('\n');
            }
            SectionBody::LazyRows { rows, .. } if rows.0.is_empty() => out.push_str("(none)\n"),
            SectionBody::LazyRows { columns, rows } => {
                out.push_str(&rows_table(columns, &rows.collect(), settings));
                out.push('\n');
            }
            SectionBody::Record { fields } => {
                out.push_str(&record_table(fields, settings));
                out.push('\n');
            }
        }
    }
    for message in &report.messages {
        out.push_str(&sanitize::for_terminal(message));
        out.push('\n');
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
            .apply_modifier(comfy_table::modifiers::UTF8_ROUND_CORNERS)
            .set_content_arrangement(ContentArrangement::Dynamic);
        if let Some(w) = settings.width {
            t.set_width(w);
        }
    } else {
        t.load_preset(presets::NOTHING).force_no_tty();
    }
    if settings.color {
        t.enforce_styling();
    }
    t
}

fn rows_table(columns: &[Column], rows: &[Vec<Value>], settings: &OutputSettings) -> String {
    // Machine-only columns (ids for scripts) are dropped here, before any layout.
    let shown: Vec<usize> = (0..columns.len())
        .filter(|&i| !columns[i].machine_only)
        .collect();
    if shown.len() < columns.len() {
        let columns: Vec<Column> = shown.iter().map(|&i| columns[i].clone()).collect();
        let rows: Vec<Vec<Value>> = rows
            .iter()
            .map(|r| shown.iter().map(|&i| r[i].clone()).collect())
            .collect();
        return rows_table(&columns, &rows, settings);
    }
    let mut t = new_table(settings);
    t.set_header(columns.iter().map(|c| {
        let cell = Cell::new(&c.header);
        if settings.color {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    let bar_max: Vec<f64> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| match c.kind {
            ColumnKind::Bar => rows
                .iter()
                .filter_map(|r| r.get(i).and_then(Value::as_f64))
                .fold(0.0, f64::max),
            _ => 0.0,
        })
        .collect();
    for row in rows {
        t.add_row(
            columns
                .iter()
                .zip(row)
                .enumerate()
                .map(|(i, (c, v))| Cell::new(format_cell(c.kind, v, bar_max[i]))),
        );
    }
    for (i, c) in columns.iter().enumerate() {
        if c.kind.is_numeric()
            && c.kind != ColumnKind::Bar
            && let Some(col) = t.column_mut(i)
        {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    trim_lines(t.to_string())
}

fn record_table(fields: &[(Column, Value)], settings: &OutputSettings) -> String {
    let mut t = new_table(settings);
    for (c, v) in fields.iter().filter(|(c, _)| !c.machine_only) {
        let label = Cell::new(&c.header);
        let label = if settings.color {
            label.add_attribute(Attribute::Bold)
        } else {
            label
        };
        t.add_row(vec![label, Cell::new(format_cell(c.kind, v, 0.0))]);
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
