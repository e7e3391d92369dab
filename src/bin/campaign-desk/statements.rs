//! `statement`: drafting, revising, approving, translating and endorsing statements from the command line.

use std::io::{IsTerminal, Read};
use std::path::Path;

use campaign_desk::domain::{
    EndorsementInput, Platform, StatementDetail, StatementInput, StatementKind, StatementStatus,
};
use campaign_desk::service::ics_export::write_atomically;
use campaign_desk::service::statement_diff::{compare_revisions, DiffKind, TextComparison};
use campaign_desk::statement_export::{export_statement, statement_post, ExportFormat, LangChoice};
use campaign_desk::statement_templates::statement_template;
use campaign_desk::{Error, Store};
use serde_json::json;

use crate::args::StatementCmd;
use crate::output::{fields, opt, say, Out};
use campaign_desk::msg;

fn parse<T: std::str::FromStr<Err = String>>(field: &str, value: &str) -> Result<T, Error> {
    value.parse().map_err(|m: String| Error::invalid(field, m))
}

/// The body from a file, or from standard input for `-`; a file that cannot be read is named in the error.
fn read_body(path: &Path) -> Result<String, Error> {
    if path == Path::new("-") {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(|e| Error::io("cannot read standard input", e))?;
        return Ok(s);
    }
    std::fs::read_to_string(path).map_err(|e| Error::io(format!("--body-file {}", path.display()), e))
}

pub fn statement(store: &mut Store, cmd: StatementCmd, out: &Out) -> anyhow::Result<()> {
    match cmd {
        StatementCmd::New { title, campaign, kind, issuers, lang, body_file, place, date } => {
            let kind: StatementKind = parse("kind", &kind)?;
            let body = match body_file {
                Some(f) => read_body(&f)?,
                None => statement_template(kind).body,
            };
            let input = StatementInput {
                kind,
                title,
                campaign_id: campaign,
                place,
                dated: date,
                source_lang: lang,
                issuer_ids: issuers,
                ..Default::default()
            };
            let s = store.create_statement(&input, &body)?;
            out.value(&s, || println!("{}", say(msg!("core-cli-statement-created", id = s.id, title = &s.title))))
        }
        StatementCmd::Edit { id, title, body_file, status, published_on } => {
            let status = status.as_deref().map(|s| parse::<StatementStatus>("status", s)).transpose()?;
            if title.is_none() && body_file.is_none() && status.is_none() {
                return Err(Error::invalid_msg("edit", msg!("core-cli-nothing-to-change")).into());
            }
            if title.is_some() || body_file.is_some() {
                let detail = store.statement_detail(id)?;
                let title = title.unwrap_or(detail.current.title);
                let body = match body_file {
                    Some(f) => read_body(&f)?,
                    None => detail.current.body,
                };
                store.commit_statement_revision(id, &title, &body)?;
            }
            if let Some(status) = status {
                store.set_statement_status(id, status, published_on.as_deref())?;
            }
            let s = store.get_statement(id)?;
            out.value(&s, || {
                println!(
                    "{}",
                    say(msg!(
                        "core-cli-statement-at-revision",
                        id = s.id,
                        revision = s.revision,
                        status = s.status.to_string()
                    ))
                )
            })
        }
        StatementCmd::List { campaign, status } => {
            let status = status.as_deref().map(|s| parse::<StatementStatus>("status", s)).transpose()?;
            let list = store.list_statements(campaign, status)?;
            out.list(
                &list,
                &["id", "title", "kind", "status", "rev", "languages", "endorsed", "campaign"],
                |s| {
                    let mut langs = vec![s.source_lang.clone()];
                    langs.extend(s.translations.iter().cloned());
                    vec![
                        s.id.to_string(),
                        s.title.clone(),
                        s.kind.to_string(),
                        s.status.to_string(),
                        s.revision.to_string(),
                        langs.join(" "),
                        s.endorsement_count.to_string(),
                        opt(&s.campaign_name),
                    ]
                },
                &say(msg!("core-cli-no-statements")),
            )
        }
        StatementCmd::Show { id, lang } => show(store, id, lang.as_deref(), out),
        StatementCmd::Translate { id, lang, title, body_file, updated } => {
            let body = read_body(&body_file)?;
            let title = match title {
                Some(t) => t,
                None => match store.statement_translation(id, &lang) {
                    Ok(t) => t.title,
                    Err(_) => return Err(Error::invalid_msg("title", msg!("core-cli-translation-needs-title")).into()),
                },
            };
            let mut t = store.save_translation(id, &lang, &title, &body, None, None)?;
            if updated {
                t = store.mark_translation_updated(id, &t.lang)?;
            }
            out.value(&t, || {
                let (lang, revision) = (&t.lang, t.based_on_revision);
                let saved = if t.outdated {
                    msg!("core-cli-translation-saved-outdated", lang = lang, id = id, revision = revision)
                } else {
                    msg!("core-cli-translation-saved", lang = lang, id = id, revision = revision)
                };
                println!("{}", say(saved))
            })
        }
        StatementCmd::Approve { id, org, revision, note } => {
            let a = store.approve_statement(id, org, revision, note.as_deref())?;
            out.value(&a, || {
                println!(
                    "{}",
                    say(msg!("core-cli-approved", organisation = &a.organisation_name, revision = a.revision, id = id))
                )
            })
        }
        StatementCmd::Endorse { id, org, person, note, date } => {
            let input = EndorsementInput { organisation_id: org, person_id: person, endorsed_on: date, note };
            let e = store.endorse_statement(id, &input)?;
            let count = store.get_statement(id)?.endorsement_count;
            out.value(&e, || println!("{}", say(msg!("core-cli-endorsed", name = &e.name, id = id, count = count))))
        }
        StatementCmd::Export { id, format, lang, output } => {
            let format: ExportFormat = parse("format", &format)?;
            let lang: LangChoice = parse("lang", lang.as_deref().unwrap_or("source"))?;
            let bytes = export_statement(store, id, format, lang)?;
            match output {
                Some(path) => {
                    write_atomically(&path, &bytes)?;
                    out.value(&json!({ "file": path, "bytes": bytes.len(), "format": format.as_str() }), || {
                        println!("{}", say(msg!("core-cli-wrote-file", path = &path, size = bytes.len())))
                    })
                }
                None if matches!(format, ExportFormat::Docx | ExportFormat::Pdf) && std::io::stdout().is_terminal() => {
                    Err(Error::invalid_msg("output", msg!("core-cli-not-for-a-terminal", format = format.to_string()))
                        .into())
                }
                None => {
                    crate::output::data(&bytes);
                    Ok(())
                }
            }
        }
        StatementCmd::Post { id, platform, lang } => {
            let platform: Platform = parse("platform", &platform)?;
            let lang: LangChoice = parse("lang", lang.as_deref().unwrap_or("source"))?;
            let post = statement_post(store, id, platform, lang)?;
            out.value(&post, || println!("{}", post.text))
        }
        StatementCmd::Diff { id, from, to } => {
            let current = store.get_statement(id)?.revision;
            let to = to.unwrap_or(current);
            let from = from.unwrap_or((to - 1).max(1));
            let cmp = compare_revisions(store, id, from, to)?;
            out.value(&cmp, || print_comparison(&cmp))
        }
        StatementCmd::Rm { id } => {
            store.delete_statement(id)?;
            out.value(&json!({ "deleted": id }), || println!("{}", say(msg!("core-cli-statement-deleted", id = id))))
        }
    }
}

fn show(store: &Store, id: i64, lang: Option<&str>, out: &Out) -> anyhow::Result<()> {
    let d = store.statement_detail(id)?;
    let translation = match lang {
        Some(l) if !l.eq_ignore_ascii_case(&d.statement.source_lang) => Some(store.statement_translation(id, l)?),
        _ => None,
    };
    let (title, body, language) = match &translation {
        Some(t) => (t.title.clone(), t.body.clone(), t.lang.clone()),
        None => (d.current.title.clone(), d.current.body.clone(), d.statement.source_lang.clone()),
    };
    let value = show_json(&d, &title, &body, &language);
    out.value(&value, || {
        let s = &d.statement;
        fields(&[
            ("id", s.id.to_string()),
            ("title", title.clone()),
            ("kind", s.kind.to_string()),
            ("status", s.status.to_string()),
            ("language", language.clone()),
            ("revision", s.revision.to_string()),
            ("campaign", opt(&s.campaign_name)),
            ("issuers", s.issuers.iter().map(|i| i.name.as_str()).collect::<Vec<_>>().join(", ")),
            (
                "date line",
                [opt(&s.place), opt(&s.dated)].iter().filter(|x| !x.is_empty()).cloned().collect::<Vec<_>>().join(", "),
            ),
            ("published", [opt(&s.published_on), opt(&s.published_where)].join(" ").trim().to_string()),
        ]);
        println!("\n{body}\n");
        if !d.approvals.is_empty() {
            println!("{}", say(msg!("core-cli-heading-approvals")));
            for a in &d.approvals {
                let approval = if a.stale {
                    msg!("core-cli-approval-older", revision = a.revision, organisation = &a.organisation_name)
                } else {
                    msg!("core-cli-approval", revision = a.revision, organisation = &a.organisation_name)
                };
                println!("  {}", say(approval));
            }
        }
        // Kept as history; they count for nothing.
        if !d.withdrawn_approvals.is_empty() {
            println!("{}", say(msg!("core-cli-heading-withdrawn-approvals")));
            for a in &d.withdrawn_approvals {
                let at = a.withdrawn_at.as_deref().unwrap_or_default();
                let withdrawn = msg!(
                    "core-cli-approval-withdrawn",
                    revision = a.revision,
                    organisation = &a.organisation_name,
                    approved = &a.approved_at,
                    withdrawn = at
                );
                println!("  {}", say(withdrawn));
            }
        }
        if !d.translations.is_empty() {
            println!("{}", say(msg!("core-cli-heading-translations")));
            for t in &d.translations {
                let (lang, title, revision) = (&t.lang, &t.title, t.based_on_revision);
                let translation = if t.outdated {
                    msg!("core-cli-translation-outdated", lang = lang, title = title, revision = revision)
                } else {
                    msg!("core-cli-translation-up-to-date", lang = lang, title = title, revision = revision)
                };
                println!("  {}", say(translation));
            }
        }
        let active: Vec<_> = d.endorsements.iter().filter(|e| e.withdrawn_on.is_none()).collect();
        if !active.is_empty() {
            println!("{}", say(msg!("core-cli-heading-endorsements", count = active.len())));
            for e in active {
                println!("  {}{}", e.name, e.country.as_deref().map(|c| format!(" ({c})")).unwrap_or_default());
            }
        }
    })
}

/// The documented `show --json` shape: approvals as `{org, revision}`, translations as `{language, outdated,
/// based_on_revision}`, plus the rest of the record.
fn show_json(d: &StatementDetail, title: &str, body: &str, language: &str) -> serde_json::Value {
    let s = &d.statement;
    json!({
        "id": s.id,
        "uid": s.uid,
        "kind": s.kind,
        "title": title,
        "body": body,
        "language": language,
        "source_lang": s.source_lang,
        "status": s.status,
        "campaign_id": s.campaign_id,
        "issuers": s.issuers,
        "place": s.place,
        "dated": s.dated,
        "published_on": s.published_on,
        "published_where": s.published_where,
        "hashtags": s.hashtags,
        "revision": s.revision,
        "revisions": d.revisions,
        "approvals": d.approvals.iter().map(|a| json!({
            "org": a.organisation_id, "org_name": a.organisation_name, "revision": a.revision,
            "stale": a.stale, "approved_at": a.approved_at, "note": a.note,
        })).collect::<Vec<_>>(),
        "withdrawn_approvals": d.withdrawn_approvals.iter().map(|a| json!({
            "org": a.organisation_id, "org_name": a.organisation_name, "revision": a.revision,
            "approved_at": a.approved_at, "withdrawn_at": a.withdrawn_at, "note": a.note,
        })).collect::<Vec<_>>(),
        "translations": d.translations.iter().map(|t| json!({
            "language": t.lang, "title": t.title, "outdated": t.outdated,
            "based_on_revision": t.based_on_revision, "status": t.status,
        })).collect::<Vec<_>>(),
        "endorsements": d.endorsements,
        "endorsement_count": s.endorsement_count,
        "contacts": d.contacts,
    })
}

/// `[-removed-]{+added+}`, the convention of `git diff --word-diff`, so it reads without colour.
fn print_comparison(cmp: &TextComparison) {
    println!("Revision {} → {}: {} paragraph(s) changed", cmp.from_revision, cmp.to_revision, cmp.changed);
    let render = |spans: &[campaign_desk::service::statement_diff::DiffSpan]| -> String {
        spans
            .iter()
            .map(|s| match s.kind {
                DiffKind::Equal => s.text.clone(),
                DiffKind::Insert => format!("{{+{}+}}", s.text),
                DiffKind::Delete => format!("[-{}-]", s.text),
            })
            .collect()
    };
    println!("\n{}\n", render(&cmp.title));
    for p in &cmp.paragraphs {
        println!("{}\n", render(&p.spans));
    }
}
