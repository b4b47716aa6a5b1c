import { sql as initial } from './0001_initial'

export interface Migration {
  version: number
  name: string
  sql: string
}

/** In order; the database's `user_version` is the number of the last one applied. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'initial', sql: initial }]

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version
