//! `insights time`: hours logged, per period and by member, project, epic, type or label, from
//! the synced worklogs of the issues the filters keep; against a capacity (`32h/week`) and, with
//! rates, as amounts. Pure: worklogs, tickets and the zone come in.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::insights::{Period, period_start, periods};
use super::metrics::TimeZoneSpec;
use crate::model::{LoggedWork, Ticket, Worklogs};
use crate::output::{Column, ColumnKind, Report, RowSource, Section};
use crate::{Error, Result};

/// `--by`: what hours are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TimeBy {
    Member,
    Project,
    Epic,
    Type,
    Label,
}

impl TimeBy {
    fn as_str(self) -> &'static str {
        match self {
            TimeBy::Member => "member",
            TimeBy::Project => "project",
            TimeBy::Epic => "epic",
            TimeBy::Type => "type",
            TimeBy::Label => "label",
        }
    }
}

/// `--capacity 32h/week`: hours a member can log per day, week or month.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Capacity {
    pub hours: f64,
    pub per: Period,
}

impl Capacity {
    pub fn parse(s: &str) -> Result<Capacity> {
        let bad = || {
            Error::usage(format!(
                "--capacity {}: use HOURSh/day, /week or /month, e.g. 32h/week",
                crate::validate::shown(s)
            ))
        };
        let (hours, per) = s.trim().split_once('/').ok_or_else(bad)?;
        let hours: f64 = hours
            .trim()
            .trim_end_matches(['h', 'H'])
            .parse()
            .map_err(|_| bad())?;
        let per = match per.trim().to_ascii_lowercase().as_str() {
            "day" | "d" => Period::Day,
            "week" | "w" => Period::Week,
            "month" | "m" => Period::Month,
            _ => return Err(bad()),
        };
        if !hours.is_finite() || hours <= 0.0 || hours > 24.0 * 31.0 {
            return Err(bad());
        }
        Ok(Capacity { hours, per })
    }

    /// Hours over `days` calendar days (a week is 7 days, a month 365.25 / 12).
    pub fn over(&self, days: i64) -> f64 {
        let unit = match self.per {
            Period::Day => 1.0,
            Period::Week => 7.0,
            Period::Month => 365.25 / 12.0,
        };
        self.hours * days as f64 / unit
    }

    fn to_json(self) -> Value {
        json!({"hours": self.hours, "per": self.per.as_str()})
    }
}

/// Every `--capacity`: one for everybody (`32h/week`), and any for a member
/// (`ada@example.com=24h/week`, by name, email or account id) or a team label
/// (`label:contractors=16h/week`). A member's own wins over a label's, a label's over
/// everybody's; among labels, the first given that the member carries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CapacityPlan {
    pub everybody: Option<Capacity>,
    by_member: Vec<(String, Capacity)>,
    by_label: Vec<(String, Capacity)>,
}

impl CapacityPlan {
    pub fn parse<S: AsRef<str>>(values: &[S]) -> Result<CapacityPlan> {
        let mut plan = CapacityPlan::default();
        for value in values {
            let value = value.as_ref();
            match value.rsplit_once('=') {
                None => {
                    if plan.everybody.is_some() {
                        return Err(Error::usage(
                            "--capacity for everybody is given twice: give it once, and \
                             WHO=HOURS/PER or label:NAME=HOURS/PER for the others",
                        ));
                    }
                    plan.everybody = Some(Capacity::parse(value)?);
                }
                Some((who, capacity)) => {
                    let who = who.trim();
                    let capacity = Capacity::parse(capacity)?;
                    let rule = |name: &str| {
                        if name.is_empty() {
                            Err(Error::usage(format!(
                                "--capacity {}: name a member or label:NAME before '='",
                                crate::validate::shown(value)
                            )))
                        } else {
                            Ok((name.to_string(), capacity))
                        }
                    };
                    match who.strip_prefix("label:") {
                        Some(label) => plan.by_label.push(rule(label.trim())?),
                        None => plan.by_member.push(rule(who)?),
                    }
                }
            }
        }
        Ok(plan)
    }

    /// The members and team labels the rules name, as given.
    pub fn named(&self) -> (Vec<String>, Vec<String>) {
        let names = |list: &[(String, Capacity)]| list.iter().map(|(n, _)| n.clone()).collect();
        (names(&self.by_member), names(&self.by_label))
    }

    pub fn is_empty(&self) -> bool {
        self.everybody.is_none() && self.by_member.is_empty() && self.by_label.is_empty()
    }

    /// The capacity of a member known by these names (name, account id, email) and labels.
    fn of(&self, names: &[&str], labels: &[String]) -> Option<Capacity> {
        let named = |list: &[(String, Capacity)], name: &str| {
            list.iter()
                .find(|(who, _)| same_name(who, name))
                .map(|(_, c)| *c)
        };
        names
            .iter()
            .find_map(|n| named(&self.by_member, n))
            .or_else(|| {
                self.by_label
                    .iter()
                    .find(|(label, _)| labels.iter().any(|l| same_name(l, label)))
                    .map(|(_, c)| *c)
            })
            .or(self.everybody)
    }

    /// The rules for members and labels, for the JSON document's metadata.
    fn rules_json(&self) -> Value {
        let rule = |who: String, c: &Capacity| json!({"who": who, "hours": c.hours, "per": c.per.as_str()});
        Value::Array(
            self.by_member
                .iter()
                .map(|(who, c)| rule(who.clone(), c))
                .chain(
                    self.by_label
                        .iter()
                        .map(|(label, c)| rule(format!("label:{label}"), c)),
                )
                .collect(),
        )
    }
}

/// Names and labels match whatever their case (Unicode, so "ZOË" is "Zoë").
fn same_name(a: &str, b: &str) -> bool {
    a == b || a.to_lowercase() == b.to_lowercase()
}

/// `--rates FILE`: hourly rates by member (display name, email or account id) or by member
/// label (`label:NAME`), in one currency.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rates {
    pub currency: String,
    by_member: HashMap<String, f64>,
    by_label: HashMap<String, f64>,
}

impl Rates {
    /// CSV with a header `who,rate,currency`.
    pub fn parse(text: &str) -> Result<Rates> {
        let mut reader = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let mut rates = Rates::default();
        for (n, row) in reader.records().enumerate() {
            let row = row.map_err(|e| Error::usage(format!("--rates line {}: {e}", n + 2)))?;
            let (who, rate, currency) = (
                row.get(0).unwrap_or(""),
                row.get(1).unwrap_or(""),
                row.get(2).unwrap_or(""),
            );
            let rate: f64 = rate
                .parse()
                .ok()
                .filter(|r: &f64| r.is_finite() && *r >= 0.0)
                .ok_or_else(|| {
                    Error::usage(format!(
                        "--rates line {}: rate {} is not a number",
                        n + 2,
                        crate::validate::shown(rate)
                    ))
                })?;
            if rates.currency.is_empty() {
                rates.currency = currency.to_string();
            } else if rates.currency != currency {
                return Err(Error::usage(format!(
                    "--rates mixes currencies ({} and {currency}): one file, one currency",
                    rates.currency
                )));
            }
            match who.strip_prefix("label:") {
                Some(label) => rates.by_label.insert(label.to_lowercase(), rate),
                None => rates.by_member.insert(who.to_lowercase(), rate),
            };
        }
        if rates.by_member.is_empty() && rates.by_label.is_empty() {
            return Err(Error::usage(
                "--rates holds no rate (header: who,rate,currency)",
            ));
        }
        Ok(rates)
    }

    /// The rate of a worklog's author: theirs by name, email or id, else their first label's.
    fn rate(&self, names: &[&str], labels: &[String]) -> Option<f64> {
        names
            .iter()
            .find_map(|n| self.by_member.get(&n.to_lowercase()).copied())
            .or_else(|| {
                labels
                    .iter()
                    .find_map(|l| self.by_label.get(&l.to_lowercase()).copied())
            })
    }
}

/// What the report needs besides worklogs and tickets.
pub struct TimeInput<'a> {
    pub tz: &'a TimeZoneSpec,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub per: Period,
    pub by: TimeBy,
    pub capacity: &'a CapacityPlan,
    pub rates: Option<&'a Rates>,
    /// Account id → (email, team labels) of the account's members, for rates and names.
    pub members: &'a HashMap<String, (Option<String>, Vec<String>)>,
}

/// What rates and capacities know a worklog's author by: their name, account id and (as a
/// member) email, and their team labels.
fn identity<'a>(
    members: &'a HashMap<String, (Option<String>, Vec<String>)>,
    name: Option<&'a str>,
    account: Option<&'a str>,
) -> (Vec<&'a str>, &'a [String]) {
    let (email, labels) = account
        .and_then(|a| members.get(a))
        .map(|(e, l)| (e.as_deref(), l.as_slice()))
        .unwrap_or_default();
    (
        name.into_iter().chain(account).chain(email).collect(),
        labels,
    )
}

/// One group's logged seconds, their amount, and (by member) the author's account id.
#[derive(Default)]
struct GroupTotal {
    seconds: u64,
    amount: f64,
    account: Option<String>,
}

fn hours(seconds: u64) -> f64 {
    (seconds as f64 / 36.0).round() / 100.0
}

/// The groups a worklog counts in (several for labels), into `out` (cleared first): borrowed,
/// so a million worklogs make no string each.
fn groups<'a>(
    by: TimeBy,
    w: &'a LoggedWork,
    t: &'a Ticket,
    epics: &HashMap<&str, &'a Ticket>,
    out: &mut Vec<&'a str>,
) {
    out.clear();
    match by {
        TimeBy::Member => out.push(
            w.author_name
                .as_deref()
                .or(w.author.as_deref())
                .unwrap_or("(unknown)"),
        ),
        TimeBy::Project => out.push(&t.project_key),
        TimeBy::Type => out.push(&t.issue_type),
        TimeBy::Label if t.labels.is_empty() => out.push("(no label)"),
        TimeBy::Label => out.extend(t.labels.iter().map(String::as_str)),
        TimeBy::Epic => {
            // The epic is the parent, or (for a sub-task) the parent's parent.
            let mut at = t;
            for _ in 0..2 {
                let Some(parent) = at.parent_key.as_deref().and_then(|k| epics.get(k)) else {
                    break;
                };
                if parent.issue_type.eq_ignore_ascii_case("epic") {
                    out.push(&parent.key);
                    return;
                }
                at = parent;
            }
            out.push("(no epic)");
        }
    }
}

pub fn time_report(worklogs: &Worklogs, tickets: &[&Ticket], input: &TimeInput<'_>) -> Report {
    let by_id: HashMap<u64, &Ticket> = tickets
        .iter()
        .filter_map(|t| Some((t.id.parse().ok()?, *t)))
        .collect();
    let by_key: HashMap<&str, &Ticket> = tickets.iter().map(|t| (t.key.as_str(), *t)).collect();
    let all_periods = periods(input.from, input.to, input.per);
    // Groups in the order met, each with its total and its seconds per period.
    let mut group_index: HashMap<&str, usize> = HashMap::new();
    let mut totals: Vec<(&str, GroupTotal)> = Vec::new();
    let mut per_period: Vec<Vec<u64>> = Vec::new();
    let mut unpriced: u64 = 0;
    let mut total: u64 = 0;
    let mut names: Vec<&str> = Vec::new();
    // Rates need the author's names, email and labels: looked up once per author.
    let mut author_rate: HashMap<Option<&str>, Option<f64>> = HashMap::new();
    for w in worklogs.iter() {
        let Some(t) = by_id.get(&w.issue_id) else {
            continue;
        };
        let day = input.tz.date_of(w.started);
        if day < input.from || day > input.to {
            continue;
        }
        total += w.seconds;
        let account = w.author.as_deref();
        let amount = match input.rates {
            None => None,
            Some(r) => *author_rate.entry(account).or_insert_with(|| {
                let (known, labels) = identity(input.members, w.author_name.as_deref(), account);
                r.rate(&known, labels)
            }),
        };
        if input.rates.is_some() && amount.is_none() {
            unpriced += w.seconds;
        }
        // The range's periods start at the period of `from`: the day's is among them.
        let period = all_periods
            .binary_search(&period_start(day, input.per))
            .unwrap_or_else(|i| i.saturating_sub(1));
        groups(input.by, w, t, &by_key, &mut names);
        for g in &names {
            let index = *group_index.entry(*g).or_insert_with(|| {
                totals.push((*g, GroupTotal::default()));
                per_period.push(vec![0; all_periods.len()]);
                totals.len() - 1
            });
            per_period[index][period] += w.seconds;
            let entry = &mut totals[index].1;
            entry.seconds += w.seconds;
            entry.amount += amount.unwrap_or(0.0) * w.seconds as f64 / 3600.0;
            if input.by == TimeBy::Member && entry.account.is_none() {
                entry.account = account.map(str::to_string);
            }
        }
    }
    let days = (input.to - input.from).num_days() + 1;
    let with_capacity = input.by == TimeBy::Member && !input.capacity.is_empty();
    // A member's capacity over the range, from their names, email and team labels.
    let capacity_of = |name: &str, account: Option<&str>| -> Option<f64> {
        let (known, labels) = identity(input.members, Some(name), account);
        input.capacity.of(&known, labels).map(|c| c.over(days))
    };
    let by = input.by.as_str();
    let mut summary_columns = vec![
        Column::text(by, &capitalized(by)).fill(),
        Column::new("account_id", "Account", ColumnKind::Text).machine_only(),
        Column::new("hours", "Hours", ColumnKind::Bar),
        Column::new("share_percent", "Share", ColumnKind::Percent),
    ];
    if with_capacity {
        summary_columns.push(Column::new("capacity_hours", "Capacity", ColumnKind::Float));
        summary_columns.push(Column::new(
            "utilization_percent",
            "Used",
            ColumnKind::Percent,
        ));
    }
    if input.rates.is_some() {
        summary_columns.push(Column::new("amount", "Amount", ColumnKind::Float));
    }
    // The most hours first, then by name: indexes into `totals` and `per_period`.
    let mut ordered: Vec<usize> = (0..totals.len()).collect();
    ordered.sort_by(|&a, &b| {
        let (a, b) = (&totals[a], &totals[b]);
        b.1.seconds.cmp(&a.1.seconds).then(a.0.cmp(b.0))
    });
    let summary_rows = ordered
        .iter()
        .map(|&i| &totals[i])
        .map(
            |(
                g,
                GroupTotal {
                    seconds: secs,
                    amount,
                    account,
                },
            )| {
                let mut row = vec![
                    json!(g),
                    json!(account),
                    json!(hours(*secs)),
                    json!(if total == 0 {
                        0.0
                    } else {
                        (*secs as f64 * 1000.0 / total as f64).round() / 10.0
                    }),
                ];
                if with_capacity {
                    let cap = capacity_of(g, account.as_deref());
                    row.push(json!(cap.map(|cap| (cap * 10.0).round() / 10.0)));
                    row.push(json!(
                        cap.map(|cap| (hours(*secs) * 1000.0 / cap).round() / 10.0)
                    ));
                }
                if input.rates.is_some() {
                    row.push(json!((amount * 100.0).round() / 100.0));
                }
                row
            },
        )
        .collect();
    let period_rows = PeriodRows {
        periods: all_periods.iter().map(NaiveDate::to_string).collect(),
        groups: ordered.iter().map(|&i| totals[i].0.to_string()).collect(),
        seconds: ordered
            .iter()
            .map(|&i| std::mem::take(&mut per_period[i]))
            .collect(),
    };
    let mut report = Report::new("insights_time")
        .with_meta("from", input.from.to_string())
        .with_meta("to", input.to.to_string())
        .with_meta("per", input.per.as_str())
        .with_meta("by", by)
        .with_meta("total_hours", hours(total));
    if !input.capacity.is_empty() {
        report = report
            .with_meta(
                "capacity",
                input
                    .capacity
                    .everybody
                    .map_or(Value::Null, Capacity::to_json),
            )
            .with_meta("capacity_rules", input.capacity.rules_json());
    }
    if let Some(r) = input.rates {
        report = report
            .with_meta("currency", r.currency.clone())
            .with_meta("unpriced_hours", hours(unpriced));
    }
    let estimates = estimates(tickets);
    report = report
        .with_meta("original_estimate_hours", hours(estimates.original))
        .with_meta("spent_hours", hours(estimates.spent))
        .with_meta("remaining_hours", hours(estimates.remaining))
        .with_meta("over_estimate", estimates.over);
    report
        .with_section(Section::rows(
            "summary",
            &format!("Hours by {by}"),
            summary_columns,
            summary_rows,
        ))
        .with_section(estimates.section)
        .with_section(Section::lazy_rows(
            "time",
            &format!("Hours per {}", input.per.as_str()),
            vec![
                Column::new("period_start", "From", ColumnKind::Date),
                Column::text(by, &capitalized(by)),
                Column::new("hours", "Hours", ColumnKind::Float),
            ],
            std::sync::Arc::new(period_rows),
        ))
}

/// Every group in every period, zeros included (periods oldest first, groups as in the
/// summary): made as they are written, since an epic-by-week year is 50 rows per epic.
struct PeriodRows {
    periods: Vec<String>,
    groups: Vec<String>,
    /// Seconds per group, per period.
    seconds: Vec<Vec<u64>>,
}

impl RowSource for PeriodRows {
    fn len(&self) -> usize {
        self.periods.len() * self.groups.len()
    }
    fn row(&self, index: usize, cells: &mut Vec<Value>) {
        let (period, group) = (index / self.groups.len(), index % self.groups.len());
        cells.extend([
            json!(self.periods[period]),
            json!(self.groups[group]),
            json!(hours(self.seconds[group][period])),
        ]);
    }
}

/// Jira's estimates against the time spent, per ticket and in sum (all time, not the range).
struct Estimates {
    original: u64,
    spent: u64,
    remaining: u64,
    /// Tickets whose time spent passed their original estimate.
    over: usize,
    section: Section,
}

/// Every filtered ticket with an estimate or time spent: original, spent, remaining, and how far
/// past its estimate (spent − original), the furthest past first.
fn estimates(tickets: &[&Ticket]) -> Estimates {
    let mut rows: Vec<(&Ticket, i64)> = tickets
        .iter()
        .filter(|t| t.time.original_seconds.is_some() || t.time.spent_seconds.is_some())
        .map(|t| {
            let over = match (t.time.original_seconds, t.time.spent_seconds) {
                (Some(o), Some(s)) => s as i64 - o as i64,
                _ => 0,
            };
            (*t, over)
        })
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.key.cmp(&b.0.key)));
    let sum =
        |f: fn(&Ticket) -> Option<u64>| -> u64 { rows.iter().filter_map(|(t, _)| f(t)).sum() };
    Estimates {
        original: sum(|t| t.time.original_seconds),
        spent: sum(|t| t.time.spent_seconds),
        remaining: sum(|t| t.time.remaining_seconds),
        over: rows.iter().filter(|(_, o)| *o > 0).count(),
        section: Section::lazy_rows(
            "estimates",
            "Estimates and time spent",
            vec![
                Column::text("key", "Key").keep(),
                Column::text("summary", "Summary").fill(),
                Column::new("original_hours", "Estimate", ColumnKind::Float),
                Column::new("spent_hours", "Spent", ColumnKind::Float),
                Column::new("remaining_hours", "Remaining", ColumnKind::Float),
                Column::new("over_hours", "Over", ColumnKind::Float),
            ],
            std::sync::Arc::new(EstimateRows(
                rows.iter()
                    .map(|(t, over)| EstimateRow {
                        key: t.key.clone(),
                        summary: t.summary.clone(),
                        original: t.time.original_seconds,
                        spent: t.time.spent_seconds,
                        remaining: t.time.remaining_seconds,
                        over: *over,
                    })
                    .collect(),
            )),
        ),
    }
}

/// One ticket's line of `estimates`, kept compact (every ticket may have one: a row of JSON
/// values is four times the size) and turned into cells when written.
struct EstimateRow {
    key: String,
    summary: String,
    original: Option<u64>,
    spent: Option<u64>,
    remaining: Option<u64>,
    /// Spent − original, in seconds (0 without both).
    over: i64,
}

struct EstimateRows(Vec<EstimateRow>);

impl RowSource for EstimateRows {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn row(&self, index: usize, cells: &mut Vec<Value>) {
        let r = &self.0[index];
        let signed_hours = |s: i64| (s as f64 / 36.0).round() / 100.0;
        cells.extend([
            json!(r.key),
            json!(r.summary),
            json!(r.original.map(hours)),
            json!(r.spent.map(hours)),
            json!(r.remaining.map(hours)),
            json!((r.over > 0).then(|| signed_hours(r.over))),
        ]);
    }
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacities_read_as_people_write_them() {
        assert_eq!(
            Capacity::parse("32h/week").expect("ok"),
            Capacity {
                hours: 32.0,
                per: Period::Week
            }
        );
        assert_eq!(Capacity::parse("6/day").expect("ok").per, Period::Day);
        assert!((Capacity::parse("32h/week").expect("ok").over(14) - 64.0).abs() < 1e-9);
        for bad in ["32h", "x/week", "32h/fortnight", "-1h/day", "nan/day"] {
            assert!(Capacity::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_members_capacity_is_theirs_then_their_labels_then_everybodys() {
        let plan = CapacityPlan::parse(&[
            "32h/week",
            "label:contractors=16h/week",
            "label:leads=8h/week",
            "Ada@Example.com=24h/week",
        ])
        .expect("ok");
        let hours = |names: &[&str], labels: &[&str]| {
            let labels: Vec<String> = labels.iter().map(|l| l.to_string()).collect();
            plan.of(names, &labels).map(|c| c.hours)
        };
        assert_eq!(
            hours(&["Ada", "ada@example.com"], &["contractors"]),
            Some(24.0)
        );
        assert_eq!(hours(&["Bob"], &["Leads", "Contractors"]), Some(16.0));
        assert_eq!(hours(&["Bob"], &["leads"]), Some(8.0));
        assert_eq!(hours(&["Eve"], &[]), Some(32.0));
        let labels_only = CapacityPlan::parse(&["label:contractors=16h/week"]).expect("ok");
        assert_eq!(labels_only.of(&["Eve"], &[]), None);
        assert!(CapacityPlan::parse::<&str>(&[]).expect("ok").is_empty());
        for bad in [
            &["32h/week", "40h/week"][..],
            &["label:=8h/week"],
            &["=8h/week"],
            &["ada=lots"],
        ] {
            assert!(CapacityPlan::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn rates_are_one_currency_by_member_or_label() {
        let r = Rates::parse("who,rate,currency\nAda Lovelace,120,EUR\nlabel:backend,90,EUR\n")
            .expect("ok");
        assert_eq!(r.rate(&["ada lovelace"], &[]), Some(120.0));
        assert_eq!(r.rate(&["Someone"], &["Backend".into()]), Some(90.0));
        assert_eq!(r.rate(&["Someone"], &[]), None);
        assert!(Rates::parse("who,rate,currency\na,1,EUR\nb,2,USD\n").is_err());
        assert!(Rates::parse("who,rate,currency\na,lots,EUR\n").is_err());
        assert!(Rates::parse("who,rate,currency\n").is_err());
    }
}
