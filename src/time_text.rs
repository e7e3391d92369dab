//! Dates and times in the fixed-width text forms we store (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`) and iCalendar writes
//! (`YYYYMMDD`, `YYYYMMDDTHHMMSS`), read and written by hand. chrono's pattern-driven `parse_from_str` and `format`
//! re-read their pattern on every call, which was a tenth of a 100,000-event import (BENCHMARKS.md). Each reader
//! accepts exactly its form and returns `None` for anything else, so callers fall back to chrono for the looser
//! forms it accepts and for its error messages.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// `YYYY-MM-DDTHH:MM`, or `YYYY-MM-DDTHH:MM:SS` when the seconds are not zero (what people type never has them;
/// calendars from elsewhere sometimes do, and an instance a few seconds off is another instance).
pub fn local_text(t: &NaiveDateTime) -> String {
    let minutes = [('-', t.month()), ('-', t.day()), ('T', t.hour()), (':', t.minute())];
    match t.second() {
        0 => write(t, "%Y-%m-%dT%H:%M", &minutes),
        s => write(t, "%Y-%m-%dT%H:%M:%S", &[minutes[0], minutes[1], minutes[2], minutes[3], (':', s)]),
    }
}

/// `YYYYMMDDTHHMMSS`.
pub fn basic_text(t: &NaiveDateTime) -> String {
    let parts = [t.month(), t.day(), t.hour(), t.minute(), t.second()];
    let with = |i: usize| (if i == 2 { 'T' } else { '\0' }, parts[i]);
    write(t, "%Y%m%dT%H%M%S", &[with(0), with(1), with(2), with(3), with(4)])
}

/// `YYYYMMDD`.
pub fn basic_date_text(d: &NaiveDate) -> String {
    let t = d.and_time(NaiveTime::MIN);
    write(&t, "%Y%m%d", &[('\0', t.month()), ('\0', t.day())])
}

/// The year in four digits, then each part in two after its separator (`'\0'`: none).
fn write(t: &NaiveDateTime, chrono_pattern: &str, parts: &[(char, u32)]) -> String {
    let year = match u32::try_from(t.year()) {
        Ok(y) if y <= 9999 => y,
        // Outside 0..=9999 (never in a calendar, but chrono allows it): chrono's own form, sign and all.
        _ => return t.format(chrono_pattern).to_string(),
    };
    let mut out = String::with_capacity(4 + 3 * parts.len());
    two_digits(&mut out, year / 100);
    two_digits(&mut out, year % 100);
    for &(sep, n) in parts {
        if sep != '\0' {
            out.push(sep);
        }
        two_digits(&mut out, n);
    }
    out
}

fn two_digits(out: &mut String, n: u32) {
    out.push(char::from(b'0' + (n / 10) as u8));
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(number(&b[..4])? as i32, number(&b[5..7])?, number(&b[8..])?)
}

/// `YYYY-MM-DDTHH:MM`.
pub fn parse_local(s: &str) -> Option<NaiveDateTime> {
    let b = s.as_bytes();
    if b.len() != 16 || b[10] != b'T' || b[13] != b':' {
        return None;
    }
    let time = NaiveTime::from_hms_opt(number(&b[11..13])?, number(&b[14..])?, 0)?;
    Some(parse_date(&s[..10])?.and_time(time))
}

/// `YYYYMMDD`.
pub fn parse_basic_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 8 {
        return None;
    }
    NaiveDate::from_ymd_opt(number(&b[..4])? as i32, number(&b[4..6])?, number(&b[6..])?)
}

/// `YYYYMMDDTHHMMSS` (no zone suffix).
pub fn parse_basic_datetime(s: &str) -> Option<NaiveDateTime> {
    let b = s.as_bytes();
    if b.len() != 15 || b[8] != b'T' {
        return None;
    }
    let time = NaiveTime::from_hms_opt(number(&b[9..11])?, number(&b[11..13])?, number(&b[13..])?)?;
    Some(parse_basic_date(&s[..8])?.and_time(time))
}

/// Unsigned decimal digits only (no sign, no spaces).
fn number(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |n, d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_exactly_its_form_and_agrees_with_chrono() {
        let t = NaiveDateTime::parse_from_str("2025-03-09T02:05", "%Y-%m-%dT%H:%M").expect("chrono");
        assert_eq!(local_text(&t), "2025-03-09T02:05");
        assert_eq!(basic_text(&t), "20250309T020500");
        assert_eq!(basic_date_text(&t.date()), "20250309");
        let far = NaiveDate::from_ymd_opt(12345, 1, 2).expect("date").and_hms_opt(23, 59, 0).expect("time");
        assert_eq!(local_text(&far), far.format("%Y-%m-%dT%H:%M").to_string());
        assert_eq!(basic_text(&far), far.format("%Y%m%dT%H%M%S").to_string());
        assert_eq!(parse_local("2025-03-09T02:05"), Some(t));
        assert_eq!(parse_basic_datetime("20250309T020500"), Some(t));
        assert_eq!(parse_date("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
        assert_eq!(parse_basic_date("20240229"), NaiveDate::from_ymd_opt(2024, 2, 29));
        for bad in ["2023-02-29", "2025-3-09", "2025-03-09 ", "+025-03-09", "2025/03/09"] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        for bad in ["2025-03-09T24:00", "2025-03-09T02:05:00", "2025-03-09 02:05", "2025-03-09T2:05"] {
            assert_eq!(parse_local(bad), None, "{bad}");
        }
        for bad in ["20250309T020560", "20250309T0205", "20250309Z020500", "20251309T020500"] {
            assert_eq!(parse_basic_datetime(bad), None, "{bad}");
        }
    }
}
