import type { Method } from './contract'
import type { METHOD_NAMES } from './methods'

/**
 * The preload and the renderer's api take the method names from `methods.ts`, which must stay
 * free of zod and the contract. This assignment fails to compile (`npm run typecheck`) the
 * moment the names and the contract's keys differ in either direction.
 */
type ListedMethod = (typeof METHOD_NAMES)[number]
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

export const methodNamesMatchContract: Same<ListedMethod, Method> = true
