export type Actor = 'app' | 'browser' | 'cli'

export interface OperationSummary {
  id: number
  kind: string
  description: string
  actor: Actor
  createdAt: string
  recordCount: number
  state: 'done' | 'undone'
  irreversible: boolean
}
