// The front end's whole view of the back end. Views import from here, never from `@tauri-apps/*`.
export { ApiError, problemText, type IpcErrorPayload } from './errors';
export { call } from './client';
export * from './app';
export * from './directory';
export * from './plans';
export * from './calendar';
export * from './ics';
export * from './openedFiles';
export * from './announce';
export * from './tasks';
export * from './statements';
export { onWindowClose } from './windowClose';
export * from './campaignPlans';
export * from './statementParts';
export * from './search';
export { chooseFile, chooseFolder, chooseSavePath, type FileFilter } from './dialogs';
export { onDataChanged, whenChanged, affects, DATA_CHANGED, type DataChanged } from './events';
export * from './sync';
