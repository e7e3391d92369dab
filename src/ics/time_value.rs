//! DATE, DATE-TIME and DURATION values as calendars write them, and the zones their TZIDs name.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::lines::ContentLine;
use super::windows_zones;
use crate::calendar::resolve_local;
use crate::time_text::{parse_basic_date, parse_basic_datetime};

/// A point in time as written: a date, a UTC time, a time in a named zone, or a floating time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IcsTime {
    Date(NaiveDate),
    Utc(NaiveDateTime),
    Zoned(NaiveDateTime, Tz),
    Floating(NaiveDateTime),
}

impl IcsTime {
    /// The wall-clock time in `zone` (floating times are taken as already in it).
    pub fn local_in(self, zone: Tz) -> Result<NaiveDateTime, String> {
        Ok(match self {
            IcsTime::Date(d) => d.and_time(chrono::NaiveTime::MIN),
            IcsTime::Floating(t) => t,
            IcsTime::Utc(t) => Utc.from_utc_datetime(&t).with_timezone(&zone).naive_local(),
            IcsTime::Zoned(t, tz) => resolve_local(tz, t)?.with_timezone(&zone).naive_local(),
        })
    }
}

/// Zones defined by the file's own VTIMEZONEs, for TZIDs that are not IANA names.
#[derive(Default)]
pub struct FileZones {
    pub by_tzid: HashMap<String, Tz>,
}

impl FileZones {
    /// IANA names as they are; `/mozilla.org/…/Europe/London`-style prefixes stripped; Windows names through CLDR;
    /// then whatever the file's VTIMEZONE for that TZID was matched to.
    pub fn resolve(&self, tzid: &str) -> Option<Tz> {
        let tzid = tzid.trim();
        if let Ok(tz) = tzid.parse() {
            return Some(tz);
        }
        if let Some(tz) = self.by_tzid.get(tzid) {
            return Some(*tz);
        }
        if let Some(iana) = windows_zones::to_iana(tzid) {
            return iana.parse().ok();
        }
        let parts: Vec<&str> = tzid.trim_matches('/').split('/').collect();
        (1..parts.len()).find_map(|i| parts[i..].join("/").parse().ok())
    }

    /// Learns a VTIMEZONE: by its X-LIC-LOCATION, else the IANA zone whose standard and daylight offsets in `year`
    /// match the observances' (Windows' CLDR zones first, as the most likely meaning).
    pub fn learn(
        &mut self,
        tzid: &str,
        location: Option<&str>,
        standard: Option<i32>,
        daylight: Option<i32>,
        year: i32,
    ) {
        if self.resolve(tzid).is_some() {
            return;
        }
        let by_location = location.and_then(|l| l.parse::<Tz>().ok());
        let matched = by_location.or_else(|| {
            let jan = NaiveDate::from_ymd_opt(year, 1, 15)?.and_hms_opt(12, 0, 0)?;
            let jul = NaiveDate::from_ymd_opt(year, 7, 15)?.and_hms_opt(12, 0, 0)?;
            let offsets = |tz: Tz| {
                use chrono::Offset;
                let a = tz.offset_from_utc_datetime(&jan).fix().local_minus_utc();
                let b = tz.offset_from_utc_datetime(&jul).fix().local_minus_utc();
                (a.min(b), a.max(b))
            };
            let std = standard?;
            let want = match daylight {
                Some(d) => (std.min(d), std.max(d)),
                None => (std, std),
            };
            windows_zones::targets()
                .filter_map(|n| n.parse::<Tz>().ok())
                .chain(chrono_tz::TZ_VARIANTS.iter().copied())
                .find(|tz| offsets(*tz) == want)
        });
        if let Some(tz) = matched {
            self.by_tzid.insert(tzid.to_string(), tz);
        }
    }
}

/// Parses DTSTART/DTEND/RECURRENCE-ID/EXDATE-style values (one value; EXDATE lists are split by the caller).
pub fn parse_time(line: &ContentLine, value: &str, zones: &FileZones) -> Result<IcsTime, String> {
    let v = value.trim();
    let bad =
        || format!("line {}: {} '{v}' is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)", line.line, line.name);
    if line.param("VALUE").is_some_and(|t| t.eq_ignore_ascii_case("DATE")) || v.len() == 8 {
        let d = parse_basic_date(v).map_or_else(|| NaiveDate::parse_from_str(v, "%Y%m%d"), Ok);
        return d.map(IcsTime::Date).map_err(|_| bad());
    }
    if let Some(utc) = v.strip_suffix('Z') {
        return basic_datetime(utc).map(IcsTime::Utc).map_err(|_| bad());
    }
    let t = basic_datetime(v).map_err(|_| bad())?;
    match line.param("TZID") {
        None => Ok(IcsTime::Floating(t)),
        Some(tzid) => match zones.resolve(tzid) {
            Some(tz) => Ok(IcsTime::Zoned(t, tz)),
            None => Err(format!(
                "line {}: TZID '{tzid}' is neither an IANA zone, a Windows zone nor defined in the file",
                line.line
            )),
        },
    }
}

fn basic_datetime(v: &str) -> chrono::ParseResult<NaiveDateTime> {
    parse_basic_datetime(v).map_or_else(|| NaiveDateTime::parse_from_str(v, "%Y%m%dT%H%M%S"), Ok)
}

/// `P1D`, `PT1H30M`, `-P1W`, `P1DT2H` → a signed duration.
pub fn parse_duration(value: &str) -> Option<Duration> {
    let v = value.trim();
    let (sign, rest) = match v.strip_prefix('-') {
        Some(r) => (-1, r),
        None => (1, v.trim_start_matches('+')),
    };
    let rest = rest.strip_prefix('P')?;
    let (mut total, mut number, mut in_time) = (0i64, String::new(), false);
    for c in rest.chars() {
        match c {
            '0'..='9' => number.push(c),
            'T' => in_time = true,
            unit => {
                let n: i64 = number.parse().ok()?;
                number.clear();
                total += n * match (unit, in_time) {
                    ('W', false) => 7 * 86_400,
                    ('D', false) => 86_400,
                    ('H', true) => 3_600,
                    ('M', true) => 60,
                    ('S', true) => 1,
                    _ => return None,
                };
            }
        }
    }
    number.is_empty().then(|| Duration::seconds(sign * total))
}

/// `+0800` / `-0330` / `+053028` → seconds east of UTC.
pub fn parse_offset(value: &str) -> Option<i32> {
    let v = value.trim();
    let sign = if v.starts_with('-') { -1 } else { 1 };
    let digits = v.trim_start_matches(['+', '-']);
    let h: i32 = digits.get(0..2)?.parse().ok()?;
    let m: i32 = digits.get(2..4)?.parse().ok()?;
    let s: i32 = digits.get(4..6).and_then(|s| s.parse().ok()).unwrap_or(0);
    Some(sign * (h * 3600 + m * 60 + s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_offsets() {
        assert_eq!(parse_duration("PT1H30M"), Some(Duration::minutes(90)));
        assert_eq!(parse_duration("-P1DT2H"), Some(Duration::hours(-26)));
        assert_eq!(parse_duration("P2W"), Some(Duration::days(14)));
        assert_eq!(parse_duration("1H"), None);
        assert_eq!(parse_offset("-0330"), Some(-12_600));
    }

    #[test]
    fn tzids_resolve_through_iana_windows_prefixes_and_file_zones() {
        let mut zones = FileZones::default();
        assert_eq!(zones.resolve("Europe/London"), Some(chrono_tz::Europe::London));
        assert_eq!(zones.resolve("Eastern Standard Time"), Some(chrono_tz::America::New_York));
        assert_eq!(zones.resolve("/mozilla.org/20050126_1/Asia/Manila"), Some(chrono_tz::Asia::Manila));
        assert_eq!(zones.resolve("Custom Zone 1"), None);
        zones.learn("Custom Zone 1", None, Some(8 * 3600), None, 2025);
        assert_eq!(zones.resolve("Custom Zone 1"), Some(chrono_tz::Asia::Shanghai));
    }
}
