//! The Google-style benchmark calendar (issue #19's 53 MB import): ~100,000 VEVENTs as Google Calendar exports a
//! busy shared calendar — PRODID Google, X-WR-CALNAME/X-WR-TIMEZONE, one VTIMEZONE per zone used, DTSTART;TZID,
//! all-day dates, RRULEs with EXDATEs and RECURRENCE-ID overrides, ORGANIZER/ATTENDEE lines with CN and PARTSTAT,
//! VALARMs, and long multilingual DESCRIPTIONs with `\n` escapes folded at 75 octets. Deterministic (its own
//! xorshift seed), written independently of our exporter so the importer is not measured on its own dialect.

use std::io::Write;

use super::seed::Seeded;

/// Each zone with the VTIMEZONE Google writes for it (a 1970 onset and yearly rules).
const ZONES: [(&str, &str); 5] = [
    (
        "Asia/Manila",
        "BEGIN:STANDARD\r\nTZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nTZNAME:PST\r\nDTSTART:19700101T000000\r\n\
         END:STANDARD\r\n",
    ),
    (
        "Europe/Berlin",
        "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\n\
         RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\n\
         TZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
         END:STANDARD\r\n",
    ),
    (
        "America/New_York",
        "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nTZNAME:EDT\r\nDTSTART:19700308T020000\r\n\
         RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:-0400\r\n\
         TZOFFSETTO:-0500\r\nTZNAME:EST\r\nDTSTART:19701101T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n\
         END:STANDARD\r\n",
    ),
    (
        "Asia/Jakarta",
        "BEGIN:STANDARD\r\nTZOFFSETFROM:+0700\r\nTZOFFSETTO:+0700\r\nTZNAME:WIB\r\nDTSTART:19700101T000000\r\n\
         END:STANDARD\r\n",
    ),
    (
        "America/Sao_Paulo",
        "BEGIN:STANDARD\r\nTZOFFSETFROM:-0300\r\nTZOFFSETTO:-0300\r\nTZNAME:-03\r\nDTSTART:19700101T000000\r\n\
         END:STANDARD\r\n",
    ),
];

const TITLES: [&str; 8] = [
    "Pulong ng koalisyon",
    "Asamblea de solidaridad",
    "Réunion du comité de soutien",
    "Rapat koordinasi kampanye",
    "Press conference: land rights",
    "Webinar — derechos de los pueblos",
    "Vigil for the disappeared",
    "Paghahanda sa Araw ng Pagkilos",
];

const PARAGRAPHS: [&str; 8] = [
    "Magandang araw sa lahat! Ito ang paanyaya sa ating pulong; pag-uusapan natin ang mga susunod na hakbang ng \
     kampanya, ang badyet at ang mga tungkulin ng bawat komite.",
    "Orden del día: 1) informe de la coordinación, 2) preparación de la jornada de acción, 3) finanzas y \
     materiales. Por favor confirmen su asistencia antes del jueves.",
    "Ordre du jour : bilan de la mobilisation, préparation de la conférence de presse, traduction du communiqué \
     (français, español, English). Merci d'arriver à l'heure — la salle ferme à 21 h.",
    "Agenda rapat: evaluasi aksi bulan lalu, rencana kegiatan solidaritas, pembagian tugas dokumentasi dan \
     media sosial. Mohon membawa laptop dan catatan masing-masing.",
    "Join with Google Meet: https://meet.google.com/abc-defg-hij\nJoin by phone: (US) +1 413-555-0198 PIN: \
     482 193 776#\nMore phone numbers: https://tel.meet/abc-defg-hij?pin=4821937763",
    "Reminder: bring the signed endorsement forms, the banner (\"Justice now, peace now\") and snacks to share. \
     Questions? Write to the secretariat; we answer within a day.",
    "Mga kalahok: kinatawan ng mga organisasyon sa Maynila, Cebu at Davao; mga kaibigan mula sa Jakarta, \
     São Paulo at Berlin. Tagasalin: Ñora Peña, Zoë Müller, Đặng Thị Hương.",
    "Documents: https://docs.google.com/document/d/1x2y3z4Example/edit — the draft statement, the timeline and \
     the list of press contacts (do not share outside the coalition).",
];

const PEOPLE: [(&str, &str); 6] = [
    ("Maria Santos", "maria.santos@example.org"),
    ("Juan dela Cruz", "juan@example.net"),
    ("Amélie Dubois", "amelie.dubois@example.fr"),
    ("Siti Rahayu", "siti.rahayu@example.id"),
    ("José Gonçalves", "jose@example.com.br"),
    ("Coalition Secretariat", "secretariat@example.org"),
];

const PARTSTATS: [&str; 4] = ["ACCEPTED", "NEEDS-ACTION", "TENTATIVE", "DECLINED"];

/// Text escaped as iCalendar TEXT (RFC 5545 §3.3.11).
fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

/// One content line folded at 75 octets (continuations start with a space), never inside a UTF-8 sequence.
fn line(out: &mut Vec<u8>, text: &str) {
    let mut used = 0;
    for c in text.chars() {
        if used + c.len_utf8() > 75 {
            out.extend_from_slice(b"\r\n ");
            used = 1;
        }
        let mut buf = [0; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        used += c.len_utf8();
    }
    out.extend_from_slice(b"\r\n");
}

/// `YYYYMMDDTHHMMSS` of a naive date-time.
fn basic(t: chrono::NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}

/// The first day from `day` on that the rule of kind `kind` (as in [`write`]) meets: a Tuesday, a Monday, the
/// third Sunday of a month, or any day.
fn first_instance(day: chrono::NaiveDate, kind: usize) -> chrono::NaiveDate {
    use chrono::{Datelike, Weekday};
    let on = |weekday: Weekday| {
        day + chrono::Duration::days(i64::from(
            (7 + weekday.num_days_from_monday() - day.weekday().num_days_from_monday()) % 7,
        ))
    };
    match kind {
        0 => on(Weekday::Tue),
        1 => on(Weekday::Mon),
        2 => {
            let third = |first: chrono::NaiveDate| {
                let sunday =
                    first + chrono::Duration::days(i64::from((7 - first.weekday().num_days_from_sunday()) % 7));
                sunday + chrono::Duration::days(14)
            };
            let this = third(day.with_day(1).expect("day 1"));
            if this >= day {
                this
            } else {
                third(this.with_day(1).expect("day 1") + chrono::Months::new(1))
            }
        }
        _ => day,
    }
}

/// Writes the calendar of `total` VEVENTs (series, their overrides and single events together) to `path`; returns
/// how many series and overrides it holds.
pub fn write(path: &std::path::Path, total: usize) -> std::io::Result<(usize, usize)> {
    let mut rng = Seeded(0x9E6C_63D0_676A_9A99);
    let mut file = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut out = Vec::with_capacity(1 << 16);
    out.extend_from_slice(
        b"BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n\
          CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Koalisyon \xe2\x80\x94 shared calendar\r\n\
          X-WR-TIMEZONE:Asia/Manila\r\n",
    );
    for (zone, body) in ZONES {
        out.extend_from_slice(format!("BEGIN:VTIMEZONE\r\nTZID:{zone}\r\nX-LIC-LOCATION:{zone}\r\n").as_bytes());
        out.extend_from_slice(body.as_bytes());
        out.extend_from_slice(b"END:VTIMEZONE\r\n");
    }
    let (mut written, mut series, mut overrides) = (0, 0, 0);
    let epoch = chrono::NaiveDate::from_ymd_opt(2019, 1, 1).expect("date");
    while written < total {
        let i = written;
        let day = epoch + chrono::Duration::days(rng.next(365 * 8) as i64);
        let zone = ZONES[rng.next(5) as usize].0;
        let all_day = rng.next(8) == 0;
        let recurring = written + 3 < total && rng.next(11) == 0;
        // A series starts on one of its instances, as Google writes them.
        let day = if recurring { first_instance(day, i % 4) } else { day };
        let start = day.and_hms_opt(7 + rng.next(12) as u32, [0, 15, 30, 45][rng.next(4) as usize], 0).expect("t");
        let length = chrono::Duration::minutes(30 * (1 + rng.next(6) as i64));
        let uid = format!("{:08x}{:016x}@google.com", i, rng.next(u64::MAX));
        let created = epoch.and_hms_opt(0, 0, 0).expect("t") + chrono::Duration::seconds(rng.next(86400 * 2900) as i64);
        let modified = created + chrono::Duration::seconds(rng.next(86400 * 30) as i64);
        let sequence = rng.next(4);
        let title = TITLES[rng.next(TITLES.len() as u64) as usize];
        // An eighth of the events have a description: paragraphs joined by `\n\n`, one or five (~1 KB).
        let paragraphs = [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5][rng.next(16) as usize];
        let description: Vec<&str> =
            (0..paragraphs).map(|_| PARAGRAPHS[rng.next(PARAGRAPHS.len() as u64) as usize]).collect();
        // Guests on a quarter of the events (then Google also names the organiser).
        let attendees = if rng.next(4) == 0 { 1 + rng.next(3) } else { 0 };
        let when = |out: &mut Vec<u8>, name: &str, t: chrono::NaiveDateTime| {
            if all_day {
                line(out, &format!("{name};VALUE=DATE:{}", t.format("%Y%m%d")));
            } else {
                line(out, &format!("{name};TZID={zone}:{}", basic(t)));
            }
        };
        let event = |out: &mut Vec<u8>, start: chrono::NaiveDateTime, rid: Option<chrono::NaiveDateTime>| {
            out.extend_from_slice(b"BEGIN:VEVENT\r\n");
            let end = if all_day { start + chrono::Duration::days(1) } else { start + length };
            when(out, "DTSTART", start);
            when(out, "DTEND", end);
            if rid.is_none() && recurring {
                let rule = match i % 4 {
                    0 => "RRULE:FREQ=WEEKLY;BYDAY=TU".to_string(),
                    1 => format!(
                        "RRULE:FREQ=WEEKLY;WKST=SU;UNTIL={}Z;BYDAY=MO,TH",
                        basic(start + chrono::Duration::days(180))
                    ),
                    2 => "RRULE:FREQ=MONTHLY;BYDAY=3SU".to_string(),
                    _ => "RRULE:FREQ=DAILY;INTERVAL=3;COUNT=60".to_string(),
                };
                line(out, &rule);
                if i % 4 != 1 {
                    when(out, "EXDATE", start + chrono::Duration::days(if i % 4 == 3 { 9 } else { 28 }));
                }
            }
            if let Some(rid) = rid {
                when(out, "RECURRENCE-ID", rid);
            }
            line(out, "DTSTAMP:20261206T120000Z");
            let (cn, mail) = PEOPLE[i % PEOPLE.len()];
            if attendees > 0 {
                line(out, &format!("ORGANIZER;CN={cn}:mailto:{mail}"));
            }
            line(out, &format!("UID:{uid}"));
            for a in 0..attendees {
                let (cn, mail) = PEOPLE[(i + 1 + a as usize) % PEOPLE.len()];
                let partstat = PARTSTATS[(i + a as usize) % PARTSTATS.len()];
                line(
                    out,
                    &format!(
                        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN={cn};X-NUM-GUESTS=0:mailto:{mail}"
                    ),
                );
            }
            if i % 5 == 0 {
                line(
                    out,
                    &format!(
                        "X-GOOGLE-CONFERENCE:https://meet.google.com/{:03x}-{:04x}-{:03x}",
                        i % 4096,
                        i % 65536,
                        i % 4093
                    ),
                );
            }
            line(out, &format!("CREATED:{}Z", basic(created)));
            if !description.is_empty() {
                line(out, &format!("DESCRIPTION:{}", escape(&description.join("\n\n"))));
            }
            line(out, &format!("LAST-MODIFIED:{}Z", basic(modified)));
            if i % 10 == 0 {
                line(
                    out,
                    &format!(
                        "LOCATION:{}",
                        escape("Bulwagang Bayan, 123 Kalye Mabini, Quezon City, Metro Manila, Philippines")
                    ),
                );
            }
            if i % 7 == 0 {
                line(out, &format!("URL:https://example.org/events/{i}"));
            }
            line(out, &format!("SEQUENCE:{}", sequence + u64::from(rid.is_some())));
            line(out, if i % 20 == 0 { "STATUS:TENTATIVE" } else { "STATUS:CONFIRMED" });
            let summary = if rid.is_some() { format!("{title} (moved)") } else { title.to_string() };
            line(out, &format!("SUMMARY:{}", escape(&summary)));
            line(out, if all_day { "TRANSP:TRANSPARENT" } else { "TRANSP:OPAQUE" });
            if i % 4 == 0 {
                out.extend_from_slice(
                    b"BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:This is an event reminder\r\n\
                      TRIGGER:-P0DT0H30M0S\r\nEND:VALARM\r\n",
                );
            }
            out.extend_from_slice(b"END:VEVENT\r\n");
        };
        event(&mut out, start, None);
        written += 1;
        if recurring {
            series += 1;
            // Occurrences moved by an hour: the second and third of every Tuesday series, the first of every other
            // monthly one and the second of every other daily one; each a VEVENT of its own with its RECURRENCE-ID
            // right after the series, as Google orders them.
            let moved: &[i64] = match i % 4 {
                0 => &[7, 14],
                2 if i % 8 == 2 => &[0],
                3 if i % 8 == 3 => &[3],
                _ => &[],
            };
            for days in moved {
                let rid = start + chrono::Duration::days(*days);
                event(&mut out, rid + chrono::Duration::hours(1), Some(rid));
                written += 1;
                overrides += 1;
            }
        }
        if out.len() > 1 << 16 {
            file.write_all(&out)?;
            out.clear();
        }
    }
    out.extend_from_slice(b"END:VCALENDAR\r\n");
    file.write_all(&out)?;
    file.flush()?;
    Ok((series, overrides))
}
