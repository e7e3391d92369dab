/**
 * Every failed back-end call surfaces as an `ApiError`.
 *
 * `kind` is the stable code sent by the Rust side (`IpcError { kind, message }` in src-tauri), for example
 * `"not_found"` or `"validation"`. Two kinds are produced here instead:
 * - `"ipc"`: Tauri itself refused the call (unknown command, arguments that do not deserialize, a missing
 *   permission); it rejects with a bare string then.
 * - `"internal"`: anything else (no Tauri runtime, a thrown exception, an unexpected value).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: string,
    message: string,
    /** The command whose call failed, when known. */
    readonly command?: string,
  ) {
    super(message);
  }

  /** Turns whatever a rejected `invoke` produced into an `ApiError`. */
  static from(reason: unknown, command?: string): ApiError {
    if (reason instanceof ApiError) return reason;
    if (isIpcError(reason)) return new ApiError(reason.kind, reason.message, command);
    if (typeof reason === 'string') return new ApiError('ipc', reason, command);
    if (reason instanceof Error) return new ApiError('internal', reason.message, command);
    return new ApiError('internal', `unexpected error value: ${describe(reason)}`, command);
  }
}

/** The shape in which the Rust side's `IpcError` arrives. */
export interface IpcErrorPayload {
  kind: string;
  message: string;
}

function isIpcError(value: unknown): value is IpcErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, message } = value as Record<string, unknown>;
  return typeof kind === 'string' && typeof message === 'string';
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
