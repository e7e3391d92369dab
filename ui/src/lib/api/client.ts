// The only module that imports `invoke`: every call to the back end goes through `call`.
import { invoke, type InvokeArgs } from '@tauri-apps/api/core';

import { ApiError } from './errors';

/** Calls a Rust command; resolves with its result or rejects with an `ApiError`. */
export async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw ApiError.from(reason, command);
  }
}
