//! The closed vocabularies of the domain. Stored as their snake_case names so the database reads well in any tool.

use serde::{Deserialize, Serialize};

/// Declares a string-backed enum with `as_str`, `FromStr` (with a message listing the valid names), `ALL` and
/// rusqlite conversions. Written by hand because each vocabulary needs all four and a derive crate for that would
/// cost more than these twenty lines.
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[derive(ts_rs::TS)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.as_str()) }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                let wanted = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
                Self::ALL.iter().copied().find(|v| v.as_str() == wanted).ok_or_else(|| {
                    let names: Vec<&str> = Self::ALL.iter().map(|v| v.as_str()).collect();
                    format!("'{}' is not one of: {}", $crate::excerpt::excerpt(s), names.join(", "))
                })
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let s = v.as_str()?;
                // Stored values are written by `to_sql`, so they match as they are; the forgiving parse (which
                // allocates twice) is for anything else. Reading 100,000 events read 300,000 of these.
                if let Some(exact) = Self::ALL.iter().copied().find(|v| v.as_str() == s) {
                    return Ok(exact);
                }
                s.parse().map_err(|e: String| rusqlite::types::FromSqlError::Other(e.into()))
            }
        }
    };
}
// Other modules with closed vocabularies of their own (campaign templates) declare them the same way.
pub(crate) use string_enum;

string_enum!(
    /// What an organisation does in a campaign or an event.
    OrgRole { Lead = "lead", CoOrganiser = "co_organiser", Partner = "partner", Endorser = "endorser", Sponsor = "sponsor" }
);

string_enum!(
    CampaignKind {
        SolidarityMonth = "solidarity_month",
        DayOfAction = "day_of_action",
        WebinarSeries = "webinar_series",
        PressConference = "press_conference",
        SideEvent = "side_event",
        Anniversary = "anniversary",
        WomensDay = "womens_day",
        Other = "other",
    }
);

string_enum!(CampaignStatus { Planning = "planning", Active = "active", Done = "done", Archived = "archived" });

string_enum!(
    EventKind {
        Anniversary = "anniversary",
        Webinar = "webinar",
        PressConference = "press_conference",
        DayOfAction = "day_of_action",
        Rally = "rally",
        Meeting = "meeting",
        SideEvent = "side_event",
        Deadline = "deadline",
        Other = "other",
    }
);

string_enum!(EventMode { InPerson = "in_person", Online = "online", Hybrid = "hybrid" });

string_enum!(EventStatus { Tentative = "tentative", Confirmed = "confirmed", Cancelled = "cancelled" });

string_enum!(
    /// Where an announcement is posted; each counts length its own way (`announce::length`).
    Platform { Facebook = "facebook", X = "x", Instagram = "instagram", Email = "email", Text = "text" }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_loose_spellings_and_lists_valid_names_on_error() {
        assert_eq!("co-organiser".parse::<OrgRole>(), Ok(OrgRole::CoOrganiser));
        assert_eq!("Day of action".parse::<EventKind>(), Ok(EventKind::DayOfAction));
        let err = "boss".parse::<OrgRole>().unwrap_err();
        assert!(err.contains("lead, co_organiser, partner, endorser, sponsor"), "{err}");
    }
}
