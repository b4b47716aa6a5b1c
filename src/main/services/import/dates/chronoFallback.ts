/**
 * Last resort for typed date text our grammar does not know ("next to last Friday of May 2019"
 * style phrasings, other word orders). chrono-node is too slow for every imported line (~40 µs),
 * so only parseDateText calls it. Its reference date is fixed and an uncertain year is
 * discarded, so nothing here ever takes a year from the clock.
 */

import * as chrono from 'chrono-node'
import { resolveParts, type DateReading, type YearContext } from './resolve'
import type { DayParts } from './parts'

const PARSERS = [chrono.en, chrono.fr, chrono.de, chrono.es, chrono.it, chrono.pt, chrono.nl]
const REFERENCE = new Date(Date.UTC(2000, 0, 1))

type Component = chrono.ParsedComponents

function toParts(component: Component): DayParts | null {
  if (!component.isCertain('month') || !component.isCertain('day')) return null
  return {
    year: component.isCertain('year') ? (component.get('year') ?? undefined) : undefined,
    month: component.get('month') ?? undefined,
    day: component.get('day') ?? undefined
  }
}

export function readWithChrono(text: string, context: YearContext): DateReading | null {
  if (text.length > 200 || !/\d/.test(text)) return null
  for (const parser of PARSERS) {
    let results: chrono.ParsedResult[]
    try {
      results = parser.parse(text, { instant: REFERENCE, timezone: 0 })
    } catch {
      continue
    }
    const first = results[0]
    if (first === undefined) continue
    const start = toParts(first.start)
    if (start === null) continue
    const end = first.end ? (toParts(first.end) ?? undefined) : undefined
    const reading = resolveParts({ start, end, index: first.index, length: first.text.length }, first.text, context)
    reading.warnings.push('date read by the general-purpose reader: please check')
    return reading
  }
  return null
}
