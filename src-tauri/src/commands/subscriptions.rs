//! Subscribed calendars: the list, subscribing to a link, refreshing, renaming, removing, and their instances for
//! the calendar. Reading a feed runs on a blocking thread with its own connection (`sync::off_window`), so the
//! window never waits for the network; the webview itself never fetches anything (the CSP allows no remote origin).

use campaign_desk::calendar::Window;
use campaign_desk::store::Subscription;
use campaign_desk::subscriptions::{self, NewSubscription, SubscribedOccurrence};
use campaign_desk::validate::{parse_date, parse_zone};
use campaign_desk::Error;
use tauri::{AppHandle, State};

use super::sync::off_window;
use crate::events::emit_data_changed;
use crate::{AppState, IpcResult as Reply};

#[tauri::command(async)]
pub fn subscription_list(state: State<'_, AppState>) -> Reply<Vec<Subscription>> {
    state.with(|s| s.subscriptions())
}

/// Reads the feed at `url` and keeps it as a subscription; nothing is kept when it cannot be read.
#[tauri::command]
pub async fn subscription_add(
    app: AppHandle,
    state: State<'_, AppState>,
    url: String,
    name: Option<String>,
    colour: Option<String>,
) -> Reply<Subscription> {
    let added = off_window(&state, move |store| {
        let name = name.as_deref().map(str::trim).filter(|n| !n.is_empty());
        subscriptions::subscribe(store, &NewSubscription { link: &url, name, colour: colour.as_deref() })
    })
    .await?;
    emit_data_changed(&app, "subscription");
    Ok(added)
}

/// Reads the feed again; a failure is recorded on the subscription (its `last_error`) and keeps the last copy.
#[tauri::command]
pub async fn subscription_refresh(app: AppHandle, state: State<'_, AppState>, id: i64) -> Reply<Subscription> {
    let done = off_window(&state, move |store| subscriptions::refresh(store, id)).await?;
    emit_data_changed(&app, "subscription");
    Ok(done)
}

#[tauri::command(async)]
pub fn subscription_edit(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    name: String,
    colour: String,
) -> Reply<Subscription> {
    let edited = state.with(|s| subscriptions::edit(s, id, &name, &colour))?;
    emit_data_changed(&app, "subscription");
    Ok(edited)
}

/// Removes the subscription and its events.
#[tauri::command(async)]
pub fn subscription_remove(app: AppHandle, state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with(|s| s.remove_subscription(id))?;
    emit_data_changed(&app, "subscription");
    Ok(())
}

/// The subscribed calendars' instances in `[from, to)` (dates, midnight in `zone`), written in `zone`.
#[tauri::command(async)]
pub fn subscription_occurrences(
    state: State<'_, AppState>,
    from: String,
    to: String,
    zone: String,
) -> Reply<Vec<SubscribedOccurrence>> {
    let tz = parse_zone(&zone).map_err(|m| Error::invalid("zone", m))?;
    let from = parse_date(&from).map_err(|m| Error::invalid("from", m))?;
    let to = parse_date(&to).map_err(|m| Error::invalid("to", m))?;
    state.with(|s| subscriptions::occurrences(s, &Window { from, to, zone: tz }, Some(tz)))
}
