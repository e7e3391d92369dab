//! Calendar maths: pure functions over dates, wall-clock times and IANA zones. No IO, no clock.

mod campaign_spans;
mod day_thinning;
pub mod find_time;
mod occurrences;
mod partner_zones;
mod recurrence;
mod reminders;
mod rule_probe;
mod series_cache;
mod zones;

pub use recurrence::{
    build as build_rule, build_msg as build_rule_msg, normalise as normalise_rule, normalise_msg as normalise_rule_msg,
    split as split_rule, split_msg as split_rule_msg, starts_between, SeriesStart,
    MAX_INSTANCES as MAX_INSTANCES_SHOWN, MAX_WALK,
};

pub use campaign_spans::{cut_series, CalendarWindow, CampaignSpan, CutSeries};
pub use day_thinning::{thin_by_day, CrowdedDay};
pub use occurrences::{
    expand, expand_into, is_instance, is_series, merge_sorted, sort_keyed as sort_occurrences, sort_part, EventTimes,
    Occurrence, SortKey, SortedPart, View, Window,
};
pub use partner_zones::{city, one_line, times_in_zones, ZoneTime};
pub use reminders::{due as due_reminders, DueReminder};
pub use rule_probe::ever_repeats as rule_ever_repeats;
pub use series_cache::CachedEvent;
pub use zones::{resolve_local, resolve_local_msg, shift_label};
