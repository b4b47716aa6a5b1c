// Starts a compiled entry point (out/cli/NAME.mjs) when it is up to date with its sources, and
// otherwise runs the TypeScript sources through tsx, so an edit is never hidden by an old build.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** True when root/out/cli was built after the last change to every source file it was built from. */
export function builtIsCurrent(root = ROOT) {
  try {
    const { builtAt, inputs } = JSON.parse(fs.readFileSync(path.join(root, 'out', 'cli', 'sources.json'), 'utf8'))
    return inputs.length > 0 && inputs.every((file) => fs.statSync(path.join(root, file)).mtimeMs <= builtAt)
  } catch {
    return false // no build, or a source it names is gone
  }
}

export async function runEntry(name, sourceFile) {
  if (process.env.CURATE_FROM_SOURCES !== '1' && builtIsCurrent()) {
    await import(pathToFileURL(path.join(ROOT, 'out', 'cli', `${name}.mjs`)).href)
    return
  }
  const { register } = await import('tsx/esm/api')
  register()
  await import(pathToFileURL(path.join(ROOT, sourceFile)).href)
}
