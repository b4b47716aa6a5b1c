#!/usr/bin/env node
// Browser mode's server: compiled (out/cli/serve.mjs) when current, else the sources through tsx.
import { runEntry } from './entry.mjs'

await runEntry('serve', 'src/main/server/serve.ts')
