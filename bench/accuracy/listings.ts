/**
 * Reads every annotated listing in a folder (NN-name.txt beside NN-name.expected.json, and an
 * optional NN-name.hint such as `--year 2019`) with the importer, and scores it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseInput, type ParsedRecord } from '../../src/main/services/import'
import { addTallies, scoreFile, tally, type ExpectedEvent, type FileScore, type ReadEvent, type Tally } from './score'

export interface ListingResult {
  name: string
  score: FileScore
  tally: Tally
  /** Why the importer read nothing, when it threw. */
  error: string | null
}

/** The options a hint file gives, as a user would type them (`--year 2019`). */
export function readHint(text: string): { year?: number } {
  const year = /--year\s+(\d{4})/.exec(text)
  return year ? { year: Number(year[1]) } : {}
}

function asReadEvent(record: ParsedRecord): ReadEvent {
  return {
    title: record.title,
    startDate: record.startDate,
    endDate: record.endDate,
    place: record.place,
    countryCode: record.countryCode,
    warnings: record.warnings
  }
}

export function listingNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => file.slice(0, -'.expected.json'.length))
    .filter((name) => existsSync(path.join(dir, `${name}.txt`)))
    .sort()
}

export function scoreListing(dir: string, name: string): ListingResult {
  const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as ExpectedEvent[]
  const hintFile = path.join(dir, `${name}.hint`)
  const hint = existsSync(hintFile) ? readHint(readFileSync(hintFile, 'utf8')) : {}
  let read: ReadEvent[] = []
  let error: string | null = null
  try {
    const bytes = readFileSync(path.join(dir, `${name}.txt`))
    read = parseInput(bytes, { ...hint, fileName: `${name}.txt` }).records.map(asReadEvent)
  } catch (failure) {
    error = (failure as Error).message
  }
  const score = scoreFile(expected, read)
  return { name, score, tally: tally(score), error }
}

export function scoreListings(dir: string): { files: ListingResult[]; total: Tally } {
  const files = listingNames(dir).map((name) => scoreListing(dir, name))
  return { files, total: addTallies(files.map((file) => file.tally)) }
}
