// Encryption of the database (issue #15): the start-up prompts, the recovery key shown once, Settings → Privacy.
import type { AppInfo } from '../bindings/AppInfo';
import type { EncryptionStatus } from '../bindings/EncryptionStatus';
import { call } from './client';

export function encryptionStatus(): Promise<EncryptionStatus> {
  return call<EncryptionStatus>('encryption_status');
}

/** Opens the waiting encrypted database with its passphrase, or (`recovery`) its recovery key. */
export function databaseUnlock(secret: string, recovery: boolean): Promise<AppInfo> {
  return call<AppInfo>('database_unlock', { secret, recovery });
}

/** Creates the waiting new database with a passphrase, or plain (`null`). */
export function databaseCreate(passphrase: string | null): Promise<AppInfo> {
  return call<AppInfo>('database_create', { passphrase });
}

/** Encrypts the open plain database: a new key in the keyring, or the passphrase given. */
export function databaseEncrypt(passphrase: string | null): Promise<void> {
  return call<void>('database_encrypt', { passphrase });
}

/** A new key for the open encrypted database: a new one in the keyring (new recovery key), or a passphrase. */
export function databaseRekey(passphrase: string | null): Promise<void> {
  return call<void>('database_rekey', { passphrase });
}

/** Removes the plain file kept after encrypting; resolves with its path. */
export function plainCopyRemove(): Promise<string> {
  return call<string>('plain_copy_remove');
}

/** The recovery key made in this run, until the person confirms they kept it. */
export function recoveryKeyShow(): Promise<string | null> {
  return call<string | null>('recovery_key_show');
}

export function recoveryKeyKept(): Promise<void> {
  return call<void>('recovery_key_kept');
}

/** Writes the recovery key into a file picked in the save dialog. */
export function recoveryKeySave(path: string): Promise<void> {
  return call<void>('recovery_key_save', { path });
}
