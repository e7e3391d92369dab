use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::validate::Checker;

/// One item of a campaign's checklist ("Book the venue", due 10 Feb, Dana).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Task {
    pub id: i64,
    /// Created once and kept: calendars that imported the campaign's VTODOs match updates by it.
    pub uid: String,
    pub campaign_id: i64,
    pub title: String,
    /// `YYYY-MM-DD`.
    pub due_date: Option<String>,
    pub owner_id: Option<i64>,
    /// Filled on reads for display.
    pub owner_name: Option<String>,
    /// When it was ticked off (UTC, RFC 3339); `None` while open.
    pub done_at: Option<String>,
    pub sequence: i64,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct TaskInput {
    pub campaign_id: i64,
    pub title: String,
    pub due_date: Option<String>,
    pub owner_id: Option<i64>,
}

impl TaskInput {
    pub fn validated(&self) -> Result<TaskInput> {
        let mut c = Checker::new();
        let due = self.due_date.as_deref().map(str::trim).filter(|d| !d.is_empty());
        let due_date = due.and_then(|d| c.date("due_date", d)).map(|d| d.to_string());
        let out = TaskInput {
            campaign_id: self.campaign_id,
            title: c.required("title", &self.title, 300),
            due_date,
            owner_id: self.owner_id,
        };
        c.finish().map(|()| out)
    }
}

impl Task {
    /// Open and past its due date on `today` (the coordinator's local day).
    pub fn is_overdue(&self, today: chrono::NaiveDate) -> bool {
        self.done_at.is_none() && self.due_date.as_deref().is_some_and(|d| d < today.to_string().as_str())
    }
}
