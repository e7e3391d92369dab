//! One calendar object resource per event (RFC 4791 §4.1: a series and its changed instances, one UID) or per task
//! (a VTODO), written by our own ICS writer and read back by our own reader. Pure: no store, no network, no clock.

use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Tz;
use sha2::{Digest, Sha256};

use crate::domain::{Campaign, Event, Organisation, Task};
use crate::ics::{
    export, export_with_tasks, read_events, read_todos, ExportContext, ParsedEvent, ParsedTodo, ProblemKind,
};

/// What every resource's text needs besides its event, loaded once per run.
pub struct Context {
    pub campaigns: Vec<Campaign>,
    pub organisations: Vec<Organisation>,
    pub partner_zones: Vec<Tz>,
}

/// Lines of a published calendar file that a calendar object resource must not carry (RFC 4791 §4.1 forbids
/// METHOD) or that name a whole calendar rather than one event.
fn is_file_only(line: &str) -> bool {
    line == "METHOD:PUBLISH"
        || line.starts_with("NAME:")
        || line.starts_with("X-WR-CALNAME:")
        || line.starts_with("REFRESH-INTERVAL;")
        || line.starts_with("X-PUBLISHED-TTL:")
}

/// The event as one resource. DTSTAMP is the event's last change, not the moment of the run, so an event nobody
/// touched gives the same text (and hash) on every run and is never sent again.
pub fn text(event: &Event, ctx: &Context) -> String {
    let at = stamp(&event.updated_at);
    let ctx = ExportContext {
        name: "",
        campaigns: &ctx.campaigns,
        organisations: &ctx.organisations,
        partner_zones: &ctx.partner_zones,
        now: at,
    };
    resource(export(std::slice::from_ref(event), &ctx))
}

/// The task as one resource (a VTODO, as the ICS export writes it); DTSTAMP is its last change, as for events.
pub fn task_text(task: &Task, ctx: &Context) -> String {
    let ctx = ExportContext {
        name: "",
        campaigns: &ctx.campaigns,
        organisations: &ctx.organisations,
        partner_zones: &ctx.partner_zones,
        now: stamp(&task.updated_at),
    };
    resource(export_with_tasks(&[], std::slice::from_ref(task), &ctx))
}

fn resource(full: String) -> String {
    let mut out = String::with_capacity(full.len());
    // The file-only lines are short and come before any folded line, so they are whole lines here.
    for line in full.split_inclusive("\r\n") {
        if !is_file_only(line.trim_end_matches("\r\n")) {
            out.push_str(line);
        }
    }
    out
}

fn stamp(updated_at: &str) -> DateTime<Utc> {
    NaiveDateTime::parse_from_str(updated_at, "%Y-%m-%dT%H:%M:%SZ")
        .map(|t| t.and_utc())
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH)
}

/// SHA-256 of a resource's text, hex: what the sync state compares.
pub fn hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A resource read back: its VEVENTs (the series first, then its changed instances), all of one UID.
#[derive(Debug)]
pub struct Remote {
    pub uid: String,
    pub events: Vec<ParsedEvent>,
}

/// Why [`read`] refuses a resource of tasks or journal entries only.
pub const NO_EVENT: &str = "it holds no event (VEVENT)";

/// Reads a resource from the server. Floating times are read in `zone` (the campaign's). An item with no event
/// we can read, or with events of several UIDs (RFC 4791 forbids it), is refused with the reason.
pub fn read(text: &str, zone: Tz) -> Result<Remote, String> {
    let mut events = Vec::new();
    let mut problems = Vec::new();
    read_events(text.as_bytes(), zone, |item| match item {
        Ok(p) => events.push(p),
        Err(p) if p.kind != ProblemKind::Line => problems.push(p.message),
        Err(_) => {}
    });
    let Some(first) = events.first() else {
        // A task (what another client put around it, an alarm say, is the task reader's to judge) or a journal entry.
        let other = text.lines().any(|l| {
            let l = l.trim().to_ascii_uppercase();
            l == "BEGIN:VTODO" || l == "BEGIN:VJOURNAL"
        });
        return Err(match problems.first() {
            Some(p) if !other => p.clone(),
            _ => NO_EVENT.to_string(),
        });
    };
    let uid = first.uid.clone();
    if let Some(other) = events.iter().find(|e| e.uid != uid) {
        return Err(format!("it holds events of two UIDs ('{}' and '{}')", uid, other.uid));
    }
    // The series before its instances, whatever order the writer used.
    events.sort_by_key(|e| matches!(e.body, crate::ics::ParsedBody::Change { .. }));
    Ok(Remote { uid, events })
}

/// Why [`read_task`] refuses a resource without a task (a VJOURNAL only): it stays on the server, untouched.
pub const NO_TASK: &str = "it holds no event (VEVENT) or task (VTODO)";

/// Reads a resource of a task (one VTODO; RFC 4791 forbids two UIDs in one resource).
pub fn read_task(text: &str, zone: Tz) -> Result<ParsedTodo, String> {
    let mut todos = read_todos(text, zone)?;
    if todos.len() > 1 {
        return Err(format!("it holds {} tasks; a resource holds one", todos.len()));
    }
    todos.pop().ok_or_else(|| NO_TASK.to_string())
}

/// A resource name for a new event: its UID where that is a safe path segment, else the UID's characters that are,
/// with a hash so two UIDs never share a name.
pub fn file_name(uid: &str) -> String {
    let safe: String = uid
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' { c } else { '-' })
        .collect();
    let safe: String = safe.chars().take(100).collect();
    if safe == uid {
        format!("{safe}.ics")
    } else {
        format!("{safe}-{}.ics", &hash(uid)[..12])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_safe_and_distinct() {
        assert_eq!(file_name("abc-1"), "abc-1.ics");
        let (a, b) = (file_name("x@campaign-desk"), file_name("x#campaign-desk"));
        assert!(a.starts_with("x-campaign-desk-") && a.ends_with(".ics"), "{a}");
        assert_ne!(a, b);
        assert!(!file_name("../../etc/passwd").contains('/'));
    }

    #[test]
    fn a_resource_without_events_or_with_two_uids_is_refused() {
        let todo =
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nUID:t\r\nSUMMARY:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
        assert_eq!(read(todo, chrono_tz::UTC).expect_err("no event"), "it holds no event (VEVENT)");
        let two = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n\
                   BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20260101\r\nSUMMARY:A\r\nEND:VEVENT\r\n\
                   BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20260102\r\nSUMMARY:B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assert!(read(two, chrono_tz::UTC).expect_err("two uids").contains("two UIDs"));
    }
}
