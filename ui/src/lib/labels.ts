// Human labels for the core's closed vocabularies and field names, through the catalogue.
import type { CampaignKind } from './bindings/CampaignKind';
import type { CampaignStatus } from './bindings/CampaignStatus';
import type { EventKind } from './bindings/EventKind';
import type { EventMode } from './bindings/EventMode';
import type { EventStatus } from './bindings/EventStatus';
import type { Attendance } from './bindings/Attendance';
import type { OrgRole } from './bindings/OrgRole';
import type { RsvpAnswer } from './bindings/RsvpAnswer';
import { t, type MessageKey } from './i18n';

export const CAMPAIGN_KINDS: readonly CampaignKind[] = [
  'solidarity_month',
  'day_of_action',
  'webinar_series',
  'press_conference',
  'side_event',
  'anniversary',
  'womens_day',
  'other',
];
export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = ['planning', 'active', 'done', 'archived'];
export const EVENT_KINDS: readonly EventKind[] = [
  'meeting',
  'webinar',
  'press_conference',
  'day_of_action',
  'rally',
  'side_event',
  'anniversary',
  'deadline',
  'other',
];
export const RSVP_ANSWERS: readonly RsvpAnswer[] = ['invited', 'yes', 'maybe', 'no', 'no_answer'];
export const ORG_ROLES: readonly OrgRole[] = ['lead', 'co_organiser', 'partner', 'endorser', 'sponsor'];

export const campaignKindLabel = (kind: CampaignKind): string => t(`campaignKind-${kind}`);
export const campaignStatusLabel = (status: CampaignStatus): string => t(`campaignStatus-${status}`);
export const orgRoleLabel = (role: OrgRole): string => t(`orgRole-${role}`);
export const eventKindLabel = (kind: EventKind): string => t(`eventKind-${kind}`);
export const eventModeLabel = (mode: EventMode): string => t(`eventMode-${mode}`);
export const eventStatusLabel = (status: EventStatus): string => t(`eventStatus-${status}`);
export const rsvpAnswerLabel = (answer: RsvpAnswer): string => t(`rsvpAnswer-${answer}`);
export const attendanceLabel = (mark: Attendance): string => t(`attendance-${mark}`);

/** A field name from the core (`short_name`) as the user reads it ("Acronym"); unknown names as they are. */
export function fieldLabel(field: string): string {
  const key = `field-${field}` as MessageKey;
  const label = t(key);
  return label === key ? field : label;
}

/** A reminder's lead as read: "At the start", "15 minutes before", "1 day before" … */
export function reminderLabel(minutes: number): string {
  if (minutes === 0) return t('reminders-atStart');
  if (minutes % (24 * 60) === 0) return t('reminders-days', { count: minutes / (24 * 60) });
  if (minutes % 60 === 0) return t('reminders-hours', { count: minutes / 60 });
  return t('reminders-minutes', { count: minutes });
}
