import { beforeEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const api = await import('./statementParts');

// Tauri maps these camelCase argument names to the snake_case parameters of
// src-tauri/src/commands/statement_parts.rs; a typo would only fail at run time.
describe('statement parts commands', () => {
  beforeEach(() => {
    invoke.mockReset();
    invoke.mockResolvedValue(null);
  });

  it('saves a translation, keeping base and status unless given', async () => {
    await api.translationSave(3, 'es', { title: 'T', body: 'B' });
    expect(invoke).toHaveBeenLastCalledWith('translation_save', { id: 3, lang: 'es', title: 'T', body: 'B', basedOn: null, status: null });
    await api.translationSave(3, 'es', { title: 'T', body: 'B', basedOn: 2, status: 'reviewed' });
    expect(invoke).toHaveBeenLastCalledWith('translation_save', { id: 3, lang: 'es', title: 'T', body: 'B', basedOn: 2, status: 'reviewed' });
  });

  it('names every command and argument as the shell does', async () => {
    await api.translationMarkUpdated(3, 'fr-CA');
    expect(invoke).toHaveBeenLastCalledWith('translation_mark_updated', { id: 3, lang: 'fr-CA' });
    await api.translationDelete(3, 'tl');
    expect(invoke).toHaveBeenLastCalledWith('translation_delete', { id: 3, lang: 'tl' });
    await api.translationSourceChanges(3, 'id');
    expect(invoke).toHaveBeenLastCalledWith('translation_source_changes', { id: 3, lang: 'id' });
    await api.translationSourceRevision(3, 'id');
    expect(invoke).toHaveBeenLastCalledWith('translation_source_revision', { id: 3, lang: 'id' });
    const input = { organisation_id: 5, person_id: null, endorsed_on: null, note: null };
    await api.statementEndorse(3, input);
    expect(invoke).toHaveBeenLastCalledWith('statement_endorse', { id: 3, input });
    await api.endorsementWithdraw(9);
    expect(invoke).toHaveBeenLastCalledWith('endorsement_withdraw', { endorsementId: 9 });
    await api.statementSetContacts(3, [7, 4]);
    expect(invoke).toHaveBeenLastCalledWith('statement_set_contacts', { id: 3, people: [7, 4] });
    await api.endorsementsExportCsv(3, '/tmp/e.csv');
    expect(invoke).toHaveBeenLastCalledWith('endorsements_export_csv', { id: 3, path: '/tmp/e.csv' });
  });
});
