//! Invitations out and answers in, as calendar files: an event as an iTIP REQUEST to everyone invited to all its
//! occurrences, and an attendee's REPLY read back into their answer.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::calendar::is_series;
use crate::domain::{Event, Invitation, InvitationUpdate, OrgRole, RsvpAnswer};
use crate::error::{Error, Result};
use crate::ics::itip::{answer_of, read_reply, request, Party};
use crate::ics::{ExportContext, IcsTime};
use crate::service::invitations::effective;
use crate::store::Store;

/// An invitation file and who is in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InvitationFile {
    pub ics: String,
    /// The organiser named in it: "Name <address>".
    pub organizer: String,
    /// The invitees written as attendees.
    pub attendees: Vec<String>,
    /// Invitees left out because the directory has no e-mail address for them: a calendar cannot send to them.
    pub without_email: Vec<String>,
}

/// The event `event_id` as an invitation to everyone invited to all its occurrences (each with their answer so
/// far). The organiser is `organizer` (name, address), else the event's — or its campaign's — lead organisation
/// with an e-mail address.
pub fn invitation_request(
    store: &Store,
    event_id: i64,
    organizer: Option<(String, String)>,
    now: DateTime<Utc>,
) -> Result<InvitationFile> {
    let event = store.get_event(event_id)?;
    let organisations = store.list_organisations(None)?;
    let campaigns = store.list_campaigns(None)?;
    let organizer = match organizer {
        Some((name, email)) => {
            let mut c = crate::validate::Checker::new();
            let email = c.email("organizer_email", Some(&email)).unwrap_or_default();
            let name = c.required("organizer_name", &name, 200);
            c.finish()?;
            Party { name, email, group: false }
        }
        None => lead_organizer(&event, &campaigns, &organisations)
            .ok_or_else(|| Error::invalid_msg("organizer_email", crate::msg!("core-invitation-no-organizer")))?,
    };
    let invited = effective(store.invitations_of_event(event_id)?, "");
    if invited.is_empty() {
        return Err(Error::invalid_msg(
            "invitees",
            crate::msg!("core-invitation-nobody-invited", title = &event.title),
        ));
    }
    let (with, without): (Vec<&Invitation>, Vec<&Invitation>) = invited.iter().partition(|i| i.email.is_some());
    let attendees: Vec<(Party, RsvpAnswer)> = with
        .iter()
        .map(|i| {
            let party = Party {
                name: i.name.clone(),
                email: i.email.clone().unwrap_or_default(),
                group: i.organisation_id.is_some(),
            };
            (party, i.answer)
        })
        .collect();
    if attendees.is_empty() {
        let names: Vec<&str> = without.iter().map(|i| i.name.as_str()).collect();
        return Err(Error::invalid_msg(
            "invitees",
            crate::msg!("core-invitation-no-addresses", names = names.join(", ")),
        ));
    }
    let ctx = ExportContext {
        name: &event.title,
        campaigns: &campaigns,
        organisations: &organisations,
        partner_zones: &store.partner_zones()?,
        now,
    };
    Ok(InvitationFile {
        ics: request(&event, &organizer, &attendees, &ctx),
        organizer: match organizer.name == organizer.email {
            true => organizer.email.clone(),
            false => format!("{} <{}>", organizer.name, organizer.email),
        },
        attendees: attendees.iter().map(|(p, _)| format!("{} <{}>", p.name, p.email)).collect(),
        without_email: without.iter().map(|i| i.name.clone()).collect(),
    })
}

/// An invitation written to a file: who is in it, and who is not for want of an e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct InvitationSaved {
    pub organizer: String,
    pub attendees: Vec<String>,
    pub without_email: Vec<String>,
}

/// [`invitation_request`] written to `path` (atomically: a half-written invitation is never left there).
pub fn invitation_to_file(
    store: &Store,
    event_id: i64,
    organizer: Option<(String, String)>,
    path: &std::path::Path,
    now: DateTime<Utc>,
) -> Result<InvitationSaved> {
    let file = invitation_request(store, event_id, organizer, now)?;
    crate::service::ics_export::write_atomically(path, file.ics.as_bytes())?;
    Ok(InvitationSaved { organizer: file.organizer, attendees: file.attendees, without_email: file.without_email })
}

fn lead_organizer(
    event: &Event,
    campaigns: &[crate::domain::Campaign],
    organisations: &[crate::domain::Organisation],
) -> Option<Party> {
    let campaign = event.campaign_id.and_then(|id| campaigns.iter().find(|c| c.id == id));
    let roles = event.organisations.iter().chain(campaign.map(|c| c.organisations.as_slice()).unwrap_or(&[]));
    roles.filter(|r| r.role == OrgRole::Lead).find_map(|r| {
        let o = organisations.iter().find(|o| o.id == r.organisation_id)?;
        Some(Party { name: o.name.clone(), email: o.email.clone()?, group: true })
    })
}

/// What importing a reply changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ReplyOutcome {
    pub event_id: i64,
    pub title: String,
    /// '' for all occurrences, else the occurrence answered for.
    pub recurrence_id: String,
    pub answers: Vec<Invitation>,
}

/// Reads an attendee's reply (METHOD:REPLY) and records their answer for the event with its UID — for the
/// occurrence its RECURRENCE-ID names, else for all occurrences. Each attendee must be someone invited to the event
/// whose e-mail address the directory holds. Nothing is written unless every answer in it can be.
pub fn import_reply(store: &mut Store, text: &str) -> Result<ReplyOutcome> {
    let reply = read_reply(text).map_err(|m| Error::invalid("file", m))?;
    if reply.method != "REPLY" {
        let method = if reply.method.is_empty() { "—".to_string() } else { reply.method.clone() };
        return Err(Error::invalid_msg("file", crate::msg!("core-reply-not-a-reply", method = method)));
    }
    let event = store.find_event_by_uid(&reply.uid)?.ok_or_else(|| {
        Error::invalid_msg("file", crate::msg!("core-reply-unknown-event", uid = crate::excerpt::excerpt(&reply.uid)))
    })?;
    if reply.answers.is_empty() {
        return Err(Error::invalid_msg("file", crate::msg!("core-reply-no-attendee")));
    }
    let recurrence_id = match reply.recurrence_id {
        Some(t) if is_series(&event) => occurrence_key(&event, t)?,
        _ => String::new(),
    };
    let rows = store.invitations_of_event(event.id)?;
    let mut updates = Vec::new();
    for (address, partstat) in &reply.answers {
        let Some(row) = rows.iter().find(|r| r.email.as_deref().is_some_and(|e| e.eq_ignore_ascii_case(address)))
        else {
            let email = crate::excerpt::excerpt(address);
            return Err(Error::invalid_msg("file", crate::msg!("core-reply-unknown-attendee", email = email)));
        };
        let answer = answer_of(partstat).ok_or_else(|| {
            Error::invalid_msg(
                "file",
                crate::msg!("core-reply-unknown-answer", value = crate::excerpt::excerpt(partstat)),
            )
        })?;
        updates.push(InvitationUpdate {
            recurrence_id: recurrence_id.clone(),
            invitee: row.invitee(),
            answer: Some(answer),
            ..Default::default()
        });
    }
    let answers = store.update_invitations(event.id, &updates)?;
    Ok(ReplyOutcome { event_id: event.id, title: event.title, recurrence_id, answers })
}

/// The occurrence a RECURRENCE-ID names, as our key: its original local start in the event's zone (a date for an
/// all-day series).
fn occurrence_key(event: &Event, t: IcsTime) -> Result<String> {
    if event.all_day {
        let day = match t {
            IcsTime::Date(d) => d,
            other => other.local_in(chrono_tz::UTC).map_err(|m| Error::invalid("file", m))?.date(),
        };
        return Ok(day.to_string());
    }
    let zone =
        crate::validate::parse_zone(event.zone.as_deref().unwrap_or("")).map_err(|m| Error::invalid("zone", m))?;
    let local = t.local_in(zone).map_err(|m| Error::invalid("file", m))?;
    Ok(crate::time_text::local_text(&local))
}
