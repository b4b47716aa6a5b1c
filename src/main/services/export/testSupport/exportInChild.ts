/**
 * Runs one export in a separate process and prints what happened as JSON. The disk-failure tests
 * start it inside a tiny or read-only tmpfs (a private mount namespace) or under a file-size
 * limit, so the kernel itself refuses the writes, which chmod cannot do for root.
 * Usage: node --import tsx exportInChild.ts <destination> <format> <record count>
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { exportToFile } from '../exportFile'
import type { ExportFormat } from '../types'
import { generateRecords } from './records'

const [destination, format, count] = process.argv.slice(2) as [string, ExportFormat, string]

function snapshot(): { files: string[]; destinationText: string | null } {
  let destinationText: string | null = null
  try {
    destinationText = readFileSync(destination, 'utf8').slice(0, 200)
  } catch {
    // absent destination is a valid outcome
  }
  return { files: readdirSync(dirname(destination)).sort(), destinationText }
}

try {
  const result = await exportToFile(destination, format, generateRecords(Number(count)))
  console.log(JSON.stringify({ ok: true, result, ...snapshot() }))
} catch (error) {
  const { name, message } = error as Error
  const code = (error as { code?: string }).code
  console.log(JSON.stringify({ ok: false, name, code, message, ...snapshot() }))
}
