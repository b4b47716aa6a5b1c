import { api } from '../api'

/** The collection's reading profiles (taught instructions for pages of one shape), listed, renamed and deleted. */
export const listProfiles = () => api.profilesList({})

export const renameProfile = (id: number, name: string) => api.profilesRename({ id, name })

export const deleteProfile = (id: number) => api.profilesDelete({ id })
