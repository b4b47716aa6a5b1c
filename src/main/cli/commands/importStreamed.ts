/**
 * `curate import FILE.csv` read as a stream: a regular CSV or TSV file in UTF-8 of any size is imported
 * chunk by chunk (services/import/pipeline/streamImport.ts), with no whole-file limit and memory
 * that follows the chunk. Other input (listing text, JSON, standard input, other encodings) takes
 * the whole-file path with its preview and its 64 MB limit.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import type { CommandContext } from '../command'
import { withSession } from './base'
import { AppError } from '../../../shared/errors'
import type { ImportFormat } from '../../../shared/contracts/import'
import { ParseError } from '../../services/import'
import { delimiterFromExtension, detectFormat } from '../../services/import/input/detectFormat'
import { importCsvStream } from '../../services/import/pipeline/streamImport'

/** Bytes read at a time: large enough that a read costs little, small enough that memory stays flat. */
const CHUNK_BYTES = 1024 * 1024
/** The head judged before streaming: its format and its encoding. */
const HEAD_BYTES = 65_536

export interface StreamableFile {
  path: string
  fileName: string
  size: number
  /** Tab for .tsv and .tab, as the whole-file reader takes it from the name. */
  delimiter?: string
}

/** The file, when it is a regular CSV file in UTF-8 (by --format, its extension or its content); else null. */
export function streamableCsv(path: string | undefined, format: ImportFormat): StreamableFile | null {
  if (path === undefined || path === '-' || format === 'text' || format === 'json') return null
  let size: number
  try {
    const stat = statSync(path)
    if (!stat.isFile() || stat.size === 0) return null
    size = stat.size
  } catch {
    return null // the whole-file path names the problem
  }
  const fileName = basename(path)
  const head = readHead(path)
  // UTF-16 and legacy encodings are told apart on the whole file: only UTF-8 (with or without a BOM) streams.
  if (head[0] === 0xff || head[0] === 0xfe) return null
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true })
  } catch {
    return null
  }
  if (format === 'auto' && detectFormat(text, fileName) !== 'csv') return null
  const delimiter = delimiterFromExtension(fileName)
  return delimiter === undefined ? { path, fileName, size } : { path, fileName, size, delimiter }
}

function readHead(path: string): Uint8Array {
  const fd = openSync(path, 'r')
  try {
    const buffer = new Uint8Array(HEAD_BYTES)
    return buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0))
  } finally {
    closeSync(fd)
  }
}

export function runStreamedImport(context: CommandContext, file: StreamableFile, year: number | null): Promise<number> {
  const skipDuplicates = context.values['skip-duplicates'] === true
  const named = (message: string): string => `${file.fileName}: ${message}`
  return withSession(context, async (session) => {
    const fd = openSync(file.path, 'r')
    const buffer = new Uint8Array(CHUNK_BYTES)
    try {
      const result = importCsvStream(session.services, {
        // The chunk is a view of one reused buffer: the import consumes it before asking for the next.
        read: () => {
          const got = readSync(fd, buffer, 0, CHUNK_BYTES, null)
          return got === 0 ? null : buffer.subarray(0, got)
        },
        fileName: file.fileName,
        size: file.size,
        ...(file.delimiter === undefined ? {} : { delimiter: file.delimiter }),
        year,
        skipDuplicates,
        onLeftOut: (line, message) => context.err(named(`${line === null ? '' : `line ${line}: `}left out: ${message}`))
      })
      for (const notice of result.notices) context.err(`note: ${notice}`)
      context.out(result.summary)
      if (result.duplicates > 0 && !skipDuplicates) {
        context.err(`note: ${result.duplicates} of them look like records already in the collection; kept (see Duplicates, or use --skip-duplicates)`)
      }
    } catch (error) {
      if (error instanceof ParseError) throw new AppError('PARSE_ERROR', named(error.message))
      if (error instanceof AppError && error.code === 'INVALID_ARGUMENT') throw new AppError('PARSE_ERROR', named(error.message))
      throw error
    } finally {
      closeSync(fd)
    }
  })
}
