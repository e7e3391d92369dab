//! A conflict as a person decides it: the version here and the server's, each read into the same few fields
//! (title, time, place, description), so the app can show them side by side. The server's text is read with our own
//! reader in the campaign's zone, exactly as keeping it would write it.

use serde::Serialize;

use super::item;
use crate::domain::{Event, EventInput};
use crate::error::Result;
use crate::ics::ParsedBody;
use crate::store::{Store, SyncConflict};
use crate::validate::parse_zone;

/// One side of a conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ConflictVersion {
    pub title: String,
    pub all_day: bool,
    /// As the event stores it: a day `YYYY-MM-DD`, or a local time `YYYY-MM-DDTHH:MM` in `zone`.
    pub start: String,
    pub end: String,
    pub zone: Option<String>,
    pub rrule: Option<String>,
    pub location: Option<String>,
    pub description: Option<String>,
    /// A task's version: whether it is done (`None` for an event). A task's `start` is its due day, or empty.
    pub done: Option<bool>,
}

impl From<&crate::domain::Task> for ConflictVersion {
    fn from(t: &crate::domain::Task) -> Self {
        task_version(&t.title, t.due_date.as_deref(), t.done_at.is_some())
    }
}

fn task_version(title: &str, due: Option<&str>, done: bool) -> ConflictVersion {
    let due = due.unwrap_or_default().to_string();
    ConflictVersion {
        title: title.to_string(),
        all_day: true,
        start: due.clone(),
        end: due,
        zone: None,
        rrule: None,
        location: None,
        description: None,
        done: Some(done),
    }
}

impl From<&Event> for ConflictVersion {
    fn from(e: &Event) -> Self {
        ConflictVersion {
            title: e.title.clone(),
            all_day: e.all_day,
            start: e.start.clone(),
            end: e.end.clone(),
            zone: e.zone.clone(),
            rrule: e.rrule.clone(),
            location: e.location.clone(),
            description: e.description.clone(),
            done: None,
        }
    }
}

impl From<&EventInput> for ConflictVersion {
    fn from(e: &EventInput) -> Self {
        ConflictVersion {
            title: e.title.clone(),
            all_day: e.all_day,
            start: e.start.clone(),
            end: e.end.clone(),
            zone: e.zone.clone(),
            rrule: e.rrule.clone(),
            location: e.location.clone(),
            description: e.description.clone(),
            done: None,
        }
    }
}

/// A conflict waiting for a decision, with both versions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ConflictView {
    /// What [`super::conflict_of_item`] and the app's resolve command take.
    pub item_id: i64,
    pub link_id: i64,
    pub event_id: Option<i64>,
    /// Set when the conflict is a task's (its `local` and `remote` carry `done`).
    pub task_id: Option<i64>,
    pub uid: String,
    pub campaign_id: i64,
    pub campaign: String,
    pub calendar_url: String,
    /// The version here; `None` when the event was deleted here.
    pub local: Option<ConflictVersion>,
    /// The server's version; `None` when it was deleted there (or could not be read: see `remote_problem`).
    pub remote: Option<ConflictVersion>,
    /// Why the server's text could not be read; it is kept all the same, and keeping it says so again.
    pub remote_problem: Option<String>,
    pub found_at: String,
}

/// Every conflict waiting for a decision, both versions read.
pub fn conflict_views(store: &Store) -> Result<Vec<ConflictView>> {
    let conflicts = store.sync_conflicts(None)?;
    let mut out = Vec::with_capacity(conflicts.len());
    for c in conflicts {
        out.push(view(store, c)?);
    }
    Ok(out)
}

fn view(store: &Store, c: SyncConflict) -> Result<ConflictView> {
    let link = store.sync_link(c.link_id)?;
    let campaign = store.get_campaign(link.campaign_id)?;
    let local = match (c.local_deleted, c.event_id, c.task_id) {
        (false, _, Some(_)) => {
            store.list_tasks(Some(campaign.id))?.iter().find(|t| t.uid == c.uid).map(ConflictVersion::from)
        }
        (false, Some(id), None) => {
            store.find_event_by_uid(&c.uid)?.filter(|e| e.id == id).as_ref().map(ConflictVersion::from)
        }
        _ => None,
    };
    let (remote, remote_problem) = match &c.remote_ics {
        None => (None, None),
        Some(text) if c.task_id.is_some() => match parse_zone(&campaign.zone).and_then(|z| item::read_task(text, z)) {
            Ok(t) => (Some(task_version(&t.title, t.due_date.as_deref(), t.done_at.is_some())), None),
            Err(why) => (None, Some(why)),
        },
        Some(text) => match parse_zone(&campaign.zone).and_then(|zone| item::read(text, zone)) {
            Ok(r) => match r.events.first().map(|p| &p.body) {
                Some(ParsedBody::Event { input, .. }) => (Some(ConflictVersion::from(input)), None),
                Some(ParsedBody::Change { standalone, .. }) => (Some(ConflictVersion::from(standalone.as_ref())), None),
                None => (None, Some(item::NO_EVENT.to_string())),
            },
            Err(why) => (None, Some(why)),
        },
    };
    Ok(ConflictView {
        item_id: c.item_id,
        link_id: c.link_id,
        event_id: c.event_id,
        task_id: c.task_id,
        uid: c.uid,
        campaign_id: campaign.id,
        campaign: campaign.title,
        calendar_url: link.calendar_url,
        local,
        remote,
        remote_problem,
        found_at: c.found_at,
    })
}
