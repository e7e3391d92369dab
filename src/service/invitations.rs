//! Who is coming: an occurrence's invitees with the answer and attendance that apply to it, the counts, who to
//! chase for an answer, and a campaign's totals.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use chrono_tz::Tz;

use crate::calendar::{expand, is_series, Window};
use crate::domain::{Event, EventStatus, Invitation, InvitationCounts, Invitee, OrgInRole, OrgRole, RsvpAnswer};
use crate::error::{Error, Result};
use crate::store::Store;
use crate::time_text::parse_date;

/// One occurrence's invitations (or, with `recurrence_id` '', the event's as a whole).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct OccurrenceInvitations {
    pub event_id: i64,
    pub title: String,
    /// '' for all occurrences (or an event that does not repeat), else the instance's original local start.
    pub recurrence_id: String,
    pub repeats: bool,
    /// Each invitee once: the instance's own row where it has one, else the series' row.
    pub invitees: Vec<Invitation>,
    pub counts: InvitationCounts,
    /// Asked, no answer yet: those to chase.
    pub follow_up: Vec<Invitation>,
    /// The event's organisations (the occurrence's own, if it has them) and then its campaign's, not invited
    /// yet: who a coordinator invites first. Lead and co-organisers come first.
    pub suggested: Vec<OrgInRole>,
}

/// The invitation counts of one event of a campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct EventInvitationCounts {
    pub event_id: i64,
    pub title: String,
    pub start: String,
    /// How many occurrences the counts add up (1 for an event that does not repeat).
    pub occurrences: u32,
    pub counts: InvitationCounts,
}

/// A campaign's invitations: totals over its events and each event's counts, by start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct CampaignInvitations {
    pub campaign_id: i64,
    /// Each occurrence's invitees, each once (the instance's own row over the series'), over all events.
    pub totals: InvitationCounts,
    pub events: Vec<EventInvitationCounts>,
}

/// The event and the occurrence a caller names (its original local start in the event's form, '' for all), checked
/// to be one of the event's: what every "who is coming" use case starts from.
pub(crate) fn event_and_occurrence(
    store: &Store,
    event_id: i64,
    recurrence_id: &str,
) -> Result<(crate::domain::Event, String)> {
    let event = store.get_event(event_id)?;
    let mut c = crate::validate::Checker::new();
    let rid = crate::domain::checked_recurrence_id(&mut c, recurrence_id, event.all_day);
    c.finish()?;
    crate::store::check_occurrence(&event, &rid)?;
    Ok((event, rid))
}

/// The invitations that apply to one occurrence of an event (`recurrence_id`), or to the event as a whole ('').
pub fn for_occurrence(store: &Store, event_id: i64, recurrence_id: &str) -> Result<OccurrenceInvitations> {
    let (event, rid) = event_and_occurrence(store, event_id, recurrence_id)?;
    let invitees = effective(store.invitations_of_event(event_id)?, &rid);
    let counts = InvitationCounts::of(&invitees);
    let follow_up = invitees.iter().filter(|i| i.answer == RsvpAnswer::Invited).cloned().collect();

    let own = event.changes.iter().find(|c| c.recurrence_id == rid).and_then(|c| c.organisations.clone());
    let mut orgs = own.unwrap_or_else(|| event.organisations.clone());
    if let Some(campaign) = event.campaign_id {
        orgs.extend(store.get_campaign(campaign)?.organisations);
    }
    let invited: Vec<Invitee> = invitees.iter().map(Invitation::invitee).collect();
    let mut suggested: Vec<OrgInRole> = Vec::new();
    for o in orgs {
        let taken = invited.contains(&Invitee::organisation(o.organisation_id));
        if !taken && !suggested.iter().any(|s| s.organisation_id == o.organisation_id) {
            suggested.push(o);
        }
    }
    // Stable: within each rank, the order the event and then the campaign give.
    suggested.sort_by_key(|o| !matches!(o.role, OrgRole::Lead | OrgRole::CoOrganiser));

    Ok(OccurrenceInvitations {
        event_id,
        title: event.title.clone(),
        recurrence_id: rid,
        repeats: is_series(&event),
        invitees,
        counts,
        follow_up,
        suggested,
    })
}

/// The rows that apply to occurrence `rid`: the series' rows, each replaced by the instance's own where it has one
/// (for '' only the series' rows). The store's order is kept.
pub fn effective(rows: Vec<Invitation>, rid: &str) -> Vec<Invitation> {
    let mut out: Vec<Invitation> = Vec::new();
    let mut at: HashMap<Invitee, usize> = HashMap::new();
    for row in rows.into_iter().filter(|r| r.recurrence_id.is_empty() || r.recurrence_id == rid) {
        match at.get(&row.invitee()) {
            // Seen: the instance's row replaces the series' (two rows of one invitee differ in scope).
            Some(&i) if !row.recurrence_id.is_empty() => out[i] = row,
            Some(_) => {}
            None => {
                at.insert(row.invitee(), out.len());
                out.push(row);
            }
        }
    }
    out
}

/// A campaign's invitation totals and each of its events' counts. Counted per occurrence over the invitees that
/// apply to it (see [`effective`]), so an invitee who answered for all occurrences and again for one counts once
/// in each occurrence. A series' occurrences are those within the campaign's dates, cancelled ones left out, plus
/// any instance with rows of its own outside them; a series with none there counts its rows once.
pub fn for_campaign(store: &Store, campaign_id: i64) -> Result<CampaignInvitations> {
    let campaign = store.get_campaign(campaign_id)?;
    let mut by_event: Vec<(i64, Vec<Invitation>)> = Vec::new();
    for row in store.invitations_of_campaign(campaign_id)? {
        match by_event.iter_mut().find(|(id, _)| *id == row.event_id) {
            Some((_, rows)) => rows.push(row),
            None => by_event.push((row.event_id, vec![row])),
        }
    }
    let window = campaign_window(&campaign)?;
    let mut totals = InvitationCounts::default();
    let mut events = Vec::new();
    for (event_id, rows) in by_event {
        let event = store.get_event(event_id)?;
        let mut counts = InvitationCounts::default();
        let rids = occurrences_of(&event, &rows, &window)?;
        for rid in &rids {
            for row in effective(rows.clone(), rid) {
                counts.add(row.answer, row.attended);
                totals.add(row.answer, row.attended);
            }
        }
        let occurrences = rids.len() as u32;
        events.push(EventInvitationCounts { event_id, title: event.title, start: event.start, occurrences, counts });
    }
    events.sort_by(|a, b| a.start.cmp(&b.start).then(a.event_id.cmp(&b.event_id)));
    Ok(CampaignInvitations { campaign_id, totals, events })
}

/// The campaign's days, first to last inclusive, on its own clock.
fn campaign_window(campaign: &crate::domain::Campaign) -> Result<Window> {
    let zone: Tz = campaign.zone.parse().unwrap_or(chrono_tz::UTC);
    let day = |field: &str, v: &str| {
        parse_date(v).ok_or_else(|| Error::invalid_msg(field, crate::msg!("core-not-a-date", value = v)))
    };
    let from = day("start_date", &campaign.start_date)?;
    let last = day("end_date", &campaign.end_date)?;
    Ok(Window { from, to: last.succ_opt().unwrap_or(last), zone })
}

/// The occurrences whose invitees count: '' for an event that does not repeat; for a series each (not cancelled)
/// instance in `window` and each instance with rows of its own, else '' once.
fn occurrences_of(event: &Event, rows: &[Invitation], window: &Window) -> Result<Vec<String>> {
    if !is_series(event) {
        return Ok(vec![String::new()]);
    }
    let mut rids: Vec<String> = expand(event, window, None)
        .map_err(|m| Error::invalid("event", m))?
        .into_iter()
        .filter(|o| o.status != EventStatus::Cancelled)
        .filter_map(|o| o.recurrence_id.map(|r| r.to_string()))
        .collect();
    for row in rows.iter().filter(|r| !r.recurrence_id.is_empty()) {
        if !rids.contains(&row.recurrence_id) {
            rids.push(row.recurrence_id.clone());
        }
    }
    if rids.is_empty() {
        rids.push(String::new());
    }
    Ok(rids)
}
