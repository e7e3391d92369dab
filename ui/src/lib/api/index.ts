// The front end's whole view of the back end. Views import from here, never from `@tauri-apps/*`.
export { ApiError, type IpcErrorPayload } from './errors';
export { call } from './client';
export { appInfo, type AppInfo } from './app';
export { onDataChanged, DATA_CHANGED, type DataChanged } from './events';
