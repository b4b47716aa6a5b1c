/** Error codes every transport carries to the renderer and CLI unchanged. */
export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'CONFLICT',
  'NOTHING_TO_UNDO',
  'NOTHING_TO_REDO',
  'IRREVERSIBLE',
  'PARSE_ERROR',
  'CANCELLED',
  'DATABASE',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'INTERNAL'
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiErrorBody {
  code: ErrorCode
  message: string
  /** Per-field messages for validation errors, keyed by field path. */
  fields?: Record<string, string>
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody }

/** An expected failure with a message meant for the archivist. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>
  ) {
    super(message)
    this.name = 'AppError'
  }

  toBody(): ApiErrorBody {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message }
  }
}
