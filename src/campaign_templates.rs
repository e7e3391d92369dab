//! What each kind of campaign usually holds, laid out from a start date: its dates, its skeleton events and its
//! checklist. Pure: the caller shows the plan, lets the coordinator change it, and saves it
//! (`Store::create_campaign_plan`).

use chrono::{Duration, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::{CampaignInput, CampaignKind, EventInput, EventKind, EventMode, EventStatus, TaskInput};
use crate::store::CampaignPlan;

crate::domain::string_enum!(
    /// The templates of `campaign new --template`.
    CampaignTemplate {
        SolidarityMonth = "solidarity_month",
        DayOfAction = "day_of_action",
        Webinar = "webinar",
        PressConference = "press_conference",
        Anniversary = "anniversary",
    }
);

/// The plan of a `template` campaign titled `title` starting on `start`, its times in `zone`.
pub fn plan(template: CampaignTemplate, start: NaiveDate, title: &str, zone: &str) -> CampaignPlan {
    let day = |offset: i64| (start + Duration::days(offset)).to_string();
    let at = |offset: i64, hm: &str| format!("{}T{hm}", day(offset));
    let timed = |title: String, kind: EventKind, offset: i64, from: &str, to: &str, mode: EventMode| EventInput {
        title,
        kind,
        start: at(offset, from),
        end: at(offset, to),
        zone: Some(zone.to_string()),
        mode,
        // Skeleton events wait for their links and places: tentative until the coordinator confirms them.
        status: EventStatus::Tentative,
        reminders: vec![60 * 24, 30],
        ..Default::default()
    };
    let days = |title: String, kind: EventKind, first: i64, last: i64| EventInput {
        title,
        kind,
        all_day: true,
        status: EventStatus::Tentative,
        start: day(first),
        end: day(last),
        reminders: vec![60 * 24],
        ..Default::default()
    };
    let task = |title: &str, offset: i64| TaskInput {
        title: title.to_string(),
        due_date: Some(day(offset)),
        ..Default::default()
    };
    let campaign = |kind: CampaignKind, last: NaiveDate| CampaignInput {
        title: title.to_string(),
        kind,
        start_date: start.to_string(),
        end_date: last.to_string(),
        zone: zone.to_string(),
        ..Default::default()
    };
    match template {
        CampaignTemplate::SolidarityMonth => {
            let last =
                start.checked_add_months(Months::new(1)).unwrap_or(start + Duration::days(30)) - Duration::days(1);
            let end = (last - start).num_days();
            CampaignPlan {
                campaign: campaign(CampaignKind::SolidarityMonth, last),
                events: vec![
                    timed(format!("Opening: {title}"), EventKind::Rally, 0, "18:00", "20:00", EventMode::Hybrid),
                    timed(format!("Webinar: {title}"), EventKind::Webinar, 14, "20:00", "21:30", EventMode::Online),
                    days(format!("Days of action: {title}"), EventKind::DayOfAction, 20, 22),
                    timed(format!("Closing: {title}"), EventKind::Meeting, end, "19:00", "20:30", EventMode::Hybrid),
                ],
                tasks: vec![
                    task("Draft the call and the statement", -21),
                    task("Confirm co-organisers and endorsements", -14),
                    task("Book speakers and interpreters for the webinar", 0),
                    task("Announce the webinar and open registration", 7),
                    task("Prepare materials for the days of action", 14),
                    task("Report back and thank the partners", end + 7),
                ],
            }
        }
        CampaignTemplate::DayOfAction => CampaignPlan {
            campaign: campaign(CampaignKind::DayOfAction, start),
            events: vec![days(title.to_string(), EventKind::DayOfAction, 0, 0)],
            tasks: vec![
                task("Agree on the demands and the call", -14),
                task("Prepare banners, placards and flyers", -7),
                task("Brief the press", -2),
                task("Share photos and the report", 2),
            ],
        },
        CampaignTemplate::Webinar => CampaignPlan {
            campaign: CampaignInput { start_date: day(-14), ..campaign(CampaignKind::WebinarSeries, start) },
            events: vec![timed(title.to_string(), EventKind::Webinar, 0, "20:00", "21:30", EventMode::Online)],
            tasks: vec![
                task("Confirm the speakers and the moderator", -14),
                task("Open registration and get the link", -10),
                task("Announce on every platform", -7),
                task("Send the reminder with the link", -1),
                task("Share the recording", 3),
            ],
        },
        CampaignTemplate::PressConference => CampaignPlan {
            campaign: campaign(CampaignKind::PressConference, start),
            events: vec![timed(title.to_string(), EventKind::PressConference, 0, "10:00", "11:00", EventMode::Hybrid)],
            tasks: vec![
                task("Write the media advisory", -3),
                task("Send the advisory to the media list", -2),
                task("Prepare the speakers' talking points", -1),
                task("Send the press release", 0),
            ],
        },
        CampaignTemplate::Anniversary => CampaignPlan {
            campaign: campaign(CampaignKind::Anniversary, start),
            events: vec![EventInput {
                rrule: Some("FREQ=YEARLY".into()),
                ..days(title.to_string(), EventKind::Anniversary, 0, 0)
            }],
            tasks: vec![
                task("Choose this year's theme", -30),
                task("Draft the statement", -14),
                task("Announce the commemoration", -7),
            ],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_makes_a_valid_plan() {
        let start = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
        for t in CampaignTemplate::ALL {
            let p = plan(*t, start, "Solidarity with the peoples of Burma", "Asia/Manila");
            p.campaign.validated().unwrap_or_else(|e| panic!("{t}: campaign {e}"));
            for e in &p.events {
                e.validated().unwrap_or_else(|err| panic!("{t}: event {}: {err}", e.title));
                assert!(e.start.as_str() >= p.campaign.start_date.as_str(), "{t}: {} before the campaign", e.title);
                assert!(
                    e.end.get(..10).unwrap() <= p.campaign.end_date.as_str(),
                    "{t}: {} after the campaign",
                    e.title
                );
            }
            for task in &p.tasks {
                task.validated().unwrap_or_else(|err| panic!("{t}: task {}: {err}", task.title));
            }
            assert!(!p.events.is_empty() && !p.tasks.is_empty(), "{t}");
        }
    }

    #[test]
    fn a_solidarity_month_spans_the_month_with_its_key_dates() {
        let p = plan(
            CampaignTemplate::SolidarityMonth,
            NaiveDate::from_ymd_opt(2026, 2, 1).unwrap(),
            "Burma",
            "Asia/Manila",
        );
        assert_eq!((p.campaign.start_date.as_str(), p.campaign.end_date.as_str()), ("2026-02-01", "2026-02-28"));
        let starts: Vec<&str> = p.events.iter().map(|e| e.start.as_str()).collect();
        assert_eq!(starts, ["2026-02-01T18:00", "2026-02-15T20:00", "2026-02-21", "2026-02-28T19:00"]);
        assert_eq!(p.events[2].end, "2026-02-23", "three days of action, last day inclusive");
        assert_eq!(p.tasks[0].due_date.as_deref(), Some("2026-01-11"));
        assert_eq!("solidarity-month".parse::<CampaignTemplate>(), Ok(CampaignTemplate::SolidarityMonth));
    }
}
