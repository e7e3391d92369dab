use serde::{Deserialize, Serialize};

use super::{CampaignKind, CampaignStatus, Event, OrgInRole};
use crate::error::Result;
use crate::validate::Checker;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Campaign {
    pub id: i64,
    pub title: String,
    pub kind: CampaignKind,
    pub summary: Option<String>,
    pub description: Option<String>,
    /// First day, `YYYY-MM-DD`.
    pub start_date: String,
    /// Last day, inclusive, `YYYY-MM-DD`.
    pub end_date: String,
    /// The campaign's home time zone (IANA); new events default to it.
    pub zone: String,
    /// With their leading `#`.
    pub hashtags: Vec<String>,
    /// `#rrggbb`, used for the campaign's events on the calendar.
    pub colour: String,
    pub status: CampaignStatus,
    pub organisations: Vec<OrgInRole>,
    pub created_at: String,
    pub updated_at: String,
}

/// A campaign with its events, as `campaign show` prints it and the campaign page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct CampaignDetail {
    #[serde(flatten)]
    pub campaign: Campaign,
    pub events: Vec<Event>,
    /// Its key dates in order: every occurrence within the campaign's dates (series expanded, cancelled ones
    /// kept and marked), then the first occurrence of any event that falls outside them.
    pub timeline: Vec<TimelineEntry>,
}

/// One line of a campaign's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct TimelineEntry {
    #[serde(flatten)]
    pub occurrence: crate::calendar::Occurrence,
    /// The event lies outside the campaign's dates (shown so it is not forgotten, and marked).
    pub outside_dates: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct CampaignInput {
    pub title: String,
    pub kind: CampaignKind,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub start_date: String,
    pub end_date: String,
    pub zone: String,
    pub hashtags: Vec<String>,
    pub colour: String,
    pub status: CampaignStatus,
    pub organisations: Vec<OrgInRole>,
}

impl Default for CampaignInput {
    fn default() -> Self {
        CampaignInput {
            title: String::new(),
            kind: CampaignKind::Other,
            summary: None,
            description: None,
            start_date: String::new(),
            end_date: String::new(),
            zone: "UTC".into(),
            hashtags: Vec::new(),
            colour: "#2f6fdb".into(),
            status: CampaignStatus::Planning,
            organisations: Vec::new(),
        }
    }
}

impl CampaignInput {
    pub fn validated(&self) -> Result<CampaignInput> {
        let mut c = Checker::new();
        let title = c.required("title", &self.title, 300);
        let start = c.date("start_date", &self.start_date);
        let end = c.date("end_date", &self.end_date);
        if let (Some(s), Some(e)) = (start, end) {
            if e < s {
                c.fail_msg(
                    "end_date",
                    crate::msg!("core-campaign-end-before-start", end = e.to_string(), start = s.to_string()),
                );
            }
        }
        let mut hashtags: Vec<String> = Vec::new();
        for raw in &self.hashtags {
            let tag = raw.trim().trim_start_matches('#');
            if tag.is_empty() {
                continue;
            }
            if !tag.chars().all(|ch| ch.is_alphanumeric() || ch == '_') {
                c.fail_msg("hashtags", crate::msg!("core-not-hashtag", value = format!("#{tag}")));
            }
            let tag = format!("#{tag}");
            if !hashtags.contains(&tag) {
                hashtags.push(tag);
            }
        }
        let mut seen = std::collections::HashSet::new();
        for o in &self.organisations {
            if !seen.insert(o.organisation_id) {
                c.fail_msg("organisations", crate::msg!("core-organisation-twice", id = o.organisation_id.to_string()));
            }
        }
        let out = CampaignInput {
            title,
            kind: self.kind,
            summary: c.optional("summary", self.summary.as_deref(), 1000),
            description: c.optional("description", self.description.as_deref(), 100_000),
            start_date: start.map(|d| d.to_string()).unwrap_or_default(),
            end_date: end.map(|d| d.to_string()).unwrap_or_default(),
            zone: c.zone("zone", &self.zone),
            hashtags,
            colour: c.colour("colour", &self.colour),
            status: self.status,
            organisations: self.organisations.clone(),
        };
        c.finish().map(|()| out)
    }
}

impl From<&Campaign> for CampaignInput {
    fn from(c: &Campaign) -> Self {
        CampaignInput {
            title: c.title.clone(),
            kind: c.kind,
            summary: c.summary.clone(),
            description: c.description.clone(),
            start_date: c.start_date.clone(),
            end_date: c.end_date.clone(),
            zone: c.zone.clone(),
            hashtags: c.hashtags.clone(),
            colour: c.colour.clone(),
            status: c.status,
            organisations: c.organisations.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inverted_dates_bad_zone_and_empty_title_are_all_reported() {
        let input = CampaignInput {
            title: " ".into(),
            start_date: "2025-02-28".into(),
            end_date: "2025-02-01".into(),
            zone: "Asia/Manilla".into(),
            ..Default::default()
        };
        let err = input.validated().unwrap_err().to_string();
        assert!(err.contains("title: must not be empty"), "{err}");
        assert!(err.contains("end_date: end date 2025-02-01 is before the start date 2025-02-28"), "{err}");
        assert!(err.contains("did you mean Asia/Manila?"), "{err}");
    }

    #[test]
    fn hashtags_are_normalised_and_deduplicated() {
        let input = CampaignInput {
            title: "Solidarity Month".into(),
            start_date: "2025-02-01".into(),
            end_date: "2025-02-28".into(),
            hashtags: vec!["StandWithBurma".into(), "#StandWithBurma".into(), " ".into(), "#MigrantesUnidos".into()],
            ..Default::default()
        };
        assert_eq!(input.validated().unwrap().hashtags, ["#StandWithBurma", "#MigrantesUnidos"]);
    }
}
