#!/usr/bin/env node
// The `curate` command: runs the TypeScript CLI through tsx, so the CLI shares the app's
// services without a separate build step.
import { register } from 'tsx/esm/api'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

register()
const here = path.dirname(fileURLToPath(import.meta.url))
await import(pathToFileURL(path.join(here, '..', '..', 'src', 'main', 'cli', 'index.ts')).href)
