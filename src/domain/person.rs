use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::validate::Checker;

/// A contact: someone to reach at a member organisation, or a "for reference" name under a statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub organisation_id: Option<i64>,
    /// Filled on reads for display.
    pub organisation_name: Option<String>,
    /// "Chair", "Secretary-General", "Media officer" …
    pub role: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub notes: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct PersonInput {
    pub name: String,
    pub organisation_id: Option<i64>,
    pub role: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub notes: Option<String>,
}

impl PersonInput {
    pub fn validated(&self) -> Result<PersonInput> {
        let mut c = Checker::new();
        let phone = c.optional("phone", self.phone.as_deref(), 40);
        if let Some(p) = &phone {
            if !p.chars().all(|ch| ch.is_ascii_digit() || " +-().".contains(ch)) {
                c.fail_msg("phone", crate::msg!("core-not-phone", value = crate::excerpt::excerpt(p)));
            }
        }
        let out = PersonInput {
            name: c.required("name", &self.name, 200),
            organisation_id: self.organisation_id,
            role: c.optional("role", self.role.as_deref(), 100),
            email: c.email("email", self.email.as_deref()),
            phone,
            notes: c.optional("notes", self.notes.as_deref(), 20_000),
        };
        c.finish().map(|()| out)
    }
}

impl From<&Person> for PersonInput {
    fn from(p: &Person) -> Self {
        PersonInput {
            name: p.name.clone(),
            organisation_id: p.organisation_id,
            role: p.role.clone(),
            email: p.email.clone(),
            phone: p.phone.clone(),
            notes: p.notes.clone(),
        }
    }
}
