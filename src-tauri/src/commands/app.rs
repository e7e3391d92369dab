use serde::Serialize;

use crate::IpcResult;

#[derive(Debug, Clone, Serialize)]
pub struct AppInfo {
    pub version: String,
}

/// Facts about the running app, shown in the sidebar footer.
#[tauri::command]
pub fn app_info() -> IpcResult<AppInfo> {
    Ok(AppInfo { version: env!("CARGO_PKG_VERSION").to_owned() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn app_info_reports_the_crate_version() {
        let info = app_info().expect("app_info never fails");
        assert_eq!(info.version, env!("CARGO_PKG_VERSION"));
        assert!(!info.version.is_empty());
    }
}
