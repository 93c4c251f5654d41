//! JQL tokens. Error texts follow Jira's ("Error in the JQL Query: … (line 1, character 9)").

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
    Like,
    NotLike,
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Op::Eq => "=",
            Op::Ne => "!=",
            Op::Lt => "<",
            Op::Gt => ">",
            Op::Le => "<=",
            Op::Ge => ">=",
            Op::Like => "~",
            Op::NotLike => "!~",
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tok {
    LParen,
    RParen,
    Comma,
    Op(Op),
    /// `&&`, `&`
    And,
    /// `||`, `|`
    Or,
    /// `!`
    Not,
    /// An unquoted word (escapes already applied); keywords are recognised by the parser.
    Word(String),
    /// A quoted string.
    Str(String),
    Eof,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token {
    pub tok: Tok,
    /// Text as written, for error messages.
    pub raw: String,
    pub line: usize,
    pub col: usize,
}

/// A JQL syntax error with Jira's wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SyntaxError(pub String);

pub(crate) fn syntax(msg: impl fmt::Display, line: usize, col: usize) -> SyntaxError {
    SyntaxError(format!(
        "Error in the JQL Query: {msg} (line {line}, character {col})"
    ))
}

const RESERVED: &[char] = &[
    '{', '}', '[', ']', '*', '/', '%', '+', '^', '$', '#', '@', '?', ';',
];

fn is_word_char(c: char) -> bool {
    !c.is_whitespace()
        && !matches!(
            c,
            '(' | ')' | ',' | '=' | '!' | '<' | '>' | '~' | '"' | '\'' | '&' | '|'
        )
        && !RESERVED.contains(&c)
}

struct Lexer<'a> {
    chars: Vec<char>,
    pos: usize,
    line: usize,
    col: usize,
    _src: &'a str,
}

impl Lexer<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }
    fn peek2(&self) -> Option<char> {
        self.chars.get(self.pos + 1).copied()
    }
    fn bump(&mut self) -> Option<char> {
        let c = self.chars.get(self.pos).copied()?;
        self.pos += 1;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    /// Reads the character after a backslash; `context` is the string so far for messages.
    fn escape(&mut self, start: (usize, usize), context: &str) -> Result<char, SyntaxError> {
        let Some(c) = self.bump() else {
            return Err(syntax(
                format!("The escape sequence '\\' in the string '{context}\\' is illegal."),
                start.0,
                start.1,
            ));
        };
        Ok(match c {
            '"' | '\'' | '\\' | ' ' => c,
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'u' => {
                let hex: String = (0..4).filter_map(|_| self.bump()).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(ch) if hex.len() == 4 => ch,
                    _ => {
                        return Err(syntax(
                            format!(
                                "The escape sequence '\\u{hex}' in the string '{context}\\u{hex}' is illegal."
                            ),
                            start.0,
                            start.1,
                        ));
                    }
                }
            }
            other => {
                return Err(syntax(
                    format!(
                        "The escape sequence '\\{other}' in the string '{context}\\{other}' is illegal."
                    ),
                    start.0,
                    start.1,
                ));
            }
        })
    }
}

/// Splits a query into tokens (the last one is `Eof`).
pub(crate) fn lex(src: &str) -> Result<Vec<Token>, SyntaxError> {
    let mut lx = Lexer {
        chars: src.chars().collect(),
        pos: 0,
        line: 1,
        col: 1,
        _src: src,
    };
    let mut out = Vec::new();
    loop {
        while lx.peek().is_some_and(char::is_whitespace) {
            lx.bump();
        }
        let (line, col) = (lx.line, lx.col);
        let Some(c) = lx.peek() else {
            out.push(Token {
                tok: Tok::Eof,
                raw: "EOF".into(),
                line,
                col,
            });
            return Ok(out);
        };
        let simple = |tok: Tok, raw: &str| Token {
            tok,
            raw: raw.to_string(),
            line,
            col,
        };
        let token = match c {
            '(' => {
                lx.bump();
                simple(Tok::LParen, "(")
            }
            ')' => {
                lx.bump();
                simple(Tok::RParen, ")")
            }
            ',' => {
                lx.bump();
                simple(Tok::Comma, ",")
            }
            '=' => {
                lx.bump();
                simple(Tok::Op(Op::Eq), "=")
            }
            '~' => {
                lx.bump();
                simple(Tok::Op(Op::Like), "~")
            }
            '!' => {
                lx.bump();
                match lx.peek() {
                    Some('=') => {
                        lx.bump();
                        simple(Tok::Op(Op::Ne), "!=")
                    }
                    Some('~') => {
                        lx.bump();
                        simple(Tok::Op(Op::NotLike), "!~")
                    }
                    _ => simple(Tok::Not, "!"),
                }
            }
            '<' | '>' => {
                lx.bump();
                if lx.peek() == Some('=') {
                    lx.bump();
                    if c == '<' {
                        simple(Tok::Op(Op::Le), "<=")
                    } else {
                        simple(Tok::Op(Op::Ge), ">=")
                    }
                } else if c == '<' {
                    simple(Tok::Op(Op::Lt), "<")
                } else {
                    simple(Tok::Op(Op::Gt), ">")
                }
            }
            '&' => {
                lx.bump();
                if lx.peek() == Some('&') {
                    lx.bump();
                }
                simple(Tok::And, "&&")
            }
            '|' => {
                lx.bump();
                if lx.peek() == Some('|') {
                    lx.bump();
                }
                simple(Tok::Or, "||")
            }
            '"' | '\'' => {
                let quote = c;
                lx.bump();
                let mut s = String::new();
                let mut raw = String::from(quote);
                loop {
                    match lx.bump() {
                        None => {
                            return Err(syntax(
                                format!("The quoted string '{s}' has not been completed."),
                                line,
                                col,
                            ));
                        }
                        Some(ch) if ch == quote => {
                            raw.push(ch);
                            break;
                        }
                        Some('\\') => {
                            let at = (lx.line, lx.col - 1);
                            let ch = lx.escape(at, &s)?;
                            raw.push('\\');
                            raw.push(ch);
                            s.push(ch);
                        }
                        Some(ch) => {
                            raw.push(ch);
                            s.push(ch);
                        }
                    }
                }
                Token {
                    tok: Tok::Str(s),
                    raw,
                    line,
                    col,
                }
            }
            c if RESERVED.contains(&c) => {
                return Err(syntax(
                    format!(
                        "The character '{c}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u{:04x}' instead.",
                        u32::from(c)
                    ),
                    line,
                    col,
                ));
            }
            _ => {
                let mut s = String::new();
                let mut raw = String::new();
                loop {
                    match lx.peek() {
                        Some('\\') => {
                            lx.bump();
                            let at = (lx.line, lx.col - 1);
                            let ch = lx.escape(at, &s)?;
                            raw.push('\\');
                            raw.push(ch);
                            s.push(ch);
                        }
                        // `cf[10016]`: the only place brackets are allowed unquoted.
                        Some('[')
                            if s.eq_ignore_ascii_case("cf")
                                && lx.peek2().is_some_and(|d| d.is_ascii_digit()) =>
                        {
                            lx.bump();
                            let mut digits = String::new();
                            while lx.peek().is_some_and(|d| d.is_ascii_digit()) {
                                digits.push(lx.bump().expect("peeked"));
                            }
                            if lx.peek() != Some(']') {
                                return Err(syntax(
                                    "The character '[' is a reserved JQL character. You must enclose it in a string or use the escape '\\u005b' instead.",
                                    line,
                                    col + 2,
                                ));
                            }
                            lx.bump();
                            s = format!("cf[{digits}]");
                            raw = s.clone();
                        }
                        Some(ch) if is_word_char(ch) => {
                            lx.bump();
                            raw.push(ch);
                            s.push(ch);
                        }
                        Some(ch) if RESERVED.contains(&ch) => {
                            return Err(syntax(
                                format!(
                                    "The character '{ch}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u{:04x}' instead.",
                                    u32::from(ch)
                                ),
                                lx.line,
                                lx.col,
                            ));
                        }
                        _ => break,
                    }
                }
                Token {
                    tok: Tok::Word(s),
                    raw,
                    line,
                    col,
                }
            }
        };
        out.push(token);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Tok> {
        lex(s).expect("lexes").into_iter().map(|t| t.tok).collect()
    }

    #[test]
    fn splits_operators_words_and_strings() {
        assert_eq!(
            toks(r#"project in (A, "B C") AND status != Done"#),
            vec![
                Tok::Word("project".into()),
                Tok::Word("in".into()),
                Tok::LParen,
                Tok::Word("A".into()),
                Tok::Comma,
                Tok::Str("B C".into()),
                Tok::RParen,
                Tok::Word("AND".into()),
                Tok::Word("status".into()),
                Tok::Op(Op::Ne),
                Tok::Word("Done".into()),
                Tok::Eof
            ]
        );
    }

    #[test]
    fn unescapes_quotes_and_backslashes_in_strings() {
        assert_eq!(
            toks(r#""say \"hi\" \\ bye""#)[0],
            Tok::Str(r#"say "hi" \ bye"#.into())
        );
        assert_eq!(toks(r"'it\'s'")[0], Tok::Str("it's".into()));
        assert_eq!(toks(r#""\u00e9t\u00e9""#)[0], Tok::Str("été".into()));
    }

    #[test]
    fn single_and_double_quotes_nest_the_other_kind() {
        assert_eq!(toks(r#""it's""#)[0], Tok::Str("it's".into()));
        assert_eq!(toks(r#"'say "x"'"#)[0], Tok::Str(r#"say "x""#.into()));
    }

    #[test]
    fn reserved_characters_must_be_quoted() {
        let e = lex("labels = c++").expect_err("reserved");
        assert_eq!(
            e.0,
            "Error in the JQL Query: The character '+' is a reserved JQL character. You must enclose it in a string or use the escape '\\u002b' instead. (line 1, character 11)"
        );
        assert_eq!(toks(r#"labels = "c++""#)[2], Tok::Str("c++".into()));
    }

    #[test]
    fn unterminated_strings_are_reported_where_they_start() {
        let e = lex(r#"summary ~ "abc"#).expect_err("open quote");
        assert_eq!(
            e.0,
            "Error in the JQL Query: The quoted string 'abc' has not been completed. (line 1, character 11)"
        );
    }

    #[test]
    fn illegal_escapes_are_errors() {
        let e = lex(r#"labels = "a\qb""#).expect_err("bad escape");
        assert!(e.0.contains("The escape sequence '\\q'"), "{}", e.0);
    }

    #[test]
    fn custom_field_references_keep_their_brackets() {
        assert_eq!(toks("cf[10016] > 3")[0], Tok::Word("cf[10016]".into()));
    }

    #[test]
    fn relative_dates_and_keys_are_single_words() {
        assert_eq!(toks("updated >= -7d")[2], Tok::Word("-7d".into()));
        assert_eq!(toks("key = PLAT-12")[2], Tok::Word("PLAT-12".into()));
    }

    #[test]
    fn symbolic_boolean_operators() {
        assert_eq!(toks("a=1 && b=2 || !c=3")[3], Tok::And);
        assert_eq!(toks("a=1 && b=2 || !c=3")[7], Tok::Or);
        assert_eq!(toks("a=1 && b=2 || !c=3")[8], Tok::Not);
    }

    #[test]
    fn positions_count_lines_and_characters() {
        let t = lex("a = 1\n AND b = 2").expect("lexes");
        assert_eq!((t[3].line, t[3].col), (2, 2));
    }
}
