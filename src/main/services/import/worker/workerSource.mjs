// Which code a parse worker started from the sources runs (see fromSources.mjs): the compiled
// worker in out/cli when that build is newer than every source it was made from, else the sources.
import path from 'node:path'
import { builtIsCurrent } from '../../../../../resources/bin/entry.mjs'

/** 'built' (ROOT/out/cli/parseWorker.mjs) or 'sources' (parseWorker.ts through tsx). */
export function workerSource(root, env = process.env) {
  return env.CURATE_FROM_SOURCES !== '1' && builtIsCurrent(root) ? 'built' : 'sources'
}

export function builtWorkerFile(root) {
  return path.join(root, 'out', 'cli', 'parseWorker.mjs')
}
