/**
 * The method names alone, free of runtime dependencies, for the preload script
 * (which must stay tiny and import nothing but electron). Kept equal to the contract's
 * keys by a test.
 */
export const METHOD_NAMES = [
  'app:info',
  'records:query',
  'records:get',
  'records:create',
  'records:update',
  'records:trash',
  'records:restore',
  'records:history',
  'trash:empty',
  'history:list',
  'history:state',
  'history:undo',
  'history:redo',
  'history:moveTo'
] as const
