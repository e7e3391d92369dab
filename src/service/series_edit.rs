//! "This and following": a series edited from one of its occurrences on. The series is split at the occurrence and
//! the new series edited, in one transaction, so a failed edit (a field that does not validate, a campaign that is
//! gone) leaves the series as it was, unsplit. The CLI (`event edit --occurrence … --scope following`) and the app
//! (the event form, a dragged occurrence) both come here.

use chrono::Duration;
use serde::{Deserialize, Serialize};

use crate::domain::{Event, EventInput};
use crate::error::{Error, Result};
use crate::store::{Store, WriteTx};
use crate::time_text::local_text;
use crate::validate::{parse_date, parse_local_datetime};

/// What happens to the occurrences from the split on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FollowingEdit {
    /// The event form's fields, which it fills from the series and the occurrence: every field that differs from
    /// the series as it was is set; the others keep what the split gave the new series — the rule's share of a
    /// COUNT, and only the later exclusions and extra dates.
    Form { input: Box<EventInput> },
    /// A drag: start and end moved by wall-clock minutes in the event's zone (whole days for an all-day series).
    Shift { start_minutes: i64, end_minutes: i64 },
}

/// Splits event `id` at its occurrence `recurrence_id` and applies `edit` to the new series, in one transaction.
/// Returns (the series up to the occurrence, the new series from it).
pub fn edit_following(store: &mut Store, id: i64, recurrence_id: &str, edit: &FollowingEdit) -> Result<(Event, Event)> {
    edit_following_with(store, id, recurrence_id, |_, series, split| match edit {
        FollowingEdit::Form { input } => Ok(merge_form(series, split, (**input).clone())),
        FollowingEdit::Shift { start_minutes, end_minutes } => shifted(split, *start_minutes, *end_minutes),
    })
}

/// As [`edit_following`], with the new series' fields made by `edit` from the series as it was and the new series
/// as split (the CLI applies its flags to the latter). Any error, from `edit` or from saving what it returns, rolls
/// the split back.
pub fn edit_following_with(
    store: &mut Store,
    id: i64,
    recurrence_id: &str,
    edit: impl FnOnce(&WriteTx, &Event, EventInput) -> Result<EventInput>,
) -> Result<(Event, Event)> {
    store.transaction(|w| {
        let series = w.get_event(id)?;
        let (before, after) = w.split_series(id, recurrence_id)?;
        let input = edit(w, &series, EventInput::from(&after))?;
        let after = w.update_event(after.id, &input)?;
        Ok((before, after))
    })
}

/// The form's fields over the split's: where the form still shows the series' own rule, exclusions or extra dates,
/// the new series keeps its share of them; any other field is the form's.
fn merge_form(series: &Event, split: EventInput, form: EventInput) -> EventInput {
    let was = EventInput::from(series);
    EventInput {
        rrule: if form.rrule == was.rrule { split.rrule } else { form.rrule },
        exdates: if form.exdates == was.exdates { split.exdates } else { form.exdates },
        rdates: if form.rdates == was.rdates { split.rdates } else { form.rdates },
        ..form
    }
}

fn shifted(mut input: EventInput, start_minutes: i64, end_minutes: i64) -> Result<EventInput> {
    let moved = |value: &str, minutes: i64, field: &'static str| -> Result<String> {
        let out = if input.all_day {
            parse_date(value).map(|d| (d + Duration::days((minutes as f64 / 1440.0).round() as i64)).to_string())
        } else {
            parse_local_datetime(value).map(|t| local_text(&(t + Duration::minutes(minutes))))
        };
        out.map_err(|m| Error::invalid(field, m))
    };
    if start_minutes.unsigned_abs() > MAX_SHIFT_MINUTES || end_minutes.unsigned_abs() > MAX_SHIFT_MINUTES {
        return Err(Error::invalid_msg("start", crate::msg!("core-move-too-far")));
    }
    input.start = moved(&input.start, start_minutes, "start")?;
    input.end = moved(&input.end, end_minutes, "end")?;
    Ok(input)
}

/// A drag moves an event by days or weeks; this bound keeps the date arithmetic far from chrono's limits.
const MAX_SHIFT_MINUTES: u64 = 100 * 366 * 24 * 60;
