//! The About section: what "Copy diagnostics" copies (the version, licence and file locations come with
//! `app_info`).

use crate::IpcResult as Reply;

/// The diagnostics text (`campaign_desk::diagnostics`), with the version of the system's web view read here,
/// since only the shell knows which one draws the window.
#[tauri::command(async)]
pub fn about_diagnostics() -> Reply<String> {
    let webview = tauri::webview_version().ok();
    Ok(campaign_desk::diagnostics::report(webview.as_deref()))
}
