//! Reminders to send to people before an occurrence — the day before and an hour before, due on each recipient's
//! own clock — as ready messages from the announcement templates, with what was already marked sent.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::calendar::{is_series, resolve_local_msg};
use crate::domain::{Invitee, Platform, ReminderKind, RsvpAnswer};
use crate::error::{Error, Result};
use crate::excerpt::excerpt;
use crate::ics::resolve_lenient;
use crate::service::announce::{for_event, Request};
use crate::service::invitations::effective;
use crate::store::Store;
use crate::time_text::{local_text, parse_date, parse_local};

/// One reminder to one invitee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ReminderToSend {
    pub kind: ReminderKind,
    /// When to send it, RFC 3339 in UTC.
    pub due: String,
    /// The same moment on the recipient's clock (`YYYY-MM-DDTHH:MM`), in `zone`.
    pub due_local: String,
    /// The recipient's zone: their organisation's office, else the event's, else the home zone.
    pub zone: String,
    pub invitee: Invitee,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub answer: RsvpAnswer,
    /// The message, with the occurrence's time on the recipient's clock.
    pub text: String,
    /// When it was marked sent; `None` while still to send.
    pub sent_at: Option<String>,
}

/// The reminders of one occurrence, soonest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct OccurrenceReminders {
    pub event_id: i64,
    pub recurrence_id: String,
    /// The occurrence's actual local start in the event's zone (a date for all-day events): the key the marks
    /// are kept under.
    pub occurrence: String,
    pub reminders: Vec<ReminderToSend>,
}

/// The reminders for occurrence `recurrence_id` (its original start; '' for an event that does not repeat) to
/// everyone invited who has not declined or been given up on, written for `platform` in `lang`.
pub fn reminders_to_send(
    store: &Store,
    event_id: i64,
    recurrence_id: &str,
    platform: Platform,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<OccurrenceReminders> {
    let (event, rid) = crate::service::invitations::event_and_occurrence(store, event_id, recurrence_id)?;
    if rid.is_empty() && is_series(&event) {
        return Err(Error::invalid_msg("occurrence", crate::msg!("core-reminders-need-occurrence")));
    }
    let moved = event.changes.iter().find(|c| c.recurrence_id == rid).and_then(|c| c.start.clone());
    let occurrence = match (&moved, rid.is_empty()) {
        (Some(start), _) => start.clone(),
        (None, false) => rid.clone(),
        (None, true) => event.start.clone(),
    };
    let home: Tz = store.settings()?.home_zone.parse().unwrap_or(chrono_tz::UTC);
    let event_zone: Option<Tz> = event.zone.as_deref().and_then(|z| z.parse().ok());
    let at = if rid.is_empty() { event.start.clone() } else { rid.clone() };
    let sent = store.reminders_sent(event_id, &occurrence)?;
    let kinds: &[(ReminderKind, i64)] =
        if event.all_day { &[(ReminderKind::Day, 24)] } else { &[(ReminderKind::Day, 24), (ReminderKind::Hour, 1)] };

    let mut texts: std::collections::HashMap<Tz, String> = std::collections::HashMap::new();
    let mut reminders = Vec::new();
    let invited = effective(store.invitations_of_event(event_id)?, &rid);
    for inv in invited.iter().filter(|i| !matches!(i.answer, RsvpAnswer::No | RsvpAnswer::NoAnswer)) {
        let zone: Tz = inv.zone.as_deref().and_then(|z| z.parse().ok()).or(event_zone).unwrap_or(home);
        let start = start_instant(&occurrence, event.all_day, event_zone.unwrap_or(home), zone)?;
        let text = match texts.get(&zone) {
            Some(t) => t.clone(),
            None => {
                let zones = [zone.name().to_string()];
                let request = Request { platform, lang, zones: &zones, template: None };
                let post = for_event(store, event_id, Some(&at), now, &request)?;
                texts.entry(zone).or_insert(post.text).clone()
            }
        };
        for &(kind, hours) in kinds {
            let due = start - Duration::hours(hours);
            let intro = match kind {
                ReminderKind::Day => crate::msg!("core-reminder-day"),
                ReminderKind::Hour => crate::msg!("core-reminder-hour"),
            };
            let sent_at =
                sent.iter().find(|(who, k, _)| *who == inv.invitee() && *k == kind).map(|(_, _, at)| at.clone());
            reminders.push(ReminderToSend {
                kind,
                due: due.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                due_local: local_text(&due.with_timezone(&zone).naive_local()),
                zone: zone.name().to_string(),
                invitee: inv.invitee(),
                name: inv.name.clone(),
                email: inv.email.clone(),
                phone: inv.phone.clone(),
                answer: inv.answer,
                text: format!("{}\n\n{text}", intro.render(lang)),
                sent_at,
            });
        }
    }
    reminders.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase())));
    Ok(OccurrenceReminders { event_id, recurrence_id: rid, occurrence, reminders })
}

/// When the occurrence starts: a timed one at its local start in the event's zone; an all-day one at midnight on
/// the recipient's own clock (the date is the same everywhere).
fn start_instant(occurrence: &str, all_day: bool, event_zone: Tz, recipient: Tz) -> Result<DateTime<Utc>> {
    let bad = || Error::invalid_msg("occurrence", crate::msg!("core-not-a-start-time", value = excerpt(occurrence)));
    if all_day {
        let day = parse_date(occurrence).ok_or_else(bad)?;
        return Ok(resolve_lenient(recipient, day.and_time(chrono::NaiveTime::MIN)).with_timezone(&Utc));
    }
    let local = parse_local(occurrence).ok_or_else(bad)?;
    Ok(resolve_local_msg(event_zone, local).map_err(|m| Error::invalid_msg("occurrence", m))?.with_timezone(&Utc))
}

/// Marks a reminder of occurrence `recurrence_id` sent (or takes the mark back), keyed as the list keys it.
pub fn mark_sent(
    store: &mut Store,
    event_id: i64,
    recurrence_id: &str,
    invitee: &Invitee,
    kind: ReminderKind,
    sent: bool,
) -> Result<OccurrenceReminders> {
    let mut c = crate::validate::Checker::new();
    invitee.check(&mut c);
    c.finish()?;
    let list = reminders_to_send(store, event_id, recurrence_id, Platform::Email, "en", Utc::now())?;
    if !list.reminders.iter().any(|r| r.invitee == *invitee && r.kind == kind) {
        let name = crate::store::invitee_name(store, invitee)?;
        return Err(Error::invalid_msg("invitee", crate::msg!("core-no-reminder-for", name = name)));
    }
    store.mark_reminder_sent(event_id, &list.occurrence, invitee, kind, sent)?;
    Ok(list)
}
