import type { Db } from '../../db/open'

/*
 * Reading many rows fast with better-sqlite3. On Node 20, `.raw().all()` builds each row array with
 * one v8::Object::Set per value (~0.1 µs each, NULLs and numbers included): reading the 13 default
 * CSV columns of a million records took ~3.2 s, all 23 columns ~5.8 s. Values handed to a
 * user-defined function arrive as plain call arguments instead, converted by the same
 * better-sqlite3 code as column values (so they are the same values); the function keeps each row
 * as it comes. The same reads take ~2.3 s and ~2.8 s this way.
 * The statement itself returns, for each of its rows, where that row was kept: rows come out in
 * the statement's order even if SQLite evaluated the select list in another order (before a
 * sort) or for rows it then left out.
 */

/** Registered once on each connection that exports; `directOnly` keeps it out of triggers and views. */
const KEEP_ROW = 'curate_export_keep_row'

/** Runs the query with these parameters; its rows as arrays of values, in the query's order. */
export type RowQuery = (...params: unknown[]) => unknown[][]

/** Rows kept by KEEP_ROW while a RowQuery runs; one per connection. */
class RowKeeper {
  private kept: unknown[][] | undefined

  constructor(db: Db) {
    db.function(KEEP_ROW, { varargs: true, directOnly: true }, (...values: unknown[]) => {
      if (this.kept === undefined) throw new Error(`${KEEP_ROW} only works inside an export's row query`)
      return this.kept.push(values) - 1
    })
  }

  rows(run: () => number[]): unknown[][] {
    const outer = this.kept
    const kept: unknown[][] = []
    this.kept = kept
    try {
      const order = run()
      const rows = new Array<unknown[]>(order.length)
      for (let i = 0; i < order.length; i++) rows[i] = kept[order[i]!]!
      return rows
    } finally {
      this.kept = outer
    }
  }
}

const keepers = new WeakMap<Db, RowKeeper>()

/**
 * Prepares the statement `sql(selectList)` (one SELECT whose result columns are `selectList`) to
 * return its rows as arrays of values.
 */
export function prepareRowQuery(db: Db, sql: (selectList: string) => string, selectList: string): RowQuery {
  let keeper = keepers.get(db)
  if (keeper === undefined) keepers.set(db, (keeper = new RowKeeper(db)))
  const statement = db.prepare(sql(`${KEEP_ROW}(${selectList})`)).pluck()
  const rowKeeper = keeper
  return (...params) => rowKeeper.rows(() => statement.all(...params) as number[])
}
