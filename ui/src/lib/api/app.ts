import type { AppInfo } from '../bindings/AppInfo';
import type { BackupFile } from '../bindings/BackupFile';
import type { DemoReport } from '../bindings/DemoReport';
import type { Settings } from '../bindings/Settings';
import { call } from './client';

/** Version, database path and state; `is_empty` drives the welcome screen, `database_error` the recovery screen. */
export function appInfo(): Promise<AppInfo> {
  return call<AppInfo>('app_info');
}

/** What "Copy diagnostics" copies: versions of the app, web view, SQLite and OS, one a line (no personal data). */
export function aboutDiagnostics(): Promise<string> {
  return call<string>('about_diagnostics');
}

export function settingsGet(): Promise<Settings> {
  return call<Settings>('settings_get');
}

export function settingsSave(settings: Settings): Promise<Settings> {
  return call<Settings>('settings_save', { settings });
}

/** Loads the demonstration data (idempotent). */
export function demoLoad(): Promise<DemoReport> {
  return call<DemoReport>('demo_load');
}

/** Backs up now; resolves with the backup file's path. */
export function backupNow(): Promise<string> {
  return call<string>('backup_now');
}

export function backupList(): Promise<BackupFile[]> {
  return call<BackupFile[]>('backup_list');
}

/** Replaces the content with a backup's; resolves with where the previous content was saved first. */
export function backupRestore(path: string, key: string | null = null): Promise<string> {
  return call<string>('backup_restore', { path, key });
}

/** Opens (or creates) another database file, remembered for next time. */
export function databaseOpen(path: string): Promise<AppInfo> {
  return call<AppInfo>('database_open', { path });
}
