//! `jirahub config`: the effective settings and where each came from. Secrets are masked.

use crate::Result;
use crate::config::KEYS;
use crate::context::Context;
use crate::output::{Column, Report, Section};
use serde_json::{Value, json};

pub async fn run(ctx: &Context) -> Result<Report> {
    let c = &ctx.config;
    let mut rows: Vec<Vec<Value>> = KEYS
        .iter()
        .map(|(key, _)| {
            vec![
                json!(key),
                c.display_value(key).map_or(Value::Null, Value::from),
                json!(c.origin(key).as_str()),
            ]
        })
        .collect();
    let paths = [
        ("config_file", c.config_file.display().to_string()),
        ("data_dir", c.dirs.data.display().to_string()),
        ("session_file", c.session_file().display().to_string()),
        ("cache_dir", c.dirs.cache.display().to_string()),
    ];
    rows.extend(
        paths
            .into_iter()
            .map(|(k, v)| vec![json!(k), json!(v), json!("path")]),
    );
    Ok(Report::new("config").with_section(Section::rows(
        "settings",
        "Settings",
        vec![
            Column::text("key", "Key"),
            Column::text("value", "Value"),
            Column::text("source", "Source"),
        ],
        rows,
    )))
}
