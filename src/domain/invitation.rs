use serde::{Deserialize, Serialize};

use super::string_enum;
use crate::error::Result;
use crate::validate::Checker;

string_enum!(
    /// An invitee's answer: `invited` until they say; `no_answer` when the coordinator gave up waiting.
    RsvpAnswer { Invited = "invited", Yes = "yes", Maybe = "maybe", No = "no", NoAnswer = "no_answer" }
);

string_enum!(
    /// Attendance as the coordinator marks it afterwards; `unrecorded` takes a mark back.
    Attendance { Came = "came", Absent = "absent", Unrecorded = "unrecorded" }
);

impl Attendance {
    /// As stored: came, did not come, not recorded.
    pub fn stored(self) -> Option<bool> {
        match self {
            Attendance::Came => Some(true),
            Attendance::Absent => Some(false),
            Attendance::Unrecorded => None,
        }
    }
}

string_enum!(
    /// A reminder to people before an occurrence: the day before, or an hour before.
    ReminderKind { Day = "day", Hour = "hour" }
);

/// Who is invited: an organisation or a person, never both.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct Invitee {
    pub organisation_id: Option<i64>,
    pub person_id: Option<i64>,
}

impl Invitee {
    pub fn organisation(id: i64) -> Invitee {
        Invitee { organisation_id: Some(id), person_id: None }
    }

    pub fn person(id: i64) -> Invitee {
        Invitee { organisation_id: None, person_id: Some(id) }
    }

    /// Checks that exactly one of the two is named.
    pub(crate) fn check(&self, c: &mut Checker) {
        if self.organisation_id.is_some() == self.person_id.is_some() {
            c.fail_msg("invitee", crate::msg!("core-invitee-one-of"));
        }
    }
}

/// One invitation as it applies to an occurrence: the series' row, or the instance's own when it has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Invitation {
    pub id: i64,
    pub event_id: i64,
    /// '' when recorded for all occurrences (or a single event), else the instance's original local start.
    pub recurrence_id: String,
    pub organisation_id: Option<i64>,
    pub person_id: Option<i64>,
    /// The organisation's or person's name, filled in on reads.
    pub name: String,
    /// A person's organisation, for showing beside their name.
    pub organisation_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The invitee's zone (an organisation's office, or a person's organisation's), for reminders in their time.
    pub zone: Option<String>,
    pub answer: RsvpAnswer,
    /// Came (`true`), did not come (`false`), not recorded (`None`).
    pub attended: Option<bool>,
    pub notes: Option<String>,
    pub answered_at: Option<String>,
    pub updated_at: String,
}

impl Invitation {
    pub fn invitee(&self) -> Invitee {
        Invitee { organisation_id: self.organisation_id, person_id: self.person_id }
    }
}

/// A change to one invitee's record for an occurrence (or, with `recurrence_id` '', for all of them): any of the
/// answer, the attendance and the notes. `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct InvitationUpdate {
    pub recurrence_id: String,
    pub invitee: Invitee,
    pub answer: Option<RsvpAnswer>,
    pub attended: Option<Attendance>,
    /// `Some("")` clears the notes.
    pub notes: Option<String>,
}

impl InvitationUpdate {
    pub fn validated(&self, all_day: bool) -> Result<InvitationUpdate> {
        let mut c = Checker::new();
        self.invitee.check(&mut c);
        let recurrence_id = checked_recurrence_id(&mut c, &self.recurrence_id, all_day);
        if self.answer.is_none() && self.attended.is_none() && self.notes.is_none() {
            c.fail_msg("answer", crate::msg!("core-invitation-nothing-to-change"));
        }
        let notes = self.notes.as_ref().map(|n| c.optional("notes", Some(n), 2000).unwrap_or_default());
        let out = InvitationUpdate {
            recurrence_id,
            invitee: self.invitee,
            answer: self.answer,
            attended: self.attended,
            notes,
        };
        c.finish().map(|()| out)
    }
}

/// The occurrence key in its stored form: '' for all occurrences, else a local start (a date for all-day series).
pub(crate) fn checked_recurrence_id(c: &mut Checker, value: &str, all_day: bool) -> String {
    let value = value.trim();
    if value.is_empty() {
        return String::new();
    }
    if all_day {
        c.date("occurrence", value).map(|d| d.to_string()).unwrap_or_default()
    } else {
        c.local_datetime("occurrence", value).map(|d| crate::time_text::local_text(&d)).unwrap_or_default()
    }
}

/// How many are invited and what they said, and afterwards who came.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct InvitationCounts {
    /// Everyone invited, whatever they answered.
    pub invited: u32,
    /// Asked, no answer yet (the follow-up list).
    pub waiting: u32,
    pub yes: u32,
    pub maybe: u32,
    pub no: u32,
    /// The coordinator stopped waiting for an answer.
    pub no_answer: u32,
    pub came: u32,
    pub did_not_come: u32,
}

impl InvitationCounts {
    pub fn add(&mut self, answer: RsvpAnswer, attended: Option<bool>) {
        self.invited += 1;
        match answer {
            RsvpAnswer::Invited => self.waiting += 1,
            RsvpAnswer::Yes => self.yes += 1,
            RsvpAnswer::Maybe => self.maybe += 1,
            RsvpAnswer::No => self.no += 1,
            RsvpAnswer::NoAnswer => self.no_answer += 1,
        }
        match attended {
            Some(true) => self.came += 1,
            Some(false) => self.did_not_come += 1,
            None => {}
        }
    }

    pub fn of<'a>(list: impl IntoIterator<Item = &'a Invitation>) -> InvitationCounts {
        let mut counts = InvitationCounts::default();
        for i in list {
            counts.add(i.answer, i.attended);
        }
        counts
    }
}
