import { beforeEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const api = await import('./index');

// Tauri matches camelCase keys to the Rust commands' snake_case parameters: a wrong key is a rejected call at run
// time, so the names are pinned here.
describe('statement wrappers', () => {
  beforeEach(() => {
    invoke.mockReset();
    invoke.mockResolvedValue(null);
  });

  it('send the arguments under the names the commands take', async () => {
    await api.statementList(3, 'in_review');
    await api.statementList();
    await api.statementSaveDraft(7, 'Title', 'Body');
    await api.statementCompare(7, 1, 2);
    await api.statementSetStatus(7, 'published', '2026-11-27');
    await api.statementApprove(7, 12, null, 'by email');
    await api.statementNameRevision(7, 2, 'Sent to partners');
    await api.statementWithdrawApproval(5);
    expect(invoke.mock.calls).toEqual([
      ['statement_list', { campaignId: 3, status: 'in_review' }],
      ['statement_list', { campaignId: null, status: null }],
      ['statement_save_draft', { id: 7, title: 'Title', body: 'Body' }],
      ['statement_compare', { id: 7, from: 1, to: 2 }],
      ['statement_set_status', { id: 7, status: 'published', publishedOn: '2026-11-27' }],
      ['statement_approve', { id: 7, organisationId: 12, revision: null, note: 'by email' }],
      ['statement_name_revision', { id: 7, number: 2, name: 'Sent to partners' }],
      ['statement_withdraw_approval', { id: 5 }],
    ]);
  });

  it('turn a refusal into an ApiError with its fields', async () => {
    invoke.mockRejectedValue({
      kind: 'validation',
      message: 'invalid',
      fields: [{ field: 'approvals', message: 'no organisation has approved the text (revision 1) yet' }],
    });
    const error = await api.statementSetStatus(7, 'approved').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.ApiError);
    expect((error as InstanceType<typeof api.ApiError>).fields[0]?.field).toBe('approvals');
  });
});
