//! The linked campaign's tasks in a run: one VTODO resource each, under the same rules as events. A task changed here
//! when our text of it hashes differently from what was last sent or taken in, on the server when its ETag moved;
//! both at once (or a deletion against an edit, or a 412) is a conflict a person settles. Tasks are few (a checklist,
//! not a calendar), so each run writes out and hashes every one of them.

use std::collections::{HashMap, HashSet};

use super::client::DavError;
use super::engine::{fatal, Run, PULL_ERROR};
use super::item::{self, Context};
use crate::domain::{Task, TaskInput};
use crate::error::Result;
use crate::ics::ParsedTodo;
use crate::store::{EventWriter, Store, SyncItem, SyncLink};

/// Puts a task as the server has it over `existing` (or as a new task of the link's campaign), and records the item
/// as in sync with that text; `then` runs in the same transaction. A task whose title cannot be kept (too long) is
/// `Ok(Err(why))`: nothing is written for it.
pub(super) fn take_task(
    store: &mut Store,
    link: &SyncLink,
    ctx: &Context,
    (href, etag, text): (&str, &str, &str),
    todo: &ParsedTodo,
    existing: Option<&Task>,
    then: impl FnOnce(&mut EventWriter) -> Result<()>,
) -> Result<std::result::Result<i64, crate::Error>> {
    let input = TaskInput {
        campaign_id: link.campaign_id,
        // Untitled in another client: a checklist line needs words.
        title: if todo.title.is_empty() { format!("({})", todo.uid) } else { todo.title.clone() },
        due_date: todo.due_date.clone(),
        owner_id: existing.and_then(|t| t.owner_id),
    };
    if let Err(e) = input.validated() {
        return Ok(Err(e));
    }
    // Done "without saying when" in another client: now, when it was open here; the time it has here, when it was
    // done here already.
    let done_at = match todo.done_at.as_deref() {
        Some("") => Some(existing.and_then(|t| t.done_at.clone()).unwrap_or_else(crate::store::now)),
        other => other.map(str::to_string),
    };
    let (link_id, campaign) = (link.id, link.campaign_id);
    let id = store.import_batch(
        |w| {
            let task = w.put_remote_task(
                campaign,
                existing.map(|t| t.id),
                &todo.uid,
                &input,
                done_at.as_deref(),
                todo.sequence,
            )?;
            let hash = item::hash(&item::task_text(&task, ctx));
            let item = w.put_sync_item(link_id, &task.uid, None, href, Some(etag), Some(&hash), None)?;
            w.put_sync_task(item, task.id)?;
            w.put_sync_text(item, Some(text))?;
            then(w)?;
            Ok(task.id)
        },
        |_| true,
    )?;
    Ok(Ok(id))
}

/// The tasks' share of a push: `(task, its item, our text, its hash)` to send, and the items of tasks deleted here.
pub(super) struct TaskWork {
    sends: Vec<(Task, Option<SyncItem>, String, String)>,
    deletions: Vec<SyncItem>,
}

impl TaskWork {
    /// Requests this work makes of the server.
    pub(super) fn requests(&self) -> usize {
        self.sends.len() + self.deletions.iter().filter(|i| i.etag.is_some()).count()
    }
}

impl Run<'_> {
    fn tasks(&self) -> Result<HashMap<String, Task>> {
        Ok(self.store.list_tasks(Some(self.link.campaign_id))?.into_iter().map(|t| (t.uid.clone(), t)).collect())
    }

    fn task_hash(&self, task: &Task) -> String {
        item::hash(&item::task_text(task, &self.ctx))
    }

    /// Records both versions of a task: ours stays, the server's is kept beside it.
    fn task_conflict(
        &mut self,
        uid: &str,
        task_id: i64,
        href: &str,
        remote: Option<(&str, &str)>,
        local_deleted: bool,
    ) -> Result<()> {
        self.conflict(uid, None, href, remote.map(|r| r.0), remote.map(|r| r.1), local_deleted)?;
        self.mark_task(uid, task_id)
    }

    fn mark_task(&mut self, uid: &str, task_id: i64) -> Result<()> {
        let Some(item) = self.store.sync_items(self.link.id)?.into_iter().find(|i| i.uid == uid) else { return Ok(()) };
        self.store.sync_state(|w| w.put_sync_task(item.id, task_id))
    }

    /// Takes in a task resource the pull fetched.
    pub(super) fn pull_task(
        &mut self,
        (href, etag, text): (&str, &str, &str),
        items: &[SyncItem],
        conflicted: &HashSet<i64>,
    ) -> Result<()> {
        let todo = match item::read_task(text, self.zone) {
            Ok(t) => t,
            // A journal entry: not ours, left on the server untouched.
            Err(why) if why == item::NO_TASK => return Ok(()),
            Err(why) => {
                self.report.errors.push(format!("{PULL_ERROR}{href}: {why}"));
                return Ok(());
            }
        };
        let known = items.iter().find(|i| i.href == href).or_else(|| items.iter().find(|i| i.uid == todo.uid));
        let here = self.tasks()?.remove(&todo.uid);
        match (known, here) {
            (Some(i), _) if conflicted.contains(&i.id) => {
                self.store.sync_state(|w| w.put_sync_conflict(i.id, Some(text), Some(etag), false))?;
            }
            // Here and there, never synced together.
            (None, Some(t)) => self.task_conflict(&todo.uid, t.id, href, Some((text, etag)), false)?,
            (None, None) => self.take_task_in((href, etag, text), &todo, None)?,
            (Some(i), Some(t)) if i.local_hash.as_deref() == Some(self.task_hash(&t).as_str()) => {
                self.take_task_in((href, etag, text), &todo, Some(&t))?
            }
            (Some(i), Some(t)) => self.task_conflict(&i.uid, t.id, href, Some((text, etag)), false)?,
            (Some(i), None) => {
                let task_id = i.task_id.unwrap_or_default();
                self.task_conflict(&i.uid, task_id, href, Some((text, etag)), true)?
            }
        }
        Ok(())
    }

    fn take_task_in(&mut self, remote: (&str, &str, &str), todo: &ParsedTodo, existing: Option<&Task>) -> Result<()> {
        match take_task(self.store, self.link, &self.ctx, remote, todo, existing, |_| Ok(()))? {
            Ok(_) => self.report.pulled += 1,
            Err(why) => self.report.errors.push(format!("{PULL_ERROR}{} ('{}'): {why}", remote.0, todo.uid)),
        }
        Ok(())
    }

    /// A task's resource deleted on the server: the task goes here too, unless it changed here since.
    pub(super) fn task_gone(&mut self, i: &SyncItem) -> Result<()> {
        match self.tasks()?.remove(&i.uid) {
            Some(t) if i.local_hash.as_deref() == Some(self.task_hash(&t).as_str()) => {
                let item_id = i.id;
                self.store.sync_state(|w| {
                    w.delete_task(t.id)?;
                    w.delete_sync_item(item_id)
                })?;
                self.report.deleted += 1;
            }
            Some(t) => self.task_conflict(&i.uid, t.id, &i.href, None, false)?,
            None => {
                let item_id = i.id;
                self.store.sync_state(|w| w.delete_sync_item(item_id))?;
            }
        }
        Ok(())
    }

    /// What the push has to do for tasks: those new or changed here, with their texts, and the items of those deleted
    /// here.
    pub(super) fn task_work(&self, items: &[SyncItem], conflicted: &HashSet<i64>) -> Result<TaskWork> {
        let tasks = self.tasks()?;
        let by_uid: HashMap<&str, &SyncItem> = items.iter().map(|i| (i.uid.as_str(), i)).collect();
        let mut sends = Vec::new();
        for task in tasks.values() {
            let item = by_uid.get(task.uid.as_str()).copied();
            let text = item::task_text(task, &self.ctx);
            let hash = item::hash(&text);
            if item.is_some_and(|i| conflicted.contains(&i.id) || i.local_hash.as_ref() == Some(&hash)) {
                continue;
            }
            sends.push((task.clone(), item.cloned(), text, hash));
        }
        sends.sort_by_key(|s| s.0.id);
        let deletions = items
            .iter()
            .filter(|i| i.task_id.is_some() && !tasks.contains_key(&i.uid) && !conflicted.contains(&i.id))
            .cloned()
            .collect();
        Ok(TaskWork { sends, deletions })
    }

    /// Sends the tasks new or changed here and the deletions, each conditional on the server's version.
    pub(super) fn push_tasks(&mut self, work: TaskWork) -> Result<()> {
        for (task, item, text, hash) in &work.sends {
            self.advanced();
            let item = item.as_ref();
            let href = match item {
                Some(i) => i.href.clone(),
                None => format!("{}{}", self.collection, item::file_name(&task.uid)),
            };
            let sent = match item.and_then(|i| i.etag.as_deref()) {
                Some(etag) => self.server.update(&href, text, etag),
                None => self.server.create(&href, text),
            };
            match sent {
                Ok(etag) => {
                    let etag = match etag {
                        Some(e) => e,
                        None => self.server.etag(&href).map_err(fatal)?,
                    };
                    let (link, uid, id) = (self.link.id, task.uid.clone(), task.id);
                    self.store.sync_state(|w| {
                        let item = w.put_sync_item(link, &uid, None, &href, Some(&etag), Some(hash), None)?;
                        w.put_sync_task(item, id)?;
                        w.put_sync_text(item, Some(text))
                    })?;
                    self.report.pushed += 1;
                    self.wrote = true;
                }
                Err(DavError::Changed) => {
                    self.changed_meanwhile(&task.uid, None, &href, false)?;
                    self.mark_task(&task.uid, task.id)?;
                }
                Err(DavError::NotFound) => self.task_conflict(&task.uid, task.id, &href, None, false)?,
                Err(DavError::Forbidden) => {
                    let (link, uid, id) = (self.link.id, task.uid.clone(), task.id);
                    self.store.sync_state(|w| {
                        let item = match item {
                            Some(i) => i.id,
                            None => w.put_sync_item(link, &uid, None, &href, None, None, None)?,
                        };
                        w.put_sync_task(item, id)?;
                        w.put_sync_refused(item)
                    })?;
                    self.refusal(format!(
                        "the task '{}' was changed here but the calendar is read-only for this account (403): the \
                         change is kept here only",
                        task.title
                    ))
                }
                Err(e) => return Err(fatal(e)),
            }
        }
        for i in &work.deletions {
            self.delete_remote(i, None, || {
                format!(
                    "a task ({}) was deleted here but the calendar is read-only for this account (403): it stays on \
                     the server",
                    i.uid
                )
            })?;
        }
        Ok(())
    }
}

/// [`super::resolve`] for a task's conflict: keeping the server's version writes it over the task (or deletes the
/// task, when the server deleted it); keeping ours sends it on the next run, over the server's version or in its
/// place.
pub(super) fn resolve_task(
    store: &mut Store,
    conflict: &crate::store::SyncConflict,
    link: &SyncLink,
    zone: chrono_tz::Tz,
    keep: super::Keep,
) -> Result<()> {
    let existing = store.list_tasks(Some(link.campaign_id))?.into_iter().find(|t| t.uid == conflict.uid);
    let item_id = conflict.item_id;
    match keep {
        super::Keep::Local => store.sync_state(|w| {
            w.put_sync_item(link.id, &conflict.uid, None, &conflict.href, conflict.remote_etag.as_deref(), None, None)?;
            w.put_sync_text(item_id, conflict.remote_ics.as_deref())?;
            if existing.is_none() && conflict.remote_etag.is_none() {
                // Deleted on both sides in the end: nothing left to sync.
                w.delete_sync_item(item_id)?;
            }
            w.delete_sync_conflict(item_id)
        }),
        super::Keep::Remote => match (&conflict.remote_ics, &conflict.remote_etag) {
            (Some(text), Some(etag)) => {
                let todo = item::read_task(text, zone).map_err(|why| {
                    crate::Error::invalid_msg("remote", crate::msg!("core-sync-task-unreadable", reason = why))
                })?;
                let ctx = Context {
                    campaigns: store.list_campaigns(None)?,
                    organisations: store.list_organisations(None)?,
                    partner_zones: store.partner_zones()?,
                };
                let taken =
                    take_task(store, link, &ctx, (&conflict.href, etag, text), &todo, existing.as_ref(), |w| {
                        w.delete_sync_conflict(item_id)
                    })?;
                // The task's own checks, catalogued: what the server's version lacks to be a task here.
                taken.map(|_| ())
            }
            _ => store.sync_state(|w| {
                if let Some(t) = &existing {
                    w.delete_task(t.id)?;
                }
                w.delete_sync_item(item_id)
            }),
        },
    }
}
