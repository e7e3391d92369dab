//! iCalendar (RFC 5545) as Google, Outlook, Apple and Thunderbird read it. Pure: records in, text out; no IO.

mod export;
mod text;
mod vtimezone;

pub use export::{export, ExportContext};
pub use text::{escape_text, fold_line};
pub use vtimezone::vtimezone;
