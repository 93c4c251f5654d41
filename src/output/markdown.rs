//! GitHub-flavoured Markdown: the report as GFM tables, for `$GITHUB_STEP_SUMMARY`, merge-request
//! comments and chat. Text from Jira is escaped so that it stays text: no links, emphasis, HTML
//! or table breaks can be smuggled in through a summary.

use super::report::{Column, ColumnKind, Report, Section, SectionBody};
use super::sanitize;
use super::table::format_cell;
use serde_json::Value;
use std::fmt::Write;

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    if let Some(headline) = &report.headline {
        let _ = writeln!(out, "{}\n", escape(headline));
    }
    let titled = report.sections.len() > 1;
    for (i, section) in report.sections.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if titled {
            let _ = writeln!(out, "### {}\n", escape(&section.title));
        }
        write_section(&mut out, section);
        if section.more > 0 {
            let _ = writeln!(out, "\n… {} more (`--limit 0` for all)", section.more);
        }
    }
    out
}

fn write_section(out: &mut String, section: &Section) {
    match &section.body {
        SectionBody::Rows { columns, rows } => {
            write_rows(out, columns, rows.iter().map(Vec::as_slice))
        }
        SectionBody::LazyRows { columns, rows } => {
            let all = rows.collect();
            write_rows(out, columns, all.iter().map(Vec::as_slice));
        }
        SectionBody::Record { fields } => {
            out.push_str("| Field | Value |\n|---|---|\n");
            for (c, v) in fields.iter().filter(|(c, _)| !c.machine_only) {
                let _ = writeln!(out, "| {} | {} |", escape(&c.header), cell(c, v));
            }
        }
    }
}

fn write_rows<'a>(
    out: &mut String,
    columns: &[Column],
    rows: impl ExactSizeIterator<Item = &'a [Value]>,
) {
    if rows.len() == 0 {
        out.push_str("_(none)_\n");
        return;
    }
    // A ticket's key links to the ticket when the rows carry its URL.
    let super::report::ListLayout { shown, key, url } = super::report::ListLayout::of(columns);
    out.push('|');
    for &i in &shown {
        let _ = write!(out, " {} |", escape(&columns[i].header));
    }
    out.push_str("\n|");
    for &i in &shown {
        out.push_str(if columns[i].kind.is_numeric() {
            "---:|"
        } else {
            "---|"
        });
    }
    out.push('\n');
    for row in rows {
        out.push('|');
        for &i in &shown {
            let text = cell(&columns[i], &row[i]);
            match (Some(i) == key, url.and_then(|u| row[u].as_str())) {
                (true, Some(link)) if sanitize::is_web_link(link) => {
                    let _ = write!(out, " [{text}](<{}>) |", link.replace(['<', '>', ' '], ""));
                }
                _ => {
                    let _ = write!(out, " {text} |");
                }
            }
        }
        out.push('\n');
    }
}

/// A cell as Markdown text: formatted like a table cell (without bars), then escaped.
fn cell(column: &Column, value: &Value) -> String {
    let kind = match column.kind {
        ColumnKind::Bar => ColumnKind::Float,
        ColumnKind::Percent => {
            return value
                .as_f64()
                .map_or_else(|| "-".to_string(), |v| format!("{v}%"));
        }
        other => other,
    };
    escape(&format_cell(kind, value, 0.0))
}

/// Text that renders as itself: Markdown's inline punctuation backslash-escaped, HTML's `<`, `>`
/// and `&` as entities, line breaks and controls made harmless (a cell is one line).
pub fn escape(text: &str) -> String {
    let text = sanitize::for_terminal(text);
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '|' | '~' | '#' | '!' | '$' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn hostile_text_stays_text() {
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(
            escape("<script>x</script>"),
            "&lt;script&gt;x&lt;/script&gt;"
        );
        assert_eq!(
            escape("[click](http://evil)"),
            "\\[click\\]\\(http://evil\\)"
        );
        assert_eq!(
            escape("**bold** _it_ `code`"),
            "\\*\\*bold\\*\\* \\_it\\_ \\`code\\`"
        );
        assert_eq!(escape("line\nbreak"), "line break");
        assert_eq!(escape("\x1b[31mred"), "\\\\u{1b}\\[31mred");
    }

    #[test]
    fn rows_are_a_gfm_table_with_numbers_right_aligned_and_keys_linked() {
        let r = Report::new("t").with_section(Section::rows(
            "t",
            "T",
            vec![
                Column::text("key", "Key"),
                Column::new("points", "Points", ColumnKind::Float),
                Column::text("url", "URL").machine_only(),
            ],
            vec![vec![
                json!("A-1"),
                json!(2.5),
                json!("https://x.example/browse/A-1"),
            ]],
        ));
        assert_eq!(
            render(&r),
            "| Key | Points |\n|---|---:|\n| [A-1](<https://x.example/browse/A-1>) | 2.5 |\n"
        );
    }
}
