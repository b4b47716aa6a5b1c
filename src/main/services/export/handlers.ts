import type { ExportResults, exportContract } from '../../../shared/contracts/export'
import type { HandlersFor, Services } from '../context'
import { startExportJob } from './exportJob'
import { exportFileName } from './fileName'
import { ExportProfiles } from './profiles'
import { chooseSavePath } from './saveDestination'

export function exportHandlers(s: Services): HandlersFor<typeof exportContract, ExportResults> {
  const profiles = new ExportProfiles(s.db)
  return {
    'export:start': (args) => startExportJob(s, args),
    'export:chooseDestination': async ({ format, suggestedName }) => ({
      path: await chooseSavePath(format, exportFileName(format, suggestedName))
    }),
    'export:profiles': () => profiles.list(),
    'export:saveProfile': ({ name, settings }) => profiles.save(name, settings),
    'export:deleteProfile': ({ id }) => profiles.delete(id)
  }
}
