//! The `settings` table: one JSON value per key, read into [`Settings`] with defaults for keys never set.

use rusqlite::OptionalExtension;

use super::Store;
use crate::domain::Settings;
use crate::error::Result;

const KEY: &str = "settings";

impl Store {
    pub fn settings(&self) -> Result<Settings> {
        let text: Option<String> =
            self.conn().query_row("SELECT value FROM settings WHERE key = ?1", [KEY], |r| r.get(0)).optional()?;
        match text {
            None => Ok(Settings::default()),
            Some(t) => Ok(super::from_json(0, t)?),
        }
    }

    /// The zones whose local times are shown beside events: the chosen ones, else the organisations' zones.
    pub fn partner_zones(&self) -> Result<Vec<chrono_tz::Tz>> {
        let chosen = self.settings()?.partner_zones;
        let names = if chosen.is_empty() { self.organisation_zones()? } else { chosen };
        // Names were validated on the way in; one that no longer parses (tzdata renamed it) is skipped, not fatal.
        Ok(names.iter().filter_map(|n| n.parse().ok()).collect())
    }

    pub fn save_settings(&mut self, settings: &Settings) -> Result<Settings> {
        let v = settings.validated()?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (KEY, serde_json::to_string(&v).unwrap_or_default()),
            )?;
            Ok(())
        })?;
        Ok(v)
    }
}
