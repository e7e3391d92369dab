//! Parses (and for `icalendar`, serializes) the bench .ics file with the Rust crates people reach for, one tool per
//! process so `/usr/bin/time` sees each one's peak memory. usage: ics-crates-bench icalendar|ical FILE

use std::io::BufReader;
use std::time::Instant;

use icalendar::{Calendar, CalendarComponent};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, tool, file] = args.as_slice() else {
        return Err("usage: ics-crates-bench icalendar|ical FILE".into());
    };
    match tool.as_str() {
        "icalendar" => {
            let t = Instant::now();
            // The crate parses from a string: reading the file is part of its parse.
            let text = std::fs::read_to_string(file)?;
            let calendar: Calendar = text.parse()?;
            let parse = t.elapsed().as_secs_f64();
            let events =
                calendar.components.iter().filter(|c| matches!(c, CalendarComponent::Event(_))).count();
            let (t, cpu) = (Instant::now(), thread_cpu_s());
            let out = calendar.to_string();
            let serialize = t.elapsed().as_secs_f64();
            let serialize_cpu = thread_cpu_s() - cpu;
            println!(
                "icalendar events={events} parse_s={parse:.3} serialize_s={serialize:.3} \
                 serialize_cpu_s={serialize_cpu:.3} serialized_mb={:.1}",
                out.len() as f64 / 1e6
            );
        }
        "ical" => {
            let t = Instant::now();
            let mut events = 0;
            for calendar in ical::IcalParser::new(BufReader::new(std::fs::File::open(file)?)) {
                events += calendar?.events.len();
            }
            println!("ical events={events} parse_s={:.3}", t.elapsed().as_secs_f64());
        }
        other => return Err(format!("unknown tool '{other}': icalendar or ical").into()),
    }
    Ok(())
}

/// This thread's CPU time in seconds (`/proc/thread-self/schedstat`, nanoseconds): on a shared machine the wall
/// clock also counts the time other processes held the core.
fn thread_cpu_s() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    stat.split_whitespace().next().and_then(|ns| ns.parse::<f64>().ok()).unwrap_or(0.0) / 1e9
}
