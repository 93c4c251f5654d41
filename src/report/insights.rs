//! Flow metrics from the synced histories, pure (the command loads tickets and histories; the
//! clock and the zone come in): cycle time, throughput and Monte Carlo forecasts.
//!
//! Definitions (README "Insights"):
//! - **start**: the first move into a status of the *In Progress* category;
//! - **done**: the last move into a *Done* status, for an issue done now (leaving done and
//!   coming back resets it);
//! - **cycle time**: `done date − start date + 1` in whole days (Vacanti / ActionableAgile,
//!   jirametrics count both ends);
//! - **throughput**: issues done per day or ISO week, empty periods as zero.

use std::collections::HashMap;

use chrono::{Datelike, Days, NaiveDate};
use rand::{Rng, SeedableRng};
use serde_json::{Value, json};

use super::metrics::TimeZoneSpec;
use crate::model::{IssueHistory, StatusCategory, Ticket};
use crate::output::{Column, ColumnKind, Report, Section};

/// The percentiles every distribution is summarised by.
pub const PERCENTILES: [u32; 4] = [50, 70, 85, 95];

/// One issue done, with when it started and finished (dates in the report's zone).
#[derive(Debug, Clone, PartialEq)]
pub struct DoneItem {
    pub key: String,
    pub issue_type: String,
    pub summary: String,
    /// `None`: it went to done without passing through *In Progress*.
    pub started: Option<NaiveDate>,
    pub done: NaiveDate,
}

impl DoneItem {
    /// Cycle time in days, both ends counted; `None` when it never started.
    pub fn cycle_days(&self) -> Option<i64> {
        self.started.map(|s| (self.done - s).num_days().max(0) + 1)
    }
}

/// The issues of `tickets` done now whose done date falls in `from..=to`, from their histories.
pub fn done_items(
    tickets: &[&Ticket],
    histories: &HashMap<&str, &IssueHistory>,
    tz: &TimeZoneSpec,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<DoneItem> {
    let mut out = Vec::new();
    for t in tickets
        .iter()
        .filter(|t| t.status_category == StatusCategory::Done)
    {
        let Some(h) = histories.get(t.key.as_str()) else {
            continue;
        };
        let moves: Vec<_> = h.status_moves().collect();
        let Some(done_at) = moves
            .iter()
            .rev()
            .find(|(_, _, to)| *to == StatusCategory::Done)
            .map(|(at, _, _)| *at)
        else {
            continue;
        };
        let done = tz.date_of(done_at);
        if done < from || done > to {
            continue;
        }
        let started = moves
            .iter()
            .find(|(at, _, to)| *to == StatusCategory::InProgress && *at <= done_at)
            .map(|(at, _, _)| tz.date_of(*at));
        out.push(DoneItem {
            key: t.key.clone(),
            issue_type: t.issue_type.clone(),
            summary: t.summary.clone(),
            started,
            done,
        });
    }
    out.sort_by(|a, b| {
        a.done
            .cmp(&b.done)
            .then_with(|| super::natural_cmp(&a.key, &b.key))
    });
    out
}

/// The nearest-rank percentile of `sorted` (ascending, not empty): the smallest value with at
/// least `p` % of the values at or below it.
pub fn percentile(sorted: &[i64], p: u32) -> i64 {
    let rank = ((p as f64 / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted[rank.min(sorted.len()) - 1]
}

fn percentile_fields(days: &[i64]) -> Vec<(Column, Value)> {
    PERCENTILES
        .iter()
        .map(|p| {
            (
                Column::new(
                    &format!("p{p}_days"),
                    &format!("{p}th percentile (days)"),
                    ColumnKind::Int,
                ),
                if days.is_empty() {
                    Value::Null
                } else {
                    json!(percentile(days, *p))
                },
            )
        })
        .collect()
}

/// `insights cycle-time`: the percentiles (all, then per type), each issue, and those that
/// never started.
pub fn cycle_time_report(items: &[DoneItem], from: NaiveDate, to: NaiveDate) -> Report {
    let mut days: Vec<i64> = items.iter().filter_map(DoneItem::cycle_days).collect();
    days.sort_unstable();
    let mut summary = vec![
        (
            Column::new("done", "Done", ColumnKind::Int),
            json!(items.len()),
        ),
        (
            Column::new("started_and_done", "Started and done", ColumnKind::Int),
            json!(days.len()),
        ),
    ];
    summary.extend(percentile_fields(&days));
    let mut by_type: Vec<(&str, Vec<i64>)> = Vec::new();
    for item in items {
        let Some(d) = item.cycle_days() else { continue };
        match by_type.iter_mut().find(|(t, _)| *t == item.issue_type) {
            Some((_, v)) => v.push(d),
            None => by_type.push((&item.issue_type, vec![d])),
        }
    }
    by_type.sort_by(|a, b| a.0.cmp(b.0));
    let mut type_columns = vec![
        Column::text("type", "Type"),
        Column::new("issues", "Issues", ColumnKind::Int),
    ];
    type_columns.extend(
        PERCENTILES
            .iter()
            .map(|p| Column::new(&format!("p{p}_days"), &format!("p{p}"), ColumnKind::Int)),
    );
    let type_rows = by_type
        .into_iter()
        .map(|(t, mut v)| {
            v.sort_unstable();
            let mut row = vec![json!(t), json!(v.len())];
            row.extend(PERCENTILES.iter().map(|p| json!(percentile(&v, *p))));
            row
        })
        .collect();
    // Slowest first: the outliers are what a reader looks for.
    let mut started: Vec<&DoneItem> = items.iter().filter(|i| i.started.is_some()).collect();
    started.sort_by(|a, b| {
        b.cycle_days()
            .cmp(&a.cycle_days())
            .then_with(|| super::natural_cmp(&a.key, &b.key))
    });
    let issue_rows = started
        .into_iter()
        .map(|i| {
            vec![
                json!(i.key),
                json!(i.issue_type),
                json!(i.started.map(|d| d.to_string())),
                json!(i.done.to_string()),
                json!(i.cycle_days()),
                json!(i.summary),
            ]
        })
        .collect();
    let never = items
        .iter()
        .filter(|i| i.started.is_none())
        .map(|i| {
            vec![
                json!(i.key),
                json!(i.issue_type),
                json!(i.done.to_string()),
                json!(i.summary),
            ]
        })
        .collect();
    Report::new("insights_cycle_time")
        .with_meta("from", from.to_string())
        .with_meta("to", to.to_string())
        .with_section(Section::record("summary", "Cycle time", summary))
        .with_section(Section::rows("by_type", "By type", type_columns, type_rows))
        .with_section(Section::rows(
            "issues",
            "Issues",
            vec![
                Column::text("key", "Key").keep(),
                Column::text("type", "Type"),
                Column::new("started", "Started", ColumnKind::Date),
                Column::new("done", "Done", ColumnKind::Date),
                Column::new("cycle_days", "Days", ColumnKind::Int),
                Column::text("summary", "Summary").fill(),
            ],
            issue_rows,
        ))
        .with_section(Section::rows(
            "never_started",
            "Done without starting",
            vec![
                Column::text("key", "Key").keep(),
                Column::text("type", "Type"),
                Column::new("done", "Done", ColumnKind::Date),
                Column::text("summary", "Summary").fill(),
            ],
            never,
        ))
}

/// `--per`: how a report is bucketed in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Period {
    Day,
    Week,
    Month,
}

impl Period {
    pub fn as_str(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
        }
    }
}

/// The first day of the period `d` falls in (ISO weeks start on Monday; months on the 1st).
pub fn period_start(d: NaiveDate, per: Period) -> NaiveDate {
    match per {
        Period::Day => d,
        Period::Week => d - Days::new(d.weekday().num_days_from_monday() as u64),
        Period::Month => d.with_day(1).expect("every month has a 1st"),
    }
}

/// The first day of every period from the one `from` falls in to the one `to` falls in.
pub fn periods(from: NaiveDate, to: NaiveDate, per: Period) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut at = period_start(from, per);
    while at <= to {
        out.push(at);
        at = match per {
            Period::Day => at + Days::new(1),
            Period::Week => at + Days::new(7),
            Period::Month => at + chrono::Months::new(1),
        };
    }
    out
}

/// Issues done per period from `from` to `to`, every period present (zero when nothing was
/// done), oldest first.
pub fn throughput(
    items: &[DoneItem],
    per: Period,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<(NaiveDate, u64)> {
    let mut counts: HashMap<NaiveDate, u64> = HashMap::new();
    for i in items {
        *counts.entry(period_start(i.done, per)).or_default() += 1;
    }
    periods(from, to, per)
        .into_iter()
        .map(|at| (at, counts.get(&at).copied().unwrap_or(0)))
        .collect()
}

pub fn throughput_report(
    items: &[DoneItem],
    per: Period,
    from: NaiveDate,
    to: NaiveDate,
) -> Report {
    let rows: Vec<Vec<Value>> = throughput(items, per, from, to)
        .into_iter()
        .map(|(start, n)| vec![json!(start.to_string()), json!(n)])
        .collect();
    Report::new("insights_throughput")
        .with_meta("from", from.to_string())
        .with_meta("to", to.to_string())
        .with_meta("per", per.as_str())
        .with_meta("total", items.len())
        .with_section(Section::rows(
            "throughput",
            "Throughput",
            vec![
                Column::new("period_start", "From", ColumnKind::Date),
                Column::new("done", "Done", ColumnKind::Bar),
            ],
            rows,
        ))
}

/// What a forecast asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForecastQuestion {
    /// When will this many more be done?
    Items(u64),
    /// How many will be done by this date (inclusive)?
    Until(NaiveDate),
}

/// A Monte Carlo forecast: each trial draws one day's throughput at a time from `daily` (the
/// sampled window, one count per day), until `Items` are done or the `Until` date is reached.
/// Returns per percentile: the date by which that share of trials finished (`Items`), or the
/// count that share of trials reached at least (`Until`).
pub fn forecast(
    daily: &[u64],
    question: ForecastQuestion,
    today: NaiveDate,
    trials: u32,
    seed: u64,
) -> Vec<(u32, Value)> {
    const MAX_DAYS: u64 = 3650;
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    if daily.is_empty() || trials == 0 {
        return PERCENTILES.iter().map(|p| (*p, Value::Null)).collect();
    }
    match question {
        ForecastQuestion::Items(n) => {
            let mut days: Vec<i64> = (0..trials)
                .map(|_| {
                    let (mut done, mut day) = (0u64, 0u64);
                    while done < n && day < MAX_DAYS {
                        day += 1;
                        done += daily[rng.random_range(0..daily.len())];
                    }
                    day as i64
                })
                .collect();
            days.sort_unstable();
            PERCENTILES
                .iter()
                .map(|p| {
                    let d = percentile(&days, *p);
                    let value = if d as u64 >= MAX_DAYS {
                        Value::Null
                    } else {
                        json!((today + Days::new(d as u64)).to_string())
                    };
                    (*p, value)
                })
                .collect()
        }
        ForecastQuestion::Until(date) => {
            let horizon = (date - today).num_days().max(0) as u64;
            let mut counts: Vec<i64> = (0..trials)
                .map(|_| {
                    (0..horizon)
                        .map(|_| daily[rng.random_range(0..daily.len())])
                        .sum::<u64>() as i64
                })
                .collect();
            counts.sort_unstable();
            // "85 %: at least N": the count 85 % of trials reached, the 15th percentile.
            PERCENTILES
                .iter()
                .map(|p| (*p, json!(percentile(&counts, 100 - *p).max(0))))
                .collect()
        }
    }
}

pub fn forecast_report(
    daily: &[u64],
    question: ForecastQuestion,
    today: NaiveDate,
    trials: u32,
    seed: u64,
    window: (NaiveDate, NaiveDate),
) -> Report {
    let results = forecast(daily, question, today, trials, seed);
    let (asked, header, key) = match question {
        ForecastQuestion::Items(n) => (json!({"items": n}), "Done on or before", "date"),
        ForecastQuestion::Until(d) => (
            json!({"until": d.to_string()}),
            "At least this many done",
            "items",
        ),
    };
    let kind = if key == "date" {
        ColumnKind::Date
    } else {
        ColumnKind::Int
    };
    Report::new("insights_forecast")
        .with_meta("question", asked)
        .with_meta("today", today.to_string())
        .with_meta("window_from", window.0.to_string())
        .with_meta("window_to", window.1.to_string())
        .with_meta("window_done", daily.iter().sum::<u64>())
        .with_meta("trials", trials)
        .with_meta("seed", seed)
        .with_section(Section::rows(
            "forecast",
            "Forecast",
            vec![
                Column::new("confidence_percent", "Confidence %", ColumnKind::Int),
                Column::new(key, header, kind),
            ],
            results
                .into_iter()
                .map(|(p, v)| vec![json!(p), v])
                .collect(),
        ))
}

/// Done per day over `from..=to` (one entry per day): the sample a forecast draws from.
pub fn daily_throughput(items: &[DoneItem], from: NaiveDate, to: NaiveDate) -> Vec<u64> {
    throughput(items, Period::Day, from, to)
        .into_iter()
        .map(|(_, n)| n)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("a date")
    }

    #[test]
    fn percentiles_are_nearest_rank() {
        let v: Vec<i64> = (1..=20).collect();
        assert_eq!(percentile(&v, 50), 10);
        assert_eq!(percentile(&v, 85), 17);
        assert_eq!(percentile(&v, 95), 19);
        assert_eq!(percentile(&[7], 95), 7);
    }

    #[test]
    fn throughput_counts_every_period_including_empty_ones() {
        let item = |done: &str| DoneItem {
            key: "A-1".into(),
            issue_type: "Story".into(),
            summary: String::new(),
            started: None,
            done: d(done),
        };
        let items = [item("2026-11-02"), item("2026-11-04"), item("2026-11-18")];
        let weeks = throughput(&items, Period::Week, d("2026-11-01"), d("2026-11-20"));
        // 2026-11-01 is a Sunday: its week starts Monday 26 October.
        assert_eq!(
            weeks,
            [
                (d("2026-10-26"), 0),
                (d("2026-11-02"), 2),
                (d("2026-11-09"), 0),
                (d("2026-11-16"), 1)
            ]
        );
        assert_eq!(
            daily_throughput(&items, d("2026-11-02"), d("2026-11-05")),
            [1, 0, 1, 0]
        );
    }

    #[test]
    fn a_constant_throughput_forecasts_the_arithmetic_answer() {
        let today = d("2026-12-01");
        let by = forecast(&[2; 30], ForecastQuestion::Items(10), today, 1000, 7);
        for (_, v) in &by {
            assert_eq!(v, &json!("2026-12-06"), "10 items at 2 a day: 5 days");
        }
        let count = forecast(
            &[3; 30],
            ForecastQuestion::Until(d("2026-12-11")),
            today,
            1000,
            7,
        );
        for (_, v) in &count {
            assert_eq!(v, &json!(30));
        }
    }

    #[test]
    fn forecasts_are_stable_for_a_seed_and_monotonic_in_confidence() {
        let daily = [0, 1, 3, 0, 2, 5, 1, 0, 0, 4];
        let today = d("2026-12-01");
        let a = forecast(&daily, ForecastQuestion::Items(40), today, 5000, 42);
        assert_eq!(
            a,
            forecast(&daily, ForecastQuestion::Items(40), today, 5000, 42)
        );
        let dates: Vec<&str> = a.iter().map(|(_, v)| v.as_str().expect("a date")).collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
        let b = forecast(
            &daily,
            ForecastQuestion::Until(d("2027-01-01")),
            today,
            5000,
            42,
        );
        let counts: Vec<i64> = b
            .iter()
            .map(|(_, v)| v.as_i64().expect("a count"))
            .collect();
        assert!(
            counts.windows(2).all(|w| w[0] >= w[1]),
            "more confidence, fewer items: {counts:?}"
        );
    }
}
