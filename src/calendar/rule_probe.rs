//! Whether a rule's pattern matches any date at all. "Day 366, in ISO week 53, on a last Sunday" is a valid rule
//! that matches nothing; so is "every 24 hours, at 11" from a start at 10. The `rrule` crate looks for such a rule's
//! next instance period by period up to year 9999 or 100,000 periods, on every query: 30–300 ms per series, so a
//! 40 KB file of them made each calendar page take seconds. Such a rule is refused when it is saved or imported,
//! after a probe that costs at most one calendar cycle of its periods.
//!
//! Why a probe through the crate, not our own reading of the BY parts: the crate's semantics (ISO weeks, WKST,
//! BYSETPOS, negative ordinals) are what the calendar shows, and a second implementation of them would disagree at
//! the edges. The probe only chooses where the crate starts, so that the crate's own end (year 9999) cuts the
//! search after one cycle.

use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeZone, Timelike};

use super::recurrence::{crate_build, SeriesStart};
use crate::i18n::Msg;
use crate::msg;

/// The Gregorian calendar repeats itself every 400 years (146,097 days, exactly 20,871 weeks).
const CYCLE_YEARS: i32 = 400;
/// The crate's last year.
const LAST_YEAR: i32 = 9999;

/// Refuses a rule (as [`super::recurrence::normalise`] writes it) whose pattern matches no date, or no time of day
/// its steps can reach. COUNT and UNTIL are left out of the probe: a pattern that never matches is no rule even when
/// it is cut short. A rule the crate cannot read passes, for the build to say why.
pub fn ever_repeats(rule: &str, start: SeriesStart) -> Result<(), Msg> {
    let parts: Vec<(&str, &str)> =
        rule.split(';').filter_map(|p| p.split_once('=')).filter(|(k, _)| !matches!(*k, "COUNT" | "UNTIL")).collect();
    let get = |k: &str| get(&parts, k);
    let Some(freq) = get("FREQ") else { return Ok(()) };
    let interval: i64 = get("INTERVAL").and_then(|v| v.parse().ok()).unwrap_or(1).max(1);
    let local = match start {
        SeriesStart::Timed(dt) => dt.naive_local(),
        SeriesStart::AllDay(d) => d.and_time(chrono::NaiveTime::MIN),
    };
    let never = || Err(msg!("core-rrule-matches-no-date", value = crate::ics::preview(rule)));
    let pattern = match freq {
        "YEARLY" | "MONTHLY" | "WEEKLY" | "DAILY" => parts.iter().map(|(k, v)| format!("{k}={v}")).collect(),
        // Sub-daily steps: the times of day by arithmetic on the steps, the dates through a yearly probe of the
        // parts that choose days (a yearly rule expands them to every day they allow in the year). Without any, the
        // crate would default a yearly rule to the start's day; every day is then allowed anyway.
        "HOURLY" | "MINUTELY" | "SECONDLY" => {
            if !times_reachable(freq, interval, local, &parts) {
                return never();
            }
            if ["BYMONTHDAY", "BYYEARDAY", "BYDAY", "BYWEEKNO"].iter().all(|k| get(k).is_none()) {
                return Ok(());
            }
            let dates: Vec<String> = parts
                .iter()
                .filter(|(k, _)| matches!(*k, "BYMONTH" | "BYMONTHDAY" | "BYYEARDAY" | "BYDAY" | "BYWEEKNO" | "WKST"))
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            [vec!["FREQ=YEARLY".to_string()], dates].concat()
        }
        _ => return Ok(()),
    };
    // The pattern's state along its steps repeats within 400 years times the step (in years, at least one): start
    // the probe that long before the crate's last year, moved by whole cycles so the calendar is the same.
    let ceil = |a: i64, b: i64| (a + b - 1) / b;
    let step_years = match freq {
        "YEARLY" => interval,
        "MONTHLY" => ceil(interval, 12),
        "WEEKLY" => ceil(interval * 7, 365),
        "DAILY" => ceil(interval, 365),
        _ => 1,
    };
    let needed = i64::from(CYCLE_YEARS).saturating_mul(step_years);
    let room = i64::from(LAST_YEAR) - needed - i64::from(local.year());
    let cycles = if room > 0 { room / i64::from(CYCLE_YEARS) } else { 0 };
    let Some(moved) = shift_years(local, cycles * i64::from(CYCLE_YEARS)) else { return Ok(()) };
    let probe_start = match start {
        // The zone plays no part in which dates match; UTC has no gaps for the moved time to fall in.
        SeriesStart::Timed(_) => SeriesStart::Timed(chrono_tz::UTC.from_utc_datetime(&moved)),
        SeriesStart::AllDay(_) => SeriesStart::AllDay(moved.date()),
    };
    let Ok(set) = crate_build(&pattern.join(";"), probe_start) else { return Ok(()) };
    // `all` bounds the crate's search at 100,000 periods, as its walk stops there too.
    match std::panic::catch_unwind(|| set.all(1).dates.is_empty()) {
        Ok(true) => never(),
        _ => Ok(()),
    }
}

fn shift_years(t: NaiveDateTime, years: i64) -> Option<NaiveDateTime> {
    let year = i32::try_from(i64::from(t.year()) + years).ok()?;
    NaiveDate::from_ymd_opt(year, t.month(), t.day())?.and_hms_opt(t.hour(), t.minute(), t.second())
}

/// Whether steps of `interval` hours, minutes or seconds from the start's time of day reach a time the rule's
/// BYHOUR, BYMINUTE and BYSECOND allow. A part that only a step's own unit fixes (BYMINUTE in an hourly rule, say)
/// expands each step instead of choosing among them, so any value of it is reached.
fn times_reachable(freq: &str, interval: i64, start: NaiveDateTime, parts: &[(&str, &str)]) -> bool {
    let list =
        |k: &str| -> Option<Vec<i64>> { get(parts, k).map(|v| v.split(',').filter_map(|n| n.parse().ok()).collect()) };
    let (unit, chooses): (i64, &[&str]) = match freq {
        "HOURLY" => (3600, &["BYHOUR"]),
        "MINUTELY" => (60, &["BYHOUR", "BYMINUTE"]),
        _ => (1, &["BYHOUR", "BYMINUTE", "BYSECOND"]),
    };
    let wanted: Vec<(usize, Vec<i64>)> =
        chooses.iter().enumerate().filter_map(|(i, k)| list(k).map(|v| (i, v))).collect();
    if wanted.is_empty() {
        return true;
    }
    // Steps of `interval` units reach, over the days, the times of day that differ from the start's by a multiple
    // of gcd(step, day): at most 86,400 of them to try.
    let day = 86_400;
    let step = gcd(interval.saturating_mul(unit) % day, day);
    let first = i64::from(start.num_seconds_from_midnight()) % step;
    (0..day / step).map(|i| first + i * step).any(|s| {
        let fields = [s / 3600, s / 60 % 60, s % 60];
        wanted.iter().all(|(i, allowed)| allowed.contains(&fields[*i]))
    })
}

fn get<'a>(parts: &[(&str, &'a str)], key: &str) -> Option<&'a str> {
    parts.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn berlin(y: i32, m: u32, d: u32, h: u32, min: u32) -> SeriesStart {
        let tz: chrono_tz::Tz = "Europe/Berlin".parse().expect("zone");
        SeriesStart::Timed(tz.with_ymd_and_hms(y, m, d, h, min, 0).single().expect("time"))
    }

    fn refused(rule: &str, start: SeriesStart) -> bool {
        ever_repeats(rule, start).is_err()
    }

    #[test]
    fn patterns_that_match_no_date_are_refused() {
        let start = berlin(2026, 1, 5, 10, 0);
        for rule in [
            // Day 366 is December 31st of a leap year, which is then in ISO week 52 when it is a Sunday.
            "FREQ=YEARLY;BYWEEKNO=-53;BYYEARDAY=366;BYDAY=-1SU;COUNT=2147483648",
            "FREQ=WEEKLY;BYMONTH=2;BYDAY=MO;BYSETPOS=6",
            "FREQ=MONTHLY;BYMONTHDAY=-31;BYMONTH=2,4",
            "FREQ=HOURLY;BYYEARDAY=366;BYMONTH=1",
            "FREQ=HOURLY;INTERVAL=24;BYHOUR=11",
            "FREQ=MINUTELY;INTERVAL=60;BYMINUTE=30",
            "FREQ=SECONDLY;INTERVAL=86400;BYSECOND=5",
            // From 2026, every fourth or 400th year is never a leap year.
            "FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29",
            "FREQ=YEARLY;INTERVAL=400;BYMONTH=2;BYMONTHDAY=29",
        ] {
            assert!(refused(rule, start), "{rule}");
        }
        let msg = ever_repeats("FREQ=HOURLY;INTERVAL=24;BYHOUR=11", start).expect_err("refused").english();
        assert!(msg.contains("FREQ=HOURLY;INTERVAL=24;BYHOUR=11") && msg.contains("never repeats"), "{msg}");
    }

    #[test]
    fn rare_patterns_and_cut_short_ones_pass() {
        let start = berlin(2026, 1, 5, 10, 0);
        for rule in [
            "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10",
            "FREQ=YEARLY;COUNT=1",
            // February 29th on a Monday: once in 28 years (the crate's own default day is the start's).
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO",
            "FREQ=MONTHLY;BYDAY=5MO;BYMONTH=2",
            "FREQ=YEARLY;BYWEEKNO=53;BYDAY=TH",
            "FREQ=YEARLY;INTERVAL=3;BYMONTH=2;BYMONTHDAY=29",
            "FREQ=DAILY;INTERVAL=3",
            "FREQ=HOURLY;INTERVAL=24;BYHOUR=10",
            "FREQ=HOURLY;BYMONTH=2",
            "FREQ=HOURLY;BYYEARDAY=366;BYHOUR=9,10",
            "FREQ=MINUTELY;INTERVAL=90;BYMINUTE=30",
            "FREQ=MINUTELY;BYHOUR=9;BYMINUTE=0,30",
        ] {
            assert!(!refused(rule, start), "{rule}");
        }
        // From a start where a cycle no longer fits before the crate's last year, and on all-day series.
        assert!(!refused("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", berlin(9700, 1, 5, 10, 0)));
        assert!(refused("FREQ=YEARLY;BYWEEKNO=-53;BYYEARDAY=366;BYDAY=-1SU", berlin(9700, 1, 5, 10, 0)));
        let day = SeriesStart::AllDay(NaiveDate::from_ymd_opt(2024, 2, 29).expect("date"));
        assert!(!refused("FREQ=YEARLY", day));
        assert!(refused("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO;BYYEARDAY=61", day));
    }
}
