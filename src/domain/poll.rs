//! A poll over candidate slots for a meeting (find a time's poll mode): the organisations asked each answer each
//! slot yes / if need be / no; closing it names the winner, and the event made from it is remembered.

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use super::enums::string_enum;
use crate::calendar::find_time::MAX_LENGTH_MINUTES;
use crate::error::Result;
use crate::excerpt::excerpt;
use crate::i18n::Msg;
use crate::msg;
use crate::validate::Checker;

/// A poll has two candidate slots at least (else there is nothing to ask) and at most this many (a coordinator
/// reading the answers of six organisations across ten columns is already at a spreadsheet's limit).
pub const MAX_POLL_SLOTS: usize = 10;
pub const MAX_POLL_ORGANISATIONS: usize = 50;

string_enum!(
    /// An organisation's answer for one slot.
    PollAnswer { Yes = "yes", IfNeedBe = "if_need_be", No = "no" }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Poll {
    pub id: i64,
    pub title: String,
    pub campaign_id: Option<i64>,
    pub length_minutes: u32,
    /// The zone its slots are written in first: the first organisation's.
    pub zone: String,
    /// When it was closed (RFC 3339, UTC); a closed poll takes no more answers.
    pub closed_at: Option<String>,
    /// The slot chosen on closing.
    pub chosen_slot_id: Option<i64>,
    /// The event made from it.
    pub event_id: Option<i64>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct PollSlot {
    pub id: i64,
    /// RFC 3339, UTC ("2027-03-04T14:00:00Z").
    pub start: String,
    pub position: u32,
}

/// One organisation's answer for one slot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct PollAnswerRecord {
    pub slot_id: i64,
    pub organisation_id: i64,
    pub answer: PollAnswer,
    pub updated_at: String,
}

/// A poll as stored: its slots in order, the organisations asked in order, and the answers given so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct PollRecord {
    pub poll: Poll,
    pub slots: Vec<PollSlot>,
    pub organisation_ids: Vec<i64>,
    pub answers: Vec<PollAnswerRecord>,
}

/// What a dialog or the CLI supplies to start a poll.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct PollInput {
    pub title: String,
    pub campaign_id: Option<i64>,
    pub length_minutes: u32,
    /// The organisations asked, in the order shown; the first one's zone is the poll's.
    pub organisations: Vec<i64>,
    /// The candidate starts: instants with an offset or `Z` ("2027-03-04T14:00Z", "2027-03-04T22:00:00+08:00").
    pub slots: Vec<String>,
}

/// Reads an instant as people write one for the CLI: RFC 3339, seconds optional; an offset is required, since a
/// time without one means something different in every participant's zone.
pub fn parse_instant(text: &str) -> std::result::Result<DateTime<Utc>, String> {
    parse_instant_msg(text).map_err(|m| m.english())
}

/// [`parse_instant`] with its problem catalogued, for forms and the CLI's `--lang`.
pub fn parse_instant_msg(text: &str) -> std::result::Result<DateTime<Utc>, Msg> {
    let t = text.trim();
    if let Ok(at) = DateTime::parse_from_rfc3339(t) {
        return Ok(at.with_timezone(&Utc));
    }
    // "2027-03-04T14:00Z", "2027-03-04T14:00+08:00": insert the seconds and try again.
    if t.len() > 16 && t.is_char_boundary(16) && !t[16..].starts_with(':') {
        if let Ok(at) = DateTime::parse_from_rfc3339(&format!("{}:00{}", &t[..16], &t[16..])) {
            return Ok(at.with_timezone(&Utc));
        }
    }
    let without_offset = NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M").is_ok()
        || NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S").is_ok();
    Err(if without_offset {
        msg!("core-poll-instant-no-offset", value = excerpt(t))
    } else {
        msg!("core-poll-not-an-instant", value = excerpt(t))
    })
}

/// The stored form of an instant: RFC 3339 in UTC with seconds.
pub fn instant_text(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

impl PollInput {
    /// The cleaned input (slots in the stored form, in the order given), or every problem found.
    pub fn validated(&self) -> Result<PollInput> {
        let mut c = Checker::new();
        let title = c.required("title", &self.title, 200);
        if !(1..=MAX_LENGTH_MINUTES).contains(&i64::from(self.length_minutes)) {
            c.fail_msg("length", msg!("core-poll-length"));
        }
        let mut organisations = Vec::new();
        for &id in &self.organisations {
            if !organisations.contains(&id) {
                organisations.push(id);
            }
        }
        if organisations.is_empty() {
            c.fail_msg("with", msg!("core-poll-no-organisations"));
        } else if organisations.len() > MAX_POLL_ORGANISATIONS {
            c.fail_msg("with", msg!("core-poll-too-many-organisations", max = MAX_POLL_ORGANISATIONS));
        }
        let mut slots: Vec<String> = Vec::new();
        for text in &self.slots {
            match parse_instant_msg(text) {
                Ok(at) => {
                    let stored = instant_text(at);
                    if slots.contains(&stored) {
                        c.fail_msg("slot", msg!("core-poll-slot-twice", value = excerpt(text.trim())));
                    } else {
                        slots.push(stored);
                    }
                }
                Err(m) => c.fail_msg("slot", m),
            }
        }
        if self.slots.len() < 2 {
            c.fail_msg("slot", msg!("core-poll-too-few-slots"));
        } else if self.slots.len() > MAX_POLL_SLOTS {
            c.fail_msg("slot", msg!("core-poll-too-many-slots", max = MAX_POLL_SLOTS));
        }
        c.finish()?;
        Ok(PollInput {
            title,
            campaign_id: self.campaign_id,
            length_minutes: self.length_minutes,
            organisations,
            slots,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_need_an_offset_and_seconds_are_optional() {
        let read = |t: &str| parse_instant(t).map(instant_text);
        assert_eq!(read("2027-03-04T14:00Z"), Ok("2027-03-04T14:00:00Z".into()));
        assert_eq!(read("2027-03-04T22:00+08:00"), Ok("2027-03-04T14:00:00Z".into()));
        assert_eq!(read(" 2027-03-04T14:00:00+00:00 "), Ok("2027-03-04T14:00:00Z".into()));
        assert_eq!(
            read("2027-03-04T14:00"),
            Err("'2027-03-04T14:00' has no offset: add Z for UTC or the offset, e.g. 2027-03-04T14:00Z or \
                 2027-03-04T14:00+08:00"
                .into())
        );
        assert_eq!(read("next tuesday"), Err("'next tuesday' is not a date and time such as 2027-03-04T14:00Z".into()));
    }

    #[test]
    fn a_poll_needs_a_title_organisations_and_two_distinct_slots() {
        let good = PollInput {
            title: " Coordinating call ".into(),
            length_minutes: 90,
            organisations: vec![3, 1, 3],
            slots: vec!["2027-03-04T14:00Z".into(), "2027-03-05T22:00+08:00".into()],
            ..Default::default()
        };
        let v = good.validated().unwrap();
        assert_eq!(v.title, "Coordinating call");
        assert_eq!(v.organisations, [3, 1]);
        assert_eq!(v.slots, ["2027-03-04T14:00:00Z", "2027-03-05T14:00:00Z"]);
        let bad = PollInput {
            title: "".into(),
            length_minutes: 0,
            organisations: vec![],
            slots: vec!["2027-03-04T14:00Z".into()],
            ..Default::default()
        };
        let err = bad.validated().unwrap_err().to_string();
        for part in ["title", "length", "with: choose the organisations", "slot: give at least two"] {
            assert!(err.contains(part), "{part}: {err}");
        }
        let twice = PollInput { slots: vec!["2027-03-04T14:00Z".into(), "2027-03-04T15:00+01:00".into()], ..good };
        assert!(twice.validated().unwrap_err().to_string().contains("2027-03-04T15:00+01:00 is given twice"));
    }
}
