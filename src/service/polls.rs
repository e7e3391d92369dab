//! Polls over candidate slots (find a time's poll mode): the answers counted per slot, the winner named with the
//! rule that decided it, each slot on every organisation's clock, and the poll turned into its event.
//!
//! The winner: most yes, then fewest no, then most "if need be", then the earliest.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::calendar::find_time::{DayState, SlotTime};
use crate::domain::{
    instant_text, parse_instant_msg, EventInput, EventKind, EventMode, EventStatus, OrgInRole, OrgRole, Organisation,
    Poll, PollAnswer, PollInput, PollRecord,
};
use crate::error::{Error, Result};
use crate::store::Store;
use crate::validate::{parse_zone, zone_problem};

/// What put the winner ahead of the next slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum WinnerRule {
    /// More yes than any other slot.
    MostYes,
    /// As many yes as the next, fewer no.
    FewestNo,
    /// Tied on yes and no, more "if need be".
    MostIfNeedBe,
    /// Tied on every count: the earliest.
    Earliest,
    /// The only slot (or the only one left).
    Only,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct PollOrganisation {
    pub id: i64,
    pub name: String,
    /// Its short name, else its name.
    pub label: String,
    pub zone: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct OrgAnswer {
    pub organisation_id: i64,
    /// None: not answered yet.
    pub answer: Option<PollAnswer>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct PollSlotView {
    pub id: i64,
    /// RFC 3339, UTC.
    pub start: String,
    pub end: String,
    /// On each organisation's clock that has a zone, in the poll's order; the first is the poll's zone. `state` is
    /// what the time is for them by their own working and sleeping hours.
    pub times: Vec<SlotTime>,
    pub yes: u32,
    pub if_need_be: u32,
    pub no: u32,
    /// Organisations that have not answered for this slot.
    pub waiting: u32,
    /// One per organisation asked, in the poll's order.
    pub answers: Vec<OrgAnswer>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct PollView {
    pub poll: Poll,
    pub campaign_title: Option<String>,
    pub organisations: Vec<PollOrganisation>,
    pub slots: Vec<PollSlotView>,
    /// The slot the answers so far put first (None until someone answers).
    pub leader: Option<i64>,
    pub decided_by: Option<WinnerRule>,
    /// In English: "Thu 4 Mar 22:00 Manila leads: 3 yes, 1 if need be, 0 no — most yes."
    pub summary: String,
}

/// Starts a poll, in the first organisation's zone (else the first with one, else the home zone).
pub fn create(store: &mut Store, input: &PollInput) -> Result<PollView> {
    let v = input.validated()?;
    let mut zone = None;
    for &id in &v.organisations {
        if let Some(z) = store.get_organisation(id)?.zone {
            zone = Some(z);
            break;
        }
    }
    let zone = match zone {
        Some(z) => z,
        None => store.settings()?.home_zone,
    };
    let record = store.create_poll(&v, &zone)?;
    view(store, &record)
}

pub fn show(store: &Store, id: i64) -> Result<PollView> {
    view(store, &store.get_poll(id)?)
}

pub fn answer(store: &mut Store, poll: i64, slot: i64, organisation: i64, answer: PollAnswer) -> Result<PollView> {
    let record = store.set_poll_answer(poll, slot, organisation, answer)?;
    view(store, &record)
}

/// Closes the poll on `slot`, else on the leader; with `create_event`, also makes its event (the poll's title and
/// campaign, the chosen slot in the poll's zone, the organisations asked as co-organisers; an online meeting,
/// tentative until its link is added) and remembers it — all in
/// one transaction. A poll closed earlier without an event can still be turned into one.
pub fn close(store: &mut Store, id: i64, slot: Option<i64>, create_event: bool) -> Result<PollView> {
    let current = show(store, id)?;
    let already = current.poll.closed_at.is_some();
    if already && !(create_event && current.poll.event_id.is_none() && slot.is_none()) {
        let closed = current.poll.closed_at.as_deref().unwrap_or("");
        let msg = match (current.poll.chosen_slot_id, current.poll.event_id) {
            (Some(slot), Some(event)) => {
                crate::msg!("core-poll-already-closed-event", poll = id, closed = closed, slot = slot, event = event)
            }
            (Some(slot), None) => {
                crate::msg!("core-poll-already-closed-on-slot", poll = id, closed = closed, slot = slot)
            }
            _ => crate::msg!("core-poll-already-closed", poll = id, closed = closed),
        };
        return Err(Error::invalid_msg("poll", msg));
    }
    let chosen = match (current.poll.chosen_slot_id, slot, current.leader) {
        (Some(s), _, _) if already => s,
        (_, Some(s), _) => s,
        (_, None, Some(s)) => s,
        (_, None, None) => return Err(Error::invalid_msg("slot", crate::msg!("core-poll-no-answers-yet", poll = id))),
    };
    let event = if create_event { Some(event_input(store, &current, chosen)?) } else { None };
    store.transaction(|w| {
        if !already {
            w.close_poll(id, chosen)?;
        }
        if let Some(input) = &event {
            let made = w.create_event(input)?;
            w.link_poll_event(id, made.id)?;
        }
        Ok(())
    })?;
    show(store, id)
}

/// Remembers an event made from the poll elsewhere (the window's editor, pre-filled by [`event_input`]), closing the
/// poll on `slot` first if it is still open — in one transaction. A poll closed on another slot is refused.
pub fn link_event(store: &mut Store, id: i64, slot: i64, event: i64) -> Result<PollView> {
    store.transaction(|w| {
        let record = w.get_poll(id)?;
        match record.poll.chosen_slot_id {
            None => {
                w.close_poll(id, slot)?;
            }
            Some(chosen) if chosen != slot => {
                return Err(Error::invalid_msg(
                    "slot",
                    crate::msg!("core-poll-closed-on-other-slot", poll = id, chosen = chosen, slot = slot),
                ));
            }
            Some(_) => {}
        }
        w.link_poll_event(id, event)
    })?;
    show(store, id)
}

/// The event a poll becomes on `slot`: what "Create event" in the window pre-fills too.
pub fn event_input(store: &Store, view: &PollView, slot: i64) -> Result<EventInput> {
    let s = view.slots.iter().find(|s| s.id == slot).ok_or_else(|| {
        Error::invalid_msg("slot", crate::msg!("core-poll-not-its-slot", slot = slot, poll = view.poll.id))
    })?;
    let zone = zone_problem(&view.poll.zone).map_err(|m| Error::invalid_msg("zone", m))?;
    let local = |t: &str| -> Result<String> {
        let at = parse_instant_msg(t).map_err(|m| Error::invalid_msg("slot", m))?;
        Ok(at.with_timezone(&zone).format("%Y-%m-%dT%H:%M").to_string())
    };
    let campaign_id = match view.poll.campaign_id {
        Some(c) => store.get_campaign(c).ok().map(|c| c.id),
        None => None,
    };
    Ok(EventInput {
        campaign_id,
        title: view.poll.title.clone(),
        kind: EventKind::Meeting,
        start: local(&s.start)?,
        end: local(&s.end)?,
        zone: Some(view.poll.zone.clone()),
        // A meeting across continents is online; it stays tentative until someone adds its link (a confirmed online
        // event needs one).
        mode: EventMode::Online,
        status: EventStatus::Tentative,
        organisations: view
            .organisations
            .iter()
            .map(|o| OrgInRole { organisation_id: o.id, organisation_name: o.name.clone(), role: OrgRole::CoOrganiser })
            .collect(),
        ..Default::default()
    })
}

fn label(o: &Organisation) -> String {
    o.short_name.clone().unwrap_or_else(|| o.name.clone())
}

fn view(store: &Store, record: &PollRecord) -> Result<PollView> {
    let poll = record.poll.clone();
    let orgs: Vec<Organisation> =
        record.organisation_ids.iter().map(|&id| store.get_organisation(id)).collect::<Result<_>>()?;
    let reference = parse_zone(&poll.zone).unwrap_or(chrono_tz::UTC);
    // One clock per zone, the poll's first, each with the organisations on it (for their own hours).
    let mut clocks: Vec<Clock> = vec![Clock { zone: reference, orgs: Vec::new() }];
    for o in &orgs {
        if let Some(z) = o.zone.as_deref().and_then(|z| parse_zone(z).ok()) {
            match clocks.iter_mut().find(|c| c.zone == z) {
                Some(c) => c.orgs.push(o),
                None => clocks.push(Clock { zone: z, orgs: vec![o] }),
            }
        }
    }
    let length = Duration::minutes(i64::from(poll.length_minutes));
    let mut slots = Vec::with_capacity(record.slots.len());
    for s in &record.slots {
        let start = parse_instant_msg(&s.start).map_err(|m| Error::invalid_msg("slot", m))?;
        let end = start + length;
        let answers: Vec<OrgAnswer> = orgs
            .iter()
            .map(|o| OrgAnswer {
                organisation_id: o.id,
                answer: record
                    .answers
                    .iter()
                    .find(|a| a.slot_id == s.id && a.organisation_id == o.id)
                    .map(|a| a.answer),
            })
            .collect();
        let count = |want: Option<PollAnswer>| answers.iter().filter(|a| a.answer == want).count() as u32;
        slots.push(PollSlotView {
            id: s.id,
            start: instant_text(start),
            end: instant_text(end),
            times: clocks.iter().map(|c| c.slot_time(reference, start, end)).collect(),
            yes: count(Some(PollAnswer::Yes)),
            if_need_be: count(Some(PollAnswer::IfNeedBe)),
            no: count(Some(PollAnswer::No)),
            waiting: count(None),
            answers,
        });
    }
    let (leader, decided_by) = winner(&slots);
    let summary = summary(&slots, leader, decided_by, poll.chosen_slot_id);
    let campaign_title = match poll.campaign_id {
        Some(c) => store.get_campaign(c).ok().map(|c| c.title),
        None => None,
    };
    let organisations = orgs
        .iter()
        .map(|o| PollOrganisation { id: o.id, name: o.name.clone(), label: label(o), zone: o.zone.clone() })
        .collect();
    Ok(PollView { poll, campaign_title, organisations, slots, leader, decided_by, summary })
}

/// A zone in the poll and the organisations keeping its clock.
struct Clock<'a> {
    zone: Tz,
    orgs: Vec<&'a Organisation>,
}

impl Clock<'_> {
    /// The slot on this clock, labelled with its organisations; its state is the worst of theirs (asleep, then
    /// awake, then working), by each one's own hours.
    fn slot_time(&self, reference: Tz, start: DateTime<Utc>, end: DateTime<Utc>) -> SlotTime {
        let (s, e) = (start.with_timezone(&self.zone), end.with_timezone(&self.zone));
        let states: Vec<DayState> = if self.orgs.is_empty() {
            vec![crate::calendar::find_time::DayHours::default().state_during(self.zone, start, end)]
        } else {
            self.orgs.iter().map(|o| o.day_hours().state_during(self.zone, start, end)).collect()
        };
        let worst = |want| states.contains(&want);
        let state = if worst(DayState::Asleep) {
            DayState::Asleep
        } else if worst(DayState::Awake) {
            DayState::Awake
        } else {
            DayState::Working
        };
        let city = crate::calendar::city(self.zone.name());
        let labels: Vec<String> = self.orgs.iter().map(|o| label(o)).collect();
        SlotTime {
            label: if labels.is_empty() { city.clone() } else { labels.join(", ") },
            zone: self.zone.name().into(),
            city,
            start: s.to_rfc3339(),
            end: e.to_rfc3339(),
            local: s.format("%H:%M").to_string(),
            day_shift: (s.date_naive() - start.with_timezone(&reference).date_naive()).num_days(),
            state,
        }
    }
}

/// Most yes, then fewest no, then most "if need be", then the earliest; none until someone has answered.
fn winner(slots: &[PollSlotView]) -> (Option<i64>, Option<WinnerRule>) {
    if slots.iter().all(|s| s.yes + s.no + s.if_need_be == 0) {
        return (None, None);
    }
    let key = |s: &PollSlotView| (std::cmp::Reverse(s.yes), s.no, std::cmp::Reverse(s.if_need_be), s.start.clone());
    let mut ranked: Vec<&PollSlotView> = slots.iter().collect();
    ranked.sort_by_key(|s| key(s));
    let first = ranked[0];
    let rule = match ranked.get(1) {
        None => WinnerRule::Only,
        Some(next) if next.yes != first.yes => WinnerRule::MostYes,
        Some(next) if next.no != first.no => WinnerRule::FewestNo,
        Some(next) if next.if_need_be != first.if_need_be => WinnerRule::MostIfNeedBe,
        Some(_) => WinnerRule::Earliest,
    };
    (Some(first.id), Some(rule))
}

fn summary(slots: &[PollSlotView], leader: Option<i64>, rule: Option<WinnerRule>, chosen: Option<i64>) -> String {
    let (Some(id), Some(rule)) = (chosen.or(leader), rule.or(chosen.map(|_| WinnerRule::Only))) else {
        return "No answers yet.".into();
    };
    let Some(s) = slots.iter().find(|s| s.id == id) else { return String::new() };
    let when = s
        .times
        .first()
        .and_then(|t| {
            DateTime::parse_from_rfc3339(&t.start).ok().map(|d| format!("{} {}", d.format("%a %-d %b %H:%M"), t.city))
        })
        .unwrap_or_else(|| s.start.clone());
    let why = match rule {
        WinnerRule::MostYes => "most yes",
        WinnerRule::FewestNo => "tied on yes, fewest no",
        WinnerRule::MostIfNeedBe => "tied on yes and no, most if need be",
        WinnerRule::Earliest => "tied on every count, the earliest",
        WinnerRule::Only => "the only slot",
    };
    let asleep: Vec<&str> = s.times.iter().filter(|t| t.state == DayState::Asleep).map(|t| t.label.as_str()).collect();
    let counts = format!("{} yes, {} if need be, {} no", s.yes, s.if_need_be, s.no);
    let mut text = if chosen.is_some() {
        let chose_leader = chosen == leader;
        format!("Chosen: {when}, {counts}{}.", if chose_leader { format!(" — {why}") } else { String::new() })
    } else {
        format!("{when} leads: {counts} — {why}.")
    };
    if s.waiting > 0 {
        text.push_str(&format!(" {} answers still missing.", s.waiting));
    }
    if !asleep.is_empty() {
        text.push_str(&format!(" Asleep then: {}.", asleep.join(", ")));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(id: i64, start: &str, yes: u32, if_need_be: u32, no: u32) -> PollSlotView {
        PollSlotView {
            id,
            start: start.into(),
            end: start.into(),
            times: Vec::new(),
            yes,
            if_need_be,
            no,
            waiting: 0,
            answers: Vec::new(),
        }
    }

    #[test]
    fn the_winner_is_most_yes_then_fewest_no_then_most_if_need_be_then_earliest() {
        let (a, b, c) = ("2027-03-04T14:00:00Z", "2027-03-05T01:00:00Z", "2027-03-05T13:00:00Z");
        assert_eq!(winner(&[slot(1, a, 0, 0, 0), slot(2, b, 0, 0, 0)]), (None, None));
        assert_eq!(winner(&[slot(1, a, 1, 0, 0), slot(2, b, 2, 0, 2)]), (Some(2), Some(WinnerRule::MostYes)));
        assert_eq!(winner(&[slot(1, a, 2, 0, 1), slot(2, b, 2, 0, 0)]), (Some(2), Some(WinnerRule::FewestNo)));
        assert_eq!(
            winner(&[slot(1, a, 1, 0, 1), slot(2, b, 1, 1, 1), slot(3, c, 0, 3, 0)]),
            (Some(2), Some(WinnerRule::MostIfNeedBe))
        );
        // Tied on every count: the earliest instant, whatever the order the slots were given in.
        assert_eq!(winner(&[slot(1, c, 1, 1, 1), slot(2, a, 1, 1, 1)]), (Some(2), Some(WinnerRule::Earliest)));
        assert_eq!(winner(&[slot(1, a, 0, 1, 0)]), (Some(1), Some(WinnerRule::Only)));
    }
}
