//! Use cases that compose several store calls and pure modules in one transaction.

pub mod ics_import;
