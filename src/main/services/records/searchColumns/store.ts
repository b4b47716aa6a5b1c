import type { Db } from '../../../db/open'
import { compareBinary, compareNoCase } from './collation'
import { Dictionary } from './dictionary'
import { BackgroundTask } from './backgroundTask'
import { readTitleOrder, type TitleOrder } from './titleOrder'
import { startYearOf } from '../../../db/startYear'

/** status[id] of an id no record has (never written, or deleted for good). */
export const NO_ROW = 255
export const FLAG_WARNED = 1
export const FLAG_PLACELESS = 2

/** Below this many records SQLite answers a searched page in a few milliseconds on its own. */
const DEFAULT_MIN_RECORDS = 20_000
/** Rows read per step of the background load: each step holds the main thread ~20 ms. */
const CHUNK = 5_000
/** More changed records than this are re-read by a fresh load rather than one by one. */
const MAX_PENDING = 20_000
/**
 * Sort keys packed as rank × 2^31 + id must stay exact doubles (below 2^53), and a rank is at
 * most the number of records: past four million ids, SQLite answers alone.
 */
const MAX_ID = 2 ** 22 - 1

const CHANGED = 'curate_search_columns_changed'
const ROW = 'curate_search_columns_row'
const COLUMNS = `id, status, batch_id, (warnings IS NOT NULL) | ((place IS NULL OR place = '') << 1), country_code, city, start_date, end_date, place, country`
type Row = [number, number, number | null, number, string | null, string | null, string | null, string | null, string | null, string | null]

export type TextColumn = 'countryCode' | 'city' | 'startDate' | 'endDate' | 'place' | 'country'

export interface SearchColumnsOptions {
  /** Collections smaller than this are left to SQLite (tests set 0). */
  minRecords?: number
}

/**
 * The columns a searched page filters and sorts on, for every record, in typed arrays indexed
 * by id (about 40 bytes a record: 40 MB for a million), like calibre's in-memory metadata cache.
 * A search then costs its full-text lookup plus integer work: about 20 ms for 60,000 matches
 * in a million records, where reading each match's row from SQLite to filter and sort it
 * costs 60–130 ms.
 *
 * Kept exact: temporary triggers (this connection's only) tell it which records changed, and
 * it re-reads those before it answers; a commit by another connection (the CLI, a second
 * window) moves `data_version` and it loads afresh. Loading runs in small steps in the
 * background; until it is done, and inside an open transaction, queries take the SQL path.
 * Titles have no small set of values, so their order is a rank per record read from the
 * title index (titleOrder.ts), patched for changed records.
 */
export class SearchColumns {
  status = new Uint8Array(0)
  flags = new Uint8Array(0)
  batch = new Int32Array(0)
  readonly codes: Record<TextColumn, Int32Array> = {
    countryCode: new Int32Array(0), city: new Int32Array(0), startDate: new Int32Array(0),
    endDate: new Int32Array(0), place: new Int32Array(0), country: new Int32Array(0)
  }
  readonly dictionaries: Record<TextColumn, Dictionary> = {
    countryCode: new Dictionary(compareBinary), city: new Dictionary(compareNoCase), startDate: new Dictionary(compareBinary),
    endDate: new Dictionary(compareBinary), place: new Dictionary(compareNoCase), country: new Dictionary(compareNoCase)
  }
  /** The title order, once read (valid while `titles` is 'ready'). */
  titleOrder: TitleOrder | null = null

  private state: 'idle' | 'loading' | 'ready' | 'failed' = 'idle'
  private titles: 'stale' | 'building' | 'ready' = 'stale'
  private readonly pending = new Set<number>()
  private overflow = false
  /** Changes this connection made, counted by the triggers. */
  private changes = 0
  private loadedVersion = -1
  /** Collections smaller than this are left to SQLite. */
  minRecords: number
  private readonly loader: BackgroundTask
  private readonly titleBuilder: BackgroundTask

  constructor(private readonly db: Db, options: SearchColumnsOptions = {}) {
    this.minRecords = options.minRecords ?? DEFAULT_MIN_RECORDS
    const fail = (): void => {
      // Answers keep coming from SQLite; only the shortcut is lost for this session.
      this.state = 'failed'
    }
    db.function(ROW, { varargs: true, directOnly: true }, (...row: unknown[]) => {
      this.store(row as Row)
      return null
    })
    this.loader = new BackgroundTask(db, () => this.loadSteps(), fail)
    this.titleBuilder = new BackgroundTask(db, () => this.titleSteps(), fail)
  }

  /**
   * True when the columns answer exactly for the current data (with title ranks if asked);
   * otherwise false, and whatever is missing is being loaded in the background.
   */
  prepare(needTitles: boolean): boolean {
    if (this.state === 'failed' || this.db.inTransaction) return false
    if (this.state === 'idle') {
      if (!this.worthIt()) return false
      this.installTriggers()
      this.startLoad()
      return false
    }
    if (this.state === 'loading') return false
    if (this.dataVersion() !== this.loadedVersion || this.overflow) {
      this.startLoad()
      return false
    }
    if (this.pending.size > 0 && !this.applyPending()) return false
    if (!needTitles || this.titles === 'ready') return true
    if (this.titles === 'stale') this.titleBuilder.start()
    return false
  }

  /** Loads everything now, title ranks included (benchmarks and tests; the app loads in steps). */
  loadNow(): void {
    this.installTriggers()
    this.loader.runToEnd()
    this.titleBuilder.runToEnd()
  }

  private years = new Float64Array(1)

  /** start_year of each start-date code. */
  startYears(): Float64Array {
    const dictionary = this.dictionaries.startDate
    if (this.years.length === dictionary.size + 1) return this.years
    const years = new Float64Array(dictionary.size + 1)
    years.set(this.years.subarray(0, Math.min(this.years.length, years.length)))
    for (let code = this.years.length; code <= dictionary.size; code++) years[code] = startYearOf(dictionary.valueOf(code)!)
    return (this.years = years)
  }

  get ready(): boolean {
    return this.state === 'ready'
  }

  private worthIt(): boolean {
    const max = (this.db.prepare('SELECT max(id) FROM records').pluck().get() as number | null) ?? 0
    return max >= this.minRecords && max <= MAX_ID
  }

  private dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number
  }

  private triggersInstalled = false

  private installTriggers(): void {
    if (this.triggersInstalled) return
    this.triggersInstalled = true
    // Not directOnly: the temporary triggers below call it. TEMP triggers are always trusted.
    this.db.function(CHANGED, { deterministic: false }, (id: unknown) => {
      this.changes++
      if (this.overflow || (typeof id !== 'number' && typeof id !== 'bigint')) return null
      this.pending.add(Number(id))
      if (this.pending.size > MAX_PENDING) {
        this.overflow = true
        this.pending.clear()
      }
      return null
    })
    this.db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS curate_search_columns_insert AFTER INSERT ON main.records BEGIN SELECT ${CHANGED}(new.id); END;
      CREATE TEMP TRIGGER IF NOT EXISTS curate_search_columns_update AFTER UPDATE ON main.records BEGIN SELECT ${CHANGED}(old.id), ${CHANGED}(new.id); END;
      CREATE TEMP TRIGGER IF NOT EXISTS curate_search_columns_delete AFTER DELETE ON main.records BEGIN SELECT ${CHANGED}(old.id); END;`)
  }

  private startLoad(): void {
    this.state = 'loading'
    this.titles = 'stale'
    this.titleBuilder.stop()
    this.loader.start()
  }

  /** The background load: fresh arrays filled in id order, a chunk per step. */
  private *loadSteps(): Generator<void, void> {
    this.state = 'loading'
    this.titles = 'stale'
    restart: for (;;) {
      this.loadedVersion = this.dataVersion()
      this.pending.clear()
      this.overflow = false
      const max = (this.db.prepare('SELECT max(id) FROM records').pluck().get() as number | null) ?? 0
      this.allocate(max + 1, { fresh: true })
      // A function called per row, not row arrays: better-sqlite3 builds arrays at ~0.1 µs a value (5.7 s against 2.8 s at a million).
      const read = this.db.prepare(`SELECT count(${ROW}(${COLUMNS})) FROM records WHERE id > ? AND id <= ?`).pluck()
      for (let from = 0; from < max; from += CHUNK) {
        read.get(from, from + CHUNK)
        if (from + CHUNK >= max) break
        yield
        // Another connection committed meanwhile: what was read may be a mix of before and after.
        if (this.dataVersion() !== this.loadedVersion) continue restart
      }
      break
    }
    if (this.overflow) return yield* this.loadSteps()
    this.state = 'ready'
  }

  /** Reads the title order in steps, starting over if the data changes meanwhile. */
  private *titleSteps(): Generator<void, void> {
    this.titles = 'building'
    for (;;) {
      const changes = this.changes
      const version = this.dataVersion()
      const order = yield* readTitleOrder(this.db, this.status.length, () => this.changes === changes && this.dataVersion() === version)
      if (!order) {
        yield
        continue
      }
      this.titleOrder = order
      this.titles = 'ready'
      return
    }
  }

  /** Re-reads the records this connection changed since the last answer; false if the columns no longer apply. */
  private applyPending(): boolean {
    const ids = [...this.pending]
    this.pending.clear()
    const rows = this.db.prepare(`SELECT ${COLUMNS} FROM records WHERE id IN (SELECT value FROM json_each(?))`).raw().all(JSON.stringify(ids)) as Row[]
    if (rows.some((row) => row[0] > MAX_ID)) {
      // The collection outgrew what the columns can sort exactly: SQLite answers from now on.
      this.state = 'idle'
      return false
    }
    const found = new Set<number>()
    for (const row of rows) {
      found.add(row[0])
      if (row[0] >= this.status.length) this.allocate(Math.max(row[0] + 1, Math.ceil(this.status.length * 1.5)))
      this.store(row)
    }
    for (const id of ids) if (!found.has(id) && id < this.status.length) this.status[id] = NO_ROW
    // A build under way sees the change count move and starts over by itself.
    if (this.titles === 'ready' && !this.titleOrder!.patch(this.db, ids)) this.titles = 'stale'
    return true
  }

  private store(row: Row): void {
    const id = row[0]
    this.status[id] = row[1]
    this.batch[id] = row[2] ?? 0
    this.flags[id] = row[3]
    const { codes, dictionaries: d } = this
    codes.countryCode[id] = d.countryCode.codeFor(row[4])
    codes.city[id] = d.city.codeFor(row[5])
    codes.startDate[id] = d.startDate.codeFor(row[6])
    codes.endDate[id] = d.endDate.codeFor(row[7])
    codes.place[id] = d.place.codeFor(row[8])
    codes.country[id] = d.country.codeFor(row[9])
  }

  /** Arrays for `size` ids, keeping what is loaded unless `fresh`; new ids have no row until read. */
  private allocate(size: number, options: { fresh?: boolean } = {}): void {
    const grow = <T extends Uint8Array | Int32Array>(old: T, make: (n: number) => T, fill?: number): T => {
      const next = make(size)
      if (fill !== undefined) next.fill(fill)
      if (!options.fresh) next.set(old.subarray(0, Math.min(old.length, size)))
      return next
    }
    this.status = grow(this.status, (n) => new Uint8Array(n), NO_ROW)
    this.flags = grow(this.flags, (n) => new Uint8Array(n))
    this.batch = grow(this.batch, (n) => new Int32Array(n))
    for (const column of Object.keys(this.codes) as TextColumn[]) this.codes[column] = grow(this.codes[column], (n) => new Int32Array(n))
  }
}

const stores = new WeakMap<Db, SearchColumns>()

/** The search columns of a connection (created on first use; loading starts on first search). */
export function searchColumnsFor(db: Db, options?: SearchColumnsOptions): SearchColumns {
  let store = stores.get(db)
  if (!store) stores.set(db, (store = new SearchColumns(db, options)))
  else if (options?.minRecords !== undefined) store.minRecords = options.minRecords
  return store
}
