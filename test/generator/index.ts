export { generateListings } from './generateListings'
export { renderAsListingText, renderAsOneLine, renderAsCsv } from './render'
export type { GeneratedRecord, GenerateOptions, GeneratedListings } from './types'
export { Prng } from './prng'
