//! DATE, DATE-TIME and DURATION values as calendars write them, and the zones their TZIDs name.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;

use super::lines::ContentLine;
use super::vtimezone_match::Definition;
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
            IcsTime::Zoned(t, tz) => resolve_lenient(tz, t).with_timezone(&zone).naive_local(),
        })
    }

    /// The instant this time denotes (floating times read in `floating`, dates at their midnight there).
    pub fn instant(self, floating: Tz) -> chrono::DateTime<Utc> {
        match self {
            IcsTime::Utc(t) => t.and_utc(),
            IcsTime::Zoned(t, tz) => resolve_lenient(tz, t).with_timezone(&Utc),
            IcsTime::Date(d) => resolve_lenient(floating, d.and_time(chrono::NaiveTime::MIN)).with_timezone(&Utc),
            IcsTime::Floating(t) => resolve_lenient(floating, t).with_timezone(&Utc),
        }
    }
}

/// A local time as RFC 5545 §3.3.5 reads one from a file: a time in a spring-forward gap is taken with the offset
/// before the gap (so 02:30 on a night the clocks jump from 02:00 to 03:00 is 03:30), one that happens twice is the
/// first. What a person types in our own forms is checked strictly instead ([`resolve_local`]).
pub fn resolve_lenient(tz: Tz, local: NaiveDateTime) -> chrono::DateTime<Tz> {
    match resolve_local(tz, local) {
        Ok(t) => t,
        Err(_) => {
            let before = local.checked_sub_signed(Duration::days(1)).unwrap_or(local);
            let offset = tz.offset_from_utc_datetime(&before).fix().local_minus_utc();
            let utc = local.checked_sub_signed(Duration::seconds(i64::from(offset))).unwrap_or(local);
            tz.from_utc_datetime(&utc)
        }
    }
}

/// Zones defined by the file's own VTIMEZONEs, for TZIDs that are not IANA names.
#[derive(Default)]
pub struct FileZones {
    pub by_tzid: HashMap<String, Tz>,
    guessed: std::cell::RefCell<HashMap<String, Option<Tz>>>,
    /// The file's own definitions, to judge them again on the year an event is in.
    definitions: HashMap<String, Definition>,
    by_year: std::cell::RefCell<HashMap<(String, i32), Tz>>,
}

impl FileZones {
    /// IANA names as they are; then what the file's own VTIMEZONE for that TZID was matched to; then Windows names
    /// through CLDR, `/mozilla.org/…/Europe/London`-style prefixes stripped, and Outlook's display names
    /// ("(UTC-05:00) Eastern Time (US & Canada)"). Quotes and escaped commas (`\,`, as some writers put in TZIDs) do
    /// not count.
    pub fn resolve(&self, tzid: &str) -> Option<Tz> {
        let key = tzid_key(tzid);
        if let Ok(tz) = key.parse() {
            return Some(tz);
        }
        if let Some(tz) = self.by_tzid.get(&key) {
            return Some(*tz);
        }
        // Each event of a file names its TZID again: a name guessed once is not guessed again, so reading stays
        // linear in the file (a display name costs a pass over every IANA zone).
        if let Some(known) = self.guessed.borrow().get(&key) {
            return *known;
        }
        let found = guess(&key);
        let mut guessed = self.guessed.borrow_mut();
        if guessed.len() < 10_000 {
            guessed.insert(key, found);
        }
        found
    }

    /// Learns a VTIMEZONE: by its X-LIC-LOCATION, else the IANA zone that keeps the same clock as its observances —
    /// the zone its name suggests when that one does, then Windows' CLDR zones, then any. An IANA TZID keeps its
    /// zone.
    pub fn learn(&mut self, tzid: &str, location: Option<&str>, definition: &Definition) {
        let key = tzid_key(tzid);
        if key.parse::<Tz>().is_ok() {
            return;
        }
        let by_location = location.and_then(|l| l.trim().parse::<Tz>().ok());
        let preferred = guess(&key).into_iter().chain(windows_zones::targets().filter_map(|n| n.parse::<Tz>().ok()));
        if let Some(tz) = by_location.or_else(|| definition.best_zone(&key, preferred)).or_else(|| guess(&key)) {
            self.by_tzid.insert(key.clone(), tz);
        }
        if by_location.is_none() && self.definitions.len() < 1000 {
            self.definitions.insert(key, definition.clone());
        }
    }

    /// [`Self::resolve`] for a time in `year`. A definition is matched on a recent year when its rules are still in
    /// force (Outlook writes today's rules for every date); a zone whose rules changed since — Brazil without
    /// daylight time after 2019 — is found on the event's own year instead, when one keeps that clock exactly.
    pub fn resolve_at(&self, tzid: &str, year: i32) -> Option<Tz> {
        let key = tzid_key(tzid);
        let Some(definition) = self.definitions.get(&key) else { return self.resolve(tzid) };
        let year = year.clamp(1900, 2037);
        if let Some(tz) = self.by_year.borrow().get(&(key.clone(), year)) {
            return Some(*tz);
        }
        let usual = self.by_tzid.get(&key).copied();
        let found = match usual {
            Some(tz) if definition.misses_in(tz, year) == Some(0) => Some(tz),
            _ => {
                let preferred = windows_zones::targets().filter_map(|n| n.parse::<Tz>().ok());
                match definition.best_zone_in(&key, preferred, year) {
                    Some((0, tz)) => Some(tz),
                    _ => usual,
                }
            }
        };
        if let Some(tz) = found {
            self.by_year.borrow_mut().insert((key, year), tz);
        }
        found
    }
}

/// A zone for a TZID that is no IANA name, from the name alone.
fn guess(key: &str) -> Option<Tz> {
    if let Some(iana) = windows_zones::to_iana(key) {
        return iana.parse().ok();
    }
    // IANA names have at most three parts ("America/Argentina/Buenos_Aires"): only the last three of a vendor's
    // path are tried, so a hostile TZID of thousands of segments costs no more than a short one.
    let parts: Vec<&str> = key.trim_matches('/').rsplitn(4, '/').collect();
    for n in (1..=parts.len().min(3)).rev() {
        let mut name: Vec<&str> = parts[..n].to_vec();
        name.reverse();
        if let Ok(tz) = name.join("/").parse() {
            return Some(tz);
        }
    }
    if key.len() > 200 {
        return None;
    }
    display_name(key)
}

/// Outlook's display names: "(UTC+10:00) Canberra, Melbourne, Sydney", "(GMT-05.00) Eastern Time (US & Canada)".
/// A city named in it whose zone keeps that standard offset, else the region, else the fixed offset.
fn display_name(key: &str) -> Option<Tz> {
    // "UTC+11", "GMT-05:00": an offset alone, read as a display name without a place.
    let bare = ["UTC", "GMT"].iter().find_map(|p| key.strip_prefix(p)).filter(|r| r.starts_with(['+', '-']));
    let owned = bare.map(|r| format!("({}{r})", &key[..3]));
    let key = owned.as_deref().unwrap_or(key);
    let rest = key.strip_prefix("(UTC").or_else(|| key.strip_prefix("(GMT"))?;
    let (offset, name) = rest.split_once(')')?;
    let name = name.trim().to_ascii_lowercase();
    let seconds = match offset.trim() {
        "" => 0,
        o => {
            let sign = if o.starts_with('-') { -1 } else { 1 };
            let (h, m) = o
                .trim_start_matches(['+', '-'])
                .split_once([':', '.'])
                .unwrap_or((o.trim_start_matches(['+', '-']), "0"));
            sign * (h.parse::<i32>().ok()? * 3600 + m.parse::<i32>().ok()? * 60)
        }
    };
    let january = NaiveDate::from_ymd_opt(2025, 1, 15)?.and_hms_opt(12, 0, 0)?;
    let july = NaiveDate::from_ymd_opt(2025, 7, 15)?.and_hms_opt(12, 0, 0)?;
    let standard = |tz: Tz| {
        let a = tz.offset_from_utc_datetime(&january).fix().local_minus_utc();
        let b = tz.offset_from_utc_datetime(&july).fix().local_minus_utc();
        a.min(b)
    };
    let cities: Vec<Tz> =
        super::vtimezone_match::zones_named_in(&name).into_iter().filter(|tz| standard(*tz) == seconds).collect();
    // "Canberra, Melbourne, Sydney": the zone Windows maps to, not an old alias.
    let city =
        cities.iter().copied().find(|tz| windows_zones::targets().any(|t| t == tz.name())).or(cities.first().copied());
    let region = || {
        let regions = [
            ("eastern time", "America/New_York"),
            ("central time", "America/Chicago"),
            ("mountain time", "America/Denver"),
            ("pacific time", "America/Los_Angeles"),
            ("atlantic time", "America/Halifax"),
            ("alaska", "America/Anchorage"),
            ("hawaii", "Pacific/Honolulu"),
        ];
        regions.iter().find(|(r, _)| name.contains(r)).and_then(|(_, z)| z.parse::<Tz>().ok())
    };
    let fixed = || {
        // Etc/GMT+5 is five hours behind UTC (POSIX signs).
        (seconds % 3600 == 0)
            .then(|| format!("Etc/GMT{:+}", -seconds / 3600).replace("+0", ""))
            .and_then(|n| n.parse().ok())
    };
    region().filter(|tz| standard(*tz) == seconds).or(city).or_else(fixed)
}

/// A TZID as written in a parameter or a TZID property, without quotes or TEXT escapes.
fn tzid_key(tzid: &str) -> String {
    let t = tzid.trim().trim_matches('"');
    if t.contains('\\') {
        super::lines::unescape_text(t)
    } else {
        t.to_string()
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
        Some(tzid) => match zones.resolve_at(tzid, chrono::Datelike::year(&t)) {
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
                let unit = match (unit, in_time) {
                    ('W', false) => 7 * 86_400,
                    ('D', false) => 86_400,
                    ('H', true) => 3_600,
                    ('M', true) => 60,
                    ('S', true) => 1,
                    _ => return None,
                };
                // A hostile P99999999999999W must be refused, not overflow.
                total = total.checked_add(n.checked_mul(unit)?)?;
            }
        }
    }
    // Past ten thousand years a duration means nothing on a calendar (and dates after it do not exist).
    if !number.is_empty() || total > 10_000 * 366 * 86_400 {
        return None;
    }
    Duration::try_seconds(sign * total)
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
        assert_eq!(parse_duration("PT1H0M30S"), Some(Duration::seconds(3630)));
        assert_eq!(parse_duration("P99999999999999999W"), None);
        assert_eq!(parse_duration("P9223372036854775807D"), None);
        assert_eq!(parse_offset("-0330"), Some(-12_600));
    }

    #[test]
    fn tzids_resolve_through_iana_windows_prefixes_and_file_zones() {
        let mut zones = FileZones::default();
        assert_eq!(zones.resolve("Europe/London"), Some(chrono_tz::Europe::London));
        assert_eq!(zones.resolve("Eastern Standard Time"), Some(chrono_tz::America::New_York));
        assert_eq!(zones.resolve("/mozilla.org/20050126_1/Asia/Manila"), Some(chrono_tz::Asia::Manila));
        assert_eq!(zones.resolve("/Europe/Stockholm"), Some(chrono_tz::Europe::Stockholm));
        assert_eq!(zones.resolve("\"(UTC-05:00) Eastern Time (US & Canada)\""), Some(chrono_tz::America::New_York));
        assert_eq!(zones.resolve("(UTC+10:00) Canberra\\, Melbourne\\, Sydney"), Some(chrono_tz::Australia::Sydney));
        assert_eq!(zones.resolve("(GMT+03.00) Somewhere"), Some(chrono_tz::Etc::GMTMinus3));
        assert_eq!(zones.resolve("UTC+11"), Some(chrono_tz::Etc::GMTMinus11));
        assert_eq!(zones.resolve("Custom Zone 1"), None);
        let def = Definition {
            observances: vec![super::super::vtimezone_match::Observance {
                start: NaiveDate::from_ymd_opt(1970, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0)),
                from: Some(8 * 3600),
                to: Some(8 * 3600),
                ..Default::default()
            }],
        };
        zones.learn("Custom Zone 1", None, &def);
        assert_eq!(zones.resolve("Custom Zone 1"), Some(chrono_tz::Asia::Shanghai));
    }

    #[test]
    fn a_zone_whose_rules_changed_is_matched_on_the_events_year() {
        use super::super::vtimezone_match::Observance;
        let at = |s: &str| crate::time_text::parse_basic_datetime(s);
        // Outlook's Brasília with the daylight time Brazil kept until 2019.
        let def = Definition {
            observances: vec![
                Observance {
                    start: at("16010101T000000"),
                    from: Some(-7200),
                    to: Some(-10800),
                    rule: Some("FREQ=YEARLY;BYDAY=3SU;BYMONTH=2".into()),
                    ..Default::default()
                },
                Observance {
                    start: at("16010101T000000"),
                    from: Some(-10800),
                    to: Some(-7200),
                    rule: Some("FREQ=YEARLY;BYDAY=3SU;BYMONTH=10".into()),
                    ..Default::default()
                },
            ],
        };
        let mut zones = FileZones::default();
        zones.learn("(UTC-03:00) Brasília", None, &def);
        assert_eq!(zones.resolve_at("(UTC-03:00) Brasília", 2017), Some(chrono_tz::America::Sao_Paulo));
    }
}
