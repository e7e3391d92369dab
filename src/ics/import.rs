//! Reading VEVENTs out of a stream of content lines, one at a time, into our records. Pure: no store, no clock.
//! Each event, or the problem that stops it, is handed to a callback, so memory stays bounded however big the file.
//!
//! Lenient where RFC 5545 and the clients people use allow it: an event whose time zone is defined further down the
//! file waits for it (up to [`MAX_WAITING`] events), unknown properties and broken lines are passed over with a note,
//! and an event we cannot represent exactly is imported with a note that says what was dropped. Only a file that is
//! not iCalendar at all is refused as a whole.

use std::io::BufRead;

use chrono::{Duration, NaiveDateTime};
use chrono_tz::Tz;

use super::lines::{preview, unescape_text, ContentLine, Lines};
use super::time_value::{parse_duration, parse_offset, parse_time, FileZones, IcsTime};
use super::vtimezone_match::{Definition, Observance};
use crate::domain::{EventInput, EventKind, EventMode, EventStatus, OccurrenceChange};
use crate::time_text::local_text;

/// Events whose TZID the file has not defined yet are held until the end of the file; past this many (a hostile
/// file of nothing else) they are read at once, their unknown zone taken as floating.
const MAX_WAITING: usize = 10_000;

/// A rule beyond the first (RFC 5545 allows several) is kept as extra dates when it ends within this many.
const MAX_EXTRA_RULE_DATES: usize = 1000;

/// How many rules beyond the first are read.
const MAX_EXTRA_RULES: usize = 8;

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
    /// Things we read but cannot keep exactly (a second rule, an alarm too early, …), for the preview.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ParsedBody {
    /// A series or a single event, with its RDATE periods (an extra date that lasts its own length): those become
    /// changed instances once the event is stored.
    Event { input: EventInput, periods: Vec<(IcsTime, IcsTime)> },
    /// A changed instance; its times are resolved against the series' zone when it is applied. `standalone` is the
    /// same VEVENT read as an event of its own, for when the file and the store have no series for it.
    Change {
        recurrence_id: IcsTime,
        start: IcsTime,
        end: Option<IcsTime>,
        change: OccurrenceChange,
        this_and_future: bool,
        standalone: Box<EventInput>,
    },
}

/// What the reader found at one place in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: u64,
    /// English.
    pub message: String,
    pub kind: ProblemKind,
    /// The catalogued form of `message`, where there is one.
    pub msg: Option<crate::i18n::Msg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file is not iCalendar: nothing of it can be imported.
    NotCalendar,
    /// One event could not be read; the rest of the file can.
    Event,
    /// A line outside any event was passed over.
    Line,
}

/// Reads every VEVENT of `reader`, calling `each` with it or with the problem that stops it. Floating times are
/// read in `floating_zone`. Unknown and X- properties are ignored.
pub fn read_events<R: BufRead>(reader: R, floating_zone: Tz, mut each: impl FnMut(Result<ParsedEvent, Problem>)) {
    let mut r = Reader {
        zones: FileZones::default(),
        floating: floating_zone,
        calendar_zone: None,
        ours: false,
        waiting: Vec::new(),
    };
    let mut stack: Vec<(String, u64)> = Vec::new();
    let mut event = EventLines::default();
    let mut tz = TzBlock::default();
    let mut first = true;
    let problem = |line: u64, message: String, kind| Err(Problem { line, message, kind, msg: None });
    let catalogued =
        |line: u64, msg: crate::i18n::Msg, kind| Err(Problem { line, message: msg.english(), kind, msg: Some(msg) });
    for item in Lines::new(reader) {
        let line = match item {
            Ok(l) => l,
            Err(message) if first => {
                return each(catalogued(
                    0,
                    crate::msg!("core-ics-unreadable", reason = message),
                    ProblemKind::NotCalendar,
                ));
            }
            Err(message) => {
                match stack.last().map(|(n, _)| n.as_str()) {
                    Some("VEVENT" | "VALARM") => event.notes.push(format!("{message}: left out")),
                    _ => each(problem(line_of(&message), message, ProblemKind::Line)),
                }
                continue;
            }
        };
        if std::mem::take(&mut first) && line.name != "BEGIN" {
            let message =
                crate::msg!("core-ics-wrong-start", line = line.line.to_string(), found = preview(&line.name));
            return each(catalogued(line.line, message, ProblemKind::NotCalendar));
        }
        let inside = stack.last().map(|(n, _)| n.as_str());
        match line.name.as_str() {
            "BEGIN" => {
                let name = line.value.trim().to_ascii_uppercase();
                let in_zone = inside == Some("VTIMEZONE");
                if name == "VEVENT" && inside == Some("VEVENT") {
                    // An event never closed: read what it has, then start the next.
                    let begun = stack.pop().map(|(_, l)| l).unwrap_or(0);
                    event.notes.push(format!("line {begun}: the event is not closed before line {}", line.line));
                    r.finish(begun, std::mem::take(&mut event), &mut each);
                }
                match name.as_str() {
                    "VEVENT" => event = EventLines::default(),
                    "VTIMEZONE" => tz = TzBlock::default(),
                    "STANDARD" | "DAYLIGHT" if in_zone => tz.observances.push(Observance::default()),
                    _ => {}
                }
                stack.push((name, line.line));
            }
            "END" => {
                let name = line.value.trim().to_ascii_uppercase();
                // An END that closes an outer block closes the ones left open inside it (as lenient readers do);
                // an END with no BEGIN is passed over.
                let Some(depth) = stack.iter().rposition(|(open, _)| *open == name) else {
                    let message =
                        crate::msg!("core-ics-end-without-begin", line = line.line.to_string(), name = preview(&name));
                    each(catalogued(line.line, message, ProblemKind::Line));
                    continue;
                };
                while stack.len() > depth {
                    let Some((open, begun)) = stack.pop() else { break };
                    match open.as_str() {
                        "VEVENT" => {
                            if open != name {
                                event
                                    .notes
                                    .push(format!("line {begun}: the event is not closed before line {}", line.line));
                            }
                            r.finish(begun, std::mem::take(&mut event), &mut each);
                        }
                        "VTIMEZONE" => {
                            if let Some(id) = &tz.tzid {
                                let def = Definition { observances: std::mem::take(&mut tz.observances) };
                                r.zones.learn(id, tz.location.as_deref(), &def);
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => match inside {
                Some("VEVENT") => event.lines.push(line),
                Some("VALARM") if line.name == "TRIGGER" => {
                    let before_start = !line.param("RELATED").is_some_and(|r| r.eq_ignore_ascii_case("END"));
                    if let Some(d) = parse_duration(&line.value).filter(|d| *d <= Duration::zero() && before_start) {
                        event.alarms.push(-d.num_minutes());
                    }
                }
                Some("VCALENDAR") if line.name == "PRODID" => r.ours = line.value.contains("//Campaign Desk//"),
                Some("VCALENDAR") if line.name == "X-WR-TIMEZONE" => {
                    r.calendar_zone = r.zones.resolve(&line.value);
                }
                Some("VTIMEZONE") => match line.name.as_str() {
                    "TZID" => tz.tzid = Some(line.value.trim().to_string()),
                    "X-LIC-LOCATION" => tz.location = Some(line.value.trim().to_string()),
                    _ => {}
                },
                Some("STANDARD" | "DAYLIGHT") => {
                    if let Some(o) = tz.observances.last_mut() {
                        observe(o, &line);
                    }
                }
                _ => {}
            },
        }
    }
    if first {
        return each(catalogued(0, crate::msg!("core-ics-empty"), ProblemKind::NotCalendar));
    }
    if let Some(at) = stack.iter().find(|(n, _)| n == "VEVENT").map(|(_, l)| *l) {
        event.notes.push(format!("line {at}: the file ends before the event does"));
        r.finish(at, std::mem::take(&mut event), &mut each);
    }
    // Everything the file defines is known now: the events that waited for a zone are read.
    for (begun, lines) in std::mem::take(&mut r.waiting) {
        each(r.build(begun, &lines, true));
    }
}

/// The line number at the start of a reader message ("line 12: …"), or 0.
fn line_of(message: &str) -> u64 {
    message.strip_prefix("line ").and_then(|m| m.split(':').next()).and_then(|n| n.parse().ok()).unwrap_or(0)
}

/// One STANDARD/DAYLIGHT property.
fn observe(o: &mut Observance, line: &ContentLine) {
    // Observance onsets are local date-times; a few writers give a bare date (its midnight).
    let local = |v: &str| {
        let v = v.trim().trim_end_matches('Z');
        crate::time_text::parse_basic_datetime(v)
            .or_else(|| crate::time_text::parse_basic_date(v).map(|d| d.and_time(chrono::NaiveTime::MIN)))
    };
    match line.name.as_str() {
        "TZOFFSETFROM" => o.from = parse_offset(&line.value),
        "TZOFFSETTO" => o.to = parse_offset(&line.value),
        "DTSTART" => o.start = local(&line.value),
        "RRULE" => o.rule = Some(line.value.clone()),
        "RDATE" => o.rdates.extend(line.value.split(',').filter_map(local).take(10_000)),
        _ => {}
    }
}

/// The properties of one VEVENT, with its alarms and what the reader noticed while gathering them.
#[derive(Default)]
struct EventLines {
    lines: Vec<ContentLine>,
    alarms: Vec<i64>,
    notes: Vec<String>,
}

struct Reader {
    zones: FileZones,
    floating: Tz,
    /// X-WR-TIMEZONE: Google writes UTC times and names the calendar's zone apart.
    calendar_zone: Option<Tz>,
    /// Written by Campaign Desk: the paragraphs our export adds to descriptions are taken out again.
    ours: bool,
    waiting: Vec<(u64, EventLines)>,
}

/// Why an event could not be built: a problem, or a zone the file may still define.
enum Failure {
    Problem(Problem),
    UnknownZone,
}

impl Reader {
    fn finish(&mut self, begun: u64, lines: EventLines, each: &mut impl FnMut(Result<ParsedEvent, Problem>)) {
        let last_chance = self.waiting.len() >= MAX_WAITING;
        match self.build_or_wait(begun, &lines, last_chance) {
            Ok(p) => each(Ok(p)),
            Err(Failure::Problem(p)) => each(Err(p)),
            Err(Failure::UnknownZone) => self.waiting.push((begun, lines)),
        }
    }

    fn build(&self, begun: u64, lines: &EventLines, last_chance: bool) -> Result<ParsedEvent, Problem> {
        match self.build_or_wait(begun, lines, last_chance) {
            Ok(p) => Ok(p),
            Err(Failure::Problem(p)) => Err(p),
            Err(Failure::UnknownZone) => Err(Problem {
                line: begun,
                message: format!("line {begun}: a time zone of this event cannot be read"),
                kind: ProblemKind::Event,
                msg: None,
            }),
        }
    }

    /// Reads one value; a TZID neither known nor defined (yet) waits for the end of the file, then is floating.
    fn time(
        &self,
        line: &ContentLine,
        value: &str,
        last_chance: bool,
        notes: &mut Vec<String>,
    ) -> Result<IcsTime, Failure> {
        match parse_time(line, value, &self.zones) {
            Ok(IcsTime::Utc(t)) => Ok(match self.calendar_zone {
                // As recurring_ical_events reads Google's calendars: the UTC times are the calendar zone's times,
                // and so are floating ones.
                Some(z) => IcsTime::Zoned(t.and_utc().with_timezone(&z).naive_local(), z),
                None => IcsTime::Utc(t),
            }),
            Ok(IcsTime::Floating(t)) if self.calendar_zone.is_some() => {
                Ok(self.calendar_zone.map_or(IcsTime::Floating(t), |z| IcsTime::Zoned(t, z)))
            }
            Ok(t) => Ok(t),
            Err(_) if line.param("TZID").is_some() && !last_chance => Err(Failure::UnknownZone),
            Err(m) if line.param("TZID").is_some() => {
                let mut plain = line.clone();
                plain.params.retain(|(k, _)| k != "TZID");
                let t = parse_time(&plain, value, &self.zones).map_err(|_| event_problem(line.line, m.clone()))?;
                let note = format!("line {}: {m}; read as a time in the calendar's zone", line.line);
                if !notes.contains(&note) {
                    notes.push(note);
                }
                Ok(t)
            }
            Err(m) => Err(event_problem(line.line, m)),
        }
    }

    fn build_or_wait(&self, begun: u64, ev: &EventLines, last_chance: bool) -> Result<ParsedEvent, Failure> {
        let props = &ev.lines;
        let mut notes = ev.notes.clone();
        let get = |name: &str| props.iter().find(|l| l.name == name);
        let text = |name: &str| get(name).map(|l| unescape_text(&l.value)).filter(|v| !v.trim().is_empty());
        let dtstart = get("DTSTART")
            .ok_or_else(|| event_problem(begun, format!("line {begun}: the event has no start (DTSTART)")))?;
        let start = self.time(dtstart, &dtstart.value, last_chance, &mut notes)?;
        let end = match (get("DTEND"), get("DURATION")) {
            // An end that cannot be read is left out (with a note) rather than the whole event.
            (Some(l), _) => match self.time(l, &l.value, last_chance, &mut notes) {
                Ok(t) => Some(t),
                Err(Failure::Problem(p)) => {
                    notes.push(format!("{}: the end is left out", p.message));
                    None
                }
                Err(wait) => return Err(wait),
            },
            (None, Some(l)) => match parse_duration(&l.value) {
                // Like an end that cannot be read: the event comes in with the length a start alone gives it.
                None => {
                    notes.push(format!(
                        "line {}: DURATION '{}' is not a duration (e.g. PT1H30M): the end is left out",
                        l.line,
                        preview(&l.value)
                    ));
                    None
                }
                Some(d) => Some(add(start, d).ok_or_else(|| {
                    event_problem(
                        l.line,
                        format!("line {}: DURATION '{}' ends after the year 9999", l.line, preview(&l.value)),
                    )
                })?),
            },
            (None, None) => None,
        };
        // Control characters in a UID cannot be written back (RFC 5545 TEXT forbids them): dropped on the way in,
        // so our export and a re-import name the event alike.
        let uid = text("UID")
            .map(|u| u.chars().filter(|c| !c.is_control()).collect::<String>())
            .filter(|u| !u.trim().is_empty())
            .unwrap_or_else(|| {
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
        let description =
            text("DESCRIPTION").and_then(|d| strip_generated(d, text("URL").as_deref(), online.as_deref(), self.ours));
        let kind = get("CATEGORIES")
            .and_then(|l| l.value.split(',').find_map(|c| unescape_text(c).trim().parse::<EventKind>().ok()));
        let mut input = EventInput {
            title: text("SUMMARY").unwrap_or_else(|| "(no title)".into()),
            kind: kind.unwrap_or(EventKind::Other),
            description: description.clone(),
            location: text("LOCATION"),
            registration_url: text("URL"),
            status: status.unwrap_or(EventStatus::Confirmed),
            ..Default::default()
        };
        // Reminders we can keep: before the start, at most four weeks.
        for m in &ev.alarms {
            match u32::try_from(*m).ok().filter(|m| *m <= 60 * 24 * 28) {
                Some(m) if !input.reminders.contains(&m) => input.reminders.push(m),
                Some(_) => {}
                None => notes.push(format!("a reminder {} minutes before is not kept (at most four weeks)", m)),
            }
        }
        if let Some(url) = online.clone() {
            input.mode = if input.location.is_some() { EventMode::Hybrid } else { EventMode::Online };
            input.online_url = Some(url);
        }
        let rules: Vec<&ContentLine> = props.iter().filter(|l| l.name == "RRULE").collect();
        let recurring = !rules.is_empty() || get("RDATE").is_some();
        // RFC 5545 §3.6.1: without DTEND or DURATION a dated event lasts its day and a timed one is an instant. An
        // end before the start (which the RFC forbids) is read as recurring_ical_events and ical.js read it: the two
        // were swapped.
        let (start, end) = match end {
            Some(e) if ends_before(start, e) => {
                notes.push("its end is before its start: the two are read the other way round".into());
                (e, start)
            }
            Some(e) => (start, e),
            None => (start, start),
        };
        if let Some(rid) = get("RECURRENCE-ID") {
            let recurrence_id = self.time(rid, &rid.value, last_chance, &mut notes)?;
            let this_and_future = rid.param("RANGE").is_some_and(|r| r.eq_ignore_ascii_case("THISANDFUTURE"));
            let change = OccurrenceChange {
                title: text("SUMMARY"),
                status,
                location: text("LOCATION"),
                online_url: online,
                registration_url: text("URL"),
                description,
                ..Default::default()
            };
            fill_times(&mut input, start, end, self.floating, false).map_err(|m| event_problem(dtstart.line, m))?;
            return Ok(ParsedEvent {
                line: begun,
                uid,
                sequence,
                last_modified,
                body: ParsedBody::Change {
                    recurrence_id,
                    start,
                    end: get("DTEND").or(get("DURATION")).map(|_| end),
                    change,
                    this_and_future,
                    standalone: Box::new(input),
                },
                notes,
            });
        }
        let zone = fill_times(&mut input, start, end, self.floating, recurring)
            .map_err(|m| event_problem(dtstart.line, format!("line {}: {m}", dtstart.line)))?;
        if let Some(rule) = rules.first() {
            let mut rule = lenient_rule(rule.value.trim(), &mut notes);
            // A start inside a spring-forward gap moved to after it: the rule keeps the written time of day.
            if let (Some(written), IcsTime::Zoned(_, _)) = (start_time_written(start), start) {
                let stored = crate::validate::parse_local_datetime(&input.start).ok();
                if stored != Some(written) && !rule.contains("BYHOUR") {
                    use chrono::Timelike;
                    rule.push_str(&format!(";BYHOUR={};BYMINUTE={}", written.hour(), written.minute()));
                }
            }
            let upper = rule.to_ascii_uppercase();
            if upper.contains("FREQ=MINUTELY") || upper.contains("FREQ=SECONDLY") {
                let every = if upper.contains("FREQ=MINUTELY") { "minute" } else { "second" };
                notes.push(format!(
                    "it repeats every {every}: a calendar view shows at most {} of its times",
                    crate::calendar::MAX_INSTANCES_SHOWN
                ));
            }
            input.rrule = Some(rule);
        }
        let period_values = self.dates(&mut input, props, zone, last_chance, &mut notes)?;
        // Several rules are rare (RFC 5545 deprecates them); each further one costs an expansion, so a few are read
        // and the rest named, however many a file holds.
        for (i, extra) in rules.iter().skip(1).enumerate() {
            if i >= MAX_EXTRA_RULES || input.rdates.len() > MAX_EXTRA_RULE_DATES {
                notes.push(format!("{} more repeat rules are left out", rules.len() - 1 - i));
                break;
            }
            match extra_rule_dates(&input, &extra.value) {
                Ok(dates) => input.rdates.extend(dates),
                Err(m) => notes.push(format!("line {}: a second repeat rule is left out: {m}", extra.line)),
            }
        }
        Ok(ParsedEvent {
            line: begun,
            uid,
            sequence,
            last_modified,
            body: ParsedBody::Event { input, periods: period_values },
            notes,
        })
    }

    /// EXDATE and RDATE values as local starts in the event's zone (dates for all-day events), as we store them;
    /// returns the RDATE periods (start, end).
    fn dates(
        &self,
        input: &mut EventInput,
        props: &[ContentLine],
        zone: Option<Tz>,
        last_chance: bool,
        notes: &mut Vec<String>,
    ) -> Result<Vec<(IcsTime, IcsTime)>, Failure> {
        let mut periods = Vec::new();
        let start_time = crate::time_text::parse_local(&input.start).map(|t| t.time());
        for ex in props.iter().filter(|l| l.name == "EXDATE" || l.name == "RDATE") {
            let period = ex.param("VALUE").is_some_and(|v| v.eq_ignore_ascii_case("PERIOD"));
            for value in ex.value.split(',').filter(|v| !v.trim().is_empty()) {
                let (first, second) = match value.split_once('/') {
                    Some((a, b)) => (a, Some(b)),
                    None => (value, None),
                };
                let read = self.time(ex, first, last_chance, notes).and_then(|t| {
                    let local = match (t, zone, start_time) {
                        // A date on a timed series names that day's instance: at the series' time of day.
                        (IcsTime::Date(d), Some(_), Some(time)) => local_text(&d.and_time(time)),
                        (IcsTime::Date(d), _, _) => d.to_string(),
                        (t, Some(z), _) => local_text(&t.local_in(z).map_err(|m| event_problem(ex.line, m))?),
                        (t, None, _) => {
                            t.local_in(self.floating).map_err(|m| event_problem(ex.line, m))?.date().to_string()
                        }
                    };
                    Ok((t, local))
                });
                let (t, local) = match read {
                    Ok(read) => read,
                    // One date nobody can read costs that date, not the event (libical and Google read on too);
                    // the note says which, since an exclusion left out shows an instance the sender had removed.
                    Err(Failure::Problem(p)) => {
                        notes.push(format!("{} (left out)", p.message));
                        continue;
                    }
                    Err(waiting) => return Err(waiting),
                };
                if ex.name == "EXDATE" {
                    input.exdates.push(local);
                    continue;
                }
                input.rdates.push(local);
                if let (true, Some(second)) = (period, second) {
                    let end = match parse_duration(second) {
                        Some(d) => add(t, d),
                        None => self.time(ex, second, last_chance, notes).ok(),
                    };
                    match end {
                        Some(end) => periods.push((t, end)),
                        None => notes.push(format!(
                            "line {}: the period '{}' keeps the event's length",
                            ex.line,
                            preview(value)
                        )),
                    }
                }
            }
        }
        Ok(periods)
    }
}

fn event_problem(line: u64, message: String) -> Failure {
    Failure::Problem(Problem { line, message, kind: ProblemKind::Event, msg: None })
}

/// A description without the paragraphs an export adds after the person's text (see `ics::export`): the links
/// that URL and CONFERENCE carry anyway, and — in our own files — the co-organisers and the time line across
/// partner zones, which are written anew from the records. Only trailing paragraphs, in the order they are written.
fn strip_generated(description: String, url: Option<&str>, online: Option<&str>, ours: bool) -> Option<String> {
    let mut paragraphs: Vec<&str> = description.split("\n\n").collect();
    let time_line = |p: &str| {
        p.split(" · ").all(|part| {
            let b = part.as_bytes();
            b.len() > 6 && b[2] == b':' && b[5] == b' ' && b[..2].iter().chain(&b[3..5]).all(u8::is_ascii_digit)
        })
    };
    let mut pop = |matches: &dyn Fn(&str) -> bool| {
        if paragraphs.len() > 1 && paragraphs.last().is_some_and(|p| matches(p)) {
            paragraphs.pop();
        }
    };
    if ours {
        pop(&time_line);
    }
    if let Some(online) = online {
        pop(&|p| p == format!("Join online: {online}"));
    }
    if let Some(url) = url {
        pop(&|p| p == format!("Register: {url}"));
    }
    if ours {
        pop(&|p| p.starts_with("Co-organisers: "));
    }
    // A description made only of what we add is no description.
    if paragraphs.len() == 1 && ours {
        let only = paragraphs[0];
        let generated = time_line(only)
            || online.is_some_and(|o| only == format!("Join online: {o}"))
            || url.is_some_and(|u| only == format!("Register: {u}"))
            || only.starts_with("Co-organisers: ");
        if generated {
            return None;
        }
    }
    Some(paragraphs.join("\n\n"))
}

/// The wall-clock time a zoned start was written with (before any gap moved it).
fn start_time_written(t: IcsTime) -> Option<NaiveDateTime> {
    match t {
        IcsTime::Zoned(t, _) => Some(t),
        _ => None,
    }
}

/// A rule as other readers take it: spaces inside it (Exchange writes `BYDAY=MO, TU`) and parts that are no
/// `NAME=VALUE` (a doubled `RRULE:`) go; a COUNT that is no positive number, or one beside UNTIL (which RFC 5545
/// forbids), is left out and UNTIL kept; a numbered BYDAY in a DAILY or WEEKLY rule (which the RFC forbids) is the
/// plain weekday, as recurring_ical_events and ical.js read it.
fn lenient_rule(rule: &str, notes: &mut Vec<String>) -> String {
    let compact: String = rule.trim().trim_start_matches("RRULE:").chars().filter(|c| !c.is_whitespace()).collect();
    let upper = compact.to_ascii_uppercase();
    let has_until = upper.split(';').any(|p| p.starts_with("UNTIL="));
    let plain_weeks = upper.split(';').any(|p| p == "FREQ=WEEKLY" || p == "FREQ=DAILY");
    let parts: Vec<String> = compact
        .split(';')
        .filter(|p| !p.is_empty())
        .filter_map(|p| {
            let Some((name, value)) = p.split_once('=') else {
                notes.push(format!("'{}' in its rule is left out", preview(p)));
                return None;
            };
            let name = name.to_ascii_uppercase();
            match name.as_str() {
                "COUNT" if has_until || !value.parse::<u32>().is_ok_and(|n| n > 0) => {
                    notes.push(format!("its rule's COUNT={} is left out", preview(value)));
                    None
                }
                "BYDAY" if plain_weeks => {
                    let days: Vec<&str> = value
                        .split(',')
                        .map(|d| d.trim_start_matches(['+', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']))
                        .collect();
                    Some(format!("BYDAY={}", days.join(",")))
                }
                _ => Some(format!("{name}={value}")),
            }
        })
        .collect();
    parts.join(";")
}

/// Whether `end` is before `start`, for two values of one kind (a date against a time decides nothing).
fn ends_before(start: IcsTime, end: IcsTime) -> bool {
    match (start, end) {
        (IcsTime::Date(s), IcsTime::Date(e)) => e < s,
        (IcsTime::Date(_), _) | (_, IcsTime::Date(_)) => false,
        (IcsTime::Floating(s), IcsTime::Floating(e)) => e < s,
        (IcsTime::Floating(_), _) | (_, IcsTime::Floating(_)) => false,
        (s, e) => e.instant(chrono_tz::UTC) < s.instant(chrono_tz::UTC),
    }
}

/// Sets all-day dates or timed local times and zone; returns the zone for timed events.
fn fill_times(
    input: &mut EventInput,
    start: IcsTime,
    end: IcsTime,
    floating: Tz,
    recurring: bool,
) -> Result<Option<Tz>, String> {
    // A DATE start with a DATE-TIME end (RFC 5545 wants both of one kind) is read as recurring_ical_events reads
    // it: from that day's midnight, in the end's zone, to the end — a timed event.
    let start = match (start, end) {
        (IcsTime::Date(d), IcsTime::Utc(_)) => IcsTime::Utc(d.and_time(chrono::NaiveTime::MIN)),
        (IcsTime::Date(d), IcsTime::Zoned(_, tz)) => IcsTime::Zoned(d.and_time(chrono::NaiveTime::MIN), tz),
        (IcsTime::Date(d), IcsTime::Floating(_)) => IcsTime::Floating(d.and_time(chrono::NaiveTime::MIN)),
        (s, _) => s,
    };
    if let IcsTime::Date(first) = start {
        let last = match end {
            // DTEND of an all-day event is exclusive.
            IcsTime::Date(e) if e > first => e - Duration::days(1),
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
    // A DATE end on a timed start: the end of the day before it (DTEND is exclusive), in the event's zone.
    let e = end.local_in(zone)?.max(s);
    input.start = local_text(&s);
    input.end = local_text(&e);
    input.zone = Some(zone.name().to_string());
    Ok(Some(zone))
}

/// The instances of a further RRULE, as extra dates of the event (it must end, within [`MAX_EXTRA_RULE_DATES`]).
fn extra_rule_dates(input: &EventInput, rule: &str) -> Result<Vec<String>, String> {
    let start = crate::domain::series_start(input.all_day, &input.start, input.zone.as_deref())?;
    let upper = rule.to_ascii_uppercase();
    if !upper.contains("COUNT=") && !upper.contains("UNTIL=") {
        return Err("it never ends".into());
    }
    let set = crate::calendar::build_rule(Some(rule), start, &[], &[])?;
    let found = set.all(MAX_EXTRA_RULE_DATES as u16 + 1).dates;
    if found.len() > MAX_EXTRA_RULE_DATES {
        return Err(format!("it has more than {MAX_EXTRA_RULE_DATES} dates"));
    }
    Ok(found
        .into_iter()
        .map(|d| if input.all_day { d.date_naive().to_string() } else { local_text(&d.naive_local()) })
        .collect())
}

/// What a VTIMEZONE says, for matching it to an IANA zone.
#[derive(Default)]
struct TzBlock {
    tzid: Option<String>,
    location: Option<String>,
    observances: Vec<Observance>,
}

fn add(t: IcsTime, d: Duration) -> Option<IcsTime> {
    let within = |x: NaiveDateTime| (chrono::Datelike::year(&x) <= 9999).then_some(x);
    Some(match t {
        IcsTime::Date(x) => IcsTime::Date(x.checked_add_signed(Duration::days(d.num_days().max(1)))?),
        IcsTime::Utc(x) => IcsTime::Utc(within(x.checked_add_signed(d)?)?),
        // Whole days are days on the wall clock; hours, minutes and seconds are exact time (RFC 5545 §3.3.6), so
        // an hour across a DST change lasts an hour.
        IcsTime::Zoned(x, tz) if d.num_seconds() % 86_400 != 0 => {
            let at = super::time_value::resolve_lenient(tz, x).checked_add_signed(d)?;
            IcsTime::Zoned(within(at.naive_local())?, tz)
        }
        IcsTime::Zoned(x, tz) => IcsTime::Zoned(within(x.checked_add_signed(d)?)?, tz),
        IcsTime::Floating(x) => IcsTime::Floating(within(x.checked_add_signed(d)?)?),
    })
}

/// A stable hash for events that came without a UID, so importing the same file twice still matches them.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
