/**
 * Duplicate detection across sources and languages, scored on the cross-source development set
 * (test/fixtures/cross-source): the reference listing is imported with --year 2011 and the second
 * source as it comes, into a temporary collection, through the `curate` commands themselves;
 * then `curate dedupe --json` runs at the default threshold and its pairs are checked against
 * pairs.json.
 *
 *   npx tsx bench/accuracy/crossSource.ts [--json]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../../src/main/cli/main'
import { openDatabase } from '../../src/main/db/open'

const SET = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/cross-source')

export interface CrossSourceScore {
  /** True pairs whose two entries were both imported (an entry whose date is not read is skipped). */
  truePairs: number
  /** True pairs in pairs.json, whether or not both entries were imported. */
  allTruePairs: number
  /** Second-source entries imported, of all. */
  imported: number
  entries: number
  found: number
  recall: number
  /** Pairs reported that are not true pairs, with their titles. */
  falsePairs: { a: string; b: string; score: number }[]
  /** True pairs not reported, by second-source line. */
  missed: number[]
}

interface PairTruth {
  secondSourceLine: number
  referenceLine: number | null
}

async function curate(args: string[]): Promise<string> {
  const out: string[] = []
  const err: string[] = []
  const status = await runCli(args, (text) => out.push(text), (text) => err.push(text))
  if (status !== 0) throw new Error(`curate ${args.join(' ')} failed: ${err.join('\n')}`)
  return out.join('\n')
}

/** Imports the set into a fresh collection and scores `curate dedupe` at its default threshold. */
export async function scoreCrossSource(set = SET): Promise<CrossSourceScore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'curate-cross-source-'))
  const file = path.join(dir, 'collection.sqlite')
  try {
    await curate(['import', path.join(set, 'reference.txt'), '--year', '2011', '--db', file])
    await curate(['import', path.join(set, 'second-source.txt'), '--db', file])
    const printed = JSON.parse(await curate(['dedupe', '--db', file, '--json'])) as { pairs: { a: number; b: number; score: number }[] }

    const db = openDatabase(file)
    const rows = db.prepare('SELECT id, batch_id AS batch, source_line AS line, title FROM records ORDER BY id').all() as { id: number; batch: number; line: number; title: string }[]
    db.close()
    const [referenceBatch, secondBatch] = [...new Set(rows.map((row) => row.batch))]
    const idOf = (batch: number | undefined, line: number): number | undefined => rows.find((row) => row.batch === batch && row.line === line)?.id
    const titleOf = new Map(rows.map((row) => [row.id, row.title]))

    const truth = JSON.parse(fs.readFileSync(path.join(set, 'pairs.json'), 'utf8')) as PairTruth[]
    const trueKeys = new Map<string, number>()
    let allTruePairs = 0
    for (const pair of truth) {
      if (pair.referenceLine === null) continue
      allTruePairs++
      const second = idOf(secondBatch, pair.secondSourceLine)
      const reference = idOf(referenceBatch, pair.referenceLine)
      if (second !== undefined && reference !== undefined) trueKeys.set(`${Math.min(second, reference)}:${Math.max(second, reference)}`, pair.secondSourceLine)
    }
    const foundKeys = new Set(printed.pairs.map((pair) => `${pair.a}:${pair.b}`))
    const found = [...trueKeys.keys()].filter((key) => foundKeys.has(key)).length
    return {
      truePairs: trueKeys.size,
      allTruePairs,
      imported: rows.filter((row) => row.batch === secondBatch).length,
      entries: truth.length,
      found,
      recall: trueKeys.size === 0 ? 0 : Math.round((found / trueKeys.size) * 1000) / 1000,
      falsePairs: printed.pairs
        .filter((pair) => !trueKeys.has(`${pair.a}:${pair.b}`))
        .map((pair) => ({ a: titleOf.get(pair.a) ?? '', b: titleOf.get(pair.b) ?? '', score: pair.score })),
      missed: [...trueKeys].filter(([key]) => !foundKeys.has(key)).map(([, line]) => line)
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** Pairs `curate dedupe` reports at its default threshold in a collection holding one listing only. */
export async function pairsInOneListing(file: string, year?: number): Promise<{ records: number; pairs: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'curate-one-listing-'))
  const db = path.join(dir, 'collection.sqlite')
  try {
    await curate(['import', file, ...(year === undefined ? [] : ['--year', String(year)]), '--db', db])
    const printed = JSON.parse(await curate(['dedupe', '--db', db, '--json'])) as { records: number; pairs: unknown[] }
    return { records: printed.records, pairs: printed.pairs.length }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const score = await scoreCrossSource()
  if (process.argv.includes('--json')) console.log(JSON.stringify(score, null, 2))
  else {
    console.log(`cross-source: ${score.imported}/${score.entries} second-source entries imported; ${score.found}/${score.truePairs} true pairs found (recall ${score.recall}; ${score.allTruePairs} true pairs in all); ${score.falsePairs.length} false pairs`)
    for (const pair of score.falsePairs) console.log(`  false pair (${pair.score}): ${pair.a} / ${pair.b}`)
    if (score.missed.length > 0) console.log(`  missed (second-source lines): ${score.missed.join(', ')}`)
  }
}
