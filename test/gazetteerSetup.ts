/**
 * Builds the gazetteer's index file once before the test workers start, so a clean clone's first
 * `npm test` does not have every worker build it at the same time (each would, and wait).
 */
import { loadGazetteer } from '../src/main/services/import/place/gazetteer/load'

export default function setup(): void {
  loadGazetteer()
}
