//! Atlassian Document Format (the JSON tree API v3 returns for descriptions and comments) to
//! readable plain text. Blocks are separated by a blank line, list items get bullets or numbers,
//! code is indented, tables become `a | b` rows; an unknown node contributes its text, so new
//! node types degrade gracefully instead of disappearing.

use serde_json::Value;

/// Rich text as any API version returns it: ADF (v3), a wiki-markup string (v2) or null.
pub fn rich_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Object(_) => to_text(value),
        _ => String::new(),
    }
}

/// Renders an ADF document (or any ADF node) as plain text.
pub fn to_text(doc: &Value) -> String {
    let blocks = match node_type(doc) {
        "doc" => render_blocks(children(doc)),
        _ => render_block(doc).into_iter().collect(),
    };
    blocks.join("\n\n")
}

fn node_type(node: &Value) -> &str {
    node.get("type").and_then(Value::as_str).unwrap_or("")
}

fn children(node: &Value) -> &[Value] {
    node.get("content")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

fn attr<'a>(node: &'a Value, name: &str) -> Option<&'a str> {
    node.get("attrs")?
        .get(name)?
        .as_str()
        .filter(|s| !s.is_empty())
}

fn render_blocks(nodes: &[Value]) -> Vec<String> {
    nodes.iter().filter_map(render_block).collect()
}

fn is_inline(kind: &str) -> bool {
    matches!(
        kind,
        "text"
            | "hardBreak"
            | "mention"
            | "emoji"
            | "inlineCard"
            | "date"
            | "status"
            | "placeholder"
    )
}

/// One block as text, or `None` when it has nothing to show.
fn render_block(node: &Value) -> Option<String> {
    let kind = node_type(node);
    let text = match kind {
        "paragraph" | "heading" => inline_text(children(node)),
        "bulletList" => render_list(node, |_| "- ".to_string()),
        "orderedList" => {
            let start = node
                .get("attrs")
                .and_then(|a| a.get("order"))
                .and_then(Value::as_u64);
            let start = start.unwrap_or(1);
            render_list(node, |i| format!("{}. ", start + i as u64))
        }
        "taskList" => render_list(node, |_| String::new()),
        "taskItem" => {
            let done = attr(node, "state") == Some("DONE");
            format!("[{}] {}", if done { "x" } else { " " }, item_text(node))
        }
        "decisionList" => render_list(node, |_| "> ".to_string()),
        "listItem" | "decisionItem" => item_text(node),
        "codeBlock" => {
            let code = children(node)
                .iter()
                .filter_map(|n| n.get("text").and_then(Value::as_str))
                .collect::<String>();
            prefix_lines(&code, "    ")
        }
        "blockquote" => prefix_lines(&render_blocks(children(node)).join("\n\n"), "> "),
        "rule" => "---".to_string(),
        "table" => render_table(node),
        "expand" | "nestedExpand" => {
            let mut blocks: Vec<String> = attr(node, "title")
                .map(str::to_string)
                .into_iter()
                .collect();
            blocks.extend(render_blocks(children(node)));
            blocks.join("\n\n")
        }
        "mediaSingle" | "mediaGroup" | "mediaInline" | "media" => {
            let alt = find_attr(node, "alt");
            match alt {
                Some(alt) => format!("[attachment: {alt}]"),
                None => "[attachment]".to_string(),
            }
        }
        "blockCard" | "embedCard" => attr(node, "url").unwrap_or_default().to_string(),
        k if is_inline(k) => inline_text(std::slice::from_ref(node)),
        // Containers (doc, panel, layouts, extensions) and unknown nodes: their content, else
        // whatever text they carry.
        _ if !children(node).is_empty() => {
            let kids = children(node);
            if kids.iter().all(|k| is_inline(node_type(k))) {
                inline_text(kids)
            } else {
                render_blocks(kids).join("\n\n")
            }
        }
        _ => attr(node, "text").unwrap_or_default().to_string(),
    };
    let text = text.trim_matches('\n').to_string();
    (!text.trim().is_empty()).then_some(text)
}

fn find_attr<'a>(node: &'a Value, name: &str) -> Option<&'a str> {
    attr(node, name).or_else(|| children(node).iter().find_map(|c| find_attr(c, name)))
}

/// A list item's blocks, one per line (no blank lines inside a list).
fn item_text(item: &Value) -> String {
    let kids = children(item);
    if kids.iter().all(|k| is_inline(node_type(k))) {
        return inline_text(kids);
    }
    render_blocks(kids).join("\n")
}

fn render_list(list: &Value, marker: impl Fn(usize) -> String) -> String {
    children(list)
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let body = match node_type(item) {
                "taskItem" => render_block(item).unwrap_or_default(),
                _ => item_text(item),
            };
            hang(&marker(i), &body)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `marker` before the first line; later lines (nested lists, breaks) indented under it.
fn hang(marker: &str, body: &str) -> String {
    let pad = " ".repeat(marker.chars().count().max(2));
    let mut out = String::new();
    for (i, line) in body.split('\n').enumerate() {
        if i == 0 {
            out.push_str(marker);
        } else {
            out.push('\n');
            out.push_str(&pad);
        }
        out.push_str(line);
    }
    out
}

fn prefix_lines(text: &str, prefix: &str) -> String {
    text.split('\n')
        .map(|l| format!("{prefix}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn render_table(table: &Value) -> String {
    children(table)
        .iter()
        .map(|row| {
            children(row)
                .iter()
                .map(|cell| render_blocks(children(cell)).join(" ").replace('\n', " "))
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn inline_text(nodes: &[Value]) -> String {
    let mut out = String::new();
    for node in nodes {
        match node_type(node) {
            "text" => {
                let text = node.get("text").and_then(Value::as_str).unwrap_or_default();
                out.push_str(text);
                if let Some(href) = link_href(node).filter(|h| *h != text) {
                    out.push_str(&format!(" ({href})"));
                }
            }
            "hardBreak" => out.push('\n'),
            "mention" => {
                let name = attr(node, "text").or(attr(node, "id")).unwrap_or("someone");
                if !name.starts_with('@') {
                    out.push('@');
                }
                out.push_str(name);
            }
            "emoji" => out.push_str(
                attr(node, "text")
                    .or(attr(node, "shortName"))
                    .unwrap_or_default(),
            ),
            "inlineCard" => out.push_str(attr(node, "url").unwrap_or_default()),
            "date" => out.push_str(&render_date(node)),
            "status" => {
                if let Some(t) = attr(node, "text") {
                    out.push_str(&format!("[{t}]"));
                }
            }
            "placeholder" => {}
            _ if !children(node).is_empty() => out.push_str(&inline_text(children(node))),
            _ => out.push_str(attr(node, "text").unwrap_or_default()),
        }
    }
    out
}

fn link_href(node: &Value) -> Option<&str> {
    node.get("marks")?
        .as_array()?
        .iter()
        .find(|m| node_type(m) == "link")
        .and_then(|m| attr(m, "href"))
}

/// ADF dates are milliseconds since the epoch, as a string.
fn render_date(node: &Value) -> String {
    let Some(ts) = attr(node, "timestamp") else {
        return String::new();
    };
    ts.parse::<i64>()
        .ok()
        .and_then(chrono::DateTime::from_timestamp_millis)
        .map_or_else(|| ts.to_string(), |d| d.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample(name: &str) -> Value {
        serde_json::from_str(&crate::jira::samples::sample(name)).expect("sample parses")
    }

    fn doc(content: Value) -> Value {
        json!({"type": "doc", "version": 1, "content": content})
    }

    fn para(text: &str) -> Value {
        json!({"type": "paragraph", "content": [{"type": "text", "text": text}]})
    }

    #[test]
    fn sample_description_keeps_paragraphs_and_panel_text() {
        let issue = sample("cloud-v3-issue.json");
        let text = to_text(&issue["fields"]["description"]);
        // The sample really holds a no-break space after the bold words; it is kept.
        assert!(
            text.starts_with("Lorem Ipsum\u{a0}es simplemente el texto de relleno"),
            "{text:?}"
        );
        assert!(
            text.ends_with("versiones de Lorem Ipsum.\n\nsadsadsad"),
            "{text:?}"
        );
    }

    #[test]
    fn sample_comment_body_is_its_text() {
        let issue = sample("cloud-v3-issue.json");
        let body = &issue["fields"]["comment"]["comments"][0]["body"];
        assert_eq!(to_text(body), "asdsadsad");
    }

    #[test]
    fn sample_search_description_renders_bullets() {
        let page = sample("cloud-v3-search-jql.json");
        let text = to_text(&page["issues"][0]["fields"]["description"]);
        assert!(
            text.contains(
                "This task involves:\n\n- Designing the login interface.\n- Implementing secure password storage.\n- Setting up two-factor authentication.\n\nThe goal"
            ),
            "{text}"
        );
    }

    #[test]
    fn headings_and_ordered_lists_with_start_number() {
        let d = doc(json!([
            {"type": "heading", "attrs": {"level": 2}, "content": [{"type": "text", "text": "Plan"}]},
            {"type": "orderedList", "attrs": {"order": 3}, "content": [
                {"type": "listItem", "content": [para("three")]},
                {"type": "listItem", "content": [para("four")]}
            ]}
        ]));
        assert_eq!(to_text(&d), "Plan\n\n3. three\n4. four");
    }

    #[test]
    fn nested_lists_are_indented_under_their_item() {
        let d = doc(json!([{"type": "bulletList", "content": [
            {"type": "listItem", "content": [
                para("outer"),
                {"type": "bulletList", "content": [{"type": "listItem", "content": [para("inner")]}]}
            ]}
        ]}]));
        assert_eq!(to_text(&d), "- outer\n  - inner");
    }

    #[test]
    fn code_blocks_are_indented_verbatim() {
        let d = doc(json!([{"type": "codeBlock", "attrs": {"language": "rust"},
            "content": [{"type": "text", "text": "fn main() {\n}"}]}]));
        assert_eq!(to_text(&d), "    fn main() {\n    }");
    }

    #[test]
    fn mentions_emoji_links_and_hard_breaks_read_naturally() {
        let d = doc(json!([{"type": "paragraph", "content": [
            {"type": "mention", "attrs": {"id": "abc", "text": "@Ana"}},
            {"type": "text", "text": " see "},
            {"type": "text", "text": "docs", "marks": [{"type": "link", "attrs": {"href": "https://x.test/d"}}]},
            {"type": "text", "text": " "},
            {"type": "emoji", "attrs": {"shortName": ":smile:", "text": "😄"}},
            {"type": "hardBreak"},
            {"type": "text", "text": "next line"}
        ]}]));
        assert_eq!(
            to_text(&d),
            "@Ana see docs (https://x.test/d) 😄\nnext line"
        );
    }

    #[test]
    fn tables_become_rows_of_cells() {
        let cell = |t: &str| json!({"type": "tableCell", "content": [para(t)]});
        let d = doc(json!([{"type": "table", "content": [
            {"type": "tableRow", "content": [{"type": "tableHeader", "content": [para("Name")]}, {"type": "tableHeader", "content": [para("Points")]}]},
            {"type": "tableRow", "content": [cell("Login"), cell("3")]}
        ]}]));
        assert_eq!(to_text(&d), "Name | Points\nLogin | 3");
    }

    #[test]
    fn unknown_nodes_contribute_their_text() {
        let d = doc(json!([
            {"type": "futureBlock", "content": [para("inside")]},
            {"type": "paragraph", "content": [{"type": "sparkle", "attrs": {"text": "glow"}}]}
        ]));
        assert_eq!(to_text(&d), "inside\n\nglow");
    }

    #[test]
    fn task_lists_quotes_rules_and_dates() {
        let d = doc(json!([
            {"type": "taskList", "content": [
                {"type": "taskItem", "attrs": {"state": "DONE"}, "content": [{"type": "text", "text": "ship"}]},
                {"type": "taskItem", "attrs": {"state": "TODO"}, "content": [{"type": "text", "text": "test"}]}
            ]},
            {"type": "blockquote", "content": [para("quoted")]},
            {"type": "rule"},
            {"type": "paragraph", "content": [{"type": "date", "attrs": {"timestamp": "1706659200000"}}]}
        ]));
        assert_eq!(
            to_text(&d),
            "[x] ship\n[ ] test\n\n> quoted\n\n---\n\n2024-01-31"
        );
    }

    #[test]
    fn wiki_strings_and_null_pass_through() {
        assert_eq!(rich_text(&json!("h1. Title")), "h1. Title");
        assert_eq!(rich_text(&Value::Null), "");
    }
}
