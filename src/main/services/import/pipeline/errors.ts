import { AppError } from '../../../../shared/errors'
import { ParseError } from '../types'

/** Parse errors reach the archivist as PARSE_ERROR with their sentence (which names the line); the rest pass unchanged. */
export function asImportError(error: unknown): unknown {
  if (error instanceof ParseError) return new AppError('PARSE_ERROR', error.message)
  return error
}
