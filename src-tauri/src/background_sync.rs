//! Syncing the shared campaigns in the background, so partners' changes arrive and ours go out without anyone
//! pressing "Sync now": half a minute after the last local change, and every five minutes (the first a minute after
//! launch). It runs on its own thread with its own connection to the database (WAL), one run at a time with the
//! window's own runs ([`ONE_RUN`]), and never blocks the window. A link that cannot sync records why on itself (the
//! campaign's panel shows it); an account whose password this session does not hold, on a system without a keyring,
//! is left for the person to unlock in Settings → Sharing.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use campaign_desk::sync::{self, password, Source};
use tauri::{AppHandle, Manager};

use crate::events::emit_data_changed;
use crate::session_passwords::SessionPasswords;
use crate::AppState;

/// One sync run at a time, background or asked for: two runs of one link at once would both send the same change,
/// and the second would meet the first's new ETag as a conflict.
pub static ONE_RUN: Mutex<()> = Mutex::new(());

const TICK: Duration = Duration::from_secs(10);
const AFTER_WRITE: Duration = Duration::from_secs(30);
const EVERY: Duration = Duration::from_secs(5 * 60);
const FIRST: Duration = Duration::from_secs(60);

/// When the data last changed here, and when the next periodic run is due.
pub struct BackgroundSync {
    times: Mutex<Times>,
}

struct Times {
    last_write: Option<Instant>,
    next_run: Instant,
}

impl Default for BackgroundSync {
    fn default() -> Self {
        BackgroundSync { times: Mutex::new(Times { last_write: None, next_run: Instant::now() + FIRST }) }
    }
}

impl BackgroundSync {
    fn times(&self) -> std::sync::MutexGuard<'_, Times> {
        self.times.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A local change: a run follows once the changes pause for [`AFTER_WRITE`].
    pub fn touched(&self) {
        self.times().last_write = Some(Instant::now());
    }

    /// A run finished (here or from the window): what was written before it has been sent.
    pub fn ran(&self) {
        let mut t = self.times();
        t.next_run = Instant::now() + EVERY;
        t.last_write = None;
    }

    /// Whether a run is due at `now`.
    fn due(&self, now: Instant) -> bool {
        let t = self.times();
        let after_write = t.last_write.is_some_and(|w| now.saturating_duration_since(w) >= AFTER_WRITE);
        after_write || now >= t.next_run
    }
}

/// Starts the background thread.
pub fn start(app: AppHandle) {
    std::thread::spawn(move || loop {
        std::thread::sleep(TICK);
        let background = app.state::<BackgroundSync>();
        if !background.due(Instant::now()) {
            continue;
        }
        if let Some(changed) = run_once(&app) {
            emit_data_changed(&app, if changed { "event" } else { "sync" });
        }
        // After the news, which counts as a change of its own otherwise.
        background.ran();
    });
}

/// Runs every link whose password is at hand. `None` when there was nothing to run; else whether anything here
/// changed (taken in, deleted, or a new conflict).
fn run_once(app: &AppHandle) -> Option<bool> {
    let mut store = app.state::<AppState>().reopener().ok()?.open().ok()?;
    let links = store.sync_links().ok()?;
    if links.is_empty() {
        return None;
    }
    let given = app.state::<SessionPasswords>().snapshot();
    let keyring = password::keyring_available().is_ok();
    let _one = ONE_RUN.lock().unwrap_or_else(|p| p.into_inner());
    let mut changed = false;
    for link in links {
        let Ok(account) = store.sync_account(link.account_id) else { continue };
        if !keyring && !given.contains_key(&account.id) {
            continue;
        }
        let password = |a: &campaign_desk::store::SyncAccount| given.get(&a.id).map(|p| (p.clone(), Source::Session));
        // A failure is recorded on the link by the core, for the campaign's panel; the other links still run.
        let progress = crate::events::sync_progress(app);
        if let Ok(report) = sync::run_with_progress(&mut store, Some(link.id), password, &progress) {
            changed |= report.pulled + report.deleted + report.conflicts > 0;
        }
    }
    Some(changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_is_due_after_a_pause_in_writes_or_after_the_interval() {
        let b = BackgroundSync::default();
        let start = Instant::now();
        assert!(!b.due(start), "not at launch");
        assert!(b.due(start + FIRST), "a minute after launch");
        b.ran();
        let ran = Instant::now();
        assert!(!b.due(ran + AFTER_WRITE), "nothing written since the run");
        b.touched();
        let wrote = Instant::now();
        assert!(!b.due(wrote + AFTER_WRITE / 2), "writes still going on");
        assert!(b.due(wrote + AFTER_WRITE), "half a minute after the last write");
        b.ran();
        assert!(!b.due(Instant::now() + AFTER_WRITE), "the run took the write with it");
        assert!(b.due(Instant::now() + EVERY), "every five minutes");
    }
}
