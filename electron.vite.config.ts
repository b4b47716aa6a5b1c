import { defineConfig, externalizeDepsPlugin } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    // The parse worker is its own entry, started with node:worker_threads from out/main/parseWorker.js.
    build: {
      rollupOptions: {
        input: { index: resolve(root, 'src/main/index.ts'), parseWorker: resolve(root, 'src/main/services/import/worker/parseWorker.ts') }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        // A sandboxed preload must be one CommonJS file that requires nothing but electron.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    build: { rollupOptions: { input: { index: resolve(root, 'src/renderer/index.html') } } },
    plugins: [vue()]
  }
})
