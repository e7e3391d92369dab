use chrono::TimeZone;

use super::*;

fn tz(name: &str) -> Tz {
    name.parse().unwrap()
}

fn webinar() -> EventFacts {
    let manila = tz("Asia/Manila");
    EventFacts {
        title: "ZERO IN: BURMA [WEBINAR]".into(),
        when: When::Timed {
            start: manila.with_ymd_and_hms(2025, 2, 18, 20, 0, 0).unwrap(),
            end: manila.with_ymd_and_hms(2025, 2, 18, 21, 30, 0).unwrap(),
        },
        location: None,
        online_url: Some("meet.example.org/zero-in".into()),
        registration_url: Some("https://bit.ly/ZeroInBurma".into()),
        organisers: vec!["International Migrants Alliance".into(), "Migrante Canada".into(), "APMM".into()],
        hashtags: vec!["StandWithBurma".into(), "#MigrantsUnite".into()],
        description: Some("A webinar on the situation of the peoples of Burma four years after the coup.".into()),
    }
}

fn partners() -> Vec<Tz> {
    ["America/Toronto", "Europe/London", "Pacific/Auckland"].iter().map(|z| tz(z)).collect()
}

#[test]
fn the_time_line_reads_in_every_partner_city_across_the_date_line() {
    let line = time_line(&webinar().when, &partners(), Lang::En);
    assert_eq!(line, "Tue 18 Feb · 20:00 Manila · 07:00 Toronto · 12:00 London · 01:00 Auckland (Wed)");
    let es = time_line(&webinar().when, &partners(), Lang::Es);
    assert_eq!(es, "mar 18 feb · 20:00 Manila · 07:00 Toronto · 12:00 London · 01:00 Auckland (mié)");
    // Seen from the west of the date line, Auckland's evening is the previous day in Honolulu.
    let auckland = tz("Pacific/Auckland");
    let vigil = When::Timed {
        start: auckland.with_ymd_and_hms(2025, 3, 1, 9, 0, 0).unwrap(),
        end: auckland.with_ymd_and_hms(2025, 3, 1, 10, 0, 0).unwrap(),
    };
    assert_eq!(
        time_line(&vigil, &[tz("Pacific/Honolulu")], Lang::En),
        "Sat 1 Mar · 09:00 Auckland · 10:00 Honolulu (Fri)"
    );
}

#[test]
fn a_facebook_post_has_everything() {
    let a = compose_event(&webinar(), Platform::Facebook, Lang::En, &partners(), None);
    assert_eq!(
        a.text,
        "ZERO IN: BURMA [WEBINAR]\n\n\
         🗓 Tue 18 Feb · 20:00 Manila · 07:00 Toronto · 12:00 London · 01:00 Auckland (Wed)\n\
         📍 Online: meet.example.org/zero-in\n\
         ✍️ Register: https://bit.ly/ZeroInBurma\n\n\
         A webinar on the situation of the peoples of Burma four years after the coup.\n\n\
         Organised by International Migrants Alliance, Migrante Canada and APMM\n\n\
         #StandWithBurma #MigrantsUnite"
    );
    assert_eq!(a.limit, Some(63_206));
    assert_eq!(a.length, a.text.chars().count());
}

#[test]
fn empty_parts_leave_no_empty_lines() {
    let bare = EventFacts {
        location: None,
        online_url: None,
        registration_url: None,
        organisers: vec![],
        hashtags: vec![],
        description: None,
        ..webinar()
    };
    let a = compose_event(&bare, Platform::Facebook, Lang::Fr, &[], None);
    assert_eq!(a.text, "ZERO IN: BURMA [WEBINAR]\n\n🗓 mar 18 fév · 20:00 Manila");
}

#[test]
fn every_platform_stays_within_its_limit_even_with_long_text() {
    let mut long = webinar();
    long.title = "Solidarity with the peoples of Burma: ".repeat(12);
    long.description = Some("Why this matters. ".repeat(400));
    long.organisers = (0..40).map(|i| format!("Organisation number {i}")).collect();
    let many: Vec<Tz> = ["America/Toronto", "Europe/London", "Pacific/Auckland", "Asia/Jakarta", "America/Sao_Paulo"]
        .iter()
        .map(|z| tz(z))
        .collect();
    for platform in Platform::ALL {
        for lang in [Lang::En, Lang::Es, Lang::Fr, Lang::Id, Lang::Tl] {
            let a = compose_event(&long, *platform, lang, &many, None);
            if let Some(limit) = a.limit {
                assert!(a.length <= limit, "{platform} {lang:?}: {} > {limit}", a.length);
            }
            assert_eq!(a.length, length::length(*platform, &a.text));
        }
    }
    let x = compose_event(&long, Platform::X, Lang::En, &many, None);
    assert!(x.text.contains('…'), "the title was shortened: {}", x.text);
    assert!(x.text.contains("bit.ly"), "registration kept: {}", x.text);
}

#[test]
fn x_gives_up_partner_cities_before_the_title_or_the_link() {
    let mut e = webinar();
    e.title = "Zero in on Burma: migrants, refugees and their communities speak four years after the coup".into();
    let many: Vec<Tz> = ["America/Toronto", "Europe/London", "Pacific/Auckland", "Asia/Jakarta", "America/Sao_Paulo"]
        .iter()
        .map(|z| tz(z))
        .collect();
    let full = time_line(&e.when, &many, Lang::En);
    let a = compose_event(&e, Platform::X, Lang::En, &many, None);
    assert!(a.length <= 280, "{}", a.length);
    assert!(a.text.starts_with(&e.title), "title kept whole: {}", a.text);
    assert!(a.text.contains("Register: https://bit.ly/ZeroInBurma"), "{}", a.text);
    assert!(!a.text.contains(&full), "fewer cities than all six: {}", a.text);
    assert!(a.text.contains("20:00 Manila · "), "the event's own zone and some partners stay: {}", a.text);
}

#[test]
fn a_campaign_lists_its_key_dates() {
    let manila = tz("Asia/Manila");
    let c = CampaignFacts {
        title: "Solidarity Month for the peoples of Burma".into(),
        first: NaiveDate::from_ymd_opt(2025, 2, 1).unwrap(),
        last: NaiveDate::from_ymd_opt(2025, 2, 28).unwrap(),
        summary: Some("A month of actions.".into()),
        organisers: vec!["IMA".into(), "APMM".into()],
        hashtags: vec!["StandWithBurma".into()],
        key_dates: vec![
            KeyDate {
                title: "ZERO IN: BURMA".into(),
                when: When::Timed {
                    start: manila.with_ymd_and_hms(2025, 2, 18, 20, 0, 0).unwrap(),
                    end: manila.with_ymd_and_hms(2025, 2, 18, 21, 30, 0).unwrap(),
                },
            },
            KeyDate {
                title: "Days of Action".into(),
                when: When::Days {
                    first: NaiveDate::from_ymd_opt(2025, 2, 21).unwrap(),
                    last: NaiveDate::from_ymd_opt(2025, 2, 23).unwrap(),
                },
            },
        ],
    };
    let a = compose_campaign(&c, Platform::Email, Lang::Tl, &[tz("America/Toronto")], None);
    assert_eq!(
        a.text,
        "Solidarity Month for the peoples of Burma\n\
         Sab 1 Peb – Biy 28 Peb\n\n\
         A month of actions.\n\n\
         Mahahalagang petsa:\n\
         • Mar 18 Peb · 20:00 Manila · 07:00 Toronto: ZERO IN: BURMA\n\
         • Biy 21 Peb – Lin 23 Peb: Days of Action\n\n\
         Inorganisa ng IMA at APMM"
    );
    let x = compose_campaign(&c, Platform::X, Lang::En, &partners(), None);
    assert!(x.length <= 280 && x.text.contains("Key dates:"), "{}", x.text);
}

#[test]
fn a_custom_template_and_unknown_placeholders() {
    let a = compose_event(&webinar(), Platform::Text, Lang::En, &[], Some("{title} — {when}\n{nonsense}\n{place}"));
    assert_eq!(
        a.text,
        "ZERO IN: BURMA [WEBINAR] — Tue 18 Feb · 20:00 Manila\n{nonsense}\nOnline: meet.example.org/zero-in"
    );
    assert_eq!(a.limit, None);
}
