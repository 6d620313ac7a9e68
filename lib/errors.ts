/** Options carried by an {@link AppError}. */
export interface AppErrorOptions {
  /** HTTP status the API edge maps this error to (defaults to 500 when absent). */
  status?: number
  /** The offending input field, when the error is about one. */
  field?: string
  /** Machine-readable extra data (e.g. the allowed transitions of a 409). */
  details?: unknown
  cause?: unknown
  /** Operational errors are expected (bad input, not found); others mean a bug and stop the process. */
  isOperational?: boolean
}

/**
 * The one error type of the code base. The domain throws it with a stable snake_case `code`;
 * the edges (API, bot, jobs) translate the code for their audience.
 */
export class AppError extends Error {
  readonly code: string
  readonly status?: number
  readonly field?: string
  readonly details?: unknown
  readonly isOperational: boolean

  constructor(code: string, message: string, opts: AppErrorOptions = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause })
    this.name = 'AppError'
    this.code = code
    this.status = opts.status
    this.field = opts.field
    this.details = opts.details
    this.isOperational = opts.isOperational ?? true
  }
}

/** True when `err` is an {@link AppError} (optionally with the given code). */
export function isAppError(err: unknown, code?: string): err is AppError {
  return err instanceof AppError && (code === undefined || err.code === code)
}
