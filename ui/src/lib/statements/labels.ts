// Human labels for the statement vocabularies, through the catalogue.
import type { StatementKind } from '../bindings/StatementKind';
import type { StatementStatus } from '../bindings/StatementStatus';
import { t } from '../i18n';

export const STATEMENT_KINDS: readonly StatementKind[] = [
  'statement',
  'press_release',
  'solidarity_message',
  'open_letter',
  'call_to_action',
];
export const STATEMENT_STATUSES: readonly StatementStatus[] = ['draft', 'in_review', 'approved', 'published'];

/** Languages offered first for a statement's source language; any BCP 47 tag may be typed. */
export const COMMON_LANGS = ['en', 'es', 'fr', 'id', 'tl', 'pt', 'ar', 'zh', 'ne', 'bn', 'hi', 'ko', 'ja', 'th', 'vi'] as const;

export const statementKindLabel = (kind: StatementKind): string => t(`statementKind-${kind}`);
export const statementStatusLabel = (status: StatementStatus): string => t(`statementStatus-${status}`);
