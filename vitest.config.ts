import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'test/**/*.test.ts', 'resources/scripts/*.test.mjs'],
    environment: 'node',
    globalSetup: ['test/gazetteerSetup.ts'],
    testTimeout: 30_000,
    pool: 'forks'
  }
})
