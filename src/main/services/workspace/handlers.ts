import type { WorkspaceResults, workspaceContract } from '../../../shared/contracts/workspace'
import type { HandlersFor, Services } from '../context'

export function workspaceHandlers(_s: Services): HandlersFor<typeof workspaceContract, WorkspaceResults> {
  return {}
}
