import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../../..')

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|vue|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : []
  })
}

describe('source hygiene', () => {
  const files = [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'resources'))]

  it('uses no eval or new Function anywhere', () => {
    expect(files.length).toBeGreaterThan(50)
    const offenders = files.filter((file) => /\beval\s*\(|new\s+Function\s*\(/.test(fs.readFileSync(file, 'utf8')))
    expect(offenders).toEqual([])
  })

  it('keeps electron out of services, the store, the server and the CLI', () => {
    const layers = ['src/main/services', 'src/main/db', 'src/main/server', 'src/main/cli', 'src/shared'].map((d) => path.join(ROOT, d))
    const offenders = files
      .filter((file) => layers.some((layer) => file.startsWith(layer)))
      .filter((file) => /from\s+['"]electron['"]|require\(['"]electron['"]\)/.test(fs.readFileSync(file, 'utf8')))
    expect(offenders).toEqual([])
  })

  it('lets the renderer reach data only through its api module', () => {
    const renderer = files.filter((file) => file.includes(`${path.sep}renderer${path.sep}`) && !file.includes(`${path.sep}api${path.sep}`))
    const offenders = renderer.filter((file) => /window\.curate|fetch\(|XMLHttpRequest|ipcRenderer/.test(fs.readFileSync(file, 'utf8')))
    expect(renderer.length).toBeGreaterThan(10)
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([])
  })
})
