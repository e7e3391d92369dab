import type { Announcement } from '../bindings/Announcement';
import type { Platform } from '../bindings/Platform';
import type { SavedAnnouncement } from '../bindings/SavedAnnouncement';
import type { SavedAnnouncementInput } from '../bindings/SavedAnnouncementInput';
import { call } from './client';

export const PLATFORMS: readonly Platform[] = ['facebook', 'x', 'instagram', 'email', 'text'];
export const ANNOUNCE_LANGS = ['en', 'es', 'fr', 'id', 'tl'] as const;

/** An event's occurrence (`at`: its recurrence id, for a series) as a post; `zones` empty: the partner zones. */
export function announceEvent(id: number, at: string | null, platform: Platform, lang: string, zones: string[] = []): Promise<Announcement> {
  return call<Announcement>('announce_event', { id, at, platform, lang, zones });
}

/** A campaign with its key dates as a post. */
export function announceCampaign(id: number, platform: Platform, lang: string, zones: string[] = []): Promise<Announcement> {
  return call<Announcement>('announce_campaign', { id, platform, lang, zones });
}

/** The text's length as the platform counts it (X: URLs 23, wide characters 2), from the core, for the live meter. */
export function postLength(platform: Platform, text: string): Promise<number> {
  return call<number>('post_length', { platform, text });
}

/** The most a post may hold on the platform, in its own count (null: no limit), from the core. */
export function postLimit(platform: Platform): Promise<number | null> {
  return call<number | null>('post_limit', { platform });
}

/** A campaign's kept announcements, the latest edited first. */
export function announcementList(campaignId: number): Promise<SavedAnnouncement[]> {
  return call<SavedAnnouncement[]>('announcement_list', { campaignId });
}

export function announcementSave(input: SavedAnnouncementInput): Promise<SavedAnnouncement> {
  return call<SavedAnnouncement>('announcement_save', { input });
}

export function announcementUpdate(id: number, text: string): Promise<SavedAnnouncement> {
  return call<SavedAnnouncement>('announcement_update', { id, text });
}

export function announcementDelete(id: number): Promise<void> {
  return call<void>('announcement_delete', { id });
}

/** The built-in template for a platform (events or campaigns) and the placeholders templates may use. */
export function announceTemplateDefault(platform: Platform, campaign: boolean): Promise<[string, string[]]> {
  return call<[string, string[]]>('announce_template_default', { platform, campaign });
}
