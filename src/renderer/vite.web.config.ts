import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

/** The renderer built for browser mode (`npm run serve`); Electron's build comes from electron.vite.config.ts. */
export default defineConfig({
  root: here,
  base: './',
  plugins: [vue()],
  build: { outDir: resolve(here, '../../out/web'), emptyOutDir: true, sourcemap: false }
})
