//! Shapes that exist only to cross a boundary (IPC to the UI, `--json`): kept in the core so that their TypeScript
//! bindings are generated with everything else and the shell stays a thin mapping.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, FieldError};
use crate::i18n::MsgArg;

/// What the UI receives when a command fails: `kind` to branch on, `message` to show, `fields` to mark a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ErrorReport {
    pub kind: String,
    /// English; a validation error's is its fields' messages joined.
    pub message: String,
    pub fields: Vec<FieldError>,
    /// The message's id in `locales/<lang>/core.ftl` for an error shown whole (not found, not a database …), so
    /// the UI can show it in its own language; empty when not catalogued.
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub args: BTreeMap<String, MsgArg>,
}

impl From<&Error> for ErrorReport {
    fn from(e: &Error) -> Self {
        let (id, args) = e.msg().map(|m| (m.id.to_string(), m.args)).unwrap_or_default();
        ErrorReport { kind: e.kind().to_string(), message: e.to_string(), fields: e.fields().to_vec(), id, args }
    }
}

impl From<Error> for ErrorReport {
    fn from(e: Error) -> Self {
        ErrorReport::from(&e)
    }
}

impl ErrorReport {
    pub fn new(kind: &str, message: impl Into<String>) -> Self {
        ErrorReport {
            kind: kind.into(),
            message: message.into(),
            fields: Vec::new(),
            id: String::new(),
            args: BTreeMap::new(),
        }
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
    /// What the database waits for before it opens (the start-up screens); `None` when open or failed.
    pub waiting: Option<Waiting>,
    /// Whether the open database is encrypted (SQLCipher).
    pub encrypted: bool,
}

/// What the window asks before the database opens (issue #15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum WaitNeed {
    /// An encrypted database whose key is not at hand: its passphrase or its recovery key.
    Key,
    /// A new database and no keyring to keep its key: a passphrase, or no encryption.
    Choice,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Waiting {
    pub need: WaitNeed,
    /// Why, in words for the window.
    pub reason: String,
}

/// Where the key of an encrypted database is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum KeyKind {
    Keyring,
    /// Kept nowhere: asked at each start.
    Passphrase,
    /// The file named by `CAMPAIGN_DESK_DB_KEY_FILE`.
    KeyFile,
}

/// Settings → Privacy: how the database and its backups are protected. Never the key itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct EncryptionStatus {
    pub encrypted: bool,
    /// `None` when the database is plain.
    pub key_kind: Option<KeyKind>,
    /// Why the keyring cannot be used on this machine; `None` when it can.
    pub keyring_problem: Option<String>,
    /// The plain file kept after encrypting, until the person has it removed.
    pub plain_copy: Option<String>,
    /// Backups made while the database was plain, still readable without a key.
    pub plain_backups: u32,
    /// A recovery key waits to be shown (and confirmed kept).
    pub recovery_key_pending: bool,
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
