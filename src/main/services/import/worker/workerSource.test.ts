import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { builtWorkerFile, workerSource } from './workerSource.mjs'

describe('the parse worker started from the sources (fromSources.mjs)', () => {
  const roots: string[] = []
  afterEach(() => {
    for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true })
  })
  function project(builtAt: number): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'curate-worker-'))
    roots.push(root)
    fs.mkdirSync(path.join(root, 'src'))
    fs.writeFileSync(path.join(root, 'src', 'parse.ts'), 'export {}')
    fs.mkdirSync(path.join(root, 'out', 'cli'), { recursive: true })
    fs.writeFileSync(path.join(root, 'out', 'cli', 'sources.json'), JSON.stringify({ builtAt, inputs: ['src/parse.ts'] }))
    return root
  }

  it('runs the compiled worker while the build is newer than every source, the sources otherwise', () => {
    expect(workerSource(project(Date.now() + 60_000), {})).toBe('built')
    expect(workerSource(project(Date.now() - 60_000), {})).toBe('sources') // a source edited since the build
    expect(builtWorkerFile('/p')).toBe(path.join('/p', 'out', 'cli', 'parseWorker.mjs'))
  })

  it('runs the sources when CURATE_FROM_SOURCES=1, as `curate` does', () => {
    expect(workerSource(project(Date.now() + 60_000), { CURATE_FROM_SOURCES: '1' })).toBe('sources')
  })

  it('runs the sources when there is no build', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'curate-worker-'))
    roots.push(root)
    expect(workerSource(root, {})).toBe('sources')
  })
})
