import { runCli } from './main'

runCli(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status
  },
  (error: unknown) => {
    console.error(`curate: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
)
