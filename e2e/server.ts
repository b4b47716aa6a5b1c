import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface ServerHandle {
  url: string
  dbPath: string
  stop(): Promise<void>
}

const ROOT = path.resolve(import.meta.dirname, '..')

export function tempDatabase(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'curate-e2e-')), 'collection.sqlite')
}

/** Starts `serve` (the real browser-mode server) on a database and waits for the URL it prints. */
export function startServer(dbPath: string): Promise<ServerHandle> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main/server/serve.ts'), '--db', dbPath, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output)
      if (!match) return
      clearTimeout(timer)
      resolve({
        url: match[1]!,
        dbPath,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          })
      })
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${output}`))
    })
  })
}
