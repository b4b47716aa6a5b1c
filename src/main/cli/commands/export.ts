import type { Command } from '../command'

/** `curate` subcommands of the export capability. */
export const exportCommands: Command[] = []
