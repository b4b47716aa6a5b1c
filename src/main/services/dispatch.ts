import { contract, type Method } from '../../shared/contract'
import { AppError, type Envelope } from '../../shared/errors'
import { describeIssues } from '../../shared/validation'
import type { Handlers } from './handlers'

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)
}

/**
 * The single entry for every transport: checks the method, validates the argument against
 * the contract, runs the handler and answers an envelope. Unexpected errors are logged here
 * and reach the caller as a plain sentence, never a stack trace.
 */
export async function dispatch(handlers: Handlers, method: unknown, rawArgs: unknown, onUnexpected: (error: unknown) => void = console.error): Promise<Envelope<unknown>> {
  if (!isMethod(method)) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `unknown method ${String(method).slice(0, 80)}` } }
  const parsed = contract[method].safeParse(rawArgs)
  if (!parsed.success) {
    const { message, fields } = describeIssues(parsed.error.issues)
    return { ok: false, error: { code: 'INVALID_ARGUMENT', message, fields } }
  }
  try {
    const handler = handlers[method] as (args: unknown) => unknown
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toBody() }
    if (isBusy(error)) return { ok: false, error: { code: 'DATABASE', message: 'the collection is busy in another program; try again in a moment' } }
    onUnexpected(error)
    return { ok: false, error: { code: 'INTERNAL', message: `${method} failed unexpectedly; nothing was changed` } }
  }
}

function isBusy(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'SQLITE_BUSY'
}
