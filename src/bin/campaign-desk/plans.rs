//! `campaign` and `event`: what is being planned, and when.

use campaign_desk::domain::{CampaignInput, Event, EventInput, EventMode, OrgInRole, OrgRole};
use campaign_desk::service::series_edit;
use campaign_desk::{Error, Store};

use crate::args::{CampaignCmd, CampaignFields, EventCmd, EventFields};
use crate::directory::set;
use crate::output::{fields, opt, say, table, Out};
use campaign_desk::msg;

fn parse<T: std::str::FromStr<Err = String>>(field: &str, value: &str) -> Result<T, Error> {
    value.parse().map_err(|m: String| Error::invalid(field, m))
}

/// `ID:ROLE` pairs, e.g. `3:co_organiser`.
fn org_roles(specs: &[String]) -> Result<Vec<OrgInRole>, Error> {
    specs
        .iter()
        .map(|s| {
            let (id, role) = s.split_once(':').unwrap_or((s, "partner"));
            let organisation_id =
                id.trim().parse().map_err(|_| Error::invalid_msg("org", msg!("core-cli-not-org-role", value = s)))?;
            Ok(OrgInRole { organisation_id, organisation_name: String::new(), role: parse::<OrgRole>("org", role)? })
        })
        .collect()
}

pub fn campaign(store: &mut Store, cmd: CampaignCmd, out: &Out) -> anyhow::Result<()> {
    match cmd {
        CampaignCmd::Add(f) => {
            if f.kind.is_none() {
                return Err(Error::invalid_msg("kind", msg!("core-cli-kind-needed")).into());
            }
            let mut input = CampaignInput { zone: store.settings()?.home_zone, ..Default::default() };
            apply_campaign(&mut input, f)?;
            let c = store.create_campaign(&input)?;
            out.value(&c, || println!("{}", say(msg!("core-cli-campaign-created", id = c.id, title = &c.title))))
        }
        CampaignCmd::List { search } => {
            let list = store.list_campaigns(search.as_deref())?;
            out.list(
                &list,
                &["id", "title", "kind", "from", "to", "zone", "status", "orgs"],
                |c| {
                    vec![
                        c.id.to_string(),
                        c.title.clone(),
                        c.kind.to_string(),
                        c.start_date.clone(),
                        c.end_date.clone(),
                        c.zone.clone(),
                        c.status.to_string(),
                        c.organisations.len().to_string(),
                    ]
                },
                &say(msg!("core-cli-no-campaigns")),
            )
        }
        CampaignCmd::Show { id } => {
            let detail = store.campaign_detail(id)?;
            out.value(&detail, || {
                let c = &detail.campaign;
                fields(&[
                    ("id", c.id.to_string()),
                    ("title", c.title.clone()),
                    ("kind", c.kind.to_string()),
                    ("dates", format!("{} – {}", c.start_date, c.end_date)),
                    ("zone", c.zone.clone()),
                    ("status", c.status.to_string()),
                    ("colour", c.colour.clone()),
                    ("hashtags", c.hashtags.join(" ")),
                    ("summary", opt(&c.summary)),
                    ("description", opt(&c.description)),
                ]);
                if !c.organisations.is_empty() {
                    println!("\n{}", say(msg!("core-cli-heading-organisations")));
                    for o in &c.organisations {
                        println!("  {} ({}): {}", o.organisation_name, o.organisation_id, o.role);
                    }
                }
                if !detail.events.is_empty() {
                    println!("\n{}", say(msg!("core-cli-heading-events")));
                    print!("{}", events_table(&detail.events));
                }
            })
        }
        CampaignCmd::Edit { id, fields: f } => {
            let mut input = CampaignInput::from(&store.get_campaign(id)?);
            apply_campaign(&mut input, f)?;
            let c = store.update_campaign(id, &input)?;
            out.value(&c, || println!("{}", say(msg!("core-cli-campaign-updated", id = c.id, title = &c.title))))
        }
        CampaignCmd::Rm { id } => {
            store.delete_campaign(id)?;
            out.value(&serde_json::json!({ "deleted": id }), || {
                println!("{}", say(msg!("core-cli-campaign-deleted", id = id)))
            })
        }
        CampaignCmd::New { template, start, title, zone } => {
            use campaign_desk::service::campaign_plans::from_template;
            let template = template.parse().map_err(|m: String| Error::invalid("template", m))?;
            let start = campaign_desk::validate::date_problem(&start).map_err(|m| Error::invalid_msg("start", m))?;
            let created = from_template(store, template, start, &title, zone.as_deref())?;
            created_plan(&created, out)
        }
        CampaignCmd::Duplicate { id, shift_to } => {
            use campaign_desk::service::campaign_plans::next_edition;
            let start =
                campaign_desk::validate::date_problem(&shift_to).map_err(|m| Error::invalid_msg("shift_to", m))?;
            let plan = next_edition(store, id, start)?;
            let created = store.create_campaign_plan(&plan)?;
            created_plan(&created, out)
        }
    }
}

fn created_plan(p: &campaign_desk::store::CreatedPlan, out: &Out) -> anyhow::Result<()> {
    let json = serde_json::json!({ "campaign": p.campaign, "events": p.events, "tasks": p.tasks });
    out.value(&json, || {
        let created = msg!(
            "core-cli-plan-created",
            id = p.campaign.id,
            title = &p.campaign.title,
            start = &p.campaign.start_date,
            end = &p.campaign.end_date,
            events = p.events.len(),
            tasks = p.tasks.len()
        );
        println!("{}", say(created))
    })
}

fn apply_campaign(input: &mut CampaignInput, f: CampaignFields) -> Result<(), Error> {
    if let Some(v) = f.title {
        input.title = v;
    }
    if let Some(v) = f.kind {
        input.kind = parse("kind", &v)?;
    }
    if let Some(v) = f.start {
        input.start_date = v;
    }
    if let Some(v) = f.end {
        input.end_date = v;
    }
    if let Some(v) = f.zone {
        input.zone = v;
    }
    if !f.hashtags.is_empty() {
        input.hashtags = f.hashtags;
    }
    if !f.orgs.is_empty() {
        input.organisations = org_roles(&f.orgs)?;
    }
    set(&mut input.summary, f.summary);
    set(&mut input.description, f.description);
    if let Some(v) = f.colour {
        input.colour = v;
    }
    if let Some(v) = f.status {
        input.status = parse("status", &v)?;
    }
    Ok(())
}

pub fn event(store: &mut Store, cmd: EventCmd, out: &Out) -> anyhow::Result<()> {
    match cmd {
        EventCmd::Add(f) => {
            let mut input = EventInput::default();
            apply_event(&campaign_zone(store), &mut input, f)?;
            let e = store.create_event(&input)?;
            out.value(&e, || println!("{}", say(msg!("core-cli-event-created", id = e.id, title = &e.title))))
        }
        EventCmd::List { campaign, from: Some(from), to: Some(to), tz } => {
            crate::calendar::occurrences(store, campaign, &from, &to, tz.as_deref(), out)
        }
        EventCmd::Times { id, at, zones } => crate::calendar::times(store, id, at.as_deref(), &zones, out),
        EventCmd::List { campaign, .. } => {
            let list = store.list_events(campaign)?;
            out.value(&list, || {
                if list.is_empty() {
                    println!("{}", say(msg!("core-cli-no-events")));
                } else {
                    print!("{}", events_table(&list));
                }
            })
        }
        EventCmd::Show { id } => {
            let e = store.get_event(id)?;
            out.value(&e, || {
                fields(&[
                    ("id", e.id.to_string()),
                    ("uid", e.uid.clone()),
                    ("title", e.title.clone()),
                    ("kind", e.kind.to_string()),
                    ("when", when(&e)),
                    ("repeats", opt(&e.rrule)),
                    ("except", e.exdates.join(", ")),
                    ("also on", e.rdates.join(", ")),
                    ("status", e.status.to_string()),
                    ("mode", e.mode.to_string()),
                    ("location", opt(&e.location)),
                    ("online", opt(&e.online_url)),
                    ("register", opt(&e.registration_url)),
                    ("campaign", e.campaign_id.map(|c| c.to_string()).unwrap_or_default()),
                    ("description", opt(&e.description)),
                ]);
                for o in &e.organisations {
                    println!("  {} ({}): {}", o.organisation_name, o.organisation_id, o.role);
                }
            })
        }
        EventCmd::Edit { id, occurrence: Some(rid), scope, fields: f } => match scope.as_deref().unwrap_or("this") {
            "this" => crate::calendar::change_occurrence(store, id, &rid, f, out),
            "following" => {
                // Split and edit in one transaction: a flag that does not validate leaves the series unsplit.
                let (_, e) = series_edit::edit_following_with(store, id, &rid, |w, _, mut input| {
                    apply_event(&|c| Ok(w.get_campaign(c)?.zone), &mut input, f)?;
                    Ok(input)
                })?;
                out.value(&e, || println!("{}", say(msg!("core-cli-series-split", id = id, at = &rid, new = e.id))))
            }
            other => Err(Error::invalid_msg("scope", msg!("core-cli-not-a-scope", value = other)).into()),
        },
        EventCmd::Edit { id, occurrence: None, fields: f, .. } => {
            let mut input = EventInput::from(&store.get_event(id)?);
            apply_event(&campaign_zone(store), &mut input, f)?;
            let e = store.update_event(id, &input)?;
            out.value(&e, || println!("{}", say(msg!("core-cli-event-updated", id = e.id, title = &e.title))))
        }
        EventCmd::Rm { id } => {
            store.delete_event(id)?;
            out.value(&serde_json::json!({ "deleted": id }), || {
                println!("{}", say(msg!("core-cli-event-deleted", id = id)))
            })
        }
    }
}

/// A campaign's home zone, read from the store.
fn campaign_zone(store: &Store) -> impl Fn(i64) -> Result<String, Error> + '_ {
    |c| Ok(store.get_campaign(c)?.zone)
}

/// The flags given over `input`. A start given without an end moves the event keeping its length (as the form
/// does); `campaign_zone` gives a timed event added to a campaign the campaign's zone.
fn apply_event(
    campaign_zone: &dyn Fn(i64) -> Result<String, Error>,
    input: &mut EventInput,
    f: EventFields,
) -> Result<(), Error> {
    if let Some(v) = f.title {
        input.title = v;
    }
    if let Some(c) = f.campaign {
        input.campaign_id = (c != 0).then_some(c);
    }
    if let Some(date) = f.date {
        match f.end_date {
            None if input.all_day => input.move_start(date),
            end => {
                input.all_day = true;
                input.start = date;
                input.end = end.unwrap_or_default();
            }
        }
    } else if f.start.is_some() || f.end.is_some() {
        let was_timed = !input.all_day;
        input.all_day = false;
        match (f.start, f.end) {
            (Some(s), None) if was_timed => input.move_start(s),
            (s, e) => {
                if let Some(s) = s {
                    input.start = s;
                }
                if let Some(e) = e {
                    input.end = e;
                }
            }
        }
    } else if f.all_day {
        input.all_day = true;
    }
    if let Some(z) = f.zone {
        input.zone = (!z.trim().is_empty()).then_some(z);
    } else if input.zone.is_none() && !input.all_day {
        // A timed event added to a campaign takes the campaign's home zone unless told otherwise.
        if let Some(c) = input.campaign_id {
            input.zone = Some(campaign_zone(c)?);
        }
    }
    if let Some(v) = f.kind {
        input.kind = parse("kind", &v)?;
    }
    set(&mut input.rrule, f.rrule);
    if !f.exdates.is_empty() {
        input.exdates = f.exdates;
    }
    if !f.rdates.is_empty() {
        input.rdates = f.rdates.into_iter().filter(|r| !r.trim().is_empty()).collect();
    }
    if let Some(v) = f.status {
        input.status = parse("status", &v)?;
    }
    set(&mut input.location, f.location);
    let gave_link = f.online_url.as_deref().is_some_and(|u| !u.trim().is_empty());
    set(&mut input.online_url, f.online_url);
    match f.mode {
        Some(v) => input.mode = parse("mode", &v)?,
        // An online link without --mode means the event is online (or hybrid when it also has a place).
        None if gave_link && input.mode == EventMode::InPerson => {
            input.mode = if input.location.is_some() { EventMode::Hybrid } else { EventMode::Online };
        }
        None => {}
    }
    set(&mut input.registration_url, f.url);
    set(&mut input.description, f.description);
    if !f.reminders.is_empty() {
        input.reminders = f.reminders;
    }
    if !f.orgs.is_empty() {
        input.organisations = org_roles(&f.orgs)?;
    }
    Ok(())
}

fn when(e: &Event) -> String {
    if e.all_day {
        if e.start == e.end {
            say(msg!("core-cli-all-day", day = &e.start))
        } else {
            say(msg!("core-cli-all-days", start = &e.start, end = &e.end))
        }
    } else {
        format!("{} – {} {}", e.start.replace('T', " "), e.end.replace('T', " "), e.zone.as_deref().unwrap_or(""))
    }
}

fn events_table(events: &[Event]) -> String {
    table(
        &["id", "when", "title", "kind", "status"],
        events
            .iter()
            .map(|e| {
                let repeats = if e.rrule.is_some() || !e.rdates.is_empty() { " ↻" } else { "" };
                vec![
                    e.id.to_string(),
                    when(e),
                    format!("{}{repeats}", e.title),
                    e.kind.to_string(),
                    e.status.to_string(),
                ]
            })
            .collect(),
    )
}

pub fn task(store: &mut Store, cmd: crate::args::TaskCmd, out: &Out) -> anyhow::Result<()> {
    use crate::args::TaskCmd;
    use campaign_desk::domain::TaskInput;
    match cmd {
        TaskCmd::Add { campaign, title, due, owner } => {
            let t = store.create_task(&TaskInput { campaign_id: campaign, title, due_date: due, owner_id: owner })?;
            out.value(&t, || {
                println!("{}", say(msg!("core-cli-task-added", id = t.id, campaign = campaign, title = &t.title)))
            })
        }
        TaskCmd::Done { id, undo } => {
            let t = store.set_task_done(id, !undo)?;
            out.value(&t, || {
                let done = if undo {
                    msg!("core-cli-task-reopened", id = id, title = &t.title)
                } else {
                    msg!("core-cli-task-done", id = id, title = &t.title)
                };
                println!("{}", say(done))
            })
        }
        TaskCmd::List { campaign } => {
            store.get_campaign(campaign)?;
            let tasks = store.list_tasks(Some(campaign))?;
            let today = chrono::Local::now().date_naive();
            out.list(
                &tasks,
                &["ID", "DONE", "DUE", "OWNER", "TITLE"],
                |t| {
                    let state = if t.done_at.is_some() {
                        "x"
                    } else if t.is_overdue(today) {
                        "OVERDUE"
                    } else {
                        ""
                    };
                    vec![
                        t.id.to_string(),
                        state.to_string(),
                        t.due_date.clone().unwrap_or_default(),
                        t.owner_name.clone().unwrap_or_default(),
                        t.title.clone(),
                    ]
                },
                &say(msg!("core-cli-no-tasks")),
            )
        }
        TaskCmd::Rm { id } => {
            store.delete_task(id)?;
            out.value(&serde_json::json!({ "deleted": id }), || {
                println!("{}", say(msg!("core-cli-task-deleted", id = id)))
            })
        }
    }
}
