import { createReadStream, statSync } from 'node:fs'
import type { Readable } from 'node:stream'
import { AppError } from '../../shared/errors'

const MEGABYTE = 1024 * 1024

function tooLarge(name: string, limit: number, size?: number): AppError {
  const measured = size === undefined ? `more than ${limit / MEGABYTE} MB` : `${(size / MEGABYTE).toFixed(1)} MB`
  return new AppError('INVALID_ARGUMENT', `${name} is too large to import at once (${measured}; the limit is ${limit / MEGABYTE} MB); nothing was read further. Split it into smaller files`)
}

/**
 * Reads a stream to its end, but never more than `limit` bytes: standard input, a pipe or a
 * device such as /dev/zero has no size to check first, so it is read in chunks and abandoned
 * (memory stays near the limit) as soon as it runs over.
 */
export async function readCapped(stream: Readable, limit: number, name: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      total += buffer.length
      if (total > limit) throw tooLarge(name, limit)
      chunks.push(buffer)
    }
  } finally {
    stream.destroy()
  }
  return Buffer.concat(chunks, total)
}

/** A file's bytes: a regular file's size is checked before reading; anything else is read with the cap. */
export async function readFileCapped(path: string, limit: number): Promise<Buffer> {
  const stat = statSync(path)
  if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' })
  if (stat.isFile() && stat.size > limit) throw tooLarge(path, limit, stat.size)
  return readCapped(createReadStream(path), limit, path)
}
