import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { prepareRowQuery } from './rowQuery'
import { temporaryFolder } from './testSupport/records'

let db: Database.Database
let cleanup: () => void
beforeEach(() => {
  const folder = temporaryFolder()
  cleanup = folder.cleanup
  db = new Database(join(folder.folder, 'rows.sqlite'))
  db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, v ANY, w TEXT) STRICT;
    INSERT INTO t VALUES
      (1, 'plain', 'a'), (2, 'Été, "quoted"' || char(0) || char(13) || char(10) || '😀', NULL), (3, 0.1 + 0.2, 'b'),
      (4, 9007199254740993, NULL), (5, -7, ''), (6, x'00ff10', 'c'), (7, CAST(x'c3ffe9' AS TEXT), 'd'), (8, NULL, NULL)`)
})
afterEach(() => {
  db.close()
  cleanup()
})

describe('a row query', () => {
  it('gives the same rows and values as better-sqlite3’s own raw rows, whatever their type', () => {
    const sql = (select: string): string => `SELECT ${select} FROM t WHERE id > ? ORDER BY id`
    const expected = db.prepare(sql('id, v, w, typeof(v)')).raw().all(0)
    const rows = prepareRowQuery(db, sql, 'id, v, w, typeof(v)')(0)
    expect(rows).toEqual(expected)
    expect(rows.map((row) => row[3])).toEqual(['text', 'text', 'real', 'integer', 'integer', 'blob', 'text', 'null'])
    expect(rows[1]![1]).toBe('Été, "quoted"\0\r\n😀')
    expect(rows[2]![1]).toBe(0.1 + 0.2)
    expect(Buffer.isBuffer(rows[5]![1])).toBe(true)
  })

  it('keeps the statement’s order and rows when SQLite sorts after reading, and can run again', () => {
    // ORDER BY on a computed value with LIMIT: SQLite evaluates the select list of every row before sorting.
    const sql = (select: string): string => `SELECT ${select} FROM t ORDER BY (id * 5) % 8, id LIMIT ?`
    const query = prepareRowQuery(db, sql, 'id')
    const expected = db.prepare(sql('id')).raw().all(4)
    expect(expected).toEqual([[8], [5], [2], [7]])
    expect(query(4)).toEqual(expected)
    expect(query(2)).toEqual([[8], [5]])
    expect(query(0)).toEqual([])
  })

  it('keeps its rows apart from another connection’s, and its function to itself', () => {
    const other = new Database(db.name)
    try {
      const sql = (select: string): string => `SELECT ${select} FROM t WHERE id <= ? ORDER BY id`
      const here = prepareRowQuery(db, sql, 'id, w')
      const there = prepareRowQuery(other, sql, 'w, id')
      expect(here(2)).toEqual([[1, 'a'], [2, null]])
      expect(there(1)).toEqual([['a', 1]])
      expect(() => db.prepare('SELECT curate_export_keep_row(1)').get()).toThrow(/only works inside an export's row query/)
    } finally {
      other.close()
    }
  })
})
