use serde::{Deserialize, Serialize};

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
        };
        c.finish().map(|()| out)
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
        }
    }
}
