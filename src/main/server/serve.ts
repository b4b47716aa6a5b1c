import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { openCollectionOrExplain } from '../cli/session'
import { resolveDatabasePath } from '../db/location'
import { createHandlers } from '../services/handlers'
import { appVersion } from '../services/appVersion'
import { startBrowserServer } from './httpServer'

/** out/web, seen from the sources (src/main/server) or from the compiled server (out/cli). */
function builtRendererDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const candidates = [path.resolve(here, '../web'), path.resolve(here, '../../../out/web')]
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? candidates[1]!
}

/** `npm run serve`: the app in a browser, on this machine only, behind a random token. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, renderer: { type: 'string' } },
    strict: true
  })
  const databasePath = resolveDatabasePath({ cliPath: values.db })
  const rendererDir = path.resolve(values.renderer ?? process.env.CURATE_RENDERER_DIR ?? builtRendererDir())
  const port = values.port === undefined ? Number(process.env.CURATE_PORT ?? 0) : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not ${values.port}`)
  const db = openCollectionOrExplain(databasePath)
  const handlers = createHandlers({ db, databasePath, mode: 'browser', version: appVersion() })
  const token = process.env.CURATE_TOKEN || randomBytes(24).toString('base64url')
  const server = await startBrowserServer({ handlers, rendererDir, token, port })
  console.log(`Curate is running in browser mode on ${databasePath}`)
  console.log(`Open ${server.url}`)
  const stop = (): void => {
    void server.close().then(() => {
      db.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`curate serve: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
