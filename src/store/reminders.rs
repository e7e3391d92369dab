//! The events that have reminders, for the app's reminder clock (it asks every half minute, so this must not read
//! the whole calendar).

use super::events::{from_row, COLUMNS};
use super::{occurrence_changes, Store};
use crate::domain::Event;
use crate::error::Result;

impl Store {
    pub fn events_with_reminders(&self) -> Result<Vec<Event>> {
        let sql = format!("SELECT {COLUMNS} FROM events WHERE reminders <> '[]' AND status <> 'cancelled' ORDER BY id");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let mut list: Vec<Event> = stmt.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?;
        for e in &mut list {
            // Changes matter (a moved or cancelled instance moves or silences its reminder); roles do not.
            e.changes = occurrence_changes::load(self.conn(), e.id)?;
        }
        Ok(list)
    }
}
