//! Subscribed calendars (migration 15): each feed's address, name, colour and the outcome of its last refresh, and
//! its events as last read. Kept apart from `events`, so nothing here is exported, synced, searched or edited.

use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

use super::{from_json, now, to_json, Store};
use crate::domain::{EventInput, OccurrenceChange};
use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Subscription {
    pub id: i64,
    /// Where the feed is read from (`webcal://` written as `https://`).
    pub url: String,
    pub name: String,
    /// `#rrggbb`, the colour its events have in the calendar.
    pub colour: String,
    /// When the feed was last read and stored whole (UTC, RFC 3339); `None` before the first good read.
    pub last_fetched: Option<String>,
    /// When a refresh was last attempted, good or not.
    pub last_tried: Option<String>,
    /// The last attempt's problem; `None` after a good one.
    pub last_error: Option<String>,
    /// How many events (series count once) the last good copy holds.
    pub events: i64,
}

/// One event of a feed as stored: its input form (checked when it was read) and its changed instances.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedEvent {
    pub uid: String,
    pub input: EventInput,
    pub changes: Vec<OccurrenceChange>,
}

const SELECT: &str = "SELECT s.id, s.url, s.name, s.colour, s.last_fetched, s.last_tried, s.last_error,
       (SELECT count(*) FROM subscription_events e WHERE e.subscription_id = s.id)
     FROM subscriptions s";

fn subscription(r: &Row) -> rusqlite::Result<Subscription> {
    Ok(Subscription {
        id: r.get(0)?,
        url: r.get(1)?,
        name: r.get(2)?,
        colour: r.get(3)?,
        last_fetched: r.get(4)?,
        last_tried: r.get(5)?,
        last_error: r.get(6)?,
        events: r.get(7)?,
    })
}

impl Store {
    /// Adds a subscription with the events of its first good read, in one transaction.
    pub fn add_subscription(
        &mut self,
        url: &str,
        name: &str,
        colour: &str,
        events: &[FeedEvent],
    ) -> Result<Subscription> {
        if let Some(s) = self.subscriptions()?.into_iter().find(|s| s.url == url) {
            return Err(Error::invalid_msg(
                "url",
                crate::msg!("core-already-subscribed-as", name = &s.name, id = s.id),
            ));
        }
        let id = self.write(|tx| {
            let at = now();
            tx.execute(
                "INSERT INTO subscriptions (url, name, colour, last_fetched, last_tried, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?4, ?4)",
                params![url, name, colour, at],
            )?;
            let id = tx.last_insert_rowid();
            put_events(tx, id, events)?;
            Ok(id)
        })?;
        self.subscription(id)
    }

    pub fn subscriptions(&self) -> Result<Vec<Subscription>> {
        let mut stmt = self.conn().prepare(&format!("{SELECT} ORDER BY s.name COLLATE NOCASE, s.id"))?;
        let rows = stmt.query_map([], subscription)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    pub fn subscription(&self, id: i64) -> Result<Subscription> {
        self.conn()
            .query_row(&format!("{SELECT} WHERE s.id = ?1"), [id], subscription)
            .optional()?
            .ok_or(Error::NotFound { entity: "subscription", id })
    }

    /// Renames or recolours a subscription (values already checked).
    pub fn edit_subscription(&mut self, id: i64, name: &str, colour: &str) -> Result<Subscription> {
        self.write(|tx| {
            match tx
                .execute("UPDATE subscriptions SET name = ?2, colour = ?3 WHERE id = ?1", params![id, name, colour])?
            {
                0 => Err(Error::NotFound { entity: "subscription", id }),
                _ => Ok(()),
            }
        })?;
        self.subscription(id)
    }

    /// Replaces a subscription's events with a new good read, in one transaction.
    pub fn replace_subscription_events(&mut self, id: i64, events: &[FeedEvent]) -> Result<Subscription> {
        self.subscription(id)?;
        self.write(|tx| {
            tx.execute("DELETE FROM subscription_events WHERE subscription_id = ?1", [id])?;
            put_events(tx, id, events)?;
            tx.execute(
                "UPDATE subscriptions SET last_fetched = ?2, last_tried = ?2, last_error = NULL WHERE id = ?1",
                params![id, now()],
            )?;
            Ok(())
        })?;
        self.subscription(id)
    }

    /// Records a failed refresh; the events stay as they were.
    pub fn subscription_failed(&mut self, id: i64, error: &str) -> Result<Subscription> {
        self.write(|tx| {
            match tx.execute(
                "UPDATE subscriptions SET last_tried = ?2, last_error = ?3 WHERE id = ?1",
                params![id, now(), error],
            )? {
                0 => Err(Error::NotFound { entity: "subscription", id }),
                _ => Ok(()),
            }
        })?;
        self.subscription(id)
    }

    /// Removes a subscription and its events.
    pub fn remove_subscription(&mut self, id: i64) -> Result<()> {
        self.write(|tx| match tx.execute("DELETE FROM subscriptions WHERE id = ?1", [id])? {
            0 => Err(Error::NotFound { entity: "subscription", id }),
            _ => Ok(()),
        })
    }

    /// Every subscription's events, with the subscription's id.
    pub fn subscription_events(&self) -> Result<Vec<(i64, FeedEvent)>> {
        let mut stmt = self.conn().prepare(
            "SELECT subscription_id, uid, event, changes FROM subscription_events ORDER BY subscription_id, id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    FeedEvent { uid: r.get(1)?, input: from_json(2, r.get(2)?)?, changes: from_json(3, r.get(3)?)? },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

fn put_events(tx: &rusqlite::Transaction, id: i64, events: &[FeedEvent]) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO subscription_events (subscription_id, uid, event, changes) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (subscription_id, uid) DO UPDATE SET event = excluded.event, changes = excluded.changes",
    )?;
    for e in events {
        stmt.execute(params![id, e.uid, to_json(&e.input), to_json(&e.changes)])?;
    }
    Ok(())
}
