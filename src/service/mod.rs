//! Use cases that compose several store calls and pure modules in one transaction.

pub mod ics_import;
pub mod partner_times;
