use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::validate::Checker;

/// The user's preferences, kept in the database so they travel with it (and with its backups).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct Settings {
    /// The zone the calendar is shown in by default.
    pub home_zone: String,
    /// The window's language and date conventions: `auto` (the operating system's) or a BCP 47 tag (`fr`, `tl` …).
    pub locale: String,
    /// Zones whose local times are shown beside every event; empty means "the organisations' zones".
    pub partner_zones: Vec<String>,
    /// How many automatic daily backups to keep.
    pub backups_keep: u32,
    /// A folder (say, a synced Nextcloud one) where chosen calendars' .ics files are rewritten after every change.
    pub publish_folder: Option<String>,
    /// Publish everything as `campaign-desk.ics`.
    pub publish_all: bool,
    /// Campaigns published each in a file of its own.
    pub publish_campaigns: Vec<i64>,
    /// The coordinator's own announcement templates; the built-in one serves where none is set.
    pub announcement_templates: Vec<AnnouncementTemplate>,
}

/// A user's template for announcements on one platform in one language, for events or for whole campaigns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct AnnouncementTemplate {
    pub platform: crate::domain::Platform,
    /// BCP 47 primary language (`en`, `es`, `fr`, `id`, `tl`).
    pub lang: String,
    /// For a whole campaign (with its key dates) rather than one event.
    pub campaign: bool,
    /// Lines with `{placeholders}` (see `announce::PLACEHOLDERS`).
    pub text: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            home_zone: "UTC".into(),
            locale: "auto".into(),
            partner_zones: Vec::new(),
            backups_keep: 14,
            publish_folder: None,
            publish_all: false,
            publish_campaigns: Vec::new(),
            announcement_templates: Vec::new(),
        }
    }
}

impl Settings {
    pub fn validated(&self) -> Result<Settings> {
        let mut c = Checker::new();
        let home_zone = c.zone("home_zone", &self.home_zone);
        let partner_zones = self.partner_zones.iter().map(|z| c.zone("partner_zones", z)).collect();
        let locale = c.required("locale", &self.locale, 35);
        if !locale.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-') {
            c.fail_msg("locale", crate::msg!("core-not-locale", value = crate::excerpt::excerpt(&locale)));
        }
        if !(1..=365).contains(&self.backups_keep) {
            c.fail_msg("backups_keep", crate::msg!("core-backups-keep-range"));
        }
        let publish_folder = self.publish_folder.as_deref().map(str::trim).filter(|f| !f.is_empty());
        if let Some(folder) = publish_folder {
            let path = std::path::Path::new(folder);
            if !path.is_absolute() {
                c.fail_msg(
                    "publish_folder",
                    crate::msg!("core-not-full-path", value = crate::excerpt::excerpt(folder)),
                );
            } else if !path.is_dir() {
                c.fail_msg("publish_folder", crate::msg!("core-not-a-folder", path = folder));
            }
        } else if self.publish_all || !self.publish_campaigns.is_empty() {
            c.fail_msg("publish_folder", crate::msg!("core-publish-folder-needed"));
        }
        for t in &self.announcement_templates {
            if t.text.trim().is_empty() {
                c.fail_msg(
                    "announcement_templates",
                    crate::msg!("core-template-empty", platform = t.platform.to_string(), lang = &t.lang),
                );
            } else if t.text.len() > 20_000 {
                c.fail_msg(
                    "announcement_templates",
                    crate::msg!("core-template-too-long", platform = t.platform.to_string(), lang = &t.lang),
                );
            }
        }
        c.finish().map(|()| Settings {
            home_zone,
            locale,
            partner_zones,
            backups_keep: self.backups_keep,
            publish_folder: publish_folder.map(str::to_string),
            publish_all: self.publish_all,
            publish_campaigns: self.publish_campaigns.clone(),
            announcement_templates: self.announcement_templates.clone(),
        })
    }
}
