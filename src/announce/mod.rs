//! The announcement composer: an event or a campaign as ready-to-post text for a platform and a language, with
//! the time in every partner city ("Tue 18 Feb · 20:00 Manila · 07:00 Toronto · 01:00 Auckland (Wed)"), within the
//! platform's length. Pure: facts in, text out.
//!
//! Templates are lines with `{placeholders}`; a line whose placeholders all come out empty is left out, so one
//! template serves an event with or without a place, a link or partners. (A template engine would add a
//! dependency for what is a dozen lines of substitution.)

pub mod length;
mod words;

use chrono::{DateTime, NaiveDate, Offset};
use chrono_tz::Tz;
use serde::Serialize;

pub use crate::domain::Platform;
pub use words::{Lang, Phrase};

/// When something happens: wall-clock times in its zone, or whole days.
#[derive(Debug, Clone)]
pub enum When {
    Timed { start: DateTime<Tz>, end: DateTime<Tz> },
    Days { first: NaiveDate, last: NaiveDate },
}

#[derive(Debug, Clone)]
pub struct EventFacts {
    pub title: String,
    pub when: When,
    pub location: Option<String>,
    pub online_url: Option<String>,
    pub registration_url: Option<String>,
    /// Organisation names, in the order the coordinator gave them.
    pub organisers: Vec<String>,
    pub hashtags: Vec<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone)]
pub struct KeyDate {
    pub title: String,
    pub when: When,
}

#[derive(Debug, Clone)]
pub struct CampaignFacts {
    pub title: String,
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub summary: Option<String>,
    pub organisers: Vec<String>,
    pub hashtags: Vec<String>,
    /// Its events' occurrences in the campaign's dates, cancelled ones already left out.
    pub key_dates: Vec<KeyDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Announcement {
    pub text: String,
    /// As the platform counts it (see [`length`]).
    pub length: usize,
    pub limit: Option<usize>,
}

/// The placeholders a template may use, for the template editor's list.
pub const PLACEHOLDERS: &[&str] =
    &["title", "when", "place", "registration", "description", "organisers", "hashtags", "key_dates"];

/// The built-in template of a platform.
pub fn default_template(platform: Platform, campaign: bool) -> &'static str {
    match (platform, campaign) {
        (Platform::X, false) => "{title}\n🗓 {when}\n📍 {place}\n✍️ {registration}\n{hashtags}",
        (Platform::X, true) => "{title}\n🗓 {when}\n{key_dates}\n{hashtags}",
        (Platform::Facebook | Platform::Instagram, false) => {
            "{title}\n\n🗓 {when}\n📍 {place}\n✍️ {registration}\n\n{description}\n\n{organisers}\n\n{hashtags}"
        }
        (Platform::Facebook | Platform::Instagram, true) => {
            "{title}\n🗓 {when}\n\n{description}\n\n{key_dates}\n\n{organisers}\n\n{hashtags}"
        }
        (Platform::Email, false) => "{title}\n\n{when}\n{place}\n{registration}\n\n{description}\n\n{organisers}",
        (Platform::Email, true) => "{title}\n{when}\n\n{description}\n\n{key_dates}\n\n{organisers}",
        // WhatsApp and Signal render *text* as bold.
        (Platform::Text, false) => "*{title}*\n{when}\n{place}\n{registration}\n{hashtags}",
        (Platform::Text, true) => "*{title}*\n{when}\n{key_dates}\n{hashtags}",
    }
}

/// Values for the placeholders, each already in the language; empty ones drop their lines.
#[derive(Debug, Clone, Default)]
struct Values {
    title: String,
    when: String,
    place: String,
    registration: String,
    description: String,
    organisers: String,
    hashtags: Vec<String>,
    key_dates: Vec<String>,
}

impl Values {
    fn get(&self, name: &str) -> Option<String> {
        Some(match name {
            "title" => self.title.clone(),
            "when" => self.when.clone(),
            "place" => self.place.clone(),
            "registration" => self.registration.clone(),
            "description" => self.description.clone(),
            "organisers" => self.organisers.clone(),
            "hashtags" => self.hashtags.join(" "),
            "key_dates" => self.key_dates.join("\n"),
            _ => return None,
        })
    }
}

pub fn compose_event(
    e: &EventFacts,
    platform: Platform,
    lang: Lang,
    zones: &[Tz],
    template: Option<&str>,
) -> Announcement {
    let when = |zones: &[Tz]| time_line(&e.when, zones, lang);
    let values = Values {
        title: e.title.clone(),
        when: when(zones),
        place: place(e, lang),
        registration: e
            .registration_url
            .as_deref()
            .map(|u| format!("{}: {u}", lang.phrase(Phrase::Register)))
            .unwrap_or_default(),
        description: e.description.clone().unwrap_or_default(),
        organisers: organisers(&e.organisers, lang),
        hashtags: hashtags(&e.hashtags),
        key_dates: Vec::new(),
    };
    let template = template.unwrap_or(default_template(platform, false));
    let mut shown = zones.len();
    fit(platform, template, values, |v, step| match step {
        0 => !std::mem::take(&mut v.description).is_empty(),
        1 => !std::mem::take(&mut v.organisers).is_empty(),
        // Fewer partner cities, one at a time, down to two besides the event's own zone.
        2 if shown > 2 => {
            shown -= 1;
            v.when = when(&zones[..shown]);
            true
        }
        3 if v.hashtags.len() > 1 => {
            v.hashtags.truncate(1);
            true
        }
        4 => !std::mem::take(&mut v.place).is_empty(),
        _ => false,
    })
}

pub fn compose_campaign(
    c: &CampaignFacts,
    platform: Platform,
    lang: Lang,
    zones: &[Tz],
    template: Option<&str>,
) -> Announcement {
    let key_dates: Vec<String> =
        c.key_dates.iter().map(|k| format!("• {}: {}", time_line(&k.when, zones, lang), k.title)).collect();
    let values = Values {
        title: c.title.clone(),
        when: days(c.first, c.last, lang),
        description: c.summary.clone().unwrap_or_default(),
        organisers: organisers(&c.organisers, lang),
        hashtags: hashtags(&c.hashtags),
        key_dates: if key_dates.is_empty() {
            Vec::new()
        } else {
            [format!("{}:", lang.phrase(Phrase::KeyDates))].into_iter().chain(key_dates).collect()
        },
        ..Values::default()
    };
    let dates_only: Vec<String> =
        c.key_dates.iter().map(|k| format!("• {}: {}", time_line(&k.when, &[], lang), k.title)).collect();
    let template = template.unwrap_or(default_template(platform, true));
    let mut own_zone_only = false;
    fit(platform, template, values, |v, step| match step {
        0 => !std::mem::take(&mut v.description).is_empty(),
        1 => !std::mem::take(&mut v.organisers).is_empty(),
        // Key dates in each event's own zone only, then fewer of them (the heading stays).
        2 if !own_zone_only && v.key_dates.len() > 1 => {
            own_zone_only = true;
            v.key_dates.truncate(1);
            v.key_dates.extend(dates_only.iter().cloned());
            true
        }
        3 if v.hashtags.len() > 1 => {
            v.hashtags.truncate(1);
            true
        }
        4 if v.key_dates.len() > 2 => {
            v.key_dates.pop();
            true
        }
        _ => false,
    })
}

/// Renders, then shortens until the text is within the platform's limit: `shorten(values, step)` removes a little
/// and says whether it could; a step is repeated while it can, then the next one is tried. A title still too long
/// is cut with an ellipsis as the last resort.
fn fit(
    platform: Platform,
    template: &str,
    mut values: Values,
    mut shorten: impl FnMut(&mut Values, usize) -> bool,
) -> Announcement {
    let limit = length::limit(platform);
    let measure = |v: &Values| {
        let text = render(template, v);
        let n = length::length(platform, &text);
        (text, n)
    };
    let (mut text, mut n) = measure(&values);
    let mut step = 0;
    while limit.is_some_and(|l| n > l) && step < 8 {
        if shorten(&mut values, step) {
            (text, n) = measure(&values);
        } else {
            step += 1;
        }
    }
    if let Some(l) = limit {
        while n > l && !values.title.is_empty() {
            let keep = values.title.chars().count().saturating_sub((n - l).max(1) + 1);
            values.title = format!("{}…", values.title.chars().take(keep).collect::<String>().trim_end());
            if keep == 0 {
                values.title.clear();
            }
            (text, n) = measure(&values);
        }
    }
    Announcement { text, length: n, limit }
}

fn render(template: &str, v: &Values) -> String {
    let mut lines = Vec::new();
    for line in template.lines() {
        let mut out = String::new();
        let (mut any, mut filled) = (false, false);
        let mut rest = line;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else { break };
            let name = &rest[open + 1..open + close];
            match v.get(name) {
                Some(value) => {
                    any = true;
                    filled |= !value.trim().is_empty();
                    out.push_str(&rest[..open]);
                    out.push_str(&value);
                }
                // Unknown names stay as typed, so a mistake in a template shows instead of vanishing.
                None => out.push_str(&rest[..open + close + 1]),
            }
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
        if !any || filled {
            lines.push(out.trim_end().to_string());
        }
    }
    // Blank lines left by dropped sections collapse to one.
    let mut text = String::new();
    for line in lines {
        if line.is_empty() && (text.is_empty() || text.ends_with("\n\n")) {
            continue;
        }
        text.push_str(&line);
        text.push('\n');
    }
    text.trim_end().to_string()
}

/// "Tue 18 Feb · 20:00 Manila · 07:00 Toronto · 01:00 Auckland (Wed)": the date in the event's zone, then the
/// time in its zone and in each other zone from west to east, with the weekday where the date differs.
pub fn time_line(when: &When, zones: &[Tz], lang: Lang) -> String {
    match when {
        When::Days { first, last } => days(*first, *last, lang),
        When::Timed { start, .. } => {
            let home = start.timezone();
            let mut others: Vec<Tz> = zones.iter().copied().filter(|z| *z != home).collect();
            others.sort_by_key(|z| start.with_timezone(z).offset().fix().local_minus_utc());
            others.dedup();
            let mut parts = vec![lang.short_date(start)];
            for tz in std::iter::once(home).chain(others) {
                let local = start.with_timezone(&tz);
                let mark = if local.date_naive() == start.date_naive() {
                    String::new()
                } else {
                    format!(" ({})", lang.weekday(&local))
                };
                parts.push(format!("{} {}{mark}", local.format("%H:%M"), crate::calendar::city(tz.name())));
            }
            parts.join(" · ")
        }
    }
}

fn days(first: NaiveDate, last: NaiveDate, lang: Lang) -> String {
    if first == last {
        format!("{} ({})", lang.day(first), lang.phrase(Phrase::AllDay))
    } else {
        format!("{} – {}", lang.day(first), lang.day(last))
    }
}

fn place(e: &EventFacts, lang: Lang) -> String {
    let online = e.online_url.as_deref().map(|u| format!("{}: {u}", lang.phrase(Phrase::Online)));
    match (e.location.as_deref().filter(|l| !l.trim().is_empty()), online) {
        (Some(l), Some(o)) => format!("{l} · {o}"),
        (Some(l), None) => l.to_string(),
        (None, Some(o)) => o,
        (None, None) => String::new(),
    }
}

fn organisers(names: &[String], lang: Lang) -> String {
    if names.is_empty() {
        return String::new();
    }
    format!("{} {}", lang.phrase(Phrase::OrganisedBy), lang.list(names))
}

fn hashtags(tags: &[String]) -> Vec<String> {
    tags.iter().map(|t| t.trim().trim_start_matches('#')).filter(|t| !t.is_empty()).map(|t| format!("#{t}")).collect()
}

#[cfg(test)]
mod tests;
