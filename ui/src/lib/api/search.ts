import type { SearchHit } from '../bindings/SearchHit';
import { call } from './client';

/**
 * Statements (every language), campaigns, events and organisations matching `query`, best first. Every word
 * must appear, as a word or the start of one; accents are ignored. Query text is never search syntax.
 */
export function search(query: string, limit = 30): Promise<SearchHit[]> {
  return call<SearchHit[]>('search', { query, limit });
}
