//! Importing files shaped like what Outlook, Google, Apple and Thunderbird write (tests/fixtures/ics/), and files
//! that are broken: each outcome is stated here, and a broken file changes nothing.

use std::path::PathBuf;

use campaign_desk::calendar::Window;
use campaign_desk::service::ics_import::{import, ImportOptions, ImportReport};
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
    store.occurrences(&w, Some(tz), None).expect("occurrences").into_iter().map(|o| (o.start, o.end, o.title)).collect()
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
    assert!(r.items.is_empty(), "nothing needs a look: {:?}", r.items);
}

#[test]
fn a_broken_file_names_every_bad_line_and_changes_nothing() {
    let mut store = Store::open_in_memory().expect("store");
    let r = run(&mut store, "malformed.ics", false);
    let messages: Vec<&str> = r.errors.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "line 9: VEVENT has no DTSTART",
            "line 15: DTSTART '2025-03-01' is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)",
            "line 18: BEGIN:VEVENT is never closed (the file ends first)",
            "line 1: BEGIN:VCALENDAR is never closed (the file ends first)",
        ]
    );
    assert_eq!(r.new, 1, "the rest of the file is still previewed");
    assert!(!r.applied);
    assert!(store.list_events(None).expect("events").is_empty(), "nothing written");
}

#[test]
fn a_dry_run_writes_nothing() {
    let mut store = Store::open_in_memory().expect("store");
    let r = run(&mut store, "google.ics", true);
    assert_eq!((r.new, r.applied), (3, false));
    assert!(store.list_events(None).expect("events").is_empty());
}
