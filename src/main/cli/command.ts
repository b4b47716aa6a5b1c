import type { CliSession } from './session'

export interface CommandContext {
  positionals: string[]
  values: Record<string, string | boolean | undefined>
  /** Writes a line to standard output. */
  out: (text: string) => void
  /** Writes a line to standard error. */
  err: (text: string) => void
  openSession: () => CliSession
}

export interface Command {
  name: string
  usage: string
  summary: string
  /** Options beyond the global ones, in node:util parseArgs form. */
  options?: Record<string, { type: 'string' | 'boolean'; short?: string }>
  /** Commands that write create the collection when there is none (and say so); the others refuse. */
  writes?: boolean
  run(context: CommandContext): Promise<number> | number
}
