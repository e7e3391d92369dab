//! Organisations, people, and the directory's CSV import and export.

use std::path::PathBuf;

use campaign_desk::csv_io::{self, CsvKind, CsvPreview};
use campaign_desk::domain::{Organisation, OrganisationInput, OrganisationUsage, Person, PersonInput};
use campaign_desk::Error;
use tauri::{AppHandle, State};

use crate::events::emit_data_changed;
use crate::file_access::Access;
use crate::{AppState, IpcResult as Reply};

#[tauri::command(async)]
pub fn org_list(state: State<'_, AppState>, query: Option<String>) -> Reply<Vec<Organisation>> {
    state.with(|s| s.list_organisations(query.as_deref()))
}

#[tauri::command(async)]
pub fn org_get(state: State<'_, AppState>, id: i64) -> Reply<Organisation> {
    state.with(|s| s.get_organisation(id))
}

#[tauri::command(async)]
pub fn org_usage(state: State<'_, AppState>, id: i64) -> Reply<OrganisationUsage> {
    state.with(|s| s.organisation_usage(id))
}

#[tauri::command(async)]
pub fn org_create(app: AppHandle, state: State<'_, AppState>, input: OrganisationInput) -> Reply<Organisation> {
    let org = state.with(|s| s.create_organisation(&input))?;
    emit_data_changed(&app, "organisation");
    Ok(org)
}

#[tauri::command(async)]
pub fn org_update(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    input: OrganisationInput,
) -> Reply<Organisation> {
    let org = state.with(|s| s.update_organisation(id, &input))?;
    emit_data_changed(&app, "organisation");
    Ok(org)
}

#[tauri::command(async)]
pub fn org_delete(app: AppHandle, state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with(|s| s.delete_organisation(id))?;
    emit_data_changed(&app, "organisation");
    Ok(())
}

#[tauri::command(async)]
pub fn person_list(
    state: State<'_, AppState>,
    organisation_id: Option<i64>,
    query: Option<String>,
) -> Reply<Vec<Person>> {
    state.with(|s| s.list_people(organisation_id, query.as_deref()))
}

#[tauri::command(async)]
pub fn person_create(app: AppHandle, state: State<'_, AppState>, input: PersonInput) -> Reply<Person> {
    let person = state.with(|s| s.create_person(&input))?;
    emit_data_changed(&app, "person");
    Ok(person)
}

#[tauri::command(async)]
pub fn person_update(app: AppHandle, state: State<'_, AppState>, id: i64, input: PersonInput) -> Reply<Person> {
    let person = state.with(|s| s.update_person(id, &input))?;
    emit_data_changed(&app, "person");
    Ok(person)
}

#[tauri::command(async)]
pub fn person_delete(app: AppHandle, state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with(|s| s.delete_person(id))?;
    emit_data_changed(&app, "person");
    Ok(())
}

fn read_csv(path: &PathBuf) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
    String::from_utf8(bytes).map_err(|_| {
        Error::invalid(
            "file",
            format!("{} is not UTF-8 text; save it from your spreadsheet as 'CSV UTF-8'", path.display()),
        )
    })
}

/// Reads the file and checks every row; writes nothing.
#[tauri::command(async)]
pub fn csv_preview(
    state: State<'_, AppState>,
    kind: CsvKind,
    path: PathBuf,
    mapping: Option<Vec<Option<String>>>,
) -> Reply<CsvPreview> {
    state.files.check(&[Access::Open], &path)?;
    state.with(|s| csv_io::preview(s, kind, &read_csv(&path)?, mapping))
}

/// Re-reads and re-checks the file (the directory may have changed since the preview), then writes its new rows
/// in one transaction. Returns how many were created.
#[tauri::command(async)]
pub fn csv_import(
    app: AppHandle,
    state: State<'_, AppState>,
    kind: CsvKind,
    path: PathBuf,
    mapping: Option<Vec<Option<String>>>,
) -> Reply<usize> {
    state.files.check(&[Access::Open], &path)?;
    let created = state.with(|s| {
        let preview = csv_io::preview(s, kind, &read_csv(&path)?, mapping)?;
        csv_io::apply(s, &preview)
    })?;
    emit_data_changed(&app, if kind == CsvKind::People { "person" } else { "organisation" });
    Ok(created)
}

#[tauri::command(async)]
pub fn csv_export(state: State<'_, AppState>, kind: CsvKind, path: PathBuf) -> Reply<()> {
    state.files.check(&[Access::Save], &path)?;
    state.with(|s| {
        let text = csv_io::export(s, kind)?;
        std::fs::write(&path, text).map_err(|e| Error::io(format!("cannot write {}", path.display()), e))
    })
}
