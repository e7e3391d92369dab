//! A whole campaign at once — from a template or as next year's edition: the campaign, its events and its tasks in
//! one transaction, so a failure leaves nothing half-made.

use super::{campaigns, events, tasks, Store};
use crate::domain::{CampaignInput, Event, EventInput, Task, TaskInput};
use crate::error::Result;

/// What a new campaign starts with. Task and event inputs need no campaign id: the new campaign's is used.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct CampaignPlan {
    pub campaign: CampaignInput,
    pub events: Vec<EventInput>,
    pub tasks: Vec<TaskInput>,
}

pub struct CreatedPlan {
    pub campaign: crate::domain::Campaign,
    pub events: Vec<Event>,
    pub tasks: Vec<Task>,
}

impl Store {
    pub fn create_campaign_plan(&mut self, plan: &CampaignPlan) -> Result<CreatedPlan> {
        let campaign = plan.campaign.validated()?;
        self.write(|tx| {
            let c = campaigns::insert(tx, &campaign)?;
            let mut created_events = Vec::new();
            for e in &plan.events {
                let v = EventInput { campaign_id: Some(c.id), ..e.clone() }.validated()?;
                created_events.push(events::insert(tx, &v, &format!("{}@campaign-desk", uuid::Uuid::new_v4()))?);
            }
            let mut created_tasks = Vec::new();
            for t in &plan.tasks {
                let v = TaskInput { campaign_id: c.id, ..t.clone() }.validated()?;
                created_tasks.push(tasks::insert(tx, &v)?);
            }
            Ok(CreatedPlan { campaign: c, events: created_events, tasks: created_tasks })
        })
    }
}
