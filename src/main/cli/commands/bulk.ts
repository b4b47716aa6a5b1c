import type { Command } from '../command'

/** `curate` subcommands of the bulk capability. */
export const bulkCommands: Command[] = []
