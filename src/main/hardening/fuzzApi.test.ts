import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { openDatabase, type Db } from '../db/open'
import { snapshotContent, tempDbPath } from '../testing/tempDb'
import { createHandlers, type Handlers } from '../services/handlers'
import { dispatch } from '../services/dispatch'
import { contract } from '../../shared/contract'
import { ERROR_CODES } from '../../shared/errors'

/**
 * Throws random and malformed arguments at every method of the contract: each answer must
 * be an envelope, a failure a typed error that is not INTERNAL (an unexpected exception),
 * and a failure must leave the database exactly as it was.
 */
let db: Db
let handlers: Handlers
const unexpected: unknown[] = []

beforeAll(async () => {
  const file = tempDbPath()
  db = openDatabase(file)
  handlers = createHandlers({ db, databasePath: file, mode: 'cli', version: 't' })
  for (const title of ['Forum in Neuchâtel', 'Study visit to Montréal', 'Seminar [fr]']) {
    await dispatch(handlers, 'records:create', { fields: { title, startDate: '2015-10-29', endDate: '2015-10-30', countryCode: 'CH', tags: ['x'] } })
  }
})
afterAll(() => db.close())

/** Values shaped like the app's own arguments, wrong in random ways. */
const hostileValue = fc.oneof(
  fc.anything(),
  fc.constantFrom('', ' ', '"', "'; DROP TABLE records; --", 'NEAR(', '*', '((', 'title:x', '\u0000', '../../etc/passwd', '2015-02-30', '9999-99-99', 'XX'),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 1, 2 ** 31, Number.MAX_SAFE_INTEGER, Number.NaN, Infinity),
  fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 5 })
)
const KEYS = ['id', 'ids', 'fields', 'patch', 'version', 'title', 'search', 'filters', 'sort', 'limit', 'offset', 'name', 'format', 'scope', 'rule', 'threshold', 'text', 'records', 'target', 'field', 'method']
const hostileArgs = fc.oneof(
  hostileValue,
  fc.dictionary(fc.constantFrom(...KEYS), hostileValue, { maxKeys: 4 }),
  fc.record({ fields: fc.dictionary(fc.constantFrom('title', 'startDate', 'endDate', 'countryCode', 'tags', 'colour'), hostileValue) }, { requiredKeys: [] })
)

/** Methods whose success legitimately writes (creating records, snapshots, jobs); their failures still must not. */
describe('every API method under random arguments', () => {
  for (const method of Object.keys(contract)) {
    it(`${method}: typed errors, no crash, database unchanged on failure`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileArgs, async (args) => {
          const before = snapshotContent(db)
          const answer = await dispatch(handlers, method, args, (error) => unexpected.push(error))
          expect(typeof answer.ok).toBe('boolean')
          if (!answer.ok) {
            expect(ERROR_CODES).toContain(answer.error.code)
            expect(answer.error.code).not.toBe('INTERNAL')
            expect(answer.error.message).not.toMatch(/\n\s+at /)
            expect(snapshotContent(db)).toEqual(before)
          }
        }),
        { numRuns: 60 }
      )
      expect(unexpected).toEqual([])
    })
  }
})
