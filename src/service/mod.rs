//! Use cases that compose several store calls and pure modules in one transaction.

pub mod announce;
pub mod calendar_view;
pub mod campaign_plans;
pub mod endorsements_csv;
pub mod event_link;
pub mod find_time;
pub mod ics_export;
pub mod ics_import;
mod ics_import_report;
mod ics_range;
pub mod import_file;
pub mod invitation_ics;
pub mod invitation_message;
pub mod invitations;
pub mod partner_times;
pub mod people_reminders;
pub mod polls;
pub mod reminders;
pub mod series_edit;
pub mod statement_diff;
