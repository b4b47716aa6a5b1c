#!/usr/bin/env node
// The `curate` command: the compiled CLI (out/cli, built by `npm install` and `npm run build`),
// or the TypeScript sources through tsx when they changed since that build.
import { runEntry } from './entry.mjs'

await runEntry('curate', 'src/main/cli/index.ts')
