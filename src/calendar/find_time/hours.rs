//! A participant's day on the wall clock: working hours and sleeping hours, and what a stretch of time is for them.

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Timelike, Utc, Weekday,
};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
use crate::msg;

const DAY_MINUTES: u16 = 24 * 60;

/// A daily stretch of the wall clock, `start` up to `end` (exclusive), crossing midnight when `end` ≤ `start`
/// ("23:00–07:00").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockRange {
    /// Minutes after midnight, 0–1439.
    start: u16,
    end: u16,
}

impl ClockRange {
    /// `start` and `end` as minutes after midnight; an empty range (start = end) is refused.
    pub fn new(start: u16, end: u16) -> Result<ClockRange, Msg> {
        if start >= DAY_MINUTES || end >= DAY_MINUTES {
            return Err(msg!("core-hours-out-of-day"));
        }
        if start == end {
            return Err(msg!("core-hours-empty", start = hhmm(start), end = hhmm(end)));
        }
        Ok(ClockRange { start, end })
    }

    /// Reads "09:00-18:00" (also with "–" or "to", and "9:00").
    pub fn parse(text: &str) -> Result<ClockRange, String> {
        Self::parse_msg(text).map_err(|m| m.render("en"))
    }

    /// [`ClockRange::parse`] with its problem catalogued, for a form shown in the reader's language.
    pub fn parse_msg(text: &str) -> Result<ClockRange, Msg> {
        let bad = || msg!("core-hours-not-range", value = crate::excerpt::excerpt(text));
        let t = text.trim();
        let (a, b) =
            t.split_once('–').or_else(|| t.split_once(" to ")).or_else(|| t.split_once('-')).ok_or_else(bad)?;
        let minutes = |s: &str| -> Option<u16> {
            let time = NaiveTime::parse_from_str(s.trim(), "%H:%M").ok()?;
            u16::try_from(time.hour() * 60 + time.minute()).ok()
        };
        let (start, end) = (minutes(a).ok_or_else(bad)?, minutes(b).ok_or_else(bad)?);
        if start == end {
            return Err(msg!("core-hours-empty", start = hhmm(start), end = hhmm(end)));
        }
        Ok(ClockRange { start, end })
    }

    /// "09:00-18:00": how the option is written and an organisation's hours are stored.
    pub fn option_text(self) -> String {
        format!("{}-{}", hhmm(self.start), hhmm(self.end))
    }

    fn length(self) -> u16 {
        (self.end + DAY_MINUTES - self.start) % DAY_MINUTES
    }

    pub fn contains_minute(self, minute: u16) -> bool {
        if self.start < self.end {
            (self.start..self.end).contains(&minute)
        } else {
            minute >= self.start || minute < self.end
        }
    }

    /// The range's stretches that could touch `[from, to)` — those beginning the day before `from` through `to`'s
    /// day — on the days `on` allows (a stretch belongs to the day it begins).
    fn stretches(
        self,
        from: NaiveDateTime,
        to: NaiveDateTime,
        on: impl Fn(NaiveDate) -> bool,
    ) -> impl Iterator<Item = (NaiveDateTime, NaiveDateTime)> {
        let first = from.date() - Duration::days(1);
        let days = (to.date() - first).num_days();
        (0..=days).map(move |d| first + Duration::days(d)).filter(move |d| on(*d)).map(move |d| {
            let start = d.and_time(NaiveTime::MIN) + Duration::minutes(self.start.into());
            (start, start + Duration::minutes(self.length().into()))
        })
    }

    fn overlaps(self, from: NaiveDateTime, to: NaiveDateTime) -> bool {
        self.stretches(from, to, |_| true).any(|(s, e)| s < to && from < e)
    }

    fn holds(self, from: NaiveDateTime, to: NaiveDateTime, on: impl Fn(NaiveDate) -> bool) -> bool {
        self.stretches(from, to, on).any(|(s, e)| s <= from && to <= e)
    }
}

impl std::fmt::Display for ClockRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}–{}", hhmm(self.start), hhmm(self.end))
    }
}

fn hhmm(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// The days of the week that have working hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkingDays([bool; 7]);

const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const FULL_NAMES: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

impl Default for WorkingDays {
    /// Monday to Friday.
    fn default() -> Self {
        WorkingDays([true, true, true, true, true, false, false])
    }
}

impl WorkingDays {
    /// Reads "mon-fri", "sun-thu" (a range, wrapping past Sunday), "mon,wed,fri" (also full names, any case) or
    /// "all".
    pub fn parse(text: &str) -> Result<WorkingDays, String> {
        Self::parse_msg(text).map_err(|m| m.render("en"))
    }

    /// [`WorkingDays::parse`] with its problem catalogued.
    pub fn parse_msg(text: &str) -> Result<WorkingDays, Msg> {
        let bad = || msg!("core-days-not-set", value = crate::excerpt::excerpt(text));
        let t = text.trim().to_ascii_lowercase();
        if t == "all" {
            return Ok(WorkingDays([true; 7]));
        }
        // "mon", "mond", "monday": three letters or more of a day's English name.
        let day = |s: &str| -> Result<usize, Msg> {
            let s = s.trim();
            FULL_NAMES.iter().position(|f| s.len() >= 3 && f.starts_with(s)).ok_or_else(bad)
        };
        let mut days = [false; 7];
        for part in t.split(',') {
            match part.split_once(['-', '–']) {
                Some((a, b)) => {
                    let (a, b) = (day(a)?, day(b)?);
                    let mut d = a;
                    loop {
                        days[d] = true;
                        if d == b {
                            break;
                        }
                        d = (d + 1) % 7;
                    }
                }
                None => days[day(part)?] = true,
            }
        }
        Ok(WorkingDays(days))
    }

    /// "mon-fri", "sun-thu", "mon,wed,fri", "all": how the option is written and an organisation's days are stored
    /// (what `parse` reads back to the same days).
    pub fn option_text(self) -> String {
        let on: Vec<usize> = (0..7).filter(|&i| self.0[i]).collect();
        if on.len() == 7 {
            return "all".into();
        }
        let starts: Vec<usize> = on.iter().copied().filter(|&i| !self.0[(i + 6) % 7]).collect();
        if starts.len() == 1 && on.len() > 2 {
            let first = starts[0];
            return format!("{}-{}", DAY_NAMES[first], DAY_NAMES[(first + on.len() - 1) % 7]);
        }
        on.iter().map(|&i| DAY_NAMES[i]).collect::<Vec<_>>().join(",")
    }

    pub fn contains(self, day: Weekday) -> bool {
        self.0[day.num_days_from_monday() as usize]
    }
}

impl std::fmt::Display for WorkingDays {
    /// "Mon–Fri", "Sun–Thu", "Mon, Wed, Fri", "every day".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let title = |i: usize| {
            let d = DAY_NAMES[i];
            format!("{}{}", d[..1].to_uppercase(), &d[1..])
        };
        let on: Vec<usize> = (0..7).filter(|&i| self.0[i]).collect();
        if on.len() == 7 {
            return f.write_str("every day");
        }
        // One run, possibly wrapping past Sunday: its first day is the one whose day before is off.
        let starts: Vec<usize> = on.iter().copied().filter(|&i| !self.0[(i + 6) % 7]).collect();
        if starts.len() == 1 && on.len() > 2 {
            let first = starts[0];
            return write!(f, "{}–{}", title(first), title((first + on.len() - 1) % 7));
        }
        f.write_str(&on.iter().map(|&i| title(i)).collect::<Vec<_>>().join(", "))
    }
}

/// Working and sleeping hours on a participant's own clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayHours {
    pub working: ClockRange,
    /// Days without working hours (a weekend) are awake or asleep only.
    pub working_days: WorkingDays,
    pub asleep: ClockRange,
}

impl Default for DayHours {
    /// 09:00–18:00 working, Monday to Friday; 23:00–07:00 asleep.
    fn default() -> Self {
        DayHours {
            working: ClockRange { start: 9 * 60, end: 18 * 60 },
            working_days: WorkingDays::default(),
            asleep: ClockRange { start: 23 * 60, end: 7 * 60 },
        }
    }
}

impl DayHours {
    pub fn new(working: ClockRange, working_days: WorkingDays, asleep: ClockRange) -> Result<DayHours, String> {
        Self::checked(working, working_days, asleep).map_err(|m| m.render("en"))
    }

    /// [`DayHours::new`] with its problem catalogued.
    pub fn checked(working: ClockRange, working_days: WorkingDays, asleep: ClockRange) -> Result<DayHours, Msg> {
        if let Some(m) = (0..DAY_MINUTES).find(|&m| working.contains_minute(m) && asleep.contains_minute(m)) {
            return Err(msg!(
                "core-hours-overlap",
                working = working.to_string(),
                asleep = asleep.to_string(),
                at = hhmm(m)
            ));
        }
        Ok(DayHours { working, working_days, asleep })
    }

    fn working_day(&self) -> impl Fn(NaiveDate) -> bool + '_ {
        |d| self.working_days.contains(d.weekday())
    }

    /// What the local time `at` is.
    pub fn state_at(&self, at: NaiveDateTime) -> DayState {
        if self.asleep.contains_minute(u16::try_from(at.hour() * 60 + at.minute()).unwrap_or(0)) {
            DayState::Asleep
        } else if self.working.holds(at, at + Duration::minutes(1), self.working_day()) {
            DayState::Working
        } else {
            DayState::Awake
        }
    }

    /// What `[start, end)` is for someone in `zone`: asleep if any of it falls in sleeping hours (nobody should be
    /// woken for part of a meeting), working if all of it is in working hours, else awake.
    pub fn state_during(&self, zone: Tz, start: DateTime<Utc>, end: DateTime<Utc>) -> DayState {
        let pieces = wall_pieces(zone, start, end);
        if pieces.iter().any(|&(a, b)| self.asleep.overlaps(a, b)) {
            DayState::Asleep
        } else if pieces.iter().all(|&(a, b)| self.working.holds(a, b, self.working_day())) {
            DayState::Working
        } else {
            DayState::Awake
        }
    }
}

/// How a participant spends a time: the three colours of the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum DayState {
    Working,
    /// Awake, outside working hours.
    Awake,
    Asleep,
}

fn offset_at(zone: Tz, at: DateTime<Utc>) -> Duration {
    Duration::seconds(zone.offset_from_utc_datetime(&at.naive_utc()).fix().local_minus_utc().into())
}

/// `[start, end)` as stretches of `zone`'s wall clock: one, or two when the clocks change inside it (a slot is at
/// most a day long, and no zone changes its clocks twice in a day). Across a spring-forward the skipped hour is in
/// neither piece; across a fall-back the repeated hour is in both.
fn wall_pieces(zone: Tz, start: DateTime<Utc>, end: DateTime<Utc>) -> Vec<(NaiveDateTime, NaiveDateTime)> {
    let (first, last) = (offset_at(zone, start), offset_at(zone, end - Duration::minutes(1)));
    if first == last {
        return vec![(start.naive_utc() + first, end.naive_utc() + first)];
    }
    // The change is on a whole minute: the first minute with the new offset.
    let (mut lo, mut hi) = (start, end - Duration::minutes(1));
    while hi - lo > Duration::minutes(1) {
        let mid = lo + Duration::minutes((hi - lo).num_minutes() / 2);
        if offset_at(zone, mid) == first {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    vec![(start.naive_utc() + first, hi.naive_utc() + first), (hi.naive_utc() + last, end.naive_utc() + last)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::{America, Asia, Europe};

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().expect("utc time")
    }

    #[test]
    fn ranges_read_and_refuse() {
        assert_eq!(ClockRange::parse("09:00-18:00").unwrap(), DayHours::default().working);
        assert_eq!(ClockRange::parse(" 23:00 – 07:00 ").unwrap(), DayHours::default().asleep);
        assert_eq!(ClockRange::parse("8:30 to 17:00").unwrap().to_string(), "08:30–17:00");
        assert_eq!(ClockRange::parse("9-5").unwrap_err(), "'9-5' is not a range of hours such as 09:00-18:00");
        assert_eq!(ClockRange::parse("09:00-09:00").unwrap_err(), "09:00 to 09:00 is empty: give two different times");
        let err = DayHours::new(
            ClockRange::parse("08:00-23:30").unwrap(),
            WorkingDays::default(),
            DayHours::default().asleep,
        )
        .unwrap_err();
        assert_eq!(
            err,
            "working hours 08:00–23:30 and sleeping hours 23:00–07:00 overlap (at 23:00): nobody works asleep"
        );
    }

    #[test]
    fn working_days_read_and_print() {
        let text = |s: &str| WorkingDays::parse(s).map(|d| d.to_string());
        assert_eq!(WorkingDays::default().to_string(), "Mon–Fri");
        assert_eq!(text("mon-fri"), Ok("Mon–Fri".into()));
        assert_eq!(text("Sun-Thu"), Ok("Sun–Thu".into()));
        assert_eq!(text("monday,wednesday, fri"), Ok("Mon, Wed, Fri".into()));
        assert_eq!(text("sat,sun"), Ok("Sat, Sun".into()));
        assert_eq!(text("ALL"), Ok("every day".into()));
        assert_eq!(text("mon-sun"), Ok("every day".into()));
        let stored = |s: &str| WorkingDays::parse(s).map(|d| d.option_text());
        assert_eq!(stored("Sunday-Thursday"), Ok("sun-thu".into()));
        assert_eq!(stored("fri,mon,wed"), Ok("mon,wed,fri".into()));
        assert_eq!(stored("mon-sun"), Ok("all".into()));
        for text in ["sun-thu", "mon,wed,fri", "sat,sun", "all", "tue"] {
            assert_eq!(stored(text), Ok(text.to_string()), "{text} reads back as itself");
        }
        assert_eq!(ClockRange::parse("8:30 to 17:00").unwrap().option_text(), "08:30-17:00");
        assert!(WorkingDays::parse("sun-thu").unwrap().contains(Weekday::Sun));
        assert!(!WorkingDays::parse("sun-thu").unwrap().contains(Weekday::Fri));
        for bad in ["", "weekdays", "mo-fr", "mon-", "monk"] {
            assert_eq!(
                WorkingDays::parse(bad),
                Err(format!("'{bad}' is not a set of days such as mon-fri, sun-thu, mon,wed,fri or all")),
            );
        }
    }

    #[test]
    fn a_stretch_is_asleep_if_any_of_it_is() {
        let h = DayHours::default();
        // Manila is UTC+8: 06:30–08:00 there wakes someone up.
        assert_eq!(
            h.state_during(Asia::Manila, utc("2025-03-02T22:30:00Z"), utc("2025-03-03T00:00:00Z")),
            DayState::Asleep
        );
        assert_eq!(
            h.state_during(Asia::Manila, utc("2025-03-03T00:00:00Z"), utc("2025-03-03T01:30:00Z")),
            DayState::Awake
        );
        assert_eq!(
            h.state_during(Asia::Manila, utc("2025-03-03T01:00:00Z"), utc("2025-03-03T02:30:00Z")),
            DayState::Working
        );
        // 21:30–23:00: ends exactly when sleep begins, so awake.
        assert_eq!(
            h.state_during(Asia::Manila, utc("2025-03-03T13:30:00Z"), utc("2025-03-03T15:00:00Z")),
            DayState::Awake
        );
        // 2025-03-03 is a Monday.
        let at = |d: u32, h: u32, m: u32| NaiveDate::from_ymd_opt(2025, 3, d).unwrap().and_hms_opt(h, m, 0).unwrap();
        assert_eq!(h.state_at(at(3, 23, 0)), DayState::Asleep);
        assert_eq!(h.state_at(at(3, 6, 59)), DayState::Asleep);
        assert_eq!(h.state_at(at(3, 7, 0)), DayState::Awake);
        assert_eq!(h.state_at(at(3, 17, 59)), DayState::Working);
        assert_eq!(h.state_at(at(3, 18, 0)), DayState::Awake);
        // Saturday and Sunday have no working hours.
        assert_eq!(h.state_at(at(1, 10, 0)), DayState::Awake);
        assert_eq!(h.state_at(at(2, 10, 0)), DayState::Awake);
        assert_eq!(h.state_at(at(2, 23, 30)), DayState::Asleep);
    }

    #[test]
    fn a_stretch_across_the_clock_change_is_read_on_both_sides() {
        let h = DayHours { working_days: WorkingDays::parse("all").unwrap(), ..DayHours::default() };
        // Toronto, 2025-03-09 (a Sunday): 01:30 EST, the clocks jump 02:00 → 03:00, 90 minutes later it is 04:00 EDT.
        let pieces = wall_pieces(America::Toronto, utc("2025-03-09T06:30:00Z"), utc("2025-03-09T08:00:00Z"));
        let text: Vec<String> =
            pieces.iter().map(|(a, b)| format!("{}–{}", a.format("%H:%M"), b.format("%H:%M"))).collect();
        assert_eq!(text, ["01:30–02:00", "03:00–04:00"]);
        // London, 2025-03-30: 00:30 GMT to 03:00 BST is 90 minutes, the clocks jumping 01:00 → 02:00 on the way.
        let pieces = wall_pieces(Europe::London, utc("2025-03-30T00:30:00Z"), utc("2025-03-30T02:00:00Z"));
        assert_eq!(pieces.len(), 2);
        assert_eq!(pieces[1].1.format("%H:%M").to_string(), "03:00");
        // 09:00–10:30 EDT on the same day: one piece, after the change, in working hours.
        assert_eq!(
            h.state_during(America::Toronto, utc("2025-03-09T13:00:00Z"), utc("2025-03-09T14:30:00Z")),
            DayState::Working
        );
    }
}
