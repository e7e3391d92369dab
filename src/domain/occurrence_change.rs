use serde::{Deserialize, Serialize};

use super::{EventStatus, OrgInRole};
use crate::error::Result;
use crate::validate::Checker;

/// One instance of a series made different from the rest: moved, retitled, relocated, cancelled, or given its own
/// notes, links and co-organisers. `None` fields keep the series' value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct OccurrenceChange {
    /// The instance's original local start in the event's zone (`YYYY-MM-DDTHH:MM`; a date for all-day series).
    pub recurrence_id: String,
    pub title: Option<String>,
    /// New local start/end in the event's zone (dates for all-day series; `end` is then the last day, inclusive).
    pub start: Option<String>,
    pub end: Option<String>,
    pub status: Option<EventStatus>,
    pub location: Option<String>,
    pub online_url: Option<String>,
    pub registration_url: Option<String>,
    pub description: Option<String>,
    pub organisations: Option<Vec<OrgInRole>>,
}

impl OccurrenceChange {
    /// Checks the fields that can be checked without the series (which the store checks against).
    pub fn validated(&self, all_day: bool) -> Result<OccurrenceChange> {
        let mut c = Checker::new();
        let when = |c: &mut Checker, field: &str, v: &Option<String>| -> Option<String> {
            let v = v.as_deref().map(str::trim).filter(|v| !v.is_empty())?;
            if all_day {
                c.date(field, v).map(|d| d.to_string())
            } else {
                c.local_datetime(field, v).map(|d| crate::time_text::local_text(&d))
            }
        };
        let recurrence_id = when(&mut c, "recurrence_id", &Some(self.recurrence_id.clone())).unwrap_or_default();
        if self.recurrence_id.trim().is_empty() {
            c.fail_msg("recurrence_id", crate::msg!("core-change-needs-occurrence"));
        }
        let start = when(&mut c, "start", &self.start);
        let end = when(&mut c, "end", &self.end);
        if start.is_some() != end.is_some() {
            c.fail_msg("end", crate::msg!("core-change-needs-start-and-end"));
        }
        let title = self.title.as_ref().map(|t| c.required("title", t, 300));
        let out = OccurrenceChange {
            recurrence_id,
            title,
            start,
            end,
            status: self.status,
            location: c.optional("location", self.location.as_deref(), 500),
            online_url: c.url("online_url", self.online_url.as_deref()),
            registration_url: c.url("registration_url", self.registration_url.as_deref()),
            description: c.optional("description", self.description.as_deref(), 100_000),
            organisations: self.organisations.clone(),
        };
        c.finish().map(|()| out)
    }

    /// True when the change alters nothing (saving it would only add noise).
    pub fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.start.is_none()
            && self.status.is_none()
            && self.location.is_none()
            && self.online_url.is_none()
            && self.registration_url.is_none()
            && self.description.is_none()
            && self.organisations.is_none()
    }
}
