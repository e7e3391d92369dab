//! Campaign Desk's core: the domain records, their validation, the SQLite store and everything computed from them.
//!
//! It knows nothing of Tauri or of any UI: the desktop shell (`src-tauri/`) and the CLI (`src/bin/`) are thin
//! layers over [`store::Store`] and the pure modules. See ARCHITECTURE.md for the map and the invariants.

pub mod announce;
pub mod backup;
pub mod calendar;
pub mod campaign_templates;
pub mod csv_io;
pub mod db_key;
pub mod demo;
pub mod diagnostics;
pub mod domain;
pub mod editor_document;
pub mod encryption;
pub mod error;
pub mod excerpt;
pub mod i18n;
pub mod ics;
pub mod paths;
pub mod search_snippet;
pub mod service;
pub mod statement_export;
pub mod statement_templates;
pub mod store;
pub mod subscriptions;
pub mod sync;
pub mod time_text;
pub mod validate;
pub mod wire;

pub use error::{Error, FieldError, Result};
pub use store::Store;

/// The version shown in the app and printed by `campaign-desk --version`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
