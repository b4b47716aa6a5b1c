import type { ApiErrorBody, ErrorCode } from '../../../shared/errors'

/** A failed call, as the UI sees it: a code to branch on and a sentence to show. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly fields: Record<string, string>

  constructor(body: ApiErrorBody) {
    super(body.message)
    this.name = 'ApiError'
    this.code = body.code
    this.fields = body.fields ?? {}
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
