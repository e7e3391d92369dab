//! Why a slot ranks where it does, as parts (for the UI to put in its own words and language) and in English (for
//! the CLI): "09:00 Toronto · 22:00 Manila · 14:00 London — everyone else awake, Manila outside working hours;
//! Auckland at 03:00 (+1 day) is asleep".

use serde::{Deserialize, Serialize};

use super::{DayState, SlotTime};
use crate::calendar::shift_label;

/// A participant in a reason, with the local start of the slot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Who {
    pub label: String,
    pub city: String,
    /// "02:00".
    pub local: String,
    pub day_shift: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Reason {
    /// In working hours for the whole slot.
    pub working: Vec<Who>,
    /// Awake, but some of the slot is outside working hours.
    pub awake: Vec<Who>,
    /// Some of the slot is in sleeping hours.
    pub asleep: Vec<Who>,
}

impl Reason {
    pub fn of(times: &[SlotTime]) -> Reason {
        let who = |state: DayState| -> Vec<Who> {
            times
                .iter()
                .filter(|t| t.state == state)
                .map(|t| Who {
                    label: t.label.clone(),
                    city: t.city.clone(),
                    local: t.local.clone(),
                    day_shift: t.day_shift,
                })
                .collect()
        };
        Reason { working: who(DayState::Working), awake: who(DayState::Awake), asleep: who(DayState::Asleep) }
    }
}

/// The English sentence. Places are cities, each named once however many participants it has (they share the
/// clock, and with the same hours the state).
pub fn english(times: &[SlotTime]) -> String {
    let mut seen: Vec<(&str, DayState)> = Vec::new();
    let mut places: Vec<&SlotTime> = Vec::new();
    for t in times {
        if !seen.contains(&(t.zone.as_str(), t.state)) {
            seen.push((t.zone.as_str(), t.state));
            places.push(t);
        }
    }
    let with_shift = |text: String, t: &SlotTime| {
        let shift = shift_label(t.day_shift);
        if shift.is_empty() {
            text
        } else {
            format!("{text} {shift}")
        }
    };
    let of = |state: DayState| places.iter().copied().filter(move |t| t.state == state);
    let head: Vec<String> = places
        .iter()
        .filter(|t| t.state != DayState::Asleep)
        .map(|t| with_shift(format!("{} {}", t.local, t.city), t))
        .collect();
    let asleep: Vec<String> =
        of(DayState::Asleep).map(|t| with_shift(format!("{} at {}", t.city, t.local), t)).collect();
    let awake: Vec<String> = of(DayState::Awake).map(|t| t.city.clone()).collect();
    if head.is_empty() {
        return format!("everyone asleep: {}", and_list(&asleep));
    }
    let others = if asleep.is_empty() { "everyone" } else { "everyone else" };
    let mut text = format!("{} — ", head.join(" · "));
    if awake.is_empty() {
        text.push_str(&format!("{others} in working hours"));
    } else {
        text.push_str(&format!("{others} awake, {} outside working hours", and_list(&awake)));
    }
    if !asleep.is_empty() {
        let verb = if asleep.len() == 1 { "is" } else { "are" };
        text.push_str(&format!("; {} {verb} asleep", and_list(&asleep)));
    }
    text
}

/// "a", "a and b", "a, b and c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
