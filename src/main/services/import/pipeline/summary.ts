/** The words the import uses in the history, notices and the CLI. */

const plural = (count: number, one: string, many = `${one}s`): string => `${count.toLocaleString('en')} ${count === 1 ? one : many}`

function sourceName(fileName: string | null): string {
  return fileName ?? 'pasted text'
}

/** The operation's description: "Imported 73 records from icc.txt". */
export function describeImport(records: number, fileName: string | null): string {
  return `Imported ${plural(records, 'record')} from ${sourceName(fileName)}`
}

/** "Imported 73 records from icc.txt (1 line skipped, 12 warnings) as batch 1". */
export function summariseImport(counts: {
  records: number
  skipped: number
  warnings: number
  skippedDuplicates: number
  fileName: string | null
  batchId: number
}): string {
  const extras = [plural(counts.skipped, 'line') + ' skipped', plural(counts.warnings, 'warning')]
  if (counts.skippedDuplicates > 0) extras.push(`${plural(counts.skippedDuplicates, 'duplicate')} skipped`)
  return `${describeImport(counts.records, counts.fileName)} (${extras.join(', ')}) as batch ${counts.batchId}`
}
