//! Subscribed calendars: a partner's or Google's public calendar link (`webcal://`, `https://…ics`) read into a
//! calendar of its own, shown beside the person's events in its own colour and never mixed with them: its events
//! live in their own table (`store/subscriptions.rs`), are never exported, synced or edited, and go with it when it
//! is removed. Reading a feed is the only network access that happens without a server the person configured, and
//! only after they subscribed. A refresh that fails (gone, unreachable, not a calendar) is recorded on the
//! subscription and leaves the last good copy as it was.

pub mod feed;
pub mod fetch;

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::calendar::{expand, Occurrence, Window};
use crate::error::{Error, Result};
use crate::store::{Store, Subscription};
use crate::validate::Checker;

/// How often the app reads each feed again on its own.
pub const REFRESH_EVERY: Duration = Duration::hours(4);

/// Colours given to new subscriptions in turn, apart from the campaigns' default blue.
const COLOURS: &[&str] = &["#8e44ad", "#16a085", "#d35400", "#c0392b", "#2c3e50", "#7f8c8d"];

/// One instance of a subscribed calendar's event, for the calendar view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct SubscribedOccurrence {
    pub subscription_id: i64,
    /// `event_id` is the subscription's id (feed events have no id of their own); `colour` the subscription's.
    pub occurrence: Occurrence,
    /// The instance's place and notes (its own where the feed changed them), for the read-only details.
    pub location: Option<String>,
    pub description: Option<String>,
}

/// What to subscribe to: the link as given, and optionally a name and colour (else the feed's own name, or its
/// server's, and the next colour in turn).
#[derive(Debug, Clone, Default)]
pub struct NewSubscription<'a> {
    pub link: &'a str,
    pub name: Option<&'a str>,
    pub colour: Option<&'a str>,
}

fn bad_link(message: String) -> Error {
    Error::invalid("url", message)
}

fn remote(message: String) -> Error {
    Error::Remote { message, fixable: true }
}

/// Reads the feed once and, when it is a calendar, keeps it with its events. Nothing is stored when the link is
/// not allowed, the feed cannot be read, or it is not iCalendar.
pub fn subscribe(store: &mut Store, new: &NewSubscription) -> Result<Subscription> {
    let url = fetch::feed_url(new.link).map_err(bad_link)?;
    if let Some(s) = store.subscriptions()?.into_iter().find(|s| s.url == url) {
        return Err(bad_link(format!("this calendar is already subscribed to as '{}'", s.name)));
    }
    let mut c = Checker::new();
    let colour = new.colour.map(|v| c.colour("colour", v));
    let given = new.name.map(|v| c.required("name", v, 100));
    c.finish()?;
    let bytes = fetch::get(&url).map_err(remote)?;
    let read =
        feed::read(&bytes, floating_zone(store)?).map_err(|m| bad_link(format!("{url} is not a calendar: {m}")))?;
    let name = given.unwrap_or_else(|| own_name(&bytes).unwrap_or_else(|| host_of(&url)));
    let taken = store.subscriptions()?.len();
    let colour = colour.unwrap_or_else(|| COLOURS[taken % COLOURS.len()].to_string());
    store.add_subscription(&url, &name, &colour, &read.events)
}

/// Reads the feed again. A good read replaces its events; a failed one is recorded on the subscription (its
/// `last_error`) and changes nothing else. `Err` only when the subscription does not exist or the database fails.
pub fn refresh(store: &mut Store, id: i64) -> Result<Subscription> {
    let s = store.subscription(id)?;
    let floating = floating_zone(store)?;
    let read = fetch::get(&s.url)
        .and_then(|bytes| feed::read(&bytes, floating).map_err(|m| format!("{} is no longer a calendar: {m}", s.url)));
    match read {
        Ok(feed) => store.replace_subscription_events(id, &feed.events),
        Err(message) => store.subscription_failed(id, &message),
    }
}

/// Refreshes every subscription not tried within [`REFRESH_EVERY`] of `now`; returns those refreshed.
pub fn refresh_due(store: &mut Store, now: DateTime<Utc>) -> Result<Vec<Subscription>> {
    let due: Vec<i64> = store
        .subscriptions()?
        .into_iter()
        .filter(|s| {
            let tried = s.last_tried.as_deref().and_then(|t| DateTime::parse_from_rfc3339(t).ok());
            tried.is_none_or(|t| now.signed_duration_since(t) >= REFRESH_EVERY)
        })
        .map(|s| s.id)
        .collect();
    due.into_iter().map(|id| refresh(store, id)).collect()
}

/// Renames or recolours a subscription.
pub fn edit(store: &mut Store, id: i64, name: &str, colour: &str) -> Result<Subscription> {
    let mut c = Checker::new();
    let name = c.required("name", name, 100);
    let colour = c.colour("colour", colour);
    c.finish()?;
    store.edit_subscription(id, &name, &colour)
}

/// Every subscribed calendar's instances in `window`, in its colour, times in `express_in` (else each event's own
/// zone), ordered by start. An event that cannot be expanded is left out rather than hiding the rest.
pub fn occurrences(store: &Store, window: &Window, express_in: Option<Tz>) -> Result<Vec<SubscribedOccurrence>> {
    let colours: std::collections::HashMap<i64, Arc<str>> =
        store.subscriptions()?.into_iter().map(|s| (s.id, Arc::from(s.colour))).collect();
    let mut out = Vec::new();
    for (sid, e) in store.subscription_events()? {
        let mut event = feed::event_of(sid, &e.uid, &e.input);
        event.changes = e.changes;
        let Ok(list) = expand(&event, window, express_in) else { continue };
        for mut o in list {
            o.colour = colours.get(&sid).cloned();
            let change = o.recurrence_id.and_then(|r| event.changes.iter().find(|c| c.recurrence_id == r.as_str()));
            let location = change.and_then(|c| c.location.clone()).or_else(|| event.location.clone());
            let description = change.and_then(|c| c.description.clone()).or_else(|| event.description.clone());
            out.push(SubscribedOccurrence { subscription_id: sid, occurrence: o, location, description });
        }
    }
    out.sort_by_cached_key(|o| starts_at(&o.occurrence));
    Ok(out)
}

/// When an instance begins, for ordering instances written in different zones: all-day ones at the start of
/// their day (UTC), before timed ones at the same instant.
fn starts_at(o: &Occurrence) -> (chrono::NaiveDateTime, bool) {
    let start = o.start.as_str();
    let at = match o.all_day {
        true => chrono::NaiveDate::parse_from_str(start, "%Y-%m-%d").ok().and_then(|d| d.and_hms_opt(0, 0, 0)),
        false => DateTime::parse_from_rfc3339(start).ok().map(|t| t.naive_utc()),
    };
    (at.unwrap_or_default(), !o.all_day)
}

fn floating_zone(store: &Store) -> Result<Tz> {
    Ok(crate::validate::parse_zone(&store.settings()?.home_zone).unwrap_or(chrono_tz::UTC))
}

/// The feed's own name (`X-WR-CALNAME`, which Google, Apple and Outlook write), read from the lines before its
/// first event.
fn own_name(bytes: &[u8]) -> Option<String> {
    for line in crate::ics::Lines::new(bytes).take(200) {
        let line = line.ok()?;
        match line.name.as_str() {
            "X-WR-CALNAME" => {
                let name = crate::ics::unescape_text(&line.value);
                let name: String = name.trim().chars().filter(|c| !c.is_control()).take(100).collect();
                return (!name.is_empty()).then_some(name);
            }
            "BEGIN" if line.value.eq_ignore_ascii_case("VEVENT") => return None,
            _ => {}
        }
    }
    None
}

fn host_of(url: &str) -> String {
    url.parse::<http::Uri>().ok().and_then(|u| u.host().map(str::to_string)).unwrap_or_else(|| url.to_string())
}
