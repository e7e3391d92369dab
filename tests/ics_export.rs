//! The bytes of an exported calendar, checked against RFC 5545's rules on the demonstration data plus edge cases.
//! (scripts/ics-crosscheck.sh has an independent parser read the same export.)

use campaign_desk::domain::{CampaignInput, EventInput, OccurrenceChange, OrgInRole, OrgRole, OrganisationInput};
use campaign_desk::ics::{export, ExportContext};
use campaign_desk::Store;

fn exported() -> String {
    let mut store = Store::open_in_memory().expect("store");
    campaign_desk::demo::load(&mut store).expect("demo");
    let series = store
        .create_event(&EventInput {
            title: "Asamblea; \"mensual\", con acentos: ñ, ü, 日本, 🎉".into(),
            start: "2025-03-04T19:00".into(),
            end: "2025-03-04T20:30".into(),
            zone: Some("America/Toronto".into()),
            rrule: Some("FREQ=MONTHLY;BYDAY=1TU;UNTIL=20251231".into()),
            exdates: vec!["2025-04-01T19:00".into()],
            description: Some("Line one\nLine two, with a comma; and a semicolon \\ backslash\u{7}".into()),
            ..Default::default()
        })
        .expect("series");
    store
        .change_occurrence(
            series.id,
            &OccurrenceChange {
                recurrence_id: "2025-05-06T19:00".into(),
                title: Some("Budget".into()),
                ..Default::default()
            },
        )
        .expect("change");
    let ctx = ExportContext {
        name: "Campaign Desk",
        campaigns: &store.list_campaigns(None).expect("campaigns"),
        organisations: &store.list_organisations(None).expect("orgs"),
        partner_zones: &store.partner_zones().expect("zones"),
        now: chrono::DateTime::parse_from_rfc3339("2025-02-01T00:00:00Z").expect("now").to_utc(),
    };
    export(&store.list_events(None).expect("events"), &ctx)
}

#[test]
fn every_line_ends_in_crlf_and_fits_75_octets() {
    let ics = exported();
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    for line in ics.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'), "bare newline in {line:?}");
    }
}

#[test]
fn every_tzid_used_has_its_vtimezone_and_nothing_floats() {
    let ics = exported().replace("\r\n ", "");
    let used: std::collections::BTreeSet<&str> =
        ics.lines().filter_map(|l| l.split(";TZID=").nth(1)).map(|rest| rest.split(':').next().unwrap_or("")).collect();
    assert!(used.contains("America/Toronto") && used.contains("Asia/Manila"), "{used:?}");
    for tz in used {
        assert!(ics.contains(&format!("BEGIN:VTIMEZONE\r\nTZID:{tz}\r\n")), "no VTIMEZONE for {tz}");
    }
    for line in ics.lines().filter(|l| l.starts_with("DTSTART") || l.starts_with("DTEND")) {
        assert!(
            line.contains(";TZID=") || line.contains(";VALUE=DATE") || line.starts_with("DTSTART:"),
            "floating: {line}"
        );
    }
}

#[test]
fn series_exclusions_and_changed_instances_carry_the_start_type_and_zone() {
    let ics = exported().replace("\r\n ", "");
    assert!(ics.contains("RRULE:FREQ=MONTHLY;BYDAY=1TU;UNTIL=20260101T045959Z"), "UNTIL in UTC for a zoned series");
    assert!(ics.contains("EXDATE;TZID=America/Toronto:20250401T190000"));
    assert!(ics.contains(
        "RECURRENCE-ID;TZID=America/Toronto:20250506T190000\r\nDTSTART;TZID=America/Toronto:20250506T190000"
    ));
    assert!(ics.contains("SUMMARY:Budget"));
    assert!(
        ics.contains("DTSTART;VALUE=DATE:20250221\r\nDTEND;VALUE=DATE:20250224"),
        "three-day action ends on the 24th, exclusive"
    );
    assert!(ics.contains("SUMMARY:Asamblea\\; \"mensual\"\\, con acentos: ñ\\, ü\\, 日本\\, 🎉"));
    assert!(ics.contains("DESCRIPTION:Line one\\nLine two\\, with a comma\\; and a semicolon \\\\ backslash\\n\\n"));
    assert!(ics.contains("URL;VALUE=URI:https://bit.ly/ZeroInBurma"));
    assert!(ics.contains("TRIGGER:-PT60M"));
    assert!(ics.contains("20:00 Manila · "), "the partner-zone line");
    assert!(ics.contains("CONTACT:Migrante Canada\\, https://migrante.ca\r\n"), "the demo meeting's lead");
}

#[test]
fn contact_names_the_lead_organisation_with_what_it_publishes() {
    let mut store = Store::open_in_memory().expect("store");
    let org = |store: &mut Store, name: &str, email: Option<&str>, website: Option<&str>| {
        let input = OrganisationInput {
            name: name.into(),
            email: email.map(Into::into),
            website: website.map(Into::into),
            ..Default::default()
        };
        store.create_organisation(&input).expect("organisation").id
    };
    let gabriela =
        org(&mut store, "Gabriela; \"Aotearoa\", NZ", Some("kiaora@gabriela.example.org"), Some("gabriela.nz"));
    let trust = org(&mut store, "Migrant Action Trust", None, None);
    let lead = |id| OrgInRole { organisation_id: id, organisation_name: String::new(), role: OrgRole::Lead };
    let campaign = store
        .create_campaign(&CampaignInput {
            title: "Women's month".into(),
            start_date: "2025-03-01".into(),
            end_date: "2025-03-31".into(),
            organisations: vec![lead(trust)],
            ..Default::default()
        })
        .expect("campaign");
    let event = |title: &str, campaign_id: Option<i64>, organisations: Vec<OrgInRole>| EventInput {
        title: title.into(),
        campaign_id,
        start: "2025-03-08T10:00".into(),
        end: "2025-03-08T12:00".into(),
        zone: Some("Pacific/Auckland".into()),
        organisations,
        ..Default::default()
    };
    for e in [
        event("Led by Gabriela", Some(campaign.id), vec![lead(gabriela)]),
        event("Led by the campaign's lead", Some(campaign.id), vec![]),
        event("Nobody leads", None, vec![]),
    ] {
        store.create_event(&e).expect("event");
    }
    let ctx = ExportContext {
        name: "Campaign Desk",
        campaigns: &store.list_campaigns(None).expect("campaigns"),
        organisations: &store.list_organisations(None).expect("orgs"),
        partner_zones: &[],
        now: chrono::DateTime::parse_from_rfc3339("2025-02-01T00:00:00Z").expect("now").to_utc(),
    };
    let ics = export(&store.list_events(None).expect("events"), &ctx).replace("\r\n ", "");
    let contacts = |title: &str| -> Vec<String> {
        let vevent = ics.split("BEGIN:VEVENT").find(|v| v.contains(&format!("SUMMARY:{title}\r\n"))).expect(title);
        vevent.lines().filter(|l| l.starts_with("CONTACT")).map(String::from).collect()
    };
    assert_eq!(
        contacts("Led by Gabriela"),
        ["CONTACT:Gabriela\\; \"Aotearoa\"\\, NZ\\, kiaora@gabriela.example.org\\, https://gabriela.nz"]
    );
    assert!(ics.contains("ORGANIZER;CN=\"Gabriela; 'Aotearoa', NZ\":mailto:kiaora@gabriela.example.org"));
    assert_eq!(contacts("Led by the campaign's lead"), ["CONTACT:Migrant Action Trust"]);
    assert_eq!(contacts("Nobody leads"), Vec::<String>::new());
}

/// The file export reads rows in the table's order and sorts their text by local start, then id; this is the order
/// `list_events` gives, whatever order the events were written in (a date sorts before that day's times, and equal
/// starts by id), and the file's bytes are those of the calendar written from that list.
#[test]
fn the_file_export_orders_events_by_local_start_then_id_whatever_order_they_were_written_in() {
    use campaign_desk::service::ics_export::{export_scope, export_to_file, ExportScope};
    let mut store = Store::open_in_memory().expect("store");
    let timed = |start: &str, end: &str| EventInput {
        title: format!("at {start}"),
        start: start.into(),
        end: end.into(),
        zone: Some("Asia/Manila".into()),
        ..Default::default()
    };
    let day = |d: &str| EventInput {
        title: format!("on {d}"),
        all_day: true,
        start: d.into(),
        end: d.into(),
        ..Default::default()
    };
    for input in [
        timed("2025-03-04T19:00", "2025-03-04T20:00"),
        day("2025-03-04"),
        timed("2024-12-31T23:00", "2025-01-01T01:00"),
        timed("2025-03-04T19:00", "2025-03-04T21:00"),
        day("2025-03-03"),
        timed("2025-03-04T08:00", "2025-03-04T09:00"),
    ] {
        store.create_event(&input).expect("event");
    }
    let listed = store.list_events(None).expect("events");
    let mut expected: Vec<(String, i64)> = listed.iter().map(|e| (e.start.clone(), e.id)).collect();
    expected.sort();
    assert_eq!(listed.iter().map(|e| (e.start.clone(), e.id)).collect::<Vec<_>>(), expected);

    let now = chrono::DateTime::parse_from_rfc3339("2025-02-01T00:00:00Z").expect("now").to_utc();
    let text = export_scope(&store, &ExportScope::default(), now).expect("export").text;
    let uids: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix("UID:")).collect();
    assert_eq!(uids, listed.iter().map(|e| e.uid.as_str()).collect::<Vec<_>>());
    let ctx = ExportContext {
        name: "Campaign Desk",
        campaigns: &[],
        organisations: &store.list_organisations(None).expect("orgs"),
        partner_zones: &store.partner_zones().expect("zones"),
        now,
    };
    assert_eq!(text, campaign_desk::ics::export(&listed, &ctx));

    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("all.ics");
    assert_eq!(export_to_file(&store, &ExportScope::default(), &path, now).expect("file").events, 6);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
}

/// A large export reads its rows on two connections, each half of the ids written by its own thread, then orders the
/// halves together: the text must be the one a single list of the events makes, with the organisations, changed
/// instances and exclusions of events on both sides of the split; on a plain file, one encrypted with a key, and one
/// with a passphrase (read on one connection).
#[test]
fn an_export_read_on_two_connections_is_the_text_of_one_list() {
    use campaign_desk::db_key::DbKey;
    let dir = tempfile::tempdir().expect("dir");
    read_on_two_connections(Store::open(&dir.path().join("plain.sqlite3")).expect("plain"));
    let key = DbKey::generate().expect("key");
    read_on_two_connections(Store::open_encrypted(&dir.path().join("key.sqlite3"), key).expect("encrypted"));
    // A passphrase would be stretched again for a second connection: read on one, the same text.
    let pass = DbKey::passphrase("seven quiet rivers under the bridge").expect("long");
    read_on_two_connections(Store::open_encrypted(&dir.path().join("pass.sqlite3"), pass).expect("passphrase"));
}

fn read_on_two_connections(mut store: Store) {
    use campaign_desk::service::ics_export::{export_into, export_scope, ExportScope};
    campaign_desk::demo::load(&mut store).expect("demo");
    let org = store.list_organisations(None).expect("orgs")[0].id;
    let special = |i: usize| EventInput {
        title: format!("Series {i}; \"quoted\", ñ 日本"),
        start: format!("2025-0{}-04T19:00", 1 + i % 9),
        end: format!("2025-0{}-04T20:30", 1 + i % 9),
        zone: Some("America/Toronto".into()),
        rrule: Some("FREQ=WEEKLY;COUNT=10".into()),
        exdates: vec![format!("2025-0{}-11T19:00", 1 + i % 9)],
        organisations: vec![OrgInRole { organisation_id: org, organisation_name: String::new(), role: OrgRole::Lead }],
        reminders: vec![15],
        ..Default::default()
    };
    let mut with_changes = Vec::new();
    with_changes.push(store.create_event(&special(0)).expect("first series"));
    store
        .import_batch(
            |w| {
                for i in 0..5000 {
                    let v = EventInput {
                        title: format!("Event {i}"),
                        all_day: i % 7 == 0,
                        start: if i % 7 == 0 { "2025-03-03".into() } else { format!("2025-03-03T{:02}:00", i % 24) },
                        end: if i % 7 == 0 { "2025-03-04".into() } else { format!("2025-03-03T{:02}:30", i % 24) },
                        zone: (i % 7 != 0).then(|| ["Asia/Manila", "Europe/Paris"][i % 2].into()),
                        description: (i % 3 == 0).then(|| "Line one\nLine two, comma; semicolon".into()),
                        ..Default::default()
                    };
                    w.insert_new_batched(v.validated()?, &format!("bulk-{i}@test"), 0)?;
                }
                Ok(())
            },
            |_| true,
        )
        .expect("bulk");
    with_changes.push(store.create_event(&special(1)).expect("last series"));
    for e in &with_changes {
        let change = OccurrenceChange {
            recurrence_id: e.start.replace("-04T", "-18T"),
            title: Some(format!("Changed {}", e.id)),
            ..Default::default()
        };
        store.change_occurrence(e.id, &change).expect("change");
    }
    let now = chrono::DateTime::parse_from_rfc3339("2025-02-01T00:00:00Z").expect("now").to_utc();
    let text = export_scope(&store, &ExportScope::default(), now).expect("export").text;
    let ctx = ExportContext {
        name: "Campaign Desk",
        campaigns: &store.list_campaigns(None).expect("campaigns"),
        organisations: &store.list_organisations(None).expect("orgs"),
        partner_zones: &store.partner_zones().expect("zones"),
        now,
    };
    let tasks: Vec<_> = store.list_tasks(None).expect("tasks");
    let listed = store.list_events(None).expect("events");
    assert!(listed.len() > 5000);
    assert_eq!(text, campaign_desk::ics::export_with_tasks(&listed, &tasks, &ctx));
    assert_eq!(
        text.matches("RECURRENCE-ID").count(),
        store.list_events(None).expect("events").iter().map(|e| e.changes.len()).sum::<usize>()
    );
    let mut file = Vec::new();
    export_into(&store, &ExportScope::default(), now, &mut file).expect("into");
    assert_eq!(String::from_utf8(file).expect("utf-8"), text);

    // The second connection is kept between exports (publishing re-exports after every change): what was written
    // since, in the upper half of the ids and past its end, must be in the next export.
    let kept = store.take_reader();
    assert_eq!(kept.is_some(), store.reopener().opens_quickly(), "a second connection kept unless a passphrase");
    if let Some(reader) = kept {
        store.keep_reader(reader);
    }
    let last = with_changes.last().expect("last series");
    let renamed = EventInput { title: "Renamed after the first export".into(), ..EventInput::from(last) };
    store.update_event(last.id, &renamed).expect("rename");
    store.create_event(&special(2)).expect("a new series");
    let again = export_scope(&store, &ExportScope::default(), now).expect("export again").text;
    assert!(again.contains("SUMMARY:Renamed after the first export\r\n"));
    let listed = store.list_events(None).expect("events");
    assert_eq!(again, campaign_desk::ics::export_with_tasks(&listed, &tasks, &ctx));
}
