import type { Command } from '../command'

/** `curate` subcommands of the import capability. */
export const importCommands: Command[] = []
