import type { Command } from '../command'

/** `curate` subcommands of the dedupe capability. */
export const dedupeCommands: Command[] = []
