//! Importing the .ics files partners send, again and again, without duplicates: a dry run that says what the file
//! would do (new, updated, unchanged, skipped, with reasons and line numbers), or an all-or-nothing apply. Either is
//! one streaming pass writing inside one transaction, rolled back for a dry run or when the file has errors, so
//! memory stays bounded on a large file and the preview is exactly what the apply does.

use std::io::BufRead;

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::domain::{Event, EventInput, OccurrenceChange};
use crate::error::{Error, Result};
use crate::ics::{read_events, IcsTime, ParsedBody, ParsedEvent, Problem};
use crate::store::{check_against_series, EventWriter, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportAction {
    New,
    Updated,
    Unchanged,
    Skipped,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ImportItem {
    pub line: u64,
    pub uid: String,
    pub title: String,
    /// Set for a changed instance of a series.
    pub recurrence_id: Option<String>,
    pub action: ImportAction,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ImportError {
    pub line: u64,
    pub message: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ImportReport {
    pub new: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub skipped: u32,
    /// Only the events that need a look (skipped, or with something not kept); the counts cover the rest. Keeping
    /// every row would make memory grow with the file.
    pub items: Vec<ImportItem>,
    pub errors: Vec<ImportError>,
    /// False for a dry run, or when errors stopped the import (nothing was written then).
    pub applied: bool,
}

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
    let mut report = store.import_batch(|w| run(w, reader, options), |report| !dry_run && report.errors.is_empty())?;
    report.applied = !dry_run && report.errors.is_empty();
    Ok(report)
}

/// One pass over the file: decides each event's fate against what the store holds and writes it through `w`.
fn run<R: BufRead>(w: &mut EventWriter, reader: R, options: ImportOptions) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    let mut fatal = None;
    read_events(reader, options.floating_zone, |item| {
        if fatal.is_some() {
            return;
        }
        let outcome = match item {
            Err(Problem { line, message }) => {
                report.errors.push(ImportError { line, message });
                return;
            }
            Ok(parsed) => one(w, parsed, options),
        };
        match outcome {
            Ok(Ok(item)) => {
                match item.action {
                    ImportAction::New => report.new += 1,
                    ImportAction::Updated => report.updated += 1,
                    ImportAction::Unchanged => report.unchanged += 1,
                    ImportAction::Skipped => report.skipped += 1,
                }
                if item.action == ImportAction::Skipped || item.reason.is_some() {
                    report.items.push(item);
                }
            }
            Ok(Err(problem)) => report.errors.push(problem),
            Err(e) => fatal = Some(e),
        }
    });
    match fatal {
        Some(e) => Err(e),
        None => Ok(report),
    }
}

/// The outer `Result` is a storage failure (stop everything); the inner one a problem with this event (report it).
fn one(
    w: &mut EventWriter,
    p: ParsedEvent,
    options: ImportOptions,
) -> Result<std::result::Result<ImportItem, ImportError>> {
    let problem = |message: String| ImportError { line: p.line, message };
    let fresher = |existing: &Event| newer(p.sequence, p.last_modified.as_deref(), existing);
    match p.body {
        ParsedBody::Event(input) => {
            let mut input = match input.validated() {
                Ok(v) => v,
                Err(e) => return Ok(Err(problem(format!("line {}: {e}", p.line)))),
            };
            let title = input.title.clone();
            let item = |action, reason: Option<String>| ImportItem {
                line: p.line,
                uid: p.uid.clone(),
                title: title.clone(),
                recurrence_id: None,
                action,
                reason: reason.or_else(|| (!p.notes.is_empty()).then(|| p.notes.join("; "))),
            };
            input.campaign_id = options.campaign_id;
            if w.insert_new(&input, &p.uid, p.sequence)?.is_some() {
                return Ok(Ok(item(ImportAction::New, None)));
            }
            let Some(existing) = w.find_by_uid(&p.uid)? else {
                return Err(Error::invalid("uid", format!("event '{}' was refused as new but is not stored", p.uid)));
            };
            input.campaign_id = existing.campaign_id;
            input.organisations = existing.organisations.clone();
            if EventInput::from(&existing) == input {
                return Ok(Ok(item(ImportAction::Unchanged, None)));
            }
            if !fresher(&existing) {
                let why = format!(
                    "the copy here is as new or newer (SEQUENCE {} here, {} in the file)",
                    existing.sequence, p.sequence
                );
                return Ok(Ok(item(ImportAction::Skipped, Some(why))));
            }
            w.update(&existing, &input, p.sequence)?;
            Ok(Ok(item(ImportAction::Updated, None)))
        }
        ParsedBody::Change { recurrence_id, start, change } => {
            let Some(series) = w.find_by_uid(&p.uid)? else {
                return Ok(Err(problem(format!(
                    "line {}: a changed occurrence of '{}', but that series is not in the file or here",
                    p.line, p.uid
                ))));
            };
            let change = match resolve_change(&series, recurrence_id, start, change) {
                Ok(c) => c,
                Err(m) => return Ok(Err(problem(format!("line {}: {m}", p.line)))),
            };
            let rid = change.recurrence_id.clone();
            let item = |action, reason| ImportItem {
                line: p.line,
                uid: p.uid.clone(),
                title: change.title.clone().unwrap_or(series.title.clone()),
                recurrence_id: Some(rid.clone()),
                action,
                reason,
            };
            match series.changes.iter().find(|c| c.recurrence_id == rid) {
                Some(existing) if *existing == change => Ok(Ok(item(ImportAction::Unchanged, None))),
                existing => {
                    w.put_change(series.id, &change)?;
                    Ok(Ok(item(if existing.is_some() { ImportAction::Updated } else { ImportAction::New }, None)))
                }
            }
        }
    }
}

/// Expresses a changed instance in its series' zone and checks it against the series.
fn resolve_change(
    series: &Event,
    rid: IcsTime,
    start: Option<(IcsTime, IcsTime)>,
    mut change: OccurrenceChange,
) -> std::result::Result<OccurrenceChange, String> {
    let local = |t: IcsTime| -> std::result::Result<String, String> {
        if series.all_day {
            return Ok(match t {
                IcsTime::Date(d) => d.to_string(),
                other => other.local_in(chrono_tz::UTC)?.date().to_string(),
            });
        }
        let zone: Tz = crate::validate::parse_zone(series.zone.as_deref().unwrap_or(""))?;
        Ok(crate::time_text::local_text(&t.local_in(zone)?))
    };
    change.recurrence_id = local(rid)?;
    if let Some((s, e)) = start {
        change.start = Some(local(s)?);
        change.end = Some(match (series.all_day, e) {
            // All-day DTEND is exclusive; our `end` is the last day.
            (true, IcsTime::Date(d)) => {
                (d - chrono::Duration::days(1)).max(crate::validate::parse_date(&local(s)?)?).to_string()
            }
            _ => local(e)?,
        });
    }
    let v = change.validated(series.all_day).map_err(|e| e.to_string())?;
    check_against_series(series, &v).map_err(|e| e.to_string())?;
    Ok(v)
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
        Error::invalid(format!("line {}", e.line), e.message)
    }
}
