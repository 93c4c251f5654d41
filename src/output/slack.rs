//! A dashboard report as a Slack message (Block Kit): a header, the headline, the summary as
//! fields, the gates that failed, the overdue list with links to the tickets, and when the data
//! is from. Within Slack's limits — at most 50 blocks, 150 characters of header, 3000 of a
//! section's text, 10 fields of 2000 — and with Jira's text escaped for mrkdwn (`&`, `<`, `>`),
//! so a summary can neither mention `@channel` nor forge a link.

use serde_json::{Value, json};

use super::report::Report;
use super::sanitize;

pub const MAX_BLOCKS: usize = 50;
pub const MAX_HEADER: usize = 150;
pub const MAX_SECTION_TEXT: usize = 3000;
pub const MAX_FIELDS: usize = 10;

/// Text as mrkdwn shows it: entities for `&`, `<`, `>`, terminal controls made visible, one line.
pub fn escape(text: &str) -> String {
    sanitize::for_terminal(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace(['\n', '\r'], " ")
}

/// Cuts `text` to at most `max` characters, ending in `…` when it was longer.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let kept: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{kept}…")
    }
}

fn section(text: String) -> Value {
    json!({"type": "section", "text": {"type": "mrkdwn", "text": cut(&text, MAX_SECTION_TEXT)}})
}

/// The message for `report` (a dashboard); `failed` names the gates that failed, one each.
pub fn dashboard_message(report: &Report, title: &str, failed: &[String]) -> Value {
    let headline = report.headline.clone().unwrap_or_default();
    let mut blocks = vec![json!({
        "type": "header",
        "text": {"type": "plain_text", "text": cut(&sanitize::for_terminal(title), MAX_HEADER)}
    })];
    if !headline.is_empty() {
        blocks.push(section(escape(&headline)));
    }
    let summary = report
        .section("summary")
        .map(|s| s.to_json())
        .unwrap_or(Value::Null);
    let shown = [
        ("open_tickets", "Open"),
        ("overdue", "Overdue"),
        ("due_this_week", "Due this week"),
        ("unassigned", "Unassigned"),
        ("missing_story_points", "Missing story points"),
        ("in_progress", "In progress"),
        ("story_points_total", "Story points"),
    ];
    let fields: Vec<Value> = shown
        .iter()
        .filter_map(|(key, label)| {
            let v = summary.get(*key)?;
            Some(json!({"type": "mrkdwn", "text": format!("*{label}*\n{v}")}))
        })
        .take(MAX_FIELDS)
        .collect();
    if !fields.is_empty() {
        blocks.push(json!({"type": "section", "fields": fields}));
    }
    if !failed.is_empty() {
        let lines: Vec<String> = failed.iter().map(|f| format!("• {}", escape(f))).collect();
        blocks.push(section(format!(
            ":rotating_light: *Gates failed*\n{}",
            lines.join("\n")
        )));
    }
    if let Some(overdue) = report.section("overdue") {
        blocks.push(json!({"type": "divider"}));
        let rows = overdue.to_json();
        let rows = rows.as_array().cloned().unwrap_or_default();
        let total = rows.len() + overdue.more;
        let mut text = format!("*Overdue* ({total})");
        let mut listed = 0;
        for row in &rows {
            let key = escape(row["key"].as_str().unwrap_or(""));
            let link = match row["url"].as_str() {
                Some(url) if sanitize::is_web_link(url) => {
                    format!("<{}|{key}>", url.replace(['<', '>', '|', ' '], ""))
                }
                _ => key,
            };
            let line = format!(
                "\n• {link} {} — {}, due {} ({} days late)",
                escape(&cut(row["summary"].as_str().unwrap_or(""), 80)),
                escape(row["assignee"].as_str().unwrap_or("unassigned")),
                row["due"].as_str().unwrap_or("-"),
                row["days_late"]
            );
            // Room for the closing "… N more" line.
            if text.len() + line.len() > MAX_SECTION_TEXT - 40 {
                break;
            }
            text.push_str(&line);
            listed += 1;
        }
        if total > listed {
            text.push_str(&format!("\n… {} more", total - listed));
        }
        if total == 0 {
            text.push_str("\nNothing is overdue.");
        }
        blocks.push(section(text));
    }
    let as_of = report
        .meta
        .get("data_as_of")
        .and_then(Value::as_str)
        .unwrap_or("never");
    blocks.push(json!({
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": format!("data as of {as_of} · jirahub")}]
    }));
    blocks.truncate(MAX_BLOCKS);
    // The notification's text (and what clients without blocks show).
    let fallback = if failed.is_empty() {
        format!("{title}: {}", escape(&headline))
    } else {
        format!("{title}: {}", escape(&failed.join("; ")))
    };
    json!({"text": cut(&fallback, MAX_SECTION_TEXT), "blocks": blocks})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mrkdwn_cannot_be_smuggled_in() {
        assert_eq!(
            escape("<!channel> & <https://evil|click>"),
            "&lt;!channel&gt; &amp; &lt;https://evil|click&gt;"
        );
        assert!(!escape("\u{1b}[31mred\u{1b}[0m").contains('\u{1b}'));
        assert_eq!(escape("two\nlines"), "two lines");
    }

    #[test]
    fn long_text_is_cut_within_the_limit() {
        let long = "x".repeat(5000);
        let cut = cut(&long, MAX_SECTION_TEXT);
        assert_eq!(cut.chars().count(), MAX_SECTION_TEXT);
        assert!(cut.ends_with('…'));
    }
}
