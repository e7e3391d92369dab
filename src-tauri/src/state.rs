//! State shared by all IPC commands: created once before the window opens and reached from a command through
//! a `tauri::State<'_, AppState>` argument.

use std::path::{Path, PathBuf};

#[derive(Debug)]
pub struct AppState {
    db_path: PathBuf,
}

impl AppState {
    /// Decides which database to use, exactly as the CLI does (`campaign_desk::paths::default_db_path`):
    /// `$CAMPAIGN_DESK_DB` (the end-to-end tests point it into a temporary directory), else the database last
    /// chosen, else the per-user data directory. Opening the store is the core's job and comes later.
    pub fn from_env() -> Result<Self, String> {
        let db_path = campaign_desk::paths::default_db_path()
            .ok_or_else(|| "no data directory for this user; set CAMPAIGN_DESK_DB".to_owned())?;
        Ok(Self { db_path })
    }

    pub fn db_path(&self) -> &Path {
        &self.db_path
    }
}
