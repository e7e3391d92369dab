//! The `announcements` table: composed announcements kept with their campaign.

use rusqlite::{named_params, Connection, OptionalExtension, Row};

use super::{now, Store};
use crate::domain::{SavedAnnouncement, SavedAnnouncementInput};
use crate::error::{Error, Result};

const SELECT: &str = "SELECT id, campaign_id, event_id, occurrence, platform, lang, text, created_at, updated_at
                        FROM announcements";

fn from_row(r: &Row) -> rusqlite::Result<SavedAnnouncement> {
    Ok(SavedAnnouncement {
        id: r.get(0)?,
        campaign_id: r.get(1)?,
        event_id: r.get(2)?,
        occurrence: r.get(3)?,
        platform: r.get(4)?,
        lang: r.get(5)?,
        text: r.get(6)?,
        created_at: r.get(7)?,
        updated_at: r.get(8)?,
    })
}

impl Store {
    /// A campaign's announcements, the most recently edited first.
    pub fn list_announcements(&self, campaign_id: i64) -> Result<Vec<SavedAnnouncement>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("{SELECT} WHERE campaign_id = ?1 ORDER BY updated_at DESC, id DESC"))?;
        let rows = stmt.query_map([campaign_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn save_announcement(&mut self, input: &SavedAnnouncementInput) -> Result<SavedAnnouncement> {
        let v = input.validated()?;
        self.write(|tx| {
            let exists = |sql: &str, id: i64| -> Result<bool> { Ok(tx.query_row(sql, [id], |r| r.get(0))?) };
            if !exists("SELECT EXISTS (SELECT 1 FROM campaigns WHERE id = ?1)", v.campaign_id)? {
                return Err(Error::missing("campaign_id", "campaign", v.campaign_id));
            }
            if let Some(e) = v.event_id {
                if !exists("SELECT EXISTS (SELECT 1 FROM events WHERE id = ?1)", e)? {
                    return Err(Error::missing("event_id", "event", e));
                }
            }
            let at = now();
            tx.execute(
                "INSERT INTO announcements (campaign_id, event_id, occurrence, platform, lang, text, created_at, updated_at)
                 VALUES (:campaign, :event, :occurrence, :platform, :lang, :text, :at, :at)",
                named_params! {
                    ":campaign": v.campaign_id, ":event": v.event_id, ":occurrence": v.occurrence,
                    ":platform": v.platform, ":lang": v.lang, ":text": v.text, ":at": at,
                },
            )?;
            get(tx, tx.last_insert_rowid())
        })
    }

    /// Replaces the text (the rest of an announcement says what it was composed from, and stays).
    pub fn update_announcement_text(&mut self, id: i64, text: &str) -> Result<SavedAnnouncement> {
        let mut c = crate::validate::Checker::new();
        let text = c.required("text", text, 70_000);
        c.finish()?;
        self.write(|tx| {
            get(tx, id)?;
            tx.execute("UPDATE announcements SET text = ?1, updated_at = ?2 WHERE id = ?3", (&text, now(), id))?;
            get(tx, id)
        })
    }

    pub fn delete_announcement(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            if tx.execute("DELETE FROM announcements WHERE id = ?1", [id])? == 0 {
                return Err(Error::NotFound { entity: "announcement", id });
            }
            Ok(())
        })
    }
}

fn get(conn: &Connection, id: i64) -> Result<SavedAnnouncement> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound { entity: "announcement", id })
}
