//! JSON: one document per run, `schema_version` first, snake_case keys, `null` for missing values.

use super::report::{Report, SCHEMA_VERSION};
use serde_json::{Map, Value};

pub fn to_value(report: &Report) -> Value {
    let mut doc = Map::new();
    doc.insert("schema_version".into(), Value::from(SCHEMA_VERSION));
    doc.insert("kind".into(), Value::from(report.kind.clone()));
    for (k, v) in &report.meta {
        doc.insert(k.clone(), v.clone());
    }
    if !report.messages.is_empty() {
        doc.insert("message".into(), Value::from(report.messages.join(" ")));
    }
    for section in &report.sections {
        doc.insert(section.name.clone(), section.to_json());
    }
    Value::Object(doc)
}

/// Pretty on a terminal (people read it), compact in a pipe (faster, same data).
pub fn render(report: &Report, pretty: bool) -> crate::Result<String> {
    let value = to_value(report);
    let mut text = if pretty {
        serde_json::to_string_pretty(&value)?
    } else {
        serde_json::to_string(&value)?
    };
    text.push('\n');
    Ok(text)
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
