//! A statement's translations, endorsements and "For reference:" contacts (the statement page's tabs).

use std::path::PathBuf;

use campaign_desk::domain::{
    Endorsement, EndorsementInput, ReferenceContact, Revision, Translation, TranslationStatus,
};
use campaign_desk::service::endorsements_csv::export_endorsements;
use campaign_desk::service::statement_diff::{source_changes_for_translation, TextComparison};
use tauri::{AppHandle, State};

use crate::events::emit_data_changed;
use crate::file_access::Access;
use crate::{AppState, IpcResult as Reply};

/// Adds or replaces the translation into `lang`; `based_on` None keeps the revision it was made from (a new one
/// starts from the current revision).
#[tauri::command(async)]
#[allow(clippy::too_many_arguments)]
pub fn translation_save(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    lang: String,
    title: String,
    body: String,
    based_on: Option<i64>,
    status: Option<TranslationStatus>,
) -> Reply<Translation> {
    let saved = state.with(|s| s.save_translation(id, &lang, &title, &body, based_on, status))?;
    emit_data_changed(&app, "statement");
    Ok(saved)
}

/// "Mark as updated": the translation now follows the current source revision.
#[tauri::command(async)]
pub fn translation_mark_updated(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    lang: String,
) -> Reply<Translation> {
    let saved = state.with(|s| s.mark_translation_updated(id, &lang))?;
    emit_data_changed(&app, "statement");
    Ok(saved)
}

#[tauri::command(async)]
pub fn translation_delete(app: AppHandle, state: State<'_, AppState>, id: i64, lang: String) -> Reply<()> {
    state.with(|s| s.delete_translation(id, &lang))?;
    emit_data_changed(&app, "statement");
    Ok(())
}

/// What changed in the source since the revision the translation into `lang` was made from.
#[tauri::command(async)]
pub fn translation_source_changes(state: State<'_, AppState>, id: i64, lang: String) -> Reply<TextComparison> {
    state.with(|s| source_changes_for_translation(s, id, &lang))
}

/// The source revision the translation into `lang` was made from (shown beside it while translating).
#[tauri::command(async)]
pub fn translation_source_revision(state: State<'_, AppState>, id: i64, lang: String) -> Reply<Revision> {
    state.with(|s| {
        let t = s.statement_translation(id, &lang)?;
        s.statement_revision(id, t.based_on_revision)
    })
}

#[tauri::command(async)]
pub fn statement_endorse(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    input: EndorsementInput,
) -> Reply<Endorsement> {
    let endorsement = state.with(|s| s.endorse_statement(id, &input))?;
    emit_data_changed(&app, "statement");
    Ok(endorsement)
}

#[tauri::command(async)]
pub fn endorsement_withdraw(app: AppHandle, state: State<'_, AppState>, endorsement_id: i64) -> Reply<()> {
    state.with(|s| s.withdraw_endorsement(endorsement_id))?;
    emit_data_changed(&app, "statement");
    Ok(())
}

/// Replaces the "For reference:" contacts with `people`, in that order.
#[tauri::command(async)]
pub fn statement_set_contacts(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    people: Vec<i64>,
) -> Reply<Vec<ReferenceContact>> {
    let contacts = state.with(|s| s.set_statement_contacts(id, &people))?;
    emit_data_changed(&app, "statement");
    Ok(contacts)
}

/// Writes the statement's endorsements to `path` as CSV (atomically); returns how many rows were written.
#[tauri::command(async)]
pub fn endorsements_export_csv(state: State<'_, AppState>, id: i64, path: PathBuf) -> Reply<u32> {
    state.files.check(&[Access::Save], &path)?;
    state.with(|s| export_endorsements(s, id, &path))
}
