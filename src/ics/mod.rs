//! iCalendar (RFC 5545) as Google, Outlook, Apple and Thunderbird read it. Pure: records in, text out; no IO.

mod export;
mod import;
pub mod itip;
mod lines;
mod text;
mod time_value;
mod todo;
mod todo_read;
mod vtimezone;
mod vtimezone_match;
mod windows_zones;
mod writer;

pub use export::{export, export_with_tasks, CalendarBuilder, ExportContext};
pub use import::{read_events, ParsedBody, ParsedEvent, Problem, ProblemKind};
pub use lines::{preview, unescape_text, ContentLine, Lines};
pub use text::{escape_text, fold_line};
pub use time_value::{parse_duration, resolve_lenient, IcsTime};
pub use todo_read::{read_todos, ParsedTodo};
pub use vtimezone::vtimezone;
