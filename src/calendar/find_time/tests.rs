use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::{America, Asia, Europe, Pacific, Tz};

use super::*;

/// Working hours every day of the week, for the clock-change days (all Sundays).
fn every_day(label: &str, zone: Tz) -> Participant {
    let mut p = who(label, zone);
    p.hours.working_days = WorkingDays::parse("all").unwrap();
    p
}

fn who(label: &str, zone: Tz) -> Participant {
    Participant { label: label.into(), zone, hours: DayHours::default(), busy: Vec::new() }
}

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn utc(s: &str) -> DateTime<Utc> {
    s.parse().expect("utc time")
}

fn search(participants: Vec<Participant>, minutes: i64, first_day: &str, days: u32) -> Search {
    Search {
        participants,
        length: Duration::minutes(minutes),
        first_day: day(first_day),
        days,
        step: Duration::minutes(30),
    }
}

fn alliance() -> Vec<Participant> {
    vec![
        who("Migrante", Asia::Manila),
        who("Toronto partners", America::Toronto),
        who("London partners", Europe::London),
        who("Auckland partners", Pacific::Auckland),
    ]
}

#[test]
fn manila_toronto_london_auckland_rank_one_asleep_and_two_working_first() {
    // Tuesday 18 February in Manila (Monday evening to Tuesday in the others), working hours Monday to Friday.
    // February: Toronto UTC−5, London UTC, Manila UTC+8, Auckland UTC+13. No hour has all four awake; the best
    // leave one asleep and have two in working hours: 20:00–21:30 UTC (Toronto 15:00, Auckland 09:00, Manila 04:00).
    let found = find(&search(alliance(), 90, "2025-02-18", 1)).unwrap();
    assert_eq!(found.candidates, 48);
    assert_eq!(found.ruled_out_busy, 0);
    assert_eq!(found.slots.len(), 48);
    let top = &found.slots[0];
    // Manila's 17 February begins at 16:00 UTC on the 16th.
    assert_eq!(top.start, "2025-02-17T20:00:00+00:00");
    assert_eq!(top.end, "2025-02-17T21:30:00+00:00");
    assert_eq!((top.asleep, top.working, top.awake), (1, 2, 1));
    assert_eq!(top.score, 3 * 5 + 2);
    assert_eq!(
        top.text,
        "15:00 Toronto (-1 day) · 20:00 London (-1 day) · 09:00 Auckland — everyone else awake, London outside \
         working hours; Manila at 04:00 is asleep"
    );
    let locals: Vec<(&str, i64)> = top.times.iter().map(|t| (t.local.as_str(), t.day_shift)).collect();
    assert_eq!(locals, [("04:00", 0), ("15:00", -1), ("20:00", -1), ("09:00", 0)]);
    assert_eq!(top.times[3].start, "2025-02-18T09:00:00+13:00");
    assert_eq!(top.reason.asleep[0].label, "Migrante");
    assert_eq!(top.reason.working.iter().map(|w| w.city.as_str()).collect::<Vec<_>>(), ["Toronto", "Auckland"]);
    assert_eq!(top.reason.awake[0].local, "20:00");
    // The same score from 20:00 to 21:30 UTC (London's 23:00 is the limit), then, later in Manila's day, with
    // London asleep: Manila 09:00–10:30, Auckland 14:00, Toronto 20:00 (up to Toronto's 23:00); then worse.
    let starts: Vec<&str> = found.slots[..9].iter().map(|s| &s.start[11..16]).collect();
    assert_eq!(starts[..8], ["20:00", "20:30", "21:00", "21:30", "01:00", "01:30", "02:00", "02:30"]);
    assert_eq!(found.slots[4].text, "09:00 Manila · 20:00 Toronto (-1 day) · 14:00 Auckland — everyone else awake, Toronto outside working hours; London at 01:00 is asleep");
    assert!(found.slots[8].score < top.score);
    assert!(found.slots.windows(2).all(|w| w[0].score >= w[1].score));
    // Worst last: never more than two asleep with these four; of those, the latest.
    let worst = found.slots.last().unwrap();
    assert_eq!((worst.start.as_str(), worst.asleep, worst.working), ("2025-02-18T11:30:00+00:00", 2, 1));
    assert_eq!(
        worst.text,
        "19:30 Manila · 11:30 London — everyone else awake, Manila outside working hours; Toronto at 06:30 and \
         Auckland at 00:30 (+1 day) are asleep"
    );
}

#[test]
fn the_weekend_has_no_working_hours() {
    // Saturday 15 February in Manila: awake at 10:00, not working; with working days "all" it is.
    let saturday = find(&search(vec![who("Manila", Asia::Manila)], 60, "2025-02-15", 1)).unwrap();
    assert_eq!((saturday.slots[0].working, saturday.slots[0].times[0].local.as_str()), (0, "07:00"));
    assert_eq!(saturday.slots[0].text, "07:00 Manila — everyone awake, Manila outside working hours");
    let open = find(&search(vec![every_day("Manila", Asia::Manila)], 60, "2025-02-15", 1)).unwrap();
    assert_eq!((open.slots[0].working, open.slots[0].times[0].local.as_str()), (1, "09:00"));
    // Sun–Thu weeks: Friday is off, Sunday is on.
    let mut gulf = who("Kuwait", Asia::Kuwait);
    gulf.hours.working_days = WorkingDays::parse("sun-thu").unwrap();
    let grid = day_grid(&[gulf.clone()], day("2025-02-14"));
    assert_eq!(grid.rows[0].cells[10].state, DayState::Awake);
    let grid = day_grid(&[gulf], day("2025-02-16"));
    assert_eq!(grid.rows[0].cells[10].state, DayState::Working);
}

#[test]
fn ranking_is_asleep_then_working_then_time() {
    let found = find(&search(alliance(), 60, "2025-02-17", 3)).unwrap();
    let keys: Vec<(u32, i64, &str)> =
        found.slots.iter().map(|s| (s.asleep, -i64::from(s.working), s.start.as_str())).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

#[test]
fn two_people_in_working_hours_everyone_awake() {
    let found =
        find(&search(vec![who("Hong Kong", Asia::Hong_Kong), who("Manila", Asia::Manila)], 90, "2025-02-17", 1))
            .unwrap();
    assert_eq!(found.slots[0].text, "09:00 Hong Kong · 09:00 Manila — everyone in working hours");
    let evening = found.slots.iter().find(|s| s.start.starts_with("2025-02-17T12:00")).unwrap();
    assert_eq!(
        evening.text,
        "20:00 Hong Kong · 20:00 Manila — everyone awake, Hong Kong and Manila outside working hours"
    );
    let night = found.slots.iter().find(|s| s.start.starts_with("2025-02-16T18:00")).unwrap();
    assert_eq!(night.text, "everyone asleep: Hong Kong at 02:00 and Manila at 02:00");
}

#[test]
fn busy_intervals_rule_slots_out_but_touching_is_fine() {
    let mut people = alliance();
    // Toronto's partners have a webinar 15:00–16:00 Toronto time (20:00–21:00 UTC).
    people[1].busy.push((utc("2025-02-17T20:00:00Z"), utc("2025-02-17T21:00:00Z")));
    let found = find(&search(people, 90, "2025-02-18", 1)).unwrap();
    assert_eq!(found.candidates, 48);
    // 19:00, 19:30, 20:00 and 20:30 UTC starts overlap it.
    assert_eq!(found.ruled_out_busy, 4);
    let starts: Vec<&str> = found.slots.iter().map(|s| &s.start[11..16]).collect();
    for gone in ["19:00", "19:30", "20:00", "20:30"] {
        assert!(!starts.contains(&gone), "{gone} overlaps the webinar");
    }
    // 18:30–20:00 ends as it starts, 21:00 starts as it ends: both allowed; 21:00 is now the best.
    assert!(starts.contains(&"18:30"));
    assert_eq!(starts[0], "21:00");
}

#[test]
fn no_slot_at_all_is_a_count_not_a_mystery() {
    let mut people = vec![who("Manila", Asia::Manila)];
    people[0].busy.push((utc("2025-02-01T00:00:00Z"), utc("2025-03-01T00:00:00Z")));
    let found = find(&search(people, 60, "2025-02-10", 2)).unwrap();
    assert!(found.slots.is_empty());
    assert_eq!((found.candidates, found.ruled_out_busy), (96, 96));
}

#[test]
fn toronto_spring_forward_day_has_23_hours_and_a_slot_across_it_is_asleep() {
    // 2025-03-09: Toronto's clocks jump from 02:00 EST to 03:00 EDT.
    let found = find(&search(vec![every_day("Toronto", America::Toronto)], 90, "2025-03-09", 1)).unwrap();
    assert_eq!(found.candidates, 46);
    let across = found.slots.iter().find(|s| s.start == "2025-03-09T06:30:00+00:00").unwrap();
    assert_eq!(across.times[0].start, "2025-03-09T01:30:00-05:00");
    assert_eq!(across.times[0].end, "2025-03-09T04:00:00-04:00");
    assert_eq!(across.asleep, 1);
    // The first working slot that day starts at 09:00 EDT, 13:00 UTC (a day earlier it was 14:00 UTC).
    assert_eq!(found.slots[0].start, "2025-03-09T13:00:00+00:00");
    let before = find(&search(vec![every_day("Toronto", America::Toronto)], 90, "2025-03-08", 1)).unwrap();
    assert_eq!(before.slots[0].start, "2025-03-08T14:00:00+00:00");
    assert_eq!(before.candidates, 48);

    let grid = day_grid(&[every_day("Toronto", America::Toronto)], day("2025-03-09"));
    let hours: Vec<&str> = grid.rows[0].cells.iter().map(|c| c.local.as_str()).collect();
    assert_eq!(hours.len(), 23);
    assert_eq!(&hours[..4], ["00:00", "01:00", "03:00", "04:00"]);
    assert_eq!(grid.rows[0].cells[1].offset, "-05:00");
    assert_eq!(grid.rows[0].cells[2].offset, "-04:00");
}

#[test]
fn london_changes_on_its_own_date_and_the_overlap_with_manila_widens() {
    // Manila keeps UTC+8; London goes from GMT to BST on 2025-03-30 at 01:00 UTC. Both in working hours for an
    // hour: Manila 17:00 = London 09:00 before, Manila 16:00–17:00 starts = London 09:00–10:00 BST after.
    let found = find(&search(
        vec![every_day("Manila", Asia::Manila), every_day("London", Europe::London)],
        60,
        "2025-03-28",
        4,
    ))
    .unwrap();
    let both: Vec<(String, String)> = found
        .slots
        .iter()
        .filter(|s| s.working == 2)
        .map(|s| (s.times[0].start[..16].to_string(), s.times[1].local.clone()))
        .collect();
    let want = [
        ("2025-03-28T17:00", "09:00"),
        ("2025-03-29T17:00", "09:00"),
        ("2025-03-30T16:00", "09:00"),
        ("2025-03-30T16:30", "09:30"),
        ("2025-03-30T17:00", "10:00"),
        ("2025-03-31T16:00", "09:00"),
        ("2025-03-31T16:30", "09:30"),
        ("2025-03-31T17:00", "10:00"),
    ];
    assert_eq!(both, want.map(|(a, b)| (a.to_string(), b.to_string())));
}

#[test]
fn auckland_falls_back_a_25_hour_day_and_the_day_shifts_of_the_others() {
    // 2025-04-06 03:00 NZDT the clocks go back to 02:00 NZST: that Auckland day has 25 hours.
    let people = [
        every_day("Auckland", Pacific::Auckland),
        every_day("London", Europe::London),
        every_day("Manila", Asia::Manila),
    ];
    let grid = day_grid(&people, day("2025-04-06"));
    assert_eq!(grid.day, "2025-04-06");
    let auckland: Vec<&str> = grid.rows[0].cells.iter().map(|c| c.local.as_str()).collect();
    assert_eq!(auckland.len(), 25);
    assert_eq!(&auckland[..5], ["00:00", "01:00", "02:00", "02:00", "03:00"]);
    assert_eq!((grid.rows[0].cells[2].offset.as_str(), grid.rows[0].cells[3].offset.as_str()), ("+13:00", "+12:00"));
    // Auckland's midnight is London's noon the day before (BST, UTC+1) and Manila's 19:00 the day before.
    let london = &grid.rows[1].cells;
    assert_eq!((london[0].local.as_str(), london[0].day_shift), ("12:00", -1));
    assert_eq!(london[0].state, DayState::Working);
    assert_eq!(london[0].start, "2025-04-05T12:00:00+01:00");
    // London's day turns at Auckland 11:00 (NZST, eleven hours ahead of BST): from then on the same day.
    let turn = london.iter().position(|c| c.day_shift == 0).unwrap();
    assert_eq!(grid.rows[0].cells[turn].local, "11:00");
    assert_eq!(london[turn].local, "00:00");
    assert_eq!(london[turn].state, DayState::Asleep);
    let manila = &grid.rows[2].cells;
    assert_eq!((manila[0].local.as_str(), manila[0].day_shift, manila[0].state), ("19:00", -1, DayState::Awake));
    assert_eq!(grid.rows[0].cells[0].state, DayState::Asleep);
    assert_eq!(grid.rows[0].cells[9].local, "08:00");
    assert_eq!(grid.rows[0].cells[10].state, DayState::Working);
}

#[test]
fn a_half_hour_zone_sits_between_the_hours() {
    let mut people = [who("Manila", Asia::Manila), who("Kolkata", Asia::Kolkata)];
    people[1].busy.push((utc("2025-02-17T03:30:00Z"), utc("2025-02-17T04:00:00Z")));
    let grid = day_grid(&people, day("2025-02-17"));
    let cell = &grid.rows[1].cells[11];
    assert_eq!((cell.local.as_str(), cell.offset.as_str(), cell.day_shift), ("08:30", "+05:30", 0));
    assert_eq!(cell.state, DayState::Awake);
    assert!(grid.rows[1].cells[11].busy && !grid.rows[1].cells[10].busy && !grid.rows[1].cells[12].busy);
    assert_eq!(grid.rows[1].cells[0].day_shift, -1);
    // Adelaide is UTC+10:30 in February (daylight time): Manila 09:00 is 11:30 there.
    let found = find(&search(
        vec![who("Manila", Asia::Manila), who("Adelaide", "Australia/Adelaide".parse().unwrap())],
        60,
        "2025-02-17",
        1,
    ))
    .unwrap();
    assert_eq!(found.slots[0].text, "09:00 Manila · 11:30 Adelaide — everyone in working hours");
}

#[test]
fn own_hours_change_the_answer() {
    let mut early = who("Manila", Asia::Manila);
    early.hours = DayHours::new(
        ClockRange::parse("06:00-14:00").unwrap(),
        WorkingDays::default(),
        ClockRange::parse("21:00-05:00").unwrap(),
    )
    .unwrap();
    let found = find(&search(vec![early], 60, "2025-02-17", 1)).unwrap();
    assert_eq!(found.slots[0].times[0].local, "06:00");
}

#[test]
fn a_bad_search_is_refused_by_field() {
    let field = |s: Search| match find(&s).unwrap_err() {
        crate::Error::Invalid(fields) => fields[0].field.clone(),
        other => panic!("not a validation error: {other}"),
    };
    assert_eq!(field(search(vec![], 60, "2025-02-17", 1)), "with");
    assert_eq!(field(search(alliance(), 0, "2025-02-17", 1)), "length");
    assert_eq!(field(search(alliance(), 25 * 60, "2025-02-17", 1)), "length");
    assert_eq!(field(search(alliance(), 60, "2025-02-17", 0)), "days");
    assert_eq!(field(search(alliance(), 60, "2025-02-17", MAX_DAYS + 1)), "days");
    let mut s = search(alliance(), 60, "2025-02-17", 1);
    s.step = Duration::minutes(1);
    assert_eq!(field(s), "step");
}

fn state_at(found: &FindTimeResult, start: &str, who: usize) -> DayState {
    found.slots.iter().find(|s| s.start == start).map(|s| s.times[who].state).expect("a slot starting then")
}

#[test]
fn an_organisation_working_sunday_to_thursday_works_on_sunday_not_friday() {
    // A Riyadh partner (UTC+3) whose week is Sunday to Thursday, beside Manila's Monday to Friday.
    let mut riyadh = who("Riyadh partners", Asia::Riyadh);
    riyadh.hours.working_days = WorkingDays::parse("sun-thu").unwrap();
    let both = || vec![riyadh.clone(), who("Migrante", Asia::Manila)];
    // Sunday 16 February 2025, 10:00 Riyadh = 15:00 Manila.
    let sunday = find(&search(both(), 60, "2025-02-16", 1)).unwrap();
    assert_eq!(state_at(&sunday, "2025-02-16T07:00:00+00:00", 0), DayState::Working);
    assert_eq!(state_at(&sunday, "2025-02-16T07:00:00+00:00", 1), DayState::Awake);
    // Friday 21 February: Manila works, Riyadh does not.
    let friday = find(&search(both(), 60, "2025-02-21", 1)).unwrap();
    assert_eq!(state_at(&friday, "2025-02-21T07:00:00+00:00", 0), DayState::Awake);
    assert_eq!(state_at(&friday, "2025-02-21T07:00:00+00:00", 1), DayState::Working);
    // On Sunday the best slots have Riyadh in working hours; with the default week nobody works then.
    assert_eq!(sunday.slots[0].working, 1);
    let default_week =
        find(&search(vec![who("Riyadh", Asia::Riyadh), who("Manila", Asia::Manila)], 60, "2025-02-16", 1));
    assert_eq!(default_week.unwrap().slots[0].working, 0);
}

#[test]
fn an_organisation_asleep_from_midnight_to_eight_is_awake_at_eleven_and_asleep_at_seven() {
    let mut late = who("Migrante", Asia::Manila);
    late.hours = DayHours::new(
        ClockRange::parse("09:00-18:00").unwrap(),
        WorkingDays::default(),
        ClockRange::parse("00:00-08:00").unwrap(),
    )
    .unwrap();
    let found = find(&search(vec![late.clone()], 60, "2025-02-18", 1)).unwrap();
    // 23:00–24:00 Manila (15:00 UTC): awake for them, asleep by the default hours.
    assert_eq!(state_at(&found, "2025-02-18T15:00:00+00:00", 0), DayState::Awake);
    // 07:00–08:00 Manila: still asleep for them, awake by the default hours.
    assert_eq!(state_at(&found, "2025-02-17T23:00:00+00:00", 0), DayState::Asleep);
    let default = find(&search(vec![who("Manila", Asia::Manila)], 60, "2025-02-18", 1)).unwrap();
    assert_eq!(state_at(&default, "2025-02-18T15:00:00+00:00", 0), DayState::Asleep);
    assert_eq!(state_at(&default, "2025-02-17T23:00:00+00:00", 0), DayState::Awake);
    // Beside a default partner in the same zone, 23:00 wakes only the other one.
    let pair = find(&search(vec![late, who("Manila", Asia::Manila)], 60, "2025-02-18", 1)).unwrap();
    let eleven = pair.slots.iter().find(|s| s.start == "2025-02-18T15:00:00+00:00").unwrap();
    assert_eq!((eleven.asleep, eleven.awake), (1, 1));
    assert!(eleven.text.ends_with("Manila at 23:00 is asleep"), "{}", eleven.text);
}
