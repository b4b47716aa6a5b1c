// Starts the parse worker from its TypeScript source (tests, the CLI and `npm run serve` run
// through tsx); the built app starts out/main/parseWorker.js instead. Registering tsx here, not
// through the parent's --import, works however the parent was started.
import { register } from 'tsx/esm/api'

register()
await import(new URL('./parseWorker.ts', import.meta.url).href)
