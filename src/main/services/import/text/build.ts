/**
 * Turns drafts into ParsedRecords, in source order, carrying a heading's year down to the
 * dates below it and putting doubts into words.
 */

import { resolveParts, type YearContext } from '../dates'
import { splitPlace, resolveCountry, pageCountryHints, placeWarnings } from '../place'
import type { ParsedRecord, SkippedLine } from '../types'
import type { ParseSteps } from '../steps'
import { firstLineOf, type Item, type RecordDraft } from './draft'
import { completeDate } from './completeDate'
import { tidyPlace, tidyTitle } from './tidyFields'
import type { PageContext } from './pageContext'
import type { PagePlace } from './instructions'

/** "[fr]" after a title: the material is in another language; kept as a tag. */
const LANGUAGE_MARKER = /\s*\[([a-z]{2})\]\s*$/i

export interface BuildContext {
  /** The source's lines, for sourceText. */
  rawLines: string[]
  year?: number
  /** The year and month each line stands under. */
  page?: PageContext
  /** Places taught to hold for the whole page: an event that names no country takes theirs. */
  pagePlaces?: readonly PagePlace[]
  /** The countries the page's places state (code -> count), to settle towns several countries share. */
  countryHints?: ReadonlyMap<string, number>
}

/** Items built between two yields of buildSteps. */
const BUILD_SLICE = 1000

function sourceText(rawLines: string[], draft: RecordDraft): string {
  return rawLines.slice(draft.firstLine - 1, draft.lastLine).join('\n')
}

function readPlace(draft: RecordDraft, countryHints: ReadonlyMap<string, number> | undefined): {
  city: string | null
  country: string | null
  countryCode: string | null
  online: boolean
  warnings: string[]
} {
  const warnings: string[] = []
  const reading = draft.place === null ? null : splitPlace(draft.place, { countryHints })
  let city = reading?.city ?? null
  let country = reading?.country ?? null
  let countryCode = reading?.countryCode ?? null
  if (draft.city !== undefined && draft.city !== null) city = draft.city
  if (draft.country !== undefined && draft.country !== null) {
    const resolved = resolveCountry(draft.country)
    country = resolved?.name ?? draft.country
    countryCode = resolved?.code ?? null
    if (resolved === null) warnings.push(`country not recognised: '${draft.country}'`)
  }
  if (reading !== null) warnings.push(...placeWarnings(reading))
  if (draft.place !== null && reading !== null && !reading.online && countryCode === null) {
    warnings.push(city === null ? 'place not split into city and country' : 'no country in the place')
  }
  return { city, country, countryCode, online: reading?.online ?? false, warnings }
}

/** The nearest page place above the event (else the first), read once. */
function pagePlaceFor(draft: RecordDraft, context: BuildContext): { text: string; city: string | null; country: string | null; countryCode: string | null } | null {
  const places = context.pagePlaces ?? []
  if (places.length === 0) return null
  const above = places.filter((p) => p.line < draft.firstLine)
  const chosen = above[above.length - 1] ?? (places[0] as PagePlace)
  const reading = splitPlace(chosen.text, { countryHints: context.countryHints })
  return reading.countryCode === null ? null : { text: chosen.text, city: reading.city, country: reading.country, countryCode: reading.countryCode }
}

/** The year to give a date that has none, from the page above it, else the caller's option. */
function yearsAt(context: BuildContext, lineIndex: number): YearContext {
  const year = context.page?.yearAt[lineIndex]
  return year === undefined ? { year: context.year } : { year: context.year, headingYear: { year: year.value, heading: year.source } }
}

function buildRecord(draft: RecordDraft, context: BuildContext): ParsedRecord {
  const rawLines = context.rawLines
  const dateIndex = (draft.dateLine ?? draft.firstLine) - 1
  const years = yearsAt(context, dateIndex)
  if (draft.place !== null) draft.place = tidyPlace(draft.place) || null
  const warnings: string[] = [...(draft.warnings ?? [])]
  const notes: string[] = []
  const tags: string[] = []
  let confidence = 1

  let title = tidyTitle(draft.titleLines[0]?.trim() ?? '')
  const marker = title.endsWith(']') ? LANGUAGE_MARKER.exec(title) : null
  if (marker !== null) {
    title = title.slice(0, marker.index).trim()
    tags.push(`lang:${(marker[1] as string).toLowerCase()}`)
  }
  if (title === '') {
    warnings.push('no title')
    confidence -= 0.4
  }
  const continuation = draft.titleLines.slice(1)
  if (continuation.length > 0) {
    notes.push(...continuation)
    warnings.push('title continues on a further line (kept in notes)')
    confidence -= 0.05
  }
  if (draft.datesInTitle > 0) {
    warnings.push('date inside the title ignored')
    confidence -= 0.05
  }

  let startDate: string | null = null
  let endDate: string | null = null
  if (draft.date === null) {
    warnings.push('no date')
    confidence -= 0.5
  } else {
    const completed = completeDate(draft.date, { year: context.page?.yearAt[dateIndex], month: context.page?.monthAt[dateIndex] })
    if (completed.monthFrom !== null) warnings.push(`month taken from heading '${completed.monthFrom}'`)
    const reading = completed.noMonth
      ? { startDate: null, endDate: null, time: null, warnings: ['only a day is given: no month heading above it'] }
      : resolveParts(completed.parts, draft.dateText ?? '', years)
    startDate = reading.startDate
    endDate = reading.endDate
    warnings.push(...reading.warnings)
    if (reading.time) notes.push(`time: ${reading.time}`)
    if (startDate === null) confidence -= 0.4
    else if (reading.warnings.length > 0) confidence -= 0.15
  }

  const place = readPlace(draft, context.countryHints)
  const pagePlace = place.countryCode === null && !place.online ? pagePlaceFor(draft, context) : null
  if (pagePlace !== null) {
    place.country = pagePlace.country
    place.countryCode = pagePlace.countryCode
    place.city ??= pagePlace.city
    place.warnings = place.warnings.filter((w) => w !== 'no country in the place' && w !== 'place not split into city and country')
    place.warnings.push(`country taken from the page's place '${pagePlace.text}'`)
  }
  warnings.push(...place.warnings)
  if (draft.place === null) {
    warnings.push('no place')
    confidence -= 0.1
  } else if (place.online) {
    tags.push('online')
    warnings.push('online event')
  } else if (place.countryCode === null) {
    confidence -= 0.1
  } else if (place.warnings.length > 0) {
    confidence -= 0.05
  }
  notes.push(...(draft.notes ?? []))

  return {
    title,
    startDate,
    endDate,
    dateText: draft.dateText,
    place: draft.place,
    city: place.city,
    country: place.country,
    countryCode: place.countryCode,
    notes: notes.length > 0 ? notes.join('\n') : null,
    tags,
    sourceLine: draft.firstLine,
    sourceText: sourceText(rawLines, draft),
    confidence: Math.max(0.05, Math.round(confidence * 100) / 100),
    warnings
  }
}

/**
 * Records and skipped lines, in source order; a date's missing year and month come from the page context.
 * Yields the share of items built every BUILD_SLICE items, so a caller can breathe between slices.
 */
export function* buildSteps(items: Item[], context: BuildContext): ParseSteps<{ records: ParsedRecord[]; skipped: SkippedLine[] }> {
  // Readers emit nearly in order; sort only when they did not.
  const inOrder = items.every((item, i) => i === 0 || firstLineOf(items[i - 1] as Item) <= firstLineOf(item))
  const ordered = inOrder ? items : [...items].sort((a, b) => firstLineOf(a) - firstLineOf(b))
  const records: ParsedRecord[] = []
  const skipped: SkippedLine[] = []
  // Valencia in Spain or in Venezuela? The countries the page's other places state decide.
  if (context.countryHints === undefined) {
    const readings = []
    for (const item of ordered) if (item.kind === 'record' && item.draft.place !== null) readings.push(splitPlace(item.draft.place))
    context = { ...context, countryHints: pageCountryHints(readings) }
  }
  for (let index = 0; index < ordered.length; index++) {
    if (index % BUILD_SLICE === 0) yield index / ordered.length
    const item = ordered[index] as Item
    if (item.kind === 'skip') {
      skipped.push(item.skipped)
      continue
    }
    records.push(buildRecord(item.draft, context))
  }
  return { records, skipped }
}

