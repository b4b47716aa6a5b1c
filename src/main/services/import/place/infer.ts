/**
 * The place reader's questions to the gazetteer, remembering whether an answer could change with
 * the page's other countries (so a reading is only cached when it could not).
 */

import { lookupPlace, type LookupOptions, type PlaceMatch } from './gazetteer'

export interface InferenceContext {
  countryHints: ReadonlyMap<string, number> | undefined
  /** Set when a lookup had places of its name in other countries: the page's countries might change it. */
  hintSensitive: boolean
}

export function findPlace(name: string, context: InferenceContext, options: Omit<LookupOptions, 'countryHints'> = {}): PlaceMatch | null {
  const lookupOptions: LookupOptions = { ...options }
  if (context.countryHints !== undefined) lookupOptions.countryHints = context.countryHints
  const match = lookupPlace(name, lookupOptions)
  if (match !== null && match.alternatives.some((a) => a.countryCode !== match.countryCode)) context.hintSensitive = true
  return match
}

/** Whether a town of this name is in this country (or this US state or Canadian province), any size. */
export function isIn(name: string, where: { countryCode?: string; region?: string }): boolean {
  return lookupPlace(name, where) !== null
}
