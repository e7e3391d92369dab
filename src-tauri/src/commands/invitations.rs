//! "Who is coming": an occurrence's invitations, answers and attendance, and a campaign's counts. Each write
//! answers with the occurrence's invitations as they now are, so the section redraws from one reply.

use campaign_desk::announce::Announcement;
use campaign_desk::domain::{InvitationUpdate, Invitee, Platform, ReminderKind};
use campaign_desk::service::invitation_ics::{self, InvitationSaved, ReplyOutcome};
use campaign_desk::service::invitation_message;
use campaign_desk::service::invitations::{self, CampaignInvitations, OccurrenceInvitations};
use campaign_desk::service::people_reminders::{self, OccurrenceReminders};
use tauri::{AppHandle, State};

use crate::events::emit_data_changed;
use crate::file_access::Access;
use crate::{AppState, IpcResult as Reply};

/// The invitations of one occurrence (`recurrence_id`: its original local start), or of the event as a whole ('').
#[tauri::command(async)]
pub fn invitations_get(
    state: State<'_, AppState>,
    event_id: i64,
    recurrence_id: String,
) -> Reply<OccurrenceInvitations> {
    state.with(|s| invitations::for_occurrence(s, event_id, &recurrence_id))
}

#[tauri::command(async)]
pub fn invitations_add(
    app: AppHandle,
    state: State<'_, AppState>,
    event_id: i64,
    recurrence_id: String,
    invitees: Vec<Invitee>,
) -> Reply<OccurrenceInvitations> {
    let now = state.with(|s| {
        s.invite(event_id, &recurrence_id, &invitees)?;
        invitations::for_occurrence(s, event_id, &recurrence_id)
    })?;
    emit_data_changed(&app, "invitation");
    Ok(now)
}

/// Records an answer, an attendance or notes; answers with the occurrence the update was for.
#[tauri::command(async)]
pub fn invitation_update(
    app: AppHandle,
    state: State<'_, AppState>,
    event_id: i64,
    update: InvitationUpdate,
) -> Reply<OccurrenceInvitations> {
    let now = state.with(|s| {
        let row = s.update_invitation(event_id, &update)?;
        invitations::for_occurrence(s, event_id, &row.recurrence_id)
    })?;
    emit_data_changed(&app, "invitation");
    Ok(now)
}

#[tauri::command(async)]
pub fn invitation_remove(
    app: AppHandle,
    state: State<'_, AppState>,
    event_id: i64,
    recurrence_id: String,
    invitee: Invitee,
) -> Reply<OccurrenceInvitations> {
    let now = state.with(|s| {
        s.uninvite(event_id, &recurrence_id, &invitee)?;
        invitations::for_occurrence(s, event_id, &recurrence_id)
    })?;
    emit_data_changed(&app, "invitation");
    Ok(now)
}

/// A campaign's invitation totals and each event's counts.
#[tauri::command(async)]
pub fn campaign_invitations(state: State<'_, AppState>, campaign_id: i64) -> Reply<CampaignInvitations> {
    state.with(|s| invitations::for_campaign(s, campaign_id))
}

/// The reminders to send before one occurrence, written for `platform` in `lang`.
#[tauri::command(async)]
pub fn reminders_to_send(
    state: State<'_, AppState>,
    event_id: i64,
    recurrence_id: String,
    platform: Platform,
    lang: String,
) -> Reply<OccurrenceReminders> {
    let now = chrono::Utc::now();
    state.with(|s| people_reminders::reminders_to_send(s, event_id, &recurrence_id, platform, &lang, now))
}

/// The invitation as a ready message for `platform` in `lang`, each invitee's own clock in its time line.
#[tauri::command(async)]
pub fn invitation_message(
    state: State<'_, AppState>,
    event_id: i64,
    recurrence_id: String,
    platform: Platform,
    lang: String,
) -> Reply<Announcement> {
    let now = chrono::Utc::now();
    state.with(|s| invitation_message::invitation_message(s, event_id, &recurrence_id, platform, &lang, now))
}

/// Marks one reminder sent (or not), then answers with the list as `reminders_to_send` would.
#[tauri::command(async)]
#[allow(clippy::too_many_arguments)]
pub fn reminder_mark_sent(
    app: AppHandle,
    state: State<'_, AppState>,
    event_id: i64,
    recurrence_id: String,
    invitee: Invitee,
    kind: ReminderKind,
    sent: bool,
    platform: Platform,
    lang: String,
) -> Reply<OccurrenceReminders> {
    let now = chrono::Utc::now();
    let list = state.with(|s| {
        people_reminders::mark_sent(s, event_id, &recurrence_id, &invitee, kind, sent)?;
        people_reminders::reminders_to_send(s, event_id, &recurrence_id, platform, &lang, now)
    })?;
    emit_data_changed(&app, "invitation");
    Ok(list)
}

/// The event as an invitation file (METHOD:REQUEST) at `path`, a file the person chose; the organiser is the one
/// given, else the event's lead organisation with an e-mail address.
#[tauri::command(async)]
pub fn invitation_ics_save(
    state: State<'_, AppState>,
    event_id: i64,
    path: std::path::PathBuf,
    organizer_email: Option<String>,
) -> Reply<InvitationSaved> {
    state.files.check(&[Access::Save], &path)?;
    let organizer = organizer_email.map(|e| e.trim().to_string()).filter(|e| !e.is_empty()).map(|e| (e.clone(), e));
    state.with(|s| invitation_ics::invitation_to_file(s, event_id, organizer, &path, chrono::Utc::now()))
}

/// An attendee's reply (METHOD:REPLY) from a file the person chose, recorded as their answer.
#[tauri::command(async)]
pub fn invitation_reply_import(
    app: AppHandle,
    state: State<'_, AppState>,
    path: std::path::PathBuf,
) -> Reply<ReplyOutcome> {
    state.files.check(&[Access::Open], &path)?;
    let text = std::fs::read_to_string(&path)
        .map_err(|e| campaign_desk::Error::io(format!("cannot read {}", path.display()), e))?;
    let outcome = state.with(|s| invitation_ics::import_reply(s, &text))?;
    emit_data_changed(&app, "invitation");
    Ok(outcome)
}
