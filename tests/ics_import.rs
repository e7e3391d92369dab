//! Importing files shaped like what Outlook, Google, Apple and Thunderbird write (tests/fixtures/ics/), and files
//! that are broken: each outcome is stated here, and a broken file changes nothing.

use std::path::PathBuf;

use campaign_desk::calendar::Window;
use campaign_desk::domain::EventInput;
use campaign_desk::service::ics_import::{import, ImportAction, ImportOptions, ImportReport, LISTED};
use campaign_desk::Store;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics").join(name)
}

fn run(store: &mut Store, name: &str, dry_run: bool) -> ImportReport {
    let path = fixture(name);
    let open = || Ok(std::io::BufReader::new(std::fs::File::open(&path).expect("fixture")));
    let options = ImportOptions { campaign_id: None, floating_zone: chrono_tz::Asia::Hong_Kong };
    import(store, open, options, dry_run).expect("import runs")
}

fn occurrences(store: &Store, from: &str, to: &str, tz: chrono_tz::Tz) -> Vec<(String, String, String)> {
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
    let w = Window { from: day(from), to: day(to), zone: tz };
    let list = store.occurrences(&w, Some(tz), None).expect("occurrences");
    list.into_iter().map(|o| (o.start.to_string(), o.end.to_string(), o.title.to_string())).collect()
}

#[test]
fn outlook_windows_zone_folded_lines_and_alarm() {
    let mut store = Store::open_in_memory().expect("store");
    let r = run(&mut store, "outlook.ics", false);
    assert_eq!((r.new, r.errors.len(), r.applied), (1, 0, true));
    let e = &store.list_events(None).expect("events")[0];
    assert_eq!(e.zone.as_deref(), Some("Europe/Berlin"), "W. Europe Standard Time via CLDR");
    assert_eq!((e.start.as_str(), e.end.as_str()), ("2025-03-05T10:00", "2025-03-05T11:30"));
    assert_eq!(e.title, "Réunion de coordination avec les partenaires européens");
    assert_eq!(e.description.as_deref(), Some("Agenda:\n1. Reports, plans\n2. Next steps"));
    assert_eq!(e.location.as_deref(), Some("Salle 2, Geneva"));
    assert_eq!(e.reminders, [15]);
}

#[test]
fn google_series_with_a_moved_instance_conference_link_and_utc_times() {
    let mut store = Store::open_in_memory().expect("store");
    let r = run(&mut store, "google.ics", false);
    assert_eq!((r.new, r.errors.len()), (3, 0), "{:?}", r.errors);
    let got = occurrences(&store, "2025-02-01", "2025-03-01", chrono_tz::America::Chicago);
    let titles: Vec<&str> = got.iter().map(|o| o.2.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Tanggol Migrante network call",
            "Press conference on ICE raids",
            "Tanggol Migrante network call (moved for the press conference)",
            "Tanggol Migrante network call",
            "Tanggol Migrante network call"
        ]
    );
    assert_eq!(got[1].0, "2025-02-06T11:00:00-06:00", "a UTC time keeps its instant");
    assert_eq!(got[2].0, "2025-02-13T18:00:00-06:00");
    let call = store.find_event_by_uid("7kukuqrfedlm2f9t0vk0oqpvl4@google.com").expect("find").expect("series");
    assert_eq!(call.online_url.as_deref(), Some("https://meet.google.com/abc-defg-hij"));
    assert_eq!(call.sequence, 1, "the sender's SEQUENCE is kept");
}

#[test]
fn apple_all_day_spans_and_duration_anniversaries() {
    let mut store = Store::open_in_memory().expect("store");
    assert_eq!(run(&mut store, "apple.ics", false).new, 2);
    let got = occurrences(&store, "2026-01-01", "2026-03-01", chrono_tz::UTC);
    assert_eq!(got[0], ("2026-01-31".into(), "2026-02-01".into(), "Karen Revolution Anniversary".into()));
    let days = store.find_event_by_uid("B2F1A7C4-0D6E-4C1B-9E11-6A2C9D8F0E11").expect("find").expect("event");
    assert_eq!(
        (days.start.as_str(), days.end.as_str()),
        ("2025-02-21", "2025-02-23"),
        "DTEND exclusive → last day 23rd"
    );
}

#[test]
fn thunderbird_prefixed_zones_and_floating_times() {
    let mut store = Store::open_in_memory().expect("store");
    assert_eq!(run(&mut store, "thunderbird-floating.ics", false).new, 2);
    let webinar = store.find_event_by_uid("b8a1c0de-1f7e-4c55-9f51-0a9d3b8e7f11").expect("find").expect("event");
    assert_eq!(webinar.zone.as_deref(), Some("Asia/Manila"));
    let floating = store.find_event_by_uid("floating-1@example.org").expect("find").expect("event");
    assert_eq!(floating.zone.as_deref(), Some("Asia/Hong_Kong"), "floating times are read in the chosen zone");
    assert_eq!(floating.end, "2025-02-20T10:45", "DURATION instead of DTEND");
}

#[test]
fn reimporting_never_duplicates_and_a_newer_copy_updates() {
    let mut store = Store::open_in_memory().expect("store");
    run(&mut store, "google.ics", false);
    let again = run(&mut store, "google.ics", false);
    assert_eq!((again.new, again.updated, again.unchanged), (0, 0, 3));
    assert_eq!(store.list_events(None).expect("events").len(), 2, "the series and the press conference, once each");
    let text = std::fs::read_to_string(fixture("google.ics")).expect("read");
    let newer = text.replacen(
        "SEQUENCE:1\nSTATUS:CONFIRMED\nSUMMARY:Tanggol Migrante network call\n",
        "SEQUENCE:2\nSTATUS:CONFIRMED\nSUMMARY:Tanggol Migrante weekly call\n",
        1,
    );
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("newer.ics");
    std::fs::write(&path, newer).expect("write");
    let open = || Ok(std::io::BufReader::new(std::fs::File::open(&path).expect("file")));
    // The zone floating times are read in stays the same, so only the series differs from what is stored.
    let options = ImportOptions { campaign_id: None, floating_zone: chrono_tz::Asia::Hong_Kong };
    let r = import(&mut store, open, options, false).expect("import");
    assert_eq!((r.new, r.updated, r.unchanged, r.skipped), (0, 1, 2, 0), "{r:?}");
    let call = store.find_event_by_uid("7kukuqrfedlm2f9t0vk0oqpvl4@google.com").expect("find").expect("series");
    assert_eq!((call.title.as_str(), call.sequence), ("Tanggol Migrante weekly call", 2));
    assert!(!r.items.iter().any(|i| i.needs_a_look()), "nothing needs a look: {:?}", r.items);
}

/// `google.ics` with its text replaced: the file a partner sends again after changing something.
fn edited_google(edits: &[(&str, &str)]) -> String {
    let mut text = std::fs::read_to_string(fixture("google.ics")).expect("read");
    for (from, to) in edits {
        assert!(text.contains(from), "{from}");
        text = text.replacen(from, to, 1);
    }
    text
}

fn dry_run_text(store: &mut Store, text: &str) -> ImportReport {
    let open = || Ok(std::io::Cursor::new(text.as_bytes().to_vec()));
    let options = ImportOptions { campaign_id: None, floating_zone: chrono_tz::Asia::Hong_Kong };
    import(store, open, options, true).expect("dry run")
}

/// A preview row: title, action, start, zone, all day, repeats.
type Row<'a> = (&'a str, ImportAction, Option<&'a str>, Option<&'a str>, bool, bool);

#[test]
fn the_preview_lists_each_event_as_new_changed_or_unchanged_with_the_fields_that_change() {
    let mut store = Store::open_in_memory().expect("store");
    run(&mut store, "google.ics", false);
    let edited = edited_google(&[
        (
            "DTSTART:20250206T170000Z\nDTEND:20250206T180000Z\nDTSTAMP:20250201T120000Z\nUID:presscon-2025@google.com\nSUMMARY:Press conference on ICE raids\n",
            "DTSTART:20250206T180000Z\nDTEND:20250206T190000Z\nDTSTAMP:20250203T120000Z\nUID:presscon-2025@google.com\nSEQUENCE:1\nSUMMARY:Press conference on ICE raids and detentions\nLOCATION:Chicago Federal Plaza\n",
        ),
        (
            "END:VCALENDAR",
            "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20250301\nDTEND;VALUE=DATE:20250302\nUID:dayofaction-2025@google.com\nSUMMARY:Day of action\nEND:VEVENT\nEND:VCALENDAR",
        ),
    ]);
    let r = dry_run_text(&mut store, &edited);
    assert_eq!((r.new, r.updated, r.unchanged, r.skipped, r.unlisted, r.applied), (1, 1, 2, 0, 0, false), "{r:?}");
    let rows: Vec<Row> = r
        .items
        .iter()
        .map(|i| (i.title.as_str(), i.action, i.start.as_deref(), i.zone.as_deref(), i.all_day, i.repeats))
        .collect();
    assert_eq!(
        rows,
        [
            (
                "Tanggol Migrante network call",
                ImportAction::Unchanged,
                Some("2025-02-04T18:00"),
                Some("America/Chicago"),
                false,
                true
            ),
            (
                "Tanggol Migrante network call (moved for the press conference)",
                ImportAction::Unchanged,
                Some("2025-02-13T18:00"),
                Some("America/Chicago"),
                false,
                false
            ),
            (
                "Press conference on ICE raids and detentions",
                ImportAction::Updated,
                Some("2025-02-06T12:00"),
                Some("America/Chicago"),
                false,
                false
            ),
            ("Day of action", ImportAction::New, Some("2025-03-01"), None, true, false),
        ]
    );
    assert_eq!(r.items[1].recurrence_id.as_deref(), Some("2025-02-11T18:00"), "the instance it changes");
    assert_eq!(r.items[2].changed, ["title", "start", "end", "location"], "{:?}", r.items[2]);
    assert!(r.items.iter().filter(|i| i.action != ImportAction::Updated).all(|i| i.changed.is_empty()));
    let press = store.find_event_by_uid("presscon-2025@google.com").expect("find").expect("event");
    assert_eq!(press.title, "Press conference on ICE raids", "the preview wrote nothing");
}

#[test]
fn the_preview_names_what_changes_in_a_moved_instance_and_in_an_older_copy() {
    let mut store = Store::open_in_memory().expect("store");
    run(&mut store, "google.ics", false);
    let moved_later = edited_google(&[(
        "DTSTART;TZID=America/Chicago:20250213T180000\nDTEND;TZID=America/Chicago:20250213T193000",
        "DTSTART;TZID=America/Chicago:20250213T190000\nDTEND;TZID=America/Chicago:20250213T203000",
    )]);
    let r = dry_run_text(&mut store, &moved_later);
    assert_eq!((r.new, r.updated, r.unchanged), (0, 1, 2), "{r:?}");
    let instance = r.items.iter().find(|i| i.action == ImportAction::Updated).expect("the instance");
    assert_eq!(instance.start.as_deref(), Some("2025-02-13T19:00"));
    assert_eq!(instance.changed, ["start", "end"]);

    // The series retitled without a higher SEQUENCE: ours is kept, and the row says what the file has otherwise.
    let older = edited_google(&[("SUMMARY:Tanggol Migrante network call\n", "SUMMARY:Weekly call\n")]);
    let r = dry_run_text(&mut store, &older);
    let series = r.items.iter().find(|i| i.action == ImportAction::Skipped).expect("skipped: {r:?}");
    assert_eq!(series.changed, ["title"]);
    assert!(series.reason.as_deref().is_some_and(|m| m.contains("as new or newer")), "{series:?}");
}

#[test]
fn a_broken_event_is_skipped_with_its_line_and_the_rest_comes_in() {
    let mut store = Store::open_in_memory().expect("store");
    let r = run(&mut store, "malformed.ics", false);
    assert!(r.errors.is_empty(), "a calendar with some broken events is still a calendar: {:?}", r.errors);
    let skipped: Vec<&str> = r.items.iter().filter_map(|i| i.reason.as_deref()).collect();
    assert_eq!(
        skipped,
        [
            "line 9: the event has no start (DTSTART)",
            "line 15: DTSTART '2025-03-01' is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)",
            "line 18: the file ends before the event does",
        ]
    );
    assert_eq!((r.new, r.skipped, r.applied), (2, 2, true), "{r:?}");
    let titles: Vec<String> = store.list_events(None).expect("events").into_iter().map(|e| e.title).collect();
    assert_eq!(titles, ["Fine", "Never closed"]);
}

#[test]
fn a_file_that_is_not_a_calendar_is_refused_whole_with_its_line() {
    let mut store = Store::open_in_memory().expect("store");
    for (text, expected) in [
        ("<html><body>Not found</body></html>\n", "this is not an iCalendar file"),
        ("", "the file is empty"),
        (
            "SUMMARY:no calendar\nBEGIN:VEVENT\n",
            "line 1: this is not an iCalendar file: it should begin with BEGIN:VCALENDAR",
        ),
    ] {
        let open = || Ok(std::io::Cursor::new(text.as_bytes().to_vec()));
        let options = ImportOptions { campaign_id: None, floating_zone: chrono_tz::UTC };
        let r = import(&mut store, open, options, false).expect("import runs");
        assert_eq!(r.errors.len(), 1, "{text:?}: {r:?}");
        assert!(r.errors[0].message.contains(expected), "{:?}", r.errors[0].message);
        assert!(!r.applied);
    }
    assert!(store.list_events(None).expect("events").is_empty());
}

#[test]
fn a_dry_run_writes_nothing() {
    let mut store = Store::open_in_memory().expect("store");
    let r = run(&mut store, "google.ics", true);
    assert_eq!((r.new, r.applied), (3, false));
    assert!(store.list_events(None).expect("events").is_empty());
}

/// Builds `n` events of the shapes the store holds (timed in five zones, all-day spans, series with an exclusion and
/// a moved, retitled instance, text needing escapes and folding, reminders) and returns them exported. No
/// registration link: the export also writes it into the description for clients that hide URL, and the import
/// does not take that line out again.
fn generated_calendar(n: usize) -> (Store, String) {
    use campaign_desk::domain::{EventStatus, OccurrenceChange};
    const ZONES: [&str; 5] =
        ["Asia/Manila", "America/Toronto", "Pacific/Auckland", "Europe/London", "America/Sao_Paulo"];
    let mut store = Store::open_in_memory().expect("store");
    let first = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("date");
    for i in 0..n {
        let day = first + chrono::Duration::days((i * 7 % 700) as i64);
        let all_day = i % 10 == 0;
        let series = i % 4 == 0;
        let at = |d: chrono::NaiveDate, hour: usize| format!("{d}T{hour:02}:15");
        let (start, end) = if all_day {
            (day.to_string(), (day + chrono::Duration::days((i % 3) as i64)).to_string())
        } else {
            (at(day, 6 + i % 12), at(day, 7 + i % 12))
        };
        let instance = |weeks: i64| {
            let d = day + chrono::Duration::weeks(weeks);
            if all_day {
                d.to_string()
            } else {
                at(d, 6 + i % 12)
            }
        };
        let event = store
            .create_event(&EventInput {
                title: format!("Event {i}: rally, march; \"assembly\" — {}", "long title ".repeat(i % 9)),
                all_day,
                start,
                end,
                zone: (!all_day).then(|| ZONES[i % 5].to_string()),
                rrule: series.then(|| "FREQ=WEEKLY;COUNT=10".to_string()),
                exdates: if series { vec![instance(2)] } else { Vec::new() },
                location: (i % 3 == 0).then(|| format!("Hall {i}, 2nd floor")),
                status: if i % 11 == 0 { EventStatus::Tentative } else { EventStatus::Confirmed },
                description: (i % 2 == 0).then(|| format!("Agenda:\n1. reports, plans\n2. next steps\\{i}")),
                reminders: if i % 6 == 0 { vec![15, 1440] } else { Vec::new() },
                ..Default::default()
            })
            .expect("create");
        if series && i % 8 == 0 {
            let moved = (!all_day)
                .then(|| (at(day + chrono::Duration::weeks(1), 20), at(day + chrono::Duration::weeks(1), 21)));
            let change = OccurrenceChange {
                recurrence_id: instance(1),
                title: Some(format!("Event {i}, moved")),
                start: moved.as_ref().map(|m| m.0.clone()),
                end: moved.map(|m| m.1),
                ..Default::default()
            };
            store.change_occurrence(event.id, &change).expect("change");
        }
    }
    let ctx = campaign_desk::ics::ExportContext {
        name: "Generated",
        campaigns: &[],
        organisations: &[],
        partner_zones: &[],
        now: chrono::Utc::now(),
    };
    let text = campaign_desk::ics::export(&store.list_events(None).expect("events"), &ctx);
    (store, text)
}

#[test]
fn a_generated_calendar_imports_field_for_field_then_reimports_unchanged() {
    let (source, text) = generated_calendar(3000);
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("generated.ics");
    std::fs::write(&path, &text).expect("write");
    let open = || Ok(std::io::BufReader::new(std::fs::File::open(&path).expect("file")));
    let options = ImportOptions { campaign_id: None, floating_zone: chrono_tz::UTC };
    let mut target = Store::open(&dir.path().join("target.sqlite3")).expect("store");

    let dry = import(&mut target, open, options, true).expect("dry run");
    let source_events = source.list_events(None).expect("events");
    let changes = source_events.iter().map(|e| e.changes.len()).sum::<usize>() as u32;
    assert_eq!(changes, 375, "every eighth event is a series with a changed instance");
    assert_eq!((dry.new, dry.errors.len(), dry.applied), (3000 + changes, 0, false), "{:?}", dry.errors);
    assert!(target.list_events(None).expect("events").is_empty(), "a dry run writes nothing");

    let r = import(&mut target, open, options, false).expect("import");
    assert_eq!((r.new, r.updated, r.unchanged, r.skipped, r.applied), (dry.new, 0, 0, 0, true));
    assert!(!r.items.iter().any(|i| i.needs_a_look()), "nothing needs a look: {:?}", &r.items[..3]);
    assert_eq!((r.items.len(), r.unlisted), (LISTED, r.new - LISTED as u32), "the list is bounded, the counts are not");
    let imported = target.list_events(None).expect("events");
    assert_eq!(imported.len(), 3000);
    for want in source_events {
        let got = target.find_event_by_uid(&want.uid).expect("find").unwrap_or_else(|| panic!("{} missing", want.uid));
        assert_eq!(EventInput::from(&got), EventInput::from(&want), "{}", want.uid);
        // A changed instance comes back with every field the file repeats from its series (RFC 5545 makes the
        // instance's VEVENT complete), so what it changes is compared.
        let moved = |e: &campaign_desk::domain::Event| {
            e.changes
                .iter()
                .map(|c| (c.recurrence_id.clone(), c.title.clone(), c.start.clone(), c.end.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(moved(&got), moved(&want), "{}", want.uid);
    }

    let again = import(&mut target, open, options, false).expect("reimport");
    assert_eq!((again.new, again.updated, again.unchanged, again.skipped), (0, 0, dry.new, 0));
    assert_eq!(target.list_events(None).expect("events").len(), 3000, "no duplicates");
}

/// New events are written in batches (`EventWriter::insert_new_batched`): a UID seen again inside the batch or
/// after it, and a changed instance right after its series, must come out as they did one by one — ids in the
/// file's order, the later copy compared with the first, the instance applied to its series.
#[test]
fn batched_new_events_keep_the_files_order_and_meet_later_copies_and_changed_instances() {
    let event = |uid: &str, title: &str, day: i64, sequence: i64| {
        let start = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("date") + chrono::Duration::days(day);
        format!(
            "BEGIN:VEVENT\r\nUID:{uid}\r\nSEQUENCE:{sequence}\r\nSUMMARY:{title}\r\nDTSTART;TZID=Asia/Manila:{}T090000\r\n\
             DTEND;TZID=Asia/Manila:{}T100000\r\nEND:VEVENT\r\n",
            start.format("%Y%m%d"),
            start.format("%Y%m%d"),
        )
    };
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n");
    for i in 0..300 {
        match i {
            // A newer copy of an event written in the first batch, and of one still waiting in the second.
            150 => text.push_str(&event("ev-10", "Event 10, moved", 10, 1)),
            140 => text.push_str(&event("ev-130", "Event 130, moved", 130, 1)),
            // An older copy: the first one stays.
            141 => text.push_str(&event("ev-131", "Event 131, older", 131, 0)),
            _ => text.push_str(&event(&format!("ev-{i}"), &format!("Event {i}"), i, if i == 131 { 2 } else { 0 })),
        }
        if i == 200 {
            // The last event becomes a weekly series with its second instance moved an hour later.
            text = text.replacen("SUMMARY:Event 200\r\n", "SUMMARY:Event 200\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\n", 1);
            text.push_str(
                "BEGIN:VEVENT\r\nUID:ev-200\r\nRECURRENCE-ID;TZID=Asia/Manila:20250727T090000\r\nSUMMARY:Moved\r\n\
                 DTSTART;TZID=Asia/Manila:20250727T100000\r\nDTEND;TZID=Asia/Manila:20250727T110000\r\nEND:VEVENT\r\n",
            );
        }
    }
    text.push_str("END:VCALENDAR\r\n");
    for dry_run in [true, false] {
        let mut store = Store::open_in_memory().expect("store");
        let open = || Ok(std::io::Cursor::new(text.clone().into_bytes()));
        let options = ImportOptions { campaign_id: None, floating_zone: chrono_tz::UTC };
        let r = import(&mut store, open, options, dry_run).expect("import runs");
        // 297 distinct UIDs and the changed instance are new; two later copies update, one older copy is skipped.
        assert_eq!((r.new, r.updated, r.skipped, r.errors.len()), (298, 2, 1, 0), "dry run {dry_run}: {:?}", r.items);
        if dry_run {
            assert!(store.list_events(None).expect("events").is_empty());
            continue;
        }
        let mut events = store.list_events(None).expect("events");
        events.sort_by_key(|e| e.id);
        let uids: Vec<String> = events.iter().map(|e| e.uid.clone()).collect();
        let in_file_order: Vec<String> =
            (0..300).filter(|i| ![140, 141, 150].contains(i)).map(|i| format!("ev-{i}")).collect();
        assert_eq!(uids, in_file_order, "ids follow the file's order");
        assert!(events.windows(2).all(|w| w[1].id == w[0].id + 1), "ids are consecutive");
        let by_uid = |uid: &str| events.iter().find(|e| e.uid == uid).expect(uid);
        assert_eq!(by_uid("ev-10").title, "Event 10, moved");
        assert_eq!(by_uid("ev-130").title, "Event 130, moved");
        assert_eq!(by_uid("ev-131").title, "Event 131");
        let series = store.get_event(by_uid("ev-200").id).expect("series");
        assert_eq!(series.changes.len(), 1, "the changed instance found its series in the waiting batch");
        assert_eq!(series.changes[0].start.as_deref(), Some("2025-07-27T10:00"));
    }
}

/// A changed instance of a series still waiting for its batch waits with it (`EventWriter::put_change`), and so
/// does a change to an event written earlier while new events wait: a second copy of either must meet the first
/// (an update, not a second new instance), and the new events' ids must still be the ones SQLite gives.
#[test]
fn changed_instances_waiting_with_their_batch_meet_later_copies() {
    let day = |d: i64| chrono::NaiveDate::from_ymd_opt(2025, 3, 3).expect("date") + chrono::Duration::days(d);
    let event = |uid: &str, d: i64, rule: &str| {
        format!(
            "BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:Event {uid}\r\n{rule}DTSTART;TZID=Asia/Manila:{}T090000\r\n\
             DTEND;TZID=Asia/Manila:{}T100000\r\nEND:VEVENT\r\n",
            day(d).format("%Y%m%d"),
            day(d).format("%Y%m%d"),
        )
    };
    // The second instance of a weekly series that starts on day `d`, moved to `hour`.
    let change = |uid: &str, d: i64, sequence: i64, hour: u32| {
        let date = day(d + 7).format("%Y%m%d");
        format!(
            "BEGIN:VEVENT\r\nUID:{uid}\r\nSEQUENCE:{sequence}\r\nRECURRENCE-ID;TZID=Asia/Manila:{date}T090000\r\n\
             SUMMARY:Moved\r\nDTSTART;TZID=Asia/Manila:{date}T{hour:02}0000\r\n\
             DTEND;TZID=Asia/Manila:{date}T{:02}0000\r\nEND:VEVENT\r\n",
            hour + 1
        )
    };
    let weekly = "RRULE:FREQ=WEEKLY;COUNT=6\r\n";
    let calendar =
        |body: String| format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n{body}END:VCALENDAR\r\n");
    let options = ImportOptions { campaign_id: None, floating_zone: chrono_tz::UTC };
    let mut store = Store::open_in_memory().expect("store");
    let first: String = (0..5).map(|i| event(&format!("old-{i}"), i, if i == 2 { weekly } else { "" })).collect();
    let first = calendar(first);
    import(&mut store, || Ok(std::io::Cursor::new(first.clone().into_bytes())), options, false).expect("first");
    // The last row goes: the next id is still one past the highest.
    let old = store.list_events(None).expect("events");
    let last = old.iter().map(|e| e.id).max().expect("ids");
    store.delete_event(last).expect("delete");

    let mut body = String::new();
    for i in 0..200 {
        body.push_str(&event(&format!("new-{i}"), i, if i == 5 { weekly } else { "" }));
        if i == 5 {
            // The series waits in the first batch, and so do both copies of its changed instance.
            body.push_str(&change("new-5", 5, 0, 10));
            body.push_str(&change("new-5", 5, 1, 11));
        }
        if i == 150 {
            // A series written by the first import, changed while the second batch waits.
            body.push_str(&change("old-2", 2, 0, 12));
            body.push_str(&change("old-2", 2, 1, 13));
        }
    }
    let second = calendar(body);
    for dry_run in [true, false] {
        let open = || Ok(std::io::Cursor::new(second.clone().into_bytes()));
        let r = import(&mut store, open, options, dry_run).expect("second");
        let instances: Vec<_> = r.items.iter().filter(|i| i.recurrence_id.is_some()).collect();
        assert_eq!((r.new, r.updated, r.unchanged, r.skipped, r.errors.len()), (202, 2, 0, 0, 0), "{instances:?}");
        let updated: Vec<(&str, &str, &[String])> = r
            .items
            .iter()
            .filter(|i| i.action == ImportAction::Updated)
            .map(|i| (i.uid.as_str(), i.recurrence_id.as_deref().unwrap_or(""), &i.changed[..]))
            .collect();
        let date = |d: i64| format!("{}T09:00", day(d + 7).format("%Y-%m-%d"));
        let start = ["start".to_string(), "end".to_string()];
        assert_eq!(updated, [("new-5", &*date(5), &start[..]), ("old-2", &*date(2), &start[..])]);
    }
    let mut events = store.list_events(None).expect("events");
    events.sort_by_key(|e| e.id);
    let new: Vec<&campaign_desk::domain::Event> = events.iter().filter(|e| e.uid.starts_with("new-")).collect();
    let ids: Vec<i64> = new.iter().map(|e| e.id).collect();
    assert_eq!(ids, (last..last + 200).collect::<Vec<_>>(), "ids one past the highest, in the file's order");
    for (uid, d, hour) in [("new-5", 5, 11), ("old-2", 2, 13)] {
        let id = events.iter().find(|e| e.uid == uid).expect(uid).id;
        let series = store.get_event(id).expect("series");
        assert_eq!(series.changes.len(), 1, "{uid}: one changed instance");
        let want = format!("{}T{hour}:00", day(d + 7).format("%Y-%m-%d"));
        assert_eq!(series.changes[0].start.as_deref(), Some(&*want), "{uid}: the later copy won");
    }
}

/// A series followed by more changed instances than may wait with a batch: they are written as the queue fills
/// and after, every one of them kept.
#[test]
fn a_series_with_more_changed_instances_than_may_wait_keeps_them_all() {
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n");
    text.push_str(
        "BEGIN:VEVENT\r\nUID:daily\r\nSUMMARY:Daily\r\nRRULE:FREQ=DAILY;COUNT=1500\r\n\
         DTSTART;TZID=Asia/Manila:20250101T090000\r\nDTEND;TZID=Asia/Manila:20250101T093000\r\nEND:VEVENT\r\n",
    );
    let day = |i: i64| chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("date") + chrono::Duration::days(i);
    for i in 0..1300 {
        text.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:daily\r\nRECURRENCE-ID;TZID=Asia/Manila:{}T090000\r\nSUMMARY:Day {i}\r\n\
             DTSTART;TZID=Asia/Manila:{}T090000\r\nDTEND;TZID=Asia/Manila:{}T093000\r\nEND:VEVENT\r\n",
            day(i).format("%Y%m%d"),
            day(i).format("%Y%m%d"),
            day(i).format("%Y%m%d"),
        ));
    }
    text.push_str("END:VCALENDAR\r\n");
    let mut store = Store::open_in_memory().expect("store");
    let options = ImportOptions { campaign_id: None, floating_zone: chrono_tz::UTC };
    let r = import(&mut store, || Ok(std::io::Cursor::new(text.clone().into_bytes())), options, false).expect("import");
    assert_eq!((r.new, r.updated, r.skipped, r.errors.len()), (1301, 0, 0, 0));
    let series = store.list_events(None).expect("events");
    assert_eq!(series.len(), 1);
    let changes = store.get_event(series[0].id).expect("series").changes;
    let mut titles: Vec<String> = changes.iter().filter_map(|c| c.title.clone()).collect();
    titles.sort();
    let mut want: Vec<String> = (0..1300).map(|i| format!("Day {i}")).collect();
    want.sort();
    assert_eq!(titles, want);
}
