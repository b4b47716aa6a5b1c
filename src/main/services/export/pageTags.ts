import type { Statement } from 'better-sqlite3'
import type { Db } from '../../db/open'

/*
 * The tags of a page of records, in the order RECORD_COLUMNS gives them (by name, ignoring ASCII
 * case). A page reads (record id, tag id) pairs only, straight from record_tags' primary key, as
 * two JSON arrays of integers (one JSON.parse each, instead of two JavaScript values made by
 * better-sqlite3 per link), and takes names and order from one list of every tag. On a million
 * records, joining the names, sorting them and converting a name per link on every page cost
 * ~2.9 s; this costs ~0.6 s.
 * The list is read again whenever the collection may have changed, so a tag renamed or added while
 * an export runs is seen from the next page on, as it was when each page joined the names itself.
 */

/** A record's tags, for the records of a page that have any. */
export type PageTags = ReadonlyMap<number, string[]>

// Both arrays are fed the same rows in the same order, so their items pair up.
const LINKS = 'SELECT json_group_array(record_id), json_group_array(tag_id) FROM record_tags'
const LINKS_IN_RANGE = `${LINKS} WHERE record_id BETWEEN ? AND ?`
const LINKS_OF_IDS = `${LINKS} WHERE record_id IN (SELECT value FROM json_each(?))`
// Tag names are unique under NOCASE, so this order is total: a tag's position is its rank.
const TAGS_IN_ORDER = 'SELECT id, name FROM tags ORDER BY name COLLATE NOCASE'
// Differs as soon as this connection wrote anything (total_changes) or another one committed (data_version).
const CHANGE_STAMP = "SELECT total_changes() || ':' || data_version FROM pragma_data_version"

/**
 * A page whose ids span at most this many times its length reads the links of the whole id range
 * (a few links of records not on the page are read and ignored); a sparser page (a filtered scope,
 * a selection) looks its ids up one by one, which is slower per id but never reads far afield.
 */
const DENSE_SPAN = 2

/** Tag links: record recordIds[i] has tag tagIds[i]. */
interface Links {
  recordIds: readonly number[]
  tagIds: readonly number[]
}

/** Reads the tags of pages of records; one per export (it keeps the tag list between pages). */
export class PageTagReader {
  private readonly linksInRange: Statement<[number, number]>
  private readonly linksOfIds: Statement<[string]>
  private readonly tagsInOrder: Statement<[]>
  private readonly changeStamp: Statement<[]>
  /** Each tag's position in TAGS_IN_ORDER, by tag id. */
  private rankOf = new Map<number, number>()
  /** Tag names in TAGS_IN_ORDER order. */
  private names: string[] = []
  private stamp: unknown = undefined

  constructor(db: Db) {
    this.linksInRange = db.prepare<[number, number]>(LINKS_IN_RANGE).raw()
    this.linksOfIds = db.prepare<[string]>(LINKS_OF_IDS).raw()
    this.tagsInOrder = db.prepare<[]>(TAGS_IN_ORDER).raw()
    this.changeStamp = db.prepare<[]>(CHANGE_STAMP).pluck()
  }

  /** The tags of the records with these ids (any order, no repeats). */
  read(ids: readonly number[]): PageTags {
    const byRecord = new Map<number, string[]>()
    if (ids.length === 0) return byRecord
    const stamp = this.changeStamp.get()
    if (stamp !== this.stamp) this.loadTags(stamp)
    const links = this.links(ids)
    let ranks = this.ranksByRecord(links, false)
    if (ranks === undefined) {
      // A tag added by another connection between the stamp and the links: read the list once more.
      this.loadTags(this.changeStamp.get())
      ranks = this.ranksByRecord(links, true)!
    }
    const names = this.names
    for (const [recordId, list] of ranks) {
      if (list.length > 1) list.sort((a, b) => a - b)
      const tags = new Array<string>(list.length)
      for (let i = 0; i < list.length; i++) tags[i] = names[list[i]!]!
      byRecord.set(recordId, tags)
    }
    return byRecord
  }

  /** Each record's tag ranks; undefined at the first unknown tag unless `skipUnknown`. */
  private ranksByRecord(links: Links, skipUnknown: boolean): Map<number, number[]> | undefined {
    const ranks = new Map<number, number[]>()
    const { recordIds, tagIds } = links
    for (let i = 0; i < recordIds.length; i++) {
      const rank = this.rankOf.get(tagIds[i]!)
      if (rank === undefined) {
        // Deleted meanwhile: left out, as a join on the tags table would.
        if (skipUnknown) continue
        return undefined
      }
      const list = ranks.get(recordIds[i]!)
      if (list === undefined) ranks.set(recordIds[i]!, [rank])
      else list.push(rank)
    }
    return ranks
  }

  private links(ids: readonly number[]): Links {
    let first = ids[0]!
    let last = first
    for (const id of ids) {
      if (id < first) first = id
      else if (id > last) last = id
    }
    const dense = last - first < DENSE_SPAN * ids.length
    const [recordIds, tagIds] = (dense ? this.linksInRange.get(first, last) : this.linksOfIds.get(JSON.stringify(ids))) as [string, string]
    return { recordIds: JSON.parse(recordIds) as number[], tagIds: JSON.parse(tagIds) as number[] }
  }

  private loadTags(stamp: unknown): void {
    const rows = this.tagsInOrder.all() as [number, string][]
    this.rankOf = new Map(rows.map(([id], rank) => [id, rank]))
    this.names = rows.map(([, name]) => name)
    this.stamp = stamp
  }
}
