//! `campaign-desk announce`: the CLI contract ({text, length, limit}), a changed occurrence's own details, a
//! cancelled occurrence refused for an event and left out of its campaign's key dates.

mod common;

use common::Cli;

fn setup() -> (Cli, i64, i64) {
    let cli = Cli::new();
    let campaign = cli.ok(&[
        "campaign",
        "add",
        "--title",
        "Webinar series",
        "--kind",
        "webinar_series",
        "--start",
        "2025-02-01",
        "--end",
        "2025-03-31",
        "--zone",
        "Asia/Manila",
        "--hashtag",
        "MigrantsUnite",
    ]);
    let campaign_id = campaign["id"].as_i64().expect("campaign id");
    let series = cli.ok(&[
        "event",
        "add",
        "--title",
        "Webinar",
        "--campaign",
        &campaign_id.to_string(),
        "--start",
        "2025-02-04T20:00",
        "--end",
        "2025-02-04T21:00",
        "--zone",
        "Asia/Manila",
        "--rrule",
        "FREQ=WEEKLY;COUNT=4",
        "--online-url",
        "meet.example.org/series",
        "--url",
        "https://bit.ly/series",
    ]);
    let id = series["id"].as_i64().expect("event id");
    cli.ok(&[
        "event",
        "edit",
        &id.to_string(),
        "--occurrence",
        "2025-02-11T20:00",
        "--title",
        "Webinar: special edition",
        "--location",
        "Bayanihan Centre",
    ]);
    cli.ok(&["event", "edit", &id.to_string(), "--occurrence", "2025-02-18T20:00", "--status", "cancelled"]);
    (cli, campaign_id, id)
}

#[test]
fn an_event_announcement_follows_the_contract() {
    let (cli, _, id) = setup();
    let zones = "America/Toronto,Pacific/Auckland";
    let a = cli.ok(&[
        "announce",
        "--event",
        &id.to_string(),
        "--at",
        "2025-02-04T20:00",
        "--platform",
        "x",
        "--zones",
        zones,
    ]);
    let text = a["text"].as_str().unwrap();
    assert!(text.contains("Tue 4 Feb · 20:00 Manila · 07:00 Toronto · 01:00 Auckland (Wed)"), "{text}");
    assert!(text.contains("#MigrantsUnite"), "{text}");
    assert_eq!(a["limit"], 280);
    assert!(a["length"].as_u64().unwrap() <= 280);

    let special = cli.ok(&[
        "announce",
        "--event",
        &id.to_string(),
        "--at",
        "2025-02-11T20:00",
        "--platform",
        "facebook",
        "--lang",
        "es",
        "--zones",
        zones,
    ]);
    let text = special["text"].as_str().unwrap();
    assert!(text.starts_with("Webinar: special edition"), "{text}");
    assert!(text.contains("Bayanihan Centre · En línea: https://meet.example.org/series"), "{text}");
    assert!(text.contains("mar 11 feb"), "{text}");
}

#[test]
fn a_cancelled_occurrence_is_refused_and_left_out_of_the_campaign() {
    let (cli, campaign, id) = setup();
    let r = cli.run(&["announce", "--event", &id.to_string(), "--at", "2025-02-18T20:00", "--platform", "text"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("cancelled"), "{}", r.stderr);
    let r = cli.run(&["announce", "--event", &id.to_string(), "--at", "2025-02-19T20:00", "--platform", "text"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("no occurrence"), "{}", r.stderr);
    let r = cli.run(&["announce", "--event", &id.to_string(), "--platform", "myspace"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("platform"), "{}", r.stderr);

    let a =
        cli.ok(&["announce", "--campaign", &campaign.to_string(), "--platform", "email", "--zones", "Europe/London"]);
    let text = a["text"].as_str().unwrap();
    assert_eq!(a["limit"], serde_json::Value::Null);
    let dates: Vec<&str> = text.lines().filter(|l| l.starts_with("• ")).collect();
    assert_eq!(
        dates,
        vec![
            "• Tue 4 Feb · 20:00 Manila · 12:00 London: Webinar",
            "• Tue 11 Feb · 20:00 Manila · 12:00 London: Webinar: special edition",
            "• Tue 25 Feb · 20:00 Manila · 12:00 London: Webinar",
        ],
        "{text}"
    );
}

#[test]
fn an_announcement_is_kept_with_its_campaign() {
    let (cli, campaign, id) = setup();
    let saved = cli.ok(&[
        "announce",
        "--event",
        &id.to_string(),
        "--at",
        "2025-02-04T20:00",
        "--platform",
        "text",
        "--lang",
        "id",
        "--zones",
        "Asia/Jakarta",
        "--save",
    ]);
    assert_eq!(saved["campaign_id"], campaign);
    assert_eq!(saved["platform"], "text");
    assert!(saved["text"].as_str().is_some_and(|t| t.contains("Sel 4 Feb")), "{saved}");
    let lone = cli.ok(&["event", "add", "--title", "No campaign", "--date", "2025-05-01"]);
    let r = cli.run(&["announce", "--event", &lone["id"].to_string(), "--platform", "text", "--save"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("campaign"), "{}", r.stderr);
}

#[test]
fn a_saved_template_shapes_the_announcement_and_bad_ones_are_refused() {
    use campaign_desk::domain::{AnnouncementTemplate, Platform, Settings};
    let (cli, _, id) = setup();
    let mut store = campaign_desk::Store::open(&cli.db).expect("store");
    let template = |text: &str| AnnouncementTemplate {
        platform: Platform::Text,
        lang: "es".into(),
        campaign: false,
        text: text.into(),
    };
    let settings = store.settings().expect("settings");
    let bad = Settings { announcement_templates: vec![template("  ")], ..settings.clone() };
    let err = store.save_settings(&bad).expect_err("empty template").to_string();
    assert!(err.contains("announcement_templates"), "{err}");
    store
        .save_settings(&Settings { announcement_templates: vec![template("¡{title}! {when}")], ..settings })
        .expect("save");
    drop(store);
    let es = cli.ok(&[
        "announce",
        "--event",
        &id.to_string(),
        "--at",
        "2025-02-04T20:00",
        "--platform",
        "text",
        "--lang",
        "es-MX",
        "--zones",
        "America/Mexico_City",
    ]);
    assert_eq!(es["text"], "¡Webinar! mar 4 feb · 20:00 Manila · 06:00 Mexico City");
    let en = cli.ok(&["announce", "--event", &id.to_string(), "--at", "2025-02-04T20:00", "--platform", "text"]);
    assert!(en["text"].as_str().is_some_and(|t| t.starts_with("*Webinar*")), "other languages keep the built-in: {en}");
}
