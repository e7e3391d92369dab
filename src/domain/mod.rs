//! Plain records: what the store keeps and what crosses the IPC boundary and the CLI's `--json`.
//!
//! Each record comes with an `…Input` (what a form or a command line supplies) so that creating and editing go
//! through the same validation. The TypeScript bindings in `ui/src/lib/bindings/` are generated from these types.

mod campaign;
pub mod country;
mod enums;
mod event;
mod invitation;
mod occurrence_change;
mod organisation;
mod person;
mod poll;
mod saved_announcement;
mod search;
mod settings;
mod statement;
mod task;

pub use campaign::{Campaign, CampaignDetail, CampaignInput, TimelineEntry};
pub(crate) use enums::string_enum;
pub use enums::{CampaignKind, CampaignStatus, EventKind, EventMode, EventStatus, OrgRole, Platform};
pub(crate) use event::series_start;
pub use event::{Event, EventInput, EventRef};
pub(crate) use invitation::checked_recurrence_id;
pub use invitation::{Attendance, Invitation, InvitationCounts, InvitationUpdate, Invitee, ReminderKind, RsvpAnswer};
pub use occurrence_change::OccurrenceChange;
pub use organisation::{Organisation, OrganisationInput, OrganisationUsage};
pub use person::{Person, PersonInput};
pub use poll::{
    instant_text, parse_instant, parse_instant_msg, Poll, PollAnswer, PollAnswerRecord, PollInput, PollRecord,
    PollSlot, MAX_POLL_ORGANISATIONS, MAX_POLL_SLOTS,
};
pub use saved_announcement::{SavedAnnouncement, SavedAnnouncementInput};
pub use search::{SearchHit, SearchKind, SnippetPart};
pub use settings::{AnnouncementTemplate, Settings};
pub use statement::{
    lang_tag, word_count, Approval, Endorsement, EndorsementInput, IssuerRef, ReferenceContact, Revision,
    RevisionSummary, SavedDraft, Statement, StatementDetail, StatementInput, StatementKind, StatementStatus,
    Translation, TranslationStatus,
};
pub use task::{Task, TaskInput};

use serde::{Deserialize, Serialize};

/// An organisation taking part in a campaign or an event, in a role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct OrgInRole {
    pub organisation_id: i64,
    /// Filled in on reads so lists can show names without another query; ignored on writes.
    #[serde(default)]
    pub organisation_name: String,
    pub role: OrgRole,
}
