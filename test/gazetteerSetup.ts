/**
 * Builds the gazetteer's index file and the country-name cache once before the test workers
 * start, so a clean clone's first `npm test` does not have every worker build them at the same
 * time (each would, and wait).
 */
import { resolveCountry } from '../src/main/services/import/place/countries'
import { loadGazetteer } from '../src/main/services/import/place/gazetteer/load'

export default function setup(): void {
  loadGazetteer()
  resolveCountry('France')
}
