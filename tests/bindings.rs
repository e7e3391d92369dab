//! The UI's TypeScript types are generated from the Rust ones (ts-rs) and committed in `ui/src/lib/bindings/`.
//! This test fails when they are stale; `make bindings` (UPDATE_BINDINGS=1) rewrites them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use campaign_desk::announce::Announcement;
use campaign_desk::calendar::{CalendarWindow, CampaignSpan, CrowdedDay, CutSeries, Occurrence, ZoneTime};
use campaign_desk::campaign_templates::CampaignTemplate;
use campaign_desk::csv_io::CsvPreview;
use campaign_desk::demo::DemoReport;
use campaign_desk::domain::*;
use campaign_desk::service::calendar_view::CalendarFilter;
use campaign_desk::service::find_time::{FindTimeAnswer, FindTimeQuery};
use campaign_desk::service::ics_export::{ExportScope, ExportSummary};
use campaign_desk::service::ics_import::ImportReport;
use campaign_desk::service::invitation_ics::{InvitationSaved, ReplyOutcome};
use campaign_desk::service::invitations::{CampaignInvitations, EventInvitationCounts, OccurrenceInvitations};
use campaign_desk::service::people_reminders::{OccurrenceReminders, ReminderToSend};
use campaign_desk::service::polls::PollView;
use campaign_desk::service::series_edit::FollowingEdit;
use campaign_desk::service::statement_diff::{DiffSpan, ParagraphChange, TextComparison};
use campaign_desk::statement_templates::StatementTemplate;
use campaign_desk::store::{CampaignPlan, Subscription, SyncAccount, SyncLink};
use campaign_desk::subscriptions::SubscribedOccurrence;
use campaign_desk::sync::{
    AddedAccount, ConflictView, Keep, LinkStatus, Progress, RefusedChange, RefusedKind, RemoteCalendar, RunReport,
    Undone,
};
use campaign_desk::wire::{AppInfo, BackupFile, EncryptionStatus, ErrorReport, FileFilter, KeyKind, WaitNeed, Waiting};
use ts_rs::{Config, TS};

fn export_all(dir: &Path) {
    // Ids and counts stay far below 2^53, so plain numbers are exact and far easier to use than bigint.
    let cfg = Config::new().with_large_int("number").with_out_dir(dir);
    macro_rules! export {
        ($($t:ty),+ $(,)?) => { $( <$t>::export_all(&cfg).expect(concat!("export ", stringify!($t))); )+ };
    }
    export!(
        Organisation,
        OrganisationInput,
        OrganisationUsage,
        Person,
        PersonInput,
        Campaign,
        CampaignInput,
        CampaignDetail,
        Event,
        EventInput,
        Invitation,
        InvitationCounts,
        InvitationUpdate,
        Invitee,
        RsvpAnswer,
        Attendance,
        OccurrenceInvitations,
        EventInvitationCounts,
        CampaignInvitations,
        ReminderKind,
        ReminderToSend,
        OccurrenceReminders,
        InvitationSaved,
        ReplyOutcome,
        Settings,
        DemoReport,
        CsvPreview,
        AppInfo,
        BackupFile,
        Waiting,
        WaitNeed,
        KeyKind,
        EncryptionStatus,
        ErrorReport,
        FileFilter,
        Occurrence,
        Subscription,
        SubscribedOccurrence,
        CampaignSpan,
        CalendarWindow,
        CrowdedDay,
        CutSeries,
        ZoneTime,
        ImportReport,
        ExportScope,
        ExportSummary,
        CalendarFilter,
        Announcement,
        Platform,
        Task,
        TaskInput,
        CampaignPlan,
        CampaignTemplate,
        SavedAnnouncement,
        SavedAnnouncementInput,
        Statement,
        StatementInput,
        StatementDetail,
        StatementKind,
        StatementStatus,
        SavedDraft,
        EndorsementInput,
        TranslationStatus,
        TextComparison,
        DiffSpan,
        ParagraphChange,
        StatementTemplate,
        SearchHit,
        FollowingEdit,
        FindTimeQuery,
        FindTimeAnswer,
        PollInput,
        PollView,
        SyncAccount,
        SyncLink,
        AddedAccount,
        RemoteCalendar,
        RunReport,
        LinkStatus,
        ConflictView,
        Keep,
        RefusedChange,
        RefusedKind,
        Undone,
        Progress,
    );
}

fn ts_files(dir: &Path) -> BTreeMap<PathBuf, String> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if p.extension().is_some_and(|e| e == "ts") {
            files.insert(PathBuf::from(entry.file_name()), std::fs::read_to_string(&p).expect("read"));
        }
    }
    files
}

#[test]
fn typescript_bindings_are_up_to_date() {
    let committed_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/bindings");
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        for old in ts_files(&committed_dir).keys() {
            std::fs::remove_file(committed_dir.join(old)).expect("remove stale binding");
        }
        export_all(&committed_dir);
    }
    let fresh = tempfile::tempdir().expect("tmp");
    export_all(fresh.path());
    let (want, have) = (ts_files(fresh.path()), ts_files(&committed_dir));
    assert!(want.len() > 10, "the export produced {} files", want.len());
    for (name, text) in &want {
        assert!(have.get(name) == Some(text), "ui/src/lib/bindings/{} is stale: run `make bindings`", name.display());
    }
    let extra: Vec<_> = have.keys().filter(|k| !want.contains_key(*k)).collect();
    assert!(extra.is_empty(), "bindings without a Rust type: {extra:?}; run `make bindings`");
}
