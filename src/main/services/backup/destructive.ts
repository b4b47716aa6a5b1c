import type { Method } from '../../../shared/contract'
import type { Handlers } from '../handlers'
import type { Services } from '../context'
import { snapshotBeforeFirstDestructiveToday } from './dailySnapshot'

/** Methods that can change many records at once; the day's first one is preceded by a snapshot. */
export const DESTRUCTIVE_METHODS: readonly Method[] = [
  'import:commit',
  'bulk:apply',
  'bulk:applyRecipe',
  'dedupe:merge',
  'dedupe:acceptAbove',
  'dedupe:applyCluster',
  'trash:empty'
]

export function withDailySnapshots(handlers: Handlers, s: Services): Handlers {
  const wrapped: Record<Method, (args: unknown) => unknown> = { ...(handlers as unknown as Record<Method, (args: unknown) => unknown>) }
  for (const method of DESTRUCTIVE_METHODS) {
    const inner = wrapped[method]
    if (!inner) continue // a partial handler set (a test's) may lack it
    wrapped[method] = async (args: unknown) => {
      await snapshotBeforeFirstDestructiveToday(s.db, s.databasePath)
      return inner(args)
    }
  }
  return wrapped as unknown as Record<Method, never> as Handlers
}
