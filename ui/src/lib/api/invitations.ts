import type { Announcement } from '../bindings/Announcement';
import type { CampaignInvitations } from '../bindings/CampaignInvitations';
import type { InvitationSaved } from '../bindings/InvitationSaved';
import type { InvitationUpdate } from '../bindings/InvitationUpdate';
import type { Invitee } from '../bindings/Invitee';
import type { OccurrenceInvitations } from '../bindings/OccurrenceInvitations';
import type { OccurrenceReminders } from '../bindings/OccurrenceReminders';
import type { Platform } from '../bindings/Platform';
import type { ReminderKind } from '../bindings/ReminderKind';
import type { ReplyOutcome } from '../bindings/ReplyOutcome';
import { call } from './client';

/**
 * Who is coming to one occurrence (`recurrenceId`: its original local start) or to the event as a whole (''):
 * each invitee once, the occurrence's own answer winning over the series', with the counts and the follow-up list.
 */
export function invitationsGet(eventId: number, recurrenceId: string): Promise<OccurrenceInvitations> {
  return call<OccurrenceInvitations>('invitations_get', { eventId, recurrenceId });
}

/** Invites organisations and people (those already invited keep their answers); resolves with the occurrence now. */
export function invitationsAdd(eventId: number, recurrenceId: string, invitees: Invitee[]): Promise<OccurrenceInvitations> {
  return call<OccurrenceInvitations>('invitations_add', { eventId, recurrenceId, invitees });
}

/** Records an answer, an attendance or notes for one invitee; resolves with the occurrence the update was for. */
export function invitationUpdate(eventId: number, update: InvitationUpdate): Promise<OccurrenceInvitations> {
  return call<OccurrenceInvitations>('invitation_update', { eventId, update });
}

/** Takes an invitation back (the row at exactly that scope). */
export function invitationRemove(eventId: number, recurrenceId: string, invitee: Invitee): Promise<OccurrenceInvitations> {
  return call<OccurrenceInvitations>('invitation_remove', { eventId, recurrenceId, invitee });
}

/** A campaign's invitation totals and each of its events' counts. */
export function campaignInvitations(campaignId: number): Promise<CampaignInvitations> {
  return call<CampaignInvitations>('campaign_invitations', { campaignId });
}

/** The reminders to send before one occurrence (the day before, an hour before, due on each recipient's clock). */
export function remindersToSend(eventId: number, recurrenceId: string, platform: Platform, lang: string): Promise<OccurrenceReminders> {
  return call<OccurrenceReminders>('reminders_to_send', { eventId, recurrenceId, platform, lang });
}

/** The invitation as a ready message: the occurrence written from the announcement templates in `lang`, its time
 *  on each invitee's own clock, asking for yes, maybe or no. */
export function invitationMessage(eventId: number, recurrenceId: string, platform: Platform, lang: string): Promise<Announcement> {
  return call<Announcement>('invitation_message', { eventId, recurrenceId, platform, lang });
}

/** Marks one reminder sent (or not); resolves with the list as it now is. */
export function reminderMarkSent(
  eventId: number,
  recurrenceId: string,
  invitee: Invitee,
  kind: ReminderKind,
  sent: boolean,
  platform: Platform,
  lang: string,
): Promise<OccurrenceReminders> {
  return call<OccurrenceReminders>('reminder_mark_sent', { eventId, recurrenceId, invitee, kind, sent, platform, lang });
}

/** Writes the event as an invitation file (METHOD:REQUEST) at `path`; the organiser is `organizerEmail`, else the
 *  event's lead organisation with an e-mail address. */
export function invitationIcsSave(eventId: number, path: string, organizerEmail: string | null): Promise<InvitationSaved> {
  return call<InvitationSaved>('invitation_ics_save', { eventId, path, organizerEmail });
}

/** Reads an attendee's reply (METHOD:REPLY) and records it as their answer. */
export function invitationReplyImport(path: string): Promise<ReplyOutcome> {
  return call<ReplyOutcome>('invitation_reply_import', { path });
}
