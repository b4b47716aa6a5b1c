import type { Handlers } from './handlers'
import type { IdleCheckpointer } from '../db/idleCheckpoint'

/** Every call, read or write, schedules the idle checkpoint; one after a read finds nothing to copy and costs nothing. */
export function withIdleCheckpoints(handlers: Handlers, checkpoints: IdleCheckpointer): Handlers {
  const wrapped: Record<string, (args: unknown) => unknown> = {}
  for (const [method, inner] of Object.entries(handlers as unknown as Record<string, (args: unknown) => unknown>)) {
    wrapped[method] = (args: unknown) => {
      try {
        return inner(args)
      } finally {
        checkpoints.touch()
      }
    }
  }
  return wrapped as unknown as Handlers
}
