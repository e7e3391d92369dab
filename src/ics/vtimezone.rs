//! VTIMEZONE components generated from the IANA data in chrono-tz, so a file is read the same way by clients that
//! do not know the zone (Outlook) and by those that do (Google, Apple, Thunderbird).
//!
//! chrono-tz answers "which offset at this instant" but does not list transitions, so we find them: a day-by-day
//! walk spots a change of offset and a binary search pins it to the second. Each transition becomes one dated
//! observance (no RRULE), which is exact for every year the events touch, historic changes included.

use chrono::{DateTime, Duration, NaiveDate, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

/// A VTIMEZONE for `tz` valid from 1 January `from_year` to 31 December `to_year`, as unfolded content lines.
pub fn vtimezone(tz: Tz, from_year: i32, to_year: i32) -> Vec<String> {
    let start = Utc.from_utc_datetime(&first_of(from_year).and_time(chrono::NaiveTime::MIN));
    let end = Utc.from_utc_datetime(&first_of(to_year + 1).and_time(chrono::NaiveTime::MIN));
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{}", tz.name())];
    // The offset in force when the range begins, as an observance of its own.
    let before = tz.offset_from_utc_datetime(&(start - Duration::seconds(1)).naive_utc());
    lines.extend(observance(tz, start, before.fix().local_minus_utc()));
    let mut t = start;
    while t < end {
        let next = t + Duration::days(1);
        let (a, b) = (offset_at(tz, t), offset_at(tz, next));
        if a != b {
            let at = transition(tz, t, next);
            lines.extend(observance(tz, at, a));
        }
        t = next;
    }
    lines.push("END:VTIMEZONE".into());
    lines
}

fn first_of(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN)
}

fn offset_at(tz: Tz, t: DateTime<Utc>) -> i32 {
    tz.offset_from_utc_datetime(&t.naive_utc()).fix().local_minus_utc()
}

/// The first second in `(lo, hi]` with `hi`'s offset.
fn transition(tz: Tz, mut lo: DateTime<Utc>, mut hi: DateTime<Utc>) -> DateTime<Utc> {
    let target = offset_at(tz, hi);
    while hi - lo > Duration::seconds(1) {
        let mid = lo + (hi - lo) / 2;
        if offset_at(tz, mid) == target {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    hi
}

/// One STANDARD or DAYLIGHT observance beginning at `at` (UTC); its DTSTART is written in the offset before it.
fn observance(tz: Tz, at: DateTime<Utc>, offset_from: i32) -> Vec<String> {
    let offset = tz.offset_from_utc_datetime(&at.naive_utc());
    let kind = if offset.dst_offset().num_seconds() != 0 { "DAYLIGHT" } else { "STANDARD" };
    let local_before = at.naive_utc() + Duration::seconds(i64::from(offset_from));
    let mut lines = vec![
        format!("BEGIN:{kind}"),
        format!("DTSTART:{}", local_before.format("%Y%m%dT%H%M%S")),
        format!("TZOFFSETFROM:{}", utc_offset(offset_from)),
        format!("TZOFFSETTO:{}", utc_offset(offset.fix().local_minus_utc())),
    ];
    if let Some(name) = offset.abbreviation().filter(|n| !n.starts_with(['+', '-'])) {
        lines.push(format!("TZNAME:{name}"));
    }
    lines.push(format!("END:{kind}"));
    lines
}

/// `+0800`, `-0330`, `+053028` (seconds only when there are any, as LMT offsets have).
fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.abs();
    let (h, m, sec) = (s / 3600, (s / 60) % 60, s % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toronto_2025_has_its_two_changes_at_2am_local() {
        let lines = vtimezone(chrono_tz::America::Toronto, 2025, 2025).join("\n");
        assert!(lines.contains("BEGIN:DAYLIGHT\nDTSTART:20250309T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT"), "{lines}");
        assert!(lines.contains("BEGIN:STANDARD\nDTSTART:20251102T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD"), "{lines}");
    }

    #[test]
    fn manila_has_one_standard_observance_and_sao_paulo_stops_changing_after_2019() {
        let manila = vtimezone(chrono_tz::Asia::Manila, 2025, 2026);
        assert_eq!(manila.iter().filter(|l| l.starts_with("BEGIN:STANDARD")).count(), 1);
        assert!(manila.contains(&"TZOFFSETTO:+0800".to_string()));
        let sp = vtimezone(chrono_tz::America::Sao_Paulo, 2018, 2020).join("\n");
        assert!(sp.contains("DTSTART:20181104T000000\nTZOFFSETFROM:-0300\nTZOFFSETTO:-0200"), "{sp}");
        assert!(!sp.contains("DTSTART:2019110"), "no DST start in November 2019: {sp}");
    }
}
