import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { startYearOf } from './startYear'

describe('startYearOf', () => {
  it('reads a year as the generated start_year column does', () => {
    const db = new Database(':memory:')
    const values = ['2015-10-29', '2015-10', '2015', '0999', ' 201', '-201', 'abcd', '', '12ab-01', '+123']
    for (const value of values) {
      expect(startYearOf(value), value).toBe(db.prepare('SELECT CAST(substr(?, 1, 4) AS INTEGER)').pluck().get(value))
    }
    db.close()
  })
})
