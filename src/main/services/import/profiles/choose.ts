/**
 * Which instructions a page of listing text is read with: those of the profile the archivist
 * chose, or of the saved profile the page matches closely enough ('auto'), or none ('none'); then
 * the instructions taught in this preview, after them (a later instruction wins). Runs inside the
 * parse, so a large page's shape is found in the parse worker, never on the main thread.
 */

import type { AppliedProfile, PageShape, ReadingProfile } from '../../../../shared/contracts/profiles'
import type { ReadingInstruction } from '../../../../shared/readingInstructions'
import { PROFILE_MATCH_THRESHOLD, pageShapeOf, shapeSimilarity } from './shape'

/** Enough of a page to know its shape. */
const SHAPE_CHARS = 256 * 1024

export type ProfileChoice = 'auto' | 'none' | number

/** What the parse needs of each saved profile (plain data: it crosses to the parse worker). */
export type ProfileCandidate = Pick<ReadingProfile, 'id' | 'name' | 'uses' | 'instructions' | 'shape'>

export interface ChosenReading {
  /** The page's shape, to save a profile from. */
  shape: PageShape
  profile: AppliedProfile | null
  /** The profile's instructions (the preview's own come after them). */
  profileInstructions: ReadingInstruction[]
}

/** The profile whose page shape is most like `shape`, if one is alike enough. */
export function matchProfile(shape: PageShape, profiles: readonly ProfileCandidate[]): { profile: ProfileCandidate; score: number } | null {
  let best: { profile: ProfileCandidate; score: number } | null = null
  for (const profile of profiles) {
    const score = shapeSimilarity(shape, profile.shape)
    if (score >= PROFILE_MATCH_THRESHOLD && (best === null || score > best.score)) best = { profile, score }
  }
  return best
}

export function chooseReading(text: string, fileName: string | undefined, profiles: readonly ProfileCandidate[], choice: ProfileChoice): ChosenReading {
  const shape = pageShapeOf(text.slice(0, SHAPE_CHARS), fileName)
  let chosen: { profile: ProfileCandidate; score: number } | null = null
  if (typeof choice === 'number') {
    const profile = profiles.find((p) => p.id === choice)
    if (profile !== undefined) chosen = { profile, score: 1 }
  } else if (choice === 'auto') chosen = matchProfile(shape, profiles)
  if (chosen === null) return { shape, profile: null, profileInstructions: [] }
  const { id, name, uses, instructions } = chosen.profile
  return { shape, profile: { id, name, uses, score: chosen.score }, profileInstructions: instructions }
}
