//! The simulator's clock and Jira's date formats.
//!
//! Jira formats timestamps in the site's zone with an offset without a colon
//! (`2024-01-15T10:30:00.000+0000`), and that offset follows daylight saving. The simulated
//! site lives in a London-like zone (UTC in winter, +0100 in summer) so clients that assume
//! `+0000` or RFC 3339 break here as they would on a real site.

use std::time::Instant;

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, NaiveDate, TimeZone, Timelike, Utc, Weekday,
};

/// Name reported as the site's time zone.
pub(crate) const SITE_TIME_ZONE: &str = "Europe/London";

/// A clock that starts at a chosen instant and then runs at real speed.
#[derive(Debug, Clone)]
pub(crate) struct SimClock {
    started: Instant,
    start: DateTime<Utc>,
}

impl SimClock {
    pub(crate) fn new(start: Option<DateTime<Utc>>) -> Self {
        SimClock {
            started: Instant::now(),
            start: start.unwrap_or_else(Utc::now),
        }
    }

    pub(crate) fn now(&self) -> DateTime<Utc> {
        let elapsed = Duration::from_std(self.started.elapsed()).unwrap_or(Duration::zero());
        // Millisecond precision, as Jira stores it.
        truncate_ms(self.start + elapsed)
    }

    /// Midnight UTC of the day the clock started: generated history ends here.
    pub(crate) fn anchor(&self) -> DateTime<Utc> {
        start_of_day_utc(self.start)
    }
}

pub(crate) fn truncate_ms(t: DateTime<Utc>) -> DateTime<Utc> {
    let ms = t.timestamp_millis();
    DateTime::from_timestamp_millis(ms).unwrap_or(t)
}

pub(crate) fn start_of_day_utc(t: DateTime<Utc>) -> DateTime<Utc> {
    Utc.from_utc_datetime(
        &t.date_naive()
            .and_hms_opt(0, 0, 0)
            .expect("midnight exists"),
    )
}

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let first_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }
    .expect("valid month");
    let mut d = first_next - Duration::days(1);
    while d.weekday() != Weekday::Sun {
        d -= Duration::days(1);
    }
    d
}

/// The site's UTC offset at an instant: EU summer time from the last Sunday of March to the
/// last Sunday of October, 01:00 UTC.
pub(crate) fn site_offset(t: DateTime<Utc>) -> FixedOffset {
    let year = t.year();
    let begin = Utc.from_utc_datetime(&last_sunday(year, 3).and_hms_opt(1, 0, 0).expect("time"));
    let end = Utc.from_utc_datetime(&last_sunday(year, 10).and_hms_opt(1, 0, 0).expect("time"));
    let secs = if t >= begin && t < end { 3600 } else { 0 };
    FixedOffset::east_opt(secs).expect("valid offset")
}

/// `2024-01-15T10:30:00.000+0000` in the site's zone.
pub(crate) fn jira_ts(t: DateTime<Utc>) -> String {
    t.with_timezone(&site_offset(t))
        .format("%Y-%m-%dT%H:%M:%S%.3f%z")
        .to_string()
}

/// Agile dates: `2024-01-15T10:30:00.000Z`.
pub(crate) fn agile_ts(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// `X-RateLimit-Reset`: `yyyy-MM-ddTHH:mmZ`.
pub(crate) fn minute_ts(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%MZ").to_string()
}

pub(crate) fn date_str(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The site-local calendar date of an instant.
pub(crate) fn site_date(t: DateTime<Utc>) -> NaiveDate {
    t.with_timezone(&site_offset(t)).date_naive()
}

/// A site-local wall time converted to UTC (JQL dates are in the searcher's zone).
pub(crate) fn site_local_to_utc(d: NaiveDate, hour: u32, minute: u32) -> DateTime<Utc> {
    let naive = d.and_hms_opt(hour, minute, 0).expect("valid wall time");
    // Guess with the offset at that wall time read as UTC, then correct once.
    let guess = Utc.from_utc_datetime(&naive);
    let off =
        site_offset(guess - Duration::seconds(i64::from(site_offset(guess).local_minus_utc())));
    Utc.from_utc_datetime(&(naive - Duration::seconds(i64::from(off.local_minus_utc()))))
}

/// Start of the site-local day containing `t`.
pub(crate) fn site_start_of_day(t: DateTime<Utc>) -> DateTime<Utc> {
    site_local_to_utc(site_date(t), 0, 0)
}

/// Whole hours and minutes of a UTC instant (used by tests and formatting checks).
#[allow(dead_code)]
pub(crate) fn hm(t: DateTime<Utc>) -> (u32, u32) {
    (t.hour(), t.minute())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .expect("valid")
            .with_timezone(&Utc)
    }

    #[test]
    fn jira_timestamps_have_millis_and_offset_without_colon() {
        assert_eq!(
            jira_ts(utc("2024-01-15T10:30:00Z")),
            "2024-01-15T10:30:00.000+0000"
        );
    }

    #[test]
    fn summer_timestamps_carry_the_daylight_saving_offset() {
        assert_eq!(
            jira_ts(utc("2024-05-15T10:30:00.250Z")),
            "2024-05-15T11:30:00.250+0100"
        );
        // DST 2024 ends on 27 October at 01:00 UTC.
        assert_eq!(
            jira_ts(utc("2024-10-27T00:59:00Z")),
            "2024-10-27T01:59:00.000+0100"
        );
        assert_eq!(
            jira_ts(utc("2024-10-27T01:00:00Z")),
            "2024-10-27T01:00:00.000+0000"
        );
    }

    #[test]
    fn agile_timestamps_are_utc_with_z() {
        assert_eq!(
            agile_ts(utc("2024-05-15T10:30:00Z")),
            "2024-05-15T10:30:00.000Z"
        );
    }

    #[test]
    fn site_local_wall_time_converts_back_to_utc() {
        let d = NaiveDate::from_ymd_opt(2024, 7, 1).expect("date");
        assert_eq!(site_local_to_utc(d, 0, 0), utc("2024-06-30T23:00:00Z"));
        let w = NaiveDate::from_ymd_opt(2024, 1, 1).expect("date");
        assert_eq!(site_local_to_utc(w, 14, 5), utc("2024-01-01T14:05:00Z"));
    }

    #[test]
    fn pinned_clock_starts_at_the_pin() {
        let c = SimClock::new(Some(utc("2024-03-01T12:00:00Z")));
        assert!(c.now() >= utc("2024-03-01T12:00:00Z"));
        assert_eq!(c.anchor(), utc("2024-03-01T00:00:00Z"));
    }
}
