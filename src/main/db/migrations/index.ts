import { sql as initial } from './0001_initial'
import { sql as dedupe } from './0002_dedupe'
import { sql as exportProfiles } from './0003_export_profiles'
import { sql as workspaceFacets } from './0004_workspace_facets'
import { sql as dedupeModel } from './0005_dedupe_model'
import { sql as readingProfiles } from './0006_reading_profiles'

export interface Migration {
  version: number
  name: string
  sql: string
}

/** In order; the database's `user_version` is the number of the last one applied. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'dedupe', sql: dedupe },
  { version: 3, name: 'export_profiles', sql: exportProfiles },
  { version: 4, name: 'workspace_facets', sql: workspaceFacets },
  { version: 5, name: 'dedupe_model', sql: dedupeModel },
  { version: 6, name: 'reading_profiles', sql: readingProfiles }
]

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version
