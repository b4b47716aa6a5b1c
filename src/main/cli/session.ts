import { openDatabase, type Db } from '../db/open'
import { resolveDatabasePath } from '../db/location'
import { createHandlers, createServices, type Handlers } from '../services/handlers'
import type { Services } from '../services/context'
import { dispatch } from '../services/dispatch'
import { appVersion } from '../services/appVersion'
import type { Method, MethodArgs, MethodResults } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import { offerSnapshots } from '../services/backup/snapshots'

/** The CLI's way into the services: the same contract and validation as the app. */
export class CliSession {
  readonly db: Db
  readonly handlers: Handlers
  readonly services: Services
  readonly databasePath: string

  constructor(dbOption: string | undefined) {
    this.databasePath = resolveDatabasePath({ cliPath: dbOption })
    this.db = openCollectionOrExplain(this.databasePath)
    this.services = createServices({ db: this.db, databasePath: this.databasePath, mode: 'cli', version: appVersion() })
    this.handlers = createHandlers(this.services)
  }

  async call<M extends Method>(method: M, args: MethodArgs<M>): Promise<MethodResults[M]> {
    const answer = await dispatch(this.handlers, method, args)
    if (!answer.ok) throw new AppError(answer.error.code, answer.error.message)
    return answer.value as MethodResults[M]
  }

  close(): void {
    this.db.close()
  }
}

/** Opens the collection; a damaged or foreign file gets a message that offers its snapshots. */
export function openCollectionOrExplain(databasePath: string): Db {
  try {
    return openDatabase(databasePath)
  } catch (error) {
    if (error instanceof AppError && /not a curate database|damaged/.test(error.message)) {
      throw new AppError(error.code, `${error.message}. ${offerSnapshots(databasePath)}`)
    }
    throw error
  }
}
