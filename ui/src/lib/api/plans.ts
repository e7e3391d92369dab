import type { Campaign } from '../bindings/Campaign';
import type { CampaignDetail } from '../bindings/CampaignDetail';
import type { CampaignInput } from '../bindings/CampaignInput';
import type { Event } from '../bindings/Event';
import type { EventInput } from '../bindings/EventInput';
import { call } from './client';

export function campaignList(query?: string): Promise<Campaign[]> {
  return call<Campaign[]>('campaign_list', { query: query || null });
}

/** A campaign with its events. */
export function campaignGet(id: number): Promise<CampaignDetail> {
  return call<CampaignDetail>('campaign_get', { id });
}

export function campaignCreate(input: CampaignInput): Promise<Campaign> {
  return call<Campaign>('campaign_create', { input });
}

export function campaignUpdate(id: number, input: CampaignInput): Promise<Campaign> {
  return call<Campaign>('campaign_update', { id, input });
}

/** Deletes the campaign and its events. */
export function campaignDelete(id: number): Promise<void> {
  return call<void>('campaign_delete', { id });
}

export function eventList(campaignId?: number | null): Promise<Event[]> {
  return call<Event[]>('event_list', { campaignId: campaignId ?? null });
}

export function eventCreate(input: EventInput): Promise<Event> {
  return call<Event>('event_create', { input });
}

export function eventUpdate(id: number, input: EventInput): Promise<Event> {
  return call<Event>('event_update', { id, input });
}

export function eventDelete(id: number): Promise<void> {
  return call<void>('event_delete', { id });
}
