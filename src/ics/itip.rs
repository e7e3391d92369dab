//! Scheduling over iCalendar (iTIP, RFC 5546): an event as an invitation (METHOD:REQUEST) with its organiser and
//! attendees, and an attendee's answer (METHOD:REPLY) read back.

use super::export::{scheduling_message, ExportContext};
use super::lines::Lines;
use super::time_value::{parse_time, FileZones, IcsTime};
use crate::domain::{Event, RsvpAnswer};

/// Someone named in an invitation, by name and e-mail address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub name: String,
    pub email: String,
    /// An organisation (CUTYPE=GROUP) rather than a person (INDIVIDUAL).
    pub group: bool,
}

/// An invitation to `e` (every occurrence of a series): each VEVENT with ORGANIZER and one ATTENDEE per invitee,
/// their answer so far as PARTSTAT, RSVP=TRUE.
pub fn request(e: &Event, organizer: &Party, attendees: &[(Party, RsvpAnswer)], ctx: &ExportContext) -> String {
    let mut people = vec![format!("ORGANIZER;CN={}:mailto:{}", param_value(&organizer.name), organizer.email)];
    for (p, answer) in attendees {
        let cutype = if p.group { "GROUP" } else { "INDIVIDUAL" };
        people.push(format!(
            "ATTENDEE;CUTYPE={cutype};ROLE=REQ-PARTICIPANT;PARTSTAT={};RSVP=TRUE;CN={}:mailto:{}",
            partstat(*answer),
            param_value(&p.name),
            p.email
        ));
    }
    scheduling_message(e, ctx, "REQUEST", &people)
}

/// RFC 5545's participation status for an answer; "gave no answer" is still NEEDS-ACTION to a calendar.
pub fn partstat(answer: RsvpAnswer) -> &'static str {
    match answer {
        RsvpAnswer::Yes => "ACCEPTED",
        RsvpAnswer::Maybe => "TENTATIVE",
        RsvpAnswer::No => "DECLINED",
        RsvpAnswer::Invited | RsvpAnswer::NoAnswer => "NEEDS-ACTION",
    }
}

/// A parameter value (RFC 5545 §3.2): always quoted, since names hold commas and colons; a double quote cannot
/// appear inside one, nor can control characters.
fn param_value(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| {
            if c == '"' {
                '\''
            } else if c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    format!("\"{clean}\"")
}

/// What a reply says: for which event (and occurrence), who answered what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub method: String,
    pub uid: String,
    pub recurrence_id: Option<IcsTime>,
    /// Each ATTENDEE's address (without `mailto:`) and PARTSTAT as written.
    pub answers: Vec<(String, String)>,
}

/// Reads the first VEVENT of a reply. `Err` carries what is wrong in English, with the line.
pub fn read_reply(text: &str) -> Result<Reply, String> {
    let mut reply = Reply { method: String::new(), uid: String::new(), recurrence_id: None, answers: Vec::new() };
    let mut in_event = false;
    let mut seen_event = false;
    let zones = FileZones::default();
    for line in Lines::new(text.as_bytes()) {
        let line = line?;
        match (line.name.as_str(), in_event) {
            ("METHOD", false) => reply.method = line.value.trim().to_ascii_uppercase(),
            ("BEGIN", false) if line.value.eq_ignore_ascii_case("VEVENT") && !seen_event => in_event = true,
            ("END", true) if line.value.eq_ignore_ascii_case("VEVENT") => {
                in_event = false;
                seen_event = true;
            }
            ("UID", true) => reply.uid = super::lines::unescape_text(line.value.trim()),
            ("RECURRENCE-ID", true) => reply.recurrence_id = Some(parse_time(&line, &line.value, &zones)?),
            ("ATTENDEE", true) => {
                let value = line.value.trim();
                let address = value.get(..7).filter(|p| p.eq_ignore_ascii_case("mailto:")).map(|_| &value[7..]);
                let partstat = line.param("PARTSTAT").unwrap_or("NEEDS-ACTION").to_ascii_uppercase();
                reply.answers.push((address.unwrap_or(value).trim().to_string(), partstat));
            }
            _ => {}
        }
    }
    Ok(reply)
}

/// The answer a PARTSTAT stands for, if it is one an invitation can have.
pub fn answer_of(partstat: &str) -> Option<RsvpAnswer> {
    match partstat {
        "ACCEPTED" => Some(RsvpAnswer::Yes),
        "TENTATIVE" => Some(RsvpAnswer::Maybe),
        "DECLINED" => Some(RsvpAnswer::No),
        "NEEDS-ACTION" => Some(RsvpAnswer::Invited),
        _ => None,
    }
}
