import { METHOD_NAMES } from '../../../shared/methods'
import type { CurationApi } from '../../../shared/contract'
import { ApiError } from './errors'
import { browserToken, httpTransport, ipcTransport, type Transport } from './transport'

/**
 * The renderer's only way to data. It does not know whether main is across IPC (Electron)
 * or HTTP (browser mode); failures arrive as ApiError.
 */
function createApi(transport: Transport): CurationApi {
  const api: Record<string, (args: unknown) => Promise<unknown>> = {}
  for (const method of METHOD_NAMES) {
    const functionName = method.replace(/:(\w)/, (_, c: string) => c.toUpperCase())
    api[functionName] = async (args: unknown) => {
      const answer = await transport(method, functionName, args)
      if (!answer.ok) throw new ApiError(answer.error)
      return answer.value
    }
  }
  return api as unknown as CurationApi
}

export const isElectron = typeof window !== 'undefined' && window.curate !== undefined

export const api: CurationApi = createApi(
  isElectron ? ipcTransport(window.curate!.api as unknown as Record<string, (args: unknown) => Promise<never>>) : httpTransport(browserToken())
)

export { ApiError, messageOf } from './errors'
