//! Calendars as other clients write them, each shape seen refused or misread once: small files written here, each
//! imported into a real store and its occurrences read back in UTC.

use campaign_desk::calendar::Window;
use campaign_desk::service::ics_import::{import, ImportOptions, ImportReport};
use campaign_desk::Store;

fn load(store: &mut Store, body: &str) -> ImportReport {
    let text = format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n");
    let open = || Ok(std::io::Cursor::new(text.clone().into_bytes()));
    let options = ImportOptions { campaign_id: None, floating_zone: chrono_tz::Asia::Manila };
    let r = import(store, open, options, false).expect("import runs");
    assert!(r.errors.is_empty() && r.applied, "{r:?}");
    r
}

/// (start, end, title) in UTC between two dates.
fn utc(store: &Store, from: &str, to: &str) -> Vec<(String, String, String)> {
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
    let w = Window { from: day(from), to: day(to), zone: chrono_tz::UTC };
    let list = store.occurrences(&w, Some(chrono_tz::UTC), None).expect("occurrences");
    let cut = |s: &str| s.get(..16).unwrap_or(s).to_string();
    list.into_iter().map(|o| (cut(&o.start), cut(&o.end), o.title.to_string())).collect()
}

fn row(s: &str, e: &str, t: &str) -> (String, String, String) {
    (s.into(), e.into(), t.into())
}

fn fresh() -> Store {
    Store::open_in_memory().expect("store")
}

const SYDNEY_OUTLOOK: &str = "BEGIN:VTIMEZONE\r\nTZID:(UTC+10:00) Canberra\\, Melbourne\\, Sydney\r\n\
BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+1100\r\nTZOFFSETTO:+1000\r\n\
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\n\
TZOFFSETFROM:+1000\r\nTZOFFSETTO:+1100\r\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n";

#[test]
fn a_vtimezone_after_its_events_and_a_southern_hemisphere_outlook_zone() {
    let mut store = fresh();
    let event =
        "BEGIN:VEVENT\r\nUID:syd@x\r\nDTSTART;TZID=\"(UTC+10:00) Canberra\\, Melbourne\\, Sydney\":20250115T090000\r\n\
DTEND;TZID=\"(UTC+10:00) Canberra\\, Melbourne\\, Sydney\":20250115T100000\r\nRRULE:FREQ=MONTHLY;COUNT=7\r\n\
SUMMARY:Sydney meeting\r\nEND:VEVENT\r\n";
    load(&mut store, &format!("{event}{SYDNEY_OUTLOOK}"));
    let got = utc(&store, "2025-01-01", "2025-08-01");
    // Daylight time (+11) in January, standard (+10) from April's first Sunday.
    assert_eq!(got[0], row("2025-01-14T22:00", "2025-01-14T23:00", "Sydney meeting"));
    assert_eq!(got[6], row("2025-07-14T23:00", "2025-07-15T00:00", "Sydney meeting"));
    let e = store.find_event_by_uid("syd@x").expect("find").expect("event");
    assert_eq!(e.zone.as_deref(), Some("Australia/Sydney"));
}

#[test]
fn a_changed_instance_before_its_series_and_one_without_any() {
    let mut store = fresh();
    let r = load(
        &mut store,
        "BEGIN:VEVENT\r\nUID:s@x\r\nRECURRENCE-ID:20250108T100000Z\r\nDTSTART:20250109T120000Z\r\nDTEND:20250109T130000Z\r\n\
SUMMARY:Moved\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:s@x\r\nDTSTART:20250101T100000Z\r\nDTEND:20250101T110000Z\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n\
SUMMARY:Weekly\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:orphan@x\r\nRECURRENCE-ID:20250301T100000Z\r\nDTSTART:20250301T100000Z\r\nDTEND:20250301T103000Z\r\n\
SUMMARY:Lonely instance\r\nEND:VEVENT\r\n",
    );
    assert_eq!(r.new, 3, "{r:?}");
    assert_eq!(
        utc(&store, "2025-01-01", "2025-04-01"),
        [
            row("2025-01-01T10:00", "2025-01-01T11:00", "Weekly"),
            row("2025-01-09T12:00", "2025-01-09T13:00", "Moved"),
            row("2025-01-15T10:00", "2025-01-15T11:00", "Weekly"),
            row("2025-03-01T10:00", "2025-03-01T10:30", "Lonely instance"),
        ]
    );
}

#[test]
fn duplicate_uids_in_one_file_the_highest_sequence_wins_in_either_order() {
    for order in [[2, 1], [1, 2]] {
        let mut store = fresh();
        let copy = |seq: i32| {
            format!(
                "BEGIN:VEVENT\r\nUID:dup@x\r\nSEQUENCE:{seq}\r\nDTSTART:2025020{seq}T100000Z\r\n\
DTEND:2025020{seq}T110000Z\r\nSUMMARY:Version {seq}\r\nEND:VEVENT\r\n"
            )
        };
        load(&mut store, &format!("{}{}", copy(order[0]), copy(order[1])));
        assert_eq!(utc(&store, "2025-02-01", "2025-02-05"), [row("2025-02-02T10:00", "2025-02-02T11:00", "Version 2")]);
    }
}

#[test]
fn times_in_a_spring_forward_gap_move_forward_by_the_gap() {
    let mut store = fresh();
    load(
        &mut store,
        "BEGIN:VEVENT\r\nUID:gap@x\r\nDTSTART;TZID=America/Toronto:20250309T023000\r\n\
DTEND;TZID=America/Toronto:20250309T033000\r\nSUMMARY:In the gap\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:gapseries@x\r\nDTSTART;TZID=America/Toronto:20250309T023000\r\n\
DURATION:PT30M\r\nRRULE:FREQ=DAILY;COUNT=2\r\nSUMMARY:Daily in the gap\r\nEND:VEVENT\r\n",
    );
    assert_eq!(
        utc(&store, "2025-03-09", "2025-03-11"),
        [
            // 02:30 does not exist: read with the offset before the gap (-05:00), i.e. 03:30 EDT.
            // Its end (03:30 EDT) is then its start: an instant.
            row("2025-03-09T07:30", "2025-03-09T08:00", "Daily in the gap"),
            row("2025-03-09T07:30", "2025-03-09T07:30", "In the gap"),
            // The next day keeps the written 02:30 (EDT).
            row("2025-03-10T06:30", "2025-03-10T07:00", "Daily in the gap"),
        ]
    );
}

#[test]
fn missing_ends_follow_the_rfc_and_mixed_date_kinds_are_read() {
    let mut store = fresh();
    load(
        &mut store,
        "BEGIN:VEVENT\r\nUID:a@x\r\nDTSTART:20250401T100000Z\r\nSUMMARY:Instant\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:b@x\r\nDTSTART;VALUE=DATE:20250402\r\nSUMMARY:Day\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:c@x\r\nDTSTART:20250403T100000Z\r\nDURATION:PT1H30M15S\r\nSUMMARY:Lasting\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:d@x\r\nDTSTART;VALUE=DATE:20250405\r\nDTEND:20250407T000000Z\r\nSUMMARY:Date to time\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:e@x\r\nDTSTART:20250404T100000Z\r\nDTEND:20250404T100000Z\r\nSUMMARY:Zero\r\nEND:VEVENT\r\n",
    );
    let day = |d: &str| store.find_event_by_uid(d).expect("find").expect("event");
    assert_eq!((day("b@x").start, day("b@x").end), ("2025-04-02".into(), "2025-04-02".into()));
    // A DATE start with a UTC end: from that day's midnight (UTC) to the end.
    assert!(!day("d@x").all_day);
    let timed: Vec<_> = utc(&store, "2025-04-01", "2025-04-08").into_iter().filter(|r| r.0.len() > 10).collect();
    assert_eq!(
        timed,
        [
            row("2025-04-01T10:00", "2025-04-01T10:00", "Instant"),
            row("2025-04-03T10:00", "2025-04-03T11:30", "Lasting"),
            row("2025-04-04T10:00", "2025-04-04T10:00", "Zero"),
            row("2025-04-05T00:00", "2025-04-07T00:00", "Date to time"),
        ]
    );
}

#[test]
fn google_utc_times_repeat_in_the_calendars_x_wr_timezone() {
    let mut store = fresh();
    load(
        &mut store,
        "X-WR-TIMEZONE:Europe/London\r\nBEGIN:VEVENT\r\nUID:g@x\r\nDTSTART:20250327T100000Z\r\n\
DTEND:20250327T110000Z\r\nRRULE:FREQ=WEEKLY;COUNT=2\r\nSUMMARY:London call\r\nEND:VEVENT\r\n",
    );
    // 10:00 London on 27 March is 10:00 UTC; a week later London is on summer time, so it is 09:00 UTC.
    assert_eq!(
        utc(&store, "2025-03-01", "2025-04-10"),
        [
            row("2025-03-27T10:00", "2025-03-27T11:00", "London call"),
            row("2025-04-03T09:00", "2025-04-03T10:00", "London call")
        ]
    );
}

#[test]
fn prefixed_zones_windows_recurrence_ids_on_all_day_series_and_date_exclusions() {
    let mut store = fresh();
    load(
        &mut store,
        "BEGIN:VEVENT\r\nUID:m@x\r\nDTSTART;TZID=/mozilla.org/20070129_1/Europe/Paris:20250107T180000\r\n\
DTEND;TZID=/freeassociation.sourceforge.net/Tzfile/Europe/Paris:20250107T190000\r\nRRULE:FREQ=DAILY;COUNT=3\r\n\
EXDATE;VALUE=DATE:20250108\r\nSUMMARY:Paris\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:ad@x\r\nDTSTART;VALUE=DATE:20250601\r\nDTEND;VALUE=DATE:20250602\r\nRRULE:FREQ=DAILY;COUNT=3\r\n\
SUMMARY:All day\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:ad@x\r\nRECURRENCE-ID;TZID=W. Europe Standard Time:20250602T000000\r\n\
DTSTART;VALUE=DATE:20250602\r\nDTEND;VALUE=DATE:20250603\r\nSUMMARY:All day, renamed\r\nEND:VEVENT\r\n",
    );
    assert_eq!(
        utc(&store, "2025-01-01", "2025-01-31"),
        [row("2025-01-07T17:00", "2025-01-07T18:00", "Paris"), row("2025-01-09T17:00", "2025-01-09T18:00", "Paris")]
    );
    let titles: Vec<String> = utc(&store, "2025-06-01", "2025-06-05").into_iter().map(|r| r.2).collect();
    assert_eq!(titles, ["All day", "All day, renamed", "All day"]);
}

#[test]
fn several_rules_and_rdate_periods() {
    let mut store = fresh();
    let r = load(
        &mut store,
        "BEGIN:VEVENT\r\nUID:r@x\r\nDTSTART:20250106T100000Z\r\nDTEND:20250106T110000Z\r\n\
RRULE:FREQ=WEEKLY;COUNT=2\r\nRRULE:FREQ=MONTHLY;BYMONTHDAY=20;UNTIL=20250131T000000Z\r\n\
RDATE;VALUE=PERIOD:20250125T080000Z/PT3H\r\nSUMMARY:Mixed\r\nEND:VEVENT\r\n",
    );
    assert_eq!(r.new, 1, "{r:?}");
    assert_eq!(
        utc(&store, "2025-01-01", "2025-02-01"),
        [
            row("2025-01-06T10:00", "2025-01-06T11:00", "Mixed"),
            row("2025-01-13T10:00", "2025-01-13T11:00", "Mixed"),
            row("2025-01-20T10:00", "2025-01-20T11:00", "Mixed"),
            row("2025-01-25T08:00", "2025-01-25T11:00", "Mixed"),
        ]
    );
}

#[test]
fn old_mac_line_endings_and_hostile_values_do_not_stop_the_file() {
    let mut store = fresh();
    let text =
        "BEGIN:VCALENDAR\rVERSION:2.0\rBEGIN:VEVENT\rUID:cr@x\rDTSTART:20250501T100000Z\rDTEND:20250501T110000Z\r\
SUMMARY:Carriage\r returns\rEND:VEVENT\r\
BEGIN:VEVENT\rUID:huge@x\rDTSTART:20250502T100000Z\rDURATION:P99999999999999W\rSUMMARY:Forever\rEND:VEVENT\r\
BEGIN:VEVENT\rUID:late@x\rDTSTART:99991231T230000Z\rDURATION:PT2H\rSUMMARY:Too late\rEND:VEVENT\r\
BEGIN:VEVENT\rUID:nul@x\rDTSTART:20250503T100000Z\rSUMMARY:N\0U\0L\rX-LONG:"
            .to_string()
            + &"x".repeat(3_000_000)
            + "\rEND:VEVENT\rEND:VCALENDAR\r";
    let open = || Ok(std::io::Cursor::new(text.clone().into_bytes()));
    let options = ImportOptions { campaign_id: None, floating_zone: chrono_tz::UTC };
    let r = import(&mut store, open, options, false).expect("import runs");
    assert!(r.errors.is_empty(), "{r:?}");
    // A duration too long to read leaves the end out (as an unreadable DTEND does); an end after 9999 is no event.
    assert_eq!((r.new, r.skipped), (3, 1), "{:?}", r.items);
    let titles: Vec<String> = utc(&store, "2025-05-01", "2025-05-04").into_iter().map(|r| r.2).collect();
    assert_eq!(titles, ["Carriagereturns", "Forever", "NUL"]);
    let looks = r.items.iter().filter(|i| i.needs_a_look());
    assert!(looks.clone().count() >= 2 && looks.clone().all(|i| i.reason.as_ref().is_some_and(|m| m.len() < 300)));
}

/// Our own export re-imports into an empty database with the same occurrences, and export → import → export is
/// byte-stable apart from DTSTAMP: a series with a changed instance that is also excluded, links, an all-day span.
#[test]
fn our_export_round_trips_byte_for_byte_apart_from_dtstamp() {
    use campaign_desk::domain::{EventInput, EventKind, EventMode, OccurrenceChange};
    use campaign_desk::service::ics_export::{export_scope, ExportScope};
    let now = chrono::DateTime::parse_from_rfc3339("2025-02-01T00:00:00Z").expect("now").to_utc();
    let mut a = fresh();
    let series = a
        .create_event(&EventInput {
            title: "Webinar series".into(),
            kind: EventKind::Webinar,
            start: "2025-02-04T20:00".into(),
            end: "2025-02-04T21:00".into(),
            zone: Some("Asia/Manila".into()),
            rrule: Some("FREQ=WEEKLY;COUNT=4".into()),
            mode: EventMode::Online,
            online_url: Some("https://meet.example.org/series".into()),
            registration_url: Some("https://example.org/register".into()),
            description: Some("Four evenings.\n\nBring questions.".into()),
            ..Default::default()
        })
        .expect("series");
    let moved = OccurrenceChange {
        recurrence_id: "2025-02-11T20:00".into(),
        title: Some("Special edition".into()),
        start: Some("2025-02-12T18:00".into()),
        end: Some("2025-02-12T19:30".into()),
        ..Default::default()
    };
    a.change_occurrence(series.id, &moved).expect("moved");
    let hidden = OccurrenceChange {
        recurrence_id: "2025-02-18T20:00".into(),
        title: Some("Hidden".into()),
        ..Default::default()
    };
    a.change_occurrence(series.id, &hidden).expect("changed");
    let mut excluded = EventInput::from(&a.get_event(series.id).expect("get"));
    excluded.exdates.push("2025-02-18T20:00".into());
    a.update_event(series.id, &excluded).expect("excluded too");
    a.create_event(&EventInput {
        title: "Days of action".into(),
        kind: EventKind::DayOfAction,
        all_day: true,
        start: "2025-02-21".into(),
        end: "2025-02-23".into(),
        ..Default::default()
    })
    .expect("days");
    let export = |s: &Store| export_scope(s, &ExportScope::default(), now).expect("export").text;
    let first = export(&a);
    let mut b = fresh();
    let open = || Ok(std::io::Cursor::new(first.clone().into_bytes()));
    let r = import(&mut b, open, ImportOptions { campaign_id: None, floating_zone: chrono_tz::UTC }, false)
        .expect("import");
    assert!(r.errors.is_empty() && r.skipped == 0, "{r:?}");
    assert_eq!(utc(&a, "2025-01-01", "2025-04-01"), utc(&b, "2025-01-01", "2025-04-01"));
    let stable = |t: &str| {
        t.lines()
            .filter(|l| !l.starts_with("DTSTAMP") && !l.starts_with("CREATED") && !l.starts_with("LAST-MODIFIED"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(stable(&first), stable(&export(&b)));
}

#[test]
fn rules_and_ends_as_exchange_and_others_mangle_them() {
    let mut store = fresh();
    let r = load(
        &mut store,
        "BEGIN:VEVENT\r\nUID:ex@x\r\nDTSTART:20250106T100000Z\r\nDTEND:20250106T1100000Z\r\n\
RRULE:RRULE:FREQ=WEEKLY;BYDAY=MO, WE;COUNT=3\r\nSUMMARY:Exchange\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:fr@x\r\nDTSTART:20250103T100000Z\r\nDTEND:20250103T110000Z\r\n\
RRULE:FREQ=WEEKLY;BYDAY=1FR;COUNT=2\r\nSUMMARY:Fridays\r\nEND:VEVENT\r\n",
    );
    assert_eq!(r.new, 2, "{r:?}");
    let got: Vec<(String, String)> = utc(&store, "2025-01-01", "2025-02-01").into_iter().map(|r| (r.0, r.2)).collect();
    let at = |s: &str, t: &str| (s.to_string(), t.to_string());
    assert_eq!(
        got,
        [
            at("2025-01-03T10:00", "Fridays"),
            at("2025-01-06T10:00", "Exchange"),
            at("2025-01-08T10:00", "Exchange"),
            at("2025-01-10T10:00", "Fridays"),
            at("2025-01-13T10:00", "Exchange"),
        ]
    );
}

#[test]
fn two_copies_of_one_changed_instance_the_higher_sequence_wins() {
    let mut store = fresh();
    let copy = |seq: u8, hour: u8| {
        format!(
            "BEGIN:VEVENT\r\nUID:s@x\r\nSEQUENCE:{seq}\r\nRECURRENCE-ID:20250102T100000Z\r\nDTSTART:20250102T{hour}0000Z\r\n\
DTEND:20250102T{}0000Z\r\nSUMMARY:Version {seq}\r\nEND:VEVENT\r\n",
            hour + 1
        )
    };
    let series = "BEGIN:VEVENT\r\nUID:s@x\r\nDTSTART:20250101T100000Z\r\nDTEND:20250101T110000Z\r\n\
RRULE:FREQ=DAILY;COUNT=2\r\nSUMMARY:Daily\r\nEND:VEVENT\r\n";
    let r = load(&mut store, &format!("{series}{}{}", copy(3, 14), copy(1, 12)));
    assert_eq!(r.skipped, 1, "{r:?}");
    let got: Vec<(String, String)> = utc(&store, "2025-01-01", "2025-01-03").into_iter().map(|r| (r.0, r.2)).collect();
    assert_eq!(
        got,
        [("2025-01-01T10:00".to_string(), "Daily".to_string()), ("2025-01-02T14:00".into(), "Version 3".into())]
    );
}

#[test]
fn a_change_to_this_and_the_following_instances_moves_the_rest_of_the_series() {
    let mut store = fresh();
    let text = "BEGIN:VEVENT\r\nUID:r@x\r\nDTSTART;TZID=Europe/Berlin:20250301T100000\r\n\
DTEND;TZID=Europe/Berlin:20250301T110000\r\nRRULE:FREQ=DAILY;COUNT=4\r\nSUMMARY:Original\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:r@x\r\nRECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20250303T100000\r\n\
DTSTART;TZID=Europe/Berlin:20250303T120000\r\nDTEND;TZID=Europe/Berlin:20250303T123000\r\n\
SUMMARY:Moved range\r\nEND:VEVENT\r\n";
    let r = load(&mut store, text);
    assert!(r.items.iter().all(|i| i.action != campaign_desk::service::ics_import::ImportAction::Skipped), "{r:?}");
    let got: Vec<(String, String, String)> = utc(&store, "2025-03-01", "2025-03-06");
    assert_eq!(
        got,
        [
            row("2025-03-01T09:00", "2025-03-01T10:00", "Original"),
            row("2025-03-02T09:00", "2025-03-02T10:00", "Original"),
            row("2025-03-03T11:00", "2025-03-03T11:30", "Moved range"),
            row("2025-03-04T11:00", "2025-03-04T11:30", "Moved range"),
        ]
    );
    // The same file again changes nothing (the series here, already split, is newer than the file's).
    let again = load(&mut store, text);
    assert_eq!((again.new, again.updated), (0, 0), "{again:?}");
    assert_eq!(utc(&store, "2025-03-01", "2025-03-06"), got);
}

#[test]
fn seconds_in_times_and_durations_are_kept() {
    let mut store = fresh();
    load(
        &mut store,
        "BEGIN:VEVENT\r\nUID:sec@x\r\nDTSTART:20250105T012030Z\r\nDURATION:PT10M15S\r\nRRULE:FREQ=DAILY;COUNT=2\r\n\
EXDATE:20250106T012030Z\r\nRDATE:20250108T012030Z\r\nSUMMARY:Odd seconds\r\nEND:VEVENT\r\n",
    );
    let day = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("date");
    let w = Window { from: day("2025-01-01"), to: day("2025-01-10"), zone: chrono_tz::UTC };
    let got: Vec<(String, String)> = store
        .occurrences(&w, Some(chrono_tz::UTC), None)
        .expect("occurrences")
        .into_iter()
        .map(|o| (o.start.to_string(), o.end.to_string()))
        .collect();
    assert_eq!(
        got,
        [
            ("2025-01-05T01:20:30+00:00".to_string(), "2025-01-05T01:30:45+00:00".to_string()),
            ("2025-01-08T01:20:30+00:00".into(), "2025-01-08T01:30:45+00:00".into()),
        ]
    );
    let e = store.find_event_by_uid("sec@x").expect("find").expect("event");
    assert_eq!(e.rrule.as_deref(), Some("FREQ=DAILY;COUNT=2"), "the rule as written: no hour added for seconds");
}

#[test]
fn a_series_too_dense_for_one_window_is_named_as_cut() {
    let mut store = fresh();
    load(
        &mut store,
        "BEGIN:VEVENT\r\nUID:min@x\r\nDTSTART:20250101T000000Z\r\nDURATION:PT1M\r\nRRULE:FREQ=MINUTELY\r\n\
SUMMARY:Every minute\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:one@x\r\nDTSTART:20250102T100000Z\r\n\
SUMMARY:Once\r\nEND:VEVENT\r\n",
    );
    let day = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("date");
    let w = Window { from: day("2025-01-01"), to: day("2025-01-08"), zone: chrono_tz::UTC };
    let view = store.calendar(&w, Some(chrono_tz::UTC), None).expect("calendar");
    assert_eq!(view.cut_series.len(), 1, "{:?}", view.cut_series);
    assert_eq!(view.cut_series[0].title.as_str(), "Every minute");
    assert!(view.cut_series[0].shown >= 4999, "{:?}", view.cut_series);
    // A month page: the walk stops at the cap there too, and says so.
    let month = Window { from: day("2026-11-30"), to: day("2027-01-11"), zone: chrono_tz::UTC };
    assert_eq!(store.calendar(&month, Some(chrono_tz::UTC), None).expect("calendar").cut_series.len(), 1);
}

/// A rule whose pattern matches no date (a leap year's December 31st is in ISO week 52 when it is a Sunday), or no
/// time its steps reach, used to send every query of the calendar searching to year 9999: the rule is left out
/// with a note, the event comes in on its own start, and a normal series beside it keeps its rule.
#[test]
fn rules_that_match_no_date_are_left_out_with_a_note() {
    let mut store = fresh();
    let event = |uid: &str, start: &str, rule: &str| {
        format!(
            "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:{start}\r\nDURATION:PT1H\r\n\
             SUMMARY:{uid}\r\nRRULE:{rule}\r\nEND:VEVENT\r\n"
        )
    };
    let r = load(
        &mut store,
        &[
            event("never", "20261201T100000Z", "FREQ=YEARLY;BYWEEKNO=-53;BYYEARDAY=366;BYDAY=-1SU;COUNT=2147483648"),
            event("other-hour", "20261202T100000Z", "FREQ=HOURLY;INTERVAL=24;BYHOUR=11"),
            event("weekly", "20261203T100000Z", "FREQ=WEEKLY;COUNT=3"),
        ]
        .concat(),
    );
    assert_eq!(r.new, 3, "{:?}", r.items);
    for uid in ["never", "other-hour"] {
        let item = r.items.iter().find(|i| i.uid == uid).expect("item");
        let reason = item.reason.as_deref().unwrap_or_default();
        assert!(reason.contains("never repeats") && reason.contains("left out"), "{uid}: {reason}");
        assert!(!item.repeats, "{uid}");
    }
    assert_eq!(
        utc(&store, "2026-12-01", "2027-01-01"),
        [
            row("2026-12-01T10:00", "2026-12-01T11:00", "never"),
            row("2026-12-02T10:00", "2026-12-02T11:00", "other-hour"),
            row("2026-12-03T10:00", "2026-12-03T11:00", "weekly"),
            row("2026-12-10T10:00", "2026-12-10T11:00", "weekly"),
            row("2026-12-17T10:00", "2026-12-17T11:00", "weekly"),
        ]
    );
}

/// One EXDATE or RDATE value nobody can read costs that value, with a note, not the whole series.
#[test]
fn an_unreadable_exclusion_or_extra_date_is_left_out_not_the_series() {
    let mut store = fresh();
    let r = load(
        &mut store,
        "BEGIN:VEVENT\r\nUID:weekly@x\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20261203T100000Z\r\n\
         DURATION:PT1H\r\nSUMMARY:Weekly\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\n\
         EXDATE:20261210T100000Z,20261217T100000Z20261224T100000Z\r\n\
         RDATE:2026-12-05T10:00\r\nRDATE:20261206T100000Z\r\nEND:VEVENT\r\n",
    );
    assert_eq!(r.new, 1, "{:?}", r.items);
    let reason = r.items[0].reason.as_deref().unwrap_or_default();
    assert!(reason.contains("EXDATE '20261217T100000Z20261224T100000Z'") && reason.contains("left out"), "{reason}");
    assert!(reason.contains("RDATE '2026-12-05T10:00'"), "{reason}");
    let starts: Vec<String> = utc(&store, "2026-12-01", "2027-01-01").into_iter().map(|r| r.0).collect();
    assert_eq!(starts, ["2026-12-03T10:00", "2026-12-06T10:00", "2026-12-17T10:00", "2026-12-24T10:00"]);
}

/// A DURATION nobody can read is treated like an unreadable DTEND: the event comes in without its end, with a note.
#[test]
fn an_unreadable_duration_leaves_the_end_out_not_the_event() {
    let mut store = fresh();
    let r = load(
        &mut store,
        "BEGIN:VEVENT\r\nUID:d@x\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20261201T100000Z\r\n\
         DURATION:1 hour\r\nSUMMARY:Call\r\nEND:VEVENT\r\n",
    );
    assert_eq!(r.new, 1, "{:?}", r.items);
    let reason = r.items[0].reason.as_deref().unwrap_or_default();
    assert!(reason.contains("DURATION '1 hour' is not a duration") && reason.contains("end is left out"), "{reason}");
    assert_eq!(utc(&store, "2026-12-01", "2026-12-02"), [row("2026-12-01T10:00", "2026-12-01T10:00", "Call")]);
}
