//! Where the database lives when nobody says otherwise. The app and the CLI agree on this so they share one file.

use std::path::PathBuf;

/// The environment variable that points the app and the CLI at another database file.
pub const DB_ENV: &str = "CAMPAIGN_DESK_DB";
pub const DB_FILE_NAME: &str = "campaign-desk.sqlite3";

/// `$CAMPAIGN_DESK_DB` if set, else the OS data directory (Linux: `$XDG_DATA_HOME/campaign-desk/campaign-desk.sqlite3`).
pub fn default_db_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(DB_ENV).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("org", "Campaign Desk", "campaign-desk").map(|d| d.data_dir().join(DB_FILE_NAME))
}
