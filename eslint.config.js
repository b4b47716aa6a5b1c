import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'

const ELECTRON = { name: 'electron', message: 'services never import electron' }
const NOT_BENCH_OR_TEST = { group: ['**/bench/**', '**/test/**'], message: 'product code must not import the benches or the test support' }

// Test support that lives beside the code it exercises may use the fixtures and the generator.
const TEST_SUPPORT = ['**/*.test.ts', '**/testing.ts', '**/testing/**', '**/testSupport/**', '**/testCollection.ts']

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'coverage/**', 'test-results/**', '.scratch*', '.scratch*/**', '.tmp/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' } }
  },
  {
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', navigator: 'readonly', console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', setImmediate: 'readonly', sessionStorage: 'readonly', fetch: 'readonly', URL: 'readonly', Response: 'readonly', HTMLElement: 'readonly', HTMLInputElement: 'readonly', HTMLDialogElement: 'readonly', SVGSVGElement: 'readonly', FocusEvent: 'readonly', queueMicrotask: 'readonly', KeyboardEvent: 'readonly', MouseEvent: 'readonly', PointerEvent: 'readonly', BeforeUnloadEvent: 'readonly', EventTarget: 'readonly' }
    },
    rules: {
      'no-eval': 'error',
      // Sanitising control characters out of imported and exported text is the point of those patterns.
      'no-control-regex': 'off',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/first-attribute-linebreak': 'off'
    }
  },
  {
    files: ['**/*.test.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' }
  },
  {
    // The preload runs sandboxed: electron is the only module it may import at run time.
    files: ['src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'child_process'] }] }
  },
  {
    // Services run under plain Node (tests, CLI, browser mode): never electron. Product code
    // never reaches into the benches or the test support.
    files: ['src/main/services/**/*.ts', 'src/main/server/**/*.ts', 'src/main/cli/**/*.ts', 'src/shared/**/*.ts'],
    ignores: TEST_SUPPORT,
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON], patterns: [NOT_BENCH_OR_TEST] }] }
  },
  {
    // Components and views reach data through the stores or the composables, never the api
    // module itself (its error helpers and the menu bridge are fine).
    files: ['src/renderer/src/components/**/*.{ts,vue}', 'src/renderer/src/views/**/*.{ts,vue}', 'src/renderer/src/App.vue'],
    ignores: TEST_SUPPORT,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)api(/index|/jobs|/transport)?$', message: 'components reach data through stores (src/renderer/src/stores) or composables (src/renderer/src/composables)' }] }]
    }
  },
  {
    // The db layer sits under services: it opens, migrates and checks the file; anything the
    // services want done around that (snapshots) is handed in by the composition root.
    files: ['src/main/db/**/*.ts'],
    ignores: TEST_SUPPORT,
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON], patterns: [NOT_BENCH_OR_TEST, { group: ['**/services/**', '**/services'], message: 'the db layer must not import services' }] }] }
  }
)
