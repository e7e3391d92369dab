//! Reading a VTODO back (what `todo.rs` writes, and what Thunderbird, Apple Reminders or DAVx5's tasks apps make of
//! it): the title, the due day, and whether and when it was done. Only what a campaign's task holds; the rest of a
//! VTODO (priority, alarms, attendees) is not read.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::lines::{unescape_text, Lines};
use super::time_value::{parse_time, FileZones, IcsTime};

/// A task as another client left it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedTodo {
    pub uid: String,
    /// Empty when the VTODO has no SUMMARY.
    pub title: String,
    /// `YYYY-MM-DD`: the due day (a due time read in the zone given).
    pub due_date: Option<String>,
    /// When it was done (UTC, `YYYY-MM-DDTHH:MM:SSZ`): COMPLETED, else LAST-MODIFIED or DTSTAMP of a VTODO that
    /// says it is done (STATUS:COMPLETED or PERCENT-COMPLETE:100) without saying when; `Some("")` when none is given.
    pub done_at: Option<String>,
    pub sequence: i64,
}

fn utc_text(t: IcsTime, zone: Tz) -> Option<String> {
    let utc: DateTime<Utc> = match t {
        IcsTime::Utc(t) => t.and_utc(),
        IcsTime::Zoned(t, tz) => super::resolve_lenient(tz, t).with_timezone(&Utc),
        IcsTime::Floating(t) => super::resolve_lenient(zone, t).with_timezone(&Utc),
        IcsTime::Date(d) => super::resolve_lenient(zone, d.and_time(chrono::NaiveTime::MIN)).with_timezone(&Utc),
    };
    Some(utc.format("%Y-%m-%dT%H:%M:%SZ").to_string())
}

fn day_in(t: IcsTime, zone: Tz) -> String {
    let day = match t {
        IcsTime::Date(d) => d,
        IcsTime::Floating(t) => t.date(),
        IcsTime::Utc(t) => t.and_utc().with_timezone(&zone).date_naive(),
        IcsTime::Zoned(t, tz) => super::resolve_lenient(tz, t).with_timezone(&zone).date_naive(),
    };
    day.format("%Y-%m-%d").to_string()
}

/// The VTODOs of a calendar text, in order. Floating times are read in `zone`. A VTODO without a UID, or a line that
/// cannot be read, is an error naming its line.
pub fn read_todos(text: &str, zone: Tz) -> Result<Vec<ParsedTodo>, String> {
    let zones = FileZones::default();
    let mut out = Vec::new();
    // Depth inside the current VTODO: its own lines are at 1 (a VALARM inside it is deeper).
    let mut depth = 0usize;
    let mut cur: Option<(ParsedTodo, bool, Option<String>)> = None;
    for line in Lines::new(text.as_bytes()) {
        let line = line?;
        match (line.name.as_str(), line.value.trim().to_ascii_uppercase().as_str()) {
            ("BEGIN", "VTODO") if depth == 0 => {
                depth = 1;
                let empty =
                    ParsedTodo { uid: String::new(), title: String::new(), due_date: None, done_at: None, sequence: 0 };
                cur = Some((empty, false, None));
                continue;
            }
            ("BEGIN", _) if depth > 0 => depth += 1,
            ("END", "VTODO") if depth == 1 => {
                depth = 0;
                let Some((mut todo, done, stamp)) = cur.take() else { continue };
                if todo.uid.is_empty() {
                    return Err(format!("line {}: a task (VTODO) without a UID", line.line));
                }
                if done && todo.done_at.is_none() {
                    todo.done_at = Some(stamp.unwrap_or_default());
                }
                out.push(todo);
                continue;
            }
            ("END", _) if depth > 1 => depth -= 1,
            _ => {}
        }
        let Some((todo, done, stamp)) = cur.as_mut().filter(|_| depth == 1) else { continue };
        let value = line.value.trim();
        match line.name.as_str() {
            "UID" => todo.uid = unescape_text(value),
            "SUMMARY" => todo.title = unescape_text(value).trim().to_string(),
            "SEQUENCE" => todo.sequence = value.parse().unwrap_or(0),
            "DUE" => todo.due_date = Some(day_in(parse_time(&line, value, &zones)?, zone)),
            "COMPLETED" => todo.done_at = utc_text(parse_time(&line, value, &zones)?, zone),
            "STATUS" => *done |= value.eq_ignore_ascii_case("COMPLETED"),
            "PERCENT-COMPLETE" => *done |= value == "100",
            "LAST-MODIFIED" => *stamp = parse_time(&line, value, &zones).ok().and_then(|t| utc_text(t, zone)),
            "DTSTAMP" if stamp.is_none() => {
                *stamp = parse_time(&line, value, &zones).ok().and_then(|t| utc_text(t, zone))
            }
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_our_writer_writes_and_what_thunderbird_makes_of_it() {
        let ours = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nUID:t-1@campaign-desk\r\n\
                    DTSTAMP:20260301T100000Z\r\nSEQUENCE:2\r\nSUMMARY:Book the hall\\, with chairs\r\n\
                    DUE;VALUE=DATE:20260310\r\nSTATUS:NEEDS-ACTION\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
        let t = read_todos(ours, chrono_tz::Asia::Yangon).expect("read");
        assert_eq!(
            t,
            [ParsedTodo {
                uid: "t-1@campaign-desk".into(),
                title: "Book the hall, with chairs".into(),
                due_date: Some("2026-03-10".into()),
                done_at: None,
                sequence: 2,
            }]
        );
        // Ticked off in Thunderbird: STATUS, COMPLETED (UTC) and an alarm whose lines are not the task's.
        let done = ours.replace(
            "STATUS:NEEDS-ACTION\r\n",
            "STATUS:COMPLETED\r\nCOMPLETED:20260305T083000Z\r\nPERCENT-COMPLETE:100\r\nX-MOZ-GENERATION:3\r\n\
             BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:alarm\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n",
        );
        let t = read_todos(&done, chrono_tz::UTC).expect("read");
        assert_eq!(t[0].done_at.as_deref(), Some("2026-03-05T08:30:00Z"));
        assert_eq!(t[0].title, "Book the hall, with chairs", "the alarm's DESCRIPTION is not the task's");
        // Done without a time: the last change is when.
        let stamped = ours.replace("STATUS:NEEDS-ACTION", "STATUS:COMPLETED\r\nLAST-MODIFIED:20260306T120000Z");
        assert_eq!(
            read_todos(&stamped, chrono_tz::UTC).expect("read")[0].done_at.as_deref(),
            Some("2026-03-06T12:00:00Z")
        );
    }

    #[test]
    fn a_due_time_is_read_as_the_day_in_the_zone_and_a_missing_uid_is_refused() {
        let text = "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:x\r\nSUMMARY:Call\r\nDUE:20260309T200000Z\r\nEND:VTODO\r\n\
                    END:VCALENDAR\r\n";
        assert_eq!(read_todos(text, chrono_tz::Asia::Yangon).expect("read")[0].due_date.as_deref(), Some("2026-03-10"));
        let no_uid = text.replace("UID:x\r\n", "");
        assert!(read_todos(&no_uid, chrono_tz::UTC).expect_err("no uid").contains("without a UID"));
    }
}
