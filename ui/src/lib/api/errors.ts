import type { FieldError } from '../bindings/FieldError';
import { hasMessage, t, type MessageKey } from '../i18n';

/** A field's problem as the UI holds it: the core's `FieldError`, whose `id`/`args` older shells do not send. */
export type FieldProblem = Pick<FieldError, 'field' | 'message'> & Partial<Pick<FieldError, 'id' | 'args'>>;

/**
 * A problem the core reported (a field's, an import's line, an error shown whole) in the window's language: its
 * catalogued message (`locales/<lang>/core.ftl`) when it carries an id we know, else the English text it wrote.
 */
export function problemText(problem: Pick<FieldProblem, 'message' | 'id' | 'args'>): string {
  return problem.id && hasMessage(problem.id) ? t(problem.id as MessageKey, problem.args) : problem.message;
}

/**
 * Every failed back-end call surfaces as an `ApiError`.
 *
 * `kind` is the stable code sent by the Rust side (the core's `ErrorReport { kind, message, fields }`), one of
 * `validation`, `not_found`, `bad_database`, `storage`, `io`, `internal`. Two kinds are produced here instead:
 * - `"ipc"`: Tauri itself refused the call (unknown command, arguments that do not deserialize, a missing
 *   permission); it rejects with a bare string then.
 * - `"internal"`: anything else (no Tauri runtime, a thrown exception, an unexpected value).
 *
 * `fields` lists per-field problems of a `validation` error, so a form can show each next to its input; the
 * `message` of such an error is rebuilt from them in the window's language (the core's is English), and that of an
 * error with a catalogued id (`core-not-found` …) is that message in the window's language.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: string,
    message: string,
    /** The command whose call failed, when known. */
    readonly command?: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
  }

  /** Turns whatever a rejected `invoke` produced into an `ApiError`. */
  static from(reason: unknown, command?: string): ApiError {
    if (reason instanceof ApiError) return reason;
    if (isIpcError(reason)) {
      const fields = fieldsOf(reason);
      // The core's text of a validation error is its fields' messages joined as `field: message; …`.
      const message =
        reason.kind === 'validation' && fields.length > 0
          ? fields.map((f) => `${f.field}: ${problemText(f)}`).join('; ')
          : problemText(reason);
      return new ApiError(reason.kind, message, command, fields);
    }
    if (typeof reason === 'string') return new ApiError('ipc', reason, command);
    if (reason instanceof Error) return new ApiError('internal', reason.message, command);
    return new ApiError('internal', `unexpected error value: ${describe(reason)}`, command);
  }
}

/** The shape in which the Rust side's `ErrorReport` arrives (`fields`, `id`, `args` may be missing from older shells). */
export interface IpcErrorPayload {
  kind: string;
  message: string;
  fields?: unknown;
  /** The catalogued message of an error shown whole (`core-not-found` …); absent from older shells. */
  id?: string;
  args?: FieldError['args'];
}

function isIpcError(value: unknown): value is IpcErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, message } = value as Record<string, unknown>;
  return typeof kind === 'string' && typeof message === 'string';
}

function fieldsOf(payload: IpcErrorPayload): FieldProblem[] {
  if (!Array.isArray(payload.fields)) return [];
  return payload.fields.filter(
    (f): f is FieldProblem =>
      typeof f === 'object' &&
      f !== null &&
      typeof (f as FieldProblem).field === 'string' &&
      typeof (f as FieldProblem).message === 'string',
  );
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
