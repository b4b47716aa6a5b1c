import type { CliSession } from '../session'
import type { Command, CommandContext } from '../command'

export const withSession = async (context: CommandContext, body: (session: CliSession) => Promise<void>): Promise<number> => {
  const session = context.openSession()
  try {
    await body(session)
    return 0
  } finally {
    session.close()
  }
}

export const BASE_COMMANDS: Command[] = [
  {
    name: 'info',
    usage: 'curate info [--db PATH] [--json]',
    summary: "show the collection's file, schema and record counts",
    options: { json: { type: 'boolean' } },
    run: (context) =>
      withSession(context, async (session) => {
        const info = await session.call('app:info', undefined)
        const active = (await session.call('records:query', { limit: 1 })).total
        const trashed = (await session.call('records:query', { status: 'trashed', limit: 1 })).total
        const summary = { ...info, records: active, trash: trashed }
        if (context.values.json) context.out(JSON.stringify(summary, null, 2))
        else context.out(`${info.databasePath}\nschema ${info.schemaVersion}, ${active} records, ${trashed} in the trash`)
      })
  },
  {
    name: 'history',
    usage: 'curate history [--db PATH] [--json]',
    summary: 'list the latest operations (newest first)',
    options: { json: { type: 'boolean' } },
    run: (context) =>
      withSession(context, async (session) => {
        const { items } = await session.call('history:list', { limit: 50 })
        if (context.values.json) return context.out(JSON.stringify(items, null, 2))
        for (const op of items) context.out(`${String(op.id).padStart(5)}  ${op.state === 'done' ? '   ' : '(u)'} ${op.createdAt}  ${op.actor.padEnd(7)} ${op.description}`)
      })
  },
  {
    name: 'undo',
    usage: 'curate undo [--db PATH]',
    summary: 'undo the latest operation',
    run: (context) =>
      withSession(context, async (session) => {
        const op = await session.call('history:undo', undefined)
        context.out(`Undone: ${op.description}`)
      })
  },
  {
    name: 'redo',
    usage: 'curate redo [--db PATH]',
    summary: 'redo the latest undone operation',
    run: (context) =>
      withSession(context, async (session) => {
        const op = await session.call('history:redo', undefined)
        context.out(`Redone: ${op.description}`)
      })
  }
]
