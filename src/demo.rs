//! The demonstration data behind "Explore with demo data" and `campaign-desk demo`: shaped like what a real
//! migrants' alliance publishes in a month (a solidarity month with its key dates, a women's day event in Auckland,
//! a press conference in Chicago, a hybrid side event in Bangkok, a solidarity statement for the month). Names of
//! people and addresses are invented.
//!
//! Loading is idempotent: organisations are matched by name, campaigns by title and start date, events by UID,
//! statements by title within their campaign.

use crate::domain::*;
use crate::error::Result;
use crate::store::Store;

/// What a demo load added (zero everywhere on a second run).
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct DemoReport {
    pub organisations: u32,
    pub people: u32,
    pub campaigns: u32,
    pub events: u32,
    pub statements: u32,
}

struct Org(&'static str, &'static str, &'static str, &'static str, &'static str, &'static str);

const ORGS: &[Org] = &[
    // name, short, country, city, zone, website
    Org("International Migrants Alliance", "IMA", "HK", "Hong Kong", "Asia/Hong_Kong", "wearemigrants.net"),
    Org("Asia Pacific Mission for Migrants", "APMM", "HK", "Hong Kong", "Asia/Hong_Kong", "apmigrants.org"),
    Org("Migrante Canada", "", "CA", "Toronto", "America/Toronto", "migrante.ca"),
    Org("National Alliance for Filipino Concerns", "NAFCON", "US", "Chicago", "America/Chicago", "nafconusa.org"),
    Org("Migrante USA", "", "US", "New York", "America/New_York", ""),
    Org("Gabriela Aotearoa", "", "NZ", "Auckland", "Pacific/Auckland", ""),
    Org("Migrant Action Trust", "", "NZ", "Auckland", "Pacific/Auckland", ""),
    Org("Migrante UK", "", "GB", "London", "Europe/London", ""),
    Org("Asia Pacific Forum on Women, Law and Development", "APWLD", "TH", "Chiang Mai", "Asia/Bangkok", "apwld.org"),
    Org("KABAR BUMI", "", "ID", "Jakarta", "Asia/Jakarta", ""),
    Org("Migrante International", "", "PH", "Quezon City", "Asia/Manila", ""),
    Org("ILPS Commission 10", "", "", "", "", ""),
    Org("International Women's Alliance", "IWA", "", "", "", ""),
    Org("Asia Pacific Network of Environmental Defenders", "APNED", "", "", "", ""),
    Org("Int'l Indigenous Peoples Movement for Self Determination & Liberation", "IPMSDL", "PH", "", "Asia/Manila", ""),
    Org("People's Coalition on Food Sovereignty", "PCFS", "", "", "", ""),
];

// name, organisation, role, email
const PEOPLE: &[(&str, &str, &str, &str)] = &[
    ("Dana Reyes", "Migrante Canada", "Chair", "chair@migrante.example.org"),
    ("Carlos Santos", "Migrante Canada", "Secretary-General", "secgen@migrante.example.org"),
    ("Mei Ling Cheung", "International Migrants Alliance", "Secretariat coordinator", "secretariat@ima.example.org"),
    ("Joy Manalo", "National Alliance for Filipino Concerns", "Media officer", "media@nafcon.example.org"),
    ("Aroha Williams", "Gabriela Aotearoa", "Coordinator", "kiaora@gabriela-nz.example.org"),
    ("Sri Wahyuni", "KABAR BUMI", "Campaigns", "kampanye@kabarbumi.example.org"),
    ("Ploy Srisuk", "Asia Pacific Forum on Women, Law and Development", "Programme officer", "ploy@apwld.example.org"),
    ("Tom Hughes", "Migrante UK", "Organiser", "organise@migranteuk.example.org"),
];

pub fn load(store: &mut Store) -> Result<DemoReport> {
    let mut report = DemoReport::default();
    let mut org_id = std::collections::HashMap::new();
    for o in ORGS {
        let id = match store.find_organisation_by_name(o.0)? {
            Some(existing) => existing.id,
            None => {
                report.organisations += 1;
                let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
                store
                    .create_organisation(&OrganisationInput {
                        name: o.0.into(),
                        short_name: opt(o.1),
                        country: opt(o.2),
                        city: opt(o.3),
                        zone: opt(o.4),
                        website: opt(o.5),
                        ..Default::default()
                    })?
                    .id
            }
        };
        org_id.insert(o.0, id);
    }
    let id = |name: &str| org_id[name];
    for (name, org, role, email) in PEOPLE {
        if store.list_people(Some(id(org)), Some(name))?.iter().any(|p| p.name == *name) {
            continue;
        }
        report.people += 1;
        store.create_person(&PersonInput {
            name: name.to_string(),
            organisation_id: Some(id(org)),
            role: Some(role.to_string()),
            email: Some(email.to_string()),
            ..Default::default()
        })?;
    }
    for (campaign, events) in campaigns(&id) {
        let campaign_id = match store.find_campaign(&campaign.title, &campaign.start_date)? {
            Some(existing) => existing,
            None => {
                report.campaigns += 1;
                store.create_campaign(&campaign)?.id
            }
        };
        for (uid, mut event) in events {
            if store.find_event_by_uid(uid)?.is_none() {
                report.events += 1;
                event.campaign_id = Some(campaign_id);
                store.create_event_with_uid(&event, uid)?;
            }
        }
    }
    let meeting = "demo-weekly-chapter-meeting@campaign-desk";
    if store.find_event_by_uid(meeting)?.is_none() {
        report.events += 1;
        store.create_event_with_uid(
            &EventInput {
                title: "Migrante Canada weekly chapter meeting".into(),
                kind: EventKind::Meeting,
                start: "2025-01-07T19:00".into(),
                end: "2025-01-07T20:30".into(),
                zone: Some("America/Toronto".into()),
                rrule: Some("FREQ=WEEKLY;BYDAY=TU".into()),
                mode: EventMode::Online,
                online_url: Some("https://meet.example.org/migrante-canada".into()),
                organisations: vec![role(id("Migrante Canada"), OrgRole::Lead)],
                ..Default::default()
            },
            meeting,
        )?;
    }
    if let Some(burma) = store.find_campaign(BURMA_STATEMENT.campaign, BURMA_STATEMENT.campaign_start)? {
        if !store.list_statements(Some(burma), None)?.iter().any(|s| s.title == BURMA_STATEMENT.title) {
            report.statements += 1;
            store.create_statement(
                &StatementInput {
                    kind: StatementKind::SolidarityMessage,
                    title: BURMA_STATEMENT.title.into(),
                    campaign_id: Some(burma),
                    dated: Some("2025-02-03".into()),
                    issuer_ids: vec![id("International Migrants Alliance")],
                    hashtags: vec!["SolidarityWithBurma".into()],
                    ..Default::default()
                },
                BURMA_STATEMENT.body,
            )?;
        }
    }
    Ok(report)
}

struct DemoStatement {
    campaign: &'static str,
    campaign_start: &'static str,
    title: &'static str,
    body: &'static str,
}

/// The month's statement, in the words of the sample page's post of 3 February 2025.
const BURMA_STATEMENT: DemoStatement = DemoStatement {
    campaign: "Solidarity Month for the peoples of Burma",
    campaign_start: "2025-02-01",
    title: "Stand with the peoples of Burma",
    body: "February 2025 is the Solidarity Month for the peoples of Burma.\n\n\
           For four years, the military junta has unleashed a brutal regime, plunging the country into chaos. The \
           economy is in ruins, indigenous communities face relentless violence, and aerial bombings have devastated \
           lives. Human rights violations are rampant, widespread hunger grips the nation, and job losses have left \
           millions in despair.\n\n\
           **Stand with Burma in their fight for freedom, justice, and dignity.**",
};

fn role(organisation_id: i64, role: OrgRole) -> OrgInRole {
    OrgInRole { organisation_id, organisation_name: String::new(), role }
}

type Plan = Vec<(CampaignInput, Vec<(&'static str, EventInput)>)>;

fn campaigns(id: &dyn Fn(&str) -> i64) -> Plan {
    let timed = |title: &str, kind, start: &str, end: &str, zone: &str| EventInput {
        title: title.into(),
        kind,
        start: start.into(),
        end: end.into(),
        zone: Some(zone.into()),
        reminders: vec![60],
        ..Default::default()
    };
    let all_day = |title: &str, kind, start: &str, end: &str| EventInput {
        title: title.into(),
        kind,
        all_day: true,
        start: start.into(),
        end: end.into(),
        ..Default::default()
    };
    vec![
        (
            CampaignInput {
                title: "Solidarity Month for the peoples of Burma".into(),
                kind: CampaignKind::SolidarityMonth,
                summary: Some("February is the Solidarity Month for the peoples of Burma.".into()),
                description: Some(
                    "For four years, the military junta has unleashed a brutal regime. Stand with Burma in their \
                     fight for freedom, justice, and dignity."
                        .into(),
                ),
                start_date: "2025-02-01".into(),
                end_date: "2025-02-28".into(),
                zone: "Asia/Hong_Kong".into(),
                hashtags: vec!["#StandWithBurma".into(), "#SolidarityMonth".into()],
                colour: "#b4442f".into(),
                status: CampaignStatus::Active,
                organisations: [
                    "ILPS Commission 10",
                    "International Women's Alliance",
                    "International Migrants Alliance",
                    "Asia Pacific Network of Environmental Defenders",
                    "Int'l Indigenous Peoples Movement for Self Determination & Liberation",
                    "People's Coalition on Food Sovereignty",
                ]
                .iter()
                .map(|n| role(id(n), OrgRole::CoOrganiser))
                .collect(),
            },
            vec![
                (
                    "demo-karen-revolution-anniversary@campaign-desk",
                    EventInput {
                        rrule: Some("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31".into()),
                        ..all_day("Karen Revolution Anniversary", EventKind::Anniversary, "2025-01-31", "2025-01-31")
                    },
                ),
                (
                    "demo-zero-in-burma-webinar@campaign-desk",
                    EventInput {
                        mode: EventMode::Online,
                        online_url: Some("https://meet.example.org/zero-in-burma".into()),
                        registration_url: Some("https://bit.ly/ZeroInBurma".into()),
                        ..timed(
                            "ZERO IN: BURMA [WEBINAR]",
                            EventKind::Webinar,
                            "2025-02-18T20:00",
                            "2025-02-18T21:30",
                            "Asia/Manila",
                        )
                    },
                ),
                (
                    "demo-burma-days-of-action@campaign-desk",
                    all_day(
                        "Days of Action for the people of Burma",
                        EventKind::DayOfAction,
                        "2025-02-21",
                        "2025-02-23",
                    ),
                ),
            ],
        ),
        (
            CampaignInput {
                title: "International Women's Day 2025 — Aotearoa".into(),
                kind: CampaignKind::WomensDay,
                summary: Some(
                    "Inspirational stories from women, celebrating their wins, connecting with new friends.".into(),
                ),
                start_date: "2025-03-07".into(),
                end_date: "2025-03-08".into(),
                zone: "Pacific/Auckland".into(),
                hashtags: vec!["#IWD2025".into()],
                colour: "#8e3fb0".into(),
                organisations: vec![
                    role(id("Migrant Action Trust"), OrgRole::Lead),
                    role(id("Gabriela Aotearoa"), OrgRole::CoOrganiser),
                ],
                ..Default::default()
            },
            vec![(
                "demo-iwd-auckland@campaign-desk",
                EventInput {
                    location: Some("Wesley Community Centre Gymnasium, 740 Sandringham Road Extn., 1041".into()),
                    registration_url: Some("https://tinyurl.com/Women2025".into()),
                    ..timed(
                        "Celebrate International Women's Day",
                        EventKind::Rally,
                        "2025-03-07T11:00",
                        "2025-03-07T13:30",
                        "Pacific/Auckland",
                    )
                },
            )],
        ),
        (
            CampaignInput {
                title: "Stop the attacks on Filipino migrants in the US".into(),
                kind: CampaignKind::PressConference,
                start_date: "2025-02-06".into(),
                end_date: "2025-02-06".into(),
                zone: "America/Chicago".into(),
                hashtags: vec!["#TanggolMigrante".into()],
                colour: "#1f7a5a".into(),
                organisations: vec![
                    role(id("National Alliance for Filipino Concerns"), OrgRole::Lead),
                    role(id("Migrante USA"), OrgRole::CoOrganiser),
                ],
                ..Default::default()
            },
            vec![(
                "demo-press-conference-chicago@campaign-desk",
                EventInput {
                    mode: EventMode::Hybrid,
                    location: Some("Chicago, IL".into()),
                    online_url: Some("https://meet.example.org/dmcpresscon25".into()),
                    registration_url: Some("https://tinyurl.com/dmcpresscon25".into()),
                    ..timed(
                        "Urgent press conference on ICE raids",
                        EventKind::PressConference,
                        "2025-02-06T11:00",
                        "2025-02-06T12:00",
                        "America/Chicago",
                    )
                },
            )],
        ),
        (
            CampaignInput {
                title: "Marriage migration at the GCM regional review".into(),
                kind: CampaignKind::SideEvent,
                start_date: "2025-02-04".into(),
                end_date: "2025-02-07".into(),
                zone: "Asia/Bangkok".into(),
                colour: "#c07a12".into(),
                organisations: vec![
                    role(id("Asia Pacific Forum on Women, Law and Development"), OrgRole::Lead),
                    role(id("KABAR BUMI"), OrgRole::CoOrganiser),
                ],
                ..Default::default()
            },
            vec![(
                "demo-gcm-side-event-bangkok@campaign-desk",
                EventInput {
                    mode: EventMode::Hybrid,
                    location: Some("United Nations Conference Centre, Bangkok".into()),
                    online_url: Some("https://meet.example.org/gcm-marriage-migration".into()),
                    registration_url: Some("https://bit.ly/MarriageMigrationatGCM2025".into()),
                    ..timed(
                        "Integrating Marriage Migration into the GCM Implementation",
                        EventKind::SideEvent,
                        "2025-02-06T13:15",
                        "2025-02-06T14:45",
                        "Asia/Bangkok",
                    )
                },
            )],
        ),
    ]
}
