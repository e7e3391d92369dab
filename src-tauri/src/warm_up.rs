//! Occurrence work done before it is asked for (`Store::warm`), so that the calendar's first screen and the next
//! page are drawn from events already read and rules already walked. On the store the window uses (the cache is
//! its), from a thread of its own, and only when the window is not waiting: the first warm-up runs while the first
//! view is being drawn, the neighbours' after the person has looked at a page for a moment. A query asked
//! meanwhile waits for at most one window's warm-up, and finds the work done.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use campaign_desk::calendar::Window;
use chrono::Utc;
use tauri::{AppHandle, Manager};

use crate::AppState;

/// How long a page is shown before its neighbours are warmed: the webview draws it in the meantime (a warm-up on
/// both cores would slow that), and a person paging quickly gets no warm-up they cannot use.
const LOOK: Duration = Duration::from_millis(400);

/// Pages longer than this (a year, a long campaign's agenda) get no warm-up: their neighbours are as long, would
/// hold the store for a large part of a second and keep years of events in memory, and are seldom paged to.
const WARM_AT_MOST_DAYS: i64 = 62;

/// Numbers the pages shown: a warm-up scheduled for an older page is dropped.
static SHOWN: AtomicU64 = AtomicU64::new(0);
static STARTED: AtomicBool = AtomicBool::new(false);

/// Once per run, when the window asks about the open database (its first question, or the first after the
/// database is unlocked): the month view around today, while the first view is drawn.
pub fn at_start(app: &AppHandle) {
    if STARTED.load(Ordering::SeqCst) {
        return;
    }
    let app = app.clone();
    std::thread::spawn(move || {
        if warm(&app, &Window::month_around(Utc::now().date_naive()), None) {
            STARTED.store(true, Ordering::SeqCst);
            crate::startup_trace::mark("month-warmed");
        }
    });
}

/// After `window` was shown: the windows either side of it, the next first, unless another page was asked for.
pub fn after_showing(app: &AppHandle, window: Window, campaign_id: Option<i64>) {
    let ticket = SHOWN.fetch_add(1, Ordering::SeqCst) + 1;
    if (window.to - window.from).num_days() > WARM_AT_MOST_DAYS {
        return;
    }
    let app = app.clone();
    std::thread::spawn(move || {
        std::thread::sleep(LOOK);
        for neighbour in window.neighbours() {
            if SHOWN.load(Ordering::SeqCst) != ticket {
                return;
            }
            warm(&app, &neighbour, campaign_id);
        }
    });
}

/// Whether there was an open store to warm. A warm-up that fails leaves nothing to do: the query asked later does
/// the work itself and reports what is wrong.
fn warm(app: &AppHandle, window: &Window, campaign_id: Option<i64>) -> bool {
    let state = app.state::<AppState>();
    state.waiting().is_none() && state.with(|store| store.warm(window, campaign_id)).is_ok()
}
