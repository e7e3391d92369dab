//! What the calendar view shows: occurrences in a window, narrowed by campaign, organisation and kind.

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::calendar::{Occurrence, Window};
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
            occurrences(&store, &window, None, &f).unwrap().into_iter().map(|o| o.title).collect()
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
    }
}
