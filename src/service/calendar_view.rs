//! What the calendar view shows: occurrences in a window and the campaigns running in it, narrowed by campaign,
//! organisation and kind.

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::calendar::{CalendarWindow, Occurrence, Window};
use crate::domain::EventKind;
use crate::error::Result;
use crate::store::Store;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct CalendarFilter {
    pub campaign_id: Option<i64>,
    /// Events the organisation takes part in itself or through its campaign.
    pub organisation_id: Option<i64>,
    pub kind: Option<EventKind>,
}

/// Occurrences and campaign spans. Spans follow the campaign and organisation filters; a kind filter asks for
/// events of that kind only, so it hides them. `per_day`: thinned to that many lines a day, as a month or year
/// cell shows them ([`CalendarWindow::thinned_by_day`]).
pub fn window(
    store: &Store,
    window: &Window,
    express_in: Option<Tz>,
    filter: &CalendarFilter,
    per_day: Option<u32>,
) -> Result<CalendarWindow> {
    let occurrences = occurrences(store, window, express_in, filter)?;
    let mut campaign_spans =
        if filter.kind.is_some() { Vec::new() } else { store.campaign_spans(window, filter.campaign_id)? };
    if let Some(org) = filter.organisation_id {
        let involved = store.campaigns_involving(org)?;
        campaign_spans.retain(|s| involved.contains(&s.campaign_id));
    }
    let shown = CalendarWindow::new(occurrences, campaign_spans);
    Ok(match per_day {
        Some(n) => shown.thinned_by_day(n),
        None => shown,
    })
}

pub fn occurrences(
    store: &Store,
    window: &Window,
    express_in: Option<Tz>,
    filter: &CalendarFilter,
) -> Result<Vec<Occurrence>> {
    let mut list = store.occurrences(window, express_in, filter.campaign_id)?;
    if let Some(kind) = filter.kind {
        list.retain(|o| o.kind == kind);
    }
    if let Some(org) = filter.organisation_id {
        let involved = store.events_involving(org)?;
        list.retain(|o| involved.contains(&o.event_id));
    }
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{EventInput, OrgInRole, OrgRole, OrganisationInput};

    #[test]
    fn kind_and_organisation_narrow_the_view() {
        let mut store = Store::open_in_memory().unwrap();
        let org =
            store.create_organisation(&OrganisationInput { name: "Migrante".into(), ..Default::default() }).unwrap();
        let other = store.create_organisation(&OrganisationInput { name: "IWA".into(), ..Default::default() }).unwrap();
        let event = |title: &str, kind, orgs: Vec<i64>| EventInput {
            title: title.into(),
            kind,
            all_day: true,
            start: "2025-02-10".into(),
            end: "2025-02-10".into(),
            organisations: orgs
                .into_iter()
                .map(|id| OrgInRole {
                    organisation_id: id,
                    organisation_name: String::new(),
                    role: OrgRole::CoOrganiser,
                })
                .collect(),
            ..Default::default()
        };
        store.create_event(&event("Webinar with Migrante", EventKind::Webinar, vec![org.id])).unwrap();
        store.create_event(&event("Rally with Migrante", EventKind::Rally, vec![org.id, other.id])).unwrap();
        store.create_event(&event("Webinar alone", EventKind::Webinar, vec![])).unwrap();
        let window =
            Window { from: "2025-02-01".parse().unwrap(), to: "2025-03-01".parse().unwrap(), zone: chrono_tz::UTC };
        let titles = |f: CalendarFilter| -> Vec<String> {
            occurrences(&store, &window, None, &f).unwrap().into_iter().map(|o| o.title.to_string()).collect()
        };
        assert_eq!(titles(CalendarFilter::default()).len(), 3);
        assert_eq!(
            titles(CalendarFilter { kind: Some(EventKind::Webinar), ..Default::default() }),
            vec!["Webinar alone", "Webinar with Migrante"]
        );
        assert_eq!(
            titles(CalendarFilter {
                organisation_id: Some(org.id),
                kind: Some(EventKind::Webinar),
                ..Default::default()
            }),
            vec!["Webinar with Migrante"]
        );
        assert_eq!(
            titles(CalendarFilter { organisation_id: Some(other.id), ..Default::default() }),
            vec!["Rally with Migrante"]
        );

        let campaign = store
            .create_campaign(&crate::domain::CampaignInput {
                title: "Solidarity Month".into(),
                kind: crate::domain::CampaignKind::SolidarityMonth,
                start_date: "2025-02-01".into(),
                end_date: "2025-02-28".into(),
                zone: "Asia/Manila".into(),
                organisations: vec![OrgInRole {
                    organisation_id: other.id,
                    organisation_name: String::new(),
                    role: OrgRole::Lead,
                }],
                ..Default::default()
            })
            .unwrap();
        let spans = |f: CalendarFilter| -> Vec<i64> {
            super::window(&store, &window, None, &f, None)
                .unwrap()
                .campaign_spans
                .iter()
                .map(|s| s.campaign_id)
                .collect()
        };
        assert_eq!(spans(CalendarFilter::default()), vec![campaign.id]);
        assert_eq!(spans(CalendarFilter { organisation_id: Some(other.id), ..Default::default() }), vec![campaign.id]);
        assert!(spans(CalendarFilter { organisation_id: Some(org.id), ..Default::default() }).is_empty());
        assert!(spans(CalendarFilter { kind: Some(EventKind::Webinar), ..Default::default() }).is_empty());

        // Two lines a day: the day's three events are the first and "+2 more"; its two webinars fit, as they are
        // thinned after the filter. The campaign's band stays.
        let thinned =
            |f: CalendarFilter, per_day: u32| super::window(&store, &window, None, &f, Some(per_day)).unwrap();
        let month = thinned(CalendarFilter::default(), 2);
        assert_eq!(month.occurrences.len(), 1);
        assert_eq!(month.crowded_days, [crate::calendar::CrowdedDay { day: "2025-02-10".into(), hidden: 2 }]);
        assert_eq!(month.campaign_spans.len(), 1);
        let webinars = thinned(CalendarFilter { kind: Some(EventKind::Webinar), ..Default::default() }, 2);
        assert_eq!(webinars.occurrences.len(), 2);
        assert!(webinars.crowded_days.is_empty());
        assert!(super::window(&store, &window, None, &CalendarFilter::default(), None)
            .unwrap()
            .crowded_days
            .is_empty());
    }
}
