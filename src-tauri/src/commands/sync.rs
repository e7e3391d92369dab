//! Sharing campaigns with a CalDAV server (Settings → Sharing, a campaign's share panel, the conflicts list).
//!
//! Everything that talks to the server runs on a blocking thread with its own connection to the database (WAL lets
//! it write beside the window's), so neither the window nor the other commands wait for the network: a first sync
//! of a large calendar only keeps its own panel busy. Passwords go to the keyring through the core; where there is
//! none and the person chose "this session only", they stay in [`SessionPasswords`] (memory) for this run.

use campaign_desk::store::{SyncAccount, SyncLink};
use campaign_desk::sync::{
    self, password, AddedAccount, ConflictView, Keep, LinkStatus, RemoteCalendar, RunReport, Undone,
};
use campaign_desk::Store;
use tauri::{AppHandle, State};

use crate::background_sync::{BackgroundSync, ONE_RUN};
use crate::events::emit_data_changed;
use crate::session_passwords::SessionPasswords;
use crate::{AppState, IpcError, IpcResult as Reply};

/// Runs `f` on a thread of its own with a fresh connection to the open database (also for subscriptions' feeds).
pub(crate) async fn off_window<T: Send + 'static>(
    state: &AppState,
    f: impl FnOnce(&mut Store) -> campaign_desk::Result<T> + Send + 'static,
) -> Reply<T> {
    let reopen = state.reopener().map_err(|why| IpcError::new("bad_database", why))?;
    let work = move || reopen.open().and_then(|mut store| f(&mut store));
    match tauri::async_runtime::spawn_blocking(work).await {
        Ok(result) => result.map_err(IpcError::from),
        Err(e) => {
            Err(IpcError::new("internal", format!("the work stopped unexpectedly ({e}); nothing half-done was kept")))
        }
    }
}

#[tauri::command(async)]
pub fn sync_accounts(state: State<'_, AppState>) -> Reply<Vec<SyncAccount>> {
    state.with(|s| s.sync_accounts())
}

/// The accounts whose password this session holds in memory (no keyring).
#[tauri::command(async)]
pub fn sync_session_accounts(passwords: State<'_, SessionPasswords>) -> Vec<i64> {
    let mut ids: Vec<i64> = passwords.snapshot().into_keys().collect();
    ids.sort_unstable();
    ids
}

/// `None` when the system keyring can hold passwords, else why not.
#[tauri::command]
pub async fn sync_keyring() -> Option<String> {
    tauri::async_runtime::spawn_blocking(|| password::keyring_available().err())
        .await
        .unwrap_or_else(|e| Some(e.to_string()))
}

/// Logs in and lists the calendars without adding anything ("Test connection").
#[tauri::command]
pub async fn sync_test_login(
    state: State<'_, AppState>,
    url: String,
    user: String,
    password: String,
) -> Reply<Vec<RemoteCalendar>> {
    off_window(&state, move |_| sync::test_login(&url, &user, &password)).await
}

/// Adds an account after a successful login. Without `session_only` the password goes to the keyring, and a
/// system with none is refused as `no_keyring` (nothing added) so the window can offer "this session only".
#[tauri::command]
pub async fn sync_account_add(
    state: State<'_, AppState>,
    passwords: State<'_, SessionPasswords>,
    url: String,
    user: String,
    password: String,
    session_only: bool,
) -> Reply<AddedAccount> {
    if !session_only {
        if let Some(why) = sync_keyring().await {
            return Err(IpcError::new("no_keyring", why));
        }
    }
    let pw = password.clone();
    let added = off_window(&state, move |s| match session_only {
        true => sync::add_account_for_session(s, &url, &user, &pw),
        false => sync::add_account(s, &url, &user, Some(pw)),
    })
    .await?;
    if !added.password_saved {
        // The keyring refused it after all: it serves this session, and the window says so.
        passwords.keep(added.account.id, password);
    }
    Ok(added)
}

/// Removes an account, its links and its saved password; `Some` says why the keyring kept the password.
#[tauri::command]
pub async fn sync_account_remove(
    app: AppHandle,
    state: State<'_, AppState>,
    passwords: State<'_, SessionPasswords>,
    id: i64,
) -> Reply<Option<String>> {
    let in_session = passwords.has(id);
    let keyring_problem = off_window(&state, move |s| sync::remove_account(s, id)).await?;
    passwords.forget(id);
    emit_data_changed(&app, "sync");
    // An account whose password was never in the keyring has nothing there to remove.
    Ok(keyring_problem.filter(|_| !in_session))
}

/// The password this session holds for an account, else `None` (the keyring is asked) — unless there is no keyring
/// either: then the password was kept for an earlier session only, and the person is told where to give it again
/// (the core's own message names an environment variable, which is for the command line).
async fn password_for(passwords: &SessionPasswords, account_id: i64) -> Reply<Option<(String, sync::Source)>> {
    if let Some(given) = passwords.get(account_id) {
        return Ok(Some(given));
    }
    match sync_keyring().await {
        None => Ok(None),
        Some(_) => Err(IpcError::new(
            "password_needed",
            "this account's password was kept for an earlier session only (there is no keyring): give it again \
             in Settings → Sharing",
        )),
    }
}

/// Gives the password of an account again for this session (no keyring), after checking it with the server.
#[tauri::command]
pub async fn sync_account_unlock(
    state: State<'_, AppState>,
    passwords: State<'_, SessionPasswords>,
    account_id: i64,
    password: String,
) -> Reply<Vec<RemoteCalendar>> {
    let given = Some((password.clone(), sync::Source::Session));
    let calendars = off_window(&state, move |s| sync::calendars_with(&s.sync_account(account_id)?, given)).await?;
    passwords.keep(account_id, password);
    Ok(calendars)
}

/// The calendars an account sees on its server (also its "Test connection").
#[tauri::command]
pub async fn sync_calendars(
    state: State<'_, AppState>,
    passwords: State<'_, SessionPasswords>,
    account_id: i64,
) -> Reply<Vec<RemoteCalendar>> {
    let given = password_for(&passwords, account_id).await?;
    off_window(&state, move |s| sync::calendars_with(&s.sync_account(account_id)?, given)).await
}

/// Shares a campaign with an existing calendar (`calendar_url`) or a new one named `create`.
#[tauri::command]
pub async fn sync_link(
    app: AppHandle,
    state: State<'_, AppState>,
    passwords: State<'_, SessionPasswords>,
    campaign_id: i64,
    account_id: i64,
    calendar_url: Option<String>,
    create: Option<String>,
) -> Reply<SyncLink> {
    let given = password_for(&passwords, account_id).await?;
    let link = off_window(&state, move |s| {
        let account = s.sync_account(account_id)?;
        let target = match (&calendar_url, &create) {
            (Some(url), _) => sync::Target::Existing(url),
            (None, Some(name)) => sync::Target::Create(name),
            (None, None) => {
                return Err(campaign_desk::Error::invalid("calendar", "pick a calendar or create a new one"));
            }
        };
        sync::link_with(s, &account, campaign_id, target, given)
    })
    .await?;
    emit_data_changed(&app, "sync");
    Ok(link)
}

/// Stops sharing: the events and the remote calendar stay.
#[tauri::command(async)]
pub fn sync_unlink(app: AppHandle, state: State<'_, AppState>, link_id: i64) -> Reply<()> {
    state.with(|s| s.remove_sync_link(link_id))?;
    emit_data_changed(&app, "sync");
    Ok(())
}

/// Syncs one link, or all, both ways.
#[tauri::command]
pub async fn sync_run(
    app: AppHandle,
    state: State<'_, AppState>,
    passwords: State<'_, SessionPasswords>,
    background: State<'_, BackgroundSync>,
    link_id: Option<i64>,
) -> Reply<RunReport> {
    // Without a keyring, an account whose password this session does not hold cannot sync: say so before anything
    // runs, in the window's words rather than the core's for the command line.
    let given = passwords.snapshot();
    let missing = match sync_keyring().await {
        None => Vec::new(),
        Some(_) => state.with(|s| s.sync_accounts())?.into_iter().filter(|a| !given.contains_key(&a.id)).collect(),
    };
    let progress = crate::events::sync_progress(&app);
    let outcome = off_window(&state, move |s| {
        let _one = ONE_RUN.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(a) = missing.iter().find(|a| match link_id {
            Some(id) => s.sync_link(id).is_ok_and(|l| l.account_id == a.id),
            None => s.sync_links().is_ok_and(|ls| ls.iter().any(|l| l.account_id == a.id)),
        }) {
            return Err(campaign_desk::Error::Remote {
                message: format!(
                    "the password of {} on {} was kept for an earlier session only (there is no keyring): give it \
                     again in Settings → Sharing",
                    a.username, a.url
                ),
                fixable: true,
            });
        }
        let password = |a: &SyncAccount| given.get(&a.id).map(|p| (p.clone(), sync::Source::Session));
        sync::run_with_progress(s, link_id, password, &progress)
    })
    .await;
    // Even a failed run may have taken in some items, and it recorded its error on the link.
    emit_data_changed(&app, "event");
    background.ran();
    outcome
}

/// Each shared campaign: last synced, changes waiting, conflicts, last error.
#[tauri::command(async)]
pub fn sync_status(state: State<'_, AppState>) -> Reply<Vec<LinkStatus>> {
    state.with(|s| sync::status(s))
}

/// The conflicts waiting for a decision, both versions read.
#[tauri::command(async)]
pub fn sync_conflicts(state: State<'_, AppState>) -> Reply<Vec<ConflictView>> {
    state.with(|s| sync::conflict_views(s))
}

/// Keeps one side of a conflict: the server's is written here now; ours goes to the server on the next sync.
#[tauri::command(async)]
pub fn sync_resolve(app: AppHandle, state: State<'_, AppState>, item_id: i64, keep: Keep) -> Reply<()> {
    state.with(|s| {
        let conflict = sync::conflict_of_item(s, item_id)?;
        sync::resolve(s, &conflict, keep)
    })?;
    emit_data_changed(&app, "event");
    Ok(())
}

/// "Undo my change": a local change the server refused (a read-only calendar) gives way to the server's version,
/// without the network (the server's last text is kept with the item).
#[tauri::command(async)]
pub fn sync_revert(app: AppHandle, state: State<'_, AppState>, event_id: i64) -> Reply<Undone> {
    let undone = state.with(|s| sync::revert(s, event_id))?;
    emit_data_changed(&app, "event");
    Ok(undone)
}
