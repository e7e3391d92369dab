//! The `reminders_sent` table: the reminders to people a coordinator has marked as sent, per occurrence (its actual
//! local start), invitee and kind, so the "reminders to send" list drops what was done.

use super::{now, Store};
use crate::domain::{Invitee, ReminderKind};
use crate::error::Result;

impl Store {
    /// What was sent for one occurrence: each invitee and kind, with when it was marked.
    pub fn reminders_sent(&self, event_id: i64, occurrence: &str) -> Result<Vec<(Invitee, ReminderKind, String)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT organisation_id, person_id, kind, sent_at FROM reminders_sent
             WHERE event_id = ?1 AND occurrence = ?2",
        )?;
        let rows = stmt.query_map((event_id, occurrence), |r| {
            Ok((Invitee { organisation_id: r.get(0)?, person_id: r.get(1)? }, r.get(2)?, r.get(3)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Marks a reminder sent (`sent`), or takes the mark back.
    pub fn mark_reminder_sent(
        &mut self,
        event_id: i64,
        occurrence: &str,
        invitee: &Invitee,
        kind: ReminderKind,
        sent: bool,
    ) -> Result<()> {
        self.write(|tx| {
            if sent {
                tx.prepare_cached(
                    "INSERT INTO reminders_sent (event_id, occurrence, organisation_id, person_id, kind, sent_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
                )?
                .execute((
                    event_id,
                    occurrence,
                    invitee.organisation_id,
                    invitee.person_id,
                    kind,
                    now(),
                ))?;
            } else {
                tx.prepare_cached(
                    "DELETE FROM reminders_sent WHERE event_id = ?1 AND occurrence = ?2 AND organisation_id IS ?3
                       AND person_id IS ?4 AND kind = ?5",
                )?
                .execute((event_id, occurrence, invitee.organisation_id, invitee.person_id, kind))?;
            }
            Ok(())
        })
    }
}
