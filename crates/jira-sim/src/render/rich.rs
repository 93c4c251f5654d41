//! Rich text in the three shapes Jira uses: ADF (v3), wiki markup (v2) and HTML
//! (`renderedFields`).

use serde_json::{Value, json};

pub(crate) use crate::data::derived::{Block, Inline};

fn adf_inline(i: &Inline) -> Value {
    match i {
        Inline::Text(t) => json!({"type": "text", "text": t}),
        Inline::Strong(t) => json!({"type": "text", "text": t, "marks": [{"type": "strong"}]}),
        Inline::Code(t) => json!({"type": "text", "text": t, "marks": [{"type": "code"}]}),
    }
}

fn adf_para(text: &str) -> Value {
    json!({"type": "paragraph", "content": [{"type": "text", "text": text}]})
}

/// Atlassian Document Format.
pub(crate) fn adf(blocks: &[Block]) -> Value {
    let content: Vec<Value> = blocks
        .iter()
        .map(|b| match b {
            Block::Heading(t) => json!({"type": "heading", "attrs": {"level": 3}, "content": [{"type": "text", "text": t}]}),
            Block::Para(inlines) => json!({"type": "paragraph", "content": inlines.iter().map(adf_inline).collect::<Vec<_>>()}),
            Block::Bullets(items) => json!({
                "type": "bulletList",
                "content": items.iter().map(|t| json!({"type": "listItem", "content": [adf_para(t)]})).collect::<Vec<_>>(),
            }),
            Block::Code(t) => json!({"type": "codeBlock", "attrs": {"language": "bash"}, "content": [{"type": "text", "text": t}]}),
        })
        .collect();
    json!({"type": "doc", "version": 1, "content": content})
}

/// Jira wiki markup, as v2 returns rich text.
pub(crate) fn wiki(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(|b| match b {
            Block::Heading(t) => format!("h3. {t}"),
            Block::Para(inlines) => inlines
                .iter()
                .map(|i| match i {
                    Inline::Text(t) => t.clone(),
                    Inline::Strong(t) => format!("*{t}*"),
                    Inline::Code(t) => format!("{{{{{t}}}}}"),
                })
                .collect(),
            Block::Bullets(items) => items
                .iter()
                .map(|t| format!("* {t}"))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Code(t) => format!("{{code:bash}}\n{t}\n{{code}}"),
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// HTML as in `renderedFields`.
pub(crate) fn html(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(|b| match b {
            Block::Heading(t) => format!("<h3>{}</h3>", escape_html(t)),
            Block::Para(inlines) => format!(
                "<p>{}</p>",
                inlines
                    .iter()
                    .map(|i| match i {
                        Inline::Text(t) => escape_html(t),
                        Inline::Strong(t) => format!("<b>{}</b>", escape_html(t)),
                        Inline::Code(t) => format!("<tt>{}</tt>", escape_html(t)),
                    })
                    .collect::<String>()
            ),
            Block::Bullets(items) => format!(
                "<ul>{}</ul>",
                items
                    .iter()
                    .map(|t| format!("<li>{}</li>", escape_html(t)))
                    .collect::<String>()
            ),
            Block::Code(t) => format!("<pre>{}</pre>", escape_html(t)),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<Block> {
        vec![
            Block::Para(vec![
                Inline::Text("Hi ".into()),
                Inline::Strong("there".into()),
            ]),
            Block::Bullets(vec!["one".into(), "two".into()]),
            Block::Code("ls -l".into()),
        ]
    }

    #[test]
    fn adf_is_a_versioned_doc() {
        let d = adf(&sample());
        assert_eq!(d["type"], "doc");
        assert_eq!(d["version"], 1);
        assert_eq!(d["content"][0]["content"][1]["marks"][0]["type"], "strong");
        assert_eq!(d["content"][1]["type"], "bulletList");
    }

    #[test]
    fn wiki_uses_jira_markup() {
        assert_eq!(
            wiki(&sample()),
            "Hi *there*\n\n* one\n* two\n\n{code:bash}\nls -l\n{code}"
        );
    }

    #[test]
    fn html_escapes_markup() {
        let h = html(&[Block::Para(vec![Inline::Text("<script>".into())])]);
        assert_eq!(h, "<p>&lt;script&gt;</p>");
    }
}
