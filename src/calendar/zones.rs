//! Turning a wall-clock time in a zone into an instant, with the two daylight-saving traps named for the user.

use chrono::{DateTime, Duration, NaiveDateTime, TimeZone};
use chrono_tz::Tz;

/// The instant a local time denotes in `tz`.
///
/// A time that falls in a spring-forward gap does not exist: the error names the gap so the user can pick a real
/// time. A time that occurs twice (fall-back) takes the earlier instant, which is what Google, Outlook and Apple do
/// and what RFC 5545 §3.3.5 prescribes for ambiguous local times.
pub fn resolve_local(tz: Tz, local: NaiveDateTime) -> Result<DateTime<Tz>, String> {
    resolve_local_msg(tz, local).map_err(|m| m.english())
}

/// [`resolve_local`] with the gap named as a catalogued message, for what a person typed into a form.
pub fn resolve_local_msg(tz: Tz, local: NaiveDateTime) -> Result<DateTime<Tz>, crate::i18n::Msg> {
    match tz.from_local_datetime(&local) {
        chrono::LocalResult::Single(dt) => Ok(dt),
        chrono::LocalResult::Ambiguous(a, b) => Ok(a.min(b)),
        chrono::LocalResult::None => {
            let exists = |t: NaiveDateTime| !matches!(tz.from_local_datetime(&t), chrono::LocalResult::None);
            // Gaps are at most a few hours and start on whole minutes, so a minute-by-minute walk finds their edges.
            let mut start = local;
            while start > local - Duration::hours(24) && !exists(start - Duration::minutes(1)) {
                start -= Duration::minutes(1);
            }
            let mut end = local;
            while end < local + Duration::hours(24) && !exists(end) {
                end += Duration::minutes(1);
            }
            Err(crate::msg!(
                "core-dst-gap",
                value = local.format("%Y-%m-%dT%H:%M").to_string(),
                zone = tz.name(),
                day = start.format("%Y-%m-%d").to_string(),
                from = start.format("%H:%M").to_string(),
                to = end.format("%H:%M").to_string(),
            ))
        }
    }
}

/// "(+1 day)", "(-1 day)" or "" for a local date compared with a reference date.
pub fn shift_label(days: i64) -> String {
    match days {
        0 => String::new(),
        1 => "(+1 day)".into(),
        -1 => "(-1 day)".into(),
        d if d > 0 => format!("(+{d} days)"),
        d => format!("({d} days)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).and_then(|d| d.and_hms_opt(h, min, 0)).expect("valid test date")
    }

    #[test]
    fn spring_forward_gap_is_named() {
        let err = resolve_local(chrono_tz::America::Toronto, at(2025, 3, 9, 2, 30)).unwrap_err();
        assert_eq!(
            err,
            "2025-03-09T02:30 does not exist in America/Toronto: on 2025-03-09 the clocks jump from 02:00 to 03:00 \
             (daylight saving); pick a time outside that gap"
        );
    }

    #[test]
    fn fall_back_takes_the_earlier_instant() {
        let dt = resolve_local(chrono_tz::America::Toronto, at(2025, 11, 2, 1, 30)).expect("exists");
        assert_eq!(dt.to_rfc3339(), "2025-11-02T01:30:00-04:00");
    }

    #[test]
    fn zones_without_dst_resolve_simply() {
        let dt = resolve_local(chrono_tz::Asia::Manila, at(2025, 2, 18, 20, 0)).expect("exists");
        assert_eq!(dt.with_timezone(&chrono_tz::Pacific::Auckland).to_rfc3339(), "2025-02-19T01:00:00+13:00");
        assert_eq!(shift_label(1), "(+1 day)");
    }
}
