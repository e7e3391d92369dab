//! The CalDAV sync state (migrations 13 and 14): accounts (never their passwords), links of a campaign to a remote
//! calendar, each synced item's href, ETag, hash of what was last sent or seen and the server's text then, and the
//! conflicts waiting for a person. The event writes a pull makes go through [`EventWriter`] in the same transaction as the item's new state.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;

use super::event_writer::EventWriter;
use super::{now, Store};
use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct SyncAccount {
    pub id: i64,
    pub url: String,
    pub username: String,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct SyncLink {
    pub id: i64,
    pub account_id: i64,
    pub campaign_id: i64,
    pub calendar_url: String,
    #[serde(skip)]
    pub sync_token: Option<String>,
    pub last_synced: Option<String>,
    pub last_error: Option<String>,
    /// What else went into the texts of the link's events when they were last hashed (migration 17).
    #[serde(skip)]
    pub context_hash: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncItem {
    pub id: i64,
    pub link_id: i64,
    pub uid: String,
    pub event_id: Option<i64>,
    pub href: String,
    pub etag: Option<String>,
    pub local_hash: Option<String>,
    /// When the server last refused this item's local change (403: read-only for the account).
    pub refused: Option<String>,
    /// The event's write number (`event_writes.rev`) when `local_hash` was made from it (migration 17).
    pub hashed_rev: Option<i64>,
    /// The task this item is (migration 17); `None` for an event's item.
    pub task_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncConflict {
    pub item_id: i64,
    pub link_id: i64,
    pub uid: String,
    pub event_id: Option<i64>,
    /// The task in conflict, when the item is a task's.
    pub task_id: Option<i64>,
    pub href: String,
    /// The server's version; `None` when it was deleted there.
    pub remote_ics: Option<String>,
    pub remote_etag: Option<String>,
    /// The event was deleted here while the server's copy changed.
    pub local_deleted: bool,
    pub found_at: String,
}

fn account(r: &Row) -> rusqlite::Result<SyncAccount> {
    Ok(SyncAccount { id: r.get(0)?, url: r.get(1)?, username: r.get(2)?, created_at: r.get(3)? })
}

const LINK: &str = "SELECT id, account_id, campaign_id, calendar_url, sync_token, last_synced, last_error,
       context_hash FROM sync_links";

fn link(r: &Row) -> rusqlite::Result<SyncLink> {
    Ok(SyncLink {
        id: r.get(0)?,
        account_id: r.get(1)?,
        campaign_id: r.get(2)?,
        calendar_url: r.get(3)?,
        sync_token: r.get(4)?,
        last_synced: r.get(5)?,
        last_error: r.get(6)?,
        context_hash: r.get(7)?,
    })
}

fn item(r: &Row) -> rusqlite::Result<SyncItem> {
    Ok(SyncItem {
        id: r.get(0)?,
        link_id: r.get(1)?,
        uid: r.get(2)?,
        event_id: r.get(3)?,
        href: r.get(4)?,
        etag: r.get(5)?,
        local_hash: r.get(6)?,
        refused: r.get(7)?,
        hashed_rev: r.get(8)?,
        task_id: r.get(9)?,
    })
}

const CONFLICT: &str = "SELECT c.item_id, i.link_id, i.uid, i.event_id, i.href, c.remote_ics, c.remote_etag,
       c.local_deleted, c.found_at, i.task_id
     FROM sync_conflicts c JOIN sync_items i ON i.id = c.item_id";

fn conflict(r: &Row) -> rusqlite::Result<SyncConflict> {
    Ok(SyncConflict {
        item_id: r.get(0)?,
        link_id: r.get(1)?,
        uid: r.get(2)?,
        event_id: r.get(3)?,
        href: r.get(4)?,
        remote_ics: r.get(5)?,
        remote_etag: r.get(6)?,
        local_deleted: r.get(7)?,
        found_at: r.get(8)?,
        task_id: r.get(9)?,
    })
}

impl Store {
    pub fn add_sync_account(&mut self, url: &str, username: &str) -> Result<SyncAccount> {
        let existing: Option<i64> = self
            .conn()
            .query_row("SELECT id FROM sync_accounts WHERE url = ?1 AND username = ?2", (url, username), |r| r.get(0))
            .optional()?;
        if let Some(id) = existing {
            return Err(Error::invalid_msg("url", crate::msg!("core-sync-account-exists", id = id)));
        }
        let id = self.write(|tx| {
            tx.execute(
                "INSERT INTO sync_accounts (url, username, created_at) VALUES (?1, ?2, ?3)",
                (url, username, now()),
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.sync_account(id)
    }

    pub fn sync_accounts(&self) -> Result<Vec<SyncAccount>> {
        let mut stmt = self.conn().prepare("SELECT id, url, username, created_at FROM sync_accounts ORDER BY id")?;
        let rows = stmt.query_map([], account)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    pub fn sync_account(&self, id: i64) -> Result<SyncAccount> {
        self.conn()
            .query_row("SELECT id, url, username, created_at FROM sync_accounts WHERE id = ?1", [id], account)
            .optional()?
            .ok_or(Error::NotFound { entity: "sync account", id })
    }

    /// Removes the account with its links and their sync state (the events stay).
    pub fn remove_sync_account(&mut self, id: i64) -> Result<()> {
        self.write(|tx| match tx.execute("DELETE FROM sync_accounts WHERE id = ?1", [id])? {
            0 => Err(Error::NotFound { entity: "sync account", id }),
            _ => Ok(()),
        })
    }

    pub fn add_sync_link(&mut self, account_id: i64, campaign_id: i64, calendar_url: &str) -> Result<SyncLink> {
        self.sync_account(account_id)?;
        self.get_campaign(campaign_id)?;
        if let Some(l) = self.sync_links()?.into_iter().find(|l| l.campaign_id == campaign_id) {
            return Err(Error::invalid_msg(
                "campaign",
                crate::msg!("core-sync-campaign-shared", id = campaign_id, url = &l.calendar_url, link = l.id),
            ));
        }
        // Two campaigns in one calendar would each take in the other's events.
        if let Some(l) = self.sync_links()?.into_iter().find(|l| l.calendar_url == calendar_url) {
            return Err(Error::invalid_msg(
                "calendar",
                crate::msg!("core-sync-calendar-shared", url = calendar_url, id = l.campaign_id, link = l.id),
            ));
        }
        let id = self.write(|tx| {
            tx.execute(
                "INSERT INTO sync_links (account_id, campaign_id, calendar_url, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![account_id, campaign_id, calendar_url, now()],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.sync_link(id)
    }

    pub fn sync_links(&self) -> Result<Vec<SyncLink>> {
        let mut stmt = self.conn().prepare(&format!("{LINK} ORDER BY id"))?;
        let rows = stmt.query_map([], link)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    pub fn sync_link(&self, id: i64) -> Result<SyncLink> {
        self.conn()
            .query_row(&format!("{LINK} WHERE id = ?1"), [id], link)
            .optional()?
            .ok_or(Error::NotFound { entity: "sync link", id })
    }

    /// Stops sharing: the link and its sync state go; the events and the remote calendar stay.
    pub fn remove_sync_link(&mut self, id: i64) -> Result<()> {
        self.write(|tx| match tx.execute("DELETE FROM sync_links WHERE id = ?1", [id])? {
            0 => Err(Error::NotFound { entity: "sync link", id }),
            _ => Ok(()),
        })
    }

    /// Records the outcome of a run: the new token (when the pull completed) and the time or the error.
    pub fn finish_sync_run(&mut self, id: i64, token: Option<&str>, error: Option<&str>) -> Result<()> {
        self.write(|tx| {
            if let Some(token) = token {
                tx.execute("UPDATE sync_links SET sync_token = ?2 WHERE id = ?1", params![id, token])?;
            }
            match error {
                None => tx.execute(
                    "UPDATE sync_links SET last_synced = ?2, last_error = NULL WHERE id = ?1",
                    params![id, now()],
                )?,
                Some(e) => tx.execute("UPDATE sync_links SET last_error = ?2 WHERE id = ?1", params![id, e])?,
            };
            Ok(())
        })
    }

    /// Records what else went into the texts of the link's events, once each of them was hashed with it.
    pub fn set_sync_context(&mut self, id: i64, hash: &str) -> Result<()> {
        self.write(|tx| {
            Ok(tx.execute("UPDATE sync_links SET context_hash = ?2 WHERE id = ?1", params![id, hash]).map(|_| ())?)
        })
    }

    /// `(id, uid, write number)` of each event of a campaign: what tells the sync which events changed since it
    /// last hashed them, without making their texts.
    pub fn event_revs(&self, campaign_id: i64) -> Result<Vec<(i64, String, i64)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT e.id, e.uid, coalesce(w.rev, 0) FROM events e LEFT JOIN event_writes w ON w.event_id = e.id
             WHERE e.campaign_id = ?1",
        )?;
        let rows = stmt.query_map([campaign_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Forgets the token: the next pull lists the whole calendar.
    pub fn reset_sync_token(&mut self, id: i64) -> Result<()> {
        self.write(|tx| Ok(tx.execute("UPDATE sync_links SET sync_token = NULL WHERE id = ?1", [id]).map(|_| ())?))
    }

    pub fn sync_items(&self, link_id: i64) -> Result<Vec<SyncItem>> {
        let mut stmt = self.conn().prepare(
            "SELECT id, link_id, uid, event_id, href, etag, local_hash, refused, hashed_rev, task_id
             FROM sync_items WHERE link_id = ?1
             ORDER BY id",
        )?;
        let rows = stmt.query_map([link_id], item)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The item of an event by the id it has here, or else by the id it had before it was deleted here (SQLite may
    /// give a deleted event's id to a new one: the event that has the id now comes first).
    pub fn sync_item_of_event(&self, event_id: i64) -> Result<Option<SyncItem>> {
        let columns =
            "SELECT id, link_id, uid, event_id, href, etag, local_hash, refused, hashed_rev, task_id FROM sync_items";
        let uid: Option<String> =
            self.conn().query_row("SELECT uid FROM events WHERE id = ?1", [event_id], |r| r.get(0)).optional()?;
        let found = match uid {
            Some(uid) => self.conn().query_row(&format!("{columns} WHERE uid = ?1"), [uid], item),
            None => self.conn().query_row(
                &format!(
                    "{columns} WHERE event_id = ?1
                     AND NOT EXISTS (SELECT 1 FROM events e WHERE e.uid = sync_items.uid) ORDER BY id DESC LIMIT 1"
                ),
                [event_id],
                item,
            ),
        };
        Ok(found.optional()?)
    }

    /// The server's last text of an item (migration 14), what [`crate::sync::carry`] takes other clients' properties
    /// from. Read one at a time: a calendar of 10,000 events does not hold every text in memory during a run.
    pub fn sync_item_text(&self, item_id: i64) -> Result<Option<String>> {
        Ok(self
            .conn()
            .query_row("SELECT remote_ics FROM sync_items WHERE id = ?1", [item_id], |r| r.get(0))
            .optional()?
            .flatten())
    }

    /// Conflicts waiting for a decision, of one link or all.
    pub fn sync_conflicts(&self, link_id: Option<i64>) -> Result<Vec<SyncConflict>> {
        let mut stmt =
            self.conn().prepare(&format!("{CONFLICT} WHERE ?1 IS NULL OR i.link_id = ?1 ORDER BY c.item_id"))?;
        let rows = stmt.query_map([link_id], conflict)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Writes the item state (and any conflict change) alone, when no event changes with it.
    pub fn sync_state(&mut self, f: impl FnOnce(&mut EventWriter) -> Result<()>) -> Result<()> {
        self.import_batch(f, |_| true)
    }
}

impl EventWriter<'_> {
    /// Creates or replaces the item of `uid` in the link (a refusal recorded for it is over). `local_hash` is the
    /// hash of our text of the event at write number `hashed_rev`, when both are known.
    #[allow(clippy::too_many_arguments)]
    pub fn put_sync_item(
        &mut self,
        link_id: i64,
        uid: &str,
        event_id: Option<i64>,
        href: &str,
        etag: Option<&str>,
        local_hash: Option<&str>,
        hashed_rev: Option<i64>,
    ) -> Result<i64> {
        put_item(self.tx, link_id, uid, event_id, href, etag, local_hash, hashed_rev.filter(|_| local_hash.is_some()))
    }

    /// Marks the item as the task `task_id`'s.
    pub fn put_sync_task(&mut self, item_id: i64, task_id: i64) -> Result<()> {
        self.tx.execute("UPDATE sync_items SET task_id = ?2 WHERE id = ?1", [item_id, task_id])?;
        Ok(())
    }

    /// Records that the item's hash is still that of its event at write number `rev` (hashed again, unchanged).
    pub fn put_sync_hashed(&mut self, item_id: i64, rev: i64) -> Result<()> {
        self.tx.execute("UPDATE sync_items SET hashed_rev = ?2 WHERE id = ?1", [item_id, rev])?;
        Ok(())
    }

    /// Forgets when the item was hashed: the next run makes its event's text again.
    pub fn forget_sync_hashed(&mut self, item_id: i64) -> Result<()> {
        self.tx.execute("UPDATE sync_items SET hashed_rev = NULL WHERE id = ?1", [item_id])?;
        Ok(())
    }

    /// The event's write number now (migration 11), read in this transaction.
    pub fn event_rev(&mut self, event_id: i64) -> Result<Option<i64>> {
        Ok(self
            .tx
            .query_row("SELECT rev FROM event_writes WHERE event_id = ?1", [event_id], |r| r.get(0))
            .optional()?)
    }

    /// Records the server's text of an item as just fetched or sent (`None`: not known).
    pub fn put_sync_text(&mut self, item_id: i64, text: Option<&str>) -> Result<()> {
        self.tx.execute("UPDATE sync_items SET remote_ics = ?2 WHERE id = ?1", params![item_id, text])?;
        Ok(())
    }

    /// Records that the server refused the item's local change (403), now.
    pub fn put_sync_refused(&mut self, item_id: i64) -> Result<()> {
        self.tx.execute("UPDATE sync_items SET refused = ?2 WHERE id = ?1", params![item_id, now()])?;
        Ok(())
    }

    pub fn delete_sync_item(&mut self, item_id: i64) -> Result<()> {
        self.tx.execute("DELETE FROM sync_items WHERE id = ?1", [item_id])?;
        Ok(())
    }

    pub fn put_sync_conflict(
        &mut self,
        item_id: i64,
        remote_ics: Option<&str>,
        remote_etag: Option<&str>,
        local_deleted: bool,
    ) -> Result<()> {
        self.tx.execute(
            "INSERT INTO sync_conflicts (item_id, remote_ics, remote_etag, local_deleted, found_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (item_id) DO UPDATE SET remote_ics = excluded.remote_ics,
               remote_etag = excluded.remote_etag, local_deleted = excluded.local_deleted",
            params![item_id, remote_ics, remote_etag, local_deleted, now()],
        )?;
        Ok(())
    }

    pub fn delete_sync_conflict(&mut self, item_id: i64) -> Result<()> {
        self.tx.execute("DELETE FROM sync_conflicts WHERE item_id = ?1", [item_id])?;
        Ok(())
    }

    /// Removes every changed instance of an event (a pulled series brings its own).
    pub fn clear_changes(&mut self, event_id: i64) -> Result<()> {
        self.tx.execute("DELETE FROM occurrence_changes WHERE event_id = ?1", [event_id])?;
        Ok(())
    }

    /// Deletes an event deleted on the server (its changed instances and roles go with it).
    pub fn delete_event(&mut self, event_id: i64) -> Result<()> {
        self.tx.execute("DELETE FROM events WHERE id = ?1", [event_id])?;
        Ok(())
    }

    /// Sets the event's SEQUENCE to the server's, so an unchanged pulled event is not sent back as a new version.
    pub fn set_sequence(&mut self, event_id: i64, sequence: i64) -> Result<()> {
        self.tx.execute("UPDATE events SET sequence = ?2 WHERE id = ?1", [event_id, sequence.max(0)])?;
        Ok(())
    }
}

#[allow(clippy::too_many_arguments)]
fn put_item(
    tx: &Connection,
    link_id: i64,
    uid: &str,
    event_id: Option<i64>,
    href: &str,
    etag: Option<&str>,
    local_hash: Option<&str>,
    hashed_rev: Option<i64>,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO sync_items (link_id, uid, event_id, href, etag, local_hash, hashed_rev)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (link_id, uid) DO UPDATE SET event_id = excluded.event_id, href = excluded.href,
           etag = excluded.etag, local_hash = excluded.local_hash, hashed_rev = excluded.hashed_rev, refused = NULL",
        params![link_id, uid, event_id, href, etag, local_hash, hashed_rev],
    )?;
    Ok(tx.query_row("SELECT id FROM sync_items WHERE link_id = ?1 AND uid = ?2", params![link_id, uid], |r| r.get(0))?)
}
