//! Recurring events through the `rrule` crate (RFC 5545 RRULE/EXDATE semantics, including BYSETPOS, ordinals and
//! DST-stable wall-clock times), wrapped so the rest of the core deals in our own types.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use rrule::{RRule, RRuleSet, Unvalidated};

use super::zones::{resolve_local, resolve_local_msg};
use crate::i18n::Msg;
use crate::msg;

/// Safety valve: no window on a calendar needs more instances of one series than this.
pub const MAX_INSTANCES: u16 = 5000;

/// How many instances of one series a query walks at most, from its start or from where [`starts_in`] moved it.
pub const MAX_WALK: usize = 20_000;

/// INTERVAL beyond this is no calendar's rule (and makes the crate's date arithmetic leave chrono's range).
const MAX_INTERVAL: u32 = 10_000;

/// When a series starts: a local time in a zone, or a date for all-day series.
#[derive(Debug, Clone, Copy)]
pub enum SeriesStart {
    Timed(DateTime<Tz>),
    AllDay(NaiveDate),
}

impl SeriesStart {
    fn as_rrule(self) -> DateTime<rrule::Tz> {
        match self {
            SeriesStart::Timed(dt) => dt.with_timezone(&rrule::Tz::Tz(dt.timezone())),
            // All-day series are expanded on UTC midnights and read back as dates: no zone, no DST, no drift.
            SeriesStart::AllDay(d) => rrule::Tz::UTC.from_utc_datetime(&d.and_time(chrono::NaiveTime::MIN)),
        }
    }
}

/// The rule as we store and export it (RFC 5545 §3.3.10): upper-case, and `UNTIL` in UTC when the series has a
/// zone or as a DATE when it is all-day. People (and other calendars) write `UNTIL=20251231` for either; a local
/// `UNTIL` is read in the series' zone, a date as the end of that day.
pub fn normalise(rule: &str, start: SeriesStart) -> Result<String, String> {
    normalise_msg(rule, start).map_err(|m| m.english())
}

/// [`normalise`] with its problem catalogued, for forms.
pub fn normalise_msg(rule: &str, start: SeriesStart) -> Result<String, Msg> {
    let rule = rule.trim().trim_start_matches("RRULE:").to_ascii_uppercase();
    if let Some(c) = rule.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, ';' | '=' | ',' | '-' | '+'))) {
        return Err(msg!("core-rrule-bad-character", value = crate::ics::preview(&rule), character = c.to_string()));
    }
    let mut parts = Vec::new();
    for part in rule.split(';').filter(|p| !p.is_empty()) {
        // An all-day instance is a date: a rule stepping by hours, minutes or seconds means nothing more than a daily
        // one, and walking it second by second to a date was what let a small file hang an import.
        if let (Some(("FREQ", freq @ ("HOURLY" | "MINUTELY" | "SECONDLY"))), SeriesStart::AllDay(_)) =
            (part.split_once('='), start)
        {
            return Err(msg!("core-rrule-all-day-sub-daily", value = freq));
        }
        if let Some(("INTERVAL", n)) = part.split_once('=') {
            match n.parse::<u32>() {
                Ok(i) if (1..=MAX_INTERVAL).contains(&i) => {}
                _ => return Err(msg!("core-rrule-interval", value = n, max = MAX_INTERVAL)),
            }
        }
        let Some(("UNTIL", value)) = part.split_once('=') else {
            parts.push(part.to_string());
            continue;
        };
        let date = NaiveDate::parse_from_str(value.get(..8).unwrap_or(value), "%Y%m%d")
            .map_err(|_| msg!("core-rrule-until-not-date", value = value))?;
        let until = match start {
            SeriesStart::AllDay(_) => date.format("%Y%m%d").to_string(),
            SeriesStart::Timed(dt) => {
                let utc = if value.ends_with('Z') {
                    NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%SZ")
                        .map_err(|_| msg!("core-rrule-until-not-utc", value = value))?
                        .and_utc()
                } else {
                    let local = if value.len() == 8 {
                        date.and_hms_opt(23, 59, 59).unwrap_or_default()
                    } else {
                        NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S")
                            .map_err(|_| msg!("core-rrule-until-not-local", value = value))?
                    };
                    resolve_local_msg(dt.timezone(), local)?.with_timezone(&Utc)
                };
                utc.format("%Y%m%dT%H%M%SZ").to_string()
            }
        };
        parts.push(format!("UNTIL={until}"));
    }
    never_occurs(&parts)?;
    Ok(parts.join(";"))
}

/// A rule whose days exist in none of its months ("the 30th of February") never repeats; said plainly instead of
/// accepted, since the crate would search thousands of years for it on every query.
fn never_occurs(parts: &[String]) -> Result<(), Msg> {
    let list = |key: &str| -> Vec<i64> {
        parts
            .iter()
            .filter_map(|p| p.strip_prefix(key).and_then(|v| v.strip_prefix('=')))
            .flat_map(|v| v.split(',').filter_map(|n| n.trim().parse().ok()))
            .collect()
    };
    let (months, days) = (list("BYMONTH"), list("BYMONTHDAY"));
    if months.is_empty() || days.is_empty() || days.iter().any(|d| *d < 0) {
        return Ok(());
    }
    let longest = |m: i64| match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if months.iter().all(|m| days.iter().all(|d| *d > longest(*m))) {
        let shown: Vec<String> = days.iter().map(i64::to_string).collect();
        // One month is named in the reader's language; several are given as the rule writes them.
        return Err(match months[..] {
            [month] => msg!("core-rrule-never-in-month", days = shown.join(", "), month = month),
            _ => {
                let listed: Vec<String> = months.iter().map(i64::to_string).collect();
                msg!("core-rrule-never-in-months", days = shown.join(", "), months = listed.join(","))
            }
        });
    }
    Ok(())
}

/// Parses and validates a series against its start: `rule` (an RRULE value, or `None` for a series of extra dates
/// alone, which RFC 5545 allows), the exclusions and the extra dates (RDATE). Errors are sentences.
pub fn build(
    rule: Option<&str>,
    start: SeriesStart,
    exdates: &[String],
    rdates: &[String],
) -> Result<RRuleSet, String> {
    build_msg(rule, start, exdates, rdates).map_err(|m| m.english())
}

/// [`build`] with its problem catalogued, for forms.
pub fn build_msg(
    rule: Option<&str>,
    start: SeriesStart,
    exdates: &[String],
    rdates: &[String],
) -> Result<RRuleSet, Msg> {
    let mut set = match rule {
        Some(rule) => build_rule(rule, start)?,
        // DTSTART is the first instance of every recurrence set (RFC 5545 §3.8.5.3), also one without a rule.
        None => RRuleSet::new(start.as_rrule()).rdate(start.as_rrule()),
    };
    for r in rdates {
        set = set.rdate(local_instant(start, r, true)?);
    }
    for x in exdates {
        set = set.exdate(local_instant(start, x, false)?);
    }
    Ok(set)
}

fn build_rule(rule: &str, start: SeriesStart) -> Result<RRuleSet, Msg> {
    let mut rule = normalise_msg(rule, start)?;
    if let SeriesStart::AllDay(_) = start {
        // All-day series are expanded on UTC midnights, so their DATE `UNTIL` becomes that day's UTC midnight.
        rule = rule
            .split(';')
            .map(|p| match p.strip_prefix("UNTIL=") {
                Some(d) => format!("UNTIL={d}T000000Z"),
                None => p.to_string(),
            })
            .collect::<Vec<_>>()
            .join(";");
    }
    let parse = |rule: &str| -> Result<RRuleSet, Msg> { crate_build(rule, start) };
    let mut set = parse(&rule)?;
    // RFC 5545 §3.8.5.3: DTSTART is always the first instance, even when the rule would not produce it ("every third
    // Sunday" starting on a Wednesday), and §3.3.10 counts it as the first of COUNT. The rrule crate follows dateutil
    // and skips it, so we add it back as an RDATE and leave one instance fewer to the rule. (Python's
    // recurring_ical_events also adds it, but on top of COUNT; we follow the RFC.)
    let dtstart = start.as_rrule();
    let second = chrono::Duration::seconds(1);
    let synced = set.clone().after(dtstart - second).before(dtstart + second).all(1).dates.contains(&dtstart);
    if !synced {
        let count = rule.split(';').find_map(|p| p.strip_prefix("COUNT=")).and_then(|n| n.parse::<u32>().ok());
        match count {
            Some(n) if n > 1 => {
                let fewer = rule.replace(&format!("COUNT={n}"), &format!("COUNT={}", n - 1));
                set = parse(&fewer)?;
            }
            Some(_) => {
                // COUNT=1: the series is DTSTART alone.
                let only = set.clone().all(1).dates;
                for d in only {
                    set = set.exdate(d);
                }
            }
            None => {}
        }
        set = set.rdate(dtstart);
    }
    Ok(set)
}

/// An EXDATE or RDATE value (the local start in the series' zone, or a date for all-day series) as an instant.
/// `extra`: an RDATE, else an EXDATE (the message names which).
fn local_instant(start: SeriesStart, value: &str, extra: bool) -> Result<DateTime<rrule::Tz>, Msg> {
    let value_arg = crate::excerpt::excerpt(value);
    match start {
        SeriesStart::AllDay(_) => {
            let d = NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| match extra {
                true => msg!("core-rrule-extra-not-date", value = value_arg.clone()),
                false => msg!("core-rrule-excluded-not-date", value = value_arg.clone()),
            })?;
            Ok(SeriesStart::AllDay(d).as_rrule())
        }
        SeriesStart::Timed(dt) => {
            let local = crate::validate::parse_local_datetime(value).map_err(|_| match extra {
                true => msg!("core-rrule-extra-not-local", value = value_arg.clone()),
                false => msg!("core-rrule-excluded-not-local", value = value_arg.clone()),
            })?;
            Ok(SeriesStart::Timed(resolve_local_msg(dt.timezone(), local)?).as_rrule())
        }
    }
}

/// Splits a series at the instance starting `at` ("this and following"): the rule for the instances before it and
/// the rule for the new series that starts with it. `COUNT` is shared out; an original `UNTIL` stays with the new one.
pub fn split(rule: &str, start: SeriesStart, at: SeriesStart) -> Result<(String, String), String> {
    split_msg(rule, start, at).map_err(|m| m.english())
}

/// [`split`] with its problem catalogued.
pub fn split_msg(rule: &str, start: SeriesStart, at: SeriesStart) -> Result<(String, String), Msg> {
    let normal = normalise_msg(rule, start)?;
    let mut base = Vec::new();
    let (mut count, mut until) = (None, None);
    for part in normal.split(';') {
        match part.split_once('=') {
            Some(("COUNT", n)) => {
                count = Some(n.parse::<u32>().map_err(|_| msg!("core-rrule-count-not-number", value = n))?)
            }
            Some(("UNTIL", u)) => until = Some(u.to_string()),
            _ => base.push(part.to_string()),
        }
    }
    let with = |extra: String| [base.clone(), vec![extra]].concat().join(";");
    match count {
        Some(total) => {
            let before = {
                let set = build_msg(Some(&base.join(";")), start, &[], &[])?;
                let (from, to) = (start.as_rrule().with_timezone(&Utc), at.as_rrule().with_timezone(&Utc));
                starts_between(&set, from, to).len() as u32
            };
            if before == 0 || before >= total {
                return Err(msg!("core-rrule-not-inside-series"));
            }
            Ok((with(format!("COUNT={before}")), with(format!("COUNT={}", total - before))))
        }
        None => {
            let old_until = match at {
                SeriesStart::AllDay(d) => (d - chrono::Duration::days(1)).format("%Y%m%d").to_string(),
                SeriesStart::Timed(dt) => {
                    (dt.with_timezone(&Utc) - chrono::Duration::seconds(1)).format("%Y%m%dT%H%M%SZ").to_string()
                }
            };
            let new = match until {
                Some(u) => with(format!("UNTIL={u}")),
                None => base.join(";"),
            };
            Ok((with(format!("UNTIL={old_until}")), new))
        }
    }
}

/// "Every minute, but only at 9 o'clock" written as "every day at 9:00–9:59": the same instances, but the crate
/// steps a day at a time instead of a minute at a time (1,440 candidates a day for two instances). Only for an
/// INTERVAL of 1 (any minute or second is then a candidate) and without BYSETPOS, BYWEEKNO or BYYEARDAY, whose
/// meaning depends on the period.
fn as_daily(rule: &str, start: SeriesStart) -> Option<String> {
    let parts: Vec<(&str, &str)> = rule.split(';').filter_map(|p| p.split_once('=')).collect();
    let get = |k: &str| parts.iter().find(|(n, _)| *n == k).map(|(_, v)| *v);
    let freq = get("FREQ")?;
    let restricted = match freq {
        "MINUTELY" => get("BYHOUR").is_some(),
        "SECONDLY" => get("BYHOUR").is_some() || get("BYMINUTE").is_some(),
        _ => false,
    };
    let plain = get("INTERVAL").is_none_or(|i| i == "1")
        && ["BYSETPOS", "BYWEEKNO", "BYYEARDAY"].iter().all(|k| get(k).is_none());
    if !restricted || !plain {
        return None;
    }
    use chrono::Timelike;
    let second = match start {
        SeriesStart::Timed(dt) => dt.second(),
        SeriesStart::AllDay(_) => 0,
    };
    let all = |n: u32| (0..n).map(|i| i.to_string()).collect::<Vec<_>>().join(",");
    let mut out: Vec<String> =
        parts.iter().filter(|(k, _)| *k != "FREQ" && *k != "INTERVAL").map(|(k, v)| format!("{k}={v}")).collect();
    out.insert(0, "FREQ=DAILY".into());
    if get("BYHOUR").is_none() {
        out.push(format!("BYHOUR={}", all(24)));
    }
    if get("BYMINUTE").is_none() {
        out.push(format!("BYMINUTE={}", all(60)));
    }
    if get("BYSECOND").is_none() {
        out.push(format!("BYSECOND={}", if freq == "SECONDLY" { all(60) } else { second.to_string() }));
    }
    Some(out.join(";"))
}

/// The starts of the instances of `rule` that begin in `[from, to)` — what [`build`] + [`starts_between`] give, but
/// without walking the whole history of an old series: when it is safe, the walk starts at a period boundary just
/// before `from` instead of at DTSTART. (The `rrule` crate iterates from DTSTART, so a weekly series begun five years
/// ago costs ~260 steps per query otherwise; calendars ask for windows near "now", far from most series' starts.)
pub fn starts_in(
    rule: Option<&str>,
    start: SeriesStart,
    exdates: &[String],
    rdates: &[String],
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<DateTime<rrule::Tz>>, String> {
    Ok(starts_between(&set_from(rule, start, exdates, rdates, from)?, from, to))
}

/// Whether the series has an instance starting in `[from, to)`: [`starts_in`]'s walk, stopped at the first one.
/// (Asked once per changed instance or extra date a file brings: walking the whole day of a rule that steps every
/// second, for each of a thousand of them, took seconds.)
pub fn has_start_in(
    rule: Option<&str>,
    start: SeriesStart,
    exdates: &[String],
    rdates: &[String],
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<bool, String> {
    Ok(Walk::new(&set_from(rule, start, exdates, rdates, from)?, from).next_before(to).is_some())
}

/// The recurrence set [`starts_in`] walks for windows from `from` on: the series itself (checked as [`build`]
/// checks it), or, when it is safe, the same rule moved forward to a period boundary just before `from`. Built once
/// (parsing and building a rule cost more than walking it a year), so a caller can keep it and walk it again for
/// any window from `from` on with [`starts_between`] or a [`Walk`].
pub fn set_from(
    rule: Option<&str>,
    start: SeriesStart,
    exdates: &[String],
    rdates: &[String],
    from: DateTime<Utc>,
) -> Result<RRuleSet, String> {
    let Some(rule) = rule else { return build(None, start, exdates, rdates) };
    let Some((shifted_rule, shifted_start)) = fast_forward(&normalise(rule, start)?, start, from) else {
        return build(Some(rule), start, exdates, rdates);
    };
    // Only the moved rule is built. DTSTART, which the whole series would add back when its rule skips it, lies a
    // period or more before `from`, so no walk from `from` can meet it; the moved rule holds the same parts (and
    // more), so the crate refuses it whenever it would refuse the whole one.
    let moved = || -> Result<RRuleSet, Msg> {
        let mut set = build_exact(&shifted_rule, shifted_start)?;
        for r in rdates {
            set = set.rdate(local_instant(start, r, true)?);
        }
        for x in exdates {
            set = set.exdate(local_instant(start, x, false)?);
        }
        Ok(set)
    };
    // A problem is told as the whole series' check tells it (the rule as written, not as moved).
    moved().map_err(|m| build(Some(rule), start, exdates, rdates).err().unwrap_or_else(|| m.english()))
}

/// A rule with the parts the `rrule` crate would take from DTSTART written out (so moving DTSTART cannot change
/// them), and DTSTART moved forward by whole periods to just before `from`. `None` when that is not safe: COUNT
/// (it counts from the real start), BYWEEKNO/BYYEARDAY, an INTERVAL we cannot read, or no period to skip.
fn fast_forward(rule: &str, start: SeriesStart, from: DateTime<Utc>) -> Option<(String, SeriesStart)> {
    let parts: Vec<(&str, &str)> = rule.split(';').filter_map(|p| p.split_once('=')).collect();
    let get = |k: &str| parts.iter().find(|(n, _)| *n == k).map(|(_, v)| *v);
    let freq = get("FREQ")?;
    // Week numbers and days of the year are whole-year parts: moving by whole years keeps them.
    if (get("BYWEEKNO").is_some() || get("BYYEARDAY").is_some()) && freq != "YEARLY" {
        return None;
    }
    // COUNT counts from the real start: skipping k periods skips k instances only when every period holds exactly
    // one (no BY parts), and periods are whole days or the clock never changes.
    let count: Option<u64> = get("COUNT").map(|c| c.parse().ok()).unwrap_or(None);
    if get("COUNT").is_some() {
        let plain = !parts.iter().any(|(k, _)| k.starts_with("BY"));
        let steady = match start {
            SeriesStart::Timed(dt) => dt.timezone() == chrono_tz::UTC,
            SeriesStart::AllDay(_) => true,
        };
        let exact =
            matches!(freq, "DAILY" | "WEEKLY") || (steady && matches!(freq, "HOURLY" | "MINUTELY" | "SECONDLY"));
        if count.is_none() || !plain || !exact {
            return None;
        }
    }
    let interval: u32 = get("INTERVAL").map(|i| i.parse().ok()).unwrap_or(Some(1))?;
    let local = match start {
        SeriesStart::Timed(dt) => dt.naive_local(),
        SeriesStart::AllDay(d) => d.and_time(chrono::NaiveTime::MIN),
    };
    let target = match start {
        SeriesStart::Timed(dt) => from.with_timezone(&dt.timezone()).naive_local(),
        SeriesStart::AllDay(_) => from.naive_utc(),
    };
    if target <= local {
        return None;
    }
    let mut explicit = rule.to_string();
    // Periods in seconds (HOURLY, MINUTELY, SECONDLY), days (DAILY, WEEKLY) or months (MONTHLY, YEARLY); one
    // period of margin before `from`.
    let mut skipped: i64 = 0;
    let shifted = match freq {
        sub @ ("HOURLY" | "MINUTELY" | "SECONDLY") => {
            let unit = match sub {
                "HOURLY" => 3600,
                "MINUTELY" => 60,
                _ => 1,
            };
            let period = i64::from(interval) * unit;
            // Moving the start by whole hours keeps the instants the crate walks only when the period divides an
            // hour (a DST change moves the wall clock by an hour) — or when the clock never changes.
            let steady = matches!(start, SeriesStart::AllDay(_))
                || matches!(start, SeriesStart::Timed(dt) if dt.timezone() == chrono_tz::UTC);
            if 3600 % period != 0 && !steady {
                return None;
            }
            let periods = (target - local).num_seconds() / period - 1;
            if periods <= 0 {
                return None;
            }
            skipped = periods;
            local + chrono::Duration::seconds(periods * period)
        }
        "DAILY" | "WEEKLY" => {
            let period = i64::from(interval) * if get("FREQ") == Some("WEEKLY") { 7 } else { 1 };
            let periods = (target - local).num_days() / period - 1;
            if periods <= 0 {
                return None;
            }
            skipped = periods;
            local + chrono::Duration::days(periods * period)
        }
        freq @ ("MONTHLY" | "YEARLY") => {
            use chrono::Datelike;
            // The crate (as dateutil) takes the day, and for YEARLY the month, from DTSTART only when the rule
            // names no day at all; written out here, moving DTSTART cannot change them. ("Every year on the 20th
            // Monday" names its day: adding DTSTART's month would make it "the 20th Monday of May".)
            let names_a_day = ["BYDAY", "BYMONTHDAY", "BYWEEKNO", "BYYEARDAY"].iter().any(|k| get(k).is_some());
            if freq == "MONTHLY" && !names_a_day {
                explicit.push_str(&format!(";BYMONTHDAY={}", local.day()));
            }
            if freq == "YEARLY" && !names_a_day {
                if get("BYMONTH").is_none() {
                    explicit.push_str(&format!(";BYMONTH={}", local.month()));
                }
                explicit.push_str(&format!(";BYMONTHDAY={}", local.day()));
            }
            let period = interval * if freq == "YEARLY" { 12 } else { 1 };
            let months = (target.year() - local.year()) * 12 + target.month() as i32 - local.month() as i32;
            let periods = months / period as i32 - 1;
            if periods <= 0 {
                return None;
            }
            // Day 1 of the month keeps every month valid; the explicit BY parts above keep the days the rule means.
            let first = local.date().with_day(1)?.and_time(local.time());
            first.checked_add_months(chrono::Months::new(periods as u32 * period))?
        }
        _ => return None,
    };
    let moved = match start {
        SeriesStart::Timed(dt) => SeriesStart::Timed(resolve_local(dt.timezone(), shifted).ok()?),
        SeriesStart::AllDay(_) => SeriesStart::AllDay(shifted.date()),
    };
    // A series that ended before the moved start has nothing to walk there (and the crate refuses a DTSTART after
    // UNTIL): the full walk stops at UNTIL by itself.
    if let Some(until) = get("UNTIL") {
        let until = match until.len() {
            8 => NaiveDate::parse_from_str(until, "%Y%m%d").ok()?.and_time(chrono::NaiveTime::MIN),
            _ => NaiveDateTime::parse_from_str(until, "%Y%m%dT%H%M%SZ").ok()?,
        };
        if moved.as_rrule().naive_utc() > until {
            return None;
        }
    }
    if let Some(n) = count {
        let left = i64::try_from(n).ok()? - skipped;
        if left <= 0 {
            // Every instance is before the window: the bounded full walk finds none.
            return None;
        }
        explicit = explicit.replace(&format!("COUNT={n}"), &format!("COUNT={left}"));
    }
    Some((explicit, moved))
}

/// The rule from `start` as the crate reads it, with no DTSTART correction (the moved start is not an instance).
fn build_exact(rule: &str, start: SeriesStart) -> Result<RRuleSet, Msg> {
    let rule = match start {
        SeriesStart::AllDay(_) => rule
            .split(';')
            .map(|p| match p.strip_prefix("UNTIL=") {
                Some(d) if d.len() == 8 => format!("UNTIL={d}T000000Z"),
                _ => p.to_string(),
            })
            .collect::<Vec<_>>()
            .join(";"),
        SeriesStart::Timed(_) => rule.to_string(),
    };
    crate_build(&rule, start)
}

/// The `rrule` crate's parse and build. A panic inside it (it has had some on odd input) becomes an error here
/// rather than taking the calendar down with it.
pub(super) fn crate_build(rule: &str, start: SeriesStart) -> Result<RRuleSet, Msg> {
    let shown = crate::ics::preview(rule);
    let daily = as_daily(rule, start);
    let rule = daily.as_deref().unwrap_or(rule);
    let built = std::panic::catch_unwind(|| {
        let parsed: RRule<Unvalidated> = rule
            .parse()
            .map_err(|e: rrule::RRuleError| msg!("core-rrule-unreadable", value = &shown, reason = e.to_string()))?;
        parsed
            .build(start.as_rrule())
            .map_err(|e| msg!("core-rrule-cannot-repeat", value = &shown, reason = e.to_string()))
    });
    built.unwrap_or_else(|_| Err(msg!("core-rrule-crate-failed", value = &shown)))
}

/// The starts of the instances that begin in `[from, to)` (instants), in the series' own zone.
///
/// The walk from the series' start is bounded: a rule that [`starts_in`] cannot move forward (COUNT with BY parts,
/// say) and that steps every minute from 1926 would otherwise take minutes to reach today. Past [`MAX_WALK`]
/// instances the series is not followed further, so any query stays a fraction of a second.
pub fn starts_between(set: &RRuleSet, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<DateTime<rrule::Tz>> {
    let mut starts = Vec::new();
    Walk::new(set, from).until(to, &mut starts);
    starts
}

/// A walk through a recurrence set that can be taken further later: walked up to one end, then on to the next, it
/// gives exactly what [`starts_between`] gives to the last end (the same bounds, counted from where it began). A
/// calendar paging month by month then walks each month once, instead of a year ahead at once or the same months
/// again.
pub struct Walk {
    iter: rrule::RRuleSetIter,
    from: DateTime<Utc>,
    /// The first instance at or after the end walked to, already taken from `iter`.
    next: Option<DateTime<rrule::Tz>>,
    /// Instances taken from `iter`, and kept (at or after `from`), for the bounds [`MAX_WALK`] and [`MAX_INSTANCES`].
    taken: usize,
    kept: usize,
    /// Stopped by one of those bounds: nothing further is walked.
    cut: bool,
}

impl Walk {
    pub fn new(set: &RRuleSet, from: DateTime<Utc>) -> Walk {
        Walk { iter: set.into_iter(), from, next: None, taken: 0, kept: 0, cut: false }
    }

    /// Appends the starts from where the walk stands up to `to` (exclusive) to `out`.
    pub fn until(&mut self, to: DateTime<Utc>, out: &mut Vec<DateTime<rrule::Tz>>) {
        let first = out.len();
        while let Some(d) = self.next_before(to) {
            // A recurrence set holds each instance once (RFC 5545 §3.8.5.2); the crate yields an RDATE that the rule
            // also produces twice. Its output is sorted, so the last kept is enough (and only this call's: the
            // earlier ones all lie before the end the last call stopped at). Both count towards the bound.
            if out.len() == first || out.last() != Some(&d) {
                out.push(d);
            }
        }
    }

    /// The next start at or after the walk's beginning and before `to`; `None` at `to` (the start there is kept
    /// for the next call), at the end of the series or at a bound.
    fn next_before(&mut self, to: DateTime<Utc>) -> Option<DateTime<rrule::Tz>> {
        while !self.cut {
            let d = match self.next.take() {
                Some(d) => d,
                None => {
                    let d = self.iter.next()?;
                    self.taken += 1;
                    d
                }
            };
            if self.taken > MAX_WALK || self.kept >= usize::from(MAX_INSTANCES) {
                self.cut = true;
            } else if d >= to {
                self.next = Some(d);
                return None;
            } else if d >= self.from {
                self.kept += 1;
                return Some(d);
            }
        }
        None
    }

    /// Whether the walk stopped at [`MAX_INSTANCES`] kept starts (so what it gave is not all there is).
    pub fn is_full(&self) -> bool {
        self.cut && self.kept >= usize::from(MAX_INSTANCES)
    }

    /// Whether the walk stopped at one of its bounds.
    pub fn is_cut(&self) -> bool {
        self.cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toronto(y: i32, m: u32, d: u32, h: u32) -> SeriesStart {
        let local = NaiveDate::from_ymd_opt(y, m, d).and_then(|d| d.and_hms_opt(h, 0, 0)).expect("date");
        SeriesStart::Timed(resolve_local(chrono_tz::America::Toronto, local).expect("exists"))
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).expect("rfc3339").with_timezone(&Utc)
    }

    #[test]
    fn rules_typed_wrong_get_a_clear_message_not_a_panic() {
        let start = toronto(2025, 3, 4, 19);
        let err = |rule: &str| build(Some(rule), start, &[], &[]).expect_err(rule);
        assert_eq!(
            err("FREQ=WEEKLY;BYDAY=€"),
            "'FREQ=WEEKLY;BYDAY=€' is not a recurrence rule: '€' has no place in one"
        );
        assert!(err("FREQ=DAILY;INTERVAL=0").starts_with("INTERVAL=0 is not a number of periods"));
        assert!(err("FREQ=DAILY;INTERVAL=99999999999").starts_with("INTERVAL=99999999999 is not"));
        assert_eq!(
            err("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"),
            "day 30 never falls in February: this rule never repeats"
        );
        assert!(build(Some("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"), start, &[], &[]).is_ok(), "leap days exist");
    }

    #[test]
    fn a_series_stepping_every_minute_since_1926_is_read_near_today_without_walking_a_century() {
        let start = SeriesStart::Timed(chrono_tz::UTC.with_ymd_and_hms(1926, 5, 1, 0, 0, 0).single().expect("start"));
        let (from, to) = (utc("2026-12-06T10:00:00Z"), utc("2026-12-06T10:03:00Z"));
        let got = starts_in(Some("FREQ=MINUTELY"), start, &[], &[], from, to).expect("starts");
        let got: Vec<String> = got.iter().map(|d| d.format("%H:%M").to_string()).collect();
        assert_eq!(got, ["10:00", "10:01", "10:02"]);
        // With COUNT (not past its end yet) the count is carried forward exactly.
        let got = starts_in(Some("FREQ=MINUTELY;COUNT=1000000000"), start, &[], &[], from, to).expect("starts");
        assert_eq!(got.len(), 3);
        let ended = starts_in(Some("FREQ=MINUTELY;COUNT=1000"), start, &[], &[], from, to).expect("starts");
        assert!(ended.is_empty());
        // COUNT with BY parts cannot be moved forward: the walk stops at its bound instead of running for minutes.
        let bounded = starts_in(Some("FREQ=MINUTELY;COUNT=1000000000;BYHOUR=10"), start, &[], &[], from, to);
        assert!(bounded.expect("starts").len() <= 3);
    }

    #[test]
    fn yearly_rules_that_name_their_day_are_moved_forward_without_gaining_a_month() {
        // The 20th Monday of the year is in May; week 1's Monday and the 100th day of the year move by years too.
        let start = SeriesStart::AllDay(NaiveDate::from_ymd_opt(2020, 5, 18).expect("date"));
        for (rule, want) in [
            ("FREQ=YEARLY;BYDAY=20MO", "2026-05-18"),
            ("FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", "2026-05-11"),
            ("FREQ=YEARLY;BYYEARDAY=138", "2026-05-18"),
        ] {
            let (from, to) = (utc("2026-01-01T00:00:00Z"), utc("2027-01-01T00:00:00Z"));
            let got = starts_in(Some(rule), start, &[], &[], from, to).expect("starts");
            let full = starts_between(&build(Some(rule), start, &[], &[]).expect("rule"), from, to);
            assert_eq!(got, full, "{rule}");
            assert_eq!(got.iter().map(|d| d.format("%Y-%m-%d").to_string()).collect::<Vec<_>>(), [want], "{rule}");
        }
    }

    #[test]
    fn minute_rules_filtered_to_an_hour_walk_day_by_day_with_the_same_instances() {
        let start =
            SeriesStart::Timed(chrono_tz::Europe::London.with_ymd_and_hms(2025, 3, 1, 9, 0, 0).single().expect("t"));
        let rule = "FREQ=MINUTELY;BYHOUR=9;BYMINUTE=0,30";
        assert_eq!(as_daily(rule, start).as_deref(), Some("FREQ=DAILY;BYHOUR=9;BYMINUTE=0,30;BYSECOND=0"));
        let got = starts_in(Some(rule), start, &[], &[], utc("2025-03-29T00:00:00Z"), utc("2025-04-01T00:00:00Z"))
            .expect("starts");
        let got: Vec<String> = got.iter().map(|d| d.to_rfc3339()).collect();
        // London goes to summer time on 30 March: still 09:00 and 09:30 on the wall clock.
        assert_eq!(
            got,
            [
                "2025-03-29T09:00:00+00:00",
                "2025-03-29T09:30:00+00:00",
                "2025-03-30T09:00:00+01:00",
                "2025-03-30T09:30:00+01:00",
                "2025-03-31T09:00:00+01:00",
                "2025-03-31T09:30:00+01:00",
            ]
        );
        assert_eq!(as_daily("FREQ=MINUTELY;INTERVAL=7;BYHOUR=9", start), None, "an interval keeps its own steps");
    }

    #[test]
    fn a_daily_count_moved_forward_keeps_its_last_day() {
        let start = SeriesStart::AllDay(NaiveDate::from_ymd_opt(2020, 1, 1).expect("date"));
        let days = |from: &str, to: &str| {
            let got = starts_in(Some("FREQ=DAILY;COUNT=1000"), start, &[], &[], utc(from), utc(to)).expect("starts");
            got.iter().map(|d| d.format("%Y-%m-%d").to_string()).collect::<Vec<_>>()
        };
        // The 1000th day is 2022-09-26.
        assert_eq!(days("2022-09-25T00:00:00Z", "2022-09-29T00:00:00Z"), ["2022-09-25", "2022-09-26"]);
    }

    #[test]
    fn weekly_meeting_keeps_its_wall_clock_time_across_dst() {
        let set = build(Some("FREQ=WEEKLY;BYDAY=TU"), toronto(2025, 3, 4, 19), &[], &[]).expect("rule");
        let starts = starts_between(&set, utc("2025-03-01T00:00:00Z"), utc("2025-03-19T00:00:00Z"));
        let text: Vec<String> = starts.iter().map(|d| d.to_rfc3339()).collect();
        assert_eq!(text, ["2025-03-04T19:00:00-05:00", "2025-03-11T19:00:00-04:00", "2025-03-18T19:00:00-04:00"]);
    }

    #[test]
    fn exdates_remove_instances_and_bad_rules_are_explained() {
        let set = build(Some("FREQ=WEEKLY;BYDAY=TU"), toronto(2025, 3, 4, 19), &["2025-03-11T19:00".into()], &[])
            .expect("rule");
        assert_eq!(starts_between(&set, utc("2025-03-01T00:00:00Z"), utc("2025-03-19T00:00:00Z")).len(), 2);
        let err = build(Some("FREQ=SOMETIMES"), toronto(2025, 3, 4, 19), &[], &[]).unwrap_err();
        assert!(err.starts_with("'FREQ=SOMETIMES' is not a recurrence rule"), "{err}");
    }

    #[test]
    fn until_is_normalised_to_utc_for_timed_and_to_a_date_for_all_day_series() {
        assert_eq!(
            normalise("freq=weekly;until=20250401", toronto(2025, 3, 4, 19)).expect("rule"),
            "FREQ=WEEKLY;UNTIL=20250402T035959Z"
        );
        let day = SeriesStart::AllDay(NaiveDate::from_ymd_opt(2025, 3, 4).expect("date"));
        assert_eq!(normalise("FREQ=WEEKLY;UNTIL=20250401T000000Z", day).expect("rule"), "FREQ=WEEKLY;UNTIL=20250401");
        let set = build(Some("FREQ=WEEKLY;UNTIL=20250325"), day, &[], &[]).expect("rule");
        assert_eq!(starts_between(&set, utc("2025-01-01T00:00:00Z"), utc("2026-01-01T00:00:00Z")).len(), 4);
    }

    #[test]
    fn splitting_shares_count_and_ends_the_old_series_just_before() {
        let (old, new) =
            split("FREQ=WEEKLY;BYDAY=TU", toronto(2025, 3, 4, 19), toronto(2025, 3, 18, 19)).expect("split");
        assert_eq!(
            (old.as_str(), new.as_str()),
            ("FREQ=WEEKLY;BYDAY=TU;UNTIL=20250318T225959Z", "FREQ=WEEKLY;BYDAY=TU")
        );
        let (old, new) =
            split("FREQ=WEEKLY;COUNT=10", toronto(2025, 3, 4, 19), toronto(2025, 3, 18, 19)).expect("split");
        assert_eq!((old.as_str(), new.as_str()), ("FREQ=WEEKLY;COUNT=2", "FREQ=WEEKLY;COUNT=8"));
    }

    #[test]
    fn an_unsynchronised_dtstart_is_the_first_instance_and_counts() {
        // 2025-03-05 is a Wednesday; the rule says Tuesdays.
        let wed = toronto(2025, 3, 5, 19);
        let set = build(Some("FREQ=WEEKLY;BYDAY=TU;COUNT=3"), wed, &[], &[]).expect("rule");
        let got: Vec<String> = starts_between(&set, utc("2025-03-01T00:00:00Z"), utc("2025-04-30T00:00:00Z"))
            .iter()
            .map(|d| d.date_naive().to_string())
            .collect();
        assert_eq!(got, ["2025-03-05", "2025-03-11", "2025-03-18"]);
        let excluded = build(Some("FREQ=WEEKLY;BYDAY=TU"), wed, &["2025-03-05T19:00".into()], &[]).expect("rule");
        let first = starts_between(&excluded, utc("2025-03-01T00:00:00Z"), utc("2025-03-12T00:00:00Z"));
        assert_eq!(first.len(), 1, "an EXDATE still removes it: {first:?}");
    }

    /// The fast path must give exactly what the full walk gives, for every kind of rule, start and window.
    #[test]
    fn fast_forward_matches_the_full_walk() {
        let rules = [
            "FREQ=WEEKLY;BYDAY=TU",
            "FREQ=WEEKLY;INTERVAL=2",
            "FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20270101",
            "FREQ=WEEKLY;BYDAY=WE;UNTIL=20231001",
            "FREQ=DAILY;INTERVAL=3",
            "FREQ=DAILY;BYMONTH=3,11",
            "FREQ=MONTHLY",
            "FREQ=MONTHLY;BYDAY=3SU",
            "FREQ=MONTHLY;BYDAY=-1FR",
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            "FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=31",
            "FREQ=YEARLY",
            "FREQ=YEARLY;BYMONTH=11;BYDAY=3SU",
            "FREQ=YEARLY;INTERVAL=2",
        ];
        let starts = [
            toronto(2021, 1, 31, 19),
            toronto(2020, 3, 8, 2 + 1),
            SeriesStart::AllDay(NaiveDate::from_ymd_opt(2020, 2, 29).expect("date")),
            SeriesStart::AllDay(NaiveDate::from_ymd_opt(2021, 8, 31).expect("date")),
            SeriesStart::Timed(
                resolve_local(
                    chrono_tz::Pacific::Auckland,
                    NaiveDate::from_ymd_opt(2021, 4, 4).and_then(|d| d.and_hms_opt(2, 30, 0)).expect("date"),
                )
                .expect("exists"),
            ),
        ];
        let windows =
            [("2024-03-01T00:00:00Z", "2024-04-15T00:00:00Z"), ("2025-10-20T00:00:00Z", "2025-11-10T00:00:00Z")];
        let weekly = normalise("FREQ=WEEKLY;BYDAY=TU", starts[0]).expect("rule");
        assert!(fast_forward(&weekly, starts[0], utc(windows[0].0)).is_some(), "the fast path is taken");
        for rule in rules {
            for start in starts {
                for (from, to) in windows {
                    let (from, to) = (utc(from), utc(to));
                    let full = starts_between(&build(Some(rule), start, &[], &[]).expect("rule"), from, to);
                    let fast = starts_in(Some(rule), start, &[], &[], from, to).expect("rule");
                    assert_eq!(fast, full, "{rule} from {start:?} in {from}..{to}");
                }
            }
        }
    }

    /// Built once for a window's start (moved forward, with its extra and excluded dates) and walked in steps, a
    /// series gives exactly what the whole series walked at once gives.
    #[test]
    fn a_set_built_for_a_start_and_walked_in_steps_matches_the_whole_walk() {
        let wed = toronto(2021, 3, 3, 19);
        let day = SeriesStart::AllDay(NaiveDate::from_ymd_opt(2021, 3, 3).expect("date"));
        let cases = [
            // Not synchronised (DTSTART a Wednesday, the rule Tuesdays), with an extra date the rule also makes.
            (wed, "FREQ=WEEKLY;BYDAY=TU", vec!["2024-03-12T19:00".to_string()], vec!["2024-03-19T19:00".to_string()]),
            (wed, "FREQ=MONTHLY;BYDAY=-1FR", vec!["2024-04-02T08:00".into()], vec!["2024-03-29T19:00".into()]),
            (wed, "FREQ=DAILY;INTERVAL=3;COUNT=2000", Vec::new(), vec!["2024-03-10T19:00".into()]),
            (day, "FREQ=YEARLY", vec!["2024-05-01".into()], Vec::new()),
            (day, "FREQ=WEEKLY;BYDAY=SA,SU;UNTIL=20240601", vec!["2024-03-16".into()], vec!["2024-03-17".into()]),
        ];
        let steps = ["2024-04-01T00:00:00Z", "2024-04-20T00:00:00Z", "2024-06-01T00:00:00Z", "2025-01-01T00:00:00Z"];
        let from = utc("2024-03-01T00:00:00Z");
        for (start, rule, rdates, exdates) in cases {
            let whole = build(Some(rule), start, &exdates, &rdates).expect("rule");
            let set = set_from(Some(rule), start, &exdates, &rdates, from).expect("rule");
            let mut walk = Walk::new(&set, from);
            let mut got = Vec::new();
            for to in steps {
                walk.until(utc(to), &mut got);
                assert_eq!(got, starts_between(&whole, from, utc(to)), "{rule} up to {to}");
            }
            assert!(!got.is_empty() && !walk.is_cut(), "{rule}");
        }
    }

    #[test]
    fn a_walk_in_steps_stops_at_the_same_bound_as_one_walk() {
        let start = SeriesStart::Timed(chrono_tz::UTC.with_ymd_and_hms(2024, 1, 1, 0, 0, 0).single().expect("start"));
        // COUNT with BY parts is walked from its start: every minute of 10:00, so 20,000 steps end in late November.
        let set = build(Some("FREQ=MINUTELY;BYHOUR=10;COUNT=100000"), start, &[], &[]).expect("rule");
        let (from, to) = (utc("2024-10-25T00:00:00Z"), utc("2024-12-31T00:00:00Z"));
        let whole = starts_between(&set, from, to);
        assert!(!whole.is_empty() && whole.last().is_some_and(|d| d.with_timezone(&Utc) < utc("2024-12-01T00:00:00Z")));
        let mut walk = Walk::new(&set, from);
        let mut got = Vec::new();
        walk.until(utc("2024-11-10T00:00:00Z"), &mut got);
        walk.until(to, &mut got);
        assert_eq!(got, whole);
        assert!(walk.is_cut() && !walk.is_full(), "stopped by the walk's bound, not the instances'");
    }

    #[test]
    fn third_sunday_of_november_and_yearly_dates() {
        let start = SeriesStart::AllDay(NaiveDate::from_ymd_opt(2025, 11, 16).expect("date"));
        let set = build(Some("FREQ=YEARLY;BYMONTH=11;BYDAY=3SU"), start, &[], &[]).expect("rule");
        let days: Vec<String> = starts_between(&set, utc("2025-01-01T00:00:00Z"), utc("2028-01-01T00:00:00Z"))
            .iter()
            .map(|d| d.date_naive().to_string())
            .collect();
        assert_eq!(days, ["2025-11-16", "2026-11-15", "2027-11-21"]);
    }

    #[test]
    fn extra_dates_join_the_rule_once_and_exdates_remove_them() {
        let start = toronto(2025, 3, 4, 19);
        let rdates = ["2025-03-06T12:00".to_string(), "2025-03-11T19:00".into(), "2025-03-20T08:30".into()];
        let set = build(Some("FREQ=WEEKLY;BYDAY=TU;COUNT=3"), start, &[], &rdates).expect("rule");
        let got: Vec<String> = starts_between(&set, utc("2025-03-01T00:00:00Z"), utc("2025-04-30T00:00:00Z"))
            .iter()
            .map(|d| d.naive_local().format("%m-%dT%H:%M").to_string())
            .collect();
        assert_eq!(got, ["03-04T19:00", "03-06T12:00", "03-11T19:00", "03-18T19:00", "03-20T08:30"]);
        let excluded = build(Some("FREQ=WEEKLY;BYDAY=TU;COUNT=3"), start, &["2025-03-06T12:00".into()], &rdates);
        let n = starts_between(&excluded.expect("rule"), utc("2025-03-01T00:00:00Z"), utc("2025-04-30T00:00:00Z"));
        assert_eq!(n.len(), 4);
        let err = build(None, start, &[], &["2025-03-09T02:30".into()]).unwrap_err();
        assert!(err.starts_with("2025-03-09T02:30 does not exist in America/Toronto"), "{err}");
        let err = build(None, start, &[], &["March 9".into()]).unwrap_err();
        assert_eq!(err, "extra date 'March 9' is not a local date and time (YYYY-MM-DDTHH:MM)");
    }

    #[test]
    fn extra_dates_alone_make_a_series_that_starts_with_dtstart() {
        let day = SeriesStart::AllDay(NaiveDate::from_ymd_opt(2025, 5, 1).expect("date"));
        let rdates = ["2025-06-12".to_string(), "2025-05-20".into()];
        let from = utc("2025-01-01T00:00:00Z");
        let starts = starts_in(None, day, &[], &rdates, from, utc("2026-01-01T00:00:00Z")).expect("set");
        let days: Vec<String> = starts.iter().map(|d| d.date_naive().to_string()).collect();
        assert_eq!(days, ["2025-05-01", "2025-05-20", "2025-06-12"]);
        let later = starts_in(None, day, &[], &rdates, utc("2025-05-10T00:00:00Z"), utc("2025-06-01T00:00:00Z"));
        assert_eq!(later.expect("set").len(), 1);
    }
}
