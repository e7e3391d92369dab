//! Leaving the database whole on the way out. The process ends without dropping the store (Tauri exits from its
//! event loop; a signal ends it outright), so the write-ahead log would keep everything saved since the last
//! automatic checkpoint and the `.sqlite3` file alone would miss it: whoever copies that file as a backup copies
//! nothing. Checkpointed when the app exits (its last window closed) and on SIGTERM/SIGINT.

use tauri::{AppHandle, Manager};

use crate::AppState;

/// Moves the log into the database file (`PRAGMA wal_checkpoint(TRUNCATE)`). A failure loses nothing — the log
/// stays beside the file and is read on the next open — so it is only reported on stderr.
pub fn checkpoint(app: &AppHandle) {
    let Some(state) = app.try_state::<AppState>() else { return };
    match state.with(|store| store.checkpoint()) {
        Ok(true) => {}
        Ok(false) => eprintln!("campaign-desk-app: another program is using the database; part of its log stays"),
        Err(report) => eprintln!("campaign-desk-app: checkpoint on exit failed: {}", report.message),
    }
}

/// SIGTERM (a logout, `kill`, a service manager) and SIGINT (Ctrl+C in a terminal) checkpoint, then ask the app
/// to exit as closing its window would. A second signal ends the process at once.
#[cfg(unix)]
pub fn on_signals(app: AppHandle) {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let mut signals = match signal_hook::iterator::Signals::new([SIGTERM, SIGINT]) {
        Ok(signals) => signals,
        Err(error) => {
            eprintln!("campaign-desk-app: cannot watch for SIGTERM/SIGINT: {error}");
            return;
        }
    };
    let spawned = std::thread::Builder::new().name("signals".into()).spawn(move || {
        let mut received = signals.forever();
        if let Some(signal) = received.next() {
            checkpoint(&app);
            app.exit(128 + signal);
        }
        if let Some(signal) = received.next() {
            std::process::exit(128 + signal);
        }
    });
    if let Err(error) = spawned {
        eprintln!("campaign-desk-app: cannot watch for SIGTERM/SIGINT: {error}");
    }
}
