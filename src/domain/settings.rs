use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::validate::Checker;

/// The user's preferences, kept in the database so they travel with it (and with its backups).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct Settings {
    /// The zone the calendar is shown in by default.
    pub home_zone: String,
    /// BCP 47 locale for dates, times and (later) the interface language.
    pub locale: String,
    /// Zones whose local times are shown beside every event; empty means "the organisations' zones".
    pub partner_zones: Vec<String>,
    /// How many automatic daily backups to keep.
    pub backups_keep: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { home_zone: "UTC".into(), locale: "en".into(), partner_zones: Vec::new(), backups_keep: 14 }
    }
}

impl Settings {
    pub fn validated(&self) -> Result<Settings> {
        let mut c = Checker::new();
        let home_zone = c.zone("home_zone", &self.home_zone);
        let partner_zones = self.partner_zones.iter().map(|z| c.zone("partner_zones", z)).collect();
        let locale = c.required("locale", &self.locale, 35);
        if !locale.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-') {
            c.fail("locale", format!("'{locale}' is not a language tag (e.g. en, fr-CA, tl)"));
        }
        if !(1..=365).contains(&self.backups_keep) {
            c.fail("backups_keep", "must be between 1 and 365");
        }
        c.finish().map(|()| Settings { home_zone, locale, partner_zones, backups_keep: self.backups_keep })
    }
}
