//! What other clients wrote that we do not model, carried over into the text we send. Thunderbird, Apple Calendar
//! and phones put attendees, their own alarms and `X-…` properties into an event; our model has no place for them,
//! so a resource written from the model alone would drop them. When we write an item the server already has, each
//! of our VEVENTs (matched to the server's by RECURRENCE-ID) takes over from the server's last text:
//! - every property we neither write nor read (ATTENDEE, CLASS, TRANSP, PRIORITY, COMMENT, `X-…`, …), verbatim;
//! - the ORGANIZER of an event with attendees (a meeting keeps its organiser, whatever our lead organisation is);
//! - the parameters (LANGUAGE, ALTREP) of a SUMMARY, LOCATION or DESCRIPTION whose value we did not change;
//! - each VALARM: one we read as a reminder stays as the server had it while that reminder is still set here (and
//!   goes when it was removed here); one we cannot read (an absolute time, after the start) stays as it is;
//! - any other component inside the event.
//!
//! Pure text work on unfolded content lines, so what is carried is byte for byte what the server had.

use crate::ics::{fold_line, parse_duration};

/// The VEVENT properties our writer writes or our reader reads: these are ours to set, the rest is carried.
const MODELLED: &[&str] = &[
    "UID",
    "DTSTAMP",
    "CREATED",
    "LAST-MODIFIED",
    "SEQUENCE",
    "RECURRENCE-ID",
    "DTSTART",
    "DTEND",
    "DURATION",
    "RRULE",
    "EXDATE",
    "RDATE",
    "SUMMARY",
    "DESCRIPTION",
    "LOCATION",
    "URL",
    "CONFERENCE",
    "X-GOOGLE-CONFERENCE",
    "CATEGORIES",
    "STATUS",
    "ORGANIZER",
    "CONTACT",
];

/// Text properties whose parameters the server may have set (LANGUAGE, ALTREP) and we never do.
const TEXT_WITH_PARAMS: &[&str] = &["SUMMARY", "LOCATION", "DESCRIPTION"];

/// One unfolded content line, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Line(String);

impl Line {
    /// The upper-cased name: up to the first `;` or `:`.
    fn name(&self) -> String {
        let end = self.0.find([';', ':']).unwrap_or(self.0.len());
        self.0[..end].trim().to_ascii_uppercase()
    }

    /// The value: after the first `:` outside quotes.
    fn value(&self) -> &str {
        let mut quoted = false;
        for (i, c) in self.0.char_indices() {
            match c {
                '"' => quoted = !quoted,
                ':' if !quoted => return &self.0[i + 1..],
                _ => {}
            }
        }
        ""
    }

    fn has_param(&self, param: &str) -> bool {
        let head = &self.0[..self.0.len() - self.value().len()];
        head.to_ascii_uppercase().contains(&format!(";{param}="))
    }
}

/// A component: its own property lines and the components inside it.
#[derive(Debug, Clone, Default)]
struct Component {
    name: String,
    props: Vec<Line>,
    children: Vec<Component>,
}

impl Component {
    fn write(&self, out: &mut Vec<Line>) {
        out.push(Line(format!("BEGIN:{}", self.name)));
        out.extend(self.props.iter().cloned());
        for c in &self.children {
            c.write(out);
        }
        out.push(Line(format!("END:{}", self.name)));
    }

    fn recurrence_id(&self) -> Option<String> {
        self.props.iter().find(|l| l.name() == "RECURRENCE-ID").map(|l| l.value().trim().to_ascii_uppercase())
    }

    /// The minutes before the start this alarm reminds of, when our reader takes it as a reminder.
    fn reminder_minutes(&self) -> Option<i64> {
        let trigger = self.props.iter().find(|l| l.name() == "TRIGGER")?;
        if trigger.has_param("VALUE") && !trigger.0.to_ascii_uppercase().contains("VALUE=DURATION") {
            return None;
        }
        if trigger.0.to_ascii_uppercase().contains("RELATED=END") {
            return None;
        }
        let d = parse_duration(trigger.value())?;
        (d <= chrono::Duration::zero()).then(|| -d.num_minutes())
    }
}

fn unfold(text: &str) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    for physical in text.split('\n') {
        let physical = physical.strip_suffix('\r').unwrap_or(physical);
        match (physical.strip_prefix([' ', '\t']), out.last_mut()) {
            (Some(rest), Some(last)) => last.0.push_str(rest),
            _ if physical.trim().is_empty() => {}
            _ => out.push(Line(physical.to_string())),
        }
    }
    out
}

/// Reads the components of a resource; lines outside any component and unbalanced ENDs are ignored.
fn parse(lines: Vec<Line>) -> Vec<Component> {
    let mut top = Vec::new();
    let mut stack: Vec<Component> = Vec::new();
    for line in lines {
        if line.name() == "BEGIN" {
            stack.push(Component { name: line.value().trim().to_ascii_uppercase(), ..Default::default() });
        } else if line.name() == "END" {
            let Some(done) = stack.pop() else { continue };
            match stack.last_mut() {
                Some(parent) => parent.children.push(done),
                None => top.push(done),
            }
        } else if let Some(current) = stack.last_mut() {
            current.props.push(line);
        }
    }
    // An unterminated component still counts (a truncated text loses nothing we could keep).
    while let Some(done) = stack.pop() {
        match stack.last_mut() {
            Some(parent) => parent.children.push(done),
            None => top.push(done),
        }
    }
    top
}

fn events(calendar: &[Component]) -> Vec<&Component> {
    calendar.iter().flat_map(|c| c.children.iter()).filter(|c| c.name == "VEVENT").collect()
}

/// `ours` (our writer's text of the item) with what `server` (the server's last text of it) holds that we do not
/// model. `ours` unchanged when the server's text has no VEVENT of the same RECURRENCE-ID.
pub fn carry_over(ours: &str, server: &str) -> String {
    let theirs_calendar = parse(unfold(server));
    let theirs = events(&theirs_calendar);
    if theirs.is_empty() {
        return ours.to_string();
    }
    let mut calendar = parse(unfold(ours));
    for cal in &mut calendar {
        for event in cal.children.iter_mut().filter(|c| c.name == "VEVENT") {
            let rid = event.recurrence_id();
            if let Some(server_event) = theirs.iter().find(|t| t.recurrence_id() == rid) {
                merge(event, server_event);
            }
        }
    }
    let mut lines = Vec::new();
    for c in &calendar {
        c.write(&mut lines);
    }
    let mut out = String::with_capacity(ours.len() + server.len());
    for l in &lines {
        fold_line(&l.0, &mut out);
    }
    out
}

fn merge(ours: &mut Component, theirs: &Component) {
    let meeting = theirs.props.iter().any(|l| l.name() == "ATTENDEE");
    let their_organizer = theirs.props.iter().find(|l| l.name() == "ORGANIZER");
    if meeting && their_organizer.is_some() {
        ours.props.retain(|l| l.name() != "ORGANIZER");
    }
    for line in ours.props.iter_mut() {
        let name = line.name();
        if !TEXT_WITH_PARAMS.contains(&name.as_str()) {
            continue;
        }
        let mut same_name = theirs.props.iter().filter(|l| l.name() == name);
        if let (Some(t), None) = (same_name.next(), same_name.next()) {
            if t.value() == line.value() {
                *line = t.clone();
            }
        }
    }
    for line in &theirs.props {
        let name = line.name();
        let carried = !MODELLED.contains(&name.as_str()) || (name == "ORGANIZER" && meeting);
        if carried {
            ours.props.push(line.clone());
        }
    }
    // Alarms: ours stand for the reminders set here; the server's version of each is kept as it was written.
    let mut their_alarms: Vec<Option<&Component>> =
        theirs.children.iter().filter(|c| c.name == "VALARM").map(Some).collect();
    for alarm in ours.children.iter_mut().filter(|c| c.name == "VALARM") {
        let minutes = alarm.reminder_minutes();
        let same = their_alarms.iter_mut().find(|t| t.is_some_and(|t| t.reminder_minutes() == minutes));
        if let Some(slot) = same {
            if let Some(t) = slot.take() {
                *alarm = t.clone();
            }
        }
    }
    for t in their_alarms.into_iter().flatten() {
        if t.reminder_minutes().is_none() {
            ours.children.push(t.clone());
        }
    }
    for other in theirs.children.iter().filter(|c| c.name != "VALARM") {
        ours.children.push(other.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const THUNDERBIRD: &str = "BEGIN:VCALENDAR\r\n\
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\n\
VERSION:2.0\r\n\
BEGIN:VEVENT\r\n\
CREATED:20260301T090000Z\r\n\
LAST-MODIFIED:20260301T090000Z\r\n\
DTSTAMP:20260301T090000Z\r\n\
UID:tb-1\r\n\
SUMMARY;LANGUAGE=en:Vigil\r\n\
ORGANIZER;CN=Aung:mailto:aung@example.org\r\n\
ATTENDEE;CN=Mya;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:mya@example.o\r\n rg\r\n\
X-MOZ-GENERATION:3\r\n\
DTSTART:20260327T120000Z\r\n\
DTEND:20260327T133000Z\r\n\
CLASS:PUBLIC\r\n\
BEGIN:VALARM\r\n\
ACTION:DISPLAY\r\n\
TRIGGER;VALUE=DURATION:-PT15M\r\n\
DESCRIPTION:Default Mozilla Description\r\n\
X-MOZ-LASTACK:20260301T090000Z\r\n\
END:VALARM\r\n\
BEGIN:VALARM\r\n\
ACTION:DISPLAY\r\n\
TRIGGER;VALUE=DATE-TIME:20260326T090000Z\r\n\
DESCRIPTION:Day before\r\n\
END:VALARM\r\n\
END:VEVENT\r\n\
END:VCALENDAR\r\n";

    fn ours(summary: &str, alarms: &[u32]) -> String {
        let mut s = String::from(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Campaign Desk//Campaign Desk 1//EN\r\nBEGIN:VEVENT\r\n\
             UID:tb-1\r\nDTSTAMP:20260302T100000Z\r\nSEQUENCE:1\r\nDTSTART:20260327T120000Z\r\n\
             DTEND:20260327T133000Z\r\n",
        );
        s.push_str(&format!("SUMMARY:{summary}\r\nORGANIZER;CN=\"Us\":mailto:us@example.org\r\n"));
        for m in alarms {
            s.push_str(&format!(
                "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:{summary}\r\nTRIGGER:-PT{m}M\r\nEND:VALARM\r\n"
            ));
        }
        s.push_str("END:VEVENT\r\nEND:VCALENDAR\r\n");
        s
    }

    fn count(text: &str, needle: &str) -> usize {
        unfold(text).iter().filter(|l| l.0.starts_with(needle)).count()
    }

    #[test]
    fn attendees_alarms_and_x_properties_of_another_client_survive_our_edit() {
        let merged = carry_over(&ours("Vigil at the embassy", &[15]), THUNDERBIRD);
        let lines: Vec<String> = unfold(&merged).into_iter().map(|l| l.0).collect();
        assert!(lines.contains(&"SUMMARY:Vigil at the embassy".to_string()), "our change: {merged}");
        assert!(
            lines.contains(&"ATTENDEE;CN=Mya;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:mya@example.org".into()),
            "{merged}"
        );
        assert!(lines.contains(&"X-MOZ-GENERATION:3".to_string()));
        assert!(lines.contains(&"CLASS:PUBLIC".to_string()));
        // A meeting keeps its organiser: one ORGANIZER, the server's.
        assert_eq!(count(&merged, "ORGANIZER"), 1);
        assert!(lines.contains(&"ORGANIZER;CN=Aung:mailto:aung@example.org".to_string()));
        // The 15-minute reminder is the server's alarm as it was written; the absolute one is kept too.
        assert_eq!(count(&merged, "BEGIN:VALARM"), 2, "{merged}");
        assert!(lines.contains(&"X-MOZ-LASTACK:20260301T090000Z".to_string()));
        assert!(lines.contains(&"TRIGGER;VALUE=DATE-TIME:20260326T090000Z".to_string()));
        // Ours alone: one DTSTAMP, no stale LAST-MODIFIED or CREATED of theirs.
        assert_eq!(count(&merged, "DTSTAMP"), 1);
        assert_eq!(count(&merged, "LAST-MODIFIED"), 0);
        assert!(merged.split("\r\n").all(|l| l.len() <= 75), "folded again");
    }

    #[test]
    fn an_unchanged_title_keeps_its_language_and_a_removed_reminder_goes() {
        let merged = carry_over(&ours("Vigil", &[]), THUNDERBIRD);
        assert_eq!(count(&merged, "SUMMARY;LANGUAGE=en:Vigil"), 1, "{merged}");
        assert_eq!(count(&merged, "SUMMARY"), 1);
        // The reminder we read (15 minutes) was removed here; the one we cannot read stays.
        assert_eq!(count(&merged, "BEGIN:VALARM"), 1, "{merged}");
        assert!(!merged.contains("X-MOZ-LASTACK"));
    }

    #[test]
    fn without_attendees_our_organizer_stays_and_instances_match_by_recurrence_id() {
        let server = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:s\r\nORGANIZER:mailto:old@example.org\r\n\
                      X-SERIES:1\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID:20260302T100000Z\r\n\
                      X-INSTANCE:2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let ours = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:s\r\nORGANIZER:mailto:us@example.org\r\nEND:VEVENT\r\n\
                    BEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID:20260302T100000Z\r\nEND:VEVENT\r\n\
                    BEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID:20260303T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let merged = carry_over(ours, server);
        let blocks: Vec<&str> = merged.split("BEGIN:VEVENT").skip(1).collect();
        assert_eq!(blocks.len(), 3);
        assert!(blocks[0].contains("ORGANIZER:mailto:us@example.org") && blocks[0].contains("X-SERIES:1"));
        assert!(!blocks[0].contains("old@example.org") && !blocks[0].contains("X-INSTANCE"));
        assert!(blocks[1].contains("X-INSTANCE:2") && !blocks[1].contains("X-SERIES"));
        assert!(!blocks[2].contains("X-"), "an instance the server does not have takes nothing");
    }

    #[test]
    fn a_server_text_without_events_changes_nothing() {
        let o = ours("Vigil", &[10]);
        assert_eq!(carry_over(&o, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"), o);
        assert_eq!(carry_over(&o, "garbage"), o);
    }

    #[test]
    fn carrying_twice_adds_nothing_more() {
        let once = carry_over(&ours("Vigil at the embassy", &[15]), THUNDERBIRD);
        let twice = carry_over(&ours("Vigil at the embassy", &[15]), &once);
        assert_eq!(once, twice);
    }
}
