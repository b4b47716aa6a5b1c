import { api } from '../api'

/** What the window's frame shows about the collection: its file, its counts, and whether someone else changed it. */

/** Records in the collection and in the trash. */
export async function countRecordsAndTrash(): Promise<{ records: number; trash: number }> {
  const [records, trash] = await Promise.all([api.recordsQuery({ limit: 1 }), api.recordsQuery({ status: 'trashed', limit: 1 })])
  return { records: records.total, trash: trash.total }
}

/** The collection file's path, for the title bar. */
export const collectionFilePath = async (): Promise<string> => (await api.appInfo(undefined)).databasePath

/**
 * The CLI or another program may write to the same file: polls SQLite's data_version every
 * `intervalMs` and calls `onChange` when it moves. Returns the function that stops polling.
 */
export function watchExternalChanges(onChange: () => Promise<void>, intervalMs = 2000): () => void {
  let last: string | null = null
  const check = async (): Promise<void> => {
    try {
      const { token } = await api.appChanges(undefined)
      if (last !== null && token !== last) await onChange()
      last = token
    } catch {
      // The next tick tries again; a stopped server shows its own error on the next action.
    }
  }
  // The first reading at once, so a change made right after the window opened is not missed.
  void check()
  const timer = setInterval(() => void check(), intervalMs)
  return () => clearInterval(timer)
}
