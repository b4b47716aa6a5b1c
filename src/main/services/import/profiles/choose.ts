/**
 * Which instructions a preview reads a page with: those of the profile the archivist chose, or of
 * the saved profile the page matches closely enough ('auto'), or none ('none'); then the
 * instructions taught in this preview, after them (a later instruction wins).
 */

import type { AppliedProfile, PageShape } from '../../../../shared/contracts/profiles'
import type { ReadingInstruction } from '../../../../shared/readingInstructions'
import { decodeInput, detectFormat } from '../input'
import { pageShapeOf } from './shape'
import type { ReadingProfiles } from './store'

/** Enough of a file to know its format and shape without decoding all of it twice. */
const PEEK_BYTES = 256 * 1024

export type ProfileChoice = 'auto' | 'none' | number

export interface ChosenReading {
  /** The page's shape (listing text only), to save a profile from. */
  shape: PageShape | null
  profile: AppliedProfile | null
  /** Everything the page is read with: the profile's, then the preview's own. */
  instructions: ReadingInstruction[]
}

function peekText(input: Uint8Array | string, fileName: string | null): string | null {
  if (typeof input === 'string') return input.slice(0, PEEK_BYTES)
  if (input.length === 0) return null
  try {
    return decodeInput(input.subarray(0, PEEK_BYTES), fileName ?? undefined).text
  } catch {
    // The parse itself says what is wrong with the input.
    return null
  }
}

export function chooseReading(
  profiles: ReadingProfiles,
  request: { input: Uint8Array | string; fileName: string | null; format: 'auto' | 'text' | 'csv' | 'json'; profile: ProfileChoice; instructions: ReadingInstruction[] }
): ChosenReading {
  const text = peekText(request.input, request.fileName)
  const format = request.format !== 'auto' ? request.format : text === null ? null : detectFormat(text, request.fileName ?? undefined)
  if (text === null || format !== 'text') return { shape: null, profile: null, instructions: request.instructions }
  const shape = pageShapeOf(text, request.fileName)
  let profile: AppliedProfile | null = null
  let taught: ReadingInstruction[] = []
  if (typeof request.profile === 'number') {
    const chosen = profiles.get(request.profile)
    profile = { id: chosen.id, name: chosen.name, score: 1, uses: chosen.uses }
    taught = chosen.instructions
  } else if (request.profile === 'auto') {
    profile = profiles.match(shape)
    if (profile !== null) taught = profiles.get(profile.id).instructions
  }
  return { shape, profile, instructions: [...taught, ...request.instructions] }
}
