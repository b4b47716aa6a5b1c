/**
 * The built gazetteer as one binary file, so only the first run pays for reading GeoNames' text
 * (~3 s); later runs map the arrays straight from the file (tens of milliseconds).
 *
 * Layout: 4-byte header length, JSON header (padded to 4), then ids, population, country,
 * region, nameStart, hashA, hashB, entry (each padded to 4 bytes), then the names in UTF-8.
 */

import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { GazetteerData } from './data'

/** Raise when the build or the layout changes: older files are then rebuilt, never misread. */
export const CACHE_FORMAT = 1

export interface SourceStamp {
  size: number
  mtimeMs: number
}

interface Header {
  format: number
  source: SourceStamp
  places: number
  pairs: number
  namesBytes: number
}

const ARRAYS = ['ids', 'population', 'country', 'region', 'nameStart', 'hashA', 'hashB', 'entry'] as const
type ArrayName = (typeof ARRAYS)[number]

function padded(bytes: number): number {
  return (bytes + 3) & ~3
}

export function writeCache(file: string, data: GazetteerData, source: SourceStamp): void {
  const names = Buffer.from(data.names, 'utf8')
  const header: Header = { format: CACHE_FORMAT, source, places: data.ids.length, pairs: data.hashA.length, namesBytes: names.length }
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8')
  const parts: Buffer[] = [Buffer.alloc(4), Buffer.alloc(padded(headerBytes.length))]
  parts[0]!.writeUInt32LE(parts[1]!.length)
  headerBytes.copy(parts[1]!)
  parts[1]!.fill(0x20, headerBytes.length)
  for (const name of ARRAYS) {
    const array = data[name]
    const bytes = Buffer.alloc(padded(array.byteLength))
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(bytes)
    parts.push(bytes)
  }
  parts.push(names)
  mkdirSync(path.dirname(file), { recursive: true })
  // Written aside and renamed: a reader (another test worker, a second window) never sees half a file.
  const temporary = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, Buffer.concat(parts))
    renameSync(temporary, file)
  } finally {
    rmSync(temporary, { force: true })
  }
}

/** The cached gazetteer, or null when the file is missing, of another format, or built from other data. */
export function readCache(file: string, source: SourceStamp): GazetteerData | null {
  let buffer: Buffer
  try {
    buffer = readFileSync(file)
  } catch {
    return null
  }
  if (buffer.length < 4) return null
  const headerLength = buffer.readUInt32LE(0)
  let header: Header
  try {
    header = JSON.parse(buffer.toString('utf8', 4, 4 + headerLength)) as Header
  } catch {
    return null
  }
  if (header.format !== CACHE_FORMAT || header.source.size !== source.size || header.source.mtimeMs !== source.mtimeMs) return null
  // Typed arrays need 4-byte boundaries: a large file's buffer starts on one; copy only if not.
  let bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length)
  if (buffer.byteOffset % 4 !== 0) {
    bytes = new Uint8Array(buffer.length)
    bytes.set(buffer)
  }
  const arrays = {} as Record<ArrayName, Uint32Array | Uint16Array>
  let offset = 4 + headerLength
  for (const name of ARRAYS) {
    const count = name === 'nameStart' ? header.places + 1 : ['hashA', 'hashB', 'entry'].includes(name) ? header.pairs : header.places
    const wide = name !== 'country' && name !== 'region'
    const byteLength = count * (wide ? 4 : 2)
    if (offset + byteLength > bytes.length) return null
    arrays[name] = wide ? new Uint32Array(bytes.buffer, offset, count) : new Uint16Array(bytes.buffer, offset, count)
    offset += padded(byteLength)
  }
  if (offset + header.namesBytes !== bytes.length) return null
  return {
    ids: arrays.ids as Uint32Array,
    population: arrays.population as Uint32Array,
    country: arrays.country as Uint16Array,
    region: arrays.region as Uint16Array,
    nameStart: arrays.nameStart as Uint32Array,
    hashA: arrays.hashA as Uint32Array,
    hashB: arrays.hashB as Uint32Array,
    entry: arrays.entry as Uint32Array,
    names: buffer.toString('utf8', offset)
  }
}
