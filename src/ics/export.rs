//! Writing a VCALENDAR of events: one VTIMEZONE per zone used, one VEVENT per event plus one per changed occurrence.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Offset, Utc};
use chrono_tz::Tz;

use super::vtimezone::vtimezone;
use super::writer::IcsWriter;
use crate::calendar::{one_line, resolve_local};
use crate::domain::{Campaign, Event, EventRef, EventStatus, OccurrenceChange, OrgInRole, OrgRole, Organisation, Task};

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
/// them). Events in the order given.
pub fn export_with_tasks(events: &[Event], tasks: &[Task], ctx: &ExportContext) -> String {
    let mut calendar = CalendarBuilder::new(ctx, false);
    for e in events {
        calendar.add(e);
    }
    calendar.into_string(tasks)
}

/// One event as a scheduling message (iTIP, RFC 5546: `method` REQUEST …): the VEVENTs the export writes — the
/// series and each changed occurrence — each with `people` (ORGANIZER and ATTENDEE lines) instead of the
/// ORGANIZER the export derives from the lead.
pub(super) fn scheduling_message(e: &Event, ctx: &ExportContext, method: &str, people: &[String]) -> String {
    let campaign = e.campaign_id.and_then(|id| ctx.campaigns.iter().find(|c| c.id == id));
    let orgs: HashMap<i64, &Organisation> = ctx.organisations.iter().map(|o| (o.id, o)).collect();
    let mut w = IcsWriter::with_capacity(4096);
    for line in ["BEGIN:VCALENDAR", "VERSION:2.0"] {
        w.line(line);
    }
    w.text("PRODID:-//Campaign Desk//Campaign Desk ").text(crate::VERSION).text("//EN").end();
    w.line("CALSCALE:GREGORIAN");
    w.text("METHOD:").text(method).end();
    let e = &e.borrowed();
    let mut years = BTreeMap::new();
    note_zone_years(&mut years, e, ctx.now.year());
    for (tz, (from, to)) in &years {
        if let Ok(tz) = tz.parse::<Tz>() {
            w.lines(&vtimezone(tz, *from, *to));
        }
    }
    let dtstamp = format!("DTSTAMP:{}", ctx.now.format("%Y%m%dT%H%M%SZ"));
    let changes = e.changes.iter().map(Some);
    for change in std::iter::once(None).chain(changes) {
        let mut one = IcsWriter::with_capacity(2048);
        vevent(&mut one, e, change, campaign, &orgs, ctx, &dtstamp);
        let text = one.into_string();
        // The export's own ORGANIZER (a logical line: its folded continuations start with a space) gives way to
        // the message's people, who go just before END:VEVENT.
        let mut dropping = false;
        for physical in text.split_inclusive("\r\n") {
            if physical.starts_with(' ') {
                if !dropping {
                    w.whole_lines(physical);
                }
                continue;
            }
            dropping = physical.starts_with("ORGANIZER");
            if physical == "END:VEVENT\r\n" {
                w.lines(people);
            }
            if !dropping {
                w.whole_lines(physical);
            }
        }
    }
    w.line("END:VCALENDAR");
    w.into_string()
}

/// A calendar built one event at a time, so a large export is written from the rows as they are read and no event
/// outlives its own text: holding 100,000 events and then visiting them in another order was most of an export's
/// time, memory waits on their scattered texts and freeing them (BENCHMARKS.md). The VTIMEZONEs go first in the
/// file but are known only at the end, so the events' text waits in one buffer, each event's block noted with its
/// place in the order by start.
pub struct CalendarBuilder<'a> {
    ctx: &'a ExportContext<'a>,
    campaigns: HashMap<i64, &'a Campaign>,
    orgs: HashMap<i64, &'a Organisation>,
    dtstamp: String,
    body: IcsWriter<'static>,
    /// The bodies of builders appended to this one ([`CalendarBuilder::append`]), their blocks' `part` 1, 2, ….
    appended: Vec<String>,
    blocks: Vec<Block>,
    by_start: bool,
    /// For each zone used, the first and last year its VTIMEZONE must cover.
    years: BTreeMap<String, (i32, i32)>,
}

/// One event's text in the builder's body, `at..end`, and what orders it: local start then id.
struct Block {
    start: u128,
    /// The start's octets past the sixteenth, which no stored form has (`YYYY-MM-DDTHH:MM` is sixteen).
    start_rest: Option<Box<str>>,
    id: i64,
    part: usize,
    at: usize,
    end: usize,
}

impl Block {
    fn order(a: &Block, b: &Block) -> std::cmp::Ordering {
        (a.start, &a.start_rest, a.id).cmp(&(b.start, &b.start_rest, b.id))
    }
}

impl<'a> CalendarBuilder<'a> {
    /// `by_start`: the events in the order of their local start, then id (`Store::list_events`' order), whatever
    /// order they are added in; else in the order added.
    pub fn new(ctx: &'a ExportContext<'a>, by_start: bool) -> Self {
        CalendarBuilder {
            ctx,
            campaigns: ctx.campaigns.iter().map(|c| (c.id, c)).collect(),
            orgs: ctx.organisations.iter().map(|o| (o.id, o)).collect(),
            dtstamp: format!("DTSTAMP:{}", ctx.now.format("%Y%m%dT%H%M%SZ")),
            body: IcsWriter::with_capacity(0),
            appended: Vec::new(),
            blocks: Vec::new(),
            by_start,
            years: BTreeMap::new(),
        }
    }

    pub fn add(&mut self, e: &Event) {
        self.add_ref(&e.borrowed());
    }

    /// [`CalendarBuilder::add`] for an event's fields as they are read.
    pub fn add_ref(&mut self, e: &EventRef) {
        note_zone_years(&mut self.years, e, self.ctx.now.year());
        let at = self.body.len();
        let campaign = e.campaign_id.and_then(|id| self.campaigns.get(&id).copied());
        vevent(&mut self.body, e, None, campaign, &self.orgs, self.ctx, &self.dtstamp);
        for change in e.changes {
            vevent(&mut self.body, e, Some(change), campaign, &self.orgs, self.ctx, &self.dtstamp);
        }
        let (start, rest) = sort_prefix(e.start);
        let start_rest = rest.map(Box::from);
        self.blocks.push(Block { start, start_rest, id: e.id, part: 0, at, end: self.body.len() });
    }

    /// The events `other` was given (another thread's share of the rows), as if added here, without copying their
    /// text.
    pub fn append(&mut self, other: CalendarBuilder<'a>) {
        let first = self.appended.len() + 1;
        for (zone, (from, to)) in other.years {
            let entry = self.years.entry(zone).or_insert((from, to));
            *entry = (entry.0.min(from), entry.1.max(to));
        }
        self.blocks.extend(other.blocks.into_iter().map(|b| Block { part: b.part + first, ..b }));
        self.appended.push(other.body.into_string());
        self.appended.extend(other.appended);
    }

    /// Puts the blocks in their order now (on this builder's thread), so that [`CalendarBuilder::append`]ed
    /// builders are only merged when the calendar is written.
    pub fn sort(&mut self) {
        if self.by_start {
            self.blocks.sort_unstable_by(Block::order);
        }
    }

    /// How many events were added.
    pub fn len(&self) -> usize {
        self.blocks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// The whole calendar, `tasks` after the events.
    pub fn into_string(self, tasks: &[Task]) -> String {
        let size = self.body.len() + self.appended.iter().map(String::len).sum::<usize>();
        let mut w = IcsWriter::with_capacity(size + 64 * 1024);
        self.finish(tasks, &mut w);
        w.into_string()
    }

    /// The whole calendar into `sink`, `tasks` after the events.
    pub fn write_to(self, tasks: &[Task], sink: &mut (dyn Write + Send)) -> io::Result<()> {
        let mut w = IcsWriter::to(sink);
        self.finish(tasks, &mut w);
        w.finish()
    }

    fn finish(mut self, tasks: &[Task], w: &mut IcsWriter) {
        let ctx = self.ctx;
        for line in ["BEGIN:VCALENDAR", "VERSION:2.0"] {
            w.line(line);
        }
        w.text("PRODID:-//Campaign Desk//Campaign Desk ").text(crate::VERSION).text("//EN").end();
        w.line("CALSCALE:GREGORIAN");
        w.line("METHOD:PUBLISH");
        w.text("NAME:").escaped(ctx.name).end();
        w.text("X-WR-CALNAME:").escaped(ctx.name).end();
        w.line("REFRESH-INTERVAL;VALUE=DURATION:PT12H");
        w.line("X-PUBLISHED-TTL:PT12H");
        for (tz, (from, to)) in &self.years {
            if let Ok(tz) = tz.parse::<Tz>() {
                w.lines(&vtimezone(tz, *from, *to));
            }
        }
        if self.by_start {
            // Stable: it finds the runs already in order, so builders that sorted their own blocks
            // ([`CalendarBuilder::sort`], on their threads) are only merged here.
            self.blocks.sort_by(Block::order);
        }
        let mut bodies = vec![self.body.into_string()];
        bodies.append(&mut self.appended);
        for b in &self.blocks {
            w.whole_lines(&bodies[b.part][b.at..b.end]);
        }
        for t in tasks {
            w.lines(&super::todo::vtodo(t, self.campaigns.get(&t.campaign_id).copied(), &self.dtstamp));
        }
        w.line("END:VCALENDAR");
    }
}

/// The first sixteen octets of a local start as a number that orders as they do (zeros after a shorter one, which
/// order before any character), and the rest when there is more.
fn sort_prefix(start: &str) -> (u128, Option<&str>) {
    let mut key = [0u8; 16];
    let n = start.len().min(16);
    key[..n].copy_from_slice(&start.as_bytes()[..n]);
    (u128::from_be_bytes(key), start.get(16..).filter(|r| !r.is_empty()))
}

/// Widens `years` (the first and last year each zone's VTIMEZONE must cover) to what `e` needs.
fn note_zone_years(years: &mut BTreeMap<String, (i32, i32)>, e: &EventRef, this_year: i32) {
    if e.all_day {
        return;
    }
    let Some(zone) = e.zone else { return };
    let first = year_of(e.start);
    let mut last = year_of(e.end).max(first);
    if let Some(rule) = e.rrule {
        last = match rule.split(';').find_map(|p| p.strip_prefix("UNTIL=")) {
            Some(until) => until.get(..4).and_then(|y| y.parse().ok()).unwrap_or(last),
            None => last.max(this_year) + OPEN_ENDED_YEARS,
        };
    }
    for c in e.changes {
        last = last.max(c.start.as_deref().map(year_of).unwrap_or(last));
    }
    if let Some(r) = e.rdates.last() {
        last = last.max(year_of(r));
    }
    match years.get_mut(zone) {
        Some(entry) => *entry = (entry.0.min(first), entry.1.max(last)),
        None => {
            years.insert(zone.to_string(), (first, last));
        }
    }
}

fn year_of(s: &str) -> i32 {
    s.get(..4).and_then(|y| y.parse().ok()).unwrap_or(1970)
}

/// A changed value when the change has one, else the series' own.
fn pick<'a>(over: Option<&'a Option<String>>, base: Option<&'a str>) -> Option<&'a str> {
    over.and_then(|o| o.as_deref()).or(base)
}

fn vevent(
    w: &mut IcsWriter,
    e: &EventRef,
    change: Option<&OccurrenceChange>,
    campaign: Option<&Campaign>,
    orgs: &HashMap<i64, &Organisation>,
    ctx: &ExportContext,
    dtstamp: &str,
) {
    w.line("BEGIN:VEVENT");
    w.text("UID:").escaped(e.uid).end();
    w.line(dtstamp);
    w.text("CREATED:").stamp(e.created_at).end();
    w.text("LAST-MODIFIED:").stamp(e.updated_at).end();
    w.text("SEQUENCE:").number(e.sequence).end();
    let shifted;
    let (start, end): (&str, &str) = match change {
        None => (e.start, e.end),
        Some(c) => match (&c.start, &c.end) {
            (Some(s), Some(end)) => (s, end),
            _ => {
                shifted = shifted_end(e, &c.recurrence_id);
                (&c.recurrence_id, &shifted)
            }
        },
    };
    if let Some(c) = change {
        when(w, "RECURRENCE-ID", e, &c.recurrence_id);
    }
    when(w, "DTSTART", e, start);
    if e.all_day {
        all_day_end(w, end);
    } else {
        when(w, "DTEND", e, end);
    }
    if change.is_none() {
        if let Some(rule) = e.rrule {
            w.text("RRULE:").text(rule).end();
        }
        for (name, values) in [("EXDATE", &*e.exdates), ("RDATE", &*e.rdates)] {
            if values.is_empty() {
                continue;
            }
            w.text(name);
            params(w, e);
            w.text(":");
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    w.text(",");
                }
                value(w, e, v);
            }
            w.end();
        }
    }
    let title: &str = change.and_then(|c| c.title.as_deref()).unwrap_or(e.title);
    w.text("SUMMARY:").escaped(title).end();
    let roles: &[OrgInRole] = change.and_then(|c| c.organisations.as_deref()).unwrap_or(e.organisations);
    let registration = pick(change.map(|c| &c.registration_url), e.registration_url);
    let online = pick(change.map(|c| &c.online_url), e.online_url);
    let notes = pick(change.map(|c| &c.description), e.description);
    let description = describe(e, start, notes, roles, campaign, orgs, registration, online, ctx);
    if !description.is_empty() {
        w.text("DESCRIPTION:").escaped(&description).end();
    }
    if let Some(place) = pick(change.map(|c| &c.location), e.location) {
        w.text("LOCATION:").escaped(place).end();
    }
    if let Some(url) = registration {
        w.text("URL;VALUE=URI:").text(url).end();
    }
    if let Some(url) = online {
        w.text("CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Join online:").text(url).end();
    }
    w.text("CATEGORIES:");
    if let Some(c) = campaign {
        w.escaped(&c.title).text(",");
    }
    for (i, word) in e.kind.as_str().split('_').enumerate() {
        if i > 0 {
            w.text(" ");
        }
        w.escaped(word);
    }
    w.end();
    let status = change.and_then(|c| c.status).unwrap_or(e.status);
    w.text("STATUS:").text(status_text(status)).end();
    if let Some(lead) = lead_with_email(roles, campaign, orgs) {
        let cn = lead.name.replace('"', "'");
        w.text("ORGANIZER;CN=\"").text(&cn).text("\":mailto:").text(lead.email.as_deref().unwrap_or_default()).end();
    }
    // No ALTREP: it points at another representation of the same contact (a vCard, an LDAP entry), which we do not
    // have; an email address or a website is not one.
    for lead in leads(roles, campaign, orgs) {
        let details: Vec<&str> =
            [Some(lead.name.as_str()), lead.email.as_deref(), lead.website.as_deref()].into_iter().flatten().collect();
        w.text("CONTACT:").escaped(&details.join(", ")).end();
    }
    for minutes in e.reminders.iter() {
        w.line("BEGIN:VALARM");
        w.line("ACTION:DISPLAY");
        w.text("DESCRIPTION:").escaped(title).end();
        w.text("TRIGGER:-PT").number(i64::from(*minutes)).text("M").end();
        w.line("END:VALARM");
    }
    w.line("END:VEVENT");
}

#[allow(clippy::too_many_arguments)]
fn describe(
    e: &EventRef,
    start: &str,
    notes: Option<&str>,
    roles: &[OrgInRole],
    campaign: Option<&Campaign>,
    orgs: &HashMap<i64, &Organisation>,
    registration: Option<&str>,
    online: Option<&str>,
    ctx: &ExportContext,
) -> String {
    let mut parts: Vec<String> = notes.map(str::to_string).into_iter().collect();
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
    // The zone's name is looked up only when there are partner zones to show (1 % of a large export's time).
    let zone = || e.zone.and_then(|z| z.parse::<Tz>().ok());
    if let Some(tz) = (!e.all_day && !ctx.partner_zones.is_empty()).then(zone).flatten() {
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
fn params(w: &mut IcsWriter, e: &EventRef) {
    match (e.zone, e.all_day) {
        (_, true) => {
            w.text(";VALUE=DATE");
        }
        (Some(z), false) => {
            w.text(";TZID=").text(z);
        }
        (None, false) => {}
    }
}

/// A stored local value in the basic form; nothing for one that does not read (never stored: values are checked).
fn value(w: &mut IcsWriter, e: &EventRef, local_value: &str) {
    if e.all_day {
        w.without(local_value, b'-');
    } else if let Some(d) = local(local_value) {
        w.basic_time(&d);
    }
}

fn when(w: &mut IcsWriter, name: &str, e: &EventRef, local_value: &str) {
    w.text(name);
    params(w, e);
    w.text(":");
    value(w, e, local_value);
    w.end();
}

/// All-day DTEND is exclusive: the day after the last day.
fn all_day_end(w: &mut IcsWriter, last_day: &str) {
    let next = crate::validate::parse_date(last_day).map(|d| d + Duration::days(1)).unwrap_or_default();
    w.text("DTEND;VALUE=DATE:").basic_date(&next).end();
}

/// The end of an unmoved instance: its start plus the series' length.
fn shifted_end(e: &EventRef, recurrence_id: &str) -> String {
    if e.all_day {
        let parse = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        return match (parse(e.start), parse(e.end), parse(recurrence_id)) {
            (Some(s), Some(end), Some(r)) => (r + (end - s)).to_string(),
            _ => e.end.to_string(),
        };
    }
    match (local(e.start), local(e.end), local(recurrence_id)) {
        (Some(s), Some(end), Some(r)) => (r + (end - s)).format("%Y-%m-%dT%H:%M").to_string(),
        _ => e.end.to_string(),
    }
}

fn local(s: &str) -> Option<NaiveDateTime> {
    crate::validate::parse_local_datetime(s).ok()
}

/// `2025-02-03T10:00:00Z` → `20250203T100000Z`.
pub(super) fn stamp(rfc3339: &str) -> String {
    rfc3339.replace(['-', ':'], "")
}
