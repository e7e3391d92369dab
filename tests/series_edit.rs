//! "This and following" is one user action, so one transaction (issue #13): the series is split and the new series
//! edited together, and an edit that fails leaves the database byte-identical — not split with the window showing
//! it whole.

use std::path::Path;

use campaign_desk::domain::{Event, EventInput, OccurrenceChange};
use campaign_desk::service::series_edit::{edit_following, edit_following_with, FollowingEdit};
use campaign_desk::{Error, Store};

fn weekly(title: &str) -> EventInput {
    EventInput {
        title: title.into(),
        start: "2025-03-04T19:00".into(),
        end: "2025-03-04T20:30".into(),
        zone: Some("America/Toronto".into()),
        rrule: Some("FREQ=WEEKLY;BYDAY=TU;COUNT=10".into()),
        exdates: vec!["2025-03-11T19:00".into(), "2025-04-15T19:00".into()],
        ..Default::default()
    }
}

/// A file-backed store with a weekly series (an exclusion before and after the split, a changed later instance).
fn store_with_series(dir: &Path) -> (Store, Event) {
    let mut store = Store::open(&dir.join("campaign-desk.sqlite3")).expect("open");
    let e = store.create_event(&weekly("Chapter meeting")).expect("series");
    let change = OccurrenceChange {
        recurrence_id: "2025-04-01T19:00".into(),
        title: Some("Budget night".into()),
        ..Default::default()
    };
    store.change_occurrence(e.id, &change).expect("change");
    let e = store.get_event(e.id).expect("get");
    (store, e)
}

/// The main file's bytes once every committed write is in it (the log checkpointed and emptied).
fn file_bytes(store: &Store) -> Vec<u8> {
    store.checkpoint().expect("checkpoint");
    std::fs::read(store.path()).expect("read db")
}

/// Every table's schema and rows, as text: what a failed edit must leave exactly as it was.
fn dump(path: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).expect("open");
    let mut stmt = conn.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").expect("q");
    let tables: Vec<(String, Option<String>)> =
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).expect("tables").map(|t| t.expect("table")).collect();
    let mut out = Vec::new();
    for (name, sql) in tables {
        out.push(format!("{name}: {}", sql.unwrap_or_default()));
        let mut rows = conn.prepare(&format!("SELECT * FROM \"{name}\"")).expect("select");
        let columns = rows.column_count();
        let mut lines: Vec<String> = rows
            .query_map([], |r| {
                (0..columns).map(|i| Ok(format!("{:?}", r.get_ref(i)?))).collect::<rusqlite::Result<Vec<_>>>()
            })
            .expect("rows")
            .map(|r| format!("  {}", r.expect("row").join(" | ")))
            .collect();
        lines.sort();
        out.extend(lines);
    }
    out
}

fn invalid_title_form(series: &Event) -> FollowingEdit {
    let mut input = EventInput::from(series);
    input.start = "2025-03-25T19:00".into();
    input.end = "2025-03-25T20:30".into();
    input.title = "   ".into();
    FollowingEdit::Form { input: Box::new(input) }
}

#[test]
fn a_failing_edit_after_the_split_leaves_the_database_byte_identical() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, series) = store_with_series(dir.path());
    let (bytes, rows) = (file_bytes(&store), dump(store.path()));

    // The form's edit fails validation (a blank title) after the split was made in the same transaction.
    let err = edit_following(&mut store, series.id, "2025-03-25T19:00", &invalid_title_form(&series)).unwrap_err();
    assert_eq!(err.kind(), "validation", "{err}");
    assert!(err.to_string().contains("title"), "{err}");
    // A drag that cannot be applied (an all-day shift far out of range) fails the same way.
    let far = FollowingEdit::Shift { start_minutes: i64::MAX, end_minutes: 0 };
    assert!(edit_following(&mut store, series.id, "2025-03-25T19:00", &far).is_err());
    // The CLI's flags, applied inside the transaction, fail after the split too.
    let failed = edit_following_with(&mut store, series.id, "2025-03-25T19:00", |_, _, _| {
        Err(Error::invalid("kind", "'party' is not an event kind"))
    });
    assert!(failed.is_err());

    assert_eq!(dump(store.path()), rows, "a failed edit changed rows");
    assert!(file_bytes(&store) == bytes, "a failed edit changed the database file");
    assert_eq!(store.list_events(None).expect("list").len(), 1, "the series is not split");
    assert_eq!(store.get_event(series.id).expect("get").rrule, series.rrule);

    // The check has teeth: the two transactions the app used to make (split, then a failing update) leave the
    // series split.
    let (_, new) = store.split_series(series.id, "2025-03-25T19:00").expect("split");
    let mut blank = EventInput::from(&new);
    blank.title = String::new();
    assert!(store.update_event(new.id, &blank).is_err());
    assert!(file_bytes(&store) != bytes, "the two-step edit left the series split");
}

#[test]
fn the_forms_fields_land_on_the_new_series_which_keeps_its_share_of_the_rule() {
    let mut store = Store::open_in_memory().expect("store");
    let series = store.create_event(&weekly("Chapter meeting")).expect("series");
    // The form opens on the series' fields with the occurrence's times; the title and the start are changed.
    let mut form = EventInput::from(&series);
    form.title = "Chapter meeting (new room)".into();
    form.start = "2025-03-25T18:00".into();
    form.end = "2025-03-25T19:30".into();
    form.location = Some("Bayanihan Centre".into());
    let edit = FollowingEdit::Form { input: Box::new(form) };
    let (old, new) = edit_following(&mut store, series.id, "2025-03-25T19:00", &edit).expect("edit");
    assert_eq!(old.rrule.as_deref(), Some("FREQ=WEEKLY;BYDAY=TU;COUNT=3"));
    assert_eq!(old.exdates, ["2025-03-11T19:00"]);
    assert_eq!(old.title, "Chapter meeting");
    // The form still showed COUNT=10 and both exclusions: the new series keeps its 7 and the later exclusion.
    assert_eq!(new.rrule.as_deref(), Some("FREQ=WEEKLY;BYDAY=TU;COUNT=7"));
    assert_eq!(new.exdates, ["2025-04-15T19:00"]);
    assert_eq!((new.start.as_str(), new.end.as_str()), ("2025-03-25T18:00", "2025-03-25T19:30"));
    assert_eq!((new.title.as_str(), new.location.as_deref()), ("Chapter meeting (new room)", Some("Bayanihan Centre")));
    assert_eq!(store.list_events(None).expect("list").len(), 2);

    // A rule changed in the form is the form's.
    let mut form = EventInput::from(&new);
    form.rrule = Some("FREQ=WEEKLY;BYDAY=TU;COUNT=2".into());
    form.start = "2025-04-08T18:00".into();
    form.end = "2025-04-08T19:30".into();
    let edit = FollowingEdit::Form { input: Box::new(form) };
    let (_, last) = edit_following(&mut store, new.id, "2025-04-08T18:00", &edit).expect("edit again");
    assert_eq!(last.rrule.as_deref(), Some("FREQ=WEEKLY;BYDAY=TU;COUNT=2"));
}

#[test]
fn a_dragged_occurrence_moves_it_and_the_following_by_wall_clock_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut store, series) = store_with_series(dir.path());
    // An hour later, and half an hour longer, from 25 March on.
    let drag = FollowingEdit::Shift { start_minutes: 60, end_minutes: 90 };
    let (old, new) = edit_following(&mut store, series.id, "2025-03-25T19:00", &drag).expect("drag");
    assert_eq!(old.rrule.as_deref(), Some("FREQ=WEEKLY;BYDAY=TU;COUNT=3"));
    assert_eq!((new.start.as_str(), new.end.as_str()), ("2025-03-25T20:00", "2025-03-25T22:00"));
    assert_eq!(new.changes.len(), 1, "the changed instance of 1 April went with the new series");

    // An all-day yearly series dragged two days later.
    let anniversary = EventInput {
        title: "Karen Revolution Anniversary".into(),
        all_day: true,
        start: "2020-01-31".into(),
        end: "2020-01-31".into(),
        rrule: Some("FREQ=YEARLY".into()),
        ..Default::default()
    };
    let a = store.create_event(&anniversary).expect("anniversary");
    let drag = FollowingEdit::Shift { start_minutes: 2 * 1440, end_minutes: 2 * 1440 };
    let (old, new) = edit_following(&mut store, a.id, "2025-01-31", &drag).expect("drag all-day");
    assert_eq!(old.rrule.as_deref(), Some("FREQ=YEARLY;UNTIL=20250130"));
    assert_eq!((new.start.as_str(), new.end.as_str()), ("2025-02-02", "2025-02-02"));
}
