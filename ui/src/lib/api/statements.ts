import type { JSONContent } from '@tiptap/core';
import type { Announcement } from '../bindings/Announcement';
import type { Approval } from '../bindings/Approval';
import type { Platform } from '../bindings/Platform';
import type { Revision } from '../bindings/Revision';
import type { RevisionSummary } from '../bindings/RevisionSummary';
import type { SavedDraft } from '../bindings/SavedDraft';
import type { Statement } from '../bindings/Statement';
import type { StatementDetail } from '../bindings/StatementDetail';
import type { StatementInput } from '../bindings/StatementInput';
import type { StatementKind } from '../bindings/StatementKind';
import type { StatementStatus } from '../bindings/StatementStatus';
import type { StatementTemplate } from '../bindings/StatementTemplate';
import type { TextComparison } from '../bindings/TextComparison';
import { call } from './client';

/** Statements, optionally of one campaign and in one status, as lists show them. */
export function statementList(campaignId?: number | null, status?: StatementStatus | null): Promise<Statement[]> {
  return call<Statement[]>('statement_list', { campaignId: campaignId ?? null, status: status ?? null });
}

/** Everything the statement page shows: settings, current text, revisions, approvals, translations … */
export function statementGet(id: number): Promise<StatementDetail> {
  return call<StatementDetail>('statement_get', { id });
}

/** The starting title and text for a new statement of this kind (from the core). */
/** The editor's document for this Markdown as the core reads it, or null when the editor must read it itself. */
export function statementEditorDocument(markdown: string): Promise<JSONContent | null> {
  return call<JSONContent | null>('statement_editor_document', { markdown });
}

export function statementTemplate(kind: StatementKind): Promise<StatementTemplate> {
  return call<StatementTemplate>('statement_template', { kind });
}

/** Creates a statement; `body` (Markdown) becomes its first revision. */
export function statementCreate(input: StatementInput, body: string): Promise<Statement> {
  return call<Statement>('statement_create', { input, body });
}

/** Replaces the settings (a changed title is saved like typing). */
export function statementUpdate(id: number, input: StatementInput): Promise<Statement> {
  return call<Statement>('statement_update', { id, input });
}

export function statementDelete(id: number): Promise<void> {
  return call<void>('statement_delete', { id });
}

/** Autosave: the text as typed. Resolves once it is on disk. */
export function statementSaveDraft(id: number, title: string, body: string): Promise<SavedDraft> {
  return call<SavedDraft>('statement_save_draft', { id, title, body });
}

export function statementRevision(id: number, number: number): Promise<Revision> {
  return call<Revision>('statement_revision', { id, number });
}

/** What changed from revision `from` to revision `to`, word by word. */
export function statementCompare(id: number, from: number, to: number): Promise<TextComparison> {
  return call<TextComparison>('statement_compare', { id, from, to });
}

/** Starts a new revision with revision `number`'s text. */
export function statementRestore(id: number, number: number): Promise<SavedDraft> {
  return call<SavedDraft>('statement_restore', { id, number });
}

export function statementNameRevision(id: number, number: number, name: string): Promise<RevisionSummary> {
  return call<RevisionSummary>('statement_name_revision', { id, number, name });
}

/** Moves the statement to `status`; rejects with field errors (`approvals`, `issuers`) when the rules say no. */
export function statementSetStatus(id: number, status: StatementStatus, publishedOn?: string | null): Promise<Statement> {
  return call<Statement>('statement_set_status', { id, status, publishedOn: publishedOn ?? null });
}

/** Records an organisation's approval of a revision (the current one when `revision` is null). */
export function statementApprove(
  id: number,
  organisationId: number,
  revision: number | null,
  note: string | null,
): Promise<Approval> {
  return call<Approval>('statement_approve', { id, organisationId, revision, note });
}

/** Withdraws an approval, by the approval's id. */
export function statementWithdrawApproval(id: number): Promise<void> {
  return call<void>('statement_withdraw_approval', { id });
}

/** Writes the statement as a document (md, html, docx, pdf, txt) in one language, or `all`, to `path`. */
export function statementExport(id: number, format: string, lang: string | null, path: string): Promise<number> {
  return call<number>('statement_export', { id, format, lang, path });
}

/** The statement as md, html or txt text, for the clipboard. */
export function statementExportText(id: number, format: 'md' | 'html' | 'txt', lang: string | null): Promise<string> {
  return call<string>('statement_export_text', { id, format, lang });
}

/** The statement as a post for a platform (title, as much text as fits, hashtags), with its length as counted. */
export function statementPost(id: number, platform: Platform, lang: string | null): Promise<Announcement> {
  return call<Announcement>('statement_post', { id, platform, lang });
}
