import type { ImportResults, importContract } from '../../../shared/contracts/import'
import type { HandlersFor, Services } from '../context'
import { commitImport } from './pipeline/commit'
import { startPreview } from './pipeline/preview'
import { duplicateOf } from './pipeline/duplicates'

export function importHandlers(s: Services): HandlersFor<typeof importContract, ImportResults> {
  return {
    'import:preview': (args) =>
      startPreview(s.db, s.jobs, {
        input: args.base64 !== undefined ? Buffer.from(args.base64, 'base64') : (args.text ?? ''),
        fileName: args.fileName ?? null,
        format: args.format ?? 'auto',
        year: args.year ?? null,
        columnMap: args.columnMap ?? null,
        instructions: args.instructions ?? [],
        profile: args.profile ?? 'auto'
      }, s.log),
    'import:commit': (args) => commitImport(s, args),
    'import:duplicateOf': ({ record }) => ({ duplicate: duplicateOf(s.db, record) })
  }
}
