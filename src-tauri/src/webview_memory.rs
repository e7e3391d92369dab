//! WebKitGTK's memory settings for the window (issue #19).
//!
//! Two knobs measurably helped (BENCHMARKS.md, `scripts/bench-footprint.sh`): hardware acceleration off, and with it
//! WebKit's DMA-BUF renderer off (`before_webkit`). With acceleration on, WebKit composites the page through OpenGL,
//! and where there is no GPU driver (Xvfb, many second-hand laptops, virtual machines) that is Mesa's llvmpipe —
//! shaders compiled by LLVM, GL buffers and tiles in the web process: about 90 MiB of its ~250 MiB, and CPU at start.
//! The window is forms, lists and a calendar grid, which WebKit paints on the CPU without visible cost, so it is off by
//! default. The cache model `DocumentViewer` and turning off the page cache changed nothing measurable (one page, no
//! navigation), so they are not set.
//!
//! `CAMPAIGN_DESK_WEBKIT_ACCELERATION=on` keeps WebKit's own choice (a person whose GPU makes scrolling smoother
//! and who has memory to spare), `=off` turns it off. Under WebDriver (tauri-driver sets
//! `TAURI_WEBVIEW_AUTOMATION=true`) WebKit's choice stays unless the variable says otherwise: with acceleration off
//! WebKitWebDriver's screenshot never returns (WebKitGTK 2.50.6), and the E2E flows take screenshots. The window
//! itself draws the same either way (checked on the X server's own screenshot).

/// Whether to turn hardware acceleration off, from `CAMPAIGN_DESK_WEBKIT_ACCELERATION` and whether WebDriver runs
/// the window.
pub fn acceleration_off(setting: Option<&str>, automated: bool) -> bool {
    match setting.map(str::trim) {
        Some("off") => true,
        Some("on") => false,
        _ => !automated,
    }
}

/// Whether this run turns acceleration off, from the environment.
#[cfg(target_os = "linux")]
fn acceleration_off_here() -> bool {
    let setting = std::env::var("CAMPAIGN_DESK_WEBKIT_ACCELERATION").ok();
    let automated = std::env::var("TAURI_WEBVIEW_AUTOMATION").as_deref() == Ok("true");
    acceleration_off(setting.as_deref(), automated)
}

/// Before GTK and WebKit start (the first thing `run` does): with acceleration off, WebKit's DMA-BUF renderer is
/// turned off too, unless the person set `WEBKIT_DISABLE_DMABUF_RENDERER` themselves. Without GL compositing it
/// has nothing to share between the web process and the window, yet it still set up its GL display and buffers:
/// 3–10 MiB of PSS (app + WebKit), and the start no faster (BENCHMARKS.md, issue #19). WebKit reads the variable
/// once, when its first web view is made, so it cannot wait for `tune`.
pub fn before_webkit() {
    #[cfg(target_os = "linux")]
    if acceleration_off_here() && std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        // Still one thread: nothing else reads the environment yet.
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
}

/// Applies the settings to the main window's web view (Linux; other systems use other engines).
pub fn tune(app: &tauri::AppHandle) {
    #[cfg(target_os = "linux")]
    {
        use tauri::Manager;
        if let Ok(other) = std::env::var("CAMPAIGN_DESK_WEBKIT_ACCELERATION") {
            if !matches!(other.trim(), "on" | "off") {
                eprintln!(
                    "campaign-desk-app: CAMPAIGN_DESK_WEBKIT_ACCELERATION={other:?} is neither on nor off; ignored"
                );
            }
        }
        if !acceleration_off_here() {
            return;
        }
        let Some(window) = app.get_webview_window("main") else { return };
        let applied = window.with_webview(|webview| {
            use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
            if let Some(settings) = WebViewExt::settings(&webview.inner()) {
                settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            }
        });
        if let Err(error) = applied {
            eprintln!("campaign-desk-app: could not set the window's WebKit settings: {error}");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

#[cfg(test)]
mod tests {
    use super::acceleration_off;

    #[test]
    fn off_by_default_kept_under_webdriver_and_the_variable_wins() {
        assert!(acceleration_off(None, false));
        assert!(!acceleration_off(None, true));
        assert!(acceleration_off(Some("off"), true));
        assert!(!acceleration_off(Some("on"), false));
        assert!(acceleration_off(Some(" off\n"), true));
        // A value that is neither: as if unset.
        assert!(acceleration_off(Some("maybe"), false));
        assert!(!acceleration_off(Some("maybe"), true));
    }
}
