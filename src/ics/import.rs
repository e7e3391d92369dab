//! Reading VEVENTs out of a stream of content lines, one at a time, into our records. Pure: no store, no clock.
//! Each event, or the problem that stops it, is handed to a callback, so memory stays bounded however big the file.

use std::io::BufRead;

use chrono::Duration;
use chrono_tz::Tz;

use super::lines::{unescape_text, ContentLine, Lines};
use super::time_value::{parse_duration, parse_offset, parse_time, FileZones, IcsTime};
use crate::domain::{EventInput, EventMode, EventStatus, OccurrenceChange};
use crate::time_text::local_text;

/// One VEVENT: a series or single event, or a changed instance of one (RECURRENCE-ID).
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedEvent {
    /// Where its BEGIN:VEVENT is.
    pub line: u64,
    pub uid: String,
    pub sequence: i64,
    /// `YYYYMMDDTHHMMSSZ` from LAST-MODIFIED (or DTSTAMP), for deciding which copy is newer.
    pub last_modified: Option<String>,
    pub body: ParsedBody,
    /// Things we read but cannot keep exactly (RDATE periods, …), for the preview.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ParsedBody {
    Event(EventInput),
    /// A changed instance; its times are resolved against the series' zone when it is applied.
    Change {
        recurrence_id: IcsTime,
        start: Option<(IcsTime, IcsTime)>,
        change: OccurrenceChange,
    },
}

/// A problem with one place in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: u64,
    pub message: String,
}

/// Reads every VEVENT of `reader`, calling `each` with it or with the problem that stops it. Floating times are
/// read in `floating_zone`. Unknown and X- properties are ignored.
pub fn read_events<R: BufRead>(reader: R, floating_zone: Tz, mut each: impl FnMut(Result<ParsedEvent, Problem>)) {
    let mut zones = FileZones::default();
    let mut stack: Vec<(String, u64)> = Vec::new();
    let mut event: Vec<ContentLine> = Vec::new();
    let mut alarms: Vec<i64> = Vec::new();
    let mut tz = TzBlock::default();
    for item in Lines::new(reader) {
        let line = match item {
            Ok(l) => l,
            Err(message) => {
                each(Err(Problem { line: 0, message }));
                continue;
            }
        };
        let inside = stack.last().map(|(n, _)| n.as_str());
        match line.name.as_str() {
            "BEGIN" => {
                let name = line.value.trim().to_ascii_uppercase();
                if name == "VEVENT" && inside == Some("VEVENT") {
                    let begun = stack.last().map(|(_, l)| *l).unwrap_or(0);
                    each(Err(Problem {
                        line: begun,
                        message: format!("line {begun}: VEVENT is not closed before line {}", line.line),
                    }));
                    stack.pop();
                }
                if name == "VEVENT" {
                    event.clear();
                    alarms.clear();
                }
                if name == "VTIMEZONE" {
                    tz = TzBlock::default();
                }
                stack.push((name, line.line));
            }
            "END" => {
                let name = line.value.trim().to_ascii_uppercase();
                let begun = match stack.pop() {
                    Some((open, at)) if open == name => at,
                    Some((open, at)) => {
                        each(Err(Problem {
                            line: line.line,
                            message: format!("line {}: END:{name} does not close BEGIN:{open} (line {at})", line.line),
                        }));
                        continue;
                    }
                    None => {
                        each(Err(Problem {
                            line: line.line,
                            message: format!("line {}: END:{name} without a BEGIN", line.line),
                        }));
                        continue;
                    }
                };
                match name.as_str() {
                    "VEVENT" => {
                        each(build(begun, &event, &alarms, &zones, floating_zone));
                    }
                    "VTIMEZONE" => {
                        if let Some(id) = &tz.tzid {
                            zones.learn(id, tz.location.as_deref(), tz.standard, tz.daylight, tz.year);
                        }
                    }
                    _ => {}
                }
            }
            _ => match inside {
                Some("VEVENT") => event.push(line),
                Some("VALARM") if line.name == "TRIGGER" => {
                    let before_start = !line.param("RELATED").is_some_and(|r| r.eq_ignore_ascii_case("END"));
                    if let Some(d) = parse_duration(&line.value).filter(|d| *d <= Duration::zero() && before_start) {
                        alarms.push(-d.num_minutes());
                    }
                }
                Some("VTIMEZONE") => match line.name.as_str() {
                    "TZID" => tz.tzid = Some(line.value.trim().to_string()),
                    "X-LIC-LOCATION" => tz.location = Some(line.value.trim().to_string()),
                    _ => {}
                },
                Some(kind @ ("STANDARD" | "DAYLIGHT")) => match line.name.as_str() {
                    "TZOFFSETTO" => {
                        let offset = parse_offset(&line.value);
                        if kind == "STANDARD" {
                            tz.standard = offset
                        } else {
                            tz.daylight = offset
                        }
                    }
                    "DTSTART" => {
                        tz.year = line.value.get(..4).and_then(|y| y.parse().ok()).unwrap_or(tz.year).max(tz.year)
                    }
                    _ => {}
                },
                _ => {}
            },
        }
    }
    for (name, at) in stack.into_iter().rev() {
        each(Err(Problem {
            line: at,
            message: format!("line {at}: BEGIN:{name} is never closed (the file ends first)"),
        }));
    }
}

/// What a VTIMEZONE says, for matching it to an IANA zone.
struct TzBlock {
    tzid: Option<String>,
    location: Option<String>,
    standard: Option<i32>,
    daylight: Option<i32>,
    year: i32,
}

impl Default for TzBlock {
    fn default() -> Self {
        TzBlock { tzid: None, location: None, standard: None, daylight: None, year: 2000 }
    }
}

fn build(
    begun: u64,
    props: &[ContentLine],
    alarms: &[i64],
    zones: &FileZones,
    floating: Tz,
) -> Result<ParsedEvent, Problem> {
    let fail = |line: u64, message: String| Problem { line, message };
    let get = |name: &str| props.iter().find(|l| l.name == name);
    let text = |name: &str| get(name).map(|l| unescape_text(&l.value)).filter(|v| !v.trim().is_empty());
    let dtstart = get("DTSTART").ok_or_else(|| fail(begun, format!("line {begun}: VEVENT has no DTSTART")))?;
    let start = parse_time(dtstart, &dtstart.value, zones).map_err(|m| fail(dtstart.line, m))?;
    let end = match (get("DTEND"), get("DURATION")) {
        (Some(l), _) => Some(parse_time(l, &l.value, zones).map_err(|m| fail(l.line, m))?),
        (None, Some(l)) => {
            let d = parse_duration(&l.value).ok_or_else(|| {
                fail(l.line, format!("line {}: DURATION '{}' is not a duration (e.g. PT1H30M)", l.line, l.value))
            })?;
            Some(add(start, d))
        }
        (None, None) => None,
    };
    let uid = text("UID").unwrap_or_else(|| {
        format!(
            "imported-{:016x}@campaign-desk",
            fnv(&format!("{}|{}", dtstart.value, text("SUMMARY").unwrap_or_default()))
        )
    });
    let sequence = get("SEQUENCE").and_then(|l| l.value.trim().parse().ok()).unwrap_or(0);
    let last_modified = get("LAST-MODIFIED").or(get("DTSTAMP")).map(|l| l.value.trim().to_string());
    let status = text("STATUS").map(|s| match s.trim().to_ascii_uppercase().as_str() {
        "CANCELLED" => EventStatus::Cancelled,
        "TENTATIVE" => EventStatus::Tentative,
        _ => EventStatus::Confirmed,
    });
    let online = get("CONFERENCE").or(get("X-GOOGLE-CONFERENCE")).map(|l| l.value.trim().to_string());
    let mut notes = Vec::new();
    if let Some(rid) = get("RECURRENCE-ID") {
        let recurrence_id = parse_time(rid, &rid.value, zones).map_err(|m| fail(rid.line, m))?;
        let moved = (start != recurrence_id).then(|| (start, end.unwrap_or(start)));
        let change = OccurrenceChange {
            title: text("SUMMARY"),
            status,
            location: text("LOCATION"),
            online_url: online,
            registration_url: text("URL"),
            description: text("DESCRIPTION"),
            ..Default::default()
        };
        return Ok(ParsedEvent {
            line: begun,
            uid,
            sequence,
            last_modified,
            body: ParsedBody::Change { recurrence_id, start: moved, change },
            notes,
        });
    }
    let mut input = EventInput {
        title: text("SUMMARY").unwrap_or_else(|| "(no title)".into()),
        description: text("DESCRIPTION"),
        location: text("LOCATION"),
        registration_url: text("URL"),
        status: status.unwrap_or(EventStatus::Confirmed),
        reminders: alarms.iter().filter_map(|m| u32::try_from(*m).ok()).collect(),
        ..Default::default()
    };
    if let Some(url) = online {
        input.mode = if input.location.is_some() { EventMode::Hybrid } else { EventMode::Online };
        input.online_url = Some(url);
    }
    let recurring = get("RRULE").is_some() || get("RDATE").is_some();
    let zone = fill_times(&mut input, start, end, floating, recurring)
        .map_err(|m| fail(dtstart.line, format!("line {}: {m}", dtstart.line)))?;
    if let Some(rule) = get("RRULE") {
        input.rrule = Some(rule.value.trim().to_string());
    }
    // EXDATE and RDATE values become local starts in the event's zone (dates for all-day events), as we store them.
    for ex in props.iter().filter(|l| l.name == "EXDATE" || l.name == "RDATE") {
        let period = ex.param("VALUE").is_some_and(|v| v.eq_ignore_ascii_case("PERIOD"));
        if period {
            notes.push(format!("line {}: RDATE periods keep their start; each lasts as long as the event", ex.line));
        }
        for value in ex.value.split(',') {
            // A PERIOD is START/END or START/DURATION; only its start names the instance.
            let value = if period { value.split('/').next().unwrap_or(value) } else { value };
            let t = parse_time(ex, value, zones).map_err(|m| fail(ex.line, m))?;
            let local = match (t, zone) {
                (IcsTime::Date(d), _) => d.to_string(),
                (t, Some(z)) => local_text(&t.local_in(z).map_err(|m| fail(ex.line, m))?),
                (t, None) => match t.local_in(floating) {
                    Ok(local) => local.date().to_string(),
                    Err(m) => return Err(fail(ex.line, m)),
                },
            };
            if ex.name == "RDATE" {
                input.rdates.push(local)
            } else {
                input.exdates.push(local)
            }
        }
    }
    Ok(ParsedEvent { line: begun, uid, sequence, last_modified, body: ParsedBody::Event(input), notes })
}

/// Sets all-day dates or timed local times and zone; returns the zone for timed events.
fn fill_times(
    input: &mut EventInput,
    start: IcsTime,
    end: Option<IcsTime>,
    floating: Tz,
    recurring: bool,
) -> Result<Option<Tz>, String> {
    if let IcsTime::Date(first) = start {
        let last = match end {
            // DTEND of an all-day event is exclusive.
            Some(IcsTime::Date(e)) if e > first => e - Duration::days(1),
            _ => first,
        };
        input.all_day = true;
        input.start = first.to_string();
        input.end = last.to_string();
        return Ok(None);
    }
    let zone = match start {
        IcsTime::Zoned(_, tz) => tz,
        // A UTC series repeats in UTC; a single UTC time is shown in the zone the user works in.
        IcsTime::Utc(_) if recurring => chrono_tz::UTC,
        _ => floating,
    };
    let s = start.local_in(zone)?;
    let e = match end {
        Some(e) if e != start => e.local_in(zone)?,
        // No end (or an empty one): RFC 5545 makes it an instant; we keep events visible with one hour.
        _ => s + Duration::hours(1),
    };
    input.start = local_text(&s);
    input.end = local_text(&e);
    input.zone = Some(zone.name().to_string());
    Ok(Some(zone))
}

fn add(t: IcsTime, d: Duration) -> IcsTime {
    match t {
        IcsTime::Date(x) => IcsTime::Date(x + Duration::days(d.num_days().max(1))),
        IcsTime::Utc(x) => IcsTime::Utc(x + d),
        IcsTime::Zoned(x, tz) => IcsTime::Zoned(x + d, tz),
        IcsTime::Floating(x) => IcsTime::Floating(x + d),
    }
}

/// A stable hash for events that came without a UID, so importing the same file twice still matches them.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
