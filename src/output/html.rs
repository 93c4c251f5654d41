//! One self-contained HTML page (`jirahub report --html`): inline CSS and inline SVG, no scripts,
//! fonts or images from anywhere, readable in light and dark mode and printable on A4. Written as
//! well-formed XHTML-compatible markup, so an XML parser can check it. Text from Jira is escaped.

use std::fmt::Write;

use serde_json::Value;

use super::report::{Column, ColumnKind, Section, SectionBody};
use super::sanitize;
use super::table::format_cell;

/// Text as HTML text: `& < > " '` as entities, control characters made visible.
pub fn escape(text: &str) -> String {
    let text = sanitize::for_terminal(text);
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A part of the page: a heading, an optional note under it, then charts and tables.
pub struct Part {
    pub id: String,
    pub title: String,
    pub note: Option<String>,
    /// Inline SVG documents (already escaped by their writer).
    pub charts: Vec<String>,
    pub tables: Vec<Section>,
    /// Rows a table shows; the rest are counted in a line under it.
    pub max_rows: usize,
}

impl Part {
    pub fn new(id: &str, title: &str) -> Part {
        Part {
            id: id.to_string(),
            title: title.to_string(),
            note: None,
            charts: Vec::new(),
            tables: Vec::new(),
            max_rows: usize::MAX,
        }
    }
}

/// The whole page: a header (title, subtitle), a contents line, then the parts.
pub fn page(title: &str, subtitle: &str, parts: &[Part]) -> String {
    let mut out = String::with_capacity(64 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    out.push_str(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
         <meta name=\"color-scheme\" content=\"light dark\"/>\n",
    );
    let _ = writeln!(out, "<title>{}</title>", escape(title));
    let _ = writeln!(out, "<style>{STYLE}</style>\n</head>\n<body>");
    let _ = writeln!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"subtitle\">{}</p>",
        escape(title),
        escape(subtitle)
    );
    out.push_str("<nav>");
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(" · ");
        }
        let _ = write!(
            out,
            "<a href=\"#{}\">{}</a>",
            escape(&part.id),
            escape(&part.title)
        );
    }
    out.push_str("</nav>\n</header>\n<main>\n");
    for part in parts {
        let _ = writeln!(
            out,
            "<section id=\"{}\">\n<h2>{}</h2>",
            escape(&part.id),
            escape(&part.title)
        );
        if let Some(note) = &part.note {
            let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(note));
        }
        for svg in &part.charts {
            let _ = writeln!(
                out,
                "<figure class=\"chart\">{}</figure>",
                strip_prolog(svg)
            );
        }
        for table in &part.tables {
            write_table(&mut out, table, part.max_rows);
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// An SVG document as an element to put inline (no `<?xml …?>` prolog).
fn strip_prolog(svg: &str) -> &str {
    match svg.find("<svg") {
        Some(i) => &svg[i..],
        None => svg,
    }
}

fn write_table(out: &mut String, section: &Section, max_rows: usize) {
    let _ = writeln!(out, "<h3>{}</h3>", escape(&section.title));
    match &section.body {
        SectionBody::Record { fields } => {
            out.push_str("<table class=\"record\">\n");
            for (column, value) in fields.iter().filter(|(c, _)| !c.machine_only) {
                let _ = writeln!(
                    out,
                    "<tr><th scope=\"row\">{}</th><td{}>{}</td></tr>",
                    escape(&column.header),
                    numeric_class(column),
                    escape(&cell(column, value))
                );
            }
            out.push_str("</table>\n");
        }
        SectionBody::Rows { columns, rows } => {
            write_rows(out, columns, rows, max_rows, section.more)
        }
        SectionBody::LazyRows { columns, rows } => {
            write_rows(out, columns, &rows.collect(), max_rows, section.more)
        }
    }
}

fn write_rows(
    out: &mut String,
    columns: &[Column],
    rows: &[Vec<Value>],
    max_rows: usize,
    more: usize,
) {
    if rows.is_empty() {
        out.push_str("<p class=\"none\">None.</p>\n");
        return;
    }
    // A ticket's key links to the ticket when the rows carry its URL.
    let super::report::ListLayout { shown, key, url } = super::report::ListLayout::of(columns);
    out.push_str("<table>\n<thead><tr>");
    for &i in &shown {
        let _ = write!(
            out,
            "<th scope=\"col\"{}>{}</th>",
            numeric_class(&columns[i]),
            escape(&columns[i].header)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in rows.iter().take(max_rows) {
        out.push_str("<tr>");
        for &i in &shown {
            let text = escape(&cell(&columns[i], &row[i]));
            let link = url
                .and_then(|u| row[u].as_str())
                .filter(|l| sanitize::is_web_link(l));
            match (Some(i) == key, link) {
                (true, Some(link)) => {
                    let _ = write!(out, "<td><a href=\"{}\">{text}</a></td>", escape(link));
                }
                _ => {
                    let _ = write!(out, "<td{}>{text}</td>", numeric_class(&columns[i]));
                }
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    let hidden = rows.len().saturating_sub(max_rows) + more;
    if hidden > 0 {
        let _ = writeln!(out, "<p class=\"more\">… {hidden} more</p>");
    }
}

fn numeric_class(column: &Column) -> &'static str {
    if column.kind.is_numeric() {
        " class=\"num\""
    } else {
        ""
    }
}

/// A cell's text as a table shows it (bars as numbers, percentages with `%`).
fn cell(column: &Column, value: &Value) -> String {
    match column.kind {
        ColumnKind::Bar => format_cell(ColumnKind::Float, value, 0.0),
        ColumnKind::Percent => value
            .as_f64()
            .map_or_else(|| "-".to_string(), |v| format!("{v}%")),
        kind => format_cell(kind, value, 0.0),
    }
}

/// Light by default; dark when the reader's system is (the charts' white ground, black text and
/// black lines follow); A4 when printed, no part split across pages where it fits on one.
const STYLE: &str = r##"
:root { --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --line: #d1d9e0; --head: #f6f8fa; --link: #0969da; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --line: #3d444d; --head: #151b23; --link: #4493f8; }
  figure.chart svg > rect:first-child { fill: var(--bg); }
  figure.chart svg text { fill: var(--fg); }
  figure.chart svg [stroke="#000000"] { stroke: var(--fg); }
  figure.chart svg [fill="#000000"] { fill: var(--fg); }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1040px; padding: 24px; color: var(--fg); background: var(--bg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 16px 0 6px; }
.subtitle, .note, .more, .none { color: var(--muted); margin: 4px 0; }
nav { margin: 12px 0 0; }
a { color: var(--link); }
figure.chart { margin: 8px 0; }
figure.chart svg { width: 100%; height: auto; display: block; }
table { border-collapse: collapse; width: 100%; margin: 4px 0; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { background: var(--head); }
table.record { width: auto; }
.num { text-align: right; }
@page { size: A4; margin: 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  section, figure, table { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
"##;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn tickets(summary: &str) -> Section {
        Section::rows(
            "overdue",
            "Overdue",
            vec![
                Column::text("key", "Key"),
                Column::text("summary", "Summary"),
                Column::new("points", "Points", ColumnKind::Float),
                Column::text("url", "URL").machine_only(),
            ],
            vec![vec![
                json!("APP-1"),
                json!(summary),
                json!(3.0),
                json!("https://example.atlassian.net/browse/APP-1"),
            ]],
        )
    }

    #[test]
    fn jira_text_stays_text() {
        let mut part = Part::new("overdue", "Overdue <b>");
        part.tables
            .push(tickets("<script>alert('x')</script> & \"q\" \u{1b}[31m"));
        let html = page("Team <report>", "APP & WEB", &[part]);
        assert!(!html.contains("<script>"), "{html}");
        assert!(
            html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        );
        assert!(!html.contains('\u{1b}'), "no raw escape sequence");
        assert!(html.contains("<title>Team &lt;report&gt;</title>"));
        assert!(html.contains("<h2>Overdue &lt;b&gt;</h2>"));
    }

    #[test]
    fn keys_link_to_their_tickets_and_machine_columns_stay_out() {
        let mut part = Part::new("overdue", "Overdue");
        part.tables.push(tickets("Fix it"));
        let html = page("t", "s", &[part]);
        assert!(
            html.contains(
                "<td><a href=\"https://example.atlassian.net/browse/APP-1\">APP-1</a></td>"
            )
        );
        assert!(!html.contains(">URL<"), "machine-only columns are left out");
        assert!(
            html.contains("<td class=\"num\">3</td>")
                || html.contains("<td class=\"num\">3.0</td>")
        );
    }

    #[test]
    fn a_link_that_is_not_the_web_is_not_a_link() {
        let mut section = tickets("x");
        if let SectionBody::Rows { rows, .. } = &mut section.body {
            rows[0][3] = json!("javascript:alert(1)");
        }
        let mut part = Part::new("o", "O");
        part.tables.push(section);
        let html = page("t", "s", &[part]);
        assert!(!html.contains("javascript:"), "{html}");
    }

    #[test]
    fn long_lists_are_cut_and_say_how_many_more() {
        let mut section = tickets("x");
        if let SectionBody::Rows { rows, .. } = &mut section.body {
            let row = rows[0].clone();
            rows.extend(std::iter::repeat_n(row, 4));
        }
        let mut part = Part::new("o", "O");
        part.max_rows = 2;
        part.tables.push(section);
        let html = page("t", "s", &[part]);
        assert_eq!(html.matches("<td><a ").count(), 2);
        assert!(html.contains("… 3 more"), "{html}");
    }

    #[test]
    fn the_page_is_self_contained() {
        let mut part = Part::new("c", "Chart");
        part.charts
            .push("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".into());
        let html = page("t", "s", &[part]);
        assert!(!html.contains("<?xml"), "the SVG prolog is dropped inline");
        for outside in ["<script", "<link", "src=", "@import", "url("] {
            assert!(!html.contains(outside), "{outside} in the page");
        }
        assert!(html.contains("@page { size: A4"));
        assert!(html.contains("prefers-color-scheme: dark"));
    }
}
