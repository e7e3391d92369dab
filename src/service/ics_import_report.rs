//! What an import did or would do: counts of every outcome, and a list of the events bounded so that a file of
//! 100,000 events does not make a report of 100,000 rows (the preview crosses IPC and the CLI prints it).

use serde::{Deserialize, Serialize};

use crate::domain::{EventInput, OccurrenceChange};

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
    /// When it starts as it would be stored: a date for an all-day event, else the wall-clock time in `zone`
    /// (`YYYY-MM-DDTHH:MM`). None for an event that cannot be read.
    pub start: Option<String>,
    pub zone: Option<String>,
    pub all_day: bool,
    /// A series (a rule or extra dates); a changed instance is not one, its `recurrence_id` says which it changes.
    pub repeats: bool,
    /// For an update, or an older copy skipped: the fields the file's copy has otherwise than the stored one
    /// (`title`, `start`, `end`, `location`, … as the event's fields are named).
    pub changed: Vec<String>,
}

impl ImportItem {
    /// A row with no time known yet (`timed` adds it).
    pub(super) fn new(line: u64, uid: &str, title: &str, action: ImportAction, reason: Option<String>) -> Self {
        ImportItem {
            line,
            uid: uid.to_string(),
            title: title.to_string(),
            recurrence_id: None,
            action,
            reason,
            start: None,
            zone: None,
            all_day: false,
            repeats: false,
            changed: Vec::new(),
        }
    }

    /// The start, zone and repetition of the event as it would be stored.
    pub(super) fn timed(self, event: &EventInput) -> Self {
        ImportItem {
            start: Some(event.start.clone()),
            zone: event.zone.clone(),
            all_day: event.all_day,
            repeats: event.rrule.is_some() || !event.rdates.is_empty(),
            ..self
        }
    }

    pub(super) fn instance(self, rid: String) -> Self {
        ImportItem { recurrence_id: Some(rid), ..self }
    }

    pub(super) fn changing(self, changed: Vec<String>) -> Self {
        ImportItem { changed, ..self }
    }

    /// Skipped, or something of it was not kept: the rows the CLI prints without being asked for the list.
    pub fn needs_a_look(&self) -> bool {
        self.action == ImportAction::Skipped || self.reason.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ImportError {
    pub line: u64,
    /// English.
    pub message: String,
    /// The message's id in `locales/<lang>/core.ftl`, for the window to show it in its language; empty when the
    /// problem is not catalogued yet.
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub args: std::collections::BTreeMap<String, crate::i18n::MsgArg>,
}

impl From<crate::ics::Problem> for ImportError {
    fn from(p: crate::ics::Problem) -> Self {
        let (id, args) = p.msg.map(|m| (m.id.to_string(), m.args)).unwrap_or_default();
        ImportError { line: p.line, message: p.message, id, args }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ImportReport {
    pub new: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub skipped: u32,
    /// The events in the order they were read: every one up to `LISTED`, then only those that need a look
    /// (skipped, or with something not kept) up to `LISTED_WITH_LOOKS` in all. Keeping every row would make
    /// memory and the preview grow with the file; the counts cover the rest.
    pub items: Vec<ImportItem>,
    /// Events counted above but not in `items`.
    pub unlisted: u32,
    /// Only when the file is not iCalendar at all (or cannot be read): then nothing is imported.
    pub errors: Vec<ImportError>,
    /// Lines outside any event that were passed over; the events were imported.
    pub warnings: Vec<ImportError>,
    /// False for a dry run, or when errors stopped the import (nothing was written then).
    pub applied: bool,
}

/// Every event is listed up to this many.
pub const LISTED: usize = 500;
/// Past `LISTED`, events that need a look are still listed up to this many rows in all.
pub const LISTED_WITH_LOOKS: usize = 1000;

impl ImportReport {
    /// Counts the outcome and lists it while there is room.
    pub(super) fn count(&mut self, item: ImportItem) {
        match item.action {
            ImportAction::New => self.new += 1,
            ImportAction::Updated => self.updated += 1,
            ImportAction::Unchanged => self.unchanged += 1,
            ImportAction::Skipped => self.skipped += 1,
        }
        let room = self.items.len() < LISTED || (item.needs_a_look() && self.items.len() < LISTED_WITH_LOOKS);
        if room {
            self.items.push(item);
        } else {
            self.unlisted += 1;
        }
    }
}

/// The fields in which two forms of an event differ, by name; empty exactly when they are equal (so the import's
/// "unchanged" and "which fields" are one comparison). Written out field by field so a new field cannot be missed.
pub(super) fn event_differences(stored: &EventInput, file: &EventInput) -> Vec<String> {
    let EventInput {
        campaign_id,
        title,
        kind,
        all_day,
        start,
        end,
        zone,
        rrule,
        exdates,
        rdates,
        mode,
        location,
        online_url,
        registration_url,
        status,
        description,
        reminders,
        organisations,
    } = stored;
    let pairs = [
        ("campaign_id", *campaign_id != file.campaign_id),
        ("title", *title != file.title),
        ("kind", *kind != file.kind),
        ("all_day", *all_day != file.all_day),
        ("start", *start != file.start),
        ("end", *end != file.end),
        ("zone", *zone != file.zone),
        ("rrule", *rrule != file.rrule),
        ("exdates", *exdates != file.exdates),
        ("rdates", *rdates != file.rdates),
        ("mode", *mode != file.mode),
        ("location", *location != file.location),
        ("online_url", *online_url != file.online_url),
        ("registration_url", *registration_url != file.registration_url),
        ("status", *status != file.status),
        ("description", *description != file.description),
        ("reminders", *reminders != file.reminders),
        ("organisations", *organisations != file.organisations),
    ];
    pairs.into_iter().filter(|(_, differs)| *differs).map(|(name, _)| name.to_string()).collect()
}

/// The same for a changed instance of a series: what the file changes in it against the change stored.
pub(super) fn change_differences(stored: &OccurrenceChange, file: &OccurrenceChange) -> Vec<String> {
    let OccurrenceChange {
        recurrence_id,
        title,
        start,
        end,
        status,
        location,
        online_url,
        registration_url,
        description,
        organisations,
    } = stored;
    let pairs = [
        ("recurrence_id", *recurrence_id != file.recurrence_id),
        ("title", *title != file.title),
        ("start", *start != file.start),
        ("end", *end != file.end),
        ("status", *status != file.status),
        ("location", *location != file.location),
        ("online_url", *online_url != file.online_url),
        ("registration_url", *registration_url != file.registration_url),
        ("description", *description != file.description),
        ("organisations", *organisations != file.organisations),
    ];
    pairs.into_iter().filter(|(_, differs)| *differs).map(|(name, _)| name.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(n: u64, action: ImportAction) -> ImportItem {
        ImportItem::new(n, "u", "t", action, None)
    }

    #[test]
    fn the_list_is_bounded_and_keeps_later_rows_that_need_a_look() {
        let mut r = ImportReport::default();
        for n in 0..4_000 {
            r.count(item(n, if n % 4 == 0 { ImportAction::Skipped } else { ImportAction::New }));
        }
        assert_eq!((r.new, r.skipped), (3_000, 1_000));
        assert_eq!(r.items.len(), LISTED_WITH_LOOKS);
        assert!(r.items[..LISTED].iter().map(|i| i.line).eq(0..LISTED as u64), "the first ones, in order");
        assert!(r.items[LISTED..].iter().all(|i| i.action == ImportAction::Skipped));
        assert_eq!(r.unlisted as usize, 4_000 - LISTED_WITH_LOOKS);
    }

    #[test]
    fn differences_name_the_fields_and_are_empty_for_equal_events() {
        let a = EventInput { title: "Call".into(), start: "2025-03-01T10:00".into(), ..EventInput::default() };
        assert!(event_differences(&a, &a.clone()).is_empty());
        let b = EventInput { title: "Weekly call".into(), location: Some("Hall".into()), ..a.clone() };
        assert_eq!(event_differences(&a, &b), ["title", "location"]);
        let c = OccurrenceChange { recurrence_id: "2025-03-01T10:00".into(), ..OccurrenceChange::default() };
        let d = OccurrenceChange { start: Some("2025-03-01T11:00".into()), end: Some("x".into()), ..c.clone() };
        assert_eq!(change_differences(&c, &d), ["start", "end"]);
    }
}
