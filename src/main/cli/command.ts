import type { CliSession } from './session'

export interface CommandContext {
  positionals: string[]
  values: Record<string, string | boolean | undefined>
  /** Writes a line to standard output. */
  out: (text: string) => void
  /** Writes a line to standard error. */
  err: (text: string) => void
  openSession: () => CliSession
  /** The command's usage line, for messages that name what was expected. */
  usage: string
}

/** What a command does; loaded only when that command runs, so `--help` loads none of the services. */
export type CommandRun = (context: CommandContext) => Promise<number> | number

export interface Command {
  name: string
  usage: string
  summary: string
  /** Options beyond the global ones, in node:util parseArgs form. */
  options?: Record<string, { type: 'string' | 'boolean'; short?: string }>
  /** Commands that write create the collection when there is none (and say so); the others refuse. */
  writes?: boolean
  /** Imports the command's module on demand (see catalogue.ts). */
  load(): Promise<CommandRun>
}
