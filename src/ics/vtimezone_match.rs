//! A file's own VTIMEZONE (Outlook's "(UTC+10:00) Canberra, Melbourne, Sydney", Lotus' custom names, old
//! Thunderbird rules with RDATE lists) read for what it says — its observances, their yearly rules and their dates —
//! and matched to the IANA zone that keeps the same clock, since events here carry IANA names.
//! Written by hand because no crate we found evaluates VTIMEZONE observances; the rules in them are a small subset
//! (a month with an nth weekday, or a weekday within some days of a month) that is cheaper to compute than to
//! hand to a general RRULE engine for every sample.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Weekday};
use chrono_tz::Tz;

/// One STANDARD or DAYLIGHT block.
#[derive(Debug, Clone, Default)]
pub struct Observance {
    /// Local onset, in the offset in force before it.
    pub start: Option<NaiveDateTime>,
    pub from: Option<i32>,
    pub to: Option<i32>,
    pub rule: Option<String>,
    pub rdates: Vec<NaiveDateTime>,
}

/// A yearly rule as VTIMEZONEs write them.
#[derive(Debug, Clone, PartialEq)]
struct Yearly {
    month: u32,
    weekday: Option<(i64, Weekday)>,
    monthdays: Vec<i64>,
    until: Option<NaiveDateTime>,
}

impl Yearly {
    fn parse(rule: &str) -> Option<Yearly> {
        let mut y = Yearly { month: 0, weekday: None, monthdays: Vec::new(), until: None };
        let mut yearly = false;
        for part in rule.trim().trim_start_matches("RRULE:").split(';') {
            let (k, v) = part.split_once('=')?;
            match k.trim().to_ascii_uppercase().as_str() {
                "FREQ" => yearly = v.eq_ignore_ascii_case("YEARLY"),
                "BYMONTH" => y.month = v.parse().ok().filter(|m| (1..=12).contains(m))?,
                "BYDAY" => {
                    let v = v.trim().to_ascii_uppercase();
                    // Split by bytes only once the value is known to be ASCII (a hostile file is not).
                    if !v.is_ascii() {
                        return None;
                    }
                    let (n, day) = v.split_at(v.len().checked_sub(2)?);
                    let n = if n.is_empty() || n == "+" { 0 } else { n.trim_start_matches('+').parse().ok()? };
                    y.weekday = Some((n, weekday(day)?));
                }
                "BYMONTHDAY" => y.monthdays = v.split(',').map(|d| d.trim().parse().ok()).collect::<Option<_>>()?,
                "UNTIL" => {
                    let v = v.trim().trim_end_matches('Z');
                    y.until = crate::time_text::parse_basic_datetime(v)
                        .or_else(|| crate::time_text::parse_basic_date(v).map(|d| d.and_time(chrono::NaiveTime::MIN)));
                }
                _ => {}
            }
        }
        (yearly && y.month != 0).then_some(y)
    }

    /// The onset's date in `year`.
    fn date_in(&self, year: i32) -> Option<NaiveDate> {
        let first = NaiveDate::from_ymd_opt(year, self.month, 1)?;
        let days = first.checked_add_months(chrono::Months::new(1))?.pred_opt()?.day() as i64;
        let day_of = |d: i64| if d < 0 { days + 1 + d } else { d };
        let candidates: Vec<i64> = match (self.weekday, self.monthdays.is_empty()) {
            (Some((n, wd)), true) if n != 0 => {
                let matching: Vec<i64> =
                    (1..=days).filter(|d| first.with_day(*d as u32).is_some_and(|x| x.weekday() == wd)).collect();
                let i = if n > 0 { n - 1 } else { matching.len() as i64 + n };
                return usize::try_from(i).ok().and_then(|i| matching.get(i)).and_then(|d| first.with_day(*d as u32));
            }
            (Some((_, wd)), _) => {
                let days_allowed: Vec<i64> = self.monthdays.iter().map(|d| day_of(*d)).collect();
                (1..=days)
                    .filter(|d| days_allowed.is_empty() || days_allowed.contains(d))
                    .filter(|d| first.with_day(*d as u32).is_some_and(|x| x.weekday() == wd))
                    .collect()
            }
            (None, _) => self.monthdays.iter().map(|d| day_of(*d)).collect(),
        };
        candidates.into_iter().filter(|d| (1..=days).contains(d)).min().and_then(|d| first.with_day(d as u32))
    }
}

fn weekday(s: &str) -> Option<Weekday> {
    Some(match s {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

/// The IANA zones whose city a zone name mentions ("(UTC+10:00) Canberra, Melbourne, Sydney"), in IANA order.
pub(super) fn zones_named_in(text: &str) -> Vec<Tz> {
    let lower = text.to_ascii_lowercase();
    chrono_tz::TZ_VARIANTS
        .iter()
        .copied()
        .filter(|tz| {
            let city = tz.name().rsplit('/').next().unwrap_or("").replace('_', " ").to_ascii_lowercase();
            city.len() >= 4 && lower.contains(&city)
        })
        .collect()
}

/// A whole VTIMEZONE, able to say which offset it keeps at an instant.
#[derive(Debug, Clone, Default)]
pub struct Definition {
    pub observances: Vec<Observance>,
}

impl Definition {
    /// Every onset (UTC instant, offset after it) that happens in `year`, plus fixed onsets.
    fn onsets_near(&self, year: i32) -> Vec<(NaiveDateTime, i32)> {
        let mut out = Vec::new();
        for o in &self.observances {
            let (Some(from), Some(to)) = (o.from, o.to) else { continue };
            let utc = |local: NaiveDateTime| local - Duration::seconds(i64::from(from));
            let mut push = |local: NaiveDateTime| out.push((utc(local), to));
            if let Some(start) = o.start {
                push(start);
                if let Some(rule) = o.rule.as_deref().and_then(Yearly::parse) {
                    for y in [year - 1, year] {
                        let Some(local) = rule.date_in(y).map(|d| d.and_time(start.time())) else { continue };
                        let ended = rule.until.is_some_and(|u| utc(local) > u);
                        if local >= start && !ended {
                            push(local);
                        }
                    }
                }
            }
            for r in &o.rdates {
                push(*r);
            }
        }
        out
    }

    /// The offset (seconds east of UTC) in force at `utc`, if the definition says.
    pub fn offset_at(&self, utc: NaiveDateTime) -> Option<i32> {
        let onsets = self.onsets_near(utc.year());
        match onsets.iter().filter(|(at, _)| *at <= utc).max_by_key(|(at, _)| *at) {
            Some((_, to)) => Some(*to),
            // Before the first onset: the offset that the earliest one came from.
            None => {
                let first = self.observances.iter().filter(|o| o.start.is_some()).min_by_key(|o| o.start)?;
                first.from.or(first.to)
            }
        }
    }

    /// The year whose clock decides the match: a rule still in force is judged on a recent year; a definition made
    /// only of fixed onsets, on the year of its last one.
    fn reference_year(&self) -> i32 {
        let latest = self.observances.iter().filter_map(|o| o.start.map(|s| s.year())).max().unwrap_or(2025);
        let open_rule = self
            .observances
            .iter()
            .filter_map(|o| o.rule.as_deref().and_then(Yearly::parse))
            .any(|r| r.until.is_none());
        if open_rule {
            latest.clamp(2025, 2037)
        } else {
            latest.clamp(1900, 2037)
        }
    }

    /// The instants a candidate zone must agree on: the 1st and 15th of every month, and an hour either side of
    /// each onset in the reference year (so zones whose DST starts on another Sunday differ).
    fn samples(&self, year: i32) -> Vec<NaiveDateTime> {
        let mut out: Vec<NaiveDateTime> = (1..=12)
            .flat_map(|m| [1, 15].map(|d| NaiveDate::from_ymd_opt(year, m, d)))
            .flatten()
            .filter_map(|d| d.and_hms_opt(12, 0, 0))
            .collect();
        for (at, _) in self.onsets_near(year).into_iter().filter(|(at, _)| at.year() == year) {
            out.push(at - Duration::hours(1));
            out.push(at + Duration::hours(1));
        }
        out
    }

    /// The IANA zone keeping this clock: a zone named in the TZID ("…Sydney") or in `preferred` (Windows' CLDR
    /// targets) first, then any; among equals the fewest disagreeing samples. `None` when the definition says
    /// nothing usable.
    pub fn best_zone(&self, tzid: &str, preferred: impl Iterator<Item = Tz>) -> Option<Tz> {
        self.best_zone_in(tzid, preferred, self.reference_year()).map(|(_, tz)| tz)
    }

    /// How many of `year`'s samples `tz` keeps another clock on than this definition (`None`: it says nothing).
    pub fn misses_in(&self, tz: Tz, year: i32) -> Option<usize> {
        let samples = self.samples(year.clamp(1900, 2037));
        let want: Vec<i32> = samples.iter().map(|s| self.offset_at(*s)).collect::<Option<_>>()?;
        Some(
            samples
                .iter()
                .zip(&want)
                .filter(|(s, w)| tz.offset_from_utc_datetime(s).fix().local_minus_utc() != **w)
                .count(),
        )
    }

    /// [`Self::best_zone`] judged on `year`, with the number of samples it misses.
    pub fn best_zone_in(&self, tzid: &str, preferred: impl Iterator<Item = Tz>, year: i32) -> Option<(usize, Tz)> {
        let samples = self.samples(year.clamp(1900, 2037));
        let want: Vec<i32> = samples.iter().map(|s| self.offset_at(*s)).collect::<Option<_>>()?;
        let misses = |tz: Tz| {
            samples
                .iter()
                .zip(&want)
                .filter(|(s, w)| tz.offset_from_utc_datetime(s).fix().local_minus_utc() != **w)
                .count()
        };
        let preferred: Vec<Tz> = preferred.collect();
        let mut named = zones_named_in(tzid);
        // "Canberra, Melbourne, Sydney": the zone Windows itself maps to comes first (old aliases last).
        named.sort_by_key(|tz| !preferred.contains(tz));
        let mut best: Option<(usize, Tz)> = None;
        for tz in named.into_iter().chain(preferred).chain(chrono_tz::TZ_VARIANTS.iter().copied()) {
            let m = misses(tz);
            if best.is_none_or(|(b, _)| m < b) {
                best = Some((m, tz));
                if m == 0 {
                    break;
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        crate::time_text::parse_basic_datetime(s).expect("time")
    }

    fn obs(start: &str, from: i32, to: i32, rule: Option<&str>) -> Observance {
        Observance {
            start: Some(at(start)),
            from: Some(from * 60),
            to: Some(to * 60),
            rule: rule.map(Into::into),
            ..Default::default()
        }
    }

    #[test]
    fn outlook_southern_hemisphere_zone_is_sydney() {
        // Outlook writes 1601 starts; daylight from the first Sunday of October, standard from the first of April.
        let def = Definition {
            observances: vec![
                obs("16010101T030000", 660, 600, Some("FREQ=YEARLY;BYDAY=1SU;BYMONTH=4")),
                obs("16010101T020000", 600, 660, Some("FREQ=YEARLY;BYDAY=1SU;BYMONTH=10")),
            ],
        };
        let windows = [chrono_tz::Australia::Sydney].into_iter();
        let tz = def.best_zone("(UTC+10:00) Canberra, Melbourne, Sydney", windows);
        assert_eq!(tz, Some(chrono_tz::Australia::Sydney));
        assert_eq!(def.offset_at(at("20250115T000000")), Some(660 * 60));
        assert_eq!(def.offset_at(at("20250715T000000")), Some(600 * 60));
    }

    #[test]
    fn rules_with_monthday_ranges_and_rdate_lists() {
        // Old US rule: the Sunday on or after the 8th of March; and a zone of two fixed onsets.
        let rule = Yearly::parse("FREQ=YEARLY;BYMONTH=3;BYDAY=SU;BYMONTHDAY=8,9,10,11,12,13,14").expect("rule");
        assert_eq!(rule.date_in(2025), NaiveDate::from_ymd_opt(2025, 3, 9));
        let last = Yearly::parse("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU").expect("rule");
        assert_eq!(Yearly::parse("FREQ=YEARLY;BYMONTH=10;BYDAY=1SU🏳️‍🌈€"), None, "a fuzzer's rule: no panic");
        assert_eq!(last.date_in(2025), NaiveDate::from_ymd_opt(2025, 10, 26));
        let def = Definition {
            observances: vec![
                Observance {
                    start: Some(at("19961027T030000")),
                    from: Some(7200),
                    to: Some(3600),
                    rdates: vec![at("19971026T030000")],
                    ..Default::default()
                },
                Observance {
                    start: Some(at("19970330T020000")),
                    from: Some(3600),
                    to: Some(7200),
                    ..Default::default()
                },
            ],
        };
        assert_eq!(def.offset_at(at("19970601T000000")), Some(7200));
        assert_eq!(def.offset_at(at("19971201T000000")), Some(3600));
        let tz = def.best_zone("Custom/Berlin", std::iter::empty()).expect("zone");
        assert_eq!(tz.offset_from_utc_datetime(&at("19970601T000000")).fix().local_minus_utc(), 7200);
    }
}
