//! New campaigns from a template, and next year's edition of an existing one: dates moved, organisations and tasks
//! carried, this year's one-off changes (and, later, statements) left behind.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};

use crate::calendar::{expand, Window};
use crate::campaign_templates::{plan, CampaignTemplate};
use crate::domain::{CampaignInput, CampaignStatus, EventInput, TaskInput};
use crate::error::{Error, Result};
use crate::store::{CampaignPlan, CreatedPlan, Store};
use crate::validate::parse_date;

/// A campaign laid out by `template` from `start`, in `zone` (default: the home zone), saved at once.
pub fn from_template(
    store: &mut Store,
    template: CampaignTemplate,
    start: NaiveDate,
    title: &str,
    zone: Option<&str>,
) -> Result<CreatedPlan> {
    let zone = match zone {
        Some(z) => z.to_string(),
        None => store.settings()?.home_zone,
    };
    store.create_campaign_plan(&plan(template, start, title, &zone))
}

/// Next edition of campaign `id`, starting on `start`. Events keep their distance in days from the campaign's
/// first day (pick a start on the same weekday to keep every weekday), except series whose rule names weekdays
/// ("third Sunday of November"): they start on the rule's instance nearest their moved date, so the rule and its
/// first instance still agree. Years in the title follow ("… 2025" → "… 2026").
pub fn next_edition(store: &Store, id: i64, start: NaiveDate) -> Result<CampaignPlan> {
    let c = store.get_campaign(id)?;
    let old_start = crate::validate::date_problem(&c.start_date).map_err(|m| Error::invalid_msg("start_date", m))?;
    let old_end = crate::validate::date_problem(&c.end_date).map_err(|m| Error::invalid_msg("end_date", m))?;
    let delta = start - old_start;
    let (old_year, new_year) = (old_start.year().to_string(), start.year().to_string());
    let campaign = CampaignInput {
        title: c.title.replace(&old_year, &new_year),
        start_date: start.to_string(),
        end_date: (old_end + delta).to_string(),
        status: CampaignStatus::Planning,
        ..CampaignInput::from(&c)
    };
    let mut events = Vec::new();
    for e in store.list_events(Some(id))? {
        let shift = weekday_aware_shift(&e, delta)?;
        let moved = |s: &str| shift_local(s, shift);
        let input = EventInput::from(&e);
        events.push(EventInput {
            title: input.title.replace(&old_year, &new_year),
            start: moved(&input.start)?,
            end: moved(&input.end)?,
            rrule: input.rrule.as_deref().map(|r| shift_until(r, shift)).transpose()?,
            exdates: input.exdates.iter().map(|x| moved(x)).collect::<Result<_>>()?,
            rdates: input.rdates.iter().map(|x| moved(x)).collect::<Result<_>>()?,
            ..input
        });
    }
    let tasks = store
        .list_tasks(Some(id))?
        .into_iter()
        .map(|t| {
            Ok(TaskInput {
                campaign_id: 0,
                title: t.title.replace(&old_year, &new_year),
                due_date: t.due_date.as_deref().map(|d| shift_local(d, delta)).transpose()?,
                owner_id: t.owner_id,
            })
        })
        .collect::<Result<_>>()?;
    Ok(CampaignPlan { campaign, events, tasks })
}

/// `delta`, or for a rule that names weekdays the move to its instance nearest the moved start.
fn weekday_aware_shift(e: &crate::domain::Event, delta: Duration) -> Result<Duration> {
    let names_weekdays = e.rrule.as_deref().is_some_and(|r| r.to_ascii_uppercase().contains("BYDAY="));
    if !names_weekdays {
        return Ok(delta);
    }
    let day =
        |s: &str| crate::validate::date_problem(s.get(..10).unwrap_or(s)).map_err(|m| Error::invalid_msg("start", m));
    let old = day(&e.start)?;
    let target = old + delta;
    // The series as it stands within a week of the target; a rule that has ended (COUNT, UNTIL) yields nothing
    // there and the plain move is kept.
    let window = Window { from: target - Duration::days(7), to: target + Duration::days(8), zone: chrono_tz::UTC };
    let instances = expand(e, &window, None).map_err(|m| Error::invalid("rrule", m))?;
    let nearest = instances
        .iter()
        .filter_map(|o| o.recurrence_id.as_deref().and_then(|k| parse_date(&k[..10.min(k.len())]).ok()))
        .min_by_key(|d| (*d - target).num_days().abs());
    Ok(nearest.map_or(delta, |d| d - old))
}

/// Moves a stored local date (`YYYY-MM-DD`) or wall-clock time (`YYYY-MM-DDTHH:MM`) by `by`.
fn shift_local(s: &str, by: Duration) -> Result<String> {
    if s.len() == 10 {
        let d = crate::validate::date_problem(s).map_err(|m| Error::invalid_msg("date", m))?;
        return Ok((d + by).to_string());
    }
    let t: NaiveDateTime = crate::validate::local_datetime_problem(s).map_err(|m| Error::invalid_msg("start", m))?;
    Ok((t + by).format("%Y-%m-%dT%H:%M").to_string())
}

/// Moves a rule's UNTIL (a DATE, or a UTC DATE-TIME) by `by`; other parts are left as they are.
fn shift_until(rule: &str, by: Duration) -> Result<String> {
    let parts: Vec<String> = rule
        .split(';')
        .map(|p| match p.split_once('=') {
            Some((k, v)) if k.eq_ignore_ascii_case("UNTIL") && v.len() >= 8 => {
                let d = NaiveDate::parse_from_str(&v[..8], "%Y%m%d")
                    .map_err(|_| Error::invalid_msg("rrule", crate::msg!("core-until-not-a-date", value = v)))?;
                Ok(format!("{k}={}{}", (d + by).format("%Y%m%d"), &v[8..]))
            }
            _ => Ok(p.to_string()),
        })
        .collect::<Result<_>>()?;
    Ok(parts.join(";"))
}
