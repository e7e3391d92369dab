use serde::{Deserialize, Serialize};

use super::Platform;
use crate::error::Result;
use crate::validate::Checker;

/// An announcement kept with its campaign: composed, then edited by hand, to post again or translate later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct SavedAnnouncement {
    pub id: i64,
    pub campaign_id: i64,
    /// The event it announces (`None` for the whole campaign, or when that event was deleted).
    pub event_id: Option<i64>,
    /// Which occurrence of a series (its recurrence id).
    pub occurrence: Option<String>,
    pub platform: Platform,
    /// BCP 47 language tag.
    pub lang: String,
    pub text: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct SavedAnnouncementInput {
    pub campaign_id: i64,
    pub event_id: Option<i64>,
    pub occurrence: Option<String>,
    pub platform: Platform,
    pub lang: String,
    pub text: String,
}

impl SavedAnnouncementInput {
    pub fn validated(&self) -> Result<SavedAnnouncementInput> {
        let mut c = Checker::new();
        let text = c.required("text", &self.text, 70_000);
        let lang = c.required("lang", &self.lang, 35);
        let out = SavedAnnouncementInput { text, lang, occurrence: self.occurrence.clone(), ..self.clone() };
        c.finish().map(|()| out)
    }
}
