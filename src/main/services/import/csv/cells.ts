import { parseDateText } from '../dates'
import { resolveCountry, splitPlace } from '../place'
import { isIsoDate } from './isoDate'

export interface DateReading {
  readonly startDate: string | null
  readonly endDate: string | null
  readonly warnings: readonly string[]
  /** The date is the whole cell, not a date inside other text ("Tokyo Declaration - 18 January 2012"). */
  readonly wholeCell: boolean
}

export type PlaceReading = ReturnType<typeof splitPlace>
export type CountryReading = ReturnType<typeof resolveCountry>

/** An ISO interval as spreadsheets write it: 2010-08-30/2010-09-01, or with a dash between spaces. */
const ISO_RANGE = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*(?:\/|\s[-–—]\s|--)\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)$/

/** Distinct texts remembered per kind of cell; past it the memory starts afresh, so a file of any size reads in bounded memory. */
const MAX_REMEMBERED = 50_000

function remember<T>(map: Map<string, T>, text: string, reading: T): void {
  if (map.size >= MAX_REMEMBERED) map.clear()
  map.set(text, reading)
}

/**
 * Reads date, place and country cells, remembering each distinct text: spreadsheet columns
 * repeat the same cities and countries thousands of times, and the text readers are the
 * costly part of a row.
 */
export class CellReaders {
  private readonly dates = new Map<string, DateReading | null>()
  private readonly places = new Map<string, PlaceReading>()
  private readonly countries = new Map<string, CountryReading>()

  constructor(private readonly year?: number) {}

  /** A date or range in any form parseDateText knows, with an ISO fast path. */
  date(text: string): DateReading | null {
    let reading = this.dates.get(text)
    if (reading === undefined) {
      reading = readIsoDate(text) ?? fromText(text, parseDateText(text, this.year === undefined ? {} : { year: this.year }))
      remember(this.dates, text, reading)
    }
    // Shared by every row with the same text, hence read-only.
    return reading
  }

  place(text: string): PlaceReading {
    let reading = this.places.get(text)
    if (reading === undefined) {
      reading = splitPlace(text)
      remember(this.places, text, reading)
    }
    return reading
  }

  country(text: string): CountryReading {
    let reading = this.countries.get(text)
    if (reading === undefined) {
      reading = resolveCountry(text)
      remember(this.countries, text, reading)
    }
    return reading
  }
}

/** Letters or digits outside the matched date mean the cell is more than a date. */
const MEANINGFUL = /[\p{L}\p{N}]/gu

function fromText(text: string, parsed: ReturnType<typeof parseDateText>): DateReading | null {
  if (!parsed || (parsed.startDate === null && parsed.endDate === null)) return null
  const outside = (text.match(MEANINGFUL)?.length ?? 0) - (parsed.matchedText.match(MEANINGFUL)?.length ?? 0)
  // A weekday or "from"/"to" around a date still leaves the cell a date; a title does not.
  return { startDate: parsed.startDate, endDate: parsed.endDate, warnings: parsed.warnings, wholeCell: outside <= 10 }
}

function readIsoDate(text: string): DateReading | null {
  if (isIsoDate(text)) return { startDate: text, endDate: text, warnings: [], wholeCell: true }
  const range = ISO_RANGE.exec(text)
  if (range && isIsoDate(range[1]) && isIsoDate(range[2])) {
    return { startDate: range[1], endDate: range[2], warnings: [], wholeCell: true }
  }
  return null
}
