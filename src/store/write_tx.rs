//! A write handle on one open transaction: the store's writes, composable, so a use case that makes several of them
//! (split a series, then edit the new one) lands whole or not at all (see [`Store::transaction`]).

use rusqlite::Transaction;

use super::{campaigns, events, Store};
use crate::domain::{Campaign, Event, EventInput};
use crate::error::Result;

/// Reads and writes inside one IMMEDIATE transaction, opened by [`Store::transaction`]. Every method sees the
/// writes made before it in the same transaction; nothing is committed until the closure returns `Ok`.
pub struct WriteTx<'a> {
    pub(super) tx: &'a Transaction<'a>,
}

impl Store {
    /// Runs `f` with a [`WriteTx`] in one IMMEDIATE transaction: everything it writes lands, or (on any error,
    /// validation included) nothing does — the database is left as it was.
    pub fn transaction<T>(&mut self, f: impl FnOnce(&mut WriteTx) -> Result<T>) -> Result<T> {
        self.write(|tx| f(&mut WriteTx { tx }))
    }
}

impl WriteTx<'_> {
    pub fn get_event(&self, id: i64) -> Result<Event> {
        events::get(self.tx, id)
    }

    pub fn get_campaign(&self, id: i64) -> Result<Campaign> {
        campaigns::get(self.tx, id)
    }

    /// Creates an event with a new UID (the input validated first).
    pub fn create_event(&mut self, input: &EventInput) -> Result<Event> {
        let v = input.validated()?;
        events::insert(self.tx, &v, &events::new_uid())
    }

    /// Replaces the event's fields (the input validated first); see [`Store::update_event`].
    pub fn update_event(&mut self, id: i64, input: &EventInput) -> Result<Event> {
        let v = input.validated()?;
        events::update(self.tx, id, &v)
    }

    /// "This and following": see [`Store::split_series`].
    pub fn split_series(&mut self, id: i64, recurrence_id: &str) -> Result<(Event, Event)> {
        events::split(self.tx, id, recurrence_id)
    }
}
