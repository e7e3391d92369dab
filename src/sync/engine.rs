//! One sync run of a link: pull what changed on the server, then push what changed here, item by item, each item's
//! new state saved with the event write it goes with. Nothing is overwritten that the other side changed since the
//! last run: that is a conflict, both versions kept until a person chooses ([`resolve`]).
//!
//! An item changed here when our text of the event now hashes differently from what was last sent or taken in; it
//! changed on the server when its ETag differs from the one we saw then. Writes are conditional (`If-None-Match: *`
//! for new items, `If-Match` for changes and deletions), so an edit on the server between our pull and our push is a
//! 412 and becomes a conflict too. A run that stops half way (the server went away) leaves every item either done or
//! as it was: the next run finishes the work.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::carry;
use super::client::{Changes, DavError};
use super::item::{self, Context, Remote};
use super::local::{context_hash, Local, Locals};
use crate::domain::{Event, EventInput};
use crate::error::{Error, Result};
use crate::ics::ParsedBody;
use crate::service::ics_import::{repaired, resolve_change, Unfit};
use crate::store::{EventWriter, Store, SyncConflict, SyncItem, SyncLink};
use crate::validate::parse_zone;

/// What the engine needs of a CalDAV server ([`super::client::DavClient`] in use; a fake in unit tests).
pub trait Server {
    fn changes(&self, collection: &str, token: Option<&str>) -> Result<Changes, DavError>;
    /// `(href, text, etag)` of each href still there.
    fn fetch(&self, collection: &str, hrefs: &[String]) -> Result<Vec<(String, String, String)>, DavError>;
    fn create(&self, href: &str, ics: &str) -> Result<Option<String>, DavError>;
    fn update(&self, href: &str, ics: &str, etag: &str) -> Result<Option<String>, DavError>;
    fn delete(&self, href: &str, etag: &str) -> Result<(), DavError>;
    fn etag(&self, href: &str) -> Result<String, DavError>;
}

impl Server for super::client::DavClient {
    fn changes(&self, collection: &str, token: Option<&str>) -> Result<Changes, DavError> {
        super::client::DavClient::changes(self, collection, token)
    }
    fn fetch(&self, collection: &str, hrefs: &[String]) -> Result<Vec<(String, String, String)>, DavError> {
        super::client::DavClient::fetch(self, collection, hrefs)
    }
    fn create(&self, href: &str, ics: &str) -> Result<Option<String>, DavError> {
        super::client::DavClient::create(self, href, ics)
    }
    fn update(&self, href: &str, ics: &str, etag: &str) -> Result<Option<String>, DavError> {
        super::client::DavClient::update(self, href, ics, etag)
    }
    fn delete(&self, href: &str, etag: &str) -> Result<(), DavError> {
        super::client::DavClient::delete(self, href, etag)
    }
    fn etag(&self, href: &str) -> Result<String, DavError> {
        super::client::DavClient::etag(self, href)
    }
}

/// What a run did, as `sync run` prints it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct RunReport {
    /// Items sent to the server (new or changed).
    pub pushed: u32,
    /// Items taken in from the server (new or changed).
    pub pulled: u32,
    /// Deletions carried over, either way.
    pub deleted: u32,
    /// New conflicts found in this run.
    pub conflicts: u32,
    /// Items that could not be synced, and why (a read-only calendar, an item we cannot read); the rest went on.
    pub errors: Vec<String>,
}

impl RunReport {
    pub fn add(&mut self, other: RunReport) {
        self.pushed += other.pushed;
        self.pulled += other.pulled;
        self.deleted += other.deleted;
        self.conflicts += other.conflicts;
        self.errors.extend(other.errors);
    }
}

/// Where a run is, for a first sync of a large calendar: items taken in or sent of those this run has to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Progress {
    pub link_id: i64,
    pub phase: Phase,
    pub done: u32,
    pub total: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Taking in what the server sent (events and tasks).
    Receiving,
    /// Sending what changed here.
    Sending,
}

/// A failure that ends the run (the rest of the work waits for the next one): no connection, a refused password.
pub(super) fn fatal(e: DavError) -> Error {
    let fixable =
        matches!(e, DavError::Unreachable(_) | DavError::Certificate(_) | DavError::Unauthorized | DavError::NotFound);
    let message = match e {
        DavError::NotFound => "the linked calendar is not on the server any more (404)".to_string(),
        e => e.to_string(),
    };
    Error::Remote { message, fixable }
}

/// The collection path of a link, with its trailing slash.
pub(super) fn collection_of(link: &SyncLink) -> Result<String> {
    let mut href = super::client::href_of(&link.calendar_url).ok_or_else(|| {
        Error::invalid_msg("calendar", crate::msg!("core-sync-not-a-calendar", value = &link.calendar_url))
    })?;
    if !href.ends_with('/') {
        href.push('/');
    }
    Ok(href)
}

pub(super) struct Run<'a> {
    pub(super) store: &'a mut Store,
    pub(super) server: &'a dyn Server,
    pub(super) link: &'a SyncLink,
    pub(super) collection: String,
    pub(super) ctx: Context,
    /// [`context_hash`] of `ctx`: stored with the link once every event was hashed with it.
    ctx_hash: String,
    pub(super) zone: chrono_tz::Tz,
    pub(super) report: RunReport,
    /// The report's errors that are refusals (403): each item says so itself (`sync_items.refused`, listed by
    /// `sync status` and the share panel with a way to undo), so they are not the link's last problem.
    refusals: Vec<String>,
    /// Our texts of the events, made by a pull that took nothing in, for the push to use.
    unchanged: Option<Locals>,
    /// The push wrote to the server (created, changed or deleted an item).
    pub(super) wrote: bool,
    progress: &'a dyn Fn(Progress),
    /// Items of the current phase settled so far, of `total`.
    step: (Phase, u32, u32),
}

/// Syncs one link both ways.
pub fn run(store: &mut Store, server: &dyn Server, link: &SyncLink) -> Result<RunReport> {
    run_reporting(store, server, link, &|_| {})
}

/// [`run`], telling `progress` how far each phase is (after each item, and at each phase's start).
pub fn run_reporting(
    store: &mut Store,
    server: &dyn Server,
    link: &SyncLink,
    progress: &dyn Fn(Progress),
) -> Result<RunReport> {
    let campaign = store.get_campaign(link.campaign_id)?;
    let zone = parse_zone(&campaign.zone).map_err(|m| Error::invalid("zone", m))?;
    let ctx = Context {
        campaigns: store.list_campaigns(None)?,
        organisations: store.list_organisations(None)?,
        partner_zones: store.partner_zones()?,
    };
    let ctx_hash = context_hash(&ctx, link.campaign_id);
    let mut r = Run {
        collection: collection_of(link)?,
        store,
        server,
        link,
        ctx,
        ctx_hash,
        zone,
        report: RunReport::default(),
        refusals: Vec::new(),
        unchanged: None,
        wrote: false,
        progress,
        step: (Phase::Receiving, 0, 0),
    };
    let token = r.pull()?;
    r.push()?;
    // The token moves on only when every change it covers was taken in: an item that failed is listed again.
    let pull_complete = !r.report.errors.iter().any(|e| e.starts_with(PULL_ERROR));
    let token = if pull_complete && r.wrote { r.past_own_writes(token)? } else { token };
    let problems: Vec<&String> = r.report.errors.iter().filter(|e| !r.refusals.contains(e)).collect();
    let error = (!problems.is_empty()).then(|| problems.iter().map(|e| e.as_str()).collect::<Vec<_>>().join("; "));
    r.store.finish_sync_run(link.id, token.as_deref().filter(|_| pull_complete), error.as_deref())?;
    // Every event was hashed with this context (or is in conflict or refused, and hashed again when that is over).
    if link.context_hash.as_deref() != Some(r.ctx_hash.as_str()) {
        r.store.set_sync_context(link.id, &r.ctx_hash)?;
    }
    Ok(r.report)
}

pub(super) const PULL_ERROR: &str = "not taken in: ";

impl Run<'_> {
    /// Starts a phase of `total` items (nothing is said of an empty one).
    pub(super) fn phase(&mut self, phase: Phase, total: usize) {
        self.step = (phase, 0, u32::try_from(total).unwrap_or(u32::MAX));
        if total > 0 {
            (self.progress)(Progress { link_id: self.link.id, phase, done: 0, total: self.step.2 });
        }
    }

    /// One more item of the phase settled (taken in, sent, or set aside as a conflict or refusal).
    pub(super) fn advanced(&mut self) {
        let (phase, done, total) = self.step;
        let done = (done + 1).min(total);
        self.step.1 = done;
        (self.progress)(Progress { link_id: self.link.id, phase, done, total });
    }

    fn locals(&self, items: &[SyncItem]) -> Result<Locals> {
        Locals::read(self.store, self.link, items, &self.ctx, &self.ctx_hash)
    }

    fn items(&self) -> Result<Vec<SyncItem>> {
        self.store.sync_items(self.link.id)
    }

    fn conflicted(&self) -> Result<HashSet<i64>> {
        Ok(self.store.sync_conflicts(Some(self.link.id))?.into_iter().map(|c| c.item_id).collect())
    }

    /// Takes in the server's changes; returns the token to store once the run is done.
    fn pull(&mut self) -> Result<Option<String>> {
        let items = self.items()?;
        let token = self.link.sync_token.as_deref();
        let changes = self.server.changes(&self.collection, token).map_err(fatal)?;
        let by_href: HashMap<&str, &SyncItem> = items.iter().map(|i| (i.href.as_str(), i)).collect();
        let wanted: Vec<String> = changes
            .changed
            .iter()
            .filter(|l| by_href.get(l.href.as_str()).is_none_or(|i| i.etag.as_deref() != Some(l.etag.as_str())))
            .map(|l| l.href.clone())
            .collect();
        let gone: Vec<String> = if changes.complete {
            let listed: HashSet<&str> = changes.changed.iter().map(|l| l.href.as_str()).collect();
            items
                .iter()
                .filter(|i| i.etag.is_some() && !listed.contains(i.href.as_str()))
                .map(|i| i.href.clone())
                .collect()
        } else {
            changes.deleted.iter().filter(|h| by_href.contains_key(h.as_str())).cloned().collect()
        };
        let fetched =
            if wanted.is_empty() { Vec::new() } else { self.server.fetch(&self.collection, &wanted).map_err(fatal)? };
        if fetched.is_empty() && gone.is_empty() {
            // Nothing came from the server: the push works on these same texts (each event's text is made once).
            self.unchanged = Some(self.locals(&items)?);
            return Ok(changes.token);
        }
        let conflicted = self.conflicted()?;
        let mut locals = self.locals(&items)?;
        self.phase(Phase::Receiving, fetched.len());
        for (href, text, etag) in fetched {
            self.advanced();
            let remote = match item::read(&text, self.zone) {
                Ok(r) => r,
                // A task (or a journal entry, left on the server untouched).
                Err(why) if why == item::NO_EVENT => {
                    self.pull_task((&href, &etag, &text), &items, &conflicted)?;
                    continue;
                }
                Err(why) => {
                    self.report.errors.push(format!("{PULL_ERROR}{href}: {why}"));
                    continue;
                }
            };
            let known = items.iter().find(|i| i.href == href).or_else(|| items.iter().find(|i| i.uid == remote.uid));
            match known {
                Some(i) if conflicted.contains(&i.id) => {
                    // Still undecided: the conflict now shows the server's latest version.
                    self.store.sync_state(|w| w.put_sync_conflict(i.id, Some(&text), Some(&etag), false))?;
                }
                None => match locals.take(self.store, &remote.uid, None)? {
                    // Here and there, never synced together (linked again, or the same import on both sides).
                    Some(here) => {
                        self.conflict(&remote.uid, Some(here.event.id), &href, Some(&text), Some(&etag), false)?;
                    }
                    None => self.take_in(&href, &etag, &text, remote, None)?,
                },
                Some(i) => match locals.take(self.store, &i.uid, Some(i))? {
                    Some(here) if !here.changed => self.take_in(&href, &etag, &text, remote, Some(&here.event))?,
                    Some(here) => self.conflict(&i.uid, Some(here.event.id), &href, Some(&text), Some(&etag), false)?,
                    None => self.conflict(&i.uid, i.event_id, &href, Some(&text), Some(&etag), true)?,
                },
            }
        }
        for href in gone {
            let Some(i) = items.iter().find(|i| i.href == href) else { continue };
            if conflicted.contains(&i.id) {
                self.store.sync_state(|w| w.put_sync_conflict(i.id, None, None, false))?;
                continue;
            }
            if i.task_id.is_some() {
                self.task_gone(i)?;
                continue;
            }
            match locals.take(self.store, &i.uid, Some(i))? {
                Some(here) if !here.changed => {
                    let (item_id, event_id) = (i.id, here.event.id);
                    self.store.sync_state(|w| {
                        w.delete_event(event_id)?;
                        w.delete_sync_item(item_id)
                    })?;
                    self.report.deleted += 1;
                }
                Some(here) => self.conflict(&i.uid, Some(here.event.id), &href, None, None, false)?,
                None => {
                    let item_id = i.id;
                    self.store.sync_state(|w| w.delete_sync_item(item_id))?;
                }
            }
        }
        Ok(changes.token)
    }

    /// Records both versions: the local one stays as it is, the server's is kept beside it.
    pub(super) fn conflict(
        &mut self,
        uid: &str,
        event_id: Option<i64>,
        href: &str,
        remote: Option<&str>,
        etag: Option<&str>,
        local_deleted: bool,
    ) -> Result<()> {
        let link = self.link.id;
        let known = self.items()?.into_iter().find(|i| i.uid == uid);
        self.store.sync_state(|w| {
            let item_id = match &known {
                Some(i) => i.id,
                None => w.put_sync_item(link, uid, event_id, href, None, None, None)?,
            };
            w.put_sync_conflict(item_id, remote, etag, local_deleted)
        })?;
        self.report.conflicts += 1;
        Ok(())
    }

    /// Writes the server's version over the local event (whose last synced state it is known to be) or as a new
    /// event in the campaign, and records the item as seen.
    fn take_in(&mut self, href: &str, etag: &str, text: &str, remote: Remote, existing: Option<&Event>) -> Result<()> {
        let (link, campaign) = (self.link.id, self.link.campaign_id);
        let ctx = &self.ctx;
        let outcome = self.store.import_batch(
            |w| -> Result<std::result::Result<(), String>> {
                let id = match apply(w, &remote, campaign, existing)? {
                    Ok(id) => id,
                    Err(why) => return Ok(Err(why)),
                };
                let event = w.find_by_uid(&remote.uid)?.ok_or(Error::NotFound { entity: "event", id })?;
                let hash = item::hash(&item::text(&event, ctx));
                let rev = w.event_rev(id)?;
                let item = w.put_sync_item(link, &remote.uid, Some(id), href, Some(etag), Some(&hash), rev)?;
                w.put_sync_text(item, Some(text))?;
                Ok(Ok(()))
            },
            |r| r.is_ok(),
        )?;
        match outcome {
            Ok(()) => self.report.pulled += 1,
            Err(why) => self.report.errors.push(format!("{PULL_ERROR}{href} ('{}'): {why}", remote.uid)),
        }
        Ok(())
    }

    /// Sends what changed here: new events, edits and deletions, each conditional on the server's version.
    fn push(&mut self) -> Result<()> {
        let items = self.items()?;
        let conflicted = self.conflicted()?;
        let locals = match self.unchanged.take() {
            Some(l) => l,
            None => self.locals(&items)?,
        };
        let by_uid: HashMap<&str, &SyncItem> = items.iter().map(|i| (i.uid.as_str(), i)).collect();
        let mut ordered: Vec<&Local> = locals.texts.values().collect();
        ordered.sort_by_key(|l| l.event.id);
        let tasks = self.task_work(&items, &conflicted)?;
        let sends = ordered
            .iter()
            .filter(|l| {
                by_uid
                    .get(l.event.uid.as_str())
                    .is_none_or(|i| !conflicted.contains(&i.id) && i.local_hash.as_ref() != Some(&l.hash))
            })
            .count();
        let deletions = locals.gone(&items).filter(|i| !conflicted.contains(&i.id) && i.etag.is_some()).count();
        self.phase(Phase::Sending, sends + deletions + tasks.requests());
        // Written out again and found as they were: their items vouch for them until their next write.
        let mut same: Vec<(i64, i64)> = Vec::new();
        for local in ordered {
            let item = by_uid.get(local.event.uid.as_str()).copied();
            if let Some(i) = item.filter(|i| i.local_hash.as_ref() == Some(&local.hash)) {
                if i.hashed_rev != Some(local.rev) {
                    same.push((i.id, local.rev));
                }
                continue;
            }
            if item.is_some_and(|i| conflicted.contains(&i.id)) {
                continue;
            }
            self.advanced();
            let href = match item {
                Some(i) => i.href.clone(),
                None => format!("{}{}", self.collection, item::file_name(&local.event.uid)),
            };
            // What other clients put in the item and we do not model goes back with our change.
            let text = match item.map(|i| self.store.sync_item_text(i.id)).transpose()?.flatten() {
                Some(server) => carry::carry_over(&local.text, &server),
                None => local.text.clone(),
            };
            let sent = match item.and_then(|i| i.etag.as_deref()) {
                Some(etag) => self.server.update(&href, &text, etag),
                None => self.server.create(&href, &text),
            };
            match sent {
                Ok(etag) => {
                    let etag = match etag {
                        Some(e) => e,
                        None => self.server.etag(&href).map_err(fatal)?,
                    };
                    let (link, uid, id) = (self.link.id, local.event.uid.clone(), local.event.id);
                    self.store.sync_state(|w| {
                        let hash = Some(local.hash.as_str());
                        let item = w.put_sync_item(link, &uid, Some(id), &href, Some(&etag), hash, Some(local.rev))?;
                        w.put_sync_text(item, Some(&text))
                    })?;
                    self.report.pushed += 1;
                    self.wrote = true;
                }
                Err(DavError::Changed) => {
                    self.changed_meanwhile(&local.event.uid, Some(local.event.id), &href, false)?
                }
                Err(DavError::NotFound) => {
                    self.conflict(&local.event.uid, Some(local.event.id), &href, None, None, false)?
                }
                Err(DavError::Forbidden) => {
                    self.refused(item, &local.event, &href)?;
                    self.refusal(format!(
                        "'{}' was changed here but the calendar is read-only for this account (403): the change is \
                         kept here only (undo it with `sync revert {}`)",
                        local.event.title, local.event.id
                    ))
                }
                Err(e) => return Err(fatal(e)),
            }
        }
        if !same.is_empty() {
            self.store.sync_state(|w| same.iter().try_for_each(|&(item, rev)| w.put_sync_hashed(item, rev)))?;
        }
        for i in locals.gone(&items).filter(|i| !conflicted.contains(&i.id)) {
            self.delete_remote(i, i.event_id, || {
                format!(
                    "an event ({}) was deleted here but the calendar is read-only for this account (403): it stays on \
                     the server{}",
                    i.uid,
                    i.event_id.map(|id| format!(" (undo the deletion with `sync revert {id}`)")).unwrap_or_default()
                )
            })?;
        }
        self.push_tasks(tasks)
    }

    /// Deletes item `i` on the server (an item never sent there deletes nothing) and forgets it here. A change made
    /// there meanwhile becomes a conflict; a read-only calendar's refusal (403) is marked on the item and reported
    /// with `refused`'s sentence.
    pub(super) fn delete_remote(
        &mut self,
        i: &SyncItem,
        event_id: Option<i64>,
        refused: impl FnOnce() -> String,
    ) -> Result<()> {
        let result = match &i.etag {
            Some(etag) => {
                self.advanced();
                self.server.delete(&i.href, etag)
            }
            None => Ok(()),
        };
        match result {
            Ok(()) | Err(DavError::NotFound) => {
                let item_id = i.id;
                self.store.sync_state(|w| w.delete_sync_item(item_id))?;
                // An item never on the server (a refused new event, deleted here since) deletes nothing there.
                if i.etag.is_some() {
                    self.report.deleted += 1;
                    self.wrote = true;
                }
            }
            Err(DavError::Changed) => self.changed_meanwhile(&i.uid, event_id, &i.href, true)?,
            Err(DavError::Forbidden) => {
                let item_id = i.id;
                self.store.sync_state(|w| w.put_sync_refused(item_id))?;
                self.refusal(refused())
            }
            Err(e) => return Err(fatal(e)),
        }
        Ok(())
    }

    /// The token past this run's own writes, so that the next run does not list them again (with 10,000 items sent
    /// by a first sync, the next pull would otherwise list all 10,000). Only when everything listed since `token`
    /// is exactly what we hold: a change another client made meanwhile keeps the old token, and the next run takes
    /// it in. Best effort: any failure keeps the old token.
    fn past_own_writes(&mut self, token: Option<String>) -> Result<Option<String>> {
        let Some(old) = token.as_deref() else { return Ok(token) };
        let changes = match self.server.changes(&self.collection, Some(old)) {
            Ok(c) if !c.complete => c,
            _ => return Ok(token),
        };
        let items = self.items()?;
        let etags: HashMap<&str, Option<&str>> = items.iter().map(|i| (i.href.as_str(), i.etag.as_deref())).collect();
        let ours = changes.changed.iter().all(|l| etags.get(l.href.as_str()) == Some(&Some(l.etag.as_str())))
            && changes.deleted.iter().all(|h| !etags.contains_key(h.as_str()));
        Ok(if ours { changes.token.or(token) } else { token })
    }

    pub(super) fn refusal(&mut self, message: String) {
        self.refusals.push(message.clone());
        self.report.errors.push(message);
    }

    /// A 403 on writing `event`: the change stays here, marked as refused so that it can be undone. The server's
    /// version is what undoing puts back; an item synced before that version was kept gets it now.
    fn refused(&mut self, item: Option<&SyncItem>, event: &Event, href: &str) -> Result<()> {
        let server = match item {
            Some(i) if i.etag.is_some() && self.store.sync_item_text(i.id)?.is_none() => {
                let now = self.server.fetch(&self.collection, &[href.to_string()]).map_err(fatal)?;
                now.into_iter().next().filter(|(_, _, etag)| i.etag.as_ref() == Some(etag)).map(|(_, text, _)| text)
            }
            _ => None,
        };
        let (link, uid, id) = (self.link.id, event.uid.clone(), event.id);
        self.store.sync_state(|w| {
            let item_id = match item {
                Some(i) => i.id,
                // Never on the server: an item without an ETag, so that undoing knows there is nothing to put back.
                None => w.put_sync_item(link, &uid, Some(id), href, None, None, None)?,
            };
            if server.is_some() {
                w.put_sync_text(item_id, server.as_deref())?;
            }
            // Tried again on every run until it gets through or is undone.
            w.forget_sync_hashed(item_id)?;
            w.put_sync_refused(item_id)
        })
    }

    /// A 412: the server's copy changed after our pull. Its current version is fetched and kept as a conflict.
    pub(super) fn changed_meanwhile(
        &mut self,
        uid: &str,
        event_id: Option<i64>,
        href: &str,
        local_deleted: bool,
    ) -> Result<()> {
        let now = self.server.fetch(&self.collection, &[href.to_string()]).map_err(fatal)?;
        match now.into_iter().next() {
            Some((_, text, etag)) => self.conflict(uid, event_id, href, Some(&text), Some(&etag), local_deleted),
            None => self.conflict(uid, event_id, href, None, None, local_deleted),
        }
    }
}

/// Writes a resource read from the server as the event `existing` (replacing its fields and changed instances) or as
/// a new event of `campaign`. `Ok(Err(why))`: it cannot be kept (nothing was written for it).
fn apply(
    w: &mut EventWriter,
    remote: &Remote,
    campaign: i64,
    existing: Option<&Event>,
) -> Result<std::result::Result<i64, String>> {
    let Some(series) = remote.events.first() else { return Ok(Err("it holds no event".into())) };
    let ParsedBody::Event { input, .. } = &series.body else {
        return Ok(Err("it holds changed instances without their series".into()));
    };
    let mut notes = Vec::new();
    let mut input: EventInput = match repaired(input.clone(), &mut notes) {
        Ok(v) => v,
        Err(why) => return Ok(Err(why)),
    };
    input.campaign_id = Some(campaign);
    let id = match existing {
        Some(e) => {
            // Organisations in roles are ours alone (iCalendar carries their names only): they stay.
            input.organisations = e.organisations.clone();
            w.update(e, &input, series.sequence)?;
            w.clear_changes(e.id)?;
            e.id
        }
        None => match w.insert_new(&input, &remote.uid, series.sequence)? {
            Some(id) => id,
            None => return Ok(Err("an event with this UID is already in another campaign".into())),
        },
    };
    let Some(stored) = w.find_by_uid(&remote.uid)? else { return Ok(Err("it was not stored".into())) };
    for p in &remote.events[1..] {
        let ParsedBody::Change { recurrence_id, start, end, change, .. } = &p.body else { continue };
        let excluded = |rid: &str| stored.exdates.iter().any(|x| x == rid);
        match resolve_change(&stored, *recurrence_id, *start, *end, change.clone(), &excluded) {
            Ok(c) => w.put_change(id, &c)?,
            Err(Unfit::NotAnInstance(m) | Unfit::Invalid(m)) => {
                return Ok(Err(format!("a changed instance does not fit its series: {m}")))
            }
        }
    }
    // The server's SEQUENCE, so the event is not sent back as a newer version of itself.
    w.set_sequence(id, series.sequence)?;
    Ok(Ok(id))
}

/// Which side a person keeps for a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Keep {
    Local,
    Remote,
}

/// Settles a conflict here, without the network: keeping the server's version writes it over the event (or
/// deletes the event, when the server deleted it); keeping ours marks it to be sent on the next run, over the
/// server's version (`If-Match` its ETag) or in its place.
pub fn resolve(store: &mut Store, conflict: &SyncConflict, keep: Keep) -> Result<()> {
    let link = store.sync_link(conflict.link_id)?;
    let campaign = store.get_campaign(link.campaign_id)?;
    let zone = parse_zone(&campaign.zone).map_err(|m| Error::invalid("zone", m))?;
    if conflict.task_id.is_some() {
        return super::task_sync::resolve_task(store, conflict, &link, zone, keep);
    }
    let existing = match conflict.event_id {
        Some(id) => store.find_event_by_uid(&conflict.uid)?.filter(|e| e.id == id),
        None => None,
    };
    let item_id = conflict.item_id;
    match keep {
        Keep::Local => store.sync_state(|w| {
            w.put_sync_item(
                link.id,
                &conflict.uid,
                existing.as_ref().map(|e| e.id),
                &conflict.href,
                conflict.remote_etag.as_deref(),
                None,
                None,
            )?;
            // Ours goes over the server's version: what others put in that version goes with it.
            w.put_sync_text(item_id, conflict.remote_ics.as_deref())?;
            if existing.is_none() && conflict.remote_etag.is_none() {
                // Deleted on both sides in the end: nothing left to sync.
                w.delete_sync_item(item_id)?;
            }
            w.delete_sync_conflict(item_id)
        }),
        Keep::Remote => match (&conflict.remote_ics, &conflict.remote_etag) {
            (Some(text), Some(etag)) => {
                take_back(store, &link, zone, (&conflict.href, etag, text), existing.as_ref(), |w| {
                    w.delete_sync_conflict(item_id)
                })
                .map(|_| ())
            }
            _ => store.sync_state(|w| {
                if let Some(e) = &existing {
                    w.delete_event(e.id)?;
                }
                w.delete_sync_item(item_id)
            }),
        },
    }
}

/// Writes the server's version `(href, etag, text)` over the event here (or as a new one), records the item as in
/// sync with it, and runs `then` in the same transaction. Returns the event's id.
fn take_back(
    store: &mut Store,
    link: &SyncLink,
    zone: chrono_tz::Tz,
    (href, etag, text): (&str, &str, &str),
    existing: Option<&Event>,
    then: impl FnOnce(&mut EventWriter) -> Result<()>,
) -> Result<i64> {
    let remote = item::read(text, zone).map_err(|why| Error::invalid("remote", why))?;
    let ctx = Context {
        campaigns: store.list_campaigns(None)?,
        organisations: store.list_organisations(None)?,
        partner_zones: store.partner_zones()?,
    };
    store.import_batch(
        |w| {
            let id = apply(w, &remote, link.campaign_id, existing)?.map_err(|why| Error::invalid("remote", why))?;
            let event = w.find_by_uid(&remote.uid)?.ok_or(Error::NotFound { entity: "event", id })?;
            let hash = item::hash(&item::text(&event, &ctx));
            let rev = w.event_rev(id)?;
            let item = w.put_sync_item(link.id, &remote.uid, Some(id), href, Some(etag), Some(&hash), rev)?;
            w.put_sync_text(item, Some(text))?;
            then(w)?;
            Ok(id)
        },
        |_| true,
    )
}

/// What undoing a refused change did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Undone {
    /// The event is as the server has it again (an edit undone, or a deletion: the event is back, maybe under a new
    /// id).
    Restored { event_id: i64 },
    /// The event was new here and the server never had it: it is gone.
    Removed,
}

/// "Undo my change": puts the server's version of an item whose local change the server refused (403) back here,
/// without the network (the server's last text is kept with the item). Only a refused change can be undone.
pub fn revert(store: &mut Store, event_id: i64) -> Result<Undone> {
    let item = store
        .sync_item_of_event(event_id)?
        .filter(|i| i.refused.is_some())
        .ok_or_else(|| Error::invalid_msg("event", crate::msg!("core-sync-nothing-to-undo", id = event_id)))?;
    if store.sync_conflicts(Some(item.link_id))?.iter().any(|c| c.item_id == item.id) {
        return Err(Error::invalid_msg("event", crate::msg!("core-sync-undo-in-conflict", id = event_id)));
    }
    let link = store.sync_link(item.link_id)?;
    let existing = store.find_event_by_uid(&item.uid)?.filter(|e| Some(e.id) == item.event_id);
    let Some(etag) = item.etag.as_deref() else {
        let item_id = item.id;
        store.sync_state(|w| {
            if let Some(e) = &existing {
                w.delete_event(e.id)?;
            }
            w.delete_sync_item(item_id)
        })?;
        return Ok(Undone::Removed);
    };
    let text = store
        .sync_item_text(item.id)?
        .ok_or_else(|| Error::invalid_msg("event", crate::msg!("core-sync-undo-unknown", id = event_id)))?;
    let campaign = store.get_campaign(link.campaign_id)?;
    let zone = parse_zone(&campaign.zone).map_err(|m| Error::invalid("zone", m))?;
    let id = take_back(store, &link, zone, (&item.href, etag, &text), existing.as_ref(), |_| Ok(()))?;
    Ok(Undone::Restored { event_id: id })
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    use super::*;
    use crate::domain::CampaignInput;

    /// A calendar in memory that answers like Radicale does, and can play another client editing an item between
    /// our pull and our push, or a calendar this account may only read.
    #[derive(Default)]
    struct Fake {
        items: RefCell<BTreeMap<String, (String, String)>>,
        version: RefCell<u32>,
        /// Applied right after the next listing: (href, text).
        edit_after_listing: RefCell<Option<(String, String)>>,
        read_only: bool,
        /// Writes accepted before the server goes away (None: never).
        writes_left: RefCell<Option<u32>>,
    }

    impl Fake {
        fn reachable(&self) -> Result<(), DavError> {
            let mut left = self.writes_left.borrow_mut();
            match left.as_mut() {
                Some(0) => Err(DavError::Unreachable("cannot reach http://127.0.0.1:1: connection refused".into())),
                Some(n) => {
                    *n -= 1;
                    Ok(())
                }
                None => Ok(()),
            }
        }

        fn put(&self, href: &str, text: &str) -> String {
            *self.version.borrow_mut() += 1;
            let etag = format!("\"v{}\"", self.version.borrow());
            self.items.borrow_mut().insert(href.to_string(), (text.to_string(), etag.clone()));
            etag
        }
    }

    impl Server for Fake {
        fn changes(&self, _: &str, _: Option<&str>) -> Result<Changes, DavError> {
            let changed = self
                .items
                .borrow()
                .iter()
                .map(|(href, (_, etag))| super::super::client::Listed { href: href.clone(), etag: etag.clone() })
                .collect();
            if let Some((href, text)) = self.edit_after_listing.borrow_mut().take() {
                self.put(&href, &text);
            }
            Ok(Changes { changed, deleted: Vec::new(), complete: true, token: None })
        }
        fn fetch(&self, _: &str, hrefs: &[String]) -> Result<Vec<(String, String, String)>, DavError> {
            let items = self.items.borrow();
            Ok(hrefs.iter().filter_map(|h| items.get(h).map(|(t, e)| (h.clone(), t.clone(), e.clone()))).collect())
        }
        fn create(&self, href: &str, ics: &str) -> Result<Option<String>, DavError> {
            self.reachable()?;
            if self.read_only {
                return Err(DavError::Forbidden);
            }
            if self.items.borrow().contains_key(href) {
                return Err(DavError::Changed);
            }
            Ok(Some(self.put(href, ics)))
        }
        fn update(&self, href: &str, ics: &str, etag: &str) -> Result<Option<String>, DavError> {
            self.reachable()?;
            if self.read_only {
                return Err(DavError::Forbidden);
            }
            match self.items.borrow().get(href) {
                Some((_, now)) if now == etag => {}
                Some(_) => return Err(DavError::Changed),
                None => return Err(DavError::NotFound),
            }
            Ok(Some(self.put(href, ics)))
        }
        fn delete(&self, href: &str, etag: &str) -> Result<(), DavError> {
            if self.read_only {
                return Err(DavError::Forbidden);
            }
            let mut items = self.items.borrow_mut();
            match items.get(href) {
                Some((_, now)) if now == etag => {
                    items.remove(href);
                    Ok(())
                }
                Some(_) => Err(DavError::Changed),
                None => Err(DavError::NotFound),
            }
        }
        fn etag(&self, href: &str) -> Result<String, DavError> {
            self.items.borrow().get(href).map(|(_, e)| e.clone()).ok_or(DavError::NotFound)
        }
    }

    fn setup() -> (Store, SyncLink, i64) {
        let mut store = Store::open_in_memory().expect("store");
        let campaign = store
            .create_campaign(&CampaignInput {
                title: "Burma".into(),
                start_date: "2026-03-01".into(),
                end_date: "2026-03-31".into(),
                zone: "Asia/Yangon".into(),
                ..Default::default()
            })
            .expect("campaign");
        let event = store
            .create_event(&EventInput {
                campaign_id: Some(campaign.id),
                title: "Vigil".into(),
                start: "2026-03-27T18:30".into(),
                end: "2026-03-27T20:00".into(),
                zone: Some("Asia/Yangon".into()),
                ..Default::default()
            })
            .expect("event");
        let account = store.add_sync_account("http://127.0.0.1:1/", "alice").expect("account");
        let link = store.add_sync_link(account.id, campaign.id, "http://127.0.0.1:1/alice/burma/").expect("link");
        (store, link, event.id)
    }

    fn retitle(store: &mut Store, id: i64, title: &str) {
        let mut input = EventInput::from(&store.get_event(id).expect("event"));
        input.title = title.into();
        store.update_event(id, &input).expect("edit");
    }

    #[test]
    fn an_edit_on_the_server_between_pull_and_push_is_a_412_kept_as_a_conflict() {
        let (mut store, link, id) = setup();
        let server = Fake::default();
        let first = run(&mut store, &server, &link).expect("first run");
        assert_eq!((first.pushed, first.conflicts), (1, 0));
        let href = server.items.borrow().keys().next().expect("item").clone();
        let theirs = server.items.borrow()[&href].0.replace("SUMMARY:Vigil", "SUMMARY:Vigil (theirs)");
        retitle(&mut store, id, "Vigil (ours)");
        *server.edit_after_listing.borrow_mut() = Some((href.clone(), theirs));
        let link = store.sync_link(link.id).expect("link");
        let r = run(&mut store, &server, &link).expect("second run");
        assert_eq!((r.pushed, r.pulled, r.conflicts), (0, 0, 1), "{r:?}");
        assert_eq!(store.get_event(id).expect("event").title, "Vigil (ours)");
        assert!(server.items.borrow()[&href].0.contains("SUMMARY:Vigil (theirs)"), "the server's edit stays");
        let conflicts = store.sync_conflicts(None).expect("conflicts");
        assert_eq!(conflicts.len(), 1);
        assert!(conflicts[0].remote_ics.as_deref().is_some_and(|t| t.contains("Vigil (theirs)")));
        assert_eq!(conflicts[0].event_id, Some(id));
    }

    #[test]
    fn a_read_only_calendar_keeps_the_local_change_and_says_so() {
        let (mut store, link, _) = setup();
        let server = Fake { read_only: true, ..Default::default() };
        let r = run(&mut store, &server, &link).expect("run");
        assert_eq!(r.pushed, 0);
        assert_eq!(r.errors.len(), 1);
        assert!(r.errors[0].contains("read-only") && r.errors[0].contains("'Vigil'"), "{:?}", r.errors);
        let items = store.sync_items(link.id).expect("items");
        assert_eq!(items.len(), 1);
        assert!(items[0].etag.is_none() && items[0].refused.is_some(), "refused, never sent: {items:?}");
        // Not the link's last problem: the refused item says so itself, with a way to undo it.
        let link = store.sync_link(link.id).expect("link");
        assert_eq!(link.last_error, None);
        assert!(link.last_synced.is_some());
    }

    #[test]
    fn an_unchanged_event_gives_the_same_text_every_time() {
        let (mut store, link, id) = setup();
        let server = Fake::default();
        run(&mut store, &server, &link).expect("first");
        let sent = server.items.borrow().values().next().expect("item").0.clone();
        assert!(!sent.contains("METHOD:") && !sent.contains("X-WR-CALNAME"), "{sent}");
        for _ in 0..3 {
            let link = store.sync_link(link.id).expect("link");
            let r = run(&mut store, &server, &link).expect("again");
            assert_eq!(r, RunReport::default());
        }
        assert_eq!(server.items.borrow().values().next().expect("item").0, sent);
        assert_eq!(store.get_event(id).expect("event").sequence, 0);
    }

    /// Marks the item of event `id` as hashed at its current write number with a hash no text has: a run that made
    /// the event's text again would take it for a local change and send it.
    fn vouch_with_a_false_hash(store: &mut Store, link: &SyncLink, id: i64) {
        let item =
            store.sync_items(link.id).expect("items").into_iter().find(|i| i.event_id == Some(id)).expect("item");
        let campaign = store.get_event(id).expect("event").campaign_id.expect("campaign");
        let rev = store.event_revs(campaign).expect("revs").into_iter().find(|r| r.0 == id).expect("rev").2;
        store
            .sync_state(|w| {
                w.put_sync_item(link.id, &item.uid, Some(id), &item.href, item.etag.as_deref(), Some("x"), Some(rev))
                    .map(|_| ())
            })
            .expect("item");
    }

    #[test]
    fn an_event_not_written_since_it_was_hashed_is_not_written_out_again() {
        let (mut store, link, id) = setup();
        let server = Fake::default();
        run(&mut store, &server, &link).expect("first");
        let link = store.sync_link(link.id).expect("link");
        assert!(link.context_hash.is_some(), "the context is recorded once every event was hashed with it");
        vouch_with_a_false_hash(&mut store, &link, id);
        let r = run(&mut store, &server, &link).expect("untouched");
        assert_eq!(r, RunReport::default(), "its text was not made again: the false hash went unnoticed");
        assert_eq!(crate::sync::status(&store).expect("status")[0].pending, 0);
        // A write moves its number: the text is made, differs from the hash, and goes out.
        retitle(&mut store, id, "Vigil at the embassy");
        assert_eq!(crate::sync::status(&store).expect("status")[0].pending, 1);
        let r = run(&mut store, &server, &link).expect("edited");
        assert_eq!(r.pushed, 1, "{r:?}");
        assert!(server.items.borrow().values().next().expect("item").0.contains("SUMMARY:Vigil at the embassy"));
        let item = store.sync_items(link.id).expect("items").remove(0);
        assert!(item.hashed_rev.is_some() && item.local_hash.as_deref() != Some("x"), "{item:?}");
    }

    #[test]
    fn a_changed_campaign_makes_every_event_hashed_again() {
        let (mut store, link, id) = setup();
        let server = Fake::default();
        run(&mut store, &server, &link).expect("first");
        let link = store.sync_link(link.id).expect("link");
        vouch_with_a_false_hash(&mut store, &link, id);
        let campaign = store.get_campaign(link.campaign_id).expect("campaign");
        let mut input = CampaignInput::from(&campaign);
        input.title = "Burma Solidarity Month".into();
        store.update_campaign(campaign.id, &input).expect("campaign edited");
        let r = run(&mut store, &server, &link).expect("run");
        // The event's own number did not move, but the campaign is part of its text: hashed again, the false hash
        // is found out and the event sent (with the campaign's new name, where the text names it).
        assert_eq!(r.pushed, 1, "{r:?}");
        let link = store.sync_link(link.id).expect("link");
        let r = run(&mut store, &server, &link).expect("again");
        assert_eq!(r, RunReport::default());
    }

    #[test]
    fn a_run_says_how_far_it_is_item_by_item_and_a_run_with_nothing_to_do_says_nothing() {
        let (mut store, link, _) = setup();
        for title in ["Second", "Third"] {
            let mut input = EventInput::from(&store.list_events(None).expect("events")[0]);
            input.title = title.into();
            store.create_event(&input).expect("event");
        }
        let server = Fake::default();
        let seen = RefCell::new(Vec::new());
        run_reporting(&mut store, &server, &link, &|p| seen.borrow_mut().push((p.phase, p.done, p.total)))
            .expect("first");
        let sending = |d| (Phase::Sending, d, 3);
        assert_eq!(*seen.borrow(), [sending(0), sending(1), sending(2), sending(3)]);
        // Another laptop's first run takes the three in.
        let (mut other, other_link, _) = setup();
        let id = other.list_events(None).expect("events")[0].id;
        other.delete_event(id).expect("emptied");
        seen.borrow_mut().clear();
        run_reporting(&mut other, &server, &other_link, &|p| seen.borrow_mut().push((p.phase, p.done, p.total)))
            .expect("second laptop");
        assert_eq!(seen.borrow().first(), Some(&(Phase::Receiving, 0, 3)));
        assert_eq!(seen.borrow().last(), Some(&(Phase::Receiving, 3, 3)));
        seen.borrow_mut().clear();
        let link = store.sync_link(link.id).expect("link");
        run_reporting(&mut store, &server, &link, &|p| seen.borrow_mut().push((p.phase, p.done, p.total)))
            .expect("idle");
        assert!(seen.borrow().is_empty(), "{:?}", seen.borrow());
    }

    #[test]
    fn a_server_gone_half_way_keeps_what_was_done_and_the_next_run_finishes_without_duplicates() {
        let (mut store, link, _) = setup();
        for title in ["Second", "Third"] {
            let mut input = EventInput::from(&store.list_events(None).expect("events")[0]);
            input.title = title.into();
            store.create_event(&input).expect("event");
        }
        let server = Fake { writes_left: RefCell::new(Some(1)), ..Default::default() };
        let e = run(&mut store, &server, &link).expect_err("the server went away");
        assert_eq!(e.kind(), "remote");
        assert!(e.is_user_error() && e.to_string().contains("127.0.0.1:1"), "{e}");
        assert_eq!(server.items.borrow().len(), 1);
        assert_eq!(store.sync_items(link.id).expect("items").len(), 1, "the one sent is recorded");
        *server.writes_left.borrow_mut() = None;
        let link = store.sync_link(link.id).expect("link");
        let r = run(&mut store, &server, &link).expect("next run");
        assert_eq!((r.pushed, r.pulled, r.conflicts), (2, 0, 0), "{r:?}");
        assert_eq!(server.items.borrow().len(), 3);
        assert_eq!(store.list_events(None).expect("events").len(), 3);
    }
}
