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
    /// A share in percent (0–100): a bar scaled to the largest share, then `23%`.
    Percent,
}

impl ColumnKind {
    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            ColumnKind::Int | ColumnKind::Float | ColumnKind::Bar | ColumnKind::Percent
        )
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
    /// How a table fitting a terminal's width may narrow this column.
    pub fit: Fit,
    /// Tables too narrow for every column drop the highest ranks first; 0 is never dropped.
    pub drop_rank: u8,
    /// Values above this line are drawn in red when colour is on (overdue, days late).
    pub alert_above: Option<f64>,
}

/// How a column gives way when a table must fit a width (see `output::table`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Never narrowed: keys, numbers, dates (a cut `PLAT-` helps nobody).
    Keep,
    /// Cut with `…` when nothing else gives enough room (names, statuses).
    Shrink,
    /// Takes the spare width and is cut first (the summary).
    Fill,
}

impl Column {
    pub fn new(key: &str, header: &str, kind: ColumnKind) -> Self {
        let fit = match kind {
            ColumnKind::Text | ColumnKind::List => Fit::Shrink,
            _ => Fit::Keep,
        };
        Column {
            key: key.to_string(),
            header: header.to_string(),
            kind,
            machine_only: false,
            fit,
            drop_rank: 0,
            alert_above: None,
        }
    }
    /// Never cut this column (identifiers such as issue keys and emails).
    pub fn keep(mut self) -> Self {
        self.fit = Fit::Keep;
        self
    }
    /// This column takes the spare width, and is cut first.
    pub fn fill(mut self) -> Self {
        self.fit = Fit::Fill;
        self
    }
    /// Colour values above `line` red (when colour is on): they need attention.
    pub fn alert_above(mut self, line: f64) -> Self {
        self.alert_above = Some(line);
        self
    }
    /// Narrow tables leave this column out, higher ranks first (`--wide` keeps it).
    pub fn droppable(mut self, rank: u8) -> Self {
        self.drop_rank = rank;
        self
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

/// Rows made one at a time, when they are written. JSON and CSV stream them, so the cells of a
/// long list (100k tickets) never all exist at once; tables, which measure every cell first,
/// collect them. Implementors decide where the rows come from; output only asks for cells.
pub trait RowSource: Send + Sync {
    /// How many rows there are.
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The cells of row `index` (`< len()`), in column order, pushed onto `cells` (empty).
    fn row(&self, index: usize, cells: &mut Vec<Value>);
}

/// Where a list's columns go when a person reads it (Markdown, HTML): the columns shown (not
/// `machine_only`), and the `key` and `url` columns, so that a ticket's key links to it.
pub(crate) struct ListLayout {
    pub shown: Vec<usize>,
    pub key: Option<usize>,
    pub url: Option<usize>,
}

impl ListLayout {
    pub(crate) fn of(columns: &[Column]) -> ListLayout {
        ListLayout {
            shown: (0..columns.len())
                .filter(|&i| !columns[i].machine_only)
                .collect(),
            key: columns.iter().position(|c| c.key == "key"),
            url: columns.iter().position(|c| c.key == "url"),
        }
    }
}

/// A shared [`RowSource`] (cheap to clone, as reports are).
#[derive(Clone)]
pub struct LazyRows(pub std::sync::Arc<dyn RowSource>);

impl std::fmt::Debug for LazyRows {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "LazyRows({} rows)", self.0.len())
    }
}

impl LazyRows {
    /// Every row, made now (for renderings that need them all at once).
    pub fn collect(&self) -> Vec<Vec<Value>> {
        (0..self.0.len())
            .map(|i| {
                let mut cells = Vec::new();
                self.0.row(i, &mut cells);
                cells
            })
            .collect()
    }

    /// Calls `f` with each row in order, reusing one buffer of cells.
    pub fn try_for_each<E>(&self, mut f: impl FnMut(&[Value]) -> Result<(), E>) -> Result<(), E> {
        let mut cells = Vec::new();
        for i in 0..self.0.len() {
            cells.clear();
            self.0.row(i, &mut cells);
            f(&cells)?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone)]
pub enum SectionBody {
    /// A list of rows: a JSON array of objects, a table with a header, a CSV file.
    Rows {
        columns: Vec<Column>,
        rows: Vec<Vec<Value>>,
    },
    /// Like [`SectionBody::Rows`], the rows made while they are written.
    LazyRows {
        columns: Vec<Column>,
        rows: LazyRows,
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
    /// Rows a limit left out of this list: tables say "… N more (--limit 0 for all)".
    pub more: usize,
    /// The last `apart` rows are set apart in tables (under a rule, out of bar scaling): the
    /// Unassigned row of the workload, which would otherwise dwarf every person's bar.
    pub apart: usize,
}

impl Section {
    pub fn rows(name: &str, title: &str, columns: Vec<Column>, rows: Vec<Vec<Value>>) -> Self {
        debug_assert!(rows.iter().all(|r| r.len() == columns.len()));
        Section {
            name: name.to_string(),
            title: title.to_string(),
            body: SectionBody::Rows { columns, rows },
            more: 0,
            apart: 0,
        }
    }
    /// A list section whose rows come from `source` when written (see [`RowSource`]).
    pub fn lazy_rows(
        name: &str,
        title: &str,
        columns: Vec<Column>,
        source: std::sync::Arc<dyn RowSource>,
    ) -> Self {
        Section {
            name: name.to_string(),
            title: title.to_string(),
            body: SectionBody::LazyRows {
                columns,
                rows: LazyRows(source),
            },
            more: 0,
            apart: 0,
        }
    }
    pub fn record(name: &str, title: &str, fields: Vec<(Column, Value)>) -> Self {
        Section {
            name: name.to_string(),
            title: title.to_string(),
            body: SectionBody::Record { fields },
            more: 0,
            apart: 0,
        }
    }

    /// Say in tables that `more` rows were left out by a limit.
    pub fn with_more(mut self, more: usize) -> Self {
        self.more = more;
        self
    }
    /// Set the last `apart` rows apart in tables.
    pub fn with_apart(mut self, apart: usize) -> Self {
        self.apart = apart;
        self
    }

    /// The section as JSON: an array of objects or one object, keys in column order.
    pub fn to_json(&self) -> Value {
        let object = |columns: &[Column], row: &[Value]| {
            let mut obj = Map::with_capacity(columns.len());
            for (col, cell) in columns.iter().zip(row) {
                obj.insert(col.key.clone(), cell.clone());
            }
            Value::Object(obj)
        };
        match &self.body {
            SectionBody::Rows { columns, rows } => {
                Value::Array(rows.iter().map(|row| object(columns, row)).collect())
            }
            SectionBody::LazyRows { columns, rows } => {
                let mut out = Vec::with_capacity(rows.0.len());
                rows.try_for_each(|row| {
                    out.push(object(columns, row));
                    Ok::<(), std::convert::Infallible>(())
                })
                .unwrap_or_else(|never| match never {});
                Value::Array(out)
            }
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
    /// One line above a table saying what the report covers (projects, tickets, data age).
    pub headline: Option<String>,
    /// Human sentences ("Logged in as …"): on stderr in table and CSV output, `message` in JSON.
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

    /// Keeps the first `n` rows of the list section `name` and says how many more there were
    /// (tables and Markdown: `… N more`); for reports read by people.
    pub fn cut_rows(&mut self, name: &str, n: usize) {
        for section in self.sections.iter_mut().filter(|s| s.name == name) {
            match &mut section.body {
                SectionBody::Rows { rows, .. } if rows.len() > n => {
                    section.more += rows.len() - n;
                    rows.truncate(n);
                }
                SectionBody::LazyRows { rows, .. } if rows.0.len() > n => {
                    section.more += rows.0.len() - n;
                    *rows = LazyRows(std::sync::Arc::new(First {
                        inner: rows.clone(),
                        n,
                    }));
                }
                _ => {}
            }
        }
    }

    /// `--columns`: the list sections named in `sections` keep only the columns in `keys`, in
    /// that order (a column a section lacks is skipped there), in every format; a chosen
    /// machine-only column (an id, a URL) shows in tables too. Returns the keys no such section
    /// has, for the caller to report.
    pub fn select_columns(&mut self, sections: &[&str], keys: &[String]) -> Vec<String> {
        let mut known: Vec<&str> = Vec::new();
        for section in self
            .sections
            .iter()
            .filter(|s| sections.contains(&s.name.as_str()))
        {
            if let SectionBody::Rows { columns, .. } | SectionBody::LazyRows { columns, .. } =
                &section.body
            {
                known.extend(columns.iter().map(|c| c.key.as_str()));
            }
        }
        let unknown: Vec<String> = keys
            .iter()
            .filter(|k| !known.contains(&k.as_str()))
            .cloned()
            .collect();
        if !unknown.is_empty() {
            return unknown;
        }
        for section in self
            .sections
            .iter_mut()
            .filter(|s| sections.contains(&s.name.as_str()))
        {
            section.body = match std::mem::replace(
                &mut section.body,
                SectionBody::Rows {
                    columns: Vec::new(),
                    rows: Vec::new(),
                },
            ) {
                SectionBody::Rows { columns, rows } => {
                    let picks = picks(&columns, keys);
                    SectionBody::Rows {
                        columns: chosen(&columns, &picks),
                        rows: rows
                            .into_iter()
                            .map(|row| picks.iter().map(|&i| row[i].clone()).collect())
                            .collect(),
                    }
                }
                SectionBody::LazyRows { columns, rows } => {
                    let picks = picks(&columns, keys);
                    SectionBody::LazyRows {
                        columns: chosen(&columns, &picks),
                        rows: LazyRows(std::sync::Arc::new(Projected { inner: rows, picks })),
                    }
                }
                record => record,
            };
        }
        Vec::new()
    }
}

/// Indexes of `keys` among `columns`, in the order of `keys`.
fn picks(columns: &[Column], keys: &[String]) -> Vec<usize> {
    keys.iter()
        .filter_map(|k| columns.iter().position(|c| &c.key == k))
        .collect()
}

fn chosen(columns: &[Column], picks: &[usize]) -> Vec<Column> {
    picks
        .iter()
        .map(|&i| {
            let mut c = columns[i].clone();
            c.machine_only = false;
            c
        })
        .collect()
}

/// The first `n` of some lazy rows.
struct First {
    inner: LazyRows,
    n: usize,
}

impl RowSource for First {
    fn len(&self) -> usize {
        self.n.min(self.inner.0.len())
    }
    fn row(&self, index: usize, cells: &mut Vec<Value>) {
        self.inner.0.row(index, cells);
    }
}

/// Lazy rows narrowed to some columns, made as they are written.
struct Projected {
    inner: LazyRows,
    picks: Vec<usize>,
}

impl RowSource for Projected {
    fn len(&self) -> usize {
        self.inner.0.len()
    }
    fn row(&self, index: usize, cells: &mut Vec<Value>) {
        let mut all = Vec::new();
        self.inner.0.row(index, &mut all);
        cells.extend(self.picks.iter().map(|&i| std::mem::take(&mut all[i])));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{Format, OutputSettings, render};
    use serde_json::json;
    use std::sync::Arc;

    /// Row `i` is `[i, "row i"]`.
    struct Numbered(usize);

    impl RowSource for Numbered {
        fn len(&self) -> usize {
            self.0
        }
        fn row(&self, index: usize, cells: &mut Vec<Value>) {
            cells.extend([json!(index), json!(format!("row {index}"))]);
        }
    }

    fn columns() -> Vec<Column> {
        vec![
            Column::new("n", "N", ColumnKind::Int),
            Column::text("text", "Text"),
        ]
    }

    fn both(n: usize) -> (Report, Report) {
        let rows = (0..n)
            .map(|i| vec![json!(i), json!(format!("row {i}"))])
            .collect();
        let eager = Report::new("t").with_section(Section::rows("list", "List", columns(), rows));
        let lazy = Report::new("t").with_section(Section::lazy_rows(
            "list",
            "List",
            columns(),
            Arc::new(Numbered(n)),
        ));
        (eager, lazy)
    }

    #[test]
    fn lazy_rows_render_exactly_like_rows_in_every_format() {
        for n in [0, 1, 3] {
            let (eager, lazy) = both(n);
            for format in [Format::Json, Format::Csv, Format::Table] {
                let settings = OutputSettings::plain(format);
                assert_eq!(
                    render(&lazy, &settings).expect("renders"),
                    render(&eager, &settings).expect("renders"),
                    "{format:?} with {n} rows"
                );
            }
            assert_eq!(lazy.sections[0].to_json(), eager.sections[0].to_json());
        }
    }

    #[test]
    fn lazy_rows_are_cut_like_rows() {
        for (n, keep) in [(5, 2), (2, 5), (3, 0)] {
            let (mut eager, mut lazy) = both(n);
            eager.cut_rows("list", keep);
            lazy.cut_rows("list", keep);
            assert_eq!(
                lazy.sections[0].more, eager.sections[0].more,
                "{n} cut to {keep}"
            );
            let settings = OutputSettings::plain(Format::Table);
            assert_eq!(
                render(&lazy, &settings).expect("renders"),
                render(&eager, &settings).expect("renders"),
                "{n} cut to {keep}"
            );
        }
    }

    #[test]
    fn selected_columns_are_the_same_in_eager_and_lazy_rows_and_unknown_ones_are_named() {
        for n in [0, 3] {
            let (mut eager, mut lazy) = both(n);
            let keys = vec!["text".to_string(), "n".to_string()];
            assert!(eager.select_columns(&["list"], &keys).is_empty());
            assert!(lazy.select_columns(&["list"], &keys).is_empty());
            for format in [Format::Json, Format::Csv, Format::Table] {
                let settings = OutputSettings::plain(format);
                assert_eq!(
                    render(&lazy, &settings).expect("renders"),
                    render(&eager, &settings).expect("renders")
                );
            }
            if n > 0 {
                assert_eq!(
                    eager.sections[0].to_json()[1],
                    json!({"text": "row 1", "n": 1})
                );
            }
        }
        let (mut eager, _) = both(1);
        assert_eq!(
            eager.select_columns(&["list"], &["nope".to_string()]),
            ["nope"]
        );
    }

    #[test]
    fn lazy_rows_debug_shows_the_row_count_not_the_rows() {
        let (_, lazy) = both(3);
        assert!(format!("{:?}", lazy.sections[0].body).contains("LazyRows(3 rows)"));
    }
}
