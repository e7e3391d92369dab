import { call } from './client';

/** Returned by the `app_info` command (src-tauri/src/commands/app.rs). */
export interface AppInfo {
  version: string;
}

export function appInfo(): Promise<AppInfo> {
  return call<AppInfo>('app_info');
}
