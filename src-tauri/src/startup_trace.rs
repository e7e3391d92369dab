//! Where the start-up time goes (issue #19): with `CAMPAIGN_DESK_STARTUP_LOG=FILE`, each step of the shell's start
//! appends `step ms` to FILE, in milliseconds since the process started (its start from `/proc/self/stat`, so the
//! loader and the libraries' constructors before `main` count too). The first line is `process-start-epoch-ms N`,
//! which places the page's own `performance` marks (epoch based) on the same line: `tests/e2e/tests/footprint.rs`
//! reads both. Without the variable nothing is measured or written.

use std::io::Write;
use std::sync::{Mutex, OnceLock};
use std::time::{SystemTime, UNIX_EPOCH};

struct Trace {
    file: Mutex<std::fs::File>,
    /// The process's start, in milliseconds since the Unix epoch.
    started_ms: f64,
}

static TRACE: OnceLock<Option<Trace>> = OnceLock::new();

fn epoch_ms() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64() * 1000.0).unwrap_or(0.0)
}

/// How long ago this process started, in milliseconds (Linux; elsewhere 0, i.e. counted from `main`).
fn process_age_ms() -> f64 {
    let read = || -> Option<f64> {
        let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
        // Field 22 (start time in clock ticks since boot), counted after the parenthesised command name.
        let ticks: f64 = stat[stat.rfind(')')? + 2..].split_whitespace().nth(19)?.parse().ok()?;
        let uptime: f64 = std::fs::read_to_string("/proc/uptime").ok()?.split_whitespace().next()?.parse().ok()?;
        // The kernel's USER_HZ, fixed at 100 on Linux for user space whatever the kernel's own tick.
        Some((uptime - ticks / 100.0) * 1000.0)
    };
    if cfg!(target_os = "linux") {
        read().unwrap_or(0.0)
    } else {
        0.0
    }
}

fn trace() -> Option<&'static Trace> {
    TRACE
        .get_or_init(|| {
            let path = std::env::var_os("CAMPAIGN_DESK_STARTUP_LOG")?;
            let file = std::fs::OpenOptions::new().create(true).append(true).open(path).ok()?;
            let started_ms = epoch_ms() - process_age_ms();
            let trace = Trace { file: Mutex::new(file), started_ms };
            trace.write(&format!("process-start-epoch-ms {started_ms:.0}"));
            Some(trace)
        })
        .as_ref()
}

impl Trace {
    fn write(&self, line: &str) {
        if let Ok(mut file) = self.file.lock() {
            let _ = writeln!(file, "{line}");
        }
    }
}

/// Notes that the start reached `step` (nothing without `CAMPAIGN_DESK_STARTUP_LOG`).
pub fn mark(step: &str) {
    if let Some(trace) = trace() {
        trace.write(&format!("{step} {:.1}", epoch_ms() - trace.started_ms));
    }
}
