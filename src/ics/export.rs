//! Writing a VCALENDAR of events: one VTIMEZONE per zone used, one VEVENT per event plus one per changed occurrence.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Offset, Utc};
use chrono_tz::Tz;

use super::text::{escape_text, fold_line};
use super::vtimezone::vtimezone;
use crate::calendar::{one_line, resolve_local};
use crate::domain::{Campaign, Event, EventStatus, OccurrenceChange, OrgInRole, OrgRole, Organisation, Task};
use crate::time_text::{basic_date_text, basic_text};

/// What the export needs besides the events: names for CATEGORIES and co-organiser lines, the leads' details for
/// ORGANIZER and CONTACT, the partner zones for the time line, and the moment for DTSTAMP.
pub struct ExportContext<'a> {
    pub name: &'a str,
    pub campaigns: &'a [Campaign],
    pub organisations: &'a [Organisation],
    pub partner_zones: &'a [Tz],
    pub now: DateTime<Utc>,
}

/// How far ahead an open-ended series' zone data must reach.
const OPEN_ENDED_YEARS: i32 = 5;

pub fn export(events: &[Event], ctx: &ExportContext) -> String {
    export_with_tasks(events, &[], ctx)
}

/// The calendar with campaigns' tasks as VTODOs after the events (clients that show tasks list them; the rest skip
/// them).
pub fn export_with_tasks(events: &[Event], tasks: &[Task], ctx: &ExportContext) -> String {
    let campaigns: HashMap<i64, &Campaign> = ctx.campaigns.iter().map(|c| (c.id, c)).collect();
    let orgs: HashMap<i64, &Organisation> = ctx.organisations.iter().map(|o| (o.id, o)).collect();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        format!("PRODID:-//Campaign Desk//Campaign Desk {}//EN", crate::VERSION),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("NAME:{}", escape_text(ctx.name)),
        format!("X-WR-CALNAME:{}", escape_text(ctx.name)),
        "REFRESH-INTERVAL;VALUE=DURATION:PT12H".into(),
        "X-PUBLISHED-TTL:PT12H".into(),
    ];
    for (tz, (from, to)) in zone_years(events, ctx.now.year()) {
        if let Ok(tz) = tz.parse::<Tz>() {
            lines.extend(vtimezone(tz, from, to));
        }
    }
    let dtstamp = format!("DTSTAMP:{}", ctx.now.format("%Y%m%dT%H%M%SZ"));
    for e in events {
        let campaign = e.campaign_id.and_then(|id| campaigns.get(&id).copied());
        lines.extend(vevent(e, None, campaign, &orgs, ctx, &dtstamp));
        for change in &e.changes {
            lines.extend(vevent(e, Some(change), campaign, &orgs, ctx, &dtstamp));
        }
    }
    for t in tasks {
        lines.extend(super::todo::vtodo(t, campaigns.get(&t.campaign_id).copied(), &dtstamp));
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::with_capacity(lines.iter().map(|l| l.len() + 4).sum());
    for l in &lines {
        fold_line(l, &mut out);
    }
    out
}

/// One event as a scheduling message (iTIP, RFC 5546: `method` REQUEST …): the VEVENTs the export writes — the
/// series and each changed occurrence — each with `people` (ORGANIZER and ATTENDEE lines) instead of the
/// ORGANIZER the export derives from the lead.
pub(super) fn scheduling_message(e: &Event, ctx: &ExportContext, method: &str, people: &[String]) -> String {
    let campaign = e.campaign_id.and_then(|id| ctx.campaigns.iter().find(|c| c.id == id));
    let orgs: HashMap<i64, &Organisation> = ctx.organisations.iter().map(|o| (o.id, o)).collect();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        format!("PRODID:-//Campaign Desk//Campaign Desk {}//EN", crate::VERSION),
        "CALSCALE:GREGORIAN".into(),
        format!("METHOD:{method}"),
    ];
    for (tz, (from, to)) in zone_years(std::slice::from_ref(e), ctx.now.year()) {
        if let Ok(tz) = tz.parse::<Tz>() {
            lines.extend(vtimezone(tz, from, to));
        }
    }
    let dtstamp = format!("DTSTAMP:{}", ctx.now.format("%Y%m%dT%H%M%SZ"));
    let changes = e.changes.iter().map(Some);
    for change in std::iter::once(None).chain(changes) {
        let mut event = vevent(e, change, campaign, &orgs, ctx, &dtstamp);
        event.retain(|l| !l.starts_with("ORGANIZER"));
        let end = event.len() - 1;
        event.splice(end..end, people.iter().cloned());
        lines.extend(event);
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::with_capacity(lines.iter().map(|l| l.len() + 4).sum());
    for l in &lines {
        fold_line(l, &mut out);
    }
    out
}

/// For each zone used, the first and last year its VTIMEZONE must cover.
fn zone_years(events: &[Event], this_year: i32) -> BTreeMap<String, (i32, i32)> {
    let mut years: BTreeMap<String, (i32, i32)> = BTreeMap::new();
    for e in events.iter().filter(|e| !e.all_day) {
        let Some(zone) = &e.zone else { continue };
        let first = year_of(&e.start);
        let mut last = year_of(&e.end).max(first);
        if let Some(rule) = &e.rrule {
            last = match rule.split(';').find_map(|p| p.strip_prefix("UNTIL=")) {
                Some(until) => until.get(..4).and_then(|y| y.parse().ok()).unwrap_or(last),
                None => last.max(this_year) + OPEN_ENDED_YEARS,
            };
        }
        for c in &e.changes {
            last = last.max(c.start.as_deref().map(year_of).unwrap_or(last));
        }
        if let Some(r) = e.rdates.last() {
            last = last.max(year_of(r));
        }
        let entry = years.entry(zone.clone()).or_insert((first, last));
        *entry = (entry.0.min(first), entry.1.max(last));
    }
    years
}

fn year_of(s: &str) -> i32 {
    s.get(..4).and_then(|y| y.parse().ok()).unwrap_or(1970)
}

fn vevent(
    e: &Event,
    change: Option<&OccurrenceChange>,
    campaign: Option<&Campaign>,
    orgs: &HashMap<i64, &Organisation>,
    ctx: &ExportContext,
    dtstamp: &str,
) -> Vec<String> {
    let mut l = vec!["BEGIN:VEVENT".to_string(), format!("UID:{}", escape_text(&e.uid))];
    l.push(dtstamp.to_string());
    l.push(format!("CREATED:{}", stamp(&e.created_at)));
    l.push(format!("LAST-MODIFIED:{}", stamp(&e.updated_at)));
    l.push(format!("SEQUENCE:{}", e.sequence));
    let (start, end) = match change {
        None => (e.start.clone(), e.end.clone()),
        Some(c) => match (&c.start, &c.end) {
            (Some(s), Some(end)) => (s.clone(), end.clone()),
            _ => (c.recurrence_id.clone(), shifted_end(e, &c.recurrence_id)),
        },
    };
    if let Some(c) = change {
        l.push(when("RECURRENCE-ID", e, &c.recurrence_id));
    }
    l.push(when("DTSTART", e, &start));
    l.push(if e.all_day { all_day_end(&end) } else { when("DTEND", e, &end) });
    if change.is_none() {
        if let Some(rule) = &e.rrule {
            l.push(format!("RRULE:{rule}"));
        }
        if !e.exdates.is_empty() {
            let values: Vec<String> = e.exdates.iter().map(|x| value(e, x)).collect();
            l.push(format!("EXDATE{}:{}", params(e), values.join(",")));
        }
        if !e.rdates.is_empty() {
            let values: Vec<String> = e.rdates.iter().map(|r| value(e, r)).collect();
            l.push(format!("RDATE{}:{}", params(e), values.join(",")));
        }
    }
    let pick = |over: Option<&Option<String>>, base: &Option<String>| over.and_then(|o| o.clone()).or(base.clone());
    let title = change.and_then(|c| c.title.clone()).unwrap_or(e.title.clone());
    l.push(format!("SUMMARY:{}", escape_text(&title)));
    let roles = change.and_then(|c| c.organisations.clone()).unwrap_or(e.organisations.clone());
    let registration = pick(change.map(|c| &c.registration_url), &e.registration_url);
    let online = pick(change.map(|c| &c.online_url), &e.online_url);
    let notes = pick(change.map(|c| &c.description), &e.description);
    let description =
        describe(e, &start, notes, &roles, campaign, orgs, registration.as_deref(), online.as_deref(), ctx);
    if !description.is_empty() {
        l.push(format!("DESCRIPTION:{}", escape_text(&description)));
    }
    if let Some(place) = pick(change.map(|c| &c.location), &e.location) {
        l.push(format!("LOCATION:{}", escape_text(&place)));
    }
    if let Some(url) = registration {
        l.push(format!("URL;VALUE=URI:{url}"));
    }
    if let Some(url) = online {
        l.push(format!("CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Join online:{url}"));
    }
    let mut categories = vec![escape_text(&e.kind.to_string().replace('_', " "))];
    if let Some(c) = campaign {
        categories.insert(0, escape_text(&c.title));
    }
    l.push(format!("CATEGORIES:{}", categories.join(",")));
    let status = change.and_then(|c| c.status).unwrap_or(e.status);
    l.push(format!("STATUS:{}", status_text(status)));
    if let Some(lead) = lead_with_email(&roles, campaign, orgs) {
        let cn = lead.name.replace('"', "'");
        l.push(format!("ORGANIZER;CN=\"{cn}\":mailto:{}", lead.email.as_deref().unwrap_or_default()));
    }
    // No ALTREP: it points at another representation of the same contact (a vCard, an LDAP entry), which we do not
    // have; an email address or a website is not one.
    for lead in leads(&roles, campaign, orgs) {
        let details: Vec<&str> =
            [Some(lead.name.as_str()), lead.email.as_deref(), lead.website.as_deref()].into_iter().flatten().collect();
        l.push(format!("CONTACT:{}", escape_text(&details.join(", "))));
    }
    for minutes in &e.reminders {
        l.extend([
            "BEGIN:VALARM".to_string(),
            "ACTION:DISPLAY".into(),
            format!("DESCRIPTION:{}", escape_text(&title)),
            format!("TRIGGER:-PT{minutes}M"),
            "END:VALARM".into(),
        ]);
    }
    l.push("END:VEVENT".into());
    l
}

#[allow(clippy::too_many_arguments)]
fn describe(
    e: &Event,
    start: &str,
    notes: Option<String>,
    roles: &[OrgInRole],
    campaign: Option<&Campaign>,
    orgs: &HashMap<i64, &Organisation>,
    registration: Option<&str>,
    online: Option<&str>,
    ctx: &ExportContext,
) -> String {
    let mut parts: Vec<String> = notes.into_iter().collect();
    let names: Vec<String> = roles
        .iter()
        .filter(|r| r.role != OrgRole::Endorser)
        .filter_map(|r| orgs.get(&r.organisation_id).map(|o| o.name.clone()))
        .collect();
    if !names.is_empty() {
        parts.push(format!("Co-organisers: {}", names.join(", ")));
    } else if let Some(c) = campaign.filter(|c| !c.organisations.is_empty()) {
        let names: Vec<&str> = c.organisations.iter().map(|r| r.organisation_name.as_str()).collect();
        parts.push(format!("Co-organisers: {}", names.join(", ")));
    }
    if let Some(url) = registration {
        parts.push(format!("Register: {url}"));
    }
    if let Some(url) = online {
        parts.push(format!("Join online: {url}"));
    }
    if let (false, Some(tz), false) =
        (e.all_day, e.zone.as_deref().and_then(|z| z.parse::<Tz>().ok()), ctx.partner_zones.is_empty())
    {
        if let Some(at) = local(start).and_then(|s| resolve_local(tz, s).ok()) {
            let mut others: Vec<Tz> = ctx.partner_zones.iter().copied().filter(|z| *z != tz).collect();
            // West to east, so the day marks read in order.
            others.sort_by_key(|z| at.with_timezone(z).offset().fix().local_minus_utc());
            let mut zones = vec![tz];
            zones.extend(others);
            parts.push(one_line(at, &zones));
        }
    }
    parts.join("\n\n")
}

fn lead_with_email<'a>(
    roles: &[OrgInRole],
    campaign: Option<&Campaign>,
    orgs: &HashMap<i64, &'a Organisation>,
) -> Option<&'a Organisation> {
    let campaign_roles = campaign.map(|c| c.organisations.as_slice()).unwrap_or(&[]);
    roles
        .iter()
        .chain(campaign_roles)
        .filter(|r| r.role == OrgRole::Lead)
        .filter_map(|r| orgs.get(&r.organisation_id).copied())
        .find(|o| o.email.is_some())
}

/// Who to contact about an event (RFC 5545 CONTACT): its lead organisations, or the campaign's when the event names
/// none. Only what an organisation publishes about itself goes out (name, email, website): an export is made to be
/// published, and the people in the directory are the coordinator's own contacts, not public ones.
fn leads<'a>(
    roles: &[OrgInRole],
    campaign: Option<&Campaign>,
    orgs: &HashMap<i64, &'a Organisation>,
) -> Vec<&'a Organisation> {
    let of = |roles: &[OrgInRole]| -> Vec<&'a Organisation> {
        roles.iter().filter(|r| r.role == OrgRole::Lead).filter_map(|r| orgs.get(&r.organisation_id).copied()).collect()
    };
    let own = of(roles);
    if own.is_empty() {
        campaign.map(|c| of(&c.organisations)).unwrap_or_default()
    } else {
        own
    }
}

fn status_text(s: EventStatus) -> &'static str {
    match s {
        EventStatus::Tentative => "TENTATIVE",
        EventStatus::Confirmed => "CONFIRMED",
        EventStatus::Cancelled => "CANCELLED",
    }
}

/// `;TZID=Zone` for timed events, `;VALUE=DATE` for all-day ones: DTSTART, DTEND, EXDATE, RDATE and RECURRENCE-ID must
/// all carry the same value type and zone.
fn params(e: &Event) -> String {
    match (&e.zone, e.all_day) {
        (_, true) => ";VALUE=DATE".into(),
        (Some(z), false) => format!(";TZID={z}"),
        (None, false) => String::new(),
    }
}

fn value(e: &Event, local_value: &str) -> String {
    if e.all_day {
        local_value.replace('-', "")
    } else {
        local(local_value).map(|d| basic_text(&d)).unwrap_or_default()
    }
}

fn when(name: &str, e: &Event, local_value: &str) -> String {
    format!("{name}{}:{}", params(e), value(e, local_value))
}

/// All-day DTEND is exclusive: the day after the last day.
fn all_day_end(last_day: &str) -> String {
    let next = crate::validate::parse_date(last_day).map(|d| d + Duration::days(1)).unwrap_or_default();
    format!("DTEND;VALUE=DATE:{}", basic_date_text(&next))
}

/// The end of an unmoved instance: its start plus the series' length.
fn shifted_end(e: &Event, recurrence_id: &str) -> String {
    if e.all_day {
        let parse = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        return match (parse(&e.start), parse(&e.end), parse(recurrence_id)) {
            (Some(s), Some(end), Some(r)) => (r + (end - s)).to_string(),
            _ => e.end.clone(),
        };
    }
    match (local(&e.start), local(&e.end), local(recurrence_id)) {
        (Some(s), Some(end), Some(r)) => (r + (end - s)).format("%Y-%m-%dT%H:%M").to_string(),
        _ => e.end.clone(),
    }
}

fn local(s: &str) -> Option<NaiveDateTime> {
    crate::validate::parse_local_datetime(s).ok()
}

/// `2025-02-03T10:00:00Z` → `20250203T100000Z`.
pub(super) fn stamp(rfc3339: &str) -> String {
    rfc3339.replace(['-', ':'], "")
}
