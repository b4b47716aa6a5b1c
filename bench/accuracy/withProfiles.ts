/**
 * Each annotated listing read with its profile: the instructions kept for it in
 * bench/accuracy/profiles/NN-name.json (at most three; a listing without a file has none), and a
 * second page of the same shape, made by leaving out the second half of the listing's records, which
 * must find its own profile among all the listings' profiles by its shape alone and be read with it.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseInput, type ParsedRecord } from '../../src/main/services/import'
import { ReadingInstructionsSchema, type ReadingInstruction } from '../../src/shared/readingInstructions'
import { pageShapeOf, shapeSimilarity } from '../../src/main/services/import/profiles/shape'
import { matchProfile } from '../../src/main/services/import/profiles/choose'
import type { PageShape } from '../../src/shared/contracts/profiles'
import { listingNames, readHint } from './listings'
import { scoreFile, tally, type ExpectedEvent, type ReadEvent, type Tally } from './score'

export const PROFILES_DIR = path.join(import.meta.dirname, 'profiles')
export const MAX_PROFILE_INSTRUCTIONS = 3

export function profileInstructions(name: string): ReadingInstruction[] {
  const file = path.join(PROFILES_DIR, `${name}.json`)
  if (!existsSync(file)) return []
  const parsed = ReadingInstructionsSchema.parse((JSON.parse(readFileSync(file, 'utf8')) as { instructions: unknown }).instructions)
  if (parsed.length > MAX_PROFILE_INSTRUCTIONS) throw new Error(`${file}: more than ${MAX_PROFILE_INSTRUCTIONS} instructions`)
  return parsed
}

const asReadEvent = (r: ParsedRecord): ReadEvent => ({ title: r.title, startDate: r.startDate, endDate: r.endDate, place: r.place, countryCode: r.countryCode, warnings: r.warnings })

interface Listing {
  name: string
  text: string
  expected: ExpectedEvent[]
  year?: number
}

function loadListing(dir: string, name: string): Listing {
  const hintFile = path.join(dir, `${name}.hint`)
  const hint = existsSync(hintFile) ? readHint(readFileSync(hintFile, 'utf8')) : {}
  return { name, text: readFileSync(path.join(dir, `${name}.txt`), 'utf8'), expected: JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as ExpectedEvent[], ...hint }
}

function read(text: string, listing: Listing, instructions: ReadingInstruction[], fileName?: string): ParsedRecord[] {
  return parseInput(text, { ...(listing.year !== undefined ? { year: listing.year } : {}), ...(fileName ? { fileName } : {}), ...(instructions.length > 0 ? { instructions } : {}) }).records
}

/** The listing without the second half of its records (its other lines kept), and the expected events that remain; null when its records share lines. */
export function secondPage(listing: Listing, records: ParsedRecord[]): { text: string; expected: ExpectedEvent[] } | null {
  const lines = listing.text.split(/\r\n|\r|\n/)
  const spans = records.map((r) => ({ from: r.sourceLine, to: r.sourceLine + r.sourceText.split('\n').length - 1 }))
  const lineOwners = new Map<number, number>()
  for (const span of spans) for (let no = span.from; no <= span.to; no++) lineOwners.set(no, (lineOwners.get(no) ?? 0) + 1)
  // A record that shares a line with another (a page flattened onto one line) cannot be left out alone.
  const droppable = (i: number): boolean => i >= Math.ceil(records.length / 2) && Array.from({ length: spans[i]!.to - spans[i]!.from + 1 }, (_, k) => lineOwners.get(spans[i]!.from + k) === 1).every(Boolean)
  const dropped = new Set(records.map((_, i) => i).filter(droppable))
  if (dropped.size < records.length / 4) return null
  const droppedLines = new Set<number>()
  for (const i of dropped) for (let no = spans[i]!.from; no <= spans[i]!.to; no++) droppedLines.add(no)
  const text = lines.filter((_, index) => !droppedLines.has(index + 1)).join('\n')
  // The expected events paired with a left-out record go too; one the reader missed goes with its nearest paired neighbour after it.
  const paired = scoreFile(listing.expected, records.map(asReadEvent)).events.map((event) => (event.read === null ? -1 : records.findIndex((r) => asReadEvent(r).title === event.read!.title && r.startDate === event.read!.startDate)))
  const expected = listing.expected.filter((_, i) => {
    let at = i
    while (at < paired.length && paired[at] === -1) at++
    const index = paired[at] ?? paired.slice(0, i).reverse().find((p) => p >= 0) ?? -1
    return !dropped.has(index)
  })
  return { text, expected }
}

export interface ProfiledResult {
  name: string
  instructions: number
  plain: Tally
  profiled: Tally
  /** The second page, read with the profile its shape matched; null when the page cannot be halved. */
  second: { tally: Tally; matched: string | null; score: number; ownScore: number; bestOther: number } | null
}

export function scoreWithProfiles(dir: string): { files: ProfiledResult[]; plain: Tally; profiled: Tally; second: Tally } {
  const listings = listingNames(dir).map((name) => loadListing(dir, name))
  const shapes = new Map<string, PageShape>(listings.map((l) => [l.name, pageShapeOf(l.text)]))
  const files = listings.map((listing): ProfiledResult => {
    const instructions = profileInstructions(listing.name)
    const plainRecords = read(listing.text, listing, [], `${listing.name}.txt`)
    const records = read(listing.text, listing, instructions, `${listing.name}.txt`)
    const page = secondPage(listing, records)
    let second: ProfiledResult['second'] = null
    if (page !== null) {
      // Pasted, without a file name: the page must be known by its shape alone.
      const shape = pageShapeOf(page.text)
      // The importer's own matching, over every listing's profile (as if each had been saved).
      const candidates = [...shapes].map(([name, profileShape], i) => ({ id: i + 1, name, uses: 0, instructions: profileInstructions(name), shape: profileShape }))
      const matched = matchProfile(shape, candidates)
      const best = matched === null ? null : { name: matched.profile.name, score: matched.score }
      const secondRecords = read(page.text, listing, best === null ? [] : profileInstructions(best.name))
      second = { tally: tally(scoreFile(page.expected, secondRecords.map(asReadEvent))), matched: best?.name ?? null, score: best?.score ?? 0, ownScore: shapeSimilarity(shape, shapes.get(listing.name)!), bestOther: Math.max(...[...shapes].filter(([name]) => name !== listing.name).map(([, other]) => shapeSimilarity(shape, other))) }
    }
    return {
      name: listing.name,
      instructions: instructions.length,
      plain: tally(scoreFile(listing.expected, plainRecords.map(asReadEvent))),
      profiled: tally(scoreFile(listing.expected, records.map(asReadEvent))),
      second
    }
  })
  const sum = (pick: (f: ProfiledResult) => Tally | undefined): Tally => {
    const total: Tally = { events: 0, found: 0, dates: 0, title: 0, place: 0, country: 0, full: 0, extra: 0 }
    for (const file of files) {
      const t = pick(file)
      if (t !== undefined) for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += t[key]
    }
    return total
  }
  return { files, plain: sum((f) => f.plain), profiled: sum((f) => f.profiled), second: sum((f) => f.second?.tally) }
}
