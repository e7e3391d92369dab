//! Announcements from what the store holds: an event's occurrence (with this year's changes: its own title,
//! place, links and partners) or a whole campaign with its key dates, through the pure composer in `announce`.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::announce::{compose_campaign, compose_event, Announcement, CampaignFacts, EventFacts, KeyDate, Lang, When};
use crate::calendar::{expand, Occurrence, Window};
use crate::domain::{Event, EventStatus, OrgInRole, OrgRole, Platform};
use crate::error::{Error, Result};
use crate::store::Store;

/// How to write it: where, in which language, with which partner zones (empty: the settings' partner zones).
pub struct Request<'a> {
    pub platform: Platform,
    pub lang: &'a str,
    pub zones: &'a [String],
    /// A template for this one request; else the user's saved one for the platform and language (Settings), else
    /// the built-in one.
    pub template: Option<&'a str>,
}

struct Resolved {
    lang: Lang,
    zones: Vec<Tz>,
    /// The user's template for this platform, language and kind, when there is one.
    saved_template: Option<String>,
}

fn resolve(store: &Store, r: &Request, campaign: bool) -> Result<Resolved> {
    let lang = Lang::parse(r.lang).map_err(|m| Error::invalid_msg("lang", m))?;
    let saved_template = store
        .settings()?
        .announcement_templates
        .into_iter()
        // `Lang::parse` reads the primary subtag, so a template saved for "es" serves "es-MX" too.
        .find(|t| t.platform == r.platform && t.campaign == campaign && Lang::parse(&t.lang).ok() == Some(lang))
        .map(|t| t.text);
    let zones = if r.zones.is_empty() {
        store.partner_zones()?
    } else {
        r.zones
            .iter()
            .map(|z| crate::validate::zone_problem(z.trim()).map_err(|m| Error::invalid_msg("zones", m)))
            .collect::<Result<_>>()?
    };
    Ok(Resolved { lang, zones, saved_template })
}

/// The event's occurrence starting at local `at` (its original start, for a series) or, without `at`, the next
/// one from `now` (the first, when all are past).
pub fn for_event(store: &Store, id: i64, at: Option<&str>, now: DateTime<Utc>, r: &Request) -> Result<Announcement> {
    let Resolved { lang, zones, saved_template } = resolve(store, r, false)?;
    let template = r.template.or(saved_template.as_deref());
    let event = store.get_event(id)?;
    let occurrence = pick_occurrence(&event, at, now)?;
    if occurrence.status == EventStatus::Cancelled {
        return Err(Error::invalid_msg("at", crate::msg!("core-occurrence-cancelled", title = &event.title)));
    }
    let campaign = event.campaign_id.map(|c| store.get_campaign(c)).transpose()?;
    let own = occurrence.recurrence_id.as_deref().and_then(|rid| event.changes.iter().find(|c| c.recurrence_id == rid));
    let orgs = own.and_then(|c| c.organisations.clone()).unwrap_or_else(|| event.organisations.clone());
    let orgs =
        if orgs.is_empty() { campaign.as_ref().map(|c| c.organisations.clone()).unwrap_or_default() } else { orgs };
    let pick = |mine: Option<&Option<String>>, series: &Option<String>| match mine {
        Some(Some(v)) => Some(v.clone()),
        _ => series.clone(),
    };
    let facts = EventFacts {
        title: occurrence.title.to_string(),
        when: when_of(&occurrence)?,
        location: pick(own.map(|c| &c.location), &event.location),
        online_url: pick(own.map(|c| &c.online_url), &event.online_url),
        registration_url: pick(own.map(|c| &c.registration_url), &event.registration_url),
        organisers: organiser_names(&orgs),
        hashtags: campaign.map(|c| c.hashtags).unwrap_or_default(),
        description: pick(own.map(|c| &c.description), &event.description),
    };
    Ok(compose_event(&facts, r.platform, lang, &zones, template))
}

/// The campaign with its key dates: its events' occurrences within its dates, cancelled ones left out.
pub fn for_campaign(store: &Store, id: i64, r: &Request) -> Result<Announcement> {
    let Resolved { lang, zones, saved_template } = resolve(store, r, true)?;
    let template = r.template.or(saved_template.as_deref());
    let campaign = store.get_campaign(id)?;
    let date = |field: &str, v: &str| {
        NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .map_err(|_| Error::invalid_msg(field, crate::msg!("core-not-a-date", value = v)))
    };
    let (first, last) = (date("start_date", &campaign.start_date)?, date("end_date", &campaign.end_date)?);
    let zone = crate::validate::zone_problem(&campaign.zone).map_err(|m| Error::invalid_msg("zone", m))?;
    let window = Window { from: first, to: last + Duration::days(1), zone };
    let mut key_dates = Vec::new();
    for o in store.occurrences(&window, None, Some(id))? {
        if o.status != EventStatus::Cancelled {
            key_dates.push(KeyDate { title: o.title.to_string(), when: when_of(&o)? });
        }
    }
    let facts = CampaignFacts {
        title: campaign.title.clone(),
        first,
        last,
        summary: campaign.summary.clone().or(campaign.description.clone()),
        organisers: organiser_names(&campaign.organisations),
        hashtags: campaign.hashtags.clone(),
        key_dates,
    };
    Ok(compose_campaign(&facts, r.platform, lang, &zones, template))
}

fn pick_occurrence(event: &Event, at: Option<&str>, now: DateTime<Utc>) -> Result<Occurrence> {
    let around = |from: NaiveDate, to: NaiveDate| -> Result<Vec<Occurrence>> {
        expand(event, &Window { from, to, zone: chrono_tz::UTC }, None).map_err(|m| Error::invalid("event", m))
    };
    match at {
        Some(at) => {
            // The instance's key as the calendar writes it: its local start, a date for all-day events.
            let (key, day) = if event.all_day {
                let d = crate::validate::date_problem(at).map_err(|m| Error::invalid_msg("at", m))?;
                (d.to_string(), d)
            } else {
                let t = crate::validate::local_datetime_problem(at).map_err(|m| Error::invalid_msg("at", m))?;
                (t.format("%Y-%m-%dT%H:%M").to_string(), t.date())
            };
            // A changed instance may have moved far from its original start: look a year either side.
            let found = around(day - Duration::days(400), day + Duration::days(400))?.into_iter().find(|o| {
                o.recurrence_id.as_deref() == Some(key.as_str())
                    || (o.recurrence_id.is_none() && o.start.starts_with(&key))
            });
            found.ok_or_else(|| {
                Error::invalid_msg("at", crate::msg!("core-no-occurrence-at", title = &event.title, at = at))
            })
        }
        None => {
            let today = now.date_naive();
            let next = around(today, today + Duration::days(3 * 366))?
                .into_iter()
                .find(|o| o.status != EventStatus::Cancelled && o.start.as_str() >= today.to_string().as_str());
            match next {
                Some(o) => Ok(o),
                None => {
                    let start = event.start.get(..10).unwrap_or(&event.start);
                    let first = NaiveDate::parse_from_str(start, "%Y-%m-%d")
                        .map_err(|_| Error::invalid_msg("start", crate::msg!("core-not-a-date", value = start)))?;
                    around(first - Duration::days(1), first + Duration::days(2))?.into_iter().next().ok_or_else(|| {
                        Error::invalid_msg("at", crate::msg!("core-nothing-to-announce", title = &event.title))
                    })
                }
            }
        }
    }
}

fn when_of(o: &Occurrence) -> Result<When> {
    let bad = |what: &str| {
        Error::invalid_msg("event", crate::msg!("core-occurrence-unreadable", part = what, title = &*o.title))
    };
    if o.all_day {
        let first = NaiveDate::parse_from_str(&o.start, "%Y-%m-%d").map_err(|_| bad("start"))?;
        let after = NaiveDate::parse_from_str(&o.end, "%Y-%m-%d").map_err(|_| bad("end"))?;
        return Ok(When::Days { first, last: (after - Duration::days(1)).max(first) });
    }
    let zone: Tz = o.zone.as_deref().and_then(|z| z.parse().ok()).ok_or_else(|| bad("zone"))?;
    let read = |s: &str| DateTime::parse_from_rfc3339(s).map(|d| d.with_timezone(&zone));
    Ok(When::Timed { start: read(&o.start).map_err(|_| bad("start"))?, end: read(&o.end).map_err(|_| bad("end"))? })
}

/// Leads and co-organisers speak for the event; partners, endorsers and sponsors are not "organised by".
fn organiser_names(orgs: &[OrgInRole]) -> Vec<String> {
    orgs.iter()
        .filter(|o| matches!(o.role, OrgRole::Lead | OrgRole::CoOrganiser))
        .map(|o| o.organisation_name.clone())
        .collect()
}
