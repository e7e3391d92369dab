//! Measurement, not a test (ignored by `make test`; run by `scripts/bench-footprint.sh`): how long the app takes
//! from its process starting to its first view on screen, and how much memory (PSS) it and its WebKit processes use
//! with the calendar open, on the database named by `FOOTPRINT_DB`. Prints one `footprint …` line.
//!
//! Start: the app's start time from `/proc/PID/stat` (clock ticks since boot) against `/proc/uptime` when the first
//! `view-*` element is in the page, polled every 10 ms, so WebDriver's own session set-up before the launch is not
//! counted. PSS: `/proc/PID/smaps_rollup` of the app and every process below it (WebKitWebProcess,
//! WebKitNetworkProcess), which shares libraries fairly between them — and with any other WebKit program running,
//! so beside it USS (private pages only) and how many other web processes there were.
//!
//! The split of the start (issue #19): with `CAMPAIGN_DESK_STARTUP_LOG` set (the app writes its steps there,
//! src-tauri/src/startup_trace.rs), a second line `footprint-split …` puts the shell's steps and the page's own
//! (navigation timing and the `cd-*` marks of ui/src/main.ts, appState and App.svelte) in milliseconds since the
//! process started.

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

/// PSS and USS (its private pages, which no other process's libraries change) in KiB, and the command name.
fn pss(pid: u32) -> Option<(u64, u64, String)> {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    let field = |name: &str| -> Option<u64> {
        rollup.lines().find(|l| l.starts_with(name))?.split_whitespace().nth(1)?.parse().ok()
    };
    let uss = field("Private_Clean:")? + field("Private_Dirty:")?;
    let name = std::fs::read_to_string(format!("/proc/{pid}/comm")).ok()?.trim().to_owned();
    Some((field("Pss:")?, uss, name))
}

/// WebKit web processes on the machine outside `ours`: they share libraries with ours and so lower our PSS.
fn other_web_processes(ours: &[u32]) -> usize {
    pids()
        .into_iter()
        .filter(|p| !ours.contains(p))
        .filter(|p| std::fs::read_to_string(format!("/proc/{p}/comm")).is_ok_and(|c| c.trim() == "WebKitWebProces"))
        .count()
}

/// The shell's steps from its log and the page's from `performance`, as `step=ms` since the process started.
async fn split(app: &e2e::App, log: &Path) -> Result<String> {
    let text = std::fs::read_to_string(log).with_context(|| format!("reading {}", log.display()))?;
    let mut steps: Vec<(String, f64)> = Vec::new();
    let mut process_start = None;
    for line in text.lines() {
        let Some((step, ms)) = line.rsplit_once(' ') else { continue };
        let ms: f64 = ms.parse().with_context(|| format!("a number in {line:?}"))?;
        if step == "process-start-epoch-ms" {
            process_start = Some(ms);
        } else {
            steps.push((step.to_owned(), ms));
        }
    }
    let process_start = process_start.context("no process-start-epoch-ms in the start-up log")?;
    // Epoch milliseconds of the navigation's start, then offsets from it.
    let page = app
        .script(
            "const n = performance.getEntriesByType('navigation')[0] || {}; \
             const js = performance.getEntriesByType('resource').filter(r => r.name.endsWith('.js')) \
               .reduce((a, r) => Math.max(a, r.responseEnd), 0); \
             const out = { origin: performance.timeOrigin, 'nav-response-end': n.responseEnd, \
               'js-fetched': js, 'dom-interactive': n.domInteractive, \
               'dom-content-loaded': n.domContentLoadedEventEnd }; \
             for (const m of performance.getEntriesByType('mark')) if (!(m.name in out)) out[m.name] = m.startTime; \
             return out;",
            vec![],
        )
        .await?;
    let page = page.as_object().context("the page's timings")?;
    let origin = page.get("origin").and_then(|v| v.as_f64()).context("performance.timeOrigin")?;
    steps.push(("page-origin".into(), origin - process_start));
    for (name, value) in page {
        if let (false, Some(ms)) = (name == "origin", value.as_f64()) {
            steps.push((name.clone(), origin + ms - process_start));
        }
    }
    steps.sort_by(|a, b| a.1.total_cmp(&b.1));
    Ok(steps.iter().map(|(step, ms)| format!("{step}={ms:.0}")).collect::<Vec<_>>().join(" "))
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
        if let Some(log) = std::env::var_os("CAMPAIGN_DESK_STARTUP_LOG") {
            println!("footprint-split {label}: {} first-view={start_ms:.0}", split(&app, Path::new(&log)).await?);
        }

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
        let mut uss_kib = 0;
        let mut parts = Vec::new();
        let ours = tree(pid);
        for &p in &ours {
            let Some((kib, uss, name)) = pss(p) else { continue };
            if p == pid {
                app_kib += kib;
            } else {
                webkit_kib += kib;
            }
            uss_kib += uss;
            parts.push(format!("{name}={:.1}", kib as f64 / 1024.0));
        }
        let others = other_web_processes(&ours);
        if app_kib == 0 {
            bail!("no PSS read for the app ({pid})");
        }
        println!(
            "footprint {label}: start_ms={start_ms:.0} events_drawn={shown} pss_app_mib={:.1} pss_webkit_mib={:.1} \
             pss_total_mib={:.1} uss_total_mib={:.1} other_web_processes={others} ({})",
            app_kib as f64 / 1024.0,
            webkit_kib as f64 / 1024.0,
            (app_kib + webkit_kib) as f64 / 1024.0,
            uss_kib as f64 / 1024.0,
            parts.join(", ")
        );
        Ok(())
    })
    .await;
}
