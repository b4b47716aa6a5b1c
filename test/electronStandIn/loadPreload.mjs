// Runs the BUILT preload (out/preload/index.cjs) in a vm context the way Electron's sandbox
// would: a require that knows only `electron`, here a STAND-IN contextBridge and ipcRenderer
// that record what the preload exposes and which channels its functions invoke.
import { readFileSync } from 'node:fs'
import vm from 'node:vm'

export function loadPreload(file) {
  const required = []
  const exposed = {}
  const invoked = []
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, value) {
        exposed[key] = value
      }
    },
    ipcRenderer: {
      invoke(channel, args) {
        invoked.push([channel, args])
        return Promise.resolve({ ok: true, value: null })
      },
      on() {},
      removeListener() {}
    }
  }
  const sandboxRequire = (name) => {
    required.push(name)
    if (name === 'electron') return electron
    throw new Error(`the sandboxed preload may not require '${name}'`)
  }
  const module = { exports: {} }
  const context = vm.createContext({ require: sandboxRequire, module, exports: module.exports, console })
  vm.runInContext(readFileSync(file, 'utf8'), context, { filename: file })
  return { required, exposed, invoked }
}
