//! Reminders due now, with the words a desktop notification shows.

use chrono::{DateTime, Utc};

use crate::calendar::{due_reminders, DueReminder};
use crate::error::Result;
use crate::store::Store;

pub struct Notice {
    pub title: String,
    pub body: String,
    pub reminder: DueReminder,
}

/// The reminders whose moment lies in `(after, until]`, as notices. Times are written in the home zone, where the
/// coordinator reading the notification is.
pub fn due(store: &Store, after: DateTime<Utc>, until: DateTime<Utc>) -> Result<Vec<Notice>> {
    let home = store.settings()?.home_zone.parse().unwrap_or(chrono_tz::UTC);
    let due = due_reminders(&store.events_with_reminders()?, after, until, home);
    Ok(due
        .into_iter()
        .map(|r| {
            let local = r.starts_at.with_timezone(&home);
            let when = if r.all_day {
                local.format("%a %-d %b").to_string()
            } else {
                format!("{} ({})", local.format("%a %-d %b, %H:%M"), crate::calendar::city(home.name()))
            };
            let lead = match r.minutes_before {
                0 => String::new(),
                m if m % (60 * 24) == 0 => plural(m / (60 * 24), "day"),
                m if m % 60 == 0 => plural(m / 60, "hour"),
                m => plural(m, "minute"),
            };
            let lead = if r.minutes_before == 0 { "Starts now".to_string() } else { format!("In {lead}") };
            let place = r.location.as_deref().map(|l| format!(" · {l}")).unwrap_or_default();
            Notice { title: r.title.clone(), body: format!("{lead}: {when}{place}"), reminder: r }
        })
        .collect())
}

fn plural(n: u32, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{EventInput, Settings};

    #[test]
    fn a_notice_says_when_and_where_in_the_home_zone() {
        let mut store = Store::open_in_memory().unwrap();
        store.save_settings(&Settings { home_zone: "Asia/Manila".into(), ..Default::default() }).unwrap();
        store
            .create_event(&EventInput {
                title: "Webinar".into(),
                start: "2025-02-18T07:00".into(),
                end: "2025-02-18T08:00".into(),
                zone: Some("America/Toronto".into()),
                location: Some("Zoom".into()),
                reminders: vec![90, 0],
                ..Default::default()
            })
            .unwrap();
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        let notices = due(&store, at("2025-02-18T10:00:00Z"), at("2025-02-18T12:00:00Z")).unwrap();
        let texts: Vec<_> = notices.iter().map(|n| (n.title.as_str(), n.body.as_str())).collect();
        assert_eq!(
            texts,
            vec![
                ("Webinar", "In 90 minutes: Tue 18 Feb, 20:00 (Manila) · Zoom"),
                ("Webinar", "Starts now: Tue 18 Feb, 20:00 (Manila) · Zoom"),
            ]
        );
    }
}
