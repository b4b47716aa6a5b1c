/**
 * `curate profiles`: the collection's reading profiles (list, show, save, rename, delete), and the
 * options `--profile` and `--instructions` that `curate parse` and `curate import` read with.
 */
import { readFileSync } from 'node:fs'
import type { CommandContext, CommandRun } from '../command'
import { withSession } from './base'
import type { CliSession } from '../session'
import { AppError } from '../../../shared/errors'
import { describeIssues } from '../../../shared/validation'
import { ReadingInstructionsSchema, describeInstruction, type ReadingInstruction } from '../../../shared/readingInstructions'
import type { ReadingProfile } from '../../../shared/contracts/profiles'
import { pageShapeOf } from '../../services/import/profiles/shape'
import { decodeInput, MAX_INPUT_BYTES } from '../../services/import'
import { readFileCapped } from '../readCapped'
import { basename } from 'node:path'

/**
 * Instructions from a file: a JSON list of instructions, or a profile file (`{ "name": …,
 * "instructions": [ … ] }`, as `curate profiles show NAME --json` writes). Named by file and field when wrong.
 */
export function readInstructionsFile(path: string): ReadingInstruction[] {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new AppError('INVALID_ARGUMENT', `cannot read the instructions in ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
  }
  const list = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as { instructions?: unknown }).instructions : raw
  const checked = ReadingInstructionsSchema.safeParse(list)
  if (!checked.success) throw new AppError('INVALID_ARGUMENT', `${path}: not a list of reading instructions: ${describeIssues(checked.error.issues).message}`)
  return checked.data
}

/** A profile named by its id or its name (any case). */
async function findProfile(session: CliSession, key: string): Promise<ReadingProfile> {
  const profiles = await session.call('profiles:list', undefined)
  const found = /^\d+$/.test(key) ? profiles.find((p) => p.id === Number(key)) : profiles.find((p) => p.name.toLowerCase() === key.trim().toLowerCase())
  if (found !== undefined) return found
  const names = profiles.map((p) => `'${p.name}'`)
  throw new AppError('NOT_FOUND', `no profile is named '${key}'${names.length > 0 ? ` (there are ${names.join(', ')})` : " (there are none yet: save one with 'curate profiles save')"}`)
}

/** The --profile option: a profile's name or id, `none`, or (import only) `auto`. */
export function profileOption(context: CommandContext): string | null {
  const value = context.values.profile
  if (value === undefined) return null
  if (typeof value !== 'string' || value.trim() === '') throw new AppError('INVALID_ARGUMENT', '--profile takes the name of a profile (see curate profiles), or none')
  return value.trim()
}

/** The instructions `curate parse` reads with: the profile's (from the collection), then the file's. */
export async function parseInstructions(context: CommandContext): Promise<{ instructions: ReadingInstruction[]; profile: ReadingProfile | null }> {
  const fromFile = typeof context.values.instructions === 'string' ? readInstructionsFile(context.values.instructions) : []
  const name = profileOption(context)
  if (name === null || name.toLowerCase() === 'none') return { instructions: fromFile, profile: null }
  const session = context.openSession()
  try {
    const profile = await findProfile(session, name)
    return { instructions: [...profile.instructions, ...fromFile], profile }
  } finally {
    session.close()
  }
}

/** The --profile choice for import:preview: auto unless a name (as an id) or none is given. */
export async function previewProfileChoice(session: CliSession, context: CommandContext): Promise<'auto' | 'none' | number> {
  const name = profileOption(context)
  if (name === null || name.toLowerCase() === 'auto') return 'auto'
  if (name.toLowerCase() === 'none') return 'none'
  return (await findProfile(session, name)).id
}

function printProfile(context: CommandContext, profile: ReadingProfile): void {
  const uses = profile.uses === 1 ? '1 import' : `${profile.uses} imports`
  context.out(`${String(profile.id).padStart(4)}  ${profile.name}  (${uses}; source: ${profile.shape.source ?? 'pasted'})`)
  for (const instruction of profile.instructions) context.out(`        - ${describeInstruction(instruction)}`)
}

const USAGE_HINT = 'curate profiles [list | show NAME | save NAME FILE --instructions FILE.json | rename NAME NEW | delete NAME]'

export const runProfiles: CommandRun = (context) =>
  withSession(context, async (session) => {
    const [action = 'list', ...rest] = context.positionals
    switch (action) {
      case 'list': {
        const profiles = await session.call('profiles:list', undefined)
        if (context.values.json) return context.out(JSON.stringify(profiles, null, 2))
        if (profiles.length === 0) return context.out("no reading profiles yet (save one from the import preview, or with 'curate profiles save')")
        for (const profile of profiles) printProfile(context, profile)
        return
      }
      case 'show': {
        const profile = await findProfile(session, need(rest[0], 'the profile to show'))
        if (context.values.json) return context.out(JSON.stringify({ name: profile.name, instructions: profile.instructions, shape: profile.shape }, null, 2))
        return printProfile(context, profile)
      }
      case 'save': {
        const name = need(rest[0], 'a name for the profile')
        const file = need(rest[1], 'the page the instructions were taught on (its shape is saved with them)')
        if (typeof context.values.instructions !== 'string') throw new AppError('INVALID_ARGUMENT', `give the instructions with --instructions FILE.json. Usage: ${USAGE_HINT}`)
        const instructions = readInstructionsFile(context.values.instructions)
        const text = decodeInput(await readFileCapped(file, MAX_INPUT_BYTES), basename(file)).text
        const { profile, operation } = await session.call('profiles:save', { name, instructions, shape: pageShapeOf(text, basename(file)) })
        return context.out(`${operation.description} (profile ${profile.id})`)
      }
      case 'rename': {
        const profile = await findProfile(session, need(rest[0], 'the profile to rename'))
        const { operation } = await session.call('profiles:rename', { id: profile.id, name: need(rest[1], 'the new name') })
        return context.out(operation.description)
      }
      case 'delete': {
        const profile = await findProfile(session, need(rest[0], 'the profile to delete'))
        const { operation } = await session.call('profiles:delete', { id: profile.id })
        return context.out(`${operation.description} ('curate undo' brings it back)`)
      }
      default:
        throw new AppError('INVALID_ARGUMENT', `unknown action '${action}'. Usage: ${USAGE_HINT}`)
    }
  })

function need(value: string | undefined, what: string): string {
  if (value === undefined || value.trim() === '') throw new AppError('INVALID_ARGUMENT', `name ${what}. Usage: ${USAGE_HINT}`)
  return value
}
