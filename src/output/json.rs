//! JSON: one document per run, `schema_version` first, snake_case keys, `null` for missing values.

use super::report::{Column, Report, SCHEMA_VERSION, SectionBody};
use super::sanitize;
use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, Serializer as Serializer_};
use serde_json::Value;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter, Serializer};
use std::io;

/// The whole document as a value (tests and callers that post-process it). Rendering does not
/// go through this: it streams, so 100k rows are never copied into a second tree.
pub fn to_value(report: &Report) -> Value {
    serde_json::to_value(Document(report)).expect("a report always serialises")
}

/// Pretty on a terminal (people read it), compact in a pipe (faster, same data).
pub fn render(report: &Report, pretty: bool) -> crate::Result<String> {
    let mut out = Vec::with_capacity(4096);
    write(report, pretty, &mut out)?;
    String::from_utf8(out).map_err(|e| crate::Error::unexpected(format!("JSON output: {e}")))
}

/// [`render`] straight into `out` (stdout): a 100k-ticket document is never held in memory.
pub fn write<W: io::Write>(report: &Report, pretty: bool, mut out: W) -> io::Result<()> {
    if pretty {
        let mut ser = Serializer::with_formatter(&mut out, SafeFormatter(PrettyFormatter::new()));
        Document(report).serialize(&mut ser)?;
    } else {
        let mut ser = Serializer::with_formatter(&mut out, SafeFormatter(CompactFormatter));
        Document(report).serialize(&mut ser)?;
    }
    out.write_all(b"\n")
}

/// The report seen as one JSON object: `schema_version`, `kind`, meta, message, sections.
struct Document<'a>(&'a Report);

impl Serialize for Document<'_> {
    fn serialize<S: Serializer_>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = self.0;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("schema_version", &SCHEMA_VERSION)?;
        map.serialize_entry("kind", &r.kind)?;
        for (k, v) in &r.meta {
            map.serialize_entry(k, v)?;
        }
        if !r.messages.is_empty() {
            map.serialize_entry("message", &r.messages.join(" "))?;
        }
        for section in &r.sections {
            map.serialize_entry(&section.name, &SectionBodyJson(&section.body))?;
        }
        map.end()
    }
}

struct SectionBodyJson<'a>(&'a SectionBody);

impl Serialize for SectionBodyJson<'_> {
    fn serialize<S: Serializer_>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            SectionBody::Rows { columns, rows } => {
                let mut seq = s.serialize_seq(Some(rows.len()))?;
                for row in rows {
                    seq.serialize_element(&RowJson { columns, row })?;
                }
                seq.end()
            }
            SectionBody::LazyRows { columns, rows } => {
                let mut seq = s.serialize_seq(Some(rows.0.len()))?;
                rows.try_for_each(|row| seq.serialize_element(&RowJson { columns, row }))?;
                seq.end()
            }
            SectionBody::Record { fields } => {
                let mut map = s.serialize_map(Some(fields.len()))?;
                for (c, v) in fields {
                    map.serialize_entry(&c.key, v)?;
                }
                map.end()
            }
        }
    }
}

struct RowJson<'a> {
    columns: &'a [Column],
    row: &'a [Value],
}

impl Serialize for RowJson<'_> {
    fn serialize<S: Serializer_>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.columns.len()))?;
        for (c, v) in self.columns.iter().zip(self.row) {
            map.serialize_entry(&c.key, v)?;
        }
        map.end()
    }
}

/// serde_json already escapes C0 control characters; this also escapes DEL, the C1 controls
/// (U+0080–U+009F, which some terminals read as CSI) and the bidi overrides, so raw JSON on a
/// terminal is safe. The parsed strings are unchanged.
struct SafeFormatter<F>(F);

impl<F: Formatter> Formatter for SafeFormatter<F> {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // Printable ASCII is nearly every fragment of a large report: one fast scan, no decoding.
        if fragment.is_ascii() && !fragment.as_bytes().contains(&0x7f) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if sanitize::is_unsafe_for_terminal(c) {
                writer.write_all(&fragment.as_bytes()[start..i])?;
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    write!(writer, "\\u{:04x}", unit)?;
                }
                start = i + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    // Everything else is the wrapped formatter's (compact or pretty).
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::report::{Column, ColumnKind, Section};
    use serde_json::json;

    #[test]
    fn document_starts_with_schema_version_and_kind() {
        let r = Report::new("whoami").with_section(Section::record(
            "user",
            "User",
            vec![(Column::text("email", "Email"), json!("a@b.c"))],
        ));
        let text = render(&r, false).expect("renders");
        assert!(
            text.starts_with(r#"{"schema_version":1,"kind":"whoami""#),
            "{text}"
        );
        let v: Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(v["user"]["email"], "a@b.c");
    }

    #[test]
    fn terminal_controls_beyond_c0_are_escaped_but_strings_round_trip() {
        let hostile = "a\u{1b}[31m b\u{9b}c \u{202e}d \u{7f} 🚀 שלום";
        let r = Report::new("t").with_meta("s", hostile);
        for pretty in [false, true] {
            let text = render(&r, pretty).expect("renders");
            assert!(
                !text.contains(['\u{1b}', '\u{9b}', '\u{202e}', '\u{7f}']),
                "raw control in {text:?}"
            );
            assert!(text.contains("🚀 שלום"), "{text}");
            let v: Value = serde_json::from_str(&text).expect("valid JSON");
            assert_eq!(v["s"], hostile);
        }
    }

    #[test]
    fn ascii_text_passes_through_but_del_is_still_escaped() {
        let r = Report::new("t")
            .with_meta("plain", "PROJ-1 \"quoted\" \\ ok")
            .with_meta("del", "a\u{7f}b");
        let text = render(&r, false).expect("renders");
        assert!(
            text.contains(r#""plain":"PROJ-1 \"quoted\" \\ ok""#),
            "{text}"
        );
        assert!(text.contains(r#""del":"a\u007fb""#), "{text}");
    }

    #[test]
    fn a_closed_pipe_is_reported_as_such() {
        struct ClosedPipe;
        impl io::Write for ClosedPipe {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let r = Report::new("t").with_meta("s", "x");
        let err = write(&r, false, ClosedPipe).expect_err("the pipe is closed");
        assert_eq!(err.kind(), io::ErrorKind::BrokenPipe);
    }

    #[test]
    fn streaming_and_value_forms_agree() {
        let cols = vec![
            Column::text("key", "Key"),
            Column::new("n", "N", ColumnKind::Int),
        ];
        let r = Report::new("t")
            .with_meta("m", 1)
            .with_message("hi")
            .with_section(Section::rows(
                "rows",
                "Rows",
                cols,
                vec![vec![json!("A-1"), json!(2)]],
            ));
        let streamed: Value = serde_json::from_str(&render(&r, false).unwrap()).unwrap();
        assert_eq!(streamed, to_value(&r));
        assert_eq!(
            streamed,
            json!({"schema_version": 1, "kind": "t", "m": 1, "message": "hi", "rows": [{"key": "A-1", "n": 2}]})
        );
    }

    #[test]
    fn rows_become_an_array_of_objects_with_nulls_kept() {
        let cols = vec![
            Column::text("key", "Key"),
            Column::new("points", "Points", ColumnKind::Float),
        ];
        let r = Report::new("t").with_section(Section::rows(
            "tickets",
            "Tickets",
            cols,
            vec![vec![json!("A-1"), Value::Null]],
        ));
        let v = to_value(&r);
        assert_eq!(v["tickets"], json!([{"key": "A-1", "points": null}]));
    }
}
