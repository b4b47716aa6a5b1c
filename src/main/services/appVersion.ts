import { createRequire } from 'node:module'

/** The app's version from package.json, read at run time so every entry point agrees. */
export function appVersion(): string {
  try {
    const require = createRequire(import.meta.url)
    for (const candidate of ['../../../package.json', '../../package.json', '../package.json']) {
      try {
        const pkg = require(candidate) as { name?: string; version?: string }
        if (pkg.name === 'curate' && pkg.version) return pkg.version
      } catch {
        // try the next layout (source tree vs bundled output)
      }
    }
  } catch {
    // fall through
  }
  return '0.0.0'
}
