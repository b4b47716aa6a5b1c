// Starts the parse worker when the main side runs from TypeScript sources (tests, benches, the CLI
// and `npm run serve` through tsx); the built app starts out/main/parseWorker.js instead.
// When out/cli holds a build newer than every source it was made from (the rule `curate` itself
// follows, resources/bin/entry.mjs), its compiled worker is started: loading the sources through
// tsx cost the worker ~1.5 s of CPU before its first line, the build ~0.3 s. Otherwise tsx is
// registered here, not through the parent's --import, so it works however the parent was started.
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { builtWorkerFile, workerSource } from './workerSource.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', '..')
if (workerSource(root) === 'built') {
  await import(pathToFileURL(builtWorkerFile(root)).href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import(new URL('./parseWorker.ts', import.meta.url).href)
}
