//! CSV: RFC 4180 via the `csv` crate, a header row of JSON keys, exactly one section per file.

use super::report::{ColumnKind, Report, SectionBody};
use super::sanitize;
use serde_json::Value;
use std::borrow::Cow;

pub fn render(report: &Report) -> crate::Result<String> {
    let mut out = Vec::new();
    write(report, &mut out).map_err(|e| crate::Error::unexpected(format!("writing CSV: {e}")))?;
    String::from_utf8(out).map_err(|e| crate::Error::unexpected(format!("writing CSV: {e}")))
}

/// [`render`] straight into `out` (stdout), one row at a time.
pub fn write<W: std::io::Write>(report: &Report, out: W) -> std::io::Result<()> {
    let section = match &report.csv_section {
        Some(name) => report.section(name),
        None => report
            .sections
            .iter()
            .find(|s| {
                matches!(
                    s.body,
                    SectionBody::Rows { .. } | SectionBody::LazyRows { .. }
                )
            })
            .or_else(|| report.sections.first()),
    };
    // A message-only report has no table to write: an empty file, not a fake one.
    let Some(section) = section else {
        return Ok(());
    };
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out);
    match &section.body {
        SectionBody::Rows { columns, rows } => {
            w.write_record(columns.iter().map(|c| c.key.as_str()))
                .map_err(io_error)?;
            let mut cells: Vec<Cow<'_, str>> = Vec::with_capacity(columns.len());
            for row in rows {
                cells.clear();
                cells.extend(columns.iter().zip(row).map(|(c, v)| cell(c.kind, v)));
                w.write_record(cells.iter().map(|c| c.as_bytes()))
                    .map_err(io_error)?;
            }
        }
        SectionBody::LazyRows { columns, rows } => {
            w.write_record(columns.iter().map(|c| c.key.as_str()))
                .map_err(io_error)?;
            rows.try_for_each(|row| {
                let cells: Vec<Cow<'_, str>> = columns
                    .iter()
                    .zip(row)
                    .map(|(c, v)| cell(c.kind, v))
                    .collect();
                w.write_record(cells.iter().map(|c| c.as_bytes()))
                    .map_err(io_error)
            })?;
        }
        SectionBody::Record { fields } => {
            w.write_record(["field", "value"]).map_err(io_error)?;
            for (c, v) in fields {
                let value = cell(c.kind, v);
                w.write_record([c.key.as_str(), value.as_ref()])
                    .map_err(io_error)?;
            }
        }
    }
    w.flush()
}

/// The I/O error inside a CSV error, kind intact (a closed pipe is not a failure).
fn io_error(e: ::csv::Error) -> std::io::Error {
    if !e.is_io_error() {
        return std::io::Error::other(e);
    }
    match e.into_kind() {
        ::csv::ErrorKind::Io(io) => io,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

/// One cell: empty for null; lists `;`-joined; text neutralised against formula injection.
/// Borrowed when nothing needs changing (most cells of a 100k-row file).
fn cell(kind: ColumnKind, value: &Value) -> Cow<'_, str> {
    let text: Cow<'_, str> = match value {
        Value::Null => return Cow::Borrowed(""),
        Value::String(s) => Cow::Borrowed(s),
        Value::Bool(b) => Cow::Borrowed(if *b { "true" } else { "false" }),
        Value::Number(n) => return Cow::Owned(n.to_string()),
        Value::Array(items) => Cow::Owned(
            items
                .iter()
                .map(|i| match i {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect::<Vec<_>>()
                .join(";"),
        ),
        Value::Object(_) => Cow::Owned(value.to_string()),
    };
    if kind.is_numeric() {
        return text;
    }
    match text {
        Cow::Borrowed(t) => sanitize::csv_text(t),
        Cow::Owned(t) => Cow::Owned(sanitize::csv_text(&t).into_owned()),
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

    /// A reader that went away (`jirahub … | head`).
    struct ClosedPipe;

    impl std::io::Write for ClosedPipe {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_is_reported_as_such_mid_file() {
        let rows = (0..2000)
            .map(|i| vec![json!(format!("row {i}")), json!(i), json!(["a", "b"])])
            .collect();
        let err = write(&tickets(rows), ClosedPipe).expect_err("the pipe is closed");
        assert_eq!(err.kind(), std::io::ErrorKind::BrokenPipe);
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
