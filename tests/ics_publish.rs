//! Export scopes (campaign, organisation, kind, date range) and "publish to folder": the chosen calendars' files are
//! rewritten after every change, by the app and by the CLI alike, and never left half-written.

mod common;

use campaign_desk::domain::{EventInput, EventKind, OrgInRole, OrgRole, Settings};
use campaign_desk::service::ics_export::{export_scope, publish, published_file_name, ExportScope};
use campaign_desk::Store;
use common::{run_on, Cli};

fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

fn uids(text: &str) -> Vec<&str> {
    let mut v: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix("UID:")).map(str::trim_end).collect();
    v.sort();
    v.dedup();
    v
}

fn demo() -> Store {
    let mut store = Store::open_in_memory().expect("store");
    campaign_desk::demo::load(&mut store).expect("demo");
    store
}

#[test]
fn a_campaign_scope_holds_only_its_events_and_names_the_calendar() {
    let store = demo();
    let campaign = &store.list_campaigns(None).unwrap()[0];
    let own = store.list_events(Some(campaign.id)).unwrap();
    assert!(!own.is_empty());
    let out = export_scope(&store, &ExportScope { campaigns: vec![campaign.id], ..Default::default() }, now()).unwrap();
    assert_eq!(out.events, own.len());
    assert_eq!(uids(&out.text).len(), own.len());
    assert_eq!(out.name, campaign.title);
    assert!(out.text.contains(&format!("X-WR-CALNAME:{}", campaign_desk::ics::escape_text(&campaign.title))));
}

#[test]
fn kind_organisation_and_range_filters_combine() {
    let mut store = demo();
    let org = store.list_organisations(None).unwrap()[0].id;
    let base = EventInput {
        start: "2031-05-01T10:00".into(),
        end: "2031-05-01T11:00".into(),
        zone: Some("Asia/Manila".into()),
        ..Default::default()
    };
    let webinar = store
        .create_event(&EventInput {
            title: "Webinar with the org".into(),
            kind: EventKind::Webinar,
            organisations: vec![OrgInRole {
                organisation_id: org,
                organisation_name: String::new(),
                role: OrgRole::CoOrganiser,
            }],
            ..base.clone()
        })
        .unwrap();
    store
        .create_event(&EventInput { title: "Webinar without it".into(), kind: EventKind::Webinar, ..base.clone() })
        .unwrap();
    store
        .create_event(&EventInput { title: "Meeting with it".into(), kind: EventKind::Meeting, ..base.clone() })
        .unwrap();

    let scope = ExportScope {
        organisations: vec![org],
        kinds: vec![EventKind::Webinar],
        from: Some("2031-01-01".into()),
        to: Some("2032-01-01".into()),
        ..Default::default()
    };
    let out = export_scope(&store, &scope, now()).unwrap();
    assert_eq!(uids(&out.text), vec![webinar.uid.as_str()]);

    let bad = ExportScope { from: Some("2031-01-01".into()), ..Default::default() };
    let err = export_scope(&store, &bad, now()).unwrap_err().to_string();
    assert!(err.contains("to"), "{err}");
    let backwards =
        ExportScope { from: Some("2031-02-01".into()), to: Some("2031-01-01".into()), ..Default::default() };
    assert!(export_scope(&store, &backwards, now()).is_err());
    let missing = ExportScope { campaigns: vec![9999], ..Default::default() };
    assert!(export_scope(&store, &missing, now()).unwrap_err().to_string().contains("9999"));
}

#[test]
fn publishing_needs_an_existing_absolute_folder() {
    let mut store = demo();
    let with = |folder: Option<&str>| Settings {
        publish_folder: folder.map(str::to_string),
        publish_all: true,
        ..Default::default()
    };
    for (folder, expected) in [
        (None, "choose the folder"),
        (Some("relative/dir"), "full path"),
        (Some("/nonexistent/campaign-desk"), "does not exist"),
    ] {
        let err = store.save_settings(&with(folder)).unwrap_err().to_string();
        assert!(err.contains("publish_folder") && err.contains(expected), "{folder:?}: {err}");
    }
    assert_eq!(store.settings().unwrap().publish_folder, None, "a refused setting changes nothing");
    assert!(publish(&store, now()).unwrap().is_empty(), "no folder: nothing published");
}

#[test]
fn published_files_follow_every_change_and_are_never_partial() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let folder = cli.dir.path().join("Nextcloud/calendars");
    std::fs::create_dir_all(&folder).unwrap();
    let mut store = Store::open(&cli.db).unwrap();
    let campaign = store.list_campaigns(None).unwrap()[0].clone();
    store
        .save_settings(&Settings {
            publish_folder: Some(folder.display().to_string()),
            publish_all: true,
            publish_campaigns: vec![campaign.id, 424242],
            ..store.settings().unwrap()
        })
        .unwrap();
    let written = publish(&store, now()).unwrap();
    let all = folder.join("campaign-desk.ics");
    let own = folder.join(published_file_name(&campaign));
    assert_eq!(written, vec![all.clone(), own.clone()], "a deleted campaign id is skipped");
    drop(store);

    // A change made with the CLI republishes: the new event appears in the "everything" calendar.
    let before = std::fs::read_to_string(&all).unwrap();
    assert!(!before.contains("Published later"));
    cli.ok(&["event", "add", "--title", "Published later", "--date", "2031-01-01"]);
    let after = std::fs::read_to_string(&all).unwrap();
    assert!(after.contains("SUMMARY:Published later"));
    assert!(after.ends_with("END:VCALENDAR\r\n"));
    // Reading does not rewrite the files.
    let stamp = std::fs::metadata(&all).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    run_on(&cli.db, &["event", "list"]);
    assert_eq!(std::fs::metadata(&all).unwrap().modified().unwrap(), stamp);
    let names: Vec<_> =
        std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names.len(), 2, "no temporary files are left behind: {names:?}");
}

#[test]
fn file_names_are_safe_and_unique() {
    let mut c = demo().list_campaigns(None).unwrap()[0].clone();
    c.id = 7;
    c.title = "Día de Acción: ¡Justicia! / 2025".into();
    assert_eq!(published_file_name(&c), "dia-de-accion-justicia-2025-7.ics");
    c.title = "Kampanya ng mga Manggagawang Migrante sa Hong Kong, Macau at Taiwan para sa Katarungan".into();
    let long = published_file_name(&c);
    assert!(
        long.len() <= 60 + "-7.ics".len() && long.starts_with("kampanya-ng-mga-") && !long.contains("--"),
        "{long}"
    );
    c.title = " / ¿? — ".into();
    assert_eq!(published_file_name(&c), "campaign-7.ics");
}

#[test]
fn a_campaigns_tasks_travel_as_vtodos() {
    let mut store = demo();
    let campaign = store.list_campaigns(None).unwrap()[0].clone();
    let other = store.list_campaigns(None).unwrap()[1].clone();
    let open = store
        .create_task(&campaign_desk::domain::TaskInput {
            campaign_id: campaign.id,
            title: "Book the hall; bring chairs".into(),
            due_date: Some("2031-02-10".into()),
            owner_id: None,
        })
        .unwrap();
    let done = store
        .create_task(&campaign_desk::domain::TaskInput {
            campaign_id: campaign.id,
            title: "Draft the call".into(),
            ..Default::default()
        })
        .unwrap();
    store.set_task_done(done.id, true).unwrap();
    store
        .create_task(&campaign_desk::domain::TaskInput {
            campaign_id: other.id,
            title: "Elsewhere".into(),
            ..Default::default()
        })
        .unwrap();

    let text =
        export_scope(&store, &ExportScope { campaigns: vec![campaign.id], ..Default::default() }, now()).unwrap().text;
    let todos: Vec<&str> = text.split("BEGIN:VTODO\r\n").skip(1).collect();
    assert_eq!(todos.len(), 2, "only this campaign's tasks");
    assert!(
        todos[0].contains("SUMMARY:Book the hall\\; bring chairs\r\n")
            && todos[0].contains("DUE;VALUE=DATE:20310210\r\n")
    );
    assert!(todos[0].contains("STATUS:NEEDS-ACTION\r\n"));
    assert!(todos[1].contains("STATUS:COMPLETED\r\n") && todos[1].contains("COMPLETED:"));
    assert!(text.contains(&format!("UID:{}\r\n", open.uid)));
    let webinars = ExportScope { kinds: vec![EventKind::Webinar], ..Default::default() };
    assert!(!export_scope(&store, &webinars, now()).unwrap().text.contains("VTODO"), "a kind filter leaves tasks out");
    let range = ExportScope { from: Some("2031-01-01".into()), to: Some("2031-03-01".into()), ..Default::default() };
    assert_eq!(export_scope(&store, &range, now()).unwrap().text.matches("BEGIN:VTODO").count(), 1, "due in the range");
}
