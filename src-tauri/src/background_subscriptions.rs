//! Refreshing subscribed calendars on their own: every few hours (`subscriptions::REFRESH_EVERY` since each was
//! last tried), checked every ten minutes, the first check a minute after launch. Its own thread and connection, so
//! the window never waits for a slow feed. With no subscriptions nothing is fetched: reading a feed is the only
//! network access the app makes without a server the person set up, and only after they subscribed.

use std::time::Duration;

use tauri::{AppHandle, Manager};

use crate::events::emit_data_changed;
use crate::AppState;

const FIRST: Duration = Duration::from_secs(60);
const CHECK_EVERY: Duration = Duration::from_secs(10 * 60);

pub fn start(app: AppHandle) {
    std::thread::spawn(move || {
        std::thread::sleep(FIRST);
        loop {
            if refresh_due(&app) {
                emit_data_changed(&app, "subscription");
            }
            std::thread::sleep(CHECK_EVERY);
        }
    });
}

/// Whether any subscription was refreshed (well or not: its status line changed either way).
fn refresh_due(app: &AppHandle) -> bool {
    // Its own connection, opened with the window's key (an encrypted database, or one still waiting for its
    // passphrase, gives none: nothing is refreshed until it is open).
    let Ok(reopen) = app.state::<AppState>().reopener() else { return false };
    let Ok(mut store) = reopen.open() else { return false };
    match campaign_desk::subscriptions::refresh_due(&mut store, chrono::Utc::now()) {
        Ok(done) => !done.is_empty(),
        Err(e) => {
            eprintln!("campaign-desk-app: refreshing the subscribed calendars failed: {e}");
            false
        }
    }
}
