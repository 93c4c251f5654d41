//! Text from outside (Jira) must never reach a terminal raw, and never run as a formula in a
//! spreadsheet.

/// Make text safe to print on a terminal: control characters (C0 except none, DEL, C1) and the
/// Unicode bidi overrides/isolates that can disguise text are shown as visible `\u{..}` escapes;
/// newlines and tabs become spaces (a table cell is one line). Ordinary Unicode — emoji,
/// right-to-left scripts — passes through untouched.
pub fn for_terminal(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' | '\t' | '\r' => out.push(' '),
            c if needs_escape(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// Characters a terminal may interpret: C0 and C1 controls, DEL, bidi overrides and isolates.
pub fn is_unsafe_for_terminal(c: char) -> bool {
    needs_escape(c)
}

/// A CSV text cell: formula-like cells neutralised, and terminal controls (other than the line
/// breaks and tabs a quoted cell may hold) made visible as `\u{..}` like in tables, so that
/// `cat report.csv` cannot drive a terminal either.
pub fn csv_text(text: &str) -> std::borrow::Cow<'_, str> {
    let escaped: std::borrow::Cow<'_, str> = if text
        .chars()
        .any(|c| needs_escape(c) && !matches!(c, '\n' | '\r' | '\t'))
    {
        let mut out = String::with_capacity(text.len() + 8);
        for c in text.chars() {
            if needs_escape(c) && !matches!(c, '\n' | '\r' | '\t') {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            } else {
                out.push(c);
            }
        }
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    match for_csv(&escaped) {
        std::borrow::Cow::Borrowed(_) => escaped,
        std::borrow::Cow::Owned(o) => std::borrow::Cow::Owned(o),
    }
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Neutralise a CSV cell that a spreadsheet would evaluate as a formula: a cell beginning with
/// `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'` (the OWASP recommendation).
/// Only text cells are passed here; numeric columns (which may be negative) are left alone.
pub fn for_csv(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => std::borrow::Cow::Owned(format!("'{text}")),
        _ => std::borrow::Cow::Borrowed(text),
    }
}

/// Whether a URL from Jira may become a link: http(s) only (no `javascript:`, `data:`, files).
pub fn is_web_link(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_made_visible() {
        assert_eq!(for_terminal("a\x1b[31mred"), "a\\u{1b}[31mred");
        assert_eq!(for_terminal("bell\x07"), "bell\\u{7}");
        assert_eq!(for_terminal("c1\u{9b}"), "c1\\u{9b}");
    }

    #[test]
    fn bidi_overrides_are_made_visible_but_rtl_text_is_kept() {
        assert_eq!(for_terminal("x\u{202E}y"), "x\\u{202e}y");
        assert_eq!(for_terminal("שלום עולם"), "שלום עולם");
        assert_eq!(for_terminal("ship it 🚀"), "ship it 🚀");
    }

    #[test]
    fn newlines_become_spaces() {
        assert_eq!(for_terminal("one\ntwo\tthree"), "one two three");
    }

    #[test]
    fn csv_text_escapes_terminal_controls_and_neutralises_formulas() {
        assert_eq!(csv_text("\u{1b}[31mred"), "\\u{1b}[31mred");
        assert_eq!(csv_text("=1+2"), "'=1+2");
        assert_eq!(csv_text("two\nlines"), "two\nlines");
        assert_eq!(csv_text("x\u{202e}y"), "x\\u{202e}y");
    }

    #[test]
    fn formula_like_cells_are_neutralised() {
        for bad in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert!(for_csv(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(for_csv("plain"), "plain");
        assert_eq!(for_csv(""), "");
    }
}
