//! Shapes that exist only to cross a boundary (IPC to the UI, `--json`): kept in the core so that their TypeScript
//! bindings are generated with everything else and the shell stays a thin mapping.

use serde::{Deserialize, Serialize};

use crate::error::{Error, FieldError};

/// What the UI receives when a command fails: `kind` to branch on, `message` to show, `fields` to mark a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ErrorReport {
    pub kind: String,
    pub message: String,
    pub fields: Vec<FieldError>,
}

impl From<&Error> for ErrorReport {
    fn from(e: &Error) -> Self {
        ErrorReport { kind: e.kind().to_string(), message: e.to_string(), fields: e.fields().to_vec() }
    }
}

impl From<Error> for ErrorReport {
    fn from(e: Error) -> Self {
        ErrorReport::from(&e)
    }
}

impl ErrorReport {
    pub fn new(kind: &str, message: impl Into<String>) -> Self {
        ErrorReport { kind: kind.into(), message: message.into(), fields: Vec::new() }
    }
}

/// Facts about the running app and its database, for the sidebar, the welcome screen and Settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct AppInfo {
    pub version: String,
    pub database_path: String,
    pub schema_version: i64,
    /// True when the database holds no organisation, campaign or event: the UI shows the welcome screen.
    pub is_empty: bool,
    /// Why the database could not be opened (the UI then offers to open or create another); `None` when it is open.
    pub database_error: Option<String>,
    pub backups_dir: String,
}

/// One backup file, for the list in Settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct BackupFile {
    pub path: String,
    pub file_name: String,
    pub size_bytes: u64,
    /// Encrypted (SQLCipher): a backup of an encrypted database is encrypted with its key.
    pub encrypted: bool,
}

/// A filter of a native file dialog: its label and the extensions it shows (without dots).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct FileFilter {
    pub name: String,
    pub extensions: Vec<String>,
}
