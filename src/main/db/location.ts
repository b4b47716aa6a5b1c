import os from 'node:os'
import path from 'node:path'

export const DB_ENV_VAR = 'CURATE_DB'
export const DB_FILE_NAME = 'collection.sqlite'

/**
 * Where the collection lives: `--db PATH`, else $CURATE_DB, else the user data directory
 * (Electron passes app.getPath('userData'); plain Node uses the same per-OS convention).
 */
export function resolveDatabasePath(options: { cliPath?: string; userDataDir?: string } = {}): string {
  if (options.cliPath) return path.resolve(options.cliPath)
  const fromEnv = process.env[DB_ENV_VAR]
  if (fromEnv) return path.resolve(fromEnv)
  return path.join(options.userDataDir ?? defaultUserDataDir(), DB_FILE_NAME)
}

/** The same folder Electron's app.getPath('userData') gives for an app named "Curate". */
export function defaultUserDataDir(): string {
  const home = os.homedir()
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Curate')
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Curate')
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Curate')
}

/** Reads `--db PATH` or `--db=PATH` from argv without a full parser (Electron adds its own flags). */
export function dbArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--db') return argv[i + 1]
    if (arg.startsWith('--db=')) return arg.slice(5)
  }
  return undefined
}
