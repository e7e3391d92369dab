//! Campaigns and events.

use campaign_desk::domain::{Campaign, CampaignDetail, CampaignInput, Event, EventInput};
use tauri::{AppHandle, State};

use crate::events::emit_data_changed;
use crate::{AppState, IpcResult as Reply};

#[tauri::command(async)]
pub fn campaign_list(state: State<'_, AppState>, query: Option<String>) -> Reply<Vec<Campaign>> {
    state.with(|s| s.list_campaigns(query.as_deref()))
}

#[tauri::command(async)]
pub fn campaign_get(state: State<'_, AppState>, id: i64) -> Reply<CampaignDetail> {
    state.with(|s| s.campaign_detail(id))
}

#[tauri::command(async)]
pub fn campaign_create(app: AppHandle, state: State<'_, AppState>, input: CampaignInput) -> Reply<Campaign> {
    let campaign = state.with(|s| s.create_campaign(&input))?;
    emit_data_changed(&app, "campaign");
    Ok(campaign)
}

#[tauri::command(async)]
pub fn campaign_update(app: AppHandle, state: State<'_, AppState>, id: i64, input: CampaignInput) -> Reply<Campaign> {
    let campaign = state.with(|s| s.update_campaign(id, &input))?;
    emit_data_changed(&app, "campaign");
    Ok(campaign)
}

#[tauri::command(async)]
pub fn campaign_delete(app: AppHandle, state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with(|s| s.delete_campaign(id))?;
    emit_data_changed(&app, "campaign");
    Ok(())
}

#[tauri::command(async)]
pub fn event_list(state: State<'_, AppState>, campaign_id: Option<i64>) -> Reply<Vec<Event>> {
    state.with(|s| s.list_events(campaign_id))
}

#[tauri::command(async)]
pub fn event_create(app: AppHandle, state: State<'_, AppState>, input: EventInput) -> Reply<Event> {
    let event = state.with(|s| s.create_event(&input))?;
    emit_data_changed(&app, "event");
    Ok(event)
}

#[tauri::command(async)]
pub fn event_update(app: AppHandle, state: State<'_, AppState>, id: i64, input: EventInput) -> Reply<Event> {
    let event = state.with(|s| s.update_event(id, &input))?;
    emit_data_changed(&app, "event");
    Ok(event)
}

#[tauri::command(async)]
pub fn event_delete(app: AppHandle, state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with(|s| s.delete_event(id))?;
    emit_data_changed(&app, "event");
    Ok(())
}
