//! The calendar: occurrences in a window, one event, series edits, and times in the partners' zones.

use campaign_desk::calendar::{CalendarWindow, Occurrence, Window, ZoneTime};
use campaign_desk::domain::{Event, OccurrenceChange};
use campaign_desk::service::calendar_view::{self, CalendarFilter};
use campaign_desk::service::series_edit::{self, FollowingEdit};
use campaign_desk::service::{event_link, partner_times};
use campaign_desk::validate::{parse_date, parse_zone};
use campaign_desk::Error;
use chrono::Utc;
use tauri::{AppHandle, State};

use crate::events::emit_data_changed;
use crate::{AppState, IpcResult as Reply};

/// Occurrences in `[from, to)` (dates, midnight in `zone`), written in `zone`, and the campaigns running then,
/// narrowed by `filter`; with `per_day`, thinned to that many lines a day (the month and year views). The windows
/// either side are warmed while it is looked at.
#[tauri::command(async)]
pub fn occurrence_list(
    app: AppHandle,
    state: State<'_, AppState>,
    from: String,
    to: String,
    zone: String,
    filter: CalendarFilter,
    per_day: Option<u32>,
) -> Reply<CalendarWindow> {
    let tz = parse_zone(&zone).map_err(|m| Error::invalid("zone", m))?;
    let from = parse_date(&from).map_err(|m| Error::invalid("from", m))?;
    let to = parse_date(&to).map_err(|m| Error::invalid("to", m))?;
    let window = Window { from, to, zone: tz };
    let shown = state.with(|s| calendar_view::window(s, &window, Some(tz), &filter, per_day))?;
    crate::warm_up::after_showing(&app, window, filter.campaign_id);
    Ok(shown)
}

#[tauri::command(async)]
pub fn event_get(state: State<'_, AppState>, id: i64) -> Reply<Event> {
    state.with(|s| s.get_event(id))
}

/// The instance a link to event `id` opens now (its next, else its last), written in `zone`.
#[tauri::command(async)]
pub fn occurrence_to_open(state: State<'_, AppState>, id: i64, zone: String) -> Reply<Option<Occurrence>> {
    let tz = parse_zone(&zone).map_err(|m| Error::invalid("zone", m))?;
    state.with(|s| event_link::occurrence_to_open(s, id, Utc::now(), tz))
}

/// "This occurrence": saves the change of one instance (an empty change removes it).
#[tauri::command(async)]
pub fn occurrence_change(
    app: AppHandle,
    state: State<'_, AppState>,
    event_id: i64,
    change: OccurrenceChange,
) -> Reply<Event> {
    let event = state.with(|s| s.change_occurrence(event_id, &change))?;
    emit_data_changed(&app, "event");
    Ok(event)
}

/// "This and following": splits the series at the instance and edits the new series (the form's fields, or a
/// drag's move), in one transaction; returns [the series up to the instance, the new series].
#[tauri::command(async)]
pub fn series_edit_following(
    app: AppHandle,
    state: State<'_, AppState>,
    event_id: i64,
    recurrence_id: String,
    edit: FollowingEdit,
) -> Reply<(Event, Event)> {
    let pair = state.with(|s| series_edit::edit_following(s, event_id, &recurrence_id, &edit))?;
    emit_data_changed(&app, "event");
    Ok(pair)
}

/// The instance's local times in the partner zones (or `zones`), its own zone first.
#[tauri::command(async)]
pub fn event_times(
    state: State<'_, AppState>,
    id: i64,
    at: Option<String>,
    zones: Option<Vec<String>>,
) -> Reply<Vec<ZoneTime>> {
    state.with(|s| partner_times::event_times(s, id, at.as_deref(), &zones.unwrap_or_default()))
}

/// The zones shown beside events: the chosen partner zones, else the organisations' zones.
#[tauri::command(async)]
pub fn partner_zones(state: State<'_, AppState>) -> Reply<Vec<String>> {
    state.with(|s| Ok(s.partner_zones()?.iter().map(|z| z.name().to_string()).collect()))
}
