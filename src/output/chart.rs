//! `--chart FILE.svg`: an insights report as an SVG chart that reads on its own — a title, the
//! filters in a subtitle, axes with units, a legend — drawn with plotters' SVG backend (text
//! stays `<text>`, escaped; no fonts needed). The chart is made from the report's sections, as
//! JSON carries them, so it shows exactly the numbers the report prints.

use plotters::prelude::*;
use serde_json::Value;

use super::report::{Report, SectionBody};
use crate::{Error, Result};

const WIDTH: u32 = 960;
const HEIGHT: u32 = 540;
/// Okabe–Ito: told apart by colour-blind readers, and in print.
/// Two more for long stacks (a board with many columns).
const PALETTE: [RGBColor; 10] = [
    RGBColor(0, 114, 178),
    RGBColor(230, 159, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(86, 180, 233),
    RGBColor(213, 94, 0),
    RGBColor(240, 228, 66),
    RGBColor(0, 0, 0),
    RGBColor(153, 153, 153),
    RGBColor(136, 34, 85),
];

/// What to draw: categories (or dates) along x, one or more series of values.
struct Series {
    name: String,
    values: Vec<f64>,
}

enum Shape {
    Bars,
    Lines,
    Stacked,
    /// Points at x positions `at` (one per value; `None`: the value's index), with horizontal
    /// lines at `marks`.
    Scatter {
        marks: Vec<(String, f64)>,
        at: Option<Vec<f64>>,
    },
}

struct Plot {
    title: String,
    x_desc: String,
    y_desc: String,
    x: Vec<String>,
    series: Vec<Series>,
    shape: Shape,
}

/// The chart of `report` (an `insights_*` report); `subtitle` names the filters.
pub fn render_svg(report: &Report, subtitle: &str) -> Result<String> {
    let plot = plot_for(report)?;
    let subtitle = [context(report), subtitle.to_string()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    draw(&plot, &subtitle).map_err(|e| Error::unexpected(format!("drawing the chart failed: {e}")))
}

/// What the report itself says it covers: its board, or the forecast's window.
fn context(report: &Report) -> String {
    let meta = |k: &str| report.meta.get(k).cloned().unwrap_or(Value::Null);
    if let Some(name) = meta("board")["name"].as_str() {
        return format!("board {name}");
    }
    if report.kind == "insights_forecast" {
        return format!(
            "from the throughput of {} – {}, {} trials, seed {}",
            text(&meta("window_from")),
            text(&meta("window_to")),
            text(&meta("trials")),
            text(&meta("seed"))
        );
    }
    String::new()
}

/// A list section's rows, read by column key where they are: a chart of 100k issues copies
/// no row (turning them into JSON objects first cost as much memory as the issues).
struct Rows<'a> {
    index: std::collections::HashMap<&'a str, usize>,
    rows: &'a [Vec<Value>],
}

/// One row of [`Rows`]: `row["key"]` is the cell of that column (null when there is none).
#[derive(Clone, Copy)]
struct Row<'a> {
    index: &'a std::collections::HashMap<&'a str, usize>,
    cells: &'a [Value],
}

impl<'a> Rows<'a> {
    fn iter(&self) -> impl Iterator<Item = Row<'_>> {
        self.rows.iter().map(|cells| Row {
            index: &self.index,
            cells,
        })
    }

    fn first(&self) -> Option<Row<'_>> {
        self.iter().next()
    }
}

impl<'a> Row<'a> {
    fn get(&self, key: &str) -> Option<&'a Value> {
        self.index.get(key).and_then(|&i| self.cells.get(i))
    }
}

impl std::ops::Index<&str> for Row<'_> {
    type Output = Value;
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&Value::Null)
    }
}

fn rows<'a>(report: &'a Report, section: &str) -> Rows<'a> {
    match report.section(section).map(|s| &s.body) {
        Some(SectionBody::Rows { columns, rows }) => Rows {
            index: columns
                .iter()
                .enumerate()
                .map(|(i, c)| (c.key.as_str(), i))
                .collect(),
            rows,
        },
        // Insights reports have plain rows; anything else draws nothing.
        _ => Rows {
            index: Default::default(),
            rows: &[],
        },
    }
}

fn num(v: &Value) -> f64 {
    v.as_f64().unwrap_or(0.0)
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn column(rows: &Rows<'_>, key: &str) -> Vec<f64> {
    rows.iter().map(|r| num(&r[key])).collect()
}

fn labels(rows: &Rows<'_>, key: &str) -> Vec<String> {
    rows.iter().map(|r| text(&r[key])).collect()
}

/// A plot of one list section: x labels from the column `x`, a series per `(name, column)`.
fn columns_plot(
    rows: &Rows<'_>,
    (title, x_desc, y_desc): (String, String, &str),
    x: &str,
    series: &[(&str, &str)],
    shape: Shape,
) -> Plot {
    Plot {
        title,
        x_desc,
        y_desc: y_desc.to_string(),
        x: labels(rows, x),
        series: series
            .iter()
            .map(|(name, key)| Series {
                name: name.to_string(),
                values: column(rows, key),
            })
            .collect(),
        shape,
    }
}

fn meta_str<'r>(report: &'r Report, key: &str, default: &'r str) -> &'r str {
    report
        .meta
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or(default)
}

fn plot_for(report: &Report) -> Result<Plot> {
    let series = |name: &str, values: Vec<f64>| Series {
        name: name.to_string(),
        values,
    };
    Ok(match report.kind.as_str() {
        "insights_throughput" => {
            let per = meta_str(report, "per", "week");
            columns_plot(
                &rows(report, "throughput"),
                (
                    format!("Throughput per {per}"),
                    format!("{per} starting"),
                    "issues done",
                ),
                "period_start",
                &[("done", "done")],
                Shape::Bars,
            )
        }
        "insights_created_vs_resolved" => columns_plot(
            &rows(report, "created_vs_resolved"),
            (
                "Created vs resolved".into(),
                "period starting".into(),
                "issues",
            ),
            "period_start",
            &[("created", "created"), ("resolved", "resolved")],
            Shape::Lines,
        ),
        "insights_time" => {
            let by = meta_str(report, "by", "member").to_string();
            columns_plot(
                &rows(report, "summary"),
                (format!("Hours logged by {by}"), by.clone(), "hours"),
                &by,
                &[("hours", "hours")],
                Shape::Bars,
            )
        }
        "insights_velocity" => columns_plot(
            &rows(report, "velocity"),
            ("Velocity".into(), "sprint".into(), "story points"),
            "sprint",
            &[
                ("committed", "committed_points"),
                ("completed", "completed_points"),
            ],
            Shape::Bars,
        ),
        "insights_burndown" => {
            let r = rows(report, "burndown");
            let x = r
                .iter()
                .map(|row| {
                    let at = text(&row["date"]);
                    if text(&row["at"]) == "start" {
                        "start".to_string()
                    } else {
                        at
                    }
                })
                .collect();
            let name = report
                .meta
                .get("sprint")
                .map_or(String::new(), |s| text(&s["name"]));
            Plot {
                title: format!("Burndown: {name}"),
                x_desc: "day".into(),
                y_desc: "story points remaining".into(),
                x,
                series: vec![
                    series("remaining", column(&r, "remaining_points")),
                    series("ideal", column(&r, "ideal_points")),
                ],
                shape: Shape::Lines,
            }
        }
        "insights_burnup" => columns_plot(
            &rows(report, "burnup"),
            (
                "Burnup".into(),
                "day".into(),
                meta_str(report, "unit", "issues"),
            ),
            "date",
            &[("scope", "scope"), ("done", "done")],
            Shape::Lines,
        ),
        "insights_flow" => {
            let r = rows(report, "flow");
            let names: Vec<String> = report
                .meta
                .get("series")
                .and_then(Value::as_array)
                .map(|a| a.iter().map(text).collect())
                .unwrap_or_default();
            Plot {
                title: "Cumulative flow".into(),
                x_desc: "day".into(),
                y_desc: "issues".into(),
                x: labels(&r, "date"),
                series: names.iter().map(|n| series(n, column(&r, n))).collect(),
                shape: Shape::Stacked,
            }
        }
        "insights_cycle_time" => {
            // A control chart: each issue at the day it was done, on a calendar axis.
            let r = rows(report, "issues");
            let done: Vec<(chrono::NaiveDate, f64)> = r
                .iter()
                .filter_map(|row| {
                    let day = row["done"].as_str()?.get(..10)?.parse().ok()?;
                    Some((day, num(&row["cycle_days"])))
                })
                .collect();
            let first = done.iter().map(|(d, _)| *d).min();
            let last = done.iter().map(|(d, _)| *d).max();
            let days: Vec<String> = match (first, last) {
                (Some(a), Some(b)) => a
                    .iter_days()
                    .take_while(|d| *d <= b)
                    .map(|d| d.to_string())
                    .collect(),
                _ => Vec::new(),
            };
            let at = done
                .iter()
                .map(|(d, _)| first.map_or(0.0, |f| (*d - f).num_days() as f64))
                .collect();
            Plot {
                title: "Cycle time".into(),
                x_desc: "done on".into(),
                y_desc: "days".into(),
                x: days,
                series: vec![series("issue", done.iter().map(|(_, v)| *v).collect())],
                shape: percentile_scatter(report, at),
            }
        }
        "insights_aging" => {
            // ActionableAgile's aging chart: a column per status, each issue a dot at its age
            // (spread across the column so that equal ages stay visible).
            let r = rows(report, "aging");
            let mut statuses: Vec<String> = labels(&r, "status");
            statuses.sort();
            statuses.dedup();
            let at = r
                .iter()
                .enumerate()
                .map(|(i, row)| {
                    let column = statuses
                        .iter()
                        .position(|s| *s == text(&row["status"]))
                        .unwrap_or(0);
                    column as f64 - 0.35 + 0.7 * ((i as f64 * 0.618_034) % 1.0)
                })
                .collect();
            Plot {
                title: "Aging work in progress".into(),
                x_desc: "status".into(),
                y_desc: "age in days".into(),
                x: statuses,
                series: vec![series("issue in progress", column(&r, "age_days"))],
                shape: percentile_scatter(report, at),
            }
        }
        "insights_forecast" => {
            let r = rows(report, "forecast");
            let today: Option<chrono::NaiveDate> = report
                .meta
                .get("today")
                .and_then(Value::as_str)
                .and_then(|d| d.parse().ok());
            let (values, y_desc) = if r.first().is_some_and(|row| row.get("date").is_some()) {
                let days = r
                    .iter()
                    .map(|row| {
                        let d: Option<chrono::NaiveDate> =
                            row["date"].as_str().and_then(|d| d.parse().ok());
                        match (d, today) {
                            (Some(d), Some(t)) => (d - t).num_days() as f64,
                            _ => 0.0,
                        }
                    })
                    .collect();
                (days, "days from today")
            } else {
                (column(&r, "items"), "issues done at least")
            };
            let question = &report.meta.get("question").cloned().unwrap_or(Value::Null);
            let title = match (question.get("items"), question.get("until")) {
                (Some(n), _) => format!("Forecast: when will {} more be done?", text(n)),
                (None, Some(d)) => format!("Forecast: how many done by {}?", text(d)),
                _ => "Forecast".to_string(),
            };
            Plot {
                title,
                x_desc: "confidence".into(),
                y_desc: y_desc.into(),
                // Each bar names its answer: "85% by 2027-01-14" or "85%: 42".
                x: r.iter()
                    .map(|row| {
                        let answer = row.get("date").unwrap_or(&row["items"]);
                        let sep = if row.get("date").is_some() {
                            " by"
                        } else {
                            ":"
                        };
                        format!(
                            "{}%{sep} {}",
                            text(&row["confidence_percent"]),
                            text(answer)
                        )
                    })
                    .collect(),
                series: vec![series("forecast", values)],
                shape: Shape::Bars,
            }
        }
        "insights_sprint" => {
            let summary = report
                .section("summary")
                .map(|s| s.to_json())
                .unwrap_or(Value::Null);
            let buckets = [
                ("completed", "completed_issues"),
                ("not completed", "not_completed_issues"),
                ("removed", "removed_issues"),
                ("completed outside", "completed_outside_issues"),
                ("added after start", "added_after_start_issues"),
            ];
            let name = report
                .meta
                .get("sprint")
                .map_or(String::new(), |s| text(&s["name"]));
            Plot {
                title: format!("Sprint report: {name}"),
                x_desc: "bucket".into(),
                y_desc: "issues".into(),
                x: buckets.iter().map(|(l, _)| l.to_string()).collect(),
                series: vec![series(
                    "issues",
                    buckets.iter().map(|(_, k)| num(&summary[*k])).collect(),
                )],
                shape: Shape::Bars,
            }
        }
        other => {
            return Err(Error::usage(format!(
                "--chart draws insights reports, not {other}"
            )));
        }
    })
}

/// Dots at `at`, with the report summary's 50/70/85/95th percentile lines.
fn percentile_scatter(report: &Report, at: Vec<f64>) -> Shape {
    let summary = report
        .section("summary")
        .map(|s| s.to_json())
        .unwrap_or(Value::Null);
    Shape::Scatter {
        marks: percentile_marks(&summary, "p{}_days"),
        at: Some(at),
    }
}

fn percentile_marks(summary: &Value, pattern: &str) -> Vec<(String, f64)> {
    [50, 70, 85, 95]
        .iter()
        .filter_map(|p| {
            let key = pattern.replace("{}", &p.to_string());
            summary
                .get(&key)
                .and_then(Value::as_f64)
                .map(|v| (format!("{p}th percentile"), v))
        })
        .collect()
}

/// Every `n`-th label, so that labels along x never touch (about 6.5 px a character at 12 px).
fn thin(labels: &[String]) -> usize {
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(1);
    let room = f64::from(WIDTH - LEGEND_WIDTH - 100);
    let fit = ((room / (longest as f64 * 6.5 + 8.0)) as usize).max(1);
    labels.len().div_ceil(fit).max(1)
}

/// How a series shows in the legend.
#[derive(Clone, Copy)]
enum Swatch {
    Block,
    Line,
    Dot,
}

struct LegendEntry {
    label: String,
    color: RGBColor,
    swatch: Swatch,
}

const LEGEND_WIDTH: u32 = 210;
/// Longest legend label in characters; longer ones end in "…".
const LEGEND_CHARS: usize = 26;

fn color(i: usize) -> RGBColor {
    PALETTE[i % PALETTE.len()]
}

/// Whole numbers without a decimal point, others with one.
fn tick(v: f64) -> String {
    if v.fract().abs() < 1e-9 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

fn shorten(label: &str) -> String {
    if label.chars().count() <= LEGEND_CHARS {
        label.to_string()
    } else {
        let cut: String = label.chars().take(LEGEND_CHARS - 1).collect();
        format!("{cut}…")
    }
}

fn draw(plot: &Plot, subtitle: &str) -> std::result::Result<String, Box<dyn std::error::Error>> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE)?;
        let (header, body) = root.split_vertically(64);
        header.draw(&Text::new(
            plot.title.clone(),
            (20, 10),
            ("sans-serif", 24).into_font().color(&BLACK),
        ))?;
        header.draw(&Text::new(
            subtitle.to_string(),
            (20, 40),
            ("sans-serif", 14).into_font().color(&RGBColor(90, 90, 90)),
        ))?;
        // The legend has its own column: it never covers the data.
        let (area, legend_area) = body.split_horizontally(WIDTH - LEGEND_WIDTH);
        let n = plot.x.len().max(1);
        let value = |s: &Series, i: usize| s.values.get(i).copied().unwrap_or(0.0);
        let stacked_max = if matches!(plot.shape, Shape::Stacked) {
            (0..n)
                .map(|i| plot.series.iter().map(|s| value(s, i)).sum::<f64>())
                .fold(0.0, f64::max)
        } else {
            0.0
        };
        let marks_max = match &plot.shape {
            Shape::Scatter { marks, .. } => marks.iter().map(|(_, v)| *v).fold(0.0, f64::max),
            _ => 0.0,
        };
        let y_max = plot
            .series
            .iter()
            .flat_map(|s| s.values.iter().copied())
            .fold(stacked_max.max(marks_max), f64::max)
            .max(1.0)
            * 1.1;
        let mut chart = ChartBuilder::on(&area)
            .margin(16)
            .x_label_area_size(56)
            .y_label_area_size(64)
            .build_cartesian_2d(0f64..n as f64, 0f64..y_max)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .x_desc(plot.x_desc.clone())
            .y_desc(plot.y_desc.clone())
            .y_label_formatter(&|v| tick(*v))
            .label_style(("sans-serif", 12))
            .axis_desc_style(("sans-serif", 14))
            .draw()?;
        // Category labels centred under their bar or point (plotters would put its own ticks
        // between them).
        let label_style = ("sans-serif", 12).into_font().color(&BLACK).pos(
            plotters::style::text_anchor::Pos::new(
                plotters::style::text_anchor::HPos::Center,
                plotters::style::text_anchor::VPos::Top,
            ),
        );
        for i in (0..plot.x.len()).step_by(thin(&plot.x)) {
            let (px, py) = chart.backend_coord(&(i as f64 + 0.5, 0.0));
            root.draw(&Text::new(
                plot.x[i].clone(),
                (px, py + 6),
                label_style.clone(),
            ))?;
        }
        let mut legend = Vec::new();
        let mut entry = |label: String, color: RGBColor, swatch: Swatch| {
            legend.push(LegendEntry {
                label,
                color,
                swatch,
            })
        };
        match &plot.shape {
            Shape::Bars => {
                let k = plot.series.len().max(1) as f64;
                let width = 0.8 / k;
                for (si, s) in plot.series.iter().enumerate() {
                    let c = color(si);
                    chart.draw_series(s.values.iter().enumerate().map(|(i, v)| {
                        let x0 = i as f64 + 0.1 + si as f64 * width;
                        Rectangle::new([(x0, 0.0), (x0 + width * 0.95, *v)], c.filled())
                    }))?;
                    entry(s.name.clone(), c, Swatch::Block);
                }
            }
            Shape::Lines => {
                for (si, s) in plot.series.iter().enumerate() {
                    let c = color(si);
                    chart.draw_series(LineSeries::new(
                        s.values
                            .iter()
                            .enumerate()
                            .map(|(i, v)| (i as f64 + 0.5, *v)),
                        c.stroke_width(2),
                    ))?;
                    entry(s.name.clone(), c, Swatch::Line);
                }
            }
            Shape::Stacked => {
                // The top band is drawn first; each lower band then covers what is not its own.
                let mut running = vec![0.0; n];
                let mut tops: Vec<Vec<f64>> = Vec::new();
                for s in &plot.series {
                    for (i, top) in running.iter_mut().enumerate() {
                        *top += value(s, i);
                    }
                    tops.push(running.clone());
                }
                for (si, s) in plot.series.iter().enumerate().rev() {
                    let c = color(si);
                    chart.draw_series(AreaSeries::new(
                        tops[si]
                            .iter()
                            .enumerate()
                            .map(|(i, v)| (i as f64 + 0.5, *v)),
                        0.0,
                        c.filled(),
                    ))?;
                    // Listed top band first, as they stack.
                    entry(s.name.clone(), c, Swatch::Block);
                }
            }
            Shape::Scatter { marks, at } => {
                let c = color(0);
                for s in &plot.series {
                    chart.draw_series(s.values.iter().enumerate().map(|(i, v)| {
                        let x = at
                            .as_ref()
                            .and_then(|a| a.get(i).copied())
                            .unwrap_or(i as f64);
                        Circle::new((x + 0.5, *v), 3, c.mix(0.7).filled())
                    }))?;
                    entry(s.name.clone(), c, Swatch::Dot);
                }
                for (mi, (label, v)) in marks.iter().enumerate() {
                    let mark = color(mi + 1);
                    chart.draw_series(LineSeries::new(
                        [(0.0, *v), (n as f64, *v)],
                        mark.stroke_width(1),
                    ))?;
                    entry(format!("{label}: {} days", tick(*v)), mark, Swatch::Line);
                }
            }
        }
        for (i, e) in legend.iter().enumerate() {
            let y = 28 + 20 * i as i32;
            match e.swatch {
                Swatch::Block => legend_area
                    .draw(&Rectangle::new([(4, y - 6), (16, y + 6)], e.color.filled()))?,
                Swatch::Line => legend_area.draw(&PathElement::new(
                    vec![(2, y), (18, y)],
                    e.color.stroke_width(2),
                ))?,
                Swatch::Dot => legend_area.draw(&Circle::new((10, y), 4, e.color.filled()))?,
            }
            legend_area.draw(&Text::new(
                shorten(&e.label),
                (24, y - 7),
                ("sans-serif", 13).into_font().color(&BLACK),
            ))?;
        }
        root.present()?;
    }
    Ok(svg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::report::{Column, ColumnKind, Section};
    use serde_json::json;

    fn throughput(rows: Vec<(&str, u64)>) -> Report {
        Report::new("insights_throughput")
            .with_meta("per", "week")
            .with_section(Section::rows(
                "throughput",
                "Throughput",
                vec![
                    Column::new("period_start", "From", ColumnKind::Date),
                    Column::new("done", "Done", ColumnKind::Bar),
                ],
                rows.into_iter()
                    .map(|(d, n)| vec![json!(d), json!(n)])
                    .collect(),
            ))
    }

    #[test]
    fn a_chart_has_a_title_a_subtitle_axes_and_a_bar_per_period() {
        let svg = render_svg(
            &throughput(vec![
                ("2026-11-02", 3),
                ("2026-11-09", 0),
                ("2026-11-16", 5),
            ]),
            "PLAT · last 3 weeks",
        )
        .expect("draws");
        assert!(svg.starts_with("<svg"), "{svg}");
        for text in [
            "Throughput per week",
            "PLAT · last 3 weeks",
            "issues done",
            "week starting",
            "2026-11-16",
            ">\ndone\n<",
        ] {
            assert!(svg.contains(text), "{text} in the chart");
        }
    }

    #[test]
    fn hostile_text_is_escaped_in_the_svg() {
        let svg = render_svg(
            &throughput(vec![("2026-11-02", 1)]),
            "<script>alert(1)</script> & \"x\"",
        )
        .expect("draws");
        assert!(!svg.contains("<script>"), "{svg}");
        assert!(svg.contains("&lt;script&gt;"), "{svg}");
    }

    #[test]
    fn a_report_that_is_not_an_insight_has_no_chart() {
        let err = render_svg(&Report::new("dashboard"), "").expect_err("no chart");
        assert_eq!(err.kind(), crate::ErrorKind::Usage);
    }
}
