//! Calendar maths: pure functions over dates, wall-clock times and IANA zones. No IO, no clock.

mod zones;

pub use zones::{resolve_local, shift_label};
