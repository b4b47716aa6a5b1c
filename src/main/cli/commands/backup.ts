import type { Command } from '../command'

/** `curate` subcommands of the backup capability. */
export const backupCommands: Command[] = []
