import type { CliSession } from '../session'
import type { CommandContext, CommandRun } from '../command'

export const withSession = async (context: CommandContext, body: (session: CliSession) => Promise<void>): Promise<number> => {
  const session = context.openSession()
  try {
    await body(session)
    return 0
  } finally {
    session.close()
  }
}

/** `curate info`, `history`, `undo`, `redo`. */
export const baseRunners: Record<'info' | 'history' | 'undo' | 'redo', CommandRun> = {
  info: (context) =>
    withSession(context, async (session) => {
      const info = await session.call('app:info', undefined)
      const active = (await session.call('records:query', { limit: 1 })).total
      const trashed = (await session.call('records:query', { status: 'trashed', limit: 1 })).total
      const summary = { ...info, records: active, trash: trashed }
      if (context.values.json) context.out(JSON.stringify(summary, null, 2))
      else context.out(`${info.databasePath}\nschema ${info.schemaVersion}, ${active} records, ${trashed} in the trash`)
    }),
  history: (context) =>
    withSession(context, async (session) => {
      const { items } = await session.call('history:list', { limit: 50 })
      if (context.values.json) return context.out(JSON.stringify(items, null, 2))
      for (const op of items) context.out(`${String(op.id).padStart(5)}  ${op.state === 'done' ? '   ' : '(u)'} ${op.createdAt}  ${op.actor.padEnd(7)} ${op.description}`)
    }),
  undo: (context) =>
    withSession(context, async (session) => {
      const op = await session.call('history:undo', undefined)
      context.out(`Undone: ${op.description}`)
    }),
  redo: (context) =>
    withSession(context, async (session) => {
      const op = await session.call('history:redo', undefined)
      context.out(`Redone: ${op.description}`)
    })
}
