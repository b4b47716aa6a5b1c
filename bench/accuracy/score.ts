/**
 * Scores a parse against a hand-checked reading (`expected.json`): each expected event is
 * paired with at most one parsed record, in text order, then its dates, title, place and
 * country are compared. Records the reader made up beyond the expected ones are counted apart.
 */

export interface ExpectedEvent {
  title: string
  start: string | null
  end: string | null
  place: string | null
  city?: string | null
  country?: string | null
  countryCode: string | null
  notes?: string | null
}

export interface ReadEvent {
  title: string
  startDate: string | null
  endDate: string | null
  place: string | null
  countryCode: string | null
  warnings: string[]
}

export interface EventScore {
  expected: ExpectedEvent
  read: ReadEvent | null
  dates: boolean
  title: boolean
  place: boolean
  country: boolean
  /** All four right. */
  full: boolean
}

export interface FileScore {
  events: EventScore[]
  /** Parsed records paired with no expected event. */
  extra: ReadEvent[]
}

/** Case, spacing, quotes and markdown around a value do not count. */
export function normaliseText(value: string | null | undefined): string {
  if (value === null || value === undefined) return ''
  return value
    .normalize('NFKC')
    .replace(/[*_`"“”„«»「」『』]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s,;:.–—-]+|[\s,;:.–—-]+$/g, '')
    .toLowerCase()
}

function words(value: string): Set<string> {
  return new Set(normaliseText(value).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0))
}

function overlap(a: string, b: string): number {
  const left = words(a)
  const right = words(b)
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  for (const w of left) if (right.has(w)) shared++
  return shared / Math.max(left.size, right.size)
}

/** The country the annotators noted as implied ("implied: US"), accepted as well as none. */
function impliedCountry(notes: string | null | undefined): string | null {
  const found = /implied:\s*([A-Z]{2})\b/.exec(notes ?? '')
  return found ? (found[1] as string) : null
}

export function countryRight(expected: ExpectedEvent, read: ReadEvent): boolean {
  if (read.countryCode === expected.countryCode) return true
  return expected.countryCode === null && read.countryCode === impliedCountry(expected.notes)
}

export function scoreEvent(expected: ExpectedEvent, read: ReadEvent | null): EventScore {
  if (read === null) return { expected, read, dates: false, title: false, place: false, country: false, full: false }
  const dates = read.startDate === expected.start && read.endDate === expected.end
  const title = normaliseText(read.title) === normaliseText(expected.title)
  const place = normaliseText(read.place) === normaliseText(expected.place)
  const country = countryRight(expected, read)
  return { expected, read, dates, title, place, country, full: dates && title && place && country }
}

/** How alike an expected event and a parsed record look, for pairing them (0 = not at all). */
function likeness(expected: ExpectedEvent, read: ReadEvent): number {
  let score = overlap(expected.title, read.title) * 2
  if (expected.start !== null && read.startDate === expected.start) score += 1
  if (expected.end !== null && read.endDate === expected.end) score += 0.5
  if (expected.place !== null && read.place !== null) score += overlap(expected.place, read.place) * 0.5
  return score
}

/** Pairs expected events with parsed records in text order (a sequence alignment), best total likeness. */
export function scoreFile(expected: ExpectedEvent[], read: ReadEvent[]): FileScore {
  const rows = expected.length
  const cols = read.length
  const best: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0))
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      const pair = likeness(expected[i] as ExpectedEvent, read[j] as ReadEvent)
      const take = pair > 0.3 ? pair + (best[i + 1]![j + 1] as number) : -Infinity
      best[i]![j] = Math.max(take, best[i + 1]![j] as number, best[i]![j + 1] as number)
    }
  }
  const events: EventScore[] = []
  const used = new Set<number>()
  let i = 0
  let j = 0
  while (i < rows) {
    if (j < cols) {
      const pair = likeness(expected[i] as ExpectedEvent, read[j] as ReadEvent)
      if (pair > 0.3 && best[i]![j] === pair + (best[i + 1]![j + 1] as number)) {
        events.push(scoreEvent(expected[i] as ExpectedEvent, read[j] as ReadEvent))
        used.add(j)
        i++
        j++
        continue
      }
      if (best[i]![j] === best[i]![j + 1]) {
        j++
        continue
      }
    }
    events.push(scoreEvent(expected[i] as ExpectedEvent, null))
    i++
  }
  return { events, extra: read.filter((_, index) => !used.has(index)) }
}

export interface Tally {
  events: number
  found: number
  dates: number
  title: number
  place: number
  country: number
  full: number
  extra: number
}

export function tally(score: FileScore): Tally {
  const count = (key: 'dates' | 'title' | 'place' | 'country' | 'full'): number => score.events.filter((e) => e[key]).length
  return {
    events: score.events.length,
    found: score.events.filter((e) => e.read !== null).length,
    dates: count('dates'),
    title: count('title'),
    place: count('place'),
    country: count('country'),
    full: count('full'),
    extra: score.extra.length
  }
}

export function addTallies(tallies: Tally[]): Tally {
  const total: Tally = { events: 0, found: 0, dates: 0, title: 0, place: 0, country: 0, full: 0, extra: 0 }
  for (const t of tallies) for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += t[key]
  return total
}
