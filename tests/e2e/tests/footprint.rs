//! Measurement, not a test (ignored by `make test`; run by `scripts/bench-footprint.sh`): how long the app takes
//! from its process starting to its first view on screen, and how much memory (PSS) it and its WebKit processes use
//! with the calendar open, on the database named by `FOOTPRINT_DB`. Prints one `footprint …` line.
//!
//! Start: the app's start time from `/proc/PID/stat` (clock ticks since boot) against `/proc/uptime` when the first
//! `view-*` element is in the page, polled every 10 ms, so WebDriver's own session set-up before the launch is not
//! counted. PSS: `/proc/PID/smaps_rollup` of the app and every process below it (WebKitWebProcess,
//! WebKitNetworkProcess), which shares libraries fairly between them.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context, Result};
use campaign_desk_e2e as e2e;

fn stat_fields(pid: u32) -> Option<Vec<String>> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces: the fields after it are split from its end.
    let rest = &stat[stat.rfind(')')? + 2..];
    Some(rest.split_whitespace().map(str::to_owned).collect())
}

/// Seconds since boot at which `pid` started.
fn started_at(pid: u32) -> Option<f64> {
    let ticks: f64 = stat_fields(pid)?.get(19)?.parse().ok()?;
    Some(ticks / clock_ticks())
}

fn clock_ticks() -> f64 {
    std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
        .unwrap_or(100.0)
}

fn uptime() -> Result<f64> {
    let text = std::fs::read_to_string("/proc/uptime")?;
    text.split_whitespace().next().context("uptime")?.parse().context("uptime number")
}

fn pids() -> Vec<u32> {
    std::fs::read_dir("/proc")
        .map(|d| d.filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok()).collect())
        .unwrap_or_default()
}

/// The newest process running `app`.
fn app_pid(app: &Path) -> Option<u32> {
    pids()
        .into_iter()
        .filter(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == app))
        .max_by(|a, b| started_at(*a).partial_cmp(&started_at(*b)).unwrap_or(std::cmp::Ordering::Equal))
}

/// `pid` and every process below it.
fn tree(pid: u32) -> Vec<u32> {
    let all: Vec<(u32, u32)> =
        pids().into_iter().filter_map(|p| Some((p, stat_fields(p)?.get(1)?.parse().ok()?))).collect();
    let mut out = vec![pid];
    let mut i = 0;
    while i < out.len() {
        let parent = out[i];
        out.extend(all.iter().filter(|(_, pp)| *pp == parent).map(|(p, _)| *p));
        i += 1;
    }
    out
}

/// PSS in KiB and the command name.
fn pss(pid: u32) -> Option<(u64, String)> {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    let kib = rollup.lines().find(|l| l.starts_with("Pss:"))?.split_whitespace().nth(1)?.parse().ok()?;
    let name = std::fs::read_to_string(format!("/proc/{pid}/comm")).ok()?.trim().to_owned();
    Some((kib, name))
}

#[tokio::test]
#[ignore = "a measurement: scripts/bench-footprint.sh"]
async fn startup_and_memory() {
    let db = PathBuf::from(std::env::var("FOOTPRINT_DB").expect("FOOTPRINT_DB: run scripts/bench-footprint.sh"));
    let label = std::env::var("FOOTPRINT_LABEL").unwrap_or_else(|_| "db".into());
    let app_path = PathBuf::from(std::env::var("CAMPAIGN_DESK_APP").expect("CAMPAIGN_DESK_APP"));
    e2e::run_on_db(&db, |app| async move {
        // The first view in the page, then how long after the process started that was.
        let script = "return document.querySelector('[data-testid^=\"view-\"]') !== null";
        let mut shown_at = None;
        for _ in 0..3000 {
            if app.client().execute(script, vec![]).await?.as_bool() == Some(true) {
                shown_at = Some(uptime()?);
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let shown_at = shown_at.context("no view within 30 s")?;
        let pid = app_pid(&app_path).context("the app's process")?;
        let start_ms = (shown_at - started_at(pid).context("start time")?) * 1000.0;

        // The calendar open on this month, its events drawn, then a pause for the web process to settle.
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("view-calendar").await?;
        app.wait_until("the calendar's events", || async {
            let busy = app
                .client()
                .execute(
                    "return document.querySelector('[data-testid=\"calendar\"]')?.getAttribute('aria-busy')",
                    vec![],
                )
                .await?;
            Ok((busy.as_str() == Some("false")).then_some(()))
        })
        .await?;
        tokio::time::sleep(Duration::from_secs(3)).await;
        let shown = app.client().execute("return document.querySelectorAll('.fc-event').length", vec![]).await?;
        let mut app_kib = 0;
        let mut webkit_kib = 0;
        let mut parts = Vec::new();
        for p in tree(pid) {
            let Some((kib, name)) = pss(p) else { continue };
            if p == pid {
                app_kib += kib;
            } else {
                webkit_kib += kib;
            }
            parts.push(format!("{name}={:.1}", kib as f64 / 1024.0));
        }
        if app_kib == 0 {
            bail!("no PSS read for the app ({pid})");
        }
        println!(
            "footprint {label}: start_ms={start_ms:.0} events_drawn={shown} pss_app_mib={:.1} pss_webkit_mib={:.1} \
             pss_total_mib={:.1} ({})",
            app_kib as f64 / 1024.0,
            webkit_kib as f64 / 1024.0,
            (app_kib + webkit_kib) as f64 / 1024.0,
            parts.join(", ")
        );
        Ok(())
    })
    .await;
}
