// Loads the BUILT main process (out/main/index.js) under plain Node with the electron stand-in,
// then calls a few of the IPC handlers it registered the way the renderer would, and prints
// one JSON report on stdout. Run by src/main/builtMain.test.ts.
import { register } from 'node:module'
import { existsSync, readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

register('./hooks.mjs', import.meta.url)
const [mainFile, userData, appPath] = process.argv.slice(2)
const standIn = await import('./electron.mjs')
standIn.configure({ userData, appPath, documents: userData })

const report = { loadError: null, channels: [], windows: [], calls: {}, errors: [], appEvents: [] }
function finish() {
  report.errors = standIn.record.errors
  report.appEvents = standIn.record.appEvents
  report.channels = [...standIn.record.handlers.keys()]
  report.menus = standIn.record.menus
  report.openedExternally = standIn.record.openedExternally
  process.stdout.write(`${JSON.stringify(report)}\n`)
  process.exit(0)
}

try {
  await import(pathToFileURL(mainFile).href)
} catch (error) {
  report.loadError = `${error.code ?? error.name}: ${error.message}`
  finish()
}
standIn.fireReady()
const deadline = Date.now() + 20_000
while (standIn.record.windows.length === 0 && standIn.record.exitCode === undefined && Date.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 20))
}
for (const window of standIn.record.windows) {
  report.windows.push({ options: window.options, loaded: window.loaded, hasWindowOpenHandler: window.webContents.windowOpenHandler !== null, navigationGuards: window.webContents.listenerCount('will-navigate') })
}
report.exitCode = standIn.record.exitCode ?? null
// Which native driver file the process loaded: proves the Electron-ABI path was taken (Linux only).
report.nativeModules = existsSync('/proc/self/maps')
  ? [...new Set(readFileSync('/proc/self/maps', 'utf8').split('\n').filter((line) => line.endsWith('.node')).map((line) => line.slice(line.indexOf('/'))))]
  : null

const window = standIn.record.windows[0]
async function call(channel, args, frameUrl) {
  const handler = standIn.record.handlers.get(channel)
  if (!handler) return { missing: true }
  const mainFrame = { url: frameUrl ?? window?.webContents.mainFrame.url ?? '' }
  const event = { sender: { mainFrame }, senderFrame: mainFrame }
  return handler(event, args)
}
if (window) {
  report.calls.info = await call('app:info', undefined)
  report.calls.query = await call('records:query', { limit: 5 })
  report.calls.create = await call('records:create', { fields: { title: 'Smoke test meeting', startDate: '2019-05-01', endDate: '2019-05-01' } })
  report.calls.queryAfter = await call('records:query', { limit: 5 })
  report.calls.badArgs = await call('records:query', { limit: 'many' })
  report.calls.foreignSender = await call('app:info', undefined, 'https://example.invalid/')

  // A listing large enough to be parsed in the worker thread (out/main/parseWorker.js).
  const blocks = Array.from({ length: 6000 }, (_, i) => `Spring seminar number ${i + 1}\n\n14-15 March 2019\n\nGhent, Belgium\n`)
  const started = await call('import:preview', { text: blocks.join('\n') })
  let job = started.value
  while (job && job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 20))
    job = (await call('jobs:get', { id: job.id })).value
  }
  report.calls.bigPreview = { ok: started.ok, state: job?.state, records: job?.result?.records?.length ?? null, error: job?.error ?? started.error ?? null }

  // What the page may try: navigate away, open a window, ask for a permission.
  const navigations = {}
  for (const url of ['https://example.invalid/', 'file:///etc/passwd', window.webContents.mainFrame.url + '#/records']) {
    let prevented = false
    window.webContents.emit('will-navigate', { preventDefault: () => (prevented = true), url }, url)
    navigations[url] = prevented
  }
  report.navigationPrevented = navigations
  report.windowOpen = window.webContents.windowOpenHandler({ url: 'https://example.invalid/popup' })
  const request = standIn.record.permissionRequestHandler
  report.permissionRequest = request ? await new Promise((resolve) => request(window.webContents, 'media', resolve)) : 'no handler'
  const check = standIn.record.permissionCheckHandler
  report.permissionCheck = check ? check(window.webContents, 'notifications', 'file://', {}) : 'no handler'
}
finish()
