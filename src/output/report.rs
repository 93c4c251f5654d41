//! The data a command produces. Cells are JSON values so that the JSON rendering is exact and the
//! table/CSV renderings format them by the column's kind.

use serde_json::{Map, Value};

/// Bumped when a field is renamed or removed (additions do not bump it). Documented in the README.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    Text,
    Int,
    Float,
    /// `YYYY-MM-DD` string.
    Date,
    /// RFC 3339 string (UTC).
    DateTime,
    Bool,
    /// JSON array of strings; `;`-joined in CSV, `, `-joined in tables.
    List,
    /// A number that tables also draw as a bar, scaled to the column's largest value.
    Bar,
}

impl ColumnKind {
    pub fn is_numeric(self) -> bool {
        matches!(self, ColumnKind::Int | ColumnKind::Float | ColumnKind::Bar)
    }
}

#[derive(Debug, Clone)]
pub struct Column {
    /// snake_case key used in JSON and as the CSV header.
    pub key: String,
    /// Header shown in tables.
    pub header: String,
    pub kind: ColumnKind,
    /// Only in JSON and CSV (stable ids scripts join on), not in tables for people.
    pub machine_only: bool,
}

impl Column {
    pub fn new(key: &str, header: &str, kind: ColumnKind) -> Self {
        Column {
            key: key.to_string(),
            header: header.to_string(),
            kind,
            machine_only: false,
        }
    }
    /// Keep this column out of tables (JSON and CSV still have it).
    pub fn machine_only(mut self) -> Self {
        self.machine_only = true;
        self
    }
    pub fn text(key: &str, header: &str) -> Self {
        Self::new(key, header, ColumnKind::Text)
    }
}

#[derive(Debug, Clone)]
pub enum SectionBody {
    /// A list of rows: a JSON array of objects, a table with a header, a CSV file.
    Rows {
        columns: Vec<Column>,
        rows: Vec<Vec<Value>>,
    },
    /// One object: a JSON object, a two-column table, a `field,value` CSV.
    Record { fields: Vec<(Column, Value)> },
}

#[derive(Debug, Clone)]
pub struct Section {
    /// snake_case name: the JSON key and the `--section` name.
    pub name: String,
    pub title: String,
    pub body: SectionBody,
}

impl Section {
    pub fn rows(name: &str, title: &str, columns: Vec<Column>, rows: Vec<Vec<Value>>) -> Self {
        debug_assert!(rows.iter().all(|r| r.len() == columns.len()));
        Section {
            name: name.to_string(),
            title: title.to_string(),
            body: SectionBody::Rows { columns, rows },
        }
    }
    pub fn record(name: &str, title: &str, fields: Vec<(Column, Value)>) -> Self {
        Section {
            name: name.to_string(),
            title: title.to_string(),
            body: SectionBody::Record { fields },
        }
    }

    /// The section as JSON: an array of objects or one object, keys in column order.
    pub fn to_json(&self) -> Value {
        match &self.body {
            SectionBody::Rows { columns, rows } => Value::Array(
                rows.iter()
                    .map(|row| {
                        let mut obj = Map::with_capacity(columns.len());
                        for (col, cell) in columns.iter().zip(row) {
                            obj.insert(col.key.clone(), cell.clone());
                        }
                        Value::Object(obj)
                    })
                    .collect(),
            ),
            SectionBody::Record { fields } => Value::Object(
                fields
                    .iter()
                    .map(|(c, v)| (c.key.clone(), v.clone()))
                    .collect(),
            ),
        }
    }
}

/// What a command returns. `kind` names the document (e.g. `whoami`, `dashboard`).
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub kind: String,
    /// Extra top-level JSON fields (filters applied, generated_at, …), in insertion order.
    pub meta: Map<String, Value>,
    pub sections: Vec<Section>,
    /// Human sentences ("Logged in as …"): shown in tables, `message` in JSON, not in CSV.
    pub messages: Vec<String>,
    /// Which section a CSV file holds (CSV is one clean table); default: the first list section.
    pub csv_section: Option<String>,
    /// Text written verbatim whatever the format (shell completion scripts).
    pub raw: Option<String>,
}

impl Report {
    pub fn new(kind: &str) -> Self {
        Report {
            kind: kind.to_string(),
            ..Default::default()
        }
    }
    /// A report that is just a sentence (e.g. "Logged out.").
    pub fn message(kind: &str, text: impl Into<String>) -> Self {
        let mut r = Report::new(kind);
        r.messages.push(text.into());
        r
    }
    /// A report that is a finished text in its own format (e.g. a completion script).
    pub fn raw(kind: &str, text: String) -> Self {
        Report {
            kind: kind.to_string(),
            raw: Some(text),
            ..Default::default()
        }
    }
    pub fn with_section(mut self, section: Section) -> Self {
        self.sections.push(section);
        self
    }
    pub fn with_message(mut self, text: impl Into<String>) -> Self {
        self.messages.push(text.into());
        self
    }
    pub fn with_meta(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.meta.insert(key.to_string(), value.into());
        self
    }
    pub fn section(&self, name: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.name == name)
    }
    pub fn is_message_only(&self) -> bool {
        self.sections.is_empty()
    }
}
