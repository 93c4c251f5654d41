//! CSV: RFC 4180 via the `csv` crate, a header row of JSON keys, exactly one section per file.

use super::report::{ColumnKind, Report, SectionBody};
use super::sanitize;
use serde_json::Value;

pub fn render(report: &Report) -> crate::Result<String> {
    let section = match &report.csv_section {
        Some(name) => report.section(name),
        None => report
            .sections
            .iter()
            .find(|s| matches!(s.body, SectionBody::Rows { .. }))
            .or_else(|| report.sections.first()),
    };
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let Some(section) = section else {
        // A message-only report has no table to write: an empty file, not a fake one.
        return Ok(String::new());
    };
    let csv_err = |e: ::csv::Error| crate::Error::unexpected(format!("writing CSV: {e}"));
    match &section.body {
        SectionBody::Rows { columns, rows } => {
            w.write_record(columns.iter().map(|c| c.key.as_str()))
                .map_err(csv_err)?;
            for row in rows {
                let cells: Vec<String> = columns
                    .iter()
                    .zip(row)
                    .map(|(c, v)| cell(c.kind, v))
                    .collect();
                w.write_record(&cells).map_err(csv_err)?;
            }
        }
        SectionBody::Record { fields } => {
            w.write_record(["field", "value"]).map_err(csv_err)?;
            for (c, v) in fields {
                w.write_record([c.key.as_str(), &cell(c.kind, v)])
                    .map_err(csv_err)?;
            }
        }
    }
    let bytes = w
        .into_inner()
        .map_err(|e| crate::Error::unexpected(format!("writing CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| crate::Error::unexpected(format!("writing CSV: {e}")))
}

/// One cell: empty for null; lists `;`-joined; text neutralised against formula injection.
fn cell(kind: ColumnKind, value: &Value) -> String {
    let text = match value {
        Value::Null => return String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => return n.to_string(),
        Value::Array(items) => items
            .iter()
            .map(|i| match i {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join(";"),
        Value::Object(_) => value.to_string(),
    };
    if kind.is_numeric() {
        text
    } else {
        sanitize::csv_text(&text).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::report::{Column, Section};
    use serde_json::json;

    fn tickets(rows: Vec<Vec<Value>>) -> Report {
        Report::new("t").with_section(Section::rows(
            "tickets",
            "Tickets",
            vec![
                Column::text("summary", "Summary"),
                Column::new("delta", "Delta", ColumnKind::Int),
                Column::new("labels", "Labels", ColumnKind::List),
            ],
            rows,
        ))
    }

    #[test]
    fn header_row_uses_json_keys_and_lines_end_with_crlf() {
        let out = render(&tickets(vec![vec![json!("a, \"b\""), json!(3), json!([])]])).unwrap();
        assert_eq!(out, "summary,delta,labels\r\n\"a, \"\"b\"\"\",3,\r\n");
    }

    #[test]
    fn formula_cells_are_neutralised_but_negative_numbers_are_not() {
        let out = render(&tickets(vec![vec![
            json!("=cmd|' /C calc'!A0"),
            json!(-4),
            json!(["@evil", "ok"]),
        ]]))
        .unwrap();
        let line = out.lines().nth(1).unwrap();
        assert!(line.starts_with("'=cmd|"), "{line}");
        assert!(line.contains(",-4,"), "{line}");
        assert!(line.ends_with("'@evil;ok"), "{line}");
    }

    #[test]
    fn null_is_an_empty_cell() {
        let out = render(&tickets(vec![vec![Value::Null, Value::Null, Value::Null]])).unwrap();
        assert_eq!(out.lines().nth(1).unwrap(), ",,");
    }
}
