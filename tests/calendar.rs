//! The calendar across daylight-saving changes and recurrence edge cases, on a real store, as the table asks.

mod common;

use campaign_desk::calendar::Window;
use campaign_desk::domain::{EventInput, EventStatus, OccurrenceChange};
use campaign_desk::Store;
use chrono::NaiveDate;
use chrono_tz::Tz;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

fn zone(s: &str) -> Tz {
    s.parse().expect("zone")
}

fn window(from: &str, to: &str, tz: &str) -> Window {
    Window { from: day(from), to: day(to), zone: zone(tz) }
}

fn timed(title: &str, start: &str, end: &str, tz: &str, rule: Option<&str>) -> EventInput {
    EventInput {
        title: title.into(),
        start: start.into(),
        end: end.into(),
        zone: Some(tz.into()),
        rrule: rule.map(Into::into),
        ..Default::default()
    }
}

fn all_day(title: &str, start: &str, end: &str, rule: Option<&str>) -> EventInput {
    EventInput {
        title: title.into(),
        all_day: true,
        start: start.into(),
        end: end.into(),
        rrule: rule.map(Into::into),
        ..Default::default()
    }
}

/// Starts of the occurrences in the window, written in `express_in` (or each event's own zone).
fn starts(store: &Store, w: &Window, express_in: Option<&str>) -> Vec<String> {
    store
        .occurrences(w, express_in.map(zone), None)
        .expect("occurrences")
        .into_iter()
        .map(|o| o.start.to_string())
        .collect()
}

#[test]
fn weekly_toronto_meeting_stays_at_19_00_toronto_and_moves_in_manila() {
    let mut store = Store::open_in_memory().expect("store");
    store
        .create_event(&timed(
            "Chapter meeting",
            "2025-03-04T19:00",
            "2025-03-04T20:30",
            "America/Toronto",
            Some("FREQ=WEEKLY;BYDAY=TU"),
        ))
        .expect("event");
    let march = window("2025-03-03", "2025-03-13", "America/Toronto");
    assert_eq!(starts(&store, &march, None), ["2025-03-04T19:00:00-05:00", "2025-03-11T19:00:00-04:00"]);
    let manila = window("2025-03-03", "2025-03-14", "Asia/Manila");
    assert_eq!(
        starts(&store, &manila, Some("Asia/Manila")),
        ["2025-03-05T08:00:00+08:00", "2025-03-12T07:00:00+08:00"]
    );
    let november = window("2025-10-28", "2025-11-05", "America/Toronto");
    assert_eq!(starts(&store, &november, None), ["2025-10-28T19:00:00-04:00", "2025-11-04T19:00:00-05:00"]);
    assert_eq!(
        starts(&store, &november, Some("Asia/Manila")),
        ["2025-10-29T07:00:00+08:00", "2025-11-05T08:00:00+08:00"]
    );
}

#[test]
fn auckland_and_london_keep_local_time_across_their_own_changes() {
    let mut store = Store::open_in_memory().expect("store");
    // Auckland leaves DST on 6 April 2025; London enters it on 30 March 2025.
    store
        .create_event(&timed(
            "Auckland rota",
            "2025-03-30T11:00",
            "2025-03-30T12:00",
            "Pacific/Auckland",
            Some("FREQ=WEEKLY;COUNT=2"),
        ))
        .expect("event");
    store
        .create_event(&timed(
            "London rota",
            "2025-03-23T09:00",
            "2025-03-23T10:00",
            "Europe/London",
            Some("FREQ=WEEKLY;COUNT=2"),
        ))
        .expect("event");
    let w = window("2025-03-20", "2025-04-10", "UTC");
    assert_eq!(
        starts(&store, &w, Some("UTC")),
        [
            "2025-03-23T09:00:00+00:00",
            "2025-03-29T22:00:00+00:00",
            "2025-03-30T08:00:00+00:00",
            "2025-04-05T23:00:00+00:00"
        ]
    );
}

#[test]
fn sao_paulo_abolished_dst_in_2019() {
    let mut store = Store::open_in_memory().expect("store");
    store
        .create_event(&timed(
            "Reunião",
            "2018-11-12T10:00",
            "2018-11-12T11:00",
            "America/Sao_Paulo",
            Some("FREQ=YEARLY"),
        ))
        .expect("event");
    let w = window("2018-11-01", "2019-12-01", "UTC");
    // In 2018 Brazil still had summer time (-02); from 2019 it stays at -03.
    assert_eq!(starts(&store, &w, Some("UTC")), ["2018-11-12T12:00:00+00:00", "2019-11-12T13:00:00+00:00"]);
}

#[test]
fn anniversaries_recur_on_their_date_and_29_february_only_in_leap_years() {
    let mut store = Store::open_in_memory().expect("store");
    store
        .create_event(&all_day("Karen Revolution Anniversary", "2025-01-31", "2025-01-31", Some("FREQ=YEARLY")))
        .expect("event");
    // RFC 5545 §3.3.10: an invalid date (29 Feb in a common year) is skipped, not moved to 28 Feb or 1 Mar.
    store.create_event(&all_day("Leap-day vigil", "2024-02-29", "2024-02-29", Some("FREQ=YEARLY"))).expect("event");
    let w = window("2025-01-01", "2029-01-01", "UTC");
    let list = store.occurrences(&w, None, None).expect("occurrences");
    let got: Vec<(String, String)> = list.iter().map(|o| (o.start.to_string(), o.end.to_string())).collect();
    assert_eq!(
        got,
        [
            ("2025-01-31".into(), "2025-02-01".into()),
            ("2026-01-31".into(), "2026-02-01".into()),
            ("2027-01-31".into(), "2027-02-01".into()),
            ("2028-01-31".into(), "2028-02-01".into()),
            ("2028-02-29".into(), "2028-03-01".into()),
        ]
    );
}

#[test]
fn three_day_action_is_all_day_and_ends_on_the_23rd_inclusive() {
    let mut store = Store::open_in_memory().expect("store");
    store.create_event(&all_day("Days of action", "2025-02-21", "2025-02-23", None)).expect("event");
    let o = store.occurrences(&window("2025-02-23", "2025-02-24", "Pacific/Auckland"), None, None).expect("occ");
    assert_eq!((o[0].start.as_str(), o[0].end.as_str()), ("2025-02-21", "2025-02-24"));
    assert!(store.occurrences(&window("2025-02-24", "2025-02-25", "UTC"), None, None).expect("occ").is_empty());
}

#[test]
fn third_sunday_of_november() {
    let mut store = Store::open_in_memory().expect("store");
    store
        .create_event(&timed(
            "Remembrance",
            "2025-11-16T15:00",
            "2025-11-16T16:00",
            "Europe/London",
            Some("FREQ=YEARLY;BYMONTH=11;BYDAY=3SU"),
        ))
        .expect("e");
    let w = window("2025-01-01", "2028-01-01", "Europe/London");
    assert_eq!(
        starts(&store, &w, None),
        ["2025-11-16T15:00:00+00:00", "2026-11-15T15:00:00+00:00", "2027-11-21T15:00:00+00:00"]
    );
}

#[test]
fn an_exdate_on_the_fall_back_day_removes_that_occurrence() {
    let mut store = Store::open_in_memory().expect("store");
    // 01:30 happens twice in Toronto on 2 November 2025; the series and its exclusion both mean the first one.
    let mut e = timed(
        "Night shift call",
        "2025-10-26T01:30",
        "2025-10-26T02:00",
        "America/Toronto",
        Some("FREQ=WEEKLY;COUNT=3"),
    );
    e.exdates = vec!["2025-11-02T01:30".into()];
    store.create_event(&e).expect("event");
    let w = window("2025-10-20", "2025-11-20", "America/Toronto");
    assert_eq!(starts(&store, &w, None), ["2025-10-26T01:30:00-04:00", "2025-11-09T01:30:00-05:00"]);
}

#[test]
fn one_occurrence_moved_or_cancelled_leaves_the_others_alone() {
    let mut store = Store::open_in_memory().expect("store");
    let e = store
        .create_event(&timed(
            "Webinar series",
            "2025-02-04T20:00",
            "2025-02-04T21:00",
            "Asia/Manila",
            Some("FREQ=WEEKLY;COUNT=4"),
        ))
        .expect("e");
    let moved = OccurrenceChange {
        recurrence_id: "2025-02-11T20:00".into(),
        title: Some("Webinar series: special edition".into()),
        start: Some("2025-02-13T18:00".into()),
        end: Some("2025-02-13T19:30".into()),
        ..Default::default()
    };
    let e = store.change_occurrence(e.id, &moved).expect("move");
    assert_eq!(e.sequence, 1, "a changed occurrence raises the series' SEQUENCE");
    store
        .change_occurrence(
            e.id,
            &OccurrenceChange {
                recurrence_id: "2025-02-18T20:00".into(),
                status: Some(EventStatus::Cancelled),
                ..Default::default()
            },
        )
        .expect("cancel");
    let list = store.occurrences(&window("2025-02-01", "2025-03-01", "Asia/Manila"), None, None).expect("occ");
    let got: Vec<(&str, &str, EventStatus, bool)> =
        list.iter().map(|o| (o.start.as_str(), &*o.title, o.status, o.is_exception)).collect();
    assert_eq!(
        got,
        [
            ("2025-02-04T20:00:00+08:00", "Webinar series", EventStatus::Confirmed, false),
            ("2025-02-13T18:00:00+08:00", "Webinar series: special edition", EventStatus::Confirmed, true),
            ("2025-02-18T20:00:00+08:00", "Webinar series", EventStatus::Cancelled, true),
            ("2025-02-25T20:00:00+08:00", "Webinar series", EventStatus::Confirmed, false),
        ]
    );
    assert_eq!(list[1].recurrence_id.as_deref(), Some("2025-02-11T20:00"));
    // A change to something that is not an occurrence is refused, naming the field.
    let err = store
        .change_occurrence(
            e.id,
            &OccurrenceChange {
                recurrence_id: "2025-02-12T20:00".into(),
                title: Some("x".into()),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.fields()[0].field, "recurrence_id");
}

#[test]
fn this_and_following_splits_the_series_in_one_transaction() {
    let mut store = Store::open_in_memory().expect("store");
    let e = store
        .create_event(&timed(
            "Chapter meeting",
            "2025-03-04T19:00",
            "2025-03-04T20:30",
            "America/Toronto",
            Some("FREQ=WEEKLY;BYDAY=TU;COUNT=6"),
        ))
        .expect("e");
    store
        .change_occurrence(
            e.id,
            &OccurrenceChange {
                recurrence_id: "2025-03-25T19:00".into(),
                title: Some("Budget night".into()),
                ..Default::default()
            },
        )
        .expect("change");
    let (old, new) = store.split_series(e.id, "2025-03-18T19:00").expect("split");
    assert_eq!(old.rrule.as_deref(), Some("FREQ=WEEKLY;BYDAY=TU;COUNT=2"));
    assert_eq!(
        (new.rrule.as_deref(), new.start.as_str(), new.end.as_str()),
        (Some("FREQ=WEEKLY;BYDAY=TU;COUNT=4"), "2025-03-18T19:00", "2025-03-18T20:30")
    );
    assert_ne!(old.uid, new.uid);
    assert_eq!(new.changes.len(), 1, "the later changed instance moved to the new series");
    let mut later = EventInput::from(&new);
    later.start = "2025-03-18T18:00".into();
    later.end = "2025-03-18T19:30".into();
    store.update_event(new.id, &later).expect("edit following");
    let w = window("2025-03-01", "2025-05-01", "America/Toronto");
    let titles: Vec<(String, String)> = store
        .occurrences(&w, None, None)
        .expect("occ")
        .into_iter()
        .map(|o| (o.start.to_string(), o.title.to_string()))
        .collect();
    assert_eq!(titles.len(), 6);
    assert_eq!(titles[1].0, "2025-03-11T19:00:00-04:00");
    assert_eq!(titles[2].0, "2025-03-18T18:00:00-04:00");
    let first = store.split_series(e.id, "2025-03-04T19:00").unwrap_err();
    assert!(first.to_string().contains("first occurrence"), "{first}");
}

#[test]
fn cli_lists_occurrences_with_the_contracted_keys_and_prints_partner_times() {
    let cli = common::Cli::new();
    let e = cli.ok(&[
        "event",
        "add",
        "--title",
        "ZERO IN: BURMA",
        "--start",
        "2025-02-18T20:00",
        "--end",
        "2025-02-18T21:30",
        "--zone",
        "Asia/Manila",
    ]);
    let list = cli.ok(&["event", "list", "--from", "2025-02-18", "--to", "2025-02-19", "--tz", "America/Toronto"]);
    let o = &list[0];
    for key in ["event_id", "uid", "title", "all_day", "start", "end", "zone", "campaign_id", "status", "recurrence_id"]
    {
        assert!(o.get(key).is_some(), "missing {key} in {o}");
    }
    assert_eq!(
        (o["start"].as_str(), o["end"].as_str()),
        (Some("2025-02-18T07:00:00-05:00"), Some("2025-02-18T08:30:00-05:00"))
    );
    let id = e["id"].to_string();
    let r = cli.run(&["event", "times", &id, "--zones", "America/Toronto,Pacific/Auckland,Europe/London"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines[0], "Asia/Manila            Tue 18 Feb 20:00–21:30");
    assert_eq!(lines[1], "America/Toronto        Tue 18 Feb 07:00–08:30");
    assert_eq!(lines[3], "Pacific/Auckland       Wed 19 Feb 01:00–02:30 (+1 day)");
    let bad = cli.run(&["event", "list", "--from", "2025-02-19", "--to", "2025-02-18"]);
    assert_eq!(bad.status, 2);
}

#[test]
fn campaigns_running_in_the_window_come_back_as_all_day_spans_apart_from_events() {
    use campaign_desk::domain::CampaignInput;
    let mut store = Store::open_in_memory().expect("store");
    let campaign = |title: &str, start: &str, end: &str, colour: &str| CampaignInput {
        title: title.into(),
        start_date: start.into(),
        end_date: end.into(),
        zone: "Asia/Manila".into(),
        colour: colour.into(),
        ..Default::default()
    };
    let month = store.create_campaign(&campaign("Solidarity month", "2025-02-01", "2025-02-28", "#aa3355")).expect("c");
    let day = store.create_campaign(&campaign("Day of action", "2025-03-31", "2025-03-31", "#3355aa")).expect("c");
    store.create_campaign(&campaign("Later", "2025-04-01", "2025-04-30", "#33aa55")).expect("c");
    store.create_campaign(&campaign("Earlier", "2025-01-01", "2025-01-31", "#555555")).expect("c");
    store
        .create_event(&EventInput {
            campaign_id: Some(month.id),
            ..all_day("Launch", "2025-02-01", "2025-02-01", None)
        })
        .expect("event");
    let cal = store.calendar(&window("2025-02-15", "2025-04-01", "Asia/Manila"), None, None).expect("calendar");
    let spans: Vec<(i64, &str, &str, &str)> = cal
        .campaign_spans
        .iter()
        .map(|s| (s.campaign_id, s.start.as_str(), s.end.as_str(), s.colour.as_str()))
        .collect();
    assert_eq!(
        spans,
        [(month.id, "2025-02-01", "2025-03-01", "#aa3355"), (day.id, "2025-03-31", "2025-04-01", "#3355aa")],
        "the window's last day is 03-31: April's campaign is outside, January's ended before it"
    );
    assert!(cal.occurrences.is_empty(), "the launch on 02-01 is before the window: {:?}", cal.occurrences);
    let one = store.calendar(&window("2025-02-01", "2025-04-01", "UTC"), None, Some(day.id)).expect("calendar");
    assert_eq!((one.campaign_spans.len(), one.campaign_spans[0].title.as_str()), (1, "Day of action"));
    assert!(one.occurrences.is_empty(), "the launch belongs to the other campaign");
    let events = store.occurrences(&window("2025-02-01", "2025-04-01", "UTC"), None, None).expect("occurrences");
    assert_eq!(events.len(), 1, "event listings never include campaign spans");
}

/// The occurrence query reads only events whose span (migration 5) reaches the window, and keeps events between
/// queries: bounded series, extra dates after the rule ends, instances moved far away and edits must all still show.
#[test]
fn span_index_and_cache_find_late_extra_dates_far_moves_and_edits() {
    let mut store = Store::open_in_memory().expect("store");
    let mut bounded = timed("Bounded", "2025-01-07T10:00", "2025-01-07T11:00", "Europe/London", None);
    bounded.rrule = Some("FREQ=WEEKLY;UNTIL=20250331".into());
    bounded.rdates = vec!["2025-06-10T10:00".into()];
    let bounded = store.create_event(&bounded).expect("bounded");
    let counted = store
        .create_event(&timed("Counted", "2025-01-08T10:00", "2025-01-08T11:00", "UTC", Some("FREQ=DAILY;COUNT=3")))
        .expect("counted");
    store
        .change_occurrence(
            counted.id,
            &OccurrenceChange {
                recurrence_id: "2025-01-09T10:00".into(),
                start: Some("2025-08-20T10:00".into()),
                end: Some("2025-08-20T11:00".into()),
                ..Default::default()
            },
        )
        .expect("moved far");
    let single = store.create_event(&all_day("Single", "2025-01-20", "2025-01-20", None)).expect("single");
    let titles = |store: &Store, from: &str, to: &str| -> Vec<String> {
        let list = store.occurrences(&window(from, to, "Pacific/Auckland"), None, None).expect("occurrences");
        list.into_iter().map(|o| format!("{} {}", o.title, o.start)).collect()
    };
    assert_eq!(titles(&store, "2025-06-01", "2025-07-01"), ["Bounded 2025-06-10T10:00:00+01:00"]);
    assert_eq!(titles(&store, "2025-08-01", "2025-09-01"), ["Counted 2025-08-20T10:00:00+00:00"]);
    assert_eq!(titles(&store, "2025-04-07", "2025-05-01"), Vec::<String>::new());
    assert_eq!(titles(&store, "2025-01-20", "2025-01-21"), ["Single 2025-01-20"]);
    // Edits after the first queries (the cache holds these events now) show at once.
    let mut moved = campaign_desk::domain::EventInput::from(&store.get_event(single.id).expect("get"));
    (moved.start, moved.end) = ("2025-07-04".into(), "2025-07-04".into());
    store.update_event(single.id, &moved).expect("move");
    let mut longer = campaign_desk::domain::EventInput::from(&store.get_event(bounded.id).expect("get"));
    longer.rdates.push("2025-07-01T09:00".into());
    store.update_event(bounded.id, &longer).expect("extra date");
    assert_eq!(titles(&store, "2025-01-20", "2025-01-21"), Vec::<String>::new());
    assert_eq!(titles(&store, "2025-06-25", "2025-07-07"), ["Bounded 2025-07-01T09:00:00+01:00", "Single 2025-07-04"]);
    store.delete_event(counted.id).expect("delete");
    assert_eq!(titles(&store, "2025-08-01", "2025-09-01"), Vec::<String>::new());
}

/// The span indexes of migration 18 read short spans from 64 days before a window and longer ones by their end:
/// events on either side of that line, long and short, single and repeating, and a campaign's calendar, are all
/// found exactly when they reach the window.
#[test]
fn span_indexes_find_long_and_short_events_on_either_side_of_their_split() {
    let mut store = Store::open_in_memory().expect("store");
    let campaign = store
        .create_campaign(&campaign_desk::domain::CampaignInput {
            title: "Month".into(),
            start_date: "2025-06-01".into(),
            end_date: "2025-06-30".into(),
            ..Default::default()
        })
        .expect("campaign");
    let in_campaign = |mut e: EventInput| {
        e.campaign_id = Some(campaign.id);
        e
    };
    let w = ("2025-06-01", "2025-07-01");
    for e in [
        // Long single events that began long before the window and reach into it, or end just before it.
        all_day("Hundred days", "2025-03-01", "2025-06-08", None),
        all_day("Ended before", "2025-03-01", "2025-05-25", None),
        // Short events 63 to 70 days before the window, and one in it.
        all_day("Short, long before", "2025-03-25", "2025-03-27", None),
        in_campaign(all_day("In the window", "2025-06-15", "2025-06-15", None)),
        // Series: open-ended from two years before, bounded by UNTIL, and ended before the window.
        in_campaign(all_day("Yearly", "2023-06-20", "2023-06-20", Some("FREQ=YEARLY"))),
        all_day("Weekly until July", "2025-01-03", "2025-01-03", Some("FREQ=WEEKLY;UNTIL=20250710")),
        all_day("Weekly until May", "2025-01-03", "2025-01-03", Some("FREQ=WEEKLY;UNTIL=20250520")),
        // An extra date far after its rule's end.
        EventInput {
            rdates: vec!["2025-06-30".into()],
            ..all_day("Extra date", "2025-02-01", "2025-02-01", Some("FREQ=DAILY;COUNT=2"))
        },
    ] {
        store.create_event(&e).expect("event");
    }
    let titles = |campaign_id: Option<i64>| -> Vec<String> {
        let list = store.occurrences(&window(w.0, w.1, "UTC"), None, campaign_id).expect("occurrences");
        let mut t: Vec<String> = list.into_iter().map(|o| o.title.to_string()).collect();
        t.sort();
        t.dedup();
        t
    };
    assert_eq!(
        titles(None),
        ["Extra date", "Hundred days", "In the window", "Weekly until July", "Yearly"],
        "{:?}",
        titles(None)
    );
    assert_eq!(titles(Some(campaign.id)), ["In the window", "Yearly"]);
}

/// The cache skips its per-event check while nothing was written: a write to an event outside the window asked
/// must still show when its own window is asked later, and writes from another connection (edits, new events in a
/// window asked before) must show at once.
#[test]
fn cached_events_see_writes_outside_the_window_and_from_other_connections() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("cal.sqlite3");
    let mut app = Store::open(&path).expect("store");
    let june = app.create_event(&all_day("June", "2025-06-10", "2025-06-10", None)).expect("june");
    app.create_event(&all_day("January", "2025-01-10", "2025-01-10", None)).expect("january");
    let titles = |store: &Store, from: &str, to: &str| -> Vec<String> {
        let list = store.occurrences(&window(from, to, "UTC"), None, None).expect("occurrences");
        list.into_iter().map(|o| o.title.to_string()).collect()
    };
    assert_eq!(titles(&app, "2025-06-01", "2025-07-01"), ["June"]);
    let mut renamed = EventInput::from(&app.get_event(june.id).expect("get"));
    renamed.title = "June (renamed)".into();
    app.update_event(june.id, &renamed).expect("rename");
    assert_eq!(titles(&app, "2025-01-01", "2025-02-01"), ["January"], "a check with June outside the window");
    assert_eq!(titles(&app, "2025-06-01", "2025-07-01"), ["June (renamed)"]);
    let mut cli = Store::open(&path).expect("second connection");
    renamed.title = "June (from the CLI)".into();
    cli.update_event(june.id, &renamed).expect("rename elsewhere");
    assert_eq!(titles(&app, "2025-06-01", "2025-07-01"), ["June (from the CLI)"]);
    // The same window asked again reuses its candidates until something is written, here or elsewhere.
    assert_eq!(titles(&app, "2025-06-01", "2025-07-01"), ["June (from the CLI)"]);
    cli.create_event(&all_day("Added elsewhere", "2025-06-20", "2025-06-20", None)).expect("add elsewhere");
    assert_eq!(titles(&app, "2025-06-01", "2025-07-01"), ["June (from the CLI)", "Added elsewhere"]);
    app.create_event(&all_day("Added here", "2025-06-21", "2025-06-21", None)).expect("add here");
    assert_eq!(titles(&app, "2025-06-01", "2025-07-01"), ["June (from the CLI)", "Added elsewhere", "Added here"]);
    // SQLite gives a deleted last row's id to the next row: the cache must not take the new event for the old one.
    let last = app.create_event(&all_day("Last", "2025-06-25", "2025-06-25", None)).expect("last");
    assert_eq!(titles(&app, "2025-06-24", "2025-06-26"), ["Last"]);
    cli.delete_event(last.id).expect("delete elsewhere");
    let reused = cli.create_event(&all_day("Reused id", "2025-06-25", "2025-06-25", None)).expect("reuse");
    assert_eq!(reused.id, last.id, "the id is reused, as this check needs");
    assert_eq!(titles(&app, "2025-06-24", "2025-06-26"), ["Reused id"]);
    // A series elsewhere whose one instance is moved into the window asked last (by another connection) joins it;
    // moved out again, it leaves.
    let weekly = timed("Weekly", "2025-01-07T10:00", "2025-01-07T11:00", "UTC", Some("FREQ=WEEKLY;COUNT=3"));
    let weekly = cli.create_event(&weekly).expect("series");
    assert_eq!(titles(&app, "2025-06-24", "2025-06-26"), ["Reused id"]);
    let mut moved = OccurrenceChange {
        recurrence_id: "2025-01-14T10:00".into(),
        start: Some("2025-06-24T10:00".into()),
        end: Some("2025-06-24T11:00".into()),
        ..Default::default()
    };
    cli.change_occurrence(weekly.id, &moved).expect("move in");
    assert_eq!(titles(&app, "2025-06-24", "2025-06-26"), ["Weekly", "Reused id"]);
    (moved.start, moved.end) = (Some("2025-02-24T10:00".into()), Some("2025-02-24T11:00".into()));
    cli.change_occurrence(weekly.id, &moved).expect("move out");
    assert_eq!(titles(&app, "2025-06-24", "2025-06-26"), ["Reused id"]);
}

/// A backup restored by another process replaces every event at once, with write numbers of its own that can reach
/// past the ones the app has seen: the app must still see the restored events, not its cached copies.
#[test]
fn a_restore_by_another_process_reaches_the_occurrence_cache() {
    let dir = tempfile::tempdir().expect("tmp");
    let (live, copy) = (dir.path().join("live.sqlite3"), dir.path().join("copy.sqlite3"));
    let mut app = Store::open(&live).expect("store");
    let e = app.create_event(&all_day("Before", "2025-06-10", "2025-06-10", None)).expect("event");
    app.backup_into(&copy).expect("backup");
    // The copy is written to more than the live database will have been: its write numbers pass the app's.
    let mut other = Store::open(&copy).expect("copy");
    for day in 1..=20 {
        let date = format!("2025-01-{day:02}");
        other.create_event(&all_day("Elsewhere", &date, &date, None)).expect("event in the copy");
    }
    drop(other);
    let mut renamed = EventInput::from(&app.get_event(e.id).expect("get"));
    renamed.title = "After".into();
    app.update_event(e.id, &renamed).expect("rename");
    let titles = |store: &Store| -> Vec<String> {
        let list = store.occurrences(&window("2025-06-01", "2025-07-01", "UTC"), None, None).expect("occurrences");
        list.into_iter().map(|o| o.title.to_string()).collect()
    };
    assert_eq!(titles(&app), ["After"]);
    Store::open(&live).expect("cli").restore_from(&copy, None).expect("restore");
    assert_eq!(titles(&app), ["Before"]);
}

#[test]
fn a_deleted_event_leaves_the_occurrence_cache() {
    let mut s = Store::open_in_memory().expect("store");
    let weekly = Some("FREQ=WEEKLY;COUNT=20");
    let keep =
        s.create_event(&timed("Stays", "2025-03-04T19:00", "2025-03-04T20:00", "America/Toronto", weekly)).expect("e");
    let gone =
        s.create_event(&timed("Goes", "2025-03-05T19:00", "2025-03-05T20:00", "America/Toronto", weekly)).expect("e");
    let w = window("2025-03-01", "2025-04-01", "America/Toronto");
    assert_eq!(s.occurrences(&w, None, None).expect("occurrences").len(), 8);
    assert_eq!(s.cached_event_count(), 2);
    s.delete_event(gone.id).expect("delete");
    assert_eq!(s.cached_event_count(), 1);
    let left = s.occurrences(&w, None, None).expect("occurrences");
    assert!(left.len() == 4 && left.iter().all(|o| o.event_id == keep.id));
}

/// Enough events that the store expands them on two threads: the result must be exactly the direct expansion of
/// each event, in start order, and the same on every query.
#[test]
fn a_busy_window_expanded_on_two_threads_matches_the_direct_expansion() {
    let mut s = Store::open_in_memory().expect("store");
    let rules = [None, Some("FREQ=WEEKLY;BYDAY=TU,TH"), Some("FREQ=DAILY;INTERVAL=3"), Some("FREQ=MONTHLY;BYDAY=-1FR")];
    let zones = ["America/Toronto", "Asia/Manila", "Pacific/Auckland", "Europe/London", "America/Sao_Paulo"];
    for i in 0..600 {
        let day = 1 + i % 28;
        let (start, end) =
            (format!("2025-03-{day:02}T{:02}:00", 8 + i % 10), format!("2025-03-{day:02}T{:02}:45", 8 + i % 10));
        s.create_event(&timed(&format!("E{}", i % 7), &start, &end, zones[i % 5], rules[i % 4])).expect("event");
    }
    let w = window("2025-03-03", "2025-04-14", "Asia/Manila");
    let manila = Some(zone("Asia/Manila"));
    let got = s.occurrences(&w, manila, None).expect("occurrences");
    let mut direct: Vec<_> = s
        .list_events(None)
        .expect("events")
        .iter()
        .flat_map(|e| campaign_desk::calendar::expand(e, &w, manila).expect("expand"))
        .collect();
    assert_eq!(got.len(), direct.len());
    assert!(got.len() > 3000, "{} instances", got.len());
    let key = |o: &campaign_desk::calendar::Occurrence| (o.start, o.event_id, o.recurrence_id);
    let mut sorted_got = got.clone();
    sorted_got.sort_by_key(key);
    direct.sort_by_key(key);
    assert_eq!(sorted_got, direct);
    // Each thread sorts its half and the halves are merged: the result must be the documented order exactly —
    // start instant, then title, then the event's id (the position its instances were expanded in).
    let instant =
        |o: &campaign_desk::calendar::Occurrence| chrono::DateTime::parse_from_rfc3339(&o.start).expect("3339");
    let mut expected = got.clone();
    expected.sort_by(|x, y| instant(x).cmp(&instant(y)).then(x.title.cmp(&y.title)).then(x.event_id.cmp(&y.event_id)));
    assert!(got == expected, "in start order, then title, then event");
    assert_eq!(s.occurrences(&w, manila, None).expect("again"), got, "the same, in the same order, every time");
}

/// The app warms the windows either side of the one shown (and the first screen's before it is asked): what a
/// warmed window then shows is exactly what a store that never warmed shows, and a write made while one window is
/// shown (here or by another connection) still reaches it after a neighbour was warmed.
#[test]
fn warmed_windows_show_exactly_what_cold_ones_show_and_writes_still_reach_the_window_shown() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("cal.sqlite3");
    let mut app = Store::open(&path).expect("store");
    for (title, start, rule) in [
        ("Weekly", "2025-01-07T10:00", Some("FREQ=WEEKLY;BYDAY=TU,TH")),
        ("Third Sunday", "2025-01-19T15:00", Some("FREQ=MONTHLY;BYDAY=3SU")),
        ("Every third day", "2025-05-02T08:00", Some("FREQ=DAILY;INTERVAL=3;COUNT=60")),
        ("Press conference", "2025-06-12T09:00", None),
        ("Webinar", "2025-07-03T17:00", None),
    ] {
        let end = format!("{}T23:00", &start[..10]);
        app.create_event(&timed(title, start, &end, "Asia/Manila", rule)).expect("event");
    }
    app.create_event(&all_day("Day of action", "2025-05-28", "2025-05-28", None)).expect("all-day");
    let shown = window("2025-06-01", "2025-07-13", "Asia/Manila");
    let [next, previous] = shown.neighbours();
    assert_eq!((next.from, next.to), (day("2025-07-13"), day("2025-08-24")));
    assert_eq!((previous.from, previous.to), (day("2025-04-20"), day("2025-06-01")));
    let list = |store: &Store, w: &Window| store.occurrences(w, Some(zone("Europe/Paris")), None).expect("occurrences");

    list(&app, &shown);
    for w in [next, previous] {
        app.warm(&w, None).expect("warm");
    }
    let cold = Store::open(&path).expect("another store");
    // Paging a month on from each warmed window, and back.
    for w in
        [next, previous, window("2025-07-01", "2025-08-12", "Asia/Manila"), window("2025-05-01", "2025-06-12", "UTC")]
    {
        assert_eq!(list(&app, &w), list(&cold, &w), "{:?}", (w.from, w.to, w.zone));
        assert!(!list(&app, &w).is_empty());
    }

    // A write while `shown` is on screen, then the neighbours are warmed: the redraw of `shown` has it.
    let titles =
        |store: &Store| -> Vec<String> { list(store, &shown).into_iter().map(|o| o.title.to_string()).collect() };
    assert!(!titles(&app).contains(&"Added here".to_string()));
    app.create_event(&all_day("Added here", "2025-06-20", "2025-06-20", None)).expect("add");
    app.warm(&next, None).expect("warm");
    assert!(titles(&app).contains(&"Added here".to_string()));
    let mut cli = Store::open(&path).expect("second connection");
    cli.create_event(&all_day("Added elsewhere", "2025-06-21", "2025-06-21", None)).expect("add elsewhere");
    app.warm(&previous, None).expect("warm");
    assert!(titles(&app).contains(&"Added elsewhere".to_string()));
    assert_eq!(list(&app, &shown), list(&cold, &shown));
}
