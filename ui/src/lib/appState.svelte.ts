// What the whole window knows about the open database and the user's settings: loaded at start, after
// switching databases or restoring a backup, and after saving settings.
import { appInfo, settingsGet } from './api';
import type { AppInfo } from './bindings/AppInfo';
import type { Settings } from './bindings/Settings';
import { setLanguage } from './i18n';

export const app = $state<{ info: AppInfo | null; settings: Settings | null; failure: string | null }>({
  info: null,
  settings: null,
  failure: null,
});

/** Reloads app_info and, when the database is open, the settings (applying their locale). */
export async function refreshApp(): Promise<AppInfo> {
  // Both asked at once (one round trip less at start, issue #19); the settings only count when the database is open.
  const settings = settingsGet().then(
    (loaded) => ({ loaded }),
    (error: unknown) => ({ error }),
  );
  const info = await appInfo();
  performance.mark('cd-app-info');
  // Settings first, so views never mount with the locale or home zone still unknown.
  if (!info.database_error && !info.waiting) {
    const answer = await settings;
    if ('loaded' in answer) applySettings(answer.loaded);
    else console.error('settings_get failed', answer.error);
  }
  performance.mark('cd-settings');
  app.info = info;
  app.failure = null;
  return info;
}

let starting: Promise<AppInfo> | undefined;

/** The start's `refreshApp()`: asked once, by main.ts before the shell is mounted, and awaited by App. */
export function startingAnswer(): Promise<AppInfo> {
  starting ??= refreshApp();
  return starting;
}

export function applySettings(settings: Settings): void {
  app.settings = settings;
  setLanguage(settings.locale || 'auto');
}

/** Fallback when settings are not loaded (yet): the computer's own zone. */
export function homeZone(): string {
  return app.settings?.home_zone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
