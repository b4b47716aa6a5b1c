/**
 * The real data the tests read, copied into the repository from the team's shared fixtures
 * so a plain clone passes `npm test` with nothing beside it. Never edited by hand.
 */
import { fileURLToPath } from 'node:url'
import path from 'node:path'

export const FIXTURES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

/** Absolute path of a fixture file, e.g. fixturePath('icc-meetings-and-events.txt'). */
export function fixturePath(...parts: string[]): string {
  return path.join(FIXTURES_DIR, ...parts)
}

export const ICC_TEXT = fixturePath('icc-meetings-and-events.txt')
export const ICC_EXPECTED = fixturePath('icc-meetings-and-events.expected.json')
