import type { Campaign } from '../bindings/Campaign';
import type { CampaignPlan } from '../bindings/CampaignPlan';
import type { CampaignTemplate } from '../bindings/CampaignTemplate';
import { call } from './client';

export const CAMPAIGN_TEMPLATES: readonly CampaignTemplate[] = ['solidarity_month', 'day_of_action', 'webinar', 'press_conference', 'anniversary'];

/** What a template lays out from `start` (nothing is saved). */
export function campaignPlanFromTemplate(template: CampaignTemplate, start: string, title: string, zone: string): Promise<CampaignPlan> {
  return call<CampaignPlan>('campaign_plan_from_template', { template, start, title, zone });
}

/** A campaign as next year's edition starting on `start` (nothing is saved). */
export function campaignPlanNextEdition(id: number, start: string): Promise<CampaignPlan> {
  return call<CampaignPlan>('campaign_plan_next_edition', { id, start });
}

/** Saves a plan (campaign, events, tasks) in one go. */
export function campaignPlanCreate(plan: CampaignPlan): Promise<Campaign> {
  return call<Campaign>('campaign_plan_create', { plan });
}
