// A statement's translations, endorsements and "For reference:" contacts (src-tauri/src/commands/statement_parts.rs).
import type { Endorsement } from '../bindings/Endorsement';
import type { EndorsementInput } from '../bindings/EndorsementInput';
import type { ReferenceContact } from '../bindings/ReferenceContact';
import type { Revision } from '../bindings/Revision';
import type { TextComparison } from '../bindings/TextComparison';
import type { Translation } from '../bindings/Translation';
import type { TranslationStatus } from '../bindings/TranslationStatus';
import { call } from './client';

export interface TranslationText {
  title: string;
  body: string;
  /** The source revision it was made from; null keeps the one it has (a new translation: the current one). */
  basedOn?: number | null;
  /** null keeps the status it has (a new translation: draft). */
  status?: TranslationStatus | null;
}

/** Adds or replaces the translation of statement `id` into `lang` (a BCP 47 tag such as `es` or `fr-CA`). */
export function translationSave(id: number, lang: string, text: TranslationText): Promise<Translation> {
  return call<Translation>('translation_save', {
    id,
    lang,
    title: text.title,
    body: text.body,
    basedOn: text.basedOn ?? null,
    status: text.status ?? null,
  });
}

/** "Mark as updated": the translation now follows the current source revision. */
export function translationMarkUpdated(id: number, lang: string): Promise<Translation> {
  return call<Translation>('translation_mark_updated', { id, lang });
}

export function translationDelete(id: number, lang: string): Promise<void> {
  return call<void>('translation_delete', { id, lang });
}

/** What changed in the source since the revision the translation into `lang` was made from. */
export function translationSourceChanges(id: number, lang: string): Promise<TextComparison> {
  return call<TextComparison>('translation_source_changes', { id, lang });
}

/** The source revision the translation into `lang` was made from. */
export function translationSourceRevision(id: number, lang: string): Promise<Revision> {
  return call<Revision>('translation_source_revision', { id, lang });
}

/** Records a sign-on by an organisation or a person (exactly one); a withdrawn one given again is reinstated. */
export function statementEndorse(id: number, input: EndorsementInput): Promise<Endorsement> {
  return call<Endorsement>('statement_endorse', { id, input });
}

/** Marks a sign-on withdrawn (it is kept, with the date). */
export function endorsementWithdraw(endorsementId: number): Promise<void> {
  return call<void>('endorsement_withdraw', { endorsementId });
}

/** Replaces the "For reference:" contacts with these people, in this order. */
export function statementSetContacts(id: number, people: number[]): Promise<ReferenceContact[]> {
  return call<ReferenceContact[]>('statement_set_contacts', { id, people });
}

/** Writes the endorsements to `path` as CSV (atomically); resolves with the number of rows. */
export function endorsementsExportCsv(id: number, path: string): Promise<number> {
  return call<number>('endorsements_export_csv', { id, path });
}
