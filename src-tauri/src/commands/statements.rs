//! Statements: settings, the autosaved text and its revisions, comparing them, review and approvals.
//! Writes emit `data-changed` with entity `statement`, which does not republish calendars (see events.rs).

use campaign_desk::announce::{Announcement, Platform};
use campaign_desk::domain::{
    Approval, Revision, RevisionSummary, SavedDraft, Statement, StatementDetail, StatementInput, StatementKind,
    StatementStatus,
};
use campaign_desk::service::ics_export::write_atomically;
use campaign_desk::service::statement_diff::{compare_revisions, TextComparison};
use campaign_desk::statement_export::{export_statement, statement_post as post_for, ExportFormat, LangChoice};
use campaign_desk::statement_templates::{statement_template as template_for, StatementTemplate};
use std::path::PathBuf;

use tauri::{AppHandle, State};

use crate::events::emit_data_changed;
use crate::file_access::Access;
use crate::{AppState, IpcResult as Reply};

const ENTITY: &str = "statement";

/// Statements, optionally of one campaign and in one status.
#[tauri::command(async)]
pub fn statement_list(
    state: State<'_, AppState>,
    campaign_id: Option<i64>,
    status: Option<StatementStatus>,
) -> Reply<Vec<Statement>> {
    state.with(|s| s.list_statements(campaign_id, status))
}

/// Everything the statement page shows.
#[tauri::command(async)]
pub fn statement_get(state: State<'_, AppState>, id: i64) -> Reply<StatementDetail> {
    state.with(|s| s.statement_detail(id))
}

/// The editor's document for a statement's Markdown, read by the core (fast), or `None` when the editor must read
/// it itself: see campaign_desk::editor_document.
#[tauri::command(async)]
pub fn statement_editor_document(markdown: String) -> Option<serde_json::Value> {
    campaign_desk::editor_document::editor_document(&markdown)
}

/// The starting title and text of a new statement of this kind.
#[tauri::command(async)]
pub fn statement_template(kind: StatementKind) -> StatementTemplate {
    template_for(kind)
}

#[tauri::command(async)]
pub fn statement_create(
    app: AppHandle,
    state: State<'_, AppState>,
    input: StatementInput,
    body: String,
) -> Reply<Statement> {
    let statement = state.with(|s| s.create_statement(&input, &body))?;
    emit_data_changed(&app, ENTITY);
    Ok(statement)
}

#[tauri::command(async)]
pub fn statement_update(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    input: StatementInput,
) -> Reply<Statement> {
    let statement = state.with(|s| s.update_statement(id, &input))?;
    emit_data_changed(&app, ENTITY);
    Ok(statement)
}

#[tauri::command(async)]
pub fn statement_delete(app: AppHandle, state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with(|s| s.delete_statement(id))?;
    emit_data_changed(&app, ENTITY);
    Ok(())
}

/// An autosave: the text as typed, coalesced into the open revision or starting a new one.
#[tauri::command(async)]
pub fn statement_save_draft(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    title: String,
    body: String,
) -> Reply<SavedDraft> {
    let saved = state.with(|s| s.save_statement_draft(id, &title, &body))?;
    emit_data_changed(&app, ENTITY);
    Ok(saved)
}

#[tauri::command(async)]
pub fn statement_revision(state: State<'_, AppState>, id: i64, number: i64) -> Reply<Revision> {
    state.with(|s| s.statement_revision(id, number))
}

/// What changed from revision `from` to revision `to`.
#[tauri::command(async)]
pub fn statement_compare(state: State<'_, AppState>, id: i64, from: i64, to: i64) -> Reply<TextComparison> {
    state.with(|s| compare_revisions(s, id, from, to))
}

/// A new revision with an older revision's text.
#[tauri::command(async)]
pub fn statement_restore(app: AppHandle, state: State<'_, AppState>, id: i64, number: i64) -> Reply<SavedDraft> {
    let saved = state.with(|s| s.restore_statement_revision(id, number))?;
    emit_data_changed(&app, ENTITY);
    Ok(saved)
}

#[tauri::command(async)]
pub fn statement_name_revision(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    number: i64,
    name: String,
) -> Reply<RevisionSummary> {
    let summary = state.with(|s| s.name_statement_revision(id, number, &name))?;
    emit_data_changed(&app, ENTITY);
    Ok(summary)
}

/// Moves the statement to `status`; the core refuses what its rules do not allow, naming the fields.
#[tauri::command(async)]
pub fn statement_set_status(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    status: StatementStatus,
    published_on: Option<String>,
) -> Reply<Statement> {
    let statement = state.with(|s| s.set_statement_status(id, status, published_on.as_deref()))?;
    emit_data_changed(&app, ENTITY);
    Ok(statement)
}

/// Records an organisation's approval of a revision (the current one when `revision` is `None`).
#[tauri::command(async)]
pub fn statement_approve(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    organisation_id: i64,
    revision: Option<i64>,
    note: Option<String>,
) -> Reply<Approval> {
    let approval = state.with(|s| s.approve_statement(id, organisation_id, revision, note.as_deref()))?;
    emit_data_changed(&app, ENTITY);
    Ok(approval)
}

#[tauri::command(async)]
pub fn statement_withdraw_approval(app: AppHandle, state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with(|s| s.withdraw_statement_approval(id))?;
    emit_data_changed(&app, ENTITY);
    Ok(())
}

fn export_choice(format: &str, lang: Option<&str>) -> campaign_desk::Result<(ExportFormat, LangChoice)> {
    let format = format.parse().map_err(|m: String| campaign_desk::Error::invalid("format", m))?;
    let lang = lang.unwrap_or("source").parse().map_err(|m: String| campaign_desk::Error::invalid("lang", m))?;
    Ok((format, lang))
}

/// Writes the statement as a document (md, html, docx, pdf, txt) in one language or all, to `path`.
#[tauri::command(async)]
pub fn statement_export(
    state: State<'_, AppState>,
    id: i64,
    format: String,
    lang: Option<String>,
    path: PathBuf,
) -> Reply<u64> {
    state.files.check(&[Access::Save], &path)?;
    state.with(|s| {
        let (format, lang) = export_choice(&format, lang.as_deref())?;
        let bytes = export_statement(s, id, format, lang)?;
        write_atomically(&path, &bytes)?;
        Ok(bytes.len() as u64)
    })
}

/// The statement as text (md, html or txt) for the clipboard.
#[tauri::command(async)]
pub fn statement_export_text(
    state: State<'_, AppState>,
    id: i64,
    format: String,
    lang: Option<String>,
) -> Reply<String> {
    state.with(|s| {
        let (format, lang) = export_choice(&format, lang.as_deref())?;
        if matches!(format, ExportFormat::Docx | ExportFormat::Pdf) {
            return Err(campaign_desk::Error::invalid("format", format!("{format} is a file, not text")));
        }
        let bytes = export_statement(s, id, format, lang)?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    })
}

/// The statement as a post for a platform, within its length.
#[tauri::command(async)]
pub fn statement_post(
    state: State<'_, AppState>,
    id: i64,
    platform: Platform,
    lang: Option<String>,
) -> Reply<Announcement> {
    state.with(|s| {
        let (_, lang) = export_choice("txt", lang.as_deref())?;
        post_for(s, id, platform, lang)
    })
}
