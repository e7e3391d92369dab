// Sharing campaigns with a CalDAV server (src-tauri/src/commands/sync.rs). Calls that reach the server run on the
// back end's own thread: the window stays usable while they wait.
import type { AddedAccount } from '../bindings/AddedAccount';
import type { ConflictView } from '../bindings/ConflictView';
import type { Keep } from '../bindings/Keep';
import type { LinkStatus } from '../bindings/LinkStatus';
import type { Undone } from '../bindings/Undone';
import type { RemoteCalendar } from '../bindings/RemoteCalendar';
import type { RunReport } from '../bindings/RunReport';
import type { SyncAccount } from '../bindings/SyncAccount';
import type { SyncLink } from '../bindings/SyncLink';
import { call } from './client';

export function syncAccounts(): Promise<SyncAccount[]> {
  return call<SyncAccount[]>('sync_accounts');
}

/** Ids of the accounts whose password is held in memory for this session only (no keyring). */
export function syncSessionAccounts(): Promise<number[]> {
  return call<number[]>('sync_session_accounts');
}

/** `null` when the system keyring can keep passwords, else why not. */
export function syncKeyring(): Promise<string | null> {
  return call<string | null>('sync_keyring');
}

/** Logs in and lists the calendars, adding nothing. */
export function syncTestLogin(url: string, user: string, password: string): Promise<RemoteCalendar[]> {
  return call<RemoteCalendar[]>('sync_test_login', { url, user, password });
}

/**
 * Adds an account after a successful login. Rejects with kind `no_keyring` (nothing added) when the password
 * cannot go to the keyring and `sessionOnly` was not chosen.
 */
export function syncAccountAdd(url: string, user: string, password: string, sessionOnly: boolean): Promise<AddedAccount> {
  return call<AddedAccount>('sync_account_add', { url, user, password, sessionOnly });
}

/** Removes an account and its links; resolves with why the keyring kept its password, if it did. */
export function syncAccountRemove(id: number): Promise<string | null> {
  return call<string | null>('sync_account_remove', { id });
}

/** Gives an account's password again for this session (no keyring), checked with the server first. */
export function syncAccountUnlock(accountId: number, password: string): Promise<RemoteCalendar[]> {
  return call<RemoteCalendar[]>('sync_account_unlock', { accountId, password });
}

export function syncCalendars(accountId: number): Promise<RemoteCalendar[]> {
  return call<RemoteCalendar[]>('sync_calendars', { accountId });
}

/** Shares a campaign with an existing calendar (`calendarUrl`) or a new one named `create`. */
export function syncLink(campaignId: number, accountId: number, target: { calendarUrl: string } | { create: string }): Promise<SyncLink> {
  return call<SyncLink>('sync_link', {
    campaignId,
    accountId,
    calendarUrl: 'calendarUrl' in target ? target.calendarUrl : null,
    create: 'create' in target ? target.create : null,
  });
}

export function syncUnlink(linkId: number): Promise<void> {
  return call<void>('sync_unlink', { linkId });
}

/** Syncs one link (or every one) both ways. */
export function syncRun(linkId: number | null): Promise<RunReport> {
  return call<RunReport>('sync_run', { linkId });
}

export function syncStatus(): Promise<LinkStatus[]> {
  return call<LinkStatus[]>('sync_status');
}

export function syncConflicts(): Promise<ConflictView[]> {
  return call<ConflictView[]>('sync_conflicts');
}

export function syncResolve(itemId: number, keep: Keep): Promise<void> {
  return call<void>('sync_resolve', { itemId, keep });
}

/** Undoes a local change the server refused (read-only calendar): the server's version is put back here. */
export function syncRevert(eventId: number): Promise<Undone> {
  return call<Undone>('sync_revert', { eventId });
}
