//! Timestamps and dates as every output writes them: RFC 3339 in UTC with whole seconds
//! (`2026-11-25T10:30:00Z`) and ISO dates (`2026-11-25`). One formatter for the whole crate.

use chrono::{DateTime, Datelike, NaiveDate, SecondsFormat, Utc};

/// `2026-11-25T10:30:00Z`. Written by hand: chrono's formatter is the slowest part of building
/// 100k ticket rows.
pub fn rfc3339(t: DateTime<Utc>) -> String {
    use chrono::Timelike;
    let d = t.date_naive();
    if !(0..=9999).contains(&d.year()) {
        return t.to_rfc3339_opts(SecondsFormat::Secs, true);
    }
    let mut s = String::with_capacity(20);
    push_date(&mut s, d);
    s.push('T');
    push2(&mut s, t.hour());
    s.push(':');
    push2(&mut s, t.minute());
    s.push(':');
    push2(&mut s, t.second());
    s.push('Z');
    s
}

/// `2026-11-25` (see [`rfc3339`] for why by hand).
pub fn iso_date(d: NaiveDate) -> String {
    if !(0..=9999).contains(&d.year()) {
        return d.to_string();
    }
    let mut s = String::with_capacity(10);
    push_date(&mut s, d);
    s
}

fn push_date(s: &mut String, d: NaiveDate) {
    let y = d.year() as u32;
    push2(s, y / 100);
    push2(s, y % 100);
    s.push('-');
    push2(s, d.month());
    s.push('-');
    push2(s, d.day());
}

fn push2(s: &mut String, n: u32) {
    s.push(char::from(b'0' + (n / 10 % 10) as u8));
    s.push(char::from(b'0' + (n % 10) as u8));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_written_timestamps_match_chrono() {
        let mut t = DateTime::<Utc>::from_timestamp(0, 0).expect("epoch");
        for _ in 0..500 {
            assert_eq!(rfc3339(t), t.to_rfc3339_opts(SecondsFormat::Secs, true));
            assert_eq!(iso_date(t.date_naive()), t.date_naive().to_string());
            t += chrono::Duration::seconds(7_777_777);
        }
        let far = NaiveDate::from_ymd_opt(12345, 1, 2).expect("valid");
        assert_eq!(iso_date(far), far.to_string());
    }
}
