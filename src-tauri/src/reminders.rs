//! The reminder clock: while the app runs, every half minute it asks the core which reminders fell due since the
//! last look and shows each as a desktop notification (tauri-plugin-notification: libnotify / D-Bus on Linux,
//! Notification Center on macOS, toasts on Windows).

use std::time::Duration;

use chrono::Utc;
use tauri::{AppHandle, Manager};
use tauri_plugin_notification::NotificationExt;

use crate::AppState;

const TICK: Duration = Duration::from_secs(30);

/// Starts the clock on its own thread. The first look reaches back one tick, so a reminder due as the app starts
/// still shows; reminders from while the app was closed are not replayed hours later.
pub fn start(app: AppHandle) {
    std::thread::spawn(move || {
        let mut last = Utc::now() - chrono::Duration::from_std(TICK).unwrap_or_default();
        loop {
            let now = Utc::now();
            let state = app.state::<AppState>();
            match state.with(|s| campaign_desk::service::reminders::due(s, last, now)) {
                Ok(notices) => {
                    for n in notices {
                        if let Err(e) = app.notification().builder().title(&n.title).body(&n.body).show() {
                            eprintln!("campaign-desk-app: could not show a reminder: {e}");
                        }
                    }
                    last = now;
                }
                // No database open (the window explains why) or a failed read: try the same stretch again next tick.
                Err(e) if e.kind == "bad_database" => {}
                Err(e) => eprintln!("campaign-desk-app: reminders: {}", e.message),
            }
            std::thread::sleep(TICK);
        }
    });
}
