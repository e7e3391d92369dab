//! Where the database lives when nobody says otherwise. The app and the CLI agree on this so they share one file.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The environment variable that points the app and the CLI at another database file.
pub const DB_ENV: &str = "CAMPAIGN_DESK_DB";
pub const DB_FILE_NAME: &str = "campaign-desk.sqlite3";

fn dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("org", "Campaign Desk", "campaign-desk")
}

/// `$CAMPAIGN_DESK_DB` if set; else the database last chosen with "Open another database…"; else the OS data
/// directory (Linux: `$XDG_DATA_HOME/campaign-desk/campaign-desk.sqlite3`).
pub fn default_db_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(DB_ENV).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    if let Some(chosen) = chosen_database() {
        return Some(chosen);
    }
    dirs().map(|d| d.data_dir().join(DB_FILE_NAME))
}

/// `$XDG_CONFIG_HOME/campaign-desk/database` holds the path of the database the user chose, one line.
fn choice_file() -> Option<PathBuf> {
    dirs().map(|d| d.config_dir().join("database"))
}

fn chosen_database() -> Option<PathBuf> {
    let text = std::fs::read_to_string(choice_file()?).ok()?;
    let line = text.lines().next()?.trim();
    (!line.is_empty()).then(|| PathBuf::from(line))
}

/// Remembers `db` as the database to open next time (app and CLI alike), unless `$CAMPAIGN_DESK_DB` overrides it.
pub fn remember_database(db: &Path) -> Result<()> {
    let Some(file) = choice_file() else { return Ok(()) };
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))?;
    }
    let tmp = file.with_extension("tmp");
    std::fs::write(&tmp, format!("{}\n", db.display()))
        .and_then(|()| std::fs::rename(&tmp, &file))
        .map_err(|e| Error::io(format!("cannot write {}", file.display()), e))
}
