/**
 * Builds one cached seed file: `node --import tsx bench/buildSeed.ts --size N --out FILE`.
 * Run by cachedSeed() in a child process, so that seeding's memory stays out of the
 * benchmark's own peak.
 */
import { parseArgs } from 'node:util'
import { buildSeedFile } from './workspaceSeed'

const { values } = parseArgs({ options: { size: { type: 'string' }, out: { type: 'string' } } })
const size = Number(values.size)
if (!Number.isInteger(size) || size < 1 || !values.out) throw new Error('usage: buildSeed.ts --size N --out FILE')
buildSeedFile(size, values.out, (done) => process.stderr.write(`\rseeding ${done.toLocaleString('en')} / ${size.toLocaleString('en')}`))
process.stderr.write('\n')
