//! IPC commands, one module per area. Each command is a few lines: take arguments and `State`, call the core, map
//! its error into an `ErrorReport` (`{kind, message, fields}`), and after a write emit `data-changed`.
//! Register new commands in `generate_handler!` in `lib.rs`.
//!
//! Every command is `#[tauri::command(async)]`: a plain command runs on the main thread, and a CSV import or a
//! backup there would freeze the window. The store's mutex serialises them.

pub mod about;
pub mod announce;
pub mod app;
pub mod calendar;
pub mod campaign_plans;
pub mod directory;
pub mod encryption;
pub mod files;
pub mod find_time;
pub mod ics;
pub mod invitations;
pub mod opened_files;
pub mod plans;
pub mod polls;
pub mod search;
pub mod statement_parts;
pub mod statements;
pub mod subscriptions;
pub mod sync;
pub mod tasks;
