//! "Find a time" over the directory: organisations and people with their recorded zones, extra zones, and the busy
//! times the participants already have in Campaign Desk (the events their organisation takes part in, itself or
//! through its campaign — what `event list --org` and the calendar's organisation filter show).

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::calendar::find_time::{
    self, day_grid, Busy, ClockRange, DayGrid, DayHours, FindTimeResult, Participant, WorkingDays,
};
use crate::calendar::Window;
use crate::domain::EventStatus;
use crate::error::{Error, Result};
use crate::excerpt::excerpt;
use crate::i18n::Msg;
use crate::store::Store;
use crate::validate::parse_zone;

pub const DEFAULT_DAYS: u32 = 14;
pub const DEFAULT_STEP_MINUTES: u32 = 30;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct FindTimeQuery {
    /// Organisation ids; each must have a zone.
    pub organisations: Vec<i64>,
    /// Person ids; a person's zone is their organisation's.
    pub people: Vec<i64>,
    /// IANA zones taking part on their own (partners not in the directory).
    pub zones: Vec<String>,
    pub length_minutes: u32,
    /// `YYYY-MM-DD`, a day in the first participant's zone.
    pub from: String,
    /// Default 14.
    pub days: Option<u32>,
    /// "09:00-18:00" for everyone; unset, each organisation's own (the default 09:00–18:00 where it has none).
    pub working: Option<String>,
    /// "mon-fri", "sun-thu", "mon,wed,fri", "all": the days with working hours, for everyone; unset, each
    /// organisation's own (Mon–Fri where it has none).
    pub working_days: Option<String>,
    /// "23:00-07:00" for everyone; unset, each organisation's own (the default 23:00–07:00 where it has none).
    pub asleep: Option<String>,
    /// Default 30.
    pub step_minutes: Option<u32>,
    /// Also the hour-by-hour grid of every day searched (the dialog draws it; the CLI does not ask).
    pub with_grid: bool,
}

/// Who took part, as the search saw them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ParticipantInfo {
    pub label: String,
    pub zone: String,
    /// Busy intervals found in the searched days.
    pub busy: u32,
    /// Their hours as the search used them: "09:00–18:00", "Sun–Thu", "00:00–08:00".
    pub working: String,
    pub working_days: String,
    pub asleep: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct FindTimeAnswer {
    /// The first participant's zone: the days searched are its days.
    pub reference_zone: String,
    pub participants: Vec<ParticipantInfo>,
    /// "09:00–18:00", "Mon–Fri", "23:00–07:00" when the query set them for everyone; unset, each participant's own
    /// (in `participants`).
    pub working: Option<String>,
    pub working_days: Option<String>,
    pub asleep: Option<String>,
    pub result: FindTimeResult,
    /// One per day searched when `with_grid` was asked, else empty.
    pub grid: Vec<DayGrid>,
}

/// Reads a meeting length: "90m", "90", "1h", "1h30m", "1h30", "1:30", "2 h".
pub fn parse_length(text: &str) -> Result<u32, Msg> {
    let bad = || crate::msg!("core-not-a-length", value = excerpt(text));
    let t: String = text.trim().to_ascii_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
    let number = |s: &str| -> Result<u32, Msg> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) || s.len() > 5 {
            return Err(bad());
        }
        s.parse().map_err(|_| bad())
    };
    let minutes = if let Some((h, m)) = t.split_once(':') {
        if m.len() != 2 || number(m)? >= 60 {
            return Err(bad());
        }
        number(h)? * 60 + number(m)?
    } else if let Some((h, rest)) = t.split_once('h') {
        let m = rest.strip_suffix("min").or_else(|| rest.strip_suffix('m')).unwrap_or(rest);
        number(h)? * 60 + if m.is_empty() { 0 } else { number(m)? }
    } else {
        number(t.strip_suffix("min").or_else(|| t.strip_suffix('m')).unwrap_or(&t))?
    };
    if minutes == 0 {
        return Err(bad());
    }
    Ok(minutes)
}

/// What the query sets for everyone, over each participant's own hours.
#[derive(Clone, Copy)]
struct Overrides {
    working: Option<ClockRange>,
    working_days: Option<WorkingDays>,
    asleep: Option<ClockRange>,
}

impl Overrides {
    fn of(query: &FindTimeQuery) -> Result<Overrides> {
        let given = |t: &Option<String>| t.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned);
        let range = |field: &str, text: &Option<String>| {
            given(text).map(|t| ClockRange::parse_msg(&t).map_err(|m| Error::invalid_msg(field, m))).transpose()
        };
        Ok(Overrides {
            working: range("working", &query.working)?,
            asleep: range("asleep", &query.asleep)?,
            working_days: given(&query.working_days)
                .map(|t| WorkingDays::parse_msg(&t).map_err(|m| Error::invalid_msg("working_days", m)))
                .transpose()?,
        })
    }

    /// `own` with the query's settings laid over it; `who` names the participant when the mix does not hold
    /// (the query's working hours inside their own sleeping hours).
    fn over(self, own: DayHours, who: &str) -> Result<DayHours> {
        let field = if self.working.is_some() { "working" } else { "asleep" };
        DayHours::checked(
            self.working.unwrap_or(own.working),
            self.working_days.unwrap_or(own.working_days),
            self.asleep.unwrap_or(own.asleep),
        )
        .map_err(|m| {
            // The overlap's own arguments, and whose day it is.
            let mut whose = crate::msg!("core-hours-overlap-for", who = excerpt(who));
            whose.args.extend(m.args);
            Error::invalid_msg(field, whose)
        })
    }
}

/// Timed, not cancelled occurrences in `[from, to)` (UTC days), by event.
fn busy_by_event(store: &Store, from: NaiveDate, to: NaiveDate) -> Result<HashMap<i64, Vec<Busy>>> {
    let window = Window { from, to, zone: chrono_tz::UTC };
    let mut by_event: HashMap<i64, Vec<_>> = HashMap::new();
    // All-day events mark a day (a day of action, a deadline) rather than an hour taken, as calendars' free/busy
    // treats them; cancelled ones take no time.
    for o in store.occurrences(&window, Some(chrono_tz::UTC), None)? {
        if o.all_day || o.status == EventStatus::Cancelled {
            continue;
        }
        let at = |t: &str| DateTime::parse_from_rfc3339(t).map(|t| t.with_timezone(&Utc));
        if let (Ok(s), Ok(e)) = (at(&o.start), at(&o.end)) {
            by_event.entry(o.event_id).or_default().push((s, e));
        }
    }
    Ok(by_event)
}

/// The ranked slots for `query`. An organisation without a zone, or a person without one through their
/// organisation, is an error naming them.
pub fn find_time(store: &Store, query: &FindTimeQuery) -> Result<FindTimeAnswer> {
    let first_day = crate::validate::date_problem(&query.from).map_err(|m| Error::invalid_msg("from", m))?;
    let days = query.days.unwrap_or(DEFAULT_DAYS);
    let overrides = Overrides::of(query)?;
    // (label, zone, organisation whose events make them busy, its own hours)
    let mut who: Vec<(String, chrono_tz::Tz, Option<i64>, DayHours)> = Vec::new();
    for &id in &query.organisations {
        let org = store.get_organisation(id)?;
        let label = org.short_name.clone().unwrap_or_else(|| org.name.clone());
        let zone = org.zone.as_deref().and_then(|z| parse_zone(z).ok()).ok_or_else(|| {
            Error::invalid_msg(
                "with",
                crate::msg!("core-find-time-organisation-zone", name = excerpt(&org.name), id = id),
            )
        })?;
        who.push((label, zone, Some(id), org.day_hours()));
    }
    for &id in &query.people {
        let person = store.get_person(id)?;
        let org = person.organisation_id.map(|o| store.get_organisation(o)).transpose()?;
        let zone = org.as_ref().and_then(|o| o.zone.as_deref()).and_then(|z| parse_zone(z).ok()).ok_or_else(|| {
            let message = match &org {
                Some(o) => crate::msg!(
                    "core-find-time-person-zone",
                    name = excerpt(&person.name),
                    id = id,
                    organisation = excerpt(&o.name)
                ),
                None => crate::msg!("core-find-time-person-no-organisation", name = excerpt(&person.name), id = id),
            };
            Error::invalid_msg("person", message)
        })?;
        let own = org.as_ref().map(|o| o.day_hours()).unwrap_or_default();
        who.push((person.name.clone(), zone, person.organisation_id, own));
    }
    for name in &query.zones {
        let zone = crate::validate::zone_problem(name.trim()).map_err(|m| Error::invalid_msg("zones", m))?;
        who.push((crate::calendar::city(zone.name()), zone, None, DayHours::default()));
    }

    // The searched days are the first participant's (up to 14 hours off UTC), and a slot of up to a day can start
    // late on the last one: UTC days from the day before to three after hold every busy interval that can touch one.
    let span = Duration::days(i64::from(days.min(find_time::MAX_DAYS)) + 3);
    let busy = if who.iter().any(|w| w.2.is_some()) {
        busy_by_event(store, first_day - Duration::days(1), first_day + span)?
    } else {
        HashMap::new()
    };
    let mut participants = Vec::with_capacity(who.len());
    for (label, zone, org, own) in who {
        let hours = overrides.over(own, &label)?;
        let mut intervals = Vec::new();
        if let Some(org) = org {
            for event in store.events_involving(org)? {
                intervals.extend(busy.get(&event).into_iter().flatten().copied());
            }
        }
        intervals.sort();
        participants.push(Participant { label, zone, hours, busy: intervals });
    }
    let search = find_time::Search {
        participants,
        length: Duration::minutes(i64::from(query.length_minutes)),
        first_day,
        days,
        step: Duration::minutes(i64::from(query.step_minutes.unwrap_or(DEFAULT_STEP_MINUTES))),
    };
    let result = find_time::find(&search)?;
    let grid = if query.with_grid {
        (0..days).map(|d| day_grid(&search.participants, first_day + Duration::days(d.into()))).collect()
    } else {
        Vec::new()
    };
    Ok(FindTimeAnswer {
        reference_zone: search.participants[0].zone.name().into(),
        participants: search
            .participants
            .iter()
            .map(|p| ParticipantInfo {
                label: p.label.clone(),
                zone: p.zone.name().into(),
                busy: p.busy.len() as u32,
                working: p.hours.working.to_string(),
                working_days: p.hours.working_days.to_string(),
                asleep: p.hours.asleep.to_string(),
            })
            .collect(),
        working: overrides.working.map(|r| r.to_string()),
        working_days: overrides.working_days.map(|d| d.to_string()),
        asleep: overrides.asleep.map(|r| r.to_string()),
        result,
        grid,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_read_as_people_write_them() {
        for (text, minutes) in [
            ("90m", 90),
            ("90", 90),
            ("1h", 60),
            ("1h30m", 90),
            ("1h30", 90),
            ("1:30", 90),
            ("2 h", 120),
            ("45 min", 45),
        ] {
            assert_eq!(parse_length(text), Ok(minutes), "{text}");
        }
        for bad in ["", "0", "0m", "h", "1:3", "1:75", "-5m", "ninety", "1.5h", "99999999m"] {
            assert_eq!(
                parse_length(bad).map_err(|m| m.english()),
                Err(format!("'{bad}' is not a length such as 90m, 1h30m or 1:30")),
                "{bad}"
            );
        }
    }

    #[test]
    fn each_organisation_brings_its_own_day_and_the_query_can_set_one_for_everyone() {
        use crate::calendar::find_time::DayState;
        use crate::domain::OrganisationInput;
        let mut store = Store::open_in_memory().unwrap();
        let org = |store: &mut Store, name: &str, zone: &str, days: Option<&str>, asleep: Option<&str>| {
            let input = OrganisationInput {
                name: name.into(),
                zone: Some(zone.into()),
                working_days: days.map(Into::into),
                sleeping_hours: asleep.map(Into::into),
                ..Default::default()
            };
            store.create_organisation(&input).unwrap().id
        };
        let riyadh = org(&mut store, "Gulf partners", "Asia/Riyadh", Some("Sunday-Thursday"), None);
        let manila = org(&mut store, "Migrante", "Asia/Manila", None, Some("00:00-08:00"));
        assert_eq!(store.get_organisation(riyadh).unwrap().working_days.as_deref(), Some("sun-thu"));
        let query = FindTimeQuery {
            organisations: vec![riyadh, manila],
            length_minutes: 60,
            from: "2025-02-16".into(),
            days: Some(1),
            ..Default::default()
        };
        let answer = find_time(&store, &query).unwrap();
        let hours: Vec<_> = answer.participants.iter().map(|p| (p.working_days.as_str(), p.asleep.as_str())).collect();
        assert_eq!(hours, [("Sun–Thu", "23:00–07:00"), ("Mon–Fri", "00:00–08:00")]);
        assert_eq!(answer.working_days, None);
        // Sunday 10:00 Riyadh: it works; 23:00 Manila the same evening (15:00 UTC): awake for Migrante.
        let at = |a: &FindTimeAnswer, start: &str| {
            let s = a.result.slots.iter().find(|s| s.start == start).unwrap();
            (s.times[0].state, s.times[1].state)
        };
        assert_eq!(at(&answer, "2025-02-16T07:00:00+00:00").0, DayState::Working);
        assert_eq!(at(&answer, "2025-02-16T15:00:00+00:00").1, DayState::Awake);

        // The query's days and sleeping hours are everyone's.
        let everyone =
            FindTimeQuery { working_days: Some("mon-fri".into()), asleep: Some("23:00-07:00".into()), ..query.clone() };
        let answer = find_time(&store, &everyone).unwrap();
        assert_eq!(answer.working_days.as_deref(), Some("Mon–Fri"));
        assert_eq!(at(&answer, "2025-02-16T07:00:00+00:00").0, DayState::Awake);
        assert_eq!(at(&answer, "2025-02-16T15:00:00+00:00").1, DayState::Asleep);
        // Working hours for everyone that fall in one organisation's own sleeping hours are refused, naming it.
        let clash = FindTimeQuery { working: Some("07:00-16:00".into()), ..query };
        let err = find_time(&store, &clash).unwrap_err().to_string();
        assert!(err.contains("overlap (at 07:00)") && err.contains("(Migrante)"), "{err}");
    }
}
