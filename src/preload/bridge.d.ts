import type { Envelope } from '../shared/errors'
import type { Method, MethodArgs, MethodResults, FunctionName } from '../shared/contract'
import type { MenuCommand } from '../shared/menu'

/** What the preload exposes on `window.curate`: envelopes, unwrapped by the renderer's api module. */
export type BridgeApi = {
  [M in Method as FunctionName<M>]: (args: MethodArgs<M>) => Promise<Envelope<MethodResults[M]>>
}

export interface CurateBridge {
  api: BridgeApi
  menu: { onCommand(listener: (command: MenuCommand) => void): () => void }
}

declare global {
  interface Window {
    curate?: CurateBridge
  }
}
