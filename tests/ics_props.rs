//! Property tests for the bytes of an .ics file: TEXT escaping and line folding must give back what was written,
//! whatever the text (accents, Tagalog ñ and g̃, emoji with joiners and skin tones, combining marks, the four TEXT
//! specials, newlines and control characters), and every physical line must stay within RFC 5545 §3.1's limits.

use campaign_desk::domain::{Event, EventKind, EventMode, EventStatus};
use campaign_desk::ics::{
    escape_text, export, fold_line, read_events, unescape_text, ExportContext, Lines, ParsedBody,
};
use proptest::prelude::*;

/// Characters weighted towards the ones that break naive escaping and folding.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::char::range('a', 'z'),
        2 => prop::sample::select(vec![' ', '\\', ';', ',', ':', '"', '\n', '\r', '\t']),
        2 => prop::sample::select("éèêüöçãõÁÉñÑ".chars().collect::<Vec<_>>()),
        1 => prop::char::range('\u{300}', '\u{36f}'),
        2 => prop::char::range('\u{1F300}', '\u{1FAFF}'),
        1 => prop::sample::select(vec!['\u{200D}', '\u{FE0F}', '\u{1F3FD}', '\u{FEFF}', '\u{2028}']),
        1 => prop::char::range('\u{4E00}', '\u{9FFF}'),
        1 => prop::char::range('\u{0}', '\u{1F}'),
        1 => prop::char::range('\u{7F}', '\u{9F}'),
        2 => any::<char>(),
    ]
}

fn tricky_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_char(), 0..max).prop_map(String::from_iter)
}

/// What TEXT can carry of `s`: any line break becomes LF, and control characters other than tab and LF are dropped
/// (RFC 5545 §3.3.11 allows no others, even escaped).
fn representable(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

/// Checks the physical form of `folded` (one logical line when `one_logical`) and returns its physical lines.
fn physical_lines(folded: &str, one_logical: bool) -> Result<Vec<&[u8]>, TestCaseError> {
    let bytes = folded.as_bytes();
    prop_assert!(bytes.ends_with(b"\r\n"), "not ended by CRLF");
    for (i, b) in bytes.iter().enumerate() {
        match b {
            b'\r' => prop_assert_eq!(bytes.get(i + 1), Some(&b'\n'), "CR without LF at {}", i),
            b'\n' => prop_assert!(i > 0 && bytes[i - 1] == b'\r', "LF without CR at {}", i),
            _ => {}
        }
    }
    let lines: Vec<&[u8]> =
        bytes[..bytes.len() - 2].split(|b| *b == b'\n').map(|l| l.strip_suffix(b"\r").unwrap_or(l)).collect();
    for (i, line) in lines.iter().enumerate() {
        prop_assert!(line.len() <= 75, "line {} has {} octets", i, line.len());
        prop_assert!(std::str::from_utf8(line).is_ok(), "line {} splits a UTF-8 sequence", i);
        if one_logical && i > 0 {
            prop_assert_eq!(line.first(), Some(&b' '), "continuation line {} does not start with a space", i);
        }
    }
    Ok(lines)
}

/// Checks that `escaped` is well-formed TEXT: no bare `,` `;` or line break, and every backslash starts one of the
/// four escapes (a reader that splits lists on commas must not see one in a title).
fn well_formed_text(escaped: &str) -> Result<(), TestCaseError> {
    let mut chars = escaped.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let next = chars.next();
                prop_assert!(matches!(next, Some('\\' | ';' | ',' | 'n')), "bad escape \\{:?} in {:?}", next, escaped);
            }
            ',' | ';' => return Err(TestCaseError::fail(format!("bare '{c}' in {escaped:?}"))),
            c => prop_assert!(!c.is_control() || c == '\t', "control {:?} in {:?}", c, escaped),
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn escaping_and_folding_round_trip(text in tricky_text(300)) {
        let escaped = escape_text(&text);
        well_formed_text(&escaped)?;
        let mut folded = String::new();
        fold_line(&format!("DESCRIPTION:{escaped}"), &mut folded);
        physical_lines(&folded, true)?;
        let read: Vec<_> = Lines::new(folded.as_bytes()).collect::<Result<_, _>>().map_err(TestCaseError::fail)?;
        prop_assert_eq!(read.len(), 1);
        prop_assert_eq!(read[0].name.as_str(), "DESCRIPTION");
        prop_assert_eq!(unescape_text(&read[0].value), representable(&text));
    }

    #[test]
    fn folding_keeps_every_line_within_75_octets(line in tricky_text(400).prop_map(|t| escape_text(&t))) {
        let mut folded = String::new();
        fold_line(&line, &mut folded);
        let lines = physical_lines(&folded, true)?;
        let unfolded: Vec<u8> =
            lines.iter().enumerate().flat_map(|(i, l)| if i == 0 { &l[..] } else { &l[1..] }).copied().collect();
        prop_assert_eq!(unfolded, line.as_bytes());
    }

    #[test]
    fn title_description_and_location_survive_export_and_import(
        title in tricky_text(120),
        description in tricky_text(400),
        location in tricky_text(120),
    ) {
        let (title_r, description_r, location_r) =
            (representable(&title), representable(&description), representable(&location));
        // The importer reads a blank value as absent, so only non-blank ones can come back.
        prop_assume!(!title_r.trim().is_empty() && !description_r.trim().is_empty() && !location_r.trim().is_empty());
        let event = Event {
            id: 1,
            uid: "prop@campaign-desk".into(),
            campaign_id: None,
            title,
            kind: EventKind::Other,
            all_day: false,
            start: "2025-03-04T19:00".into(),
            end: "2025-03-04T20:30".into(),
            zone: Some("America/Toronto".into()),
            rrule: None,
            exdates: vec![],
            rdates: vec![],
            mode: EventMode::InPerson,
            location: Some(location),
            online_url: None,
            registration_url: None,
            status: EventStatus::Confirmed,
            description: Some(description),
            reminders: vec![],
            organisations: vec![],
            changes: vec![],
            sequence: 0,
            created_at: "2025-02-01T00:00:00Z".into(),
            updated_at: "2025-02-01T00:00:00Z".into(),
        };
        let ctx = ExportContext {
            name: "Props",
            campaigns: &[],
            organisations: &[],
            partner_zones: &[],
            now: chrono::DateTime::parse_from_rfc3339("2025-02-01T00:00:00Z").map_err(|e| TestCaseError::fail(e.to_string()))?.to_utc(),
        };
        let ics = export(std::slice::from_ref(&event), &ctx);
        physical_lines(&ics, false)?;
        let mut read = Vec::new();
        read_events(ics.as_bytes(), chrono_tz::UTC, |r| read.push(r));
        prop_assert_eq!(read.len(), 1);
        let parsed = read.remove(0).map_err(|p| TestCaseError::fail(p.message))?;
        let ParsedBody::Event { input, .. } = parsed.body else {
            return Err(TestCaseError::fail("read back as a changed instance"));
        };
        prop_assert_eq!(input.title, title_r);
        prop_assert_eq!(input.description, Some(description_r));
        prop_assert_eq!(input.location, Some(location_r));
    }
}
