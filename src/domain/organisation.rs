use serde::{Deserialize, Serialize};

use crate::calendar::find_time::{ClockRange, DayHours, WorkingDays};
use crate::error::Result;
use crate::validate::Checker;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    /// Acronym or short name ("IMA", "APWLD").
    pub short_name: Option<String>,
    /// ISO 3166 alpha-2.
    pub country: Option<String>,
    pub city: Option<String>,
    /// IANA zone of the organisation's office; the default partner zones come from these.
    pub zone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    /// Social media handles or links, one per line.
    pub socials: Option<String>,
    pub notes: Option<String>,
    /// Its own working hours for "find a time", "09:00-18:00" (None: that default).
    pub working_hours: Option<String>,
    /// The days with working hours, "mon-fri" (None: that default), "sun-thu", "mon,wed,fri", "all".
    pub working_days: Option<String>,
    /// Its own sleeping hours, "23:00-07:00" (None: that default).
    pub sleeping_hours: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// What a form or the CLI supplies to create or replace an organisation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct OrganisationInput {
    pub name: String,
    pub short_name: Option<String>,
    pub country: Option<String>,
    pub city: Option<String>,
    pub zone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub socials: Option<String>,
    pub notes: Option<String>,
    pub working_hours: Option<String>,
    pub working_days: Option<String>,
    pub sleeping_hours: Option<String>,
}

/// Where an organisation appears: shown before deleting it, and on its page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct OrganisationUsage {
    pub campaigns: u32,
    pub events: u32,
    pub people: u32,
    /// Statements it issued, approved or endorsed: these are records of what happened, so it cannot be deleted
    /// while they exist.
    pub statements: u32,
}

impl OrganisationInput {
    /// Returns the cleaned input, or every problem found.
    pub fn validated(&self) -> Result<OrganisationInput> {
        let mut c = Checker::new();
        let zone = self.zone.as_deref().map(str::trim).filter(|z| !z.is_empty()).map(|z| c.zone("zone", z));
        let out = OrganisationInput {
            name: c.required("name", &self.name, 200),
            short_name: c.optional("short_name", self.short_name.as_deref(), 40),
            country: c.country("country", self.country.as_deref()),
            city: c.optional("city", self.city.as_deref(), 100),
            zone,
            email: c.email("email", self.email.as_deref()),
            website: c.url("website", self.website.as_deref()),
            socials: c.optional("socials", self.socials.as_deref(), 2000),
            notes: c.optional("notes", self.notes.as_deref(), 20_000),
            working_hours: None,
            working_days: None,
            sleeping_hours: None,
        };
        let day = own_day(&mut c, self);
        c.finish().map(|()| OrganisationInput {
            working_hours: day.working_hours,
            working_days: day.working_days,
            sleeping_hours: day.sleeping_hours,
            ..out
        })
    }
}

impl From<&Organisation> for OrganisationInput {
    fn from(o: &Organisation) -> Self {
        OrganisationInput {
            name: o.name.clone(),
            short_name: o.short_name.clone(),
            country: o.country.clone(),
            city: o.city.clone(),
            zone: o.zone.clone(),
            email: o.email.clone(),
            website: o.website.clone(),
            socials: o.socials.clone(),
            notes: o.notes.clone(),
            working_hours: o.working_hours.clone(),
            working_days: o.working_days.clone(),
            sleeping_hours: o.sleeping_hours.clone(),
        }
    }
}

/// The three hours fields, written the way find-time's options are ("09:00-18:00", "sun-thu"), so the store holds
/// one spelling of each.
struct OwnDay {
    working_hours: Option<String>,
    working_days: Option<String>,
    sleeping_hours: Option<String>,
}

/// Reads the organisation's own day; the parts left empty keep the defaults, and working hours may not fall in
/// sleeping hours once both are known.
fn own_day(c: &mut Checker, input: &OrganisationInput) -> OwnDay {
    let given = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned);
    let defaults = DayHours::default();
    let mut range = |field: &str, v: &Option<String>, default: ClockRange| match given(v) {
        None => (None, Some(default)),
        Some(text) => match ClockRange::parse_msg(&text) {
            Ok(r) => (Some(r.option_text()), Some(r)),
            Err(m) => {
                c.fail_msg(field, m);
                (None, None)
            }
        },
    };
    let (working_hours, working) = range("working_hours", &input.working_hours, defaults.working);
    let (sleeping_hours, asleep) = range("sleeping_hours", &input.sleeping_hours, defaults.asleep);
    let working_days = match given(&input.working_days).map(|t| WorkingDays::parse_msg(&t)) {
        None => None,
        Some(Ok(days)) => Some(days.option_text()),
        Some(Err(m)) => {
            c.fail_msg("working_days", m);
            None
        }
    };
    if let (Some(w), Some(a)) = (working, asleep) {
        if let Err(m) = DayHours::checked(w, defaults.working_days, a) {
            c.fail_msg(if input.working_hours.is_some() { "working_hours" } else { "sleeping_hours" }, m);
        }
    }
    OwnDay { working_hours, working_days, sleeping_hours }
}

impl Organisation {
    /// Its working and sleeping hours for "find a time", the defaults where it has none (or a stored value that no
    /// longer reads, which validation keeps out).
    pub fn day_hours(&self) -> DayHours {
        let d = DayHours::default();
        let working = self.working_hours.as_deref().and_then(|t| ClockRange::parse(t).ok()).unwrap_or(d.working);
        let asleep = self.sleeping_hours.as_deref().and_then(|t| ClockRange::parse(t).ok()).unwrap_or(d.asleep);
        let days = self.working_days.as_deref().and_then(|t| WorkingDays::parse(t).ok()).unwrap_or(d.working_days);
        DayHours::new(working, days, asleep).unwrap_or(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn its_own_day_is_stored_in_one_spelling_and_checked_whole() {
        let input = OrganisationInput {
            name: "Migrante".into(),
            working_hours: Some(" 8:30 to 17:00 ".into()),
            working_days: Some("Sunday-Thursday".into()),
            sleeping_hours: Some("00:00–08:00".into()),
            ..Default::default()
        };
        let v = input.validated().unwrap();
        let stored = (v.working_hours.as_deref(), v.working_days.as_deref(), v.sleeping_hours.as_deref());
        assert_eq!(stored, (Some("08:30-17:00"), Some("sun-thu"), Some("00:00-08:00")));
        let blank = OrganisationInput { working_hours: Some("  ".into()), ..input.clone() };
        assert_eq!(blank.validated().unwrap().working_hours, None);

        let bad = OrganisationInput {
            working_hours: Some("9-5".into()),
            working_days: Some("weekdays".into()),
            ..input.clone()
        };
        let fields: Vec<(String, String)> = match bad.validated() {
            Err(crate::Error::Invalid(errors)) => errors.iter().map(|e| (e.field.clone(), e.id.clone())).collect(),
            other => panic!("{other:?}"),
        };
        // Catalogued, so the form shows them in the reader's language.
        let want = [("working_hours", "core-hours-not-range"), ("working_days", "core-days-not-set")];
        assert_eq!(fields, want.map(|(f, id)| (f.to_string(), id.to_string())));
        let french = crate::msg!("core-hours-not-range", value = "9-5").render("fr");
        assert_eq!(french, "« 9-5 » n’est pas une plage horaire comme 09:00-18:00");
        // Working until midnight runs into the default sleeping hours.
        let late = OrganisationInput { working_hours: Some("15:00-00:00".into()), sleeping_hours: None, ..input };
        let err = late.validated().unwrap_err().to_string();
        assert!(err.contains("working_hours") && err.contains("overlap (at 23:00)"), "{err}");
    }
}
