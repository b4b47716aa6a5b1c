import type { Db } from '../db/open'
import { sql as facetMigration } from '../db/migrations/0004_workspace_facets'

/** facet_counts as kept incrementally, without the rows that fell to zero. */
export const keptFacetCounts = (db: Db): unknown[] =>
  db.prepare('SELECT dim, value, year, status, n FROM facet_counts WHERE n != 0 ORDER BY 1, 2, 3, 4').all()

/** facet_counts as the migration computes it from scratch: the reference the incremental paths must equal. */
export function recountedFacetCounts(db: Db): unknown[] {
  const backfill = facetMigration.slice(facetMigration.indexOf('INSERT INTO facet_counts'), facetMigration.indexOf('CREATE TRIGGER'))
  db.exec('CREATE TEMP TABLE facet_counts AS SELECT * FROM main.facet_counts WHERE 0')
  db.exec(backfill.replace('INSERT INTO facet_counts', 'INSERT INTO temp.facet_counts'))
  const rows = db.prepare('SELECT dim, value, year, status, n FROM temp.facet_counts WHERE n != 0 ORDER BY 1, 2, 3, 4').all()
  db.exec('DROP TABLE temp.facet_counts')
  return rows
}
