//! New campaigns from templates and next year's editions: a plan to show and change first, then saved at once.

use campaign_desk::campaign_templates::{plan, CampaignTemplate};
use campaign_desk::domain::Campaign;
use campaign_desk::service::campaign_plans::next_edition;
use campaign_desk::store::CampaignPlan;
use campaign_desk::validate::parse_date;
use campaign_desk::Error;
use tauri::{AppHandle, State};

use crate::events::emit_data_changed;
use crate::{AppState, IpcResult as Reply};

fn date(field: &str, value: &str) -> Result<chrono::NaiveDate, Error> {
    parse_date(value).map_err(|m| Error::invalid(field, m))
}

/// What `template` lays out from `start` (nothing saved yet).
#[tauri::command(async)]
pub fn campaign_plan_from_template(
    template: CampaignTemplate,
    start: String,
    title: String,
    zone: String,
) -> Reply<CampaignPlan> {
    Ok(plan(template, date("start", &start)?, &title, &zone))
}

/// Campaign `id` as next year's edition starting on `start` (nothing saved yet).
#[tauri::command(async)]
pub fn campaign_plan_next_edition(state: State<'_, AppState>, id: i64, start: String) -> Reply<CampaignPlan> {
    let start = date("start", &start)?;
    state.with(|s| next_edition(s, id, start))
}

/// Saves the (possibly edited) plan in one transaction; returns the new campaign.
#[tauri::command(async)]
pub fn campaign_plan_create(app: AppHandle, state: State<'_, AppState>, plan: CampaignPlan) -> Reply<Campaign> {
    let created = state.with(|s| s.create_campaign_plan(&plan))?;
    emit_data_changed(&app, "campaign");
    Ok(created.campaign)
}
