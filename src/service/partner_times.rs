//! An occurrence's local times in the partners' zones, for `event times`, the calendar's zone strip and
//! announcements.

use chrono::Offset;
use chrono_tz::Tz;

use crate::calendar::{resolve_local_msg, times_in_zones, ZoneTime};
use crate::error::{Error, Result};
use crate::store::Store;

fn zone(field: &str, name: &str) -> Result<Tz> {
    crate::validate::zone_problem(name).map_err(|m| Error::invalid_msg(field, m))
}

/// The times of event `id` (the instance starting at local `at` in the event's zone, or the first) in its own zone
/// first, then `zones` (default: the partner zones) from west to east, so the day marks read in order.
pub fn event_times(store: &Store, id: i64, at: Option<&str>, zones: &[String]) -> Result<Vec<ZoneTime>> {
    let event = store.get_event(id)?;
    if event.all_day {
        return Err(Error::invalid_msg("id", crate::msg!("core-all-day-same-everywhere", id = id)));
    }
    let home = zone("zone", event.zone.as_deref().unwrap_or(""))?;
    let local = |s: &str, field: &str| -> Result<_> {
        let naive = crate::validate::local_datetime_problem(s).map_err(|m| Error::invalid_msg(field, m))?;
        resolve_local_msg(home, naive).map_err(|m| Error::invalid_msg(field, m))
    };
    let (first_start, first_end) = (local(&event.start, "start")?, local(&event.end, "end")?);
    let start = match at {
        Some(at) => local(at, "at")?,
        None => first_start,
    };
    let end = start + (first_end - first_start);
    let chosen: Vec<Tz> = if zones.is_empty() {
        store.partner_zones()?
    } else {
        zones.iter().map(|z| zone("zones", z.trim())).collect::<Result<_>>()?
    };
    let mut others: Vec<Tz> = chosen.into_iter().filter(|z| *z != home).collect();
    others.sort_by_key(|z| start.with_timezone(z).offset().fix().local_minus_utc());
    let mut all = vec![home];
    all.extend(others);
    Ok(times_in_zones(start, end, &all))
}
