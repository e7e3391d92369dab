//! One error type for the core. Messages are written for the coordinator who will read them: they say which field
//! or line is wrong and what would be right.

use std::path::PathBuf;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::i18n::{Msg, MsgArg};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A problem with one field of a record (or one line of an imported file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, ts_rs::TS)]
pub struct FieldError {
    /// The field's name as the UI and the CLI call it (`title`, `end_date`, `zone`, `line 4: email` …).
    pub field: String,
    /// The English text: what the CLI prints by default and what older callers read.
    pub message: String,
    /// The message's id in the catalogues `locales/<lang>/core.ftl` (`core-…`), so the UI can show it in its own
    /// language; empty for the few messages not catalogued yet (see ARCHITECTURE.md, "Languages").
    #[serde(default)]
    pub id: String,
    /// The values of the message's `{ $placeables }`.
    #[serde(default)]
    pub args: BTreeMap<String, MsgArg>,
}

impl FieldError {
    /// An uncatalogued message, English only.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { field: field.into(), message: message.into(), id: String::new(), args: BTreeMap::new() }
    }

    /// A catalogued message: its English text, id and arguments.
    pub fn msg(field: impl Into<String>, msg: Msg) -> Self {
        Self { field: field.into(), message: msg.english(), id: msg.id.to_string(), args: msg.args }
    }

    /// The message in `lang`, else in English.
    pub fn text_in(&self, lang: &str) -> String {
        if self.id.is_empty() {
            self.message.clone()
        } else {
            crate::i18n::render(lang, &self.id, &self.args)
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", join_fields(.0))]
    Invalid(Vec<FieldError>),

    #[error("{entity} {id} does not exist")]
    NotFound { entity: &'static str, id: i64 },

    #[error("{path} is not a SQLite database ({reason}); it was left untouched")]
    NotADatabase { path: PathBuf, reason: String },

    #[error("{path} is a SQLite database of another application; Campaign Desk will not modify it")]
    ForeignDatabase { path: PathBuf },

    #[error("{path} was written by a newer Campaign Desk (schema {found}, this version knows up to {known}); update the app")]
    TooNew { path: PathBuf, found: i64, known: i64 },

    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),

    /// A schema step that did not apply; the step is named, its SQL is not quoted.
    #[error("database upgrade to schema {version} failed: {reason}")]
    Upgrade { version: i64, reason: String },

    #[error("{context}: {source}")]
    Io { context: String, source: std::io::Error },

    /// An encrypted database whose key is missing, unreadable or cannot be kept (`src/db_key/`). The message names
    /// where the key was looked for, never the key; `msg` is its catalogued form ([`Error::key`]), where it has one.
    #[error("{message}")]
    Key { message: String, msg: Option<Msg> },

    /// A key that does not open an encrypted database; `from` names where it came from ("the key in the keyring").
    #[error(
        "{path} is encrypted and {from} does not open it (or it is not a Campaign Desk database); it was left \
         untouched. Use its recovery key: write it into a file and name that file in CAMPAIGN_DESK_DB_KEY_FILE"
    )]
    WrongKey { path: PathBuf, from: String },

    /// A CalDAV server's refusal or silence (`src/sync/`). `fixable`: the person can fix it (a password, an
    /// address, a calendar that exists, a certificate their system trusts).
    #[error("{message}")]
    Remote { message: String, fixable: bool },
}

fn join_fields(fields: &[FieldError]) -> String {
    join_fields_in(fields, "en")
}

fn join_fields_in(fields: &[FieldError], lang: &str) -> String {
    fields.iter().map(|f| format!("{}: {}", f.field, f.text_in(lang))).collect::<Vec<_>>().join("; ")
}

impl Error {
    /// A stable, machine-readable category: the UI branches on it and the CLI maps it to an exit status.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Invalid(_) => "validation",
            Error::NotFound { .. } => "not_found",
            Error::NotADatabase { .. } | Error::ForeignDatabase { .. } | Error::TooNew { .. } => "bad_database",
            Error::Sqlite(_) | Error::Upgrade { .. } => "storage",
            Error::Io { .. } => "io",
            Error::Remote { .. } => "remote",
            Error::Key { .. } | Error::WrongKey { .. } => "key",
        }
    }

    /// True when the user can fix it by changing what they asked for (exit status 2 in the CLI).
    pub fn is_user_error(&self) -> bool {
        matches!(self.kind(), "validation" | "not_found" | "bad_database" | "key")
            || matches!(self, Error::Remote { fixable: true, .. })
    }

    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid(vec![FieldError::new(field, message)])
    }

    /// One field's catalogued problem.
    pub fn invalid_msg(field: impl Into<String>, msg: Msg) -> Self {
        Error::Invalid(vec![FieldError::msg(field, msg)])
    }

    /// A record named in a field that does not exist ("campaign 4 does not exist", next to `campaign_id`).
    pub fn missing(field: impl Into<String>, entity: &'static str, id: i64) -> Self {
        Error::invalid_msg(field, crate::msg!("core-not-found", entity = entity, id = id.to_string()))
    }

    /// The error for a person reading `lang` (the CLI's `--lang`): catalogued messages in that language,
    /// everything else as [`Display`](std::fmt::Display) writes it.
    pub fn text_in(&self, lang: &str) -> String {
        match (self, self.msg()) {
            (Error::Invalid(fields), _) => join_fields_in(fields, lang),
            (_, Some(msg)) => msg.render(lang),
            (other, None) => other.to_string(),
        }
    }

    /// The catalogued form of an error shown whole (not per field), whose English is exactly its `Display`;
    /// `None` for the kinds not catalogued yet (storage, IO, keys, remote servers: see ARCHITECTURE.md).
    pub fn msg(&self) -> Option<Msg> {
        let shown = |path: &std::path::Path| path.display().to_string();
        Some(match self {
            Error::NotFound { entity, id } => crate::msg!("core-not-found", entity = *entity, id = id.to_string()),
            Error::NotADatabase { path, reason } => {
                crate::msg!("core-not-a-database", path = shown(path), reason = reason)
            }
            Error::ForeignDatabase { path } => crate::msg!("core-foreign-database", path = shown(path)),
            Error::Key { msg: Some(msg), .. } => msg.clone(),
            Error::TooNew { path, found, known } => {
                crate::msg!("core-database-too-new", path = shown(path), found = *found, known = *known)
            }
            _ => return None,
        })
    }

    /// A key problem in the catalogue: its English text is the message.
    pub fn key(msg: Msg) -> Self {
        Error::Key { message: msg.english(), msg: Some(msg) }
    }

    /// A key problem in English only (its text quotes a place named in English).
    pub fn key_text(message: String) -> Self {
        Error::Key { message, msg: None }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io { context: context.into(), source }
    }

    /// The per-field problems, for forms that show each message next to its field.
    pub fn fields(&self) -> &[FieldError] {
        match self {
            Error::Invalid(f) => f,
            _ => &[],
        }
    }
}
