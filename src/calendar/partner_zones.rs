//! An instance's times in the partners' zones: "20:00 Manila · 07:00 Toronto · 01:00 Auckland (+1 day)".

use chrono::{DateTime, TimeZone};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::zones::shift_label;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ZoneTime {
    pub zone: String,
    /// The zone's city, for people: "Asia/Ho_Chi_Minh" → "Ho Chi Minh".
    pub city: String,
    /// RFC 3339 in `zone`.
    pub start: String,
    pub end: String,
    /// Local calendar day of the start compared with the event's own (+1: the next day there).
    pub day_shift: i64,
    /// "Wed 19 Feb 01:00–02:30 (+1 day)".
    pub text: String,
}

pub fn city(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

/// `start`/`end` (in the event's zone) as seen in each of `zones`.
pub fn times_in_zones(start: DateTime<Tz>, end: DateTime<Tz>, zones: &[Tz]) -> Vec<ZoneTime> {
    let home_day = start.date_naive();
    zones
        .iter()
        .map(|tz| {
            let (s, e) = (start.with_timezone(tz), end.with_timezone(tz));
            let day_shift = (s.date_naive() - home_day).num_days();
            let end_text = if e.date_naive() == s.date_naive() {
                e.format("%H:%M").to_string()
            } else {
                e.format("%a %-d %b %H:%M").to_string()
            };
            let shift = shift_label(day_shift);
            let text = format!(
                "{}–{}{}",
                s.format("%a %-d %b %H:%M"),
                end_text,
                if shift.is_empty() { String::new() } else { format!(" {shift}") }
            );
            ZoneTime {
                zone: tz.name().into(),
                city: city(tz.name()),
                start: s.to_rfc3339(),
                end: e.to_rfc3339(),
                day_shift,
                text,
            }
        })
        .collect()
}

/// One line for an announcement: the start time in each zone, its city, and a day mark where the day differs.
pub fn one_line<Z: TimeZone>(start: DateTime<Z>, zones: &[Tz]) -> String {
    let home_day = start.naive_local().date();
    zones
        .iter()
        .map(|tz| {
            let s = start.with_timezone(tz);
            let shift = shift_label((s.date_naive() - home_day).num_days());
            let mut part = format!("{} {}", s.format("%H:%M"), city(tz.name()));
            if !shift.is_empty() {
                part = format!("{part} {shift}");
            }
            part
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::{America, Asia, Europe, Pacific};

    #[test]
    fn a_manila_webinar_in_partner_zones() {
        let start = Asia::Manila.with_ymd_and_hms(2025, 2, 18, 20, 0, 0).single().expect("time");
        let end = Asia::Manila.with_ymd_and_hms(2025, 2, 18, 21, 30, 0).single().expect("time");
        let zones = [Asia::Manila, America::Toronto, Europe::London, Pacific::Auckland];
        assert_eq!(one_line(start, &zones), "20:00 Manila · 07:00 Toronto · 12:00 London · 01:00 Auckland (+1 day)");
        let times = times_in_zones(start, end, &zones);
        assert_eq!(times[3].text, "Wed 19 Feb 01:00–02:30 (+1 day)");
        assert_eq!(times[1].day_shift, 0);
        assert_eq!(times[1].start, "2025-02-18T07:00:00-05:00");
    }

    #[test]
    fn a_late_toronto_meeting_is_the_previous_day_nowhere_and_next_day_in_asia() {
        let start = America::Toronto.with_ymd_and_hms(2025, 3, 11, 19, 0, 0).single().expect("time");
        assert_eq!(one_line(start, &[America::Toronto, Asia::Manila]), "19:00 Toronto · 07:00 Manila (+1 day)");
        let honolulu: Tz = "Pacific/Honolulu".parse().expect("zone");
        let early = Asia::Manila.with_ymd_and_hms(2025, 3, 11, 6, 0, 0).single().expect("time");
        assert_eq!(one_line(early, &[honolulu]), "12:00 Honolulu (-1 day)");
    }
}
