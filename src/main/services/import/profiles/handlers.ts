import type { ProfilesResults, profilesContract } from '../../../../shared/contracts/profiles'
import type { HandlersFor, Services } from '../../context'
import { ReadingProfiles } from './store'

/** Source profiles of the listing reader: list, save, rename, delete (each undoable). */
export function profilesHandlers(s: Services): HandlersFor<typeof profilesContract, ProfilesResults> {
  const profiles = new ReadingProfiles(s.db, s.log)
  profiles.registerReplays()
  return {
    'profiles:list': () => profiles.list(),
    'profiles:save': ({ name, instructions, shape }) => profiles.save(name, instructions, shape),
    'profiles:rename': ({ id, name }) => profiles.rename(id, name),
    'profiles:delete': ({ id }) => profiles.delete(id)
  }
}
