//! CI gates: limits a report is checked against after it is printed (`--max-overdue`,
//! `--max-unassigned`, `--max-missing-points`, `--max-wip`, `--max-age`). A failed gate exits 6
//! with one line naming every gate that failed.

use super::metrics::{self, is_open, misses_estimate};
use crate::model::{StatusCategory, Ticket};
use chrono::NaiveDate;
use serde_json::{Value, json};

/// The limits asked for; `None` is no gate.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Gates {
    /// More than this many matching tickets overdue fails.
    pub max_overdue: Option<usize>,
    /// More than this many open tickets without an assignee fails.
    pub max_unassigned: Option<usize>,
    /// More than this many open tickets (not sub-tasks) without story points fails.
    pub max_missing_points: Option<usize>,
    /// Anyone with more than this many tickets in progress fails.
    pub max_wip: Option<usize>,
    /// Any open ticket created more than this many days ago fails.
    pub max_age_days: Option<u32>,
}

/// One gate's outcome, as JSON carries it (`gates` in the report).
#[derive(Debug, Clone, PartialEq)]
pub struct GateResult {
    /// The flag's name without dashes, e.g. `max_overdue`.
    pub gate: &'static str,
    pub limit: u64,
    /// The measured value: a count, the busiest person's WIP, the oldest open ticket's age.
    pub value: u64,
    /// What failed, for the error line; `None` when the gate passed.
    pub failure: Option<String>,
}

impl GateResult {
    pub fn to_json(&self) -> Value {
        json!({
            "gate": self.gate,
            "limit": self.limit,
            "value": self.value,
            "passed": self.failure.is_none(),
        })
    }
}

impl Gates {
    pub fn any(&self) -> bool {
        *self != Gates::default()
    }

    /// Every gate asked for, checked against the matching tickets.
    pub fn check(&self, matched: &[&Ticket], today: NaiveDate) -> Vec<GateResult> {
        let mut out = Vec::new();
        let count = |pred: &dyn Fn(&Ticket) -> bool| matched.iter().filter(|t| pred(t)).count();
        let mut limit = |gate: &'static str, max: Option<usize>, value: usize, what: &str| {
            if let Some(max) = max {
                out.push(GateResult {
                    gate,
                    limit: max as u64,
                    value: value as u64,
                    failure: (value > max).then(|| {
                        format!("{value} {what} exceed --{} {max}", gate.replace('_', "-"))
                    }),
                });
            }
        };
        if self.max_overdue.is_some() {
            let n = count(&|t| metrics::is_overdue(t, today));
            limit("max_overdue", self.max_overdue, n, "overdue tickets");
        }
        if self.max_unassigned.is_some() {
            let n = count(&|t| is_open(t) && t.assignee.is_none());
            limit(
                "max_unassigned",
                self.max_unassigned,
                n,
                "unassigned open tickets",
            );
        }
        if self.max_missing_points.is_some() {
            let n = count(&|t| misses_estimate(t));
            limit(
                "max_missing_points",
                self.max_missing_points,
                n,
                "open tickets without story points",
            );
        }
        if let Some(max) = self.max_wip {
            out.push(wip_gate(matched, max));
        }
        if let Some(days) = self.max_age_days {
            out.push(age_gate(matched, today, days));
        }
        out
    }
}

/// `--max-wip N`: each person's tickets in progress; the busiest are named.
fn wip_gate(matched: &[&Ticket], max: usize) -> GateResult {
    let mut per_person: rustc_hash::FxHashMap<&str, (&str, usize)> = Default::default();
    for t in matched {
        if t.status_category != StatusCategory::InProgress {
            continue;
        }
        if let Some(p) = &t.assignee {
            per_person
                .entry(p.account_id.as_str())
                .or_insert((p.display_name.as_str(), 0))
                .1 += 1;
        }
    }
    let value = per_person.values().map(|(_, n)| *n).max().unwrap_or(0);
    let mut over: Vec<(&str, usize)> = per_person.into_values().filter(|(_, n)| *n > max).collect();
    over.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let failure = (!over.is_empty()).then(|| {
        let named: Vec<String> = over
            .iter()
            .take(3)
            .map(|(name, n)| format!("{name} {n}"))
            .collect();
        let rest = if over.len() > 3 { ", …" } else { "" };
        format!(
            "{} {} more than --max-wip {max} in progress ({}{rest})",
            over.len(),
            if over.len() == 1 {
                "person has"
            } else {
                "people have"
            },
            named.join(", ")
        )
    });
    GateResult {
        gate: "max_wip",
        limit: max as u64,
        value: value as u64,
        failure,
    }
}

/// `--max-age DAYS`: open tickets created more than DAYS days before today.
fn age_gate(matched: &[&Ticket], today: NaiveDate, days: u32) -> GateResult {
    let age = |t: &Ticket| (today - t.created.date_naive()).num_days().max(0) as u64;
    let open: Vec<&&Ticket> = matched.iter().filter(|t| is_open(t)).collect();
    let oldest = open
        .iter()
        .max_by_key(|t| (age(t), std::cmp::Reverse(t.key.as_str())));
    let too_old = open.iter().filter(|t| age(t) > days as u64).count();
    GateResult {
        gate: "max_age",
        limit: days as u64,
        value: oldest.map_or(0, |t| age(t)),
        failure: (too_old > 0).then(|| {
            let t = oldest.expect("an old ticket exists");
            format!(
                "{too_old} open tickets are older than --max-age {days} days (oldest {}, {} days)",
                t.key,
                age(t)
            )
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testdata::{generate, today};

    #[test]
    fn each_gate_counts_what_its_definition_says() {
        let tickets = generate(500, 9);
        let matched: Vec<&Ticket> = tickets.iter().collect();
        let t = today();
        let overdue = matched.iter().filter(|x| metrics::is_overdue(x, t)).count();
        let unassigned = matched
            .iter()
            .filter(|x| is_open(x) && x.assignee.is_none())
            .count();
        let missing = matched.iter().filter(|x| misses_estimate(x)).count();
        assert!(overdue > 0 && unassigned > 0 && missing > 0);
        let at = Gates {
            max_overdue: Some(overdue),
            max_unassigned: Some(unassigned),
            max_missing_points: Some(missing),
            ..Gates::default()
        };
        assert!(at.check(&matched, t).iter().all(|g| g.failure.is_none()));
        let below = Gates {
            max_overdue: Some(overdue - 1),
            max_unassigned: Some(unassigned - 1),
            max_missing_points: Some(missing - 1),
            ..Gates::default()
        };
        let results = below.check(&matched, t);
        assert_eq!(results.len(), 3);
        assert_eq!(
            results[1].failure.as_deref(),
            Some(
                format!(
                    "{unassigned} unassigned open tickets exceed --max-unassigned {}",
                    unassigned - 1
                )
                .as_str()
            )
        );
        assert!(results.iter().all(|g| g.failure.is_some()));
    }

    #[test]
    fn wip_and_age_gates_name_who_and_what() {
        let tickets = generate(500, 9);
        let matched: Vec<&Ticket> = tickets.iter().collect();
        let g = Gates {
            max_wip: Some(0),
            max_age_days: Some(0),
            ..Gates::default()
        }
        .check(&matched, today());
        let wip = g[0].failure.as_deref().expect("someone works on something");
        assert!(wip.contains("more than --max-wip 0 in progress ("), "{wip}");
        let age = g[1]
            .failure
            .as_deref()
            .expect("open tickets are older than 0 days");
        assert!(
            age.contains("older than --max-age 0 days (oldest "),
            "{age}"
        );
        let generous = Gates {
            max_wip: Some(10_000),
            max_age_days: Some(100_000),
            ..Gates::default()
        }
        .check(&matched, today());
        assert!(generous.iter().all(|r| r.failure.is_none()));
        assert_eq!(
            generous[0].value, g[0].value,
            "the busiest person's WIP either way"
        );
    }
}
