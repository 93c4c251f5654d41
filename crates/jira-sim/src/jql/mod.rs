//! JQL: the subset a reporting client needs, with Jira's error messages.

pub(crate) mod eval;
pub(crate) mod lexer;
pub(crate) mod parser;

pub(crate) use eval::{Compiled, Ctx, DefaultOrder, compile};
pub(crate) use parser::parse;

/// Parses and validates a query; errors are Jira's `errorMessages`.
/// The flag tells whether the query restricts anything (Cloud rejects unbounded queries).
pub(crate) fn prepare(
    jql: &str,
    ctx: &Ctx<'_>,
    default: DefaultOrder,
) -> Result<(Compiled, bool), Vec<String>> {
    let q = parse(jql).map_err(|e| vec![e.0])?;
    let bounded = q.filter.is_some();
    Ok((compile(&q, ctx, default)?, bounded))
}
