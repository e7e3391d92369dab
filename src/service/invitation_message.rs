//! The invitation as a ready message (issue #18): the announcement of the occurrence, written from the
//! announcement templates in the chosen language, its time line on each invitee's own clock, between an
//! "you are invited" and a "please answer yes, maybe or no" — to copy into an e-mail or a chat.

use chrono::{DateTime, Utc};

use crate::announce::{length, Announcement, Lang, Phrase};
use crate::domain::Platform;
use crate::error::{Error, Result};
use crate::service::announce::{for_event, Request};
use crate::service::invitations::effective;
use crate::store::Store;

/// The message inviting those invited to occurrence `recurrence_id` of an event ('' : all occurrences, written
/// for the next one from `now`, as the composer does). The zones are the invitees' own, in the order Who is coming
/// lists them; invitees without a zone read the event's.
pub fn invitation_message(
    store: &Store,
    event_id: i64,
    recurrence_id: &str,
    platform: Platform,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<Announcement> {
    let (event, rid) = crate::service::invitations::event_and_occurrence(store, event_id, recurrence_id)?;
    let language = Lang::parse(lang).map_err(|m| Error::invalid_msg("lang", m))?;
    let invitees = effective(store.invitations_of_event(event_id)?, &rid);
    if invitees.is_empty() {
        return Err(Error::invalid_msg("invitees", crate::msg!("core-invitation-nobody", title = &event.title)));
    }
    let mut zones: Vec<String> = Vec::new();
    for zone in invitees.iter().filter_map(|i| i.zone.clone()) {
        if !zones.contains(&zone) {
            zones.push(zone);
        }
    }
    // No zone among them: the event's own clock alone (an empty list would mean the settings' partner zones).
    if zones.is_empty() {
        zones.push(event.zone.clone().unwrap_or(store.settings()?.home_zone));
    }
    // All occurrences of a series: the next one, as the composer picks (an event that does not repeat has one).
    let at = (!rid.is_empty()).then_some(rid.as_str());
    let post = for_event(store, event_id, at, now, &Request { platform, lang, zones: &zones, template: None })?;
    let text =
        format!("{}\n\n{}\n\n{}", language.phrase(Phrase::Invited), post.text, language.phrase(Phrase::PleaseAnswer));
    Ok(Announcement { length: length::length(platform, &text), limit: length::limit(platform), text })
}
