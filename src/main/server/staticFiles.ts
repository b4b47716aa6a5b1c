import fs from 'node:fs'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8'
}

/**
 * Resolves a URL path to a file inside `root`, or null. Decoding happens once, and the
 * resolved path must stay under root, so `..`, encoded slashes and absolute paths all fail.
 */
export function resolveStaticFile(root: string, urlPath: string): { file: string; type: string } | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const rootResolved = path.resolve(root)
  const file = path.resolve(rootResolved, relative)
  if (file !== rootResolved && !file.startsWith(rootResolved + path.sep)) return null
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch {
    return null
  }
  if (!stat.isFile()) return null
  // A symlink pointing out of the renderer folder is refused as well.
  const real = fs.realpathSync(file)
  if (!real.startsWith(fs.realpathSync(rootResolved) + path.sep)) return null
  return { file, type: TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' }
}
