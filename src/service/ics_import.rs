//! Importing the .ics files partners send, again and again, without duplicates: a dry run that says what the file
//! would do (new, updated, unchanged, skipped, with reasons and line numbers), or an all-or-nothing apply. Either is
//! one streaming pass writing inside one transaction, rolled back for a dry run or when the file has errors, so
//! memory stays bounded on a large file and the preview is exactly what the apply does.

use std::io::BufRead;

use crate::domain::EventMode;
use crate::domain::{Event, EventInput, OccurrenceChange};
use crate::error::{Error, Result};
use crate::ics::{read_events, IcsTime, ParsedBody, ParsedEvent, ProblemKind};
use crate::store::{check_against_series, EventWriter, Store};
use chrono_tz::Tz;

use super::ics_import_report::{change_differences, event_differences};
pub use super::ics_import_report::{ImportAction, ImportError, ImportItem, ImportReport, LISTED, LISTED_WITH_LOOKS};

/// Where new events go and how floating times are read.
#[derive(Debug, Clone, Copy)]
pub struct ImportOptions {
    pub campaign_id: Option<i64>,
    pub floating_zone: Tz,
}

/// Reads the file once, writing as it goes in one transaction that is committed only when this is not a dry run
/// and the file had no errors.
pub fn import<R: BufRead>(
    store: &mut Store,
    open: impl FnOnce() -> Result<R>,
    options: ImportOptions,
    dry_run: bool,
) -> Result<ImportReport> {
    if let Some(id) = options.campaign_id {
        store.get_campaign(id)?;
    }
    let reader = open()?;
    // Reading and building events, and writing them, take about as long as each other on a large file: the file is
    // read on this thread (where the caller's progress is reported) while a second one writes, in the same order,
    // as the export does the other way round. A bounded queue of batches keeps memory flat.
    let (send, receive) = std::sync::mpsc::sync_channel::<Vec<Item>>(QUEUED_BATCHES);
    // The written events' fields come back to be freed on this thread, which allocated them and has time to spare
    // (see `EventWriter::hand_back_inputs`).
    let (give_back, given_back) = std::sync::mpsc::channel::<Vec<EventInput>>();
    let mut report = std::thread::scope(|s| {
        let keep = |report: &ImportReport| !dry_run && report.errors.is_empty();
        let write = move |w: &mut EventWriter| {
            w.hand_back_inputs(move |inputs| drop(give_back.send(inputs)));
            run(w, receive.into_iter().flatten(), options)
        };
        let writer = std::thread::Builder::new()
            .name("ics-import-writer".into())
            .spawn_scoped(s, move || store.import_batch(write, keep))
            .map_err(|e| Error::io("start the import's writer", e))?;
        let mut batch = Vec::with_capacity(BATCH);
        let mut writing = true;
        read_events(reader, options.floating_zone, |item| {
            // After the writer stopped on an error the rest of the file is only read, as before.
            if writing {
                batch.push(item.map(checked));
                if batch.len() == BATCH {
                    writing = send.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))).is_ok();
                    given_back.try_iter().for_each(drop);
                }
            }
        });
        if writing {
            // A writer that has stopped has its answer already.
            let _ = send.send(batch);
        }
        drop(send);
        let report = writer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        given_back.try_iter().for_each(drop);
        report
    })?;
    report.applied = !dry_run && report.errors.is_empty();
    Ok(report)
}

/// What the reader hands the writer: an event, or the problem found in its place.
type Item = std::result::Result<Ready, crate::ics::Problem>;

/// An event with, for a series or single event, the outcome of [`repaired`] on its fields: checked on the
/// reading thread, so the writer, the slower of the two, does not.
struct Ready {
    /// With the repaired fields and the notes about them when the check passed.
    parsed: ParsedEvent,
    /// `None`: not checked (a changed instance); `Some(Err)`: why the event cannot be read.
    checked: Option<std::result::Result<(), String>>,
}

fn checked(mut parsed: ParsedEvent) -> Ready {
    let ParsedBody::Event { input, .. } = &mut parsed.body else {
        return Ready { parsed, checked: None };
    };
    let mut notes = parsed.notes.clone();
    let checked = match repaired(input.clone(), &mut notes) {
        Ok(v) => {
            *input = v;
            parsed.notes = notes;
            Ok(())
        }
        Err(e) => Err(e),
    };
    Ready { parsed, checked: Some(checked) }
}

/// Events handed over at a time, and batches waiting at most: a few thousand events in memory.
const BATCH: usize = 256;
const QUEUED_BATCHES: usize = 8;

/// Changed instances whose series has not come yet are held until the end of the file (their series may follow);
/// past this many they are read at once.
const MAX_HELD_CHANGES: usize = 100_000;

/// One pass over the file: decides each event's fate against what the store holds and writes it through `w`.
fn run(w: &mut EventWriter, items: impl Iterator<Item = Item>, options: ImportOptions) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    let mut held: Vec<ParsedEvent> = Vec::new();
    let mut seen = Seen::default();
    for item in items {
        match item {
            Err(problem) => match problem.kind {
                ProblemKind::NotCalendar => report.errors.push(ImportError::from(problem)),
                ProblemKind::Line => report.warnings.push(ImportError::from(problem)),
                ProblemKind::Event => report.count(ImportItem::new(
                    problem.line,
                    "",
                    "(an event that cannot be read)",
                    ImportAction::Skipped,
                    Some(problem.message),
                )),
            },
            Ok(ready) => match one(w, ready, options, held.len() >= MAX_HELD_CHANGES, &mut seen)? {
                Outcome::Done(item) => report.count(item),
                Outcome::NoSeries(parsed) => held.push(*parsed),
            },
        }
    }
    // Changes to "this and the following" instances last, so they move what the others changed.
    held.sort_by_key(|p| matches!(p.body, ParsedBody::Change { this_and_future: true, .. }));
    for parsed in held {
        match one(w, Ready { parsed, checked: None }, options, true, &mut seen)? {
            Outcome::Done(item) => report.count(item),
            Outcome::NoSeries(_) => {}
        }
    }
    Ok(report)
}

/// The SEQUENCE of each changed instance written by this import, by (UID, RECURRENCE-ID): a file may hold two
/// copies of one instance, and the higher SEQUENCE wins (on a tie, the first, as recurring_ical_events reads it).
type Seen = std::collections::HashMap<(String, String), i64>;

enum Outcome {
    Done(ImportItem),
    /// A changed instance whose series is neither stored nor read yet.
    NoSeries(Box<ParsedEvent>),
}

/// Writes one event or changed instance. `last_call`: a changed instance without its series becomes an event of
/// its own instead of waiting.
fn one(w: &mut EventWriter, ready: Ready, options: ImportOptions, last_call: bool, seen: &mut Seen) -> Result<Outcome> {
    let Ready { parsed: mut p, checked } = ready;
    let body = std::mem::replace(&mut p.body, ParsedBody::Event { input: EventInput::default(), periods: Vec::new() });
    match body {
        ParsedBody::Event { input, periods } => Ok(Outcome::Done(put_event(w, &p, input, &periods, options, checked)?)),
        ParsedBody::Change { recurrence_id, start, end, change, this_and_future, standalone } => {
            let Some(series) = w.find_by_uid(&p.uid)? else {
                if !last_call {
                    p.body = ParsedBody::Change { recurrence_id, start, end, change, this_and_future, standalone };
                    return Ok(Outcome::NoSeries(Box::new(p)));
                }
                p.notes.push("its series is not in the file: imported as an event of its own".into());
                return Ok(Outcome::Done(alone(w, p, recurrence_id, *standalone, options)?));
            };
            if this_and_future {
                // Applied once everything else is in (the instances it moves may be changed further down).
                if !last_call {
                    p.body = ParsedBody::Change { recurrence_id, start, end, change, this_and_future, standalone };
                    return Ok(Outcome::NoSeries(Box::new(p)));
                }
                let item = super::ics_range::this_and_future(w, &p, &series, recurrence_id, start, end, &change)?;
                if let Some(item) = item {
                    return Ok(Outcome::Done(item));
                }
                p.notes.push("it changes this and the following occurrences; only this one is changed here".into());
            }
            let excluded = |rid: &str| series.exdates.iter().any(|x| x == rid);
            let change = match resolve_change(&series, recurrence_id, start, end, change, &excluded) {
                Ok(c) => c,
                Err(Unfit::NotAnInstance(m)) => {
                    p.notes.push(format!("{m}: imported as an event of its own"));
                    return Ok(Outcome::Done(alone(w, p, recurrence_id, *standalone, options)?));
                }
                Err(Unfit::Invalid(m)) => return Ok(Outcome::Done(skipped(&p, &series.title, None, m))),
            };
            let rid = change.recurrence_id.clone();
            let key = (p.uid.clone(), rid.clone());
            if let Some(earlier) = seen.get(&key).filter(|s| **s >= p.sequence) {
                let why =
                    format!("another copy of this occurrence in the file is as new or newer (SEQUENCE {earlier})");
                return Ok(Outcome::Done(skipped(&p, &series.title, Some(rid), why)));
            }
            seen.insert(key, p.sequence);
            let reason = (!p.notes.is_empty()).then(|| p.notes.join("; "));
            let title = change.title.as_deref().unwrap_or(&series.title);
            let item = |action| ImportItem {
                start: Some(change.start.clone().unwrap_or(rid.clone())),
                zone: series.zone.clone(),
                all_day: series.all_day,
                ..ImportItem::new(p.line, &p.uid, title, action, reason.clone()).instance(rid.clone())
            };
            let existing = series.changes.iter().find(|c| c.recurrence_id == rid);
            let changed = existing.map(|e| change_differences(e, &change));
            Ok(Outcome::Done(match changed {
                Some(fields) if fields.is_empty() => item(ImportAction::Unchanged),
                Some(fields) => {
                    w.put_change(series.id, &change)?;
                    item(ImportAction::Updated).changing(fields)
                }
                None => {
                    w.put_change(series.id, &change)?;
                    item(ImportAction::New)
                }
            }))
        }
    }
}

/// A changed instance with no series to change, as an event of its own (its UID made unique per instance, so the
/// same file imported again matches it).
fn alone(
    w: &mut EventWriter,
    p: ParsedEvent,
    rid: IcsTime,
    input: EventInput,
    options: ImportOptions,
) -> Result<ImportItem> {
    let key = match rid {
        IcsTime::Date(d) => d.to_string(),
        t => crate::time_text::local_text(&t.instant(options.floating_zone).naive_utc()),
    };
    let p = ParsedEvent { uid: format!("{}#{key}", p.uid), ..p };
    put_event(w, &p, input, &[], options, None)
}

pub(super) fn skipped(p: &ParsedEvent, title: &str, rid: Option<String>, reason: String) -> ImportItem {
    let item =
        ImportItem::new(p.line, &p.uid, title, ImportAction::Skipped, Some(format!("line {}: {reason}", p.line)));
    match rid {
        Some(rid) => item.instance(rid),
        None => item,
    }
}

/// Inserts or updates one event (a series or single), then its RDATE periods as changed instances. `checked`:
/// [`repaired`] already ran on `input` (see [`Ready`]).
fn put_event(
    w: &mut EventWriter,
    p: &ParsedEvent,
    input: EventInput,
    periods: &[(IcsTime, IcsTime)],
    options: ImportOptions,
    checked: Option<std::result::Result<(), String>>,
) -> Result<ImportItem> {
    let mut notes = p.notes.clone();
    let repaired = match checked {
        Some(done) => done.map(|()| input),
        None => repaired(input, &mut notes),
    };
    let mut input = match repaired {
        Ok(v) => v,
        Err(e) => return Ok(skipped(p, "(an event that cannot be read)", None, e)),
    };
    let item = |input: &EventInput, action, reason: Option<String>| {
        let reason = reason.or_else(|| (!notes.is_empty()).then(|| notes.join("; ")));
        ImportItem::new(p.line, &p.uid, &input.title, action, reason).timed(input)
    };
    input.campaign_id = options.campaign_id;
    let item_new = item(&input, ImportAction::New, None);
    let Some(mut input) = w.insert_new_batched(input, &p.uid, p.sequence)? else {
        put_periods(w, &p.uid, periods)?;
        return Ok(item_new);
    };
    let Some(existing) = w.find_by_uid(&p.uid)? else {
        return Err(Error::invalid_msg("uid", crate::msg!("core-uid-refused-not-stored", uid = &p.uid)));
    };
    input.campaign_id = existing.campaign_id;
    input.organisations = existing.organisations.clone();
    let changed = event_differences(&EventInput::from(&existing), &input);
    if changed.is_empty() {
        return Ok(item(&input, ImportAction::Unchanged, None));
    }
    if !newer(p.sequence, p.last_modified.as_deref(), &existing) {
        let why = format!(
            "the copy here is as new or newer (SEQUENCE {} here, {} in the file)",
            existing.sequence, p.sequence
        );
        return Ok(item(&input, ImportAction::Skipped, Some(why)).changing(changed));
    }
    w.update(&existing, &input, p.sequence)?;
    put_periods(w, &p.uid, periods)?;
    Ok(item(&input, ImportAction::Updated, None).changing(changed))
}

/// An RDATE period lasts its own length: a changed instance with that end.
fn put_periods(w: &mut EventWriter, uid: &str, periods: &[(IcsTime, IcsTime)]) -> Result<()> {
    if periods.is_empty() {
        return Ok(());
    }
    let Some(series) = w.find_by_uid(uid)? else { return Ok(()) };
    for (start, end) in periods {
        if let Ok(change) = resolve_change(&series, *start, *start, Some(*end), OccurrenceChange::default(), &|_| false)
        {
            if !change.is_empty() {
                w.put_change(series.id, &change)?;
            }
        }
    }
    Ok(())
}

/// The event validated; where a field fails that the rest of the event does not depend on (a text too long, a
/// link that is no web address, a rule we cannot read, too many extra dates), it is cut or left out with a note,
/// so a partner's event still comes in. Errors in its times are the event's end.
pub(crate) fn repaired(mut input: EventInput, notes: &mut Vec<String>) -> std::result::Result<EventInput, String> {
    for _ in 0..3 {
        let err = match input.validated() {
            Ok(v) => return Ok(v),
            Err(e) => e,
        };
        let mut fixed = false;
        for f in err.fields() {
            let cut = |v: &mut Option<String>, max: usize| {
                if let Some(t) = v.as_mut() {
                    *t = t.trim().chars().take(max).collect();
                }
            };
            match f.field.as_str() {
                "title" => input.title = input.title.trim().chars().take(300).collect(),
                "location" => cut(&mut input.location, 500),
                "description" => cut(&mut input.description, 100_000),
                "registration_url" => input.registration_url = None,
                "online_url" => {
                    input.online_url = None;
                    input.mode = EventMode::InPerson;
                }
                "reminders" => input.reminders.clear(),
                "rrule" => {
                    input.rrule = None;
                    input.exdates.clear();
                }
                "rdates" => input.rdates.truncate(if input.rdates.len() > 1000 { 1000 } else { 0 }),
                "exdates" => input.exdates.clear(),
                _ => continue,
            }
            notes.push(format!("{}: {} (left out)", f.field, f.message));
            fixed = true;
        }
        if !fixed {
            return Err(err.to_string());
        }
    }
    input.validated().map_err(|e| e.to_string())
}

/// Why a changed instance does not fit its series.
pub(crate) enum Unfit {
    /// Its RECURRENCE-ID names no instance of the series.
    NotAnInstance(String),
    Invalid(String),
}

/// Expresses a changed instance in its series' zone and checks it against the series. An instance the series
/// excludes keeps its change (hidden, as we store it); one the series never had is no change of it.
pub(crate) fn resolve_change(
    series: &Event,
    rid: IcsTime,
    start: IcsTime,
    end: Option<IcsTime>,
    mut change: OccurrenceChange,
    excluded: &dyn Fn(&str) -> bool,
) -> std::result::Result<OccurrenceChange, Unfit> {
    let invalid = Unfit::Invalid;
    let zone: Option<Tz> = match series.all_day {
        true => None,
        false => Some(crate::validate::parse_zone(series.zone.as_deref().unwrap_or("")).map_err(invalid)?),
    };
    let local = |t: IcsTime| -> std::result::Result<String, Unfit> {
        match zone {
            // An all-day series' instance is the day as written (a RECURRENCE-ID at local midnight in Outlook's
            // zone is that day, not the day before in UTC).
            None => Ok(match t {
                IcsTime::Date(d) => d.to_string(),
                IcsTime::Zoned(x, _) | IcsTime::Floating(x) => x.date().to_string(),
                IcsTime::Utc(x) => x.date().to_string(),
            }),
            Some(z) => Ok(crate::time_text::local_text(&t.local_in(z).map_err(Unfit::Invalid)?)),
        }
    };
    change.recurrence_id = local(rid)?;
    let rid_text = change.recurrence_id.clone();
    let (s, e) = (local(start)?, end.map(local).transpose()?);
    let e = match (series.all_day, end, e) {
        // All-day DTEND is exclusive; our `end` is the last day.
        (true, Some(IcsTime::Date(d)), _) => (d - chrono::Duration::days(1)).to_string().max(s.clone()),
        (_, _, Some(e)) => e.max(s.clone()),
        // No DTEND nor DURATION: a day, or an instant (RFC 5545 §3.6.1).
        (_, _, None) => s.clone(),
    };
    // Times are kept only where they differ from the instance's own.
    if !(s == rid_text && series_span(series)(&s).as_deref() == Some(e.as_str())) {
        change.start = Some(s);
        change.end = Some(e);
    }
    let v = change.validated(series.all_day).map_err(|e| invalid(e.to_string()))?;
    if excluded(&rid_text) {
        return Ok(v);
    }
    match check_against_series(series, &v) {
        Ok(()) => Ok(v),
        Err(e) if e.fields().first().is_some_and(|f| f.field == "recurrence_id") => {
            Err(Unfit::NotAnInstance(e.fields()[0].message.clone()))
        }
        Err(e) => Err(invalid(e.to_string())),
    }
}

/// The local end an instance starting at `start` has when it keeps the series' length.
fn series_span(series: &Event) -> impl Fn(&str) -> Option<String> + '_ {
    move |start: &str| {
        if series.all_day {
            let (s, e) =
                (crate::validate::parse_date(&series.start).ok()?, crate::validate::parse_date(&series.end).ok()?);
            return Some((crate::validate::parse_date(start).ok()? + (e - s)).to_string());
        }
        let tz = crate::validate::parse_zone(series.zone.as_deref()?).ok()?;
        let at = |t: &str| crate::validate::parse_local_datetime(t).ok();
        let length = crate::calendar::resolve_local(tz, at(&series.end)?).ok()?
            - crate::calendar::resolve_local(tz, at(&series.start)?).ok()?;
        let begins = crate::ics::resolve_lenient(tz, at(start)?);
        Some(crate::time_text::local_text(&(begins + length).naive_local()))
    }
}

/// SEQUENCE first; on a tie, LAST-MODIFIED (RFC 5545 §3.8.7.4) against our last change.
fn newer(sequence: i64, last_modified: Option<&str>, existing: &Event) -> bool {
    if sequence != existing.sequence {
        return sequence > existing.sequence;
    }
    let ours = existing.updated_at.replace(['-', ':'], "");
    last_modified.is_some_and(|theirs| theirs > ours.as_str())
}

impl From<ImportError> for Error {
    fn from(e: ImportError) -> Self {
        let field = format!("line {}", e.line);
        Error::Invalid(vec![crate::error::FieldError { field, message: e.message, id: e.id, args: e.args }])
    }
}
