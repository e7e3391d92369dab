import type { EventInput } from '../bindings/EventInput';
import type { Poll } from '../bindings/Poll';
import type { PollAnswer } from '../bindings/PollAnswer';
import type { PollInput } from '../bindings/PollInput';
import type { PollView } from '../bindings/PollView';
import { call } from './client';

/** Polls over candidate slots, open ones first; `campaign` narrows to one campaign's. */
export function pollList(campaign: number | null = null): Promise<Poll[]> {
  return call<Poll[]>('poll_list', { campaign });
}

/** A poll with each slot on every organisation's clock, the answers, counts and the winner. */
export function pollShow(id: number): Promise<PollView> {
  return call<PollView>('poll_show', { id });
}

export function pollCreate(input: PollInput): Promise<PollView> {
  return call<PollView>('poll_create', { input });
}

export function pollAnswer(poll: number, slot: number, organisation: number, answer: PollAnswer): Promise<PollView> {
  return call<PollView>('poll_answer', { poll, slot, organisation, answer });
}

/** The event the poll becomes on `slot` (its title, campaign, zone, co-organisers), for the editor; writes nothing. */
export function pollEventInput(poll: number, slot: number): Promise<EventInput> {
  return call<EventInput>('poll_event_input', { poll, slot });
}

/** Closes the poll on `slot` (if still open) and remembers the event made from it. */
export function pollLinkEvent(poll: number, slot: number, event: number): Promise<PollView> {
  return call<PollView>('poll_link_event', { poll, slot, event });
}

export function pollDelete(id: number): Promise<void> {
  return call<void>('poll_delete', { id });
}
