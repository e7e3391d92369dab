// Subscribed calendars (src-tauri/src/commands/subscriptions.rs). The back end reads the feeds on its own thread;
// the window never fetches anything itself.
import type { SubscribedOccurrence } from '../bindings/SubscribedOccurrence';
import type { Subscription } from '../bindings/Subscription';
import { call } from './client';

export function subscriptionList(): Promise<Subscription[]> {
  return call<Subscription[]>('subscription_list');
}

/** Reads the feed at `url` (webcal:// or https://) and keeps it; nothing is kept when it cannot be read. */
export function subscriptionAdd(url: string, name: string | null, colour: string | null): Promise<Subscription> {
  return call<Subscription>('subscription_add', { url, name, colour });
}

/** Reads the feed again; a failure comes back as the subscription's `last_error`, its last copy kept. */
export function subscriptionRefresh(id: number): Promise<Subscription> {
  return call<Subscription>('subscription_refresh', { id });
}

export function subscriptionEdit(id: number, name: string, colour: string): Promise<Subscription> {
  return call<Subscription>('subscription_edit', { id, name, colour });
}

/** Removes the subscription and its events. */
export function subscriptionRemove(id: number): Promise<void> {
  return call<void>('subscription_remove', { id });
}

/** The subscribed calendars' instances in `[from, to)`, written in `zone`. */
export function subscriptionOccurrences(from: string, to: string, zone: string): Promise<SubscribedOccurrence[]> {
  return call<SubscribedOccurrence[]>('subscription_occurrences', { from, to, zone });
}
