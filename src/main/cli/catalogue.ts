/**
 * Every `curate` command: its name, usage, summary and options, and how to load what it does.
 * This file imports nothing heavy, so `curate --help` and argument errors answer without loading
 * SQLite, the parsers or the duplicate model; each command's module is imported only when it runs.
 */
import type { Command } from './command'

const FORMAT_OPTIONS = { format: { type: 'string' }, year: { type: 'string' } } as const
const json = { json: { type: 'boolean' } } as const
const READING_OPTIONS = { profile: { type: 'string' }, instructions: { type: 'string' } } as const

export const COMMANDS: Command[] = [
  {
    name: 'parse',
    usage: 'curate parse FILE|- [--format auto|text|csv|json] [--year YYYY] [--profile NAME] [--instructions FILE.json] [--json]',
    summary: 'read a listing (text, CSV or JSON) and print its records and skipped lines; touches no database (--profile reads one from the collection)',
    options: { ...FORMAT_OPTIONS, ...READING_OPTIONS, ...json },
    load: async () => (await import('./commands/import')).runParse
  },
  {
    name: 'import',
    writes: true,
    usage: 'curate import FILE|- [--db PATH] [--format auto|text|csv|json] [--year YYYY] [--profile auto|none|NAME] [--instructions FILE.json] [--skip-duplicates]',
    summary: 'import a listing (text, CSV or JSON) as one undoable batch and print a summary (read with the saved profile it matches, unless --profile says otherwise)',
    options: { ...FORMAT_OPTIONS, ...READING_OPTIONS, 'skip-duplicates': { type: 'boolean' } },
    load: async () => (await import('./commands/import')).runImport
  },
  {
    name: 'export',
    usage:
      'curate export [--db PATH] --format csv|json|jsonld|ics|sqlite [--out FILE] [--search TEXT] [--country CC[,CC]] ' +
      '[--from DATE] [--to DATE] [--tag TAG] [--columns a,b,c] [--bom] [--tag-separator TEXT] [--force] [--keep-formulas]\n' +
      '  CSV cells starting with =, +, -, @, a tab or CR are written with a leading apostrophe so spreadsheets\n' +
      '  show them as text, not run them as formulas; --keep-formulas writes them unchanged.\n' +
      '  --out never writes over the collection, its -wal/-shm files or its backups folder, and refuses an existing\n' +
      '  file unless --force is given.',
    summary: 'export records (all, or a search and filters) as CSV, JSON, JSON-LD, iCalendar or SQLite',
    options: {
      format: { type: 'string' },
      out: { type: 'string', short: 'o' },
      search: { type: 'string' },
      country: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      tag: { type: 'string' },
      columns: { type: 'string' },
      bom: { type: 'boolean' },
      'tag-separator': { type: 'string' },
      force: { type: 'boolean' },
      'keep-formulas': { type: 'boolean' }
    },
    load: async () => (await import('./commands/export')).runExportCommand
  },
  {
    name: 'dedupe',
    usage: 'curate dedupe [--db PATH] [--threshold X] [--json]',
    summary: 'scan for likely duplicate records and list the pairs, best first (pairs marked "not duplicates" are left out)',
    options: { threshold: { type: 'string' }, ...json },
    load: async () => (await import('./commands/dedupe')).runDedupe
  },
  {
    name: 'apply',
    writes: true,
    usage: 'curate apply RECIPE.json [--db PATH] [--dry-run]',
    summary: 'apply a bulk-edit recipe (a dry run shows what it would change)',
    options: { 'dry-run': { type: 'boolean' } },
    load: async () => (await import('./commands/bulk')).bulkRunners.apply
  },
  {
    name: 'recipe',
    usage: 'curate recipe --from ID --to ID [--db PATH] > recipe.json',
    summary: "write the rule-based bulk edits of a range of the history as a recipe (ids from 'curate history')",
    options: { from: { type: 'string' }, to: { type: 'string' } },
    load: async () => (await import('./commands/bulk')).bulkRunners.recipe
  },
  {
    name: 'profiles',
    usage: 'curate profiles [list | show NAME | save NAME FILE --instructions FILE.json | rename NAME NEW | delete NAME] [--db PATH] [--json]',
    summary: 'list the reading profiles the importer learnt (instructions and source), and save, rename or delete one (undoable)',
    options: { instructions: { type: 'string' }, ...json },
    load: async () => (await import('./commands/profiles')).runProfiles
  },
  {
    name: 'backup',
    usage: 'curate backup [--db PATH] [--list] [--json]',
    summary: 'take a snapshot of the collection now (or --list the snapshots)',
    options: { list: { type: 'boolean' }, ...json },
    load: async () => (await import('./commands/backup')).backupRunners.backup
  },
  {
    name: 'restore',
    usage: 'curate restore SNAPSHOT [--db PATH]   (names from: curate backup --list)',
    summary: 'restore the collection from a snapshot (the current state is snapshotted first)',
    load: async () => (await import('./commands/backup')).backupRunners.restore
  },
  {
    name: 'info',
    usage: 'curate info [--db PATH] [--json]',
    summary: "show the collection's file, schema and record counts",
    options: json,
    load: async () => (await import('./commands/base')).baseRunners.info
  },
  {
    name: 'history',
    usage: 'curate history [--db PATH] [--json]',
    summary: 'list the latest operations (newest first)',
    options: json,
    load: async () => (await import('./commands/base')).baseRunners.history
  },
  {
    name: 'undo',
    usage: 'curate undo [--db PATH]',
    summary: 'undo the latest operation',
    load: async () => (await import('./commands/base')).baseRunners.undo
  },
  {
    name: 'redo',
    usage: 'curate redo [--db PATH]',
    summary: 'redo the latest undone operation',
    load: async () => (await import('./commands/base')).baseRunners.redo
  }
]
