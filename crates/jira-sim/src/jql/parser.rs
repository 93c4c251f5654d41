//! JQL syntax tree and a recursive-descent parser.

use super::lexer::{Op, SyntaxError, Tok, Token, lex, syntax};

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Expr {
    And(Vec<Expr>),
    Or(Vec<Expr>),
    Not(Box<Expr>),
    Clause(Clause),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ClauseOp {
    Cmp(Op),
    In,
    NotIn,
    Is,
    IsNot,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Val {
    /// A value; `quoted` tells whether it was written in quotes.
    Text {
        s: String,
        quoted: bool,
    },
    Func {
        name: String,
        args: Vec<String>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Operand {
    One(Val),
    List(Vec<Val>),
    Empty,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Clause {
    pub field: String,
    pub op: ClauseOp,
    pub operand: Operand,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Sort {
    pub field: String,
    pub desc: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Query {
    pub filter: Option<Expr>,
    pub order: Vec<Sort>,
}

/// Words that must be quoted to be used as values.
const RESERVED_WORDS: &[&str] = &[
    "a",
    "an",
    "abort",
    "access",
    "add",
    "after",
    "alias",
    "all",
    "alter",
    "and",
    "any",
    "are",
    "as",
    "asc",
    "at",
    "audit",
    "avg",
    "before",
    "begin",
    "between",
    "boolean",
    "break",
    "by",
    "byte",
    "catch",
    "cf",
    "char",
    "character",
    "check",
    "checkpoint",
    "collate",
    "collation",
    "column",
    "commit",
    "connect",
    "continue",
    "count",
    "create",
    "current",
    "date",
    "decimal",
    "declare",
    "decrement",
    "default",
    "defaults",
    "define",
    "delete",
    "delimiter",
    "desc",
    "difference",
    "distinct",
    "divide",
    "do",
    "double",
    "drop",
    "else",
    "empty",
    "encoding",
    "end",
    "equals",
    "escape",
    "exclusive",
    "exec",
    "execute",
    "exists",
    "explain",
    "false",
    "fetch",
    "file",
    "field",
    "first",
    "float",
    "for",
    "from",
    "function",
    "go",
    "goto",
    "grant",
    "greater",
    "group",
    "having",
    "identified",
    "if",
    "immediate",
    "in",
    "increment",
    "index",
    "initial",
    "inner",
    "inout",
    "input",
    "insert",
    "int",
    "integer",
    "intersect",
    "intersection",
    "into",
    "is",
    "isempty",
    "isnull",
    "join",
    "last",
    "left",
    "less",
    "like",
    "limit",
    "lock",
    "long",
    "max",
    "min",
    "minus",
    "mode",
    "modify",
    "modulo",
    "more",
    "multiply",
    "next",
    "noaudit",
    "not",
    "notin",
    "nowait",
    "null",
    "number",
    "object",
    "of",
    "on",
    "option",
    "or",
    "order",
    "outer",
    "output",
    "power",
    "previous",
    "prior",
    "privileges",
    "public",
    "raise",
    "raw",
    "remainder",
    "rename",
    "resource",
    "return",
    "returns",
    "revoke",
    "right",
    "row",
    "rowid",
    "rownum",
    "rows",
    "select",
    "session",
    "set",
    "share",
    "size",
    "sqrt",
    "start",
    "strict",
    "string",
    "subtract",
    "sum",
    "synonym",
    "table",
    "then",
    "to",
    "trans",
    "transaction",
    "trigger",
    "true",
    "uid",
    "union",
    "unique",
    "update",
    "user",
    "validate",
    "values",
    "view",
    "when",
    "whenever",
    "where",
    "while",
    "with",
];

const OPERATORS: &str = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

struct Parser {
    toks: Vec<Token>,
    pos: usize,
}

fn is_kw(t: &Token, kw: &str) -> bool {
    matches!(&t.tok, Tok::Word(w) if w.eq_ignore_ascii_case(kw))
}

impl Parser {
    fn peek(&self) -> &Token {
        &self.toks[self.pos.min(self.toks.len() - 1)]
    }
    fn next(&mut self) -> Token {
        let t = self.peek().clone();
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
        }
        t
    }
    fn err(&self, t: &Token, expecting: &str, suffix: &str) -> SyntaxError {
        let msg = if t.tok == Tok::Eof {
            format!("Expecting {expecting} before the end of the query.{suffix}")
        } else {
            format!("Expecting {expecting} but got '{}'.{suffix}", t.raw)
        };
        syntax(msg, t.line, t.col)
    }

    fn or_expr(&mut self) -> Result<Expr, SyntaxError> {
        let mut parts = vec![self.and_expr()?];
        while self.peek().tok == Tok::Or || is_kw(self.peek(), "or") {
            self.next();
            parts.push(self.and_expr()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Expr::Or(parts)
        })
    }

    fn and_expr(&mut self) -> Result<Expr, SyntaxError> {
        let mut parts = vec![self.not_expr()?];
        while self.peek().tok == Tok::And || is_kw(self.peek(), "and") {
            self.next();
            parts.push(self.not_expr()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Expr::And(parts)
        })
    }

    fn not_expr(&mut self) -> Result<Expr, SyntaxError> {
        let t = self.peek().clone();
        if t.tok == Tok::Not || is_kw(&t, "not") {
            self.next();
            return Ok(Expr::Not(Box::new(self.not_expr()?)));
        }
        if t.tok == Tok::LParen {
            self.next();
            let e = self.or_expr()?;
            let close = self.next();
            if close.tok != Tok::RParen {
                return Err(self.err(&close, "')'", ""));
            }
            return Ok(e);
        }
        self.clause()
    }

    fn clause(&mut self) -> Result<Expr, SyntaxError> {
        let t = self.next();
        let field = match &t.tok {
            Tok::Word(w) if !is_kw(&t, "order") => w.clone(),
            Tok::Str(s) => s.clone(),
            _ => return Err(self.err(&t, "a field name", "")),
        };
        let op_tok = self.next();
        let op = match &op_tok.tok {
            Tok::Op(o) => ClauseOp::Cmp(*o),
            Tok::Word(w) if w.eq_ignore_ascii_case("in") => ClauseOp::In,
            Tok::Word(w) if w.eq_ignore_ascii_case("not") => {
                let n = self.next();
                if !is_kw(&n, "in") {
                    return Err(self.err(&n, "'IN'", ""));
                }
                ClauseOp::NotIn
            }
            Tok::Word(w) if w.eq_ignore_ascii_case("is") => {
                if is_kw(self.peek(), "not") {
                    self.next();
                    ClauseOp::IsNot
                } else {
                    ClauseOp::Is
                }
            }
            Tok::Not => {
                return Err(self.err(&op_tok, "operator", &format!(" {OPERATORS}")));
            }
            _ => return Err(self.err(&op_tok, "operator", &format!(" {OPERATORS}"))),
        };
        let operand = match op {
            ClauseOp::Is | ClauseOp::IsNot => {
                let v = self.next();
                if !(is_kw(&v, "empty") || is_kw(&v, "null")) {
                    return Err(self.err(&v, "'EMPTY'", ""));
                }
                Operand::Empty
            }
            ClauseOp::In | ClauseOp::NotIn => {
                if self.peek().tok == Tok::LParen {
                    self.list()?
                } else {
                    match self.value()? {
                        Some(Val::Func { name, args }) => Operand::One(Val::Func { name, args }),
                        _ => {
                            let t = self.toks[self.pos.saturating_sub(1)].clone();
                            return Err(self.err(&t, "'('", ""));
                        }
                    }
                }
            }
            ClauseOp::Cmp(_) => match self.value()? {
                Some(v) => Operand::One(v),
                None => Operand::Empty,
            },
        };
        Ok(Expr::Clause(Clause { field, op, operand }))
    }

    fn list(&mut self) -> Result<Operand, SyntaxError> {
        self.next(); // (
        let mut items = Vec::new();
        loop {
            match self.value()? {
                Some(v) => items.push(v),
                None => items.push(Val::Text {
                    s: "EMPTY".into(),
                    quoted: false,
                }),
            }
            let t = self.next();
            match t.tok {
                Tok::Comma => continue,
                Tok::RParen => break,
                _ => return Err(self.err(&t, "')'", "")),
            }
        }
        Ok(Operand::List(items))
    }

    /// A value or function; `None` for `EMPTY`/`NULL`.
    fn value(&mut self) -> Result<Option<Val>, SyntaxError> {
        let t = self.next();
        match &t.tok {
            Tok::Str(s) => Ok(Some(Val::Text {
                s: s.clone(),
                quoted: true,
            })),
            Tok::Word(w) => {
                if self.peek().tok == Tok::LParen {
                    self.next();
                    let mut args = Vec::new();
                    if self.peek().tok == Tok::RParen {
                        self.next();
                    } else {
                        loop {
                            let a = self.next();
                            match &a.tok {
                                Tok::Word(s) | Tok::Str(s) => args.push(s.clone()),
                                _ => return Err(self.err(&a, "a function argument", "")),
                            }
                            let sep = self.next();
                            match sep.tok {
                                Tok::Comma => continue,
                                Tok::RParen => break,
                                _ => return Err(self.err(&sep, "')'", "")),
                            }
                        }
                    }
                    return Ok(Some(Val::Func {
                        name: w.clone(),
                        args,
                    }));
                }
                if w.eq_ignore_ascii_case("empty") || w.eq_ignore_ascii_case("null") {
                    return Ok(None);
                }
                if RESERVED_WORDS.iter().any(|r| r.eq_ignore_ascii_case(w)) {
                    return Err(syntax(
                        format!(
                            "'{w}' is a reserved JQL word. You must surround it in quotation marks to use it in a query."
                        ),
                        t.line,
                        t.col,
                    ));
                }
                Ok(Some(Val::Text {
                    s: w.clone(),
                    quoted: false,
                }))
            }
            _ => Err(self.err(&t, "either a value, list or function", "")),
        }
    }

    fn order_by(&mut self) -> Result<Vec<Sort>, SyntaxError> {
        self.next(); // ORDER
        let by = self.next();
        if !is_kw(&by, "by") {
            return Err(self.err(&by, "'BY'", ""));
        }
        let mut sorts = Vec::new();
        loop {
            let f = self.next();
            let field = match &f.tok {
                Tok::Word(w) => w.clone(),
                Tok::Str(s) => s.clone(),
                _ => return Err(self.err(&f, "a field name", "")),
            };
            let mut desc = false;
            if is_kw(self.peek(), "asc") {
                self.next();
            } else if is_kw(self.peek(), "desc") {
                self.next();
                desc = true;
            }
            sorts.push(Sort { field, desc });
            let t = self.peek().clone();
            match t.tok {
                Tok::Comma => {
                    self.next();
                }
                Tok::Eof => break,
                _ => return Err(self.err(&t, "either 'ASC', 'DESC' or ','", "")),
            }
        }
        Ok(sorts)
    }
}

/// Parses a whole query. An empty query (or one with only `ORDER BY`) has no filter.
pub(crate) fn parse(src: &str) -> Result<Query, SyntaxError> {
    let mut p = Parser {
        toks: lex(src)?,
        pos: 0,
    };
    let filter = if p.peek().tok == Tok::Eof || is_kw(p.peek(), "order") {
        None
    } else {
        Some(p.or_expr()?)
    };
    let order = if is_kw(p.peek(), "order") {
        p.order_by()?
    } else {
        Vec::new()
    };
    let end = p.peek().clone();
    if end.tok != Tok::Eof {
        return Err(p.err(&end, "either 'OR' or 'AND'", ""));
    }
    Ok(Query { filter, order })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(field: &str, op: ClauseOp, operand: Operand) -> Expr {
        Expr::Clause(Clause {
            field: field.into(),
            op,
            operand,
        })
    }
    fn word(s: &str) -> Val {
        Val::Text {
            s: s.into(),
            quoted: false,
        }
    }
    fn quoted(s: &str) -> Val {
        Val::Text {
            s: s.into(),
            quoted: true,
        }
    }

    #[test]
    fn and_binds_tighter_than_or() {
        let q = parse("a = 1 OR b = 2 AND c = 3").expect("parses");
        assert_eq!(
            q.filter,
            Some(Expr::Or(vec![
                clause("a", ClauseOp::Cmp(Op::Eq), Operand::One(word("1"))),
                Expr::And(vec![
                    clause("b", ClauseOp::Cmp(Op::Eq), Operand::One(word("2"))),
                    clause("c", ClauseOp::Cmp(Op::Eq), Operand::One(word("3"))),
                ]),
            ]))
        );
    }

    #[test]
    fn parentheses_not_and_lists() {
        let q = parse(r#"NOT (project in (P, "B")) and labels not in (x)"#).expect("parses");
        assert_eq!(
            q.filter,
            Some(Expr::And(vec![
                Expr::Not(Box::new(clause(
                    "project",
                    ClauseOp::In,
                    Operand::List(vec![word("P"), quoted("B")])
                ))),
                clause("labels", ClauseOp::NotIn, Operand::List(vec![word("x")])),
            ]))
        );
    }

    #[test]
    fn is_empty_and_is_not_null() {
        let q = parse("assignee is EMPTY AND duedate IS NOT null").expect("parses");
        assert_eq!(
            q.filter,
            Some(Expr::And(vec![
                clause("assignee", ClauseOp::Is, Operand::Empty),
                clause("duedate", ClauseOp::IsNot, Operand::Empty),
            ]))
        );
    }

    #[test]
    fn functions_with_and_without_arguments() {
        let q = parse(
            "assignee = currentUser() AND created >= startOfDay(-1) AND sprint in openSprints()",
        )
        .expect("parses");
        let Some(Expr::And(parts)) = q.filter else {
            panic!("and")
        };
        assert_eq!(
            parts[0],
            clause(
                "assignee",
                ClauseOp::Cmp(Op::Eq),
                Operand::One(Val::Func {
                    name: "currentUser".into(),
                    args: vec![]
                })
            )
        );
        assert_eq!(
            parts[1],
            clause(
                "created",
                ClauseOp::Cmp(Op::Ge),
                Operand::One(Val::Func {
                    name: "startOfDay".into(),
                    args: vec!["-1".into()]
                })
            )
        );
        assert_eq!(
            parts[2],
            clause(
                "sprint",
                ClauseOp::In,
                Operand::One(Val::Func {
                    name: "openSprints".into(),
                    args: vec![]
                })
            )
        );
    }

    #[test]
    fn order_by_with_directions() {
        let q = parse("project = P ORDER BY updated DESC, key").expect("parses");
        assert_eq!(
            q.order,
            vec![
                Sort {
                    field: "updated".into(),
                    desc: true
                },
                Sort {
                    field: "key".into(),
                    desc: false
                }
            ]
        );
    }

    #[test]
    fn order_by_alone_has_no_filter() {
        let q = parse("order by key DESC").expect("parses");
        assert!(q.filter.is_none());
        assert!(parse("").expect("parses").filter.is_none());
    }

    #[test]
    fn quoted_field_names_for_custom_fields() {
        let q = parse(r#""Story Points" > 3"#).expect("parses");
        assert_eq!(
            q.filter,
            Some(clause(
                "Story Points",
                ClauseOp::Cmp(Op::Gt),
                Operand::One(word("3"))
            ))
        );
    }

    #[test]
    fn single_letter_a_is_a_reserved_word_like_in_jira() {
        assert!(parse("project = A").is_err());
        assert!(parse(r#"project = "A""#).is_ok());
    }

    #[test]
    fn reserved_words_must_be_quoted() {
        let e = parse("labels = order").expect_err("reserved");
        assert_eq!(
            e.0,
            "Error in the JQL Query: 'order' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 10)"
        );
        assert!(parse(r#"labels = "order""#).is_ok());
    }

    #[test]
    fn missing_operator_lists_the_valid_ones() {
        let e = parse("project PLAT").expect_err("no operator");
        assert!(
            e.0.starts_with(
                "Error in the JQL Query: Expecting operator but got 'PLAT'. The valid operators are"
            ),
            "{}",
            e.0
        );
        assert!(e.0.ends_with("(line 1, character 9)"));
    }

    #[test]
    fn missing_value_at_the_end() {
        let e = parse("project = ").expect_err("no value");
        assert_eq!(
            e.0,
            "Error in the JQL Query: Expecting either a value, list or function before the end of the query. (line 1, character 11)"
        );
    }

    #[test]
    fn junk_after_a_clause() {
        let e = parse("project = P B").expect_err("junk");
        assert_eq!(
            e.0,
            "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'B'. (line 1, character 13)"
        );
    }

    #[test]
    fn unbalanced_parentheses() {
        let e = parse("(project = P").expect_err("open paren");
        assert_eq!(
            e.0,
            "Error in the JQL Query: Expecting ')' before the end of the query. (line 1, character 13)"
        );
    }

    #[test]
    fn hostile_labels_parse_when_quoted_and_escaped() {
        let q = parse(r#"labels in ("\"quoted\"", "it's", 'a=b', "back\\slash", "x,y", "🔥hot")"#)
            .expect("parses");
        let Some(Expr::Clause(c)) = q.filter else {
            panic!("clause")
        };
        assert_eq!(
            c.operand,
            Operand::List(vec![
                quoted("\"quoted\""),
                quoted("it's"),
                quoted("a=b"),
                quoted("back\\slash"),
                quoted("x,y"),
                quoted("🔥hot")
            ])
        );
    }
}
