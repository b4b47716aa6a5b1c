import { parseArgs } from 'node:util'
import { appVersion } from '../services/appVersion'
import { AppError } from '../../shared/errors'
import { COMMANDS } from './catalogue'

const GLOBAL_OPTIONS = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return [
    'curate — curate event listings from the command line, on the same collection as the app',
    '',
    'Usage: curate <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --db PATH      the collection file (default: $CURATE_DB, else the app\'s user data folder)',
    '  -h, --help     show help (also: curate <command> --help)',
    '  -v, --version  show the version',
    ''
  ].join('\n')
}

/** Runs the CLI; returns the exit status. Output goes through `out`/`err` so tests can capture it. */
export async function runCli(argv: string[], out = (t: string) => console.log(t), err = (t: string) => console.error(t)): Promise<number> {
  const name = argv.find((a) => !a.startsWith('-'))
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    if (argv.includes('--version') || argv.includes('-v')) return out(appVersion()), 0
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return out(helpText()), 0
    err(`curate: unknown command '${name ?? argv[0]}'. Run 'curate --help' for the list.`)
    return 2
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: argv, options: { ...GLOBAL_OPTIONS, ...command.options }, allowPositionals: true, strict: true })
  } catch (error) {
    err(`curate ${command.name}: ${(error as Error).message}\nUsage: ${command.usage}`)
    return 2
  }
  if (parsed.values.help) return out(`Usage: ${command.usage}\n\n${command.summary}`), 0
  let created: string | null = null
  let status = 1
  // Loaded now, not at start: `--help` and usage errors never pay for SQLite and the services.
  const [{ CliSession, removeUnusedCollection }, run] = await Promise.all([import('./session'), command.load()])
  try {
    status = await run({
      positionals: parsed.positionals.slice(1),
      values: parsed.values as Record<string, string | boolean | undefined>,
      usage: command.usage,
      out,
      err,
      openSession: () => {
        const session = new CliSession(parsed.values.db as string | undefined, { create: command.writes === true })
        if (session.created) created = session.databasePath
        return session
      }
    })
    return status
  } catch (error) {
    if (error instanceof AppError) err(`curate ${command.name}: ${error.message}`)
    else err(`curate ${command.name}: ${(error as Error).message ?? String(error)}`)
    return 1
  } finally {
    if (created !== null) {
      if (status === 0) err(`curate ${command.name}: created a new collection at ${created}`)
      else removeUnusedCollection(created)
    }
  }
}
