/**
 * The method names alone, free of runtime dependencies, for the preload script (which must
 * stay tiny and import nothing but electron). One list per capability; a test keeps the
 * union equal to the contract's keys.
 */
export const CORE_METHODS = [
  'app:info',
  'records:query',
  'records:get',
  'records:create',
  'records:update',
  'records:trash',
  'records:restore',
  'records:history',
  'records:reviewWarnings',
  'trash:empty',
  'history:list',
  'history:state',
  'history:undo',
  'history:redo',
  'history:moveTo'
] as const

export const JOBS_METHODS = ['jobs:get', 'jobs:cancel'] as const
export const IMPORT_METHODS = ['import:preview', 'import:commit', 'import:duplicateOf'] as const
export const WORKSPACE_METHODS = ['workspace:facets', 'workspace:overview', 'workspace:readDate', 'workspace:readPlace', 'workspace:tags', 'workspace:batch', 'workspace:ids'] as const
export const BULK_METHODS = ['bulk:preview', 'bulk:apply', 'bulk:exportRecipe', 'bulk:applyRecipe'] as const
export const DEDUPE_METHODS = ['dedupe:scan', 'dedupe:queue', 'dedupe:dismiss', 'dedupe:undismiss', 'dedupe:dismissed', 'dedupe:merge', 'dedupe:acceptAbove', 'dedupe:clusters', 'dedupe:applyCluster', 'dedupe:sources', 'dedupe:model', 'dedupe:estimate'] as const
export const EXPORT_METHODS = ['export:start', 'export:chooseDestination', 'export:profiles', 'export:saveProfile', 'export:deleteProfile'] as const
export const BACKUP_METHODS = ['backup:list', 'backup:create', 'backup:restore', 'app:changes'] as const
export const PROFILES_METHODS = ['profiles:list', 'profiles:save', 'profiles:rename', 'profiles:delete'] as const

export const METHOD_NAMES = [
  ...CORE_METHODS,
  ...JOBS_METHODS,
  ...IMPORT_METHODS,
  ...WORKSPACE_METHODS,
  ...BULK_METHODS,
  ...DEDUPE_METHODS,
  ...EXPORT_METHODS,
  ...BACKUP_METHODS,
  ...PROFILES_METHODS
] as const
